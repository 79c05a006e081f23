from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecommendationIn")


@_attrs_define
class RecommendationIn:
    """
    Attributes:
        addressee (str):
        content (str):
        issued_on (datetime.date):
        item_ids (list[UUID] | None | Unset): items addressed (default: every open item)
        number (None | str | Unset):
        received_on (datetime.date | None | Unset): when the agency received it (default: the issue date)
        urgent (bool | Unset): 紧急: reply within 15 days instead of 2 months Default: False.
    """

    addressee: str
    content: str
    issued_on: datetime.date
    item_ids: list[UUID] | None | Unset = UNSET
    number: None | str | Unset = UNSET
    received_on: datetime.date | None | Unset = UNSET
    urgent: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        addressee = self.addressee

        content = self.content

        issued_on = self.issued_on.isoformat()

        item_ids: list[str] | None | Unset
        if isinstance(self.item_ids, Unset):
            item_ids = UNSET
        elif isinstance(self.item_ids, list):
            item_ids = []
            for item_ids_type_0_item_data in self.item_ids:
                item_ids_type_0_item = str(item_ids_type_0_item_data)
                item_ids.append(item_ids_type_0_item)

        else:
            item_ids = self.item_ids

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        received_on: None | str | Unset
        if isinstance(self.received_on, Unset):
            received_on = UNSET
        elif isinstance(self.received_on, datetime.date):
            received_on = self.received_on.isoformat()
        else:
            received_on = self.received_on

        urgent = self.urgent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addressee": addressee,
                "content": content,
                "issued_on": issued_on,
            }
        )
        if item_ids is not UNSET:
            field_dict["item_ids"] = item_ids
        if number is not UNSET:
            field_dict["number"] = number
        if received_on is not UNSET:
            field_dict["received_on"] = received_on
        if urgent is not UNSET:
            field_dict["urgent"] = urgent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        addressee = d.pop("addressee")

        content = d.pop("content")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        def _parse_item_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                item_ids_type_0 = []
                _item_ids_type_0 = data
                for item_ids_type_0_item_data in _item_ids_type_0:
                    item_ids_type_0_item = UUID(item_ids_type_0_item_data)

                    item_ids_type_0.append(item_ids_type_0_item)

                return item_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        item_ids = _parse_item_ids(d.pop("item_ids", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_received_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_on_type_0 = datetime.date.fromisoformat(data)

                return received_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        received_on = _parse_received_on(d.pop("received_on", UNSET))

        urgent = d.pop("urgent", UNSET)

        recommendation_in = cls(
            addressee=addressee,
            content=content,
            issued_on=issued_on,
            item_ids=item_ids,
            number=number,
            received_on=received_on,
            urgent=urgent,
        )

        return recommendation_in
