from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.object_in_kind import ObjectInKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.defect_in import DefectIn


T = TypeVar("T", bound="ObjectIn")


@_attrs_define
class ObjectIn:
    """
    Attributes:
        defects (list[DefectIn]):
        kind (ObjectInKind):
        name (str):
        county_code (None | str | Unset):
        location (None | str | Unset):
        operator (None | str | Unset):
    """

    defects: list[DefectIn]
    kind: ObjectInKind
    name: str
    county_code: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    operator: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        defects = []
        for defects_item_data in self.defects:
            defects_item = defects_item_data.to_dict()
            defects.append(defects_item)

        kind = self.kind.value

        name = self.name

        county_code: None | str | Unset
        if isinstance(self.county_code, Unset):
            county_code = UNSET
        else:
            county_code = self.county_code

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "defects": defects,
                "kind": kind,
                "name": name,
            }
        )
        if county_code is not UNSET:
            field_dict["county_code"] = county_code
        if location is not UNSET:
            field_dict["location"] = location
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.defect_in import DefectIn

        d = dict(src_dict)
        defects = []
        _defects = d.pop("defects")
        for defects_item_data in _defects:
            defects_item = DefectIn.from_dict(defects_item_data)

            defects.append(defects_item)

        kind = ObjectInKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_county_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county_code = _parse_county_code(d.pop("county_code", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        object_in = cls(
            defects=defects,
            kind=kind,
            name=name,
            county_code=county_code,
            location=location,
            operator=operator,
        )

        return object_in
