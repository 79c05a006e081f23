from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeasureOut")


@_attrs_define
class MeasureOut:
    """
    Attributes:
        amount_fen (int | None):
        expiry_on (datetime.date | None):
        flexible (bool):
        id (UUID):
        kind (str):
        release_reason (None | str):
        released_on (datetime.date | None):
        status (str): queued / active / released / lapsed
    """

    amount_fen: int | None
    expiry_on: datetime.date | None
    flexible: bool
    id: UUID
    kind: str
    release_reason: None | str
    released_on: datetime.date | None
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen: int | None
        amount_fen = self.amount_fen

        expiry_on: None | str
        if isinstance(self.expiry_on, datetime.date):
            expiry_on = self.expiry_on.isoformat()
        else:
            expiry_on = self.expiry_on

        flexible = self.flexible

        id = str(self.id)

        kind = self.kind

        release_reason: None | str
        release_reason = self.release_reason

        released_on: None | str
        if isinstance(self.released_on, datetime.date):
            released_on = self.released_on.isoformat()
        else:
            released_on = self.released_on

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "expiry_on": expiry_on,
                "flexible": flexible,
                "id": id,
                "kind": kind,
                "release_reason": release_reason,
                "released_on": released_on,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_amount_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_fen = _parse_amount_fen(d.pop("amount_fen"))

        def _parse_expiry_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_on_type_0 = datetime.date.fromisoformat(data)

                return expiry_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expiry_on = _parse_expiry_on(d.pop("expiry_on"))

        flexible = d.pop("flexible")

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        def _parse_release_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release_reason = _parse_release_reason(d.pop("release_reason"))

        def _parse_released_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_on_type_0 = datetime.date.fromisoformat(data)

                return released_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        released_on = _parse_released_on(d.pop("released_on"))

        status = d.pop("status")

        measure_out = cls(
            amount_fen=amount_fen,
            expiry_on=expiry_on,
            flexible=flexible,
            id=id,
            kind=kind,
            release_reason=release_reason,
            released_on=released_on,
            status=status,
        )

        measure_out.additional_properties = d
        return measure_out

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
