from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anticipatory_breach_in import AnticipatoryBreachIn


T = TypeVar("T", bound="ResumptionIn")


@_attrs_define
class ResumptionIn:
    """
    Attributes:
        anticipatory_breach (AnticipatoryBreachIn | None | Unset): 和解规定 11(2), 民法典 578: resumption before the settlement
            is due or while it is performed on schedule, because the debtor made clear it will not perform
        note (None | str | Unset):
        on (datetime.date | None | Unset): 提出日期 (default today)
    """

    anticipatory_breach: AnticipatoryBreachIn | None | Unset = UNSET
    note: None | str | Unset = UNSET
    on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.anticipatory_breach_in import AnticipatoryBreachIn

        anticipatory_breach: dict[str, Any] | None | Unset
        if isinstance(self.anticipatory_breach, Unset):
            anticipatory_breach = UNSET
        elif isinstance(self.anticipatory_breach, AnticipatoryBreachIn):
            anticipatory_breach = self.anticipatory_breach.to_dict()
        else:
            anticipatory_breach = self.anticipatory_breach

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if anticipatory_breach is not UNSET:
            field_dict["anticipatory_breach"] = anticipatory_breach
        if note is not UNSET:
            field_dict["note"] = note
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anticipatory_breach_in import AnticipatoryBreachIn

        d = dict(src_dict)

        def _parse_anticipatory_breach(
            data: object,
        ) -> AnticipatoryBreachIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                anticipatory_breach_type_0 = AnticipatoryBreachIn.from_dict(data)

                return anticipatory_breach_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnticipatoryBreachIn | None | Unset, data)

        anticipatory_breach = _parse_anticipatory_breach(
            d.pop("anticipatory_breach", UNSET)
        )

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        resumption_in = cls(
            anticipatory_breach=anticipatory_breach,
            note=note,
            on=on,
        )

        return resumption_in
