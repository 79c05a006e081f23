from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.failing_condition_out import FailingConditionOut


T = TypeVar("T", bound="ConclusionCheckOut")


@_attrs_define
class ConclusionCheckOut:
    """
    Attributes:
        allowed (bool):
        failing_conditions (list[FailingConditionOut]):
    """

    allowed: bool
    failing_conditions: list[FailingConditionOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed = self.allowed

        failing_conditions = []
        for failing_conditions_item_data in self.failing_conditions:
            failing_conditions_item = failing_conditions_item_data.to_dict()
            failing_conditions.append(failing_conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed": allowed,
                "failing_conditions": failing_conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.failing_condition_out import FailingConditionOut

        d = dict(src_dict)
        allowed = d.pop("allowed")

        failing_conditions = []
        _failing_conditions = d.pop("failing_conditions")
        for failing_conditions_item_data in _failing_conditions:
            failing_conditions_item = FailingConditionOut.from_dict(
                failing_conditions_item_data
            )

            failing_conditions.append(failing_conditions_item)

        conclusion_check_out = cls(
            allowed=allowed,
            failing_conditions=failing_conditions,
        )

        conclusion_check_out.additional_properties = d
        return conclusion_check_out

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
