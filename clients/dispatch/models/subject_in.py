from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.subject_kind import SubjectKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectIn")


@_attrs_define
class SubjectIn:
    """
    Attributes:
        kind (SubjectKind):
        name (str):
        id_number (None | str | Unset): a person's 身份证号 (GB 11643-1999) or an organisation's 统一社会信用代码 (GB 32100-2015),
            check character verified; a person's is masked on output
    """

    kind: SubjectKind
    name: str
    id_number: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
            }
        )
        if id_number is not UNSET:
            field_dict["id_number"] = id_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = SubjectKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        subject_in = cls(
            kind=kind,
            name=name,
            id_number=id_number,
        )

        return subject_in
