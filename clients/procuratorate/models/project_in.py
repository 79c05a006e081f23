from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.project_in_kind import ProjectInKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectIn")


@_attrs_define
class ProjectIn:
    """
    Attributes:
        name (str):
        planned_year (int):
        case_id (None | Unset | UUID):
        county_code (None | str | Unset):
        kind (ProjectInKind | Unset):  Default: ProjectInKind.PUBLIC_INTEREST_BRIDGE.
    """

    name: str
    planned_year: int
    case_id: None | Unset | UUID = UNSET
    county_code: None | str | Unset = UNSET
    kind: ProjectInKind | Unset = ProjectInKind.PUBLIC_INTEREST_BRIDGE

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        planned_year = self.planned_year

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        elif isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        county_code: None | str | Unset
        if isinstance(self.county_code, Unset):
            county_code = UNSET
        else:
            county_code = self.county_code

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "planned_year": planned_year,
            }
        )
        if case_id is not UNSET:
            field_dict["case_id"] = case_id
        if county_code is not UNSET:
            field_dict["county_code"] = county_code
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        planned_year = d.pop("planned_year")

        def _parse_case_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        case_id = _parse_case_id(d.pop("case_id", UNSET))

        def _parse_county_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county_code = _parse_county_code(d.pop("county_code", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: ProjectInKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ProjectInKind(_kind)

        project_in = cls(
            name=name,
            planned_year=planned_year,
            case_id=case_id,
            county_code=county_code,
            kind=kind,
        )

        return project_in
