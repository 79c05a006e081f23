from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_out_key import TargetOutKey

T = TypeVar("T", bound="TargetOut")


@_attrs_define
class TargetOut:
    """
    Attributes:
        denominator (int):
        key (TargetOutKey):
        label (str):
        met (bool | None): numerator / denominator ≥ threshold; null when the denominator is 0
        numerator (int):
        rate_permille (int | None): ‰, rounded half up; null when there is nothing to count
        threshold_percent (int):
    """

    denominator: int
    key: TargetOutKey
    label: str
    met: bool | None
    numerator: int
    rate_permille: int | None
    threshold_percent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        denominator = self.denominator

        key = self.key.value

        label = self.label

        met: bool | None
        met = self.met

        numerator = self.numerator

        rate_permille: int | None
        rate_permille = self.rate_permille

        threshold_percent = self.threshold_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "denominator": denominator,
                "key": key,
                "label": label,
                "met": met,
                "numerator": numerator,
                "rate_permille": rate_permille,
                "threshold_percent": threshold_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        denominator = d.pop("denominator")

        key = TargetOutKey(d.pop("key"))

        label = d.pop("label")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        numerator = d.pop("numerator")

        def _parse_rate_permille(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rate_permille = _parse_rate_permille(d.pop("rate_permille"))

        threshold_percent = d.pop("threshold_percent")

        target_out = cls(
            denominator=denominator,
            key=key,
            label=label,
            met=met,
            numerator=numerator,
            rate_permille=rate_permille,
            threshold_percent=threshold_percent,
        )

        target_out.additional_properties = d
        return target_out

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
