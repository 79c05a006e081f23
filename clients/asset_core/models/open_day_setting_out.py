from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OpenDaySettingOut")


@_attrs_define
class OpenDaySettingOut:
    """
    Attributes:
        case_id (UUID):
        open_ (bool):
        show_amounts (bool):
    """

    case_id: UUID
    open_: bool
    show_amounts: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        open_ = self.open_

        show_amounts = self.show_amounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "open": open_,
                "show_amounts": show_amounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        open_ = d.pop("open")

        show_amounts = d.pop("show_amounts")

        open_day_setting_out = cls(
            case_id=case_id,
            open_=open_,
            show_amounts=show_amounts,
        )

        open_day_setting_out.additional_properties = d
        return open_day_setting_out

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
