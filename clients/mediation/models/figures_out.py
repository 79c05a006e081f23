from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.figures_out_pushed_by_source import FiguresOutPushedBySource


T = TypeVar("T", bound="FiguresOut")


@_attrs_define
class FiguresOut:
    """
    Attributes:
        court_code (str):
        defaulted (int):
        from_ (datetime.date | None):
        fully_executed (int):
        paid_fen (int):
        pushed (int): cases pushed to the center (终本推送 and 移送)
        pushed_by_source (FiguresOutPushedBySource):
        pushed_green_channel (int):
        settled (int):
        settled_fen (int):
        to (datetime.date | None):
    """

    court_code: str
    defaulted: int
    from_: datetime.date | None
    fully_executed: int
    paid_fen: int
    pushed: int
    pushed_by_source: FiguresOutPushedBySource
    pushed_green_channel: int
    settled: int
    settled_fen: int
    to: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        court_code = self.court_code

        defaulted = self.defaulted

        from_: None | str
        if isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        fully_executed = self.fully_executed

        paid_fen = self.paid_fen

        pushed = self.pushed

        pushed_by_source = self.pushed_by_source.to_dict()

        pushed_green_channel = self.pushed_green_channel

        settled = self.settled

        settled_fen = self.settled_fen

        to: None | str
        if isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "court_code": court_code,
                "defaulted": defaulted,
                "from": from_,
                "fully_executed": fully_executed,
                "paid_fen": paid_fen,
                "pushed": pushed,
                "pushed_by_source": pushed_by_source,
                "pushed_green_channel": pushed_green_channel,
                "settled": settled,
                "settled_fen": settled_fen,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.figures_out_pushed_by_source import FiguresOutPushedBySource

        d = dict(src_dict)
        court_code = d.pop("court_code")

        defaulted = d.pop("defaulted")

        def _parse_from_(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.date.fromisoformat(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        from_ = _parse_from_(d.pop("from"))

        fully_executed = d.pop("fully_executed")

        paid_fen = d.pop("paid_fen")

        pushed = d.pop("pushed")

        pushed_by_source = FiguresOutPushedBySource.from_dict(d.pop("pushed_by_source"))

        pushed_green_channel = d.pop("pushed_green_channel")

        settled = d.pop("settled")

        settled_fen = d.pop("settled_fen")

        def _parse_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = datetime.date.fromisoformat(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        to = _parse_to(d.pop("to"))

        figures_out = cls(
            court_code=court_code,
            defaulted=defaulted,
            from_=from_,
            fully_executed=fully_executed,
            paid_fen=paid_fen,
            pushed=pushed,
            pushed_by_source=pushed_by_source,
            pushed_green_channel=pushed_green_channel,
            settled=settled,
            settled_fen=settled_fen,
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
