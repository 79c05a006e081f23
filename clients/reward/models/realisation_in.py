from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="RealisationIn")


@_attrs_define
class RealisationIn:
    """
    Attributes:
        recovery_id (UUID): asset_core's recovery (执行到位款) realised through the located debtor
    """

    recovery_id: UUID

    def to_dict(self) -> dict[str, Any]:
        recovery_id = str(self.recovery_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recovery_id": recovery_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recovery_id = UUID(d.pop("recovery_id"))

        realisation_in = cls(
            recovery_id=recovery_id,
        )

        return realisation_in
