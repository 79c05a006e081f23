from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.evidence_in_kind import EvidenceInKind

T = TypeVar("T", bound="EvidenceIn")


@_attrs_define
class EvidenceIn:
    """
    Attributes:
        description (str):
        kind (EvidenceInKind):
    """

    description: str
    kind: EvidenceInKind

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        kind = self.kind.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        kind = EvidenceInKind(d.pop("kind"))

        evidence_in = cls(
            description=description,
            kind=kind,
        )

        return evidence_in
