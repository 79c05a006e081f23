from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_out_history_item import ProjectOutHistoryItem


T = TypeVar("T", bound="ProjectOut")


@_attrs_define
class ProjectOut:
    """
    Attributes:
        case_id (None | UUID):
        county_code (None | str):
        history (list[ProjectOutHistoryItem]):
        id (UUID):
        kind (str):
        name (str):
        org_code (str):
        planned_year (int):
        status (str):
        status_label (str):
        version (int):
    """

    case_id: None | UUID
    county_code: None | str
    history: list[ProjectOutHistoryItem]
    id: UUID
    kind: str
    name: str
    org_code: str
    planned_year: int
    status: str
    status_label: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        county_code: None | str
        county_code = self.county_code

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = str(self.id)

        kind = self.kind

        name = self.name

        org_code = self.org_code

        planned_year = self.planned_year

        status = self.status

        status_label = self.status_label

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "county_code": county_code,
                "history": history,
                "id": id,
                "kind": kind,
                "name": name,
                "org_code": org_code,
                "planned_year": planned_year,
                "status": status,
                "status_label": status_label,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_out_history_item import ProjectOutHistoryItem

        d = dict(src_dict)

        def _parse_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        case_id = _parse_case_id(d.pop("case_id"))

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = ProjectOutHistoryItem.from_dict(history_item_data)

            history.append(history_item)

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        name = d.pop("name")

        org_code = d.pop("org_code")

        planned_year = d.pop("planned_year")

        status = d.pop("status")

        status_label = d.pop("status_label")

        version = d.pop("version")

        project_out = cls(
            case_id=case_id,
            county_code=county_code,
            history=history,
            id=id,
            kind=kind,
            name=name,
            org_code=org_code,
            planned_year=planned_year,
            status=status,
            status_label=status_label,
            version=version,
        )

        project_out.additional_properties = d
        return project_out

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
