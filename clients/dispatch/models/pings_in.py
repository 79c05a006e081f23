from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ping_in import PingIn


T = TypeVar("T", bound="PingsIn")


@_attrs_define
class PingsIn:
    """
    Attributes:
        pings (list[PingIn]): buffered while offline, sent at once
    """

    pings: list[PingIn]

    def to_dict(self) -> dict[str, Any]:
        pings = []
        for pings_item_data in self.pings:
            pings_item = pings_item_data.to_dict()
            pings.append(pings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pings": pings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ping_in import PingIn

        d = dict(src_dict)
        pings = []
        _pings = d.pop("pings")
        for pings_item_data in _pings:
            pings_item = PingIn.from_dict(pings_item_data)

            pings.append(pings_item)

        pings_in = cls(
            pings=pings,
        )

        return pings_in
