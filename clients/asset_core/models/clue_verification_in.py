from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.clue_verification_in_result import ClueVerificationInResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClueVerificationIn")


@_attrs_define
class ClueVerificationIn:
    """
    Attributes:
        result (ClueVerificationInResult):
        estimated_value_fen (int | None | Unset):
        location (None | str | Unset):
        on (datetime.date | None | Unset):
    """

    result: ClueVerificationInResult
    estimated_value_fen: int | None | Unset = UNSET
    location: None | str | Unset = UNSET
    on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        result = self.result.value

        estimated_value_fen: int | None | Unset
        if isinstance(self.estimated_value_fen, Unset):
            estimated_value_fen = UNSET
        else:
            estimated_value_fen = self.estimated_value_fen

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "result": result,
            }
        )
        if estimated_value_fen is not UNSET:
            field_dict["estimated_value_fen"] = estimated_value_fen
        if location is not UNSET:
            field_dict["location"] = location
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        result = ClueVerificationInResult(d.pop("result"))

        def _parse_estimated_value_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_value_fen = _parse_estimated_value_fen(
            d.pop("estimated_value_fen", UNSET)
        )

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

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

        clue_verification_in = cls(
            result=result,
            estimated_value_fen=estimated_value_fen,
            location=location,
            on=on,
        )

        return clue_verification_in
