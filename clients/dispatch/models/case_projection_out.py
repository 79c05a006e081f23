from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CaseProjectionOut")


@_attrs_define
class CaseProjectionOut:
    """
    Attributes:
        amount_owed_fen (int):
        case_id (UUID):
        case_number (str):
        case_type (str):
        court_code (str):
        filed_on (datetime.date):
        last_event_id (str):
        last_event_time (datetime.datetime):
        livelihood_category (str):
        priority (int): 0 = 绿色通道 first
        respondents (list[str]):
        state (str):
    """

    amount_owed_fen: int
    case_id: UUID
    case_number: str
    case_type: str
    court_code: str
    filed_on: datetime.date
    last_event_id: str
    last_event_time: datetime.datetime
    livelihood_category: str
    priority: int
    respondents: list[str]
    state: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_owed_fen = self.amount_owed_fen

        case_id = str(self.case_id)

        case_number = self.case_number

        case_type = self.case_type

        court_code = self.court_code

        filed_on = self.filed_on.isoformat()

        last_event_id = self.last_event_id

        last_event_time = self.last_event_time.isoformat()

        livelihood_category = self.livelihood_category

        priority = self.priority

        respondents = self.respondents

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_owed_fen": amount_owed_fen,
                "case_id": case_id,
                "case_number": case_number,
                "case_type": case_type,
                "court_code": court_code,
                "filed_on": filed_on,
                "last_event_id": last_event_id,
                "last_event_time": last_event_time,
                "livelihood_category": livelihood_category,
                "priority": priority,
                "respondents": respondents,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_owed_fen = d.pop("amount_owed_fen")

        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        case_type = d.pop("case_type")

        court_code = d.pop("court_code")

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        last_event_id = d.pop("last_event_id")

        last_event_time = datetime.datetime.fromisoformat(d.pop("last_event_time"))

        livelihood_category = d.pop("livelihood_category")

        priority = d.pop("priority")

        respondents = cast(list[str], d.pop("respondents"))

        state = d.pop("state")

        case_projection_out = cls(
            amount_owed_fen=amount_owed_fen,
            case_id=case_id,
            case_number=case_number,
            case_type=case_type,
            court_code=court_code,
            filed_on=filed_on,
            last_event_id=last_event_id,
            last_event_time=last_event_time,
            livelihood_category=livelihood_category,
            priority=priority,
            respondents=respondents,
            state=state,
        )

        case_projection_out.additional_properties = d
        return case_projection_out

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
