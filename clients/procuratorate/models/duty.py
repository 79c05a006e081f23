from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Duty")


@_attrs_define
class Duty:
    """
    Attributes:
        agency (str):
        problem (str):
        legal_basis (None | str | Unset):
    """

    agency: str
    problem: str
    legal_basis: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        agency = self.agency

        problem = self.problem

        legal_basis: None | str | Unset
        if isinstance(self.legal_basis, Unset):
            legal_basis = UNSET
        else:
            legal_basis = self.legal_basis

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agency": agency,
                "problem": problem,
            }
        )
        if legal_basis is not UNSET:
            field_dict["legal_basis"] = legal_basis

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agency = d.pop("agency")

        problem = d.pop("problem")

        def _parse_legal_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_basis = _parse_legal_basis(d.pop("legal_basis", UNSET))

        duty = cls(
            agency=agency,
            problem=problem,
            legal_basis=legal_basis,
        )

        return duty
