from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finding import Finding


T = TypeVar("T", bound="ReviewIn")


@_attrs_define
class ReviewIn:
    """
    Attributes:
        findings (list[Finding]):
        led_by (str): e.g. 检察长
        reviewed_on (datetime.date):
        participants (list[str] | Unset):
        summary (None | str | Unset):
    """

    findings: list[Finding]
    led_by: str
    reviewed_on: datetime.date
    participants: list[str] | Unset = UNSET
    summary: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        led_by = self.led_by

        reviewed_on = self.reviewed_on.isoformat()

        participants: list[str] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "findings": findings,
                "led_by": led_by,
                "reviewed_on": reviewed_on,
            }
        )
        if participants is not UNSET:
            field_dict["participants"] = participants
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.finding import Finding

        d = dict(src_dict)
        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = Finding.from_dict(findings_item_data)

            findings.append(findings_item)

        led_by = d.pop("led_by")

        reviewed_on = datetime.date.fromisoformat(d.pop("reviewed_on"))

        participants = cast(list[str], d.pop("participants", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        review_in = cls(
            findings=findings,
            led_by=led_by,
            reviewed_on=reviewed_on,
            participants=participants,
            summary=summary,
        )

        return review_in
