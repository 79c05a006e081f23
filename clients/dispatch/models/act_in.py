from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.act_kind import ActKind

T = TypeVar("T", bound="ActIn")


@_attrs_define
class ActIn:
    """
    Attributes:
        description (str):
        kind (ActKind): 妨害执行的行为 (民诉法 114).
        occurred_on (datetime.date):
    """

    description: str
    kind: ActKind
    occurred_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        kind = self.kind.value

        occurred_on = self.occurred_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "kind": kind,
                "occurred_on": occurred_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        kind = ActKind(d.pop("kind"))

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        act_in = cls(
            description=description,
            kind=kind,
            occurred_on=occurred_on,
        )

        return act_in
