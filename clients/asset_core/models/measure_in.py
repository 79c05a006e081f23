from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.measure_in_kind import MeasureInKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeasureIn")


@_attrs_define
class MeasureIn:
    """
    Attributes:
        kind (MeasureInKind):
        amount_fen (int | None | Unset): amount frozen (deposits, funds)
        flexible (bool | Unset): 活封 (true: the asset stays in use) / 死封 Default: False.
        months (int | None | Unset): default: the legal maximum for the asset type
        start_on (datetime.date | None | Unset):
    """

    kind: MeasureInKind
    amount_fen: int | None | Unset = UNSET
    flexible: bool | Unset = False
    months: int | None | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        amount_fen: int | None | Unset
        if isinstance(self.amount_fen, Unset):
            amount_fen = UNSET
        else:
            amount_fen = self.amount_fen

        flexible = self.flexible

        months: int | None | Unset
        if isinstance(self.months, Unset):
            months = UNSET
        else:
            months = self.months

        start_on: None | str | Unset
        if isinstance(self.start_on, Unset):
            start_on = UNSET
        elif isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if amount_fen is not UNSET:
            field_dict["amount_fen"] = amount_fen
        if flexible is not UNSET:
            field_dict["flexible"] = flexible
        if months is not UNSET:
            field_dict["months"] = months
        if start_on is not UNSET:
            field_dict["start_on"] = start_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = MeasureInKind(d.pop("kind"))

        def _parse_amount_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_fen = _parse_amount_fen(d.pop("amount_fen", UNSET))

        flexible = d.pop("flexible", UNSET)

        def _parse_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        months = _parse_months(d.pop("months", UNSET))

        def _parse_start_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_on_type_0 = datetime.date.fromisoformat(data)

                return start_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_on = _parse_start_on(d.pop("start_on", UNSET))

        measure_in = cls(
            kind=kind,
            amount_fen=amount_fen,
            flexible=flexible,
            months=months,
            start_on=start_on,
        )

        return measure_in
