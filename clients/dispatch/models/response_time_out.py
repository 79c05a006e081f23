from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseTimeOut")


@_attrs_define
class ResponseTimeOut:
    """
    Attributes:
        count (int):
        max_s (float | None):
        mean_s (float | None):
        p50_s (float | None):
        p90_s (float | None):
        p99_s (float | None):
    """

    count: int
    max_s: float | None
    mean_s: float | None
    p50_s: float | None
    p90_s: float | None
    p99_s: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        max_s: float | None
        max_s = self.max_s

        mean_s: float | None
        mean_s = self.mean_s

        p50_s: float | None
        p50_s = self.p50_s

        p90_s: float | None
        p90_s = self.p90_s

        p99_s: float | None
        p99_s = self.p99_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "max_s": max_s,
                "mean_s": mean_s,
                "p50_s": p50_s,
                "p90_s": p90_s,
                "p99_s": p99_s,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count")

        def _parse_max_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_s = _parse_max_s(d.pop("max_s"))

        def _parse_mean_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean_s = _parse_mean_s(d.pop("mean_s"))

        def _parse_p50_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p50_s = _parse_p50_s(d.pop("p50_s"))

        def _parse_p90_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p90_s = _parse_p90_s(d.pop("p90_s"))

        def _parse_p99_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p99_s = _parse_p99_s(d.pop("p99_s"))

        response_time_out = cls(
            count=count,
            max_s=max_s,
            mean_s=mean_s,
            p50_s=p50_s,
            p90_s=p90_s,
            p99_s=p99_s,
        )

        response_time_out.additional_properties = d
        return response_time_out

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
