from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SweepOut")


@_attrs_define
class SweepOut:
    """
    Attributes:
        clues (int | Unset):  Default: 0.
        deadlines (int | Unset):  Default: 0.
        expiring (int | Unset):  Default: 0.
        lapsed (int | Unset):  Default: 0.
        payouts (int | Unset): PayoutOverdue events (执行款物管理规定 13) Default: 0.
        requeries (int | Unset):  Default: 0.
        skipped (int | Unset): 1 when another replica was sweeping Default: 0.
    """

    clues: int | Unset = 0
    deadlines: int | Unset = 0
    expiring: int | Unset = 0
    lapsed: int | Unset = 0
    payouts: int | Unset = 0
    requeries: int | Unset = 0
    skipped: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clues = self.clues

        deadlines = self.deadlines

        expiring = self.expiring

        lapsed = self.lapsed

        payouts = self.payouts

        requeries = self.requeries

        skipped = self.skipped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clues is not UNSET:
            field_dict["clues"] = clues
        if deadlines is not UNSET:
            field_dict["deadlines"] = deadlines
        if expiring is not UNSET:
            field_dict["expiring"] = expiring
        if lapsed is not UNSET:
            field_dict["lapsed"] = lapsed
        if payouts is not UNSET:
            field_dict["payouts"] = payouts
        if requeries is not UNSET:
            field_dict["requeries"] = requeries
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clues = d.pop("clues", UNSET)

        deadlines = d.pop("deadlines", UNSET)

        expiring = d.pop("expiring", UNSET)

        lapsed = d.pop("lapsed", UNSET)

        payouts = d.pop("payouts", UNSET)

        requeries = d.pop("requeries", UNSET)

        skipped = d.pop("skipped", UNSET)

        sweep_out = cls(
            clues=clues,
            deadlines=deadlines,
            expiring=expiring,
            lapsed=lapsed,
            payouts=payouts,
            requeries=requeries,
            skipped=skipped,
        )

        sweep_out.additional_properties = d
        return sweep_out

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
