from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IssuedRecommendationOut")


@_attrs_define
class IssuedRecommendationOut:
    """
    Attributes:
        addressee (str):
        case_id (UUID):
        content (str):
        id (UUID):
        issued_on (datetime.date):
        item_ids (list[UUID]):
        moved_for_holiday_from (datetime.date | None): the period's last day before the holiday rule moved it (民诉法 85
            ¶3); null when not moved
        number (None | str):
        overdue (bool):
        overdue_event_published (bool):
        overdue_since (datetime.date | None):
        received_on (datetime.date):
        replied_on (datetime.date | None):
        reply_due_on (datetime.date): 2 months after receipt, 15 days when urgent (两高公益诉讼解释 21); a last day on a holiday
            or rest day moves to the next working day (民诉法 85 ¶3)
        reply_status (str): pending / overdue / replied / replied_late
        urgent (bool):
    """

    addressee: str
    case_id: UUID
    content: str
    id: UUID
    issued_on: datetime.date
    item_ids: list[UUID]
    moved_for_holiday_from: datetime.date | None
    number: None | str
    overdue: bool
    overdue_event_published: bool
    overdue_since: datetime.date | None
    received_on: datetime.date
    replied_on: datetime.date | None
    reply_due_on: datetime.date
    reply_status: str
    urgent: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addressee = self.addressee

        case_id = str(self.case_id)

        content = self.content

        id = str(self.id)

        issued_on = self.issued_on.isoformat()

        item_ids = []
        for item_ids_item_data in self.item_ids:
            item_ids_item = str(item_ids_item_data)
            item_ids.append(item_ids_item)

        moved_for_holiday_from: None | str
        if isinstance(self.moved_for_holiday_from, datetime.date):
            moved_for_holiday_from = self.moved_for_holiday_from.isoformat()
        else:
            moved_for_holiday_from = self.moved_for_holiday_from

        number: None | str
        number = self.number

        overdue = self.overdue

        overdue_event_published = self.overdue_event_published

        overdue_since: None | str
        if isinstance(self.overdue_since, datetime.date):
            overdue_since = self.overdue_since.isoformat()
        else:
            overdue_since = self.overdue_since

        received_on = self.received_on.isoformat()

        replied_on: None | str
        if isinstance(self.replied_on, datetime.date):
            replied_on = self.replied_on.isoformat()
        else:
            replied_on = self.replied_on

        reply_due_on = self.reply_due_on.isoformat()

        reply_status = self.reply_status

        urgent = self.urgent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressee": addressee,
                "case_id": case_id,
                "content": content,
                "id": id,
                "issued_on": issued_on,
                "item_ids": item_ids,
                "moved_for_holiday_from": moved_for_holiday_from,
                "number": number,
                "overdue": overdue,
                "overdue_event_published": overdue_event_published,
                "overdue_since": overdue_since,
                "received_on": received_on,
                "replied_on": replied_on,
                "reply_due_on": reply_due_on,
                "reply_status": reply_status,
                "urgent": urgent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        addressee = d.pop("addressee")

        case_id = UUID(d.pop("case_id"))

        content = d.pop("content")

        id = UUID(d.pop("id"))

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        item_ids = []
        _item_ids = d.pop("item_ids")
        for item_ids_item_data in _item_ids:
            item_ids_item = UUID(item_ids_item_data)

            item_ids.append(item_ids_item)

        def _parse_moved_for_holiday_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moved_for_holiday_from_type_0 = datetime.date.fromisoformat(data)

                return moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        moved_for_holiday_from = _parse_moved_for_holiday_from(
            d.pop("moved_for_holiday_from")
        )

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        overdue = d.pop("overdue")

        overdue_event_published = d.pop("overdue_event_published")

        def _parse_overdue_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overdue_since_type_0 = datetime.date.fromisoformat(data)

                return overdue_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        overdue_since = _parse_overdue_since(d.pop("overdue_since"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        def _parse_replied_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replied_on_type_0 = datetime.date.fromisoformat(data)

                return replied_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        replied_on = _parse_replied_on(d.pop("replied_on"))

        reply_due_on = datetime.date.fromisoformat(d.pop("reply_due_on"))

        reply_status = d.pop("reply_status")

        urgent = d.pop("urgent")

        issued_recommendation_out = cls(
            addressee=addressee,
            case_id=case_id,
            content=content,
            id=id,
            issued_on=issued_on,
            item_ids=item_ids,
            moved_for_holiday_from=moved_for_holiday_from,
            number=number,
            overdue=overdue,
            overdue_event_published=overdue_event_published,
            overdue_since=overdue_since,
            received_on=received_on,
            replied_on=replied_on,
            reply_due_on=reply_due_on,
            reply_status=reply_status,
            urgent=urgent,
        )

        issued_recommendation_out.additional_properties = d
        return issued_recommendation_out

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
