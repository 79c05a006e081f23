from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CaseOut")


@_attrs_define
class CaseOut:
    """
    Attributes:
        case_id (UUID):
        case_number (str):
        court_code (str):
        green_channel (bool):
        livelihood_category (str):
        respondents (list[str]):
        state (str):
    """

    case_id: UUID
    case_number: str
    court_code: str
    green_channel: bool
    livelihood_category: str
    respondents: list[str]
    state: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        case_number = self.case_number

        court_code = self.court_code

        green_channel = self.green_channel

        livelihood_category = self.livelihood_category

        respondents = self.respondents

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "case_number": case_number,
                "court_code": court_code,
                "green_channel": green_channel,
                "livelihood_category": livelihood_category,
                "respondents": respondents,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        court_code = d.pop("court_code")

        green_channel = d.pop("green_channel")

        livelihood_category = d.pop("livelihood_category")

        respondents = cast(list[str], d.pop("respondents"))

        state = d.pop("state")

        case_out = cls(
            case_id=case_id,
            case_number=case_number,
            court_code=court_code,
            green_channel=green_channel,
            livelihood_category=livelihood_category,
            respondents=respondents,
            state=state,
        )

        case_out.additional_properties = d
        return case_out

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
