from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_state_out import AssetStateOut
    from ..models.debtor_state_out_assets_by_status import DebtorStateOutAssetsByStatus
    from ..models.measure_state_out import MeasureStateOut


T = TypeVar("T", bound="DebtorStateOut")


@_attrs_define
class DebtorStateOut:
    """
    Attributes:
        amount_owed_fen (int):
        assets_by_status (DebtorStateOutAssetsByStatus):
        cases (list[AssetStateOut]):
        frozen_fen (int):
        measures_expiring_soon (list[MeasureStateOut]):
        outstanding_fen (int):
        party_key (str):
        recovered_fen (int):
    """

    amount_owed_fen: int
    assets_by_status: DebtorStateOutAssetsByStatus
    cases: list[AssetStateOut]
    frozen_fen: int
    measures_expiring_soon: list[MeasureStateOut]
    outstanding_fen: int
    party_key: str
    recovered_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_owed_fen = self.amount_owed_fen

        assets_by_status = self.assets_by_status.to_dict()

        cases = []
        for cases_item_data in self.cases:
            cases_item = cases_item_data.to_dict()
            cases.append(cases_item)

        frozen_fen = self.frozen_fen

        measures_expiring_soon = []
        for measures_expiring_soon_item_data in self.measures_expiring_soon:
            measures_expiring_soon_item = measures_expiring_soon_item_data.to_dict()
            measures_expiring_soon.append(measures_expiring_soon_item)

        outstanding_fen = self.outstanding_fen

        party_key = self.party_key

        recovered_fen = self.recovered_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_owed_fen": amount_owed_fen,
                "assets_by_status": assets_by_status,
                "cases": cases,
                "frozen_fen": frozen_fen,
                "measures_expiring_soon": measures_expiring_soon,
                "outstanding_fen": outstanding_fen,
                "party_key": party_key,
                "recovered_fen": recovered_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_state_out import AssetStateOut
        from ..models.debtor_state_out_assets_by_status import (
            DebtorStateOutAssetsByStatus,
        )
        from ..models.measure_state_out import MeasureStateOut

        d = dict(src_dict)
        amount_owed_fen = d.pop("amount_owed_fen")

        assets_by_status = DebtorStateOutAssetsByStatus.from_dict(
            d.pop("assets_by_status")
        )

        cases = []
        _cases = d.pop("cases")
        for cases_item_data in _cases:
            cases_item = AssetStateOut.from_dict(cases_item_data)

            cases.append(cases_item)

        frozen_fen = d.pop("frozen_fen")

        measures_expiring_soon = []
        _measures_expiring_soon = d.pop("measures_expiring_soon")
        for measures_expiring_soon_item_data in _measures_expiring_soon:
            measures_expiring_soon_item = MeasureStateOut.from_dict(
                measures_expiring_soon_item_data
            )

            measures_expiring_soon.append(measures_expiring_soon_item)

        outstanding_fen = d.pop("outstanding_fen")

        party_key = d.pop("party_key")

        recovered_fen = d.pop("recovered_fen")

        debtor_state_out = cls(
            amount_owed_fen=amount_owed_fen,
            assets_by_status=assets_by_status,
            cases=cases,
            frozen_fen=frozen_fen,
            measures_expiring_soon=measures_expiring_soon,
            outstanding_fen=outstanding_fen,
            party_key=party_key,
            recovered_fen=recovered_fen,
        )

        debtor_state_out.additional_properties = d
        return debtor_state_out

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
