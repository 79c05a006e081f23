from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.target_out import TargetOut


T = TypeVar("T", bound="TargetsOut")


@_attrs_define
class TargetsOut:
    """
    Attributes:
        court (str):
        from_ (datetime.date):
        targets (list[TargetOut]):
        to (datetime.date):
    """

    court: str
    from_: datetime.date
    targets: list[TargetOut]
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        court = self.court

        from_ = self.from_.isoformat()

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        to = self.to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "court": court,
                "from": from_,
                "targets": targets,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.target_out import TargetOut

        d = dict(src_dict)
        court = d.pop("court")

        from_ = datetime.date.fromisoformat(d.pop("from"))

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = TargetOut.from_dict(targets_item_data)

            targets.append(targets_item)

        to = datetime.date.fromisoformat(d.pop("to"))

        targets_out = cls(
            court=court,
            from_=from_,
            targets=targets,
            to=to,
        )

        targets_out.additional_properties = d
        return targets_out

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
