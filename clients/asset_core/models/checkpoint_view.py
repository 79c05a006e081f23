from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckpointView")


@_attrs_define
class CheckpointView:
    """
    Attributes:
        hash_ (str):
        issued_at (datetime.datetime):
        key_id (str):
        reason (str):
        rows (int):
        seq (int):
    """

    hash_: str
    issued_at: datetime.datetime
    key_id: str
    reason: str
    rows: int
    seq: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash_ = self.hash_

        issued_at = self.issued_at.isoformat()

        key_id = self.key_id

        reason = self.reason

        rows = self.rows

        seq = self.seq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hash": hash_,
                "issued_at": issued_at,
                "key_id": key_id,
                "reason": reason,
                "rows": rows,
                "seq": seq,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hash_ = d.pop("hash")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        key_id = d.pop("key_id")

        reason = d.pop("reason")

        rows = d.pop("rows")

        seq = d.pop("seq")

        checkpoint_view = cls(
            hash_=hash_,
            issued_at=issued_at,
            key_id=key_id,
            reason=reason,
            rows=rows,
            seq=seq,
        )

        checkpoint_view.additional_properties = d
        return checkpoint_view

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
