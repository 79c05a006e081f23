from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guarantor_kind import GuarantorKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Guarantor")


@_attrs_define
class Guarantor:
    """
    Attributes:
        name (str): 担保人
        guarantee (None | str | Unset): 担保方式与范围, e.g. 连带责任保证
        kind (GuarantorKind | Unset):  Default: GuarantorKind.ORGANISATION.
    """

    name: str
    guarantee: None | str | Unset = UNSET
    kind: GuarantorKind | Unset = GuarantorKind.ORGANISATION
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        guarantee: None | str | Unset
        if isinstance(self.guarantee, Unset):
            guarantee = UNSET
        else:
            guarantee = self.guarantee

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if guarantee is not UNSET:
            field_dict["guarantee"] = guarantee
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_guarantee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guarantee = _parse_guarantee(d.pop("guarantee", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: GuarantorKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = GuarantorKind(_kind)

        guarantor = cls(
            name=name,
            guarantee=guarantee,
            kind=kind,
        )

        guarantor.additional_properties = d
        return guarantor

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
