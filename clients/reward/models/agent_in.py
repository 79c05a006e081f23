from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.agent_in_kind import AgentInKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentIn")


@_attrs_define
class AgentIn:
    """
    Attributes:
        name (str):
        id_number (None | str | Unset):
        kind (AgentInKind | Unset):  Default: AgentInKind.PERSON.
    """

    name: str
    id_number: None | str | Unset = UNSET
    kind: AgentInKind | Unset = AgentInKind.PERSON

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: AgentInKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = AgentInKind(_kind)

        agent_in = cls(
            name=name,
            id_number=id_number,
            kind=kind,
        )

        return agent_in
