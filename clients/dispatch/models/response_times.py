from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.response_time_out import ResponseTimeOut


T = TypeVar("T", bound="ResponseTimes")


@_attrs_define
class ResponseTimes:
    """
    Attributes:
        time_to_arrival (ResponseTimeOut):
        time_to_dispatch (ResponseTimeOut):
    """

    time_to_arrival: ResponseTimeOut
    time_to_dispatch: ResponseTimeOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_to_arrival = self.time_to_arrival.to_dict()

        time_to_dispatch = self.time_to_dispatch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time_to_arrival": time_to_arrival,
                "time_to_dispatch": time_to_dispatch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.response_time_out import ResponseTimeOut

        d = dict(src_dict)
        time_to_arrival = ResponseTimeOut.from_dict(d.pop("time_to_arrival"))

        time_to_dispatch = ResponseTimeOut.from_dict(d.pop("time_to_dispatch"))

        response_times = cls(
            time_to_arrival=time_to_arrival,
            time_to_dispatch=time_to_dispatch,
        )

        response_times.additional_properties = d
        return response_times

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
