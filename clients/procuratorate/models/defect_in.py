from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.defect_in_defect import DefectInDefect
from ..models.defect_in_unit_type_0 import DefectInUnitType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="DefectIn")


@_attrs_define
class DefectIn:
    """
    Attributes:
        defect (DefectInDefect):
        description (None | str | Unset):
        quantity (float | None | Unset): what the rectification clears or removes, in `unit` (counted once the item is
            verified)
        responsible_agency (None | str | Unset):
        unit (DefectInUnitType0 | None | Unset): 亩 mu / 处 building / 吨 tonne / 公里 km
    """

    defect: DefectInDefect
    description: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    responsible_agency: None | str | Unset = UNSET
    unit: DefectInUnitType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        defect = self.defect.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        responsible_agency: None | str | Unset
        if isinstance(self.responsible_agency, Unset):
            responsible_agency = UNSET
        else:
            responsible_agency = self.responsible_agency

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        elif isinstance(self.unit, DefectInUnitType0):
            unit = self.unit.value
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "defect": defect,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if responsible_agency is not UNSET:
            field_dict["responsible_agency"] = responsible_agency
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        defect = DefectInDefect(d.pop("defect"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_responsible_agency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        responsible_agency = _parse_responsible_agency(
            d.pop("responsible_agency", UNSET)
        )

        def _parse_unit(data: object) -> DefectInUnitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_type_0 = DefectInUnitType0(data)

                return unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DefectInUnitType0 | None | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        defect_in = cls(
            defect=defect,
            description=description,
            quantity=quantity,
            responsible_agency=responsible_agency,
            unit=unit,
        )

        return defect_in
