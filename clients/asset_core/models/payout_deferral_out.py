from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayoutDeferralOut")


@_attrs_define
class PayoutDeferralOut:
    """
    Attributes:
        case_id (UUID):
        created_at (datetime.datetime):
        decided_on (datetime.date):
        ended_on (datetime.date | None):
        ground (str):
        ground_label (str):
        id (UUID):
        note (None | str):
        standing (bool): not yet ended: no payout deadline runs
    """

    case_id: UUID
    created_at: datetime.datetime
    decided_on: datetime.date
    ended_on: datetime.date | None
    ground: str
    ground_label: str
    id: UUID
    note: None | str
    standing: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        created_at = self.created_at.isoformat()

        decided_on = self.decided_on.isoformat()

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        ground = self.ground

        ground_label = self.ground_label

        id = str(self.id)

        note: None | str
        note = self.note

        standing = self.standing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "created_at": created_at,
                "decided_on": decided_on,
                "ended_on": ended_on,
                "ground": ground,
                "ground_label": ground_label,
                "id": id,
                "note": note,
                "standing": standing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))

        ground = d.pop("ground")

        ground_label = d.pop("ground_label")

        id = UUID(d.pop("id"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        standing = d.pop("standing")

        payout_deferral_out = cls(
            case_id=case_id,
            created_at=created_at,
            decided_on=decided_on,
            ended_on=ended_on,
            ground=ground,
            ground_label=ground_label,
            id=id,
            note=note,
            standing=standing,
        )

        payout_deferral_out.additional_properties = d
        return payout_deferral_out

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
