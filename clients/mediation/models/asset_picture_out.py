from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_out import AssetOut
    from ..models.asset_picture_out_measures_by_status import (
        AssetPictureOutMeasuresByStatus,
    )


T = TypeVar("T", bound="AssetPictureOut")


@_attrs_define
class AssetPictureOut:
    """财产情况: the case, its assets and control measures as asset_core's events reported them.

    Attributes:
        amount_owed_fen (int | None):
        assets (list[AssetOut]):
        case_id (UUID):
        case_number (None | str):
        enforcement_state (None | str):
        measures_by_status (AssetPictureOutMeasuresByStatus):
        outstanding_fen (int | None):
        recovered_fen (int):
    """

    amount_owed_fen: int | None
    assets: list[AssetOut]
    case_id: UUID
    case_number: None | str
    enforcement_state: None | str
    measures_by_status: AssetPictureOutMeasuresByStatus
    outstanding_fen: int | None
    recovered_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_owed_fen: int | None
        amount_owed_fen = self.amount_owed_fen

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        case_id = str(self.case_id)

        case_number: None | str
        case_number = self.case_number

        enforcement_state: None | str
        enforcement_state = self.enforcement_state

        measures_by_status = self.measures_by_status.to_dict()

        outstanding_fen: int | None
        outstanding_fen = self.outstanding_fen

        recovered_fen = self.recovered_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_owed_fen": amount_owed_fen,
                "assets": assets,
                "case_id": case_id,
                "case_number": case_number,
                "enforcement_state": enforcement_state,
                "measures_by_status": measures_by_status,
                "outstanding_fen": outstanding_fen,
                "recovered_fen": recovered_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_out import AssetOut
        from ..models.asset_picture_out_measures_by_status import (
            AssetPictureOutMeasuresByStatus,
        )

        d = dict(src_dict)

        def _parse_amount_owed_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_owed_fen = _parse_amount_owed_fen(d.pop("amount_owed_fen"))

        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = AssetOut.from_dict(assets_item_data)

            assets.append(assets_item)

        case_id = UUID(d.pop("case_id"))

        def _parse_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_number = _parse_case_number(d.pop("case_number"))

        def _parse_enforcement_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        enforcement_state = _parse_enforcement_state(d.pop("enforcement_state"))

        measures_by_status = AssetPictureOutMeasuresByStatus.from_dict(
            d.pop("measures_by_status")
        )

        def _parse_outstanding_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        outstanding_fen = _parse_outstanding_fen(d.pop("outstanding_fen"))

        recovered_fen = d.pop("recovered_fen")

        asset_picture_out = cls(
            amount_owed_fen=amount_owed_fen,
            assets=assets,
            case_id=case_id,
            case_number=case_number,
            enforcement_state=enforcement_state,
            measures_by_status=measures_by_status,
            outstanding_fen=outstanding_fen,
            recovered_fen=recovered_fen,
        )

        asset_picture_out.additional_properties = d
        return asset_picture_out

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
