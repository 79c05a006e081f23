from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TimelineStep")


@_attrs_define
class TimelineStep:
    """
    Attributes:
        kind (str): clue_received / clue_evaluated / case_filed / record / meeting / recommendation_issued /
            recommendation_received / reply_overdue / reply_received / review / case_closed / litigation_filed
        label (str):
        on (datetime.date):
        ref_id (None | UUID): the clue, case, record, meeting, recommendation, reply or review
        summary (None | str):
    """

    kind: str
    label: str
    on: datetime.date
    ref_id: None | UUID
    summary: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        label = self.label

        on = self.on.isoformat()

        ref_id: None | str
        if isinstance(self.ref_id, UUID):
            ref_id = str(self.ref_id)
        else:
            ref_id = self.ref_id

        summary: None | str
        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "label": label,
                "on": on,
                "ref_id": ref_id,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = d.pop("kind")

        label = d.pop("label")

        on = datetime.date.fromisoformat(d.pop("on"))

        def _parse_ref_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ref_id_type_0 = UUID(data)

                return ref_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        ref_id = _parse_ref_id(d.pop("ref_id"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        timeline_step = cls(
            kind=kind,
            label=label,
            on=on,
            ref_id=ref_id,
            summary=summary,
        )

        timeline_step.additional_properties = d
        return timeline_step

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
