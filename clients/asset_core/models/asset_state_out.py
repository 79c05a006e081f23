from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_state_item_out import AssetStateItemOut
    from ..models.asset_state_out_assets_by_status import AssetStateOutAssetsByStatus
    from ..models.case_event_out import CaseEventOut
    from ..models.checklist_out import ChecklistOut
    from ..models.measure_state_out import MeasureStateOut


T = TypeVar("T", bound="AssetStateOut")


@_attrs_define
class AssetStateOut:
    """
    Attributes:
        amount_owed_fen (int):
        assets (list[AssetStateItemOut]):
        assets_by_status (AssetStateOutAssetsByStatus):
        case_id (UUID):
        case_number (str):
        checklist (ChecklistOut):
        executing_court_code (str):
        frozen_fen (int):
        last_events (list[CaseEventOut]):
        measures (list[MeasureStateOut]):
        measures_expiring_soon (list[MeasureStateOut]):
        outstanding_fen (int):
        recovered_fen (int):
        state (str):
        state_label (str):
    """

    amount_owed_fen: int
    assets: list[AssetStateItemOut]
    assets_by_status: AssetStateOutAssetsByStatus
    case_id: UUID
    case_number: str
    checklist: ChecklistOut
    executing_court_code: str
    frozen_fen: int
    last_events: list[CaseEventOut]
    measures: list[MeasureStateOut]
    measures_expiring_soon: list[MeasureStateOut]
    outstanding_fen: int
    recovered_fen: int
    state: str
    state_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_owed_fen = self.amount_owed_fen

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        assets_by_status = self.assets_by_status.to_dict()

        case_id = str(self.case_id)

        case_number = self.case_number

        checklist = self.checklist.to_dict()

        executing_court_code = self.executing_court_code

        frozen_fen = self.frozen_fen

        last_events = []
        for last_events_item_data in self.last_events:
            last_events_item = last_events_item_data.to_dict()
            last_events.append(last_events_item)

        measures = []
        for measures_item_data in self.measures:
            measures_item = measures_item_data.to_dict()
            measures.append(measures_item)

        measures_expiring_soon = []
        for measures_expiring_soon_item_data in self.measures_expiring_soon:
            measures_expiring_soon_item = measures_expiring_soon_item_data.to_dict()
            measures_expiring_soon.append(measures_expiring_soon_item)

        outstanding_fen = self.outstanding_fen

        recovered_fen = self.recovered_fen

        state = self.state

        state_label = self.state_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_owed_fen": amount_owed_fen,
                "assets": assets,
                "assets_by_status": assets_by_status,
                "case_id": case_id,
                "case_number": case_number,
                "checklist": checklist,
                "executing_court_code": executing_court_code,
                "frozen_fen": frozen_fen,
                "last_events": last_events,
                "measures": measures,
                "measures_expiring_soon": measures_expiring_soon,
                "outstanding_fen": outstanding_fen,
                "recovered_fen": recovered_fen,
                "state": state,
                "state_label": state_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_state_item_out import AssetStateItemOut
        from ..models.asset_state_out_assets_by_status import (
            AssetStateOutAssetsByStatus,
        )
        from ..models.case_event_out import CaseEventOut
        from ..models.checklist_out import ChecklistOut
        from ..models.measure_state_out import MeasureStateOut

        d = dict(src_dict)
        amount_owed_fen = d.pop("amount_owed_fen")

        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = AssetStateItemOut.from_dict(assets_item_data)

            assets.append(assets_item)

        assets_by_status = AssetStateOutAssetsByStatus.from_dict(
            d.pop("assets_by_status")
        )

        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        checklist = ChecklistOut.from_dict(d.pop("checklist"))

        executing_court_code = d.pop("executing_court_code")

        frozen_fen = d.pop("frozen_fen")

        last_events = []
        _last_events = d.pop("last_events")
        for last_events_item_data in _last_events:
            last_events_item = CaseEventOut.from_dict(last_events_item_data)

            last_events.append(last_events_item)

        measures = []
        _measures = d.pop("measures")
        for measures_item_data in _measures:
            measures_item = MeasureStateOut.from_dict(measures_item_data)

            measures.append(measures_item)

        measures_expiring_soon = []
        _measures_expiring_soon = d.pop("measures_expiring_soon")
        for measures_expiring_soon_item_data in _measures_expiring_soon:
            measures_expiring_soon_item = MeasureStateOut.from_dict(
                measures_expiring_soon_item_data
            )

            measures_expiring_soon.append(measures_expiring_soon_item)

        outstanding_fen = d.pop("outstanding_fen")

        recovered_fen = d.pop("recovered_fen")

        state = d.pop("state")

        state_label = d.pop("state_label")

        asset_state_out = cls(
            amount_owed_fen=amount_owed_fen,
            assets=assets,
            assets_by_status=assets_by_status,
            case_id=case_id,
            case_number=case_number,
            checklist=checklist,
            executing_court_code=executing_court_code,
            frozen_fen=frozen_fen,
            last_events=last_events,
            measures=measures,
            measures_expiring_soon=measures_expiring_soon,
            outstanding_fen=outstanding_fen,
            recovered_fen=recovered_fen,
            state=state,
            state_label=state_label,
        )

        asset_state_out.additional_properties = d
        return asset_state_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
