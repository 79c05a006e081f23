from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FiguresOut")


@_attrs_define
class FiguresOut:
    """
    Attributes:
        court (str):
        from_ (datetime.date):
        notices_published (int):
        recovered_fen (int):
        successes (int):
        to (datetime.date):
    """

    court: str
    from_: datetime.date
    notices_published: int
    recovered_fen: int
    successes: int
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        court = self.court

        from_ = self.from_.isoformat()

        notices_published = self.notices_published

        recovered_fen = self.recovered_fen

        successes = self.successes

        to = self.to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "court": court,
                "from": from_,
                "notices_published": notices_published,
                "recovered_fen": recovered_fen,
                "successes": successes,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        court = d.pop("court")

        from_ = datetime.date.fromisoformat(d.pop("from"))

        notices_published = d.pop("notices_published")

        recovered_fen = d.pop("recovered_fen")

        successes = d.pop("successes")

        to = datetime.date.fromisoformat(d.pop("to"))

        figures_out = cls(
            court=court,
            from_=from_,
            notices_published=notices_published,
            recovered_fen=recovered_fen,
            successes=successes,
            to=to,
        )

        figures_out.additional_properties = d
        return figures_out

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
