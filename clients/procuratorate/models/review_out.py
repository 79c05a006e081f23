from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_state import CaseState

T = TypeVar("T", bound="ReviewOut")


@_attrs_define
class ReviewOut:
    """
    Attributes:
        case_id (UUID):
        case_state (CaseState):
        id (UUID):
        items_open (int):
        items_verified (int):
        reviewed_on (datetime.date):
    """

    case_id: UUID
    case_state: CaseState
    id: UUID
    items_open: int
    items_verified: int
    reviewed_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        case_state = self.case_state.value

        id = str(self.id)

        items_open = self.items_open

        items_verified = self.items_verified

        reviewed_on = self.reviewed_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "case_state": case_state,
                "id": id,
                "items_open": items_open,
                "items_verified": items_verified,
                "reviewed_on": reviewed_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        case_state = CaseState(d.pop("case_state"))

        id = UUID(d.pop("id"))

        items_open = d.pop("items_open")

        items_verified = d.pop("items_verified")

        reviewed_on = datetime.date.fromisoformat(d.pop("reviewed_on"))

        review_out = cls(
            case_id=case_id,
            case_state=case_state,
            id=id,
            items_open=items_open,
            items_verified=items_verified,
            reviewed_on=reviewed_on,
        )

        review_out.additional_properties = d
        return review_out

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
