from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.investigation_in_source import InvestigationInSource
from ..models.investigation_in_status import InvestigationInStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvestigationIn")


@_attrs_define
class InvestigationIn:
    """
    Attributes:
        category (str):
        source (InvestigationInSource):
        status (InvestigationInStatus):
        note (None | str | Unset):
        queried_on (datetime.date | None | Unset):
    """

    category: str
    source: InvestigationInSource
    status: InvestigationInStatus
    note: None | str | Unset = UNSET
    queried_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        source = self.source.value

        status = self.status.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        queried_on: None | str | Unset
        if isinstance(self.queried_on, Unset):
            queried_on = UNSET
        elif isinstance(self.queried_on, datetime.date):
            queried_on = self.queried_on.isoformat()
        else:
            queried_on = self.queried_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "source": source,
                "status": status,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if queried_on is not UNSET:
            field_dict["queried_on"] = queried_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        category = d.pop("category")

        source = InvestigationInSource(d.pop("source"))

        status = InvestigationInStatus(d.pop("status"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_queried_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                queried_on_type_0 = datetime.date.fromisoformat(data)

                return queried_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        queried_on = _parse_queried_on(d.pop("queried_on", UNSET))

        investigation_in = cls(
            category=category,
            source=source,
            status=status,
            note=note,
            queried_on=queried_on,
        )

        return investigation_in
