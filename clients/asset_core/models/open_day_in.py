from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenDayIn")


@_attrs_define
class OpenDayIn:
    """
    Attributes:
        open_ (bool | Unset): false takes the case off the open day Default: True.
        show_amounts (bool | Unset): show the amount owed and the amount recovered Default: False.
    """

    open_: bool | Unset = True
    show_amounts: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        open_ = self.open_

        show_amounts = self.show_amounts

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if show_amounts is not UNSET:
            field_dict["show_amounts"] = show_amounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        open_ = d.pop("open", UNSET)

        show_amounts = d.pop("show_amounts", UNSET)

        open_day_in = cls(
            open_=open_,
            show_amounts=show_amounts,
        )

        return open_day_in
