from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.evidence_kind import EvidenceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Evidence")


@_attrs_define
class Evidence:
    """
    Attributes:
        kind (EvidenceKind):
        title (str):
        collected_on (datetime.date | None | Unset):
        reference (None | str | Unset): where the file is kept (archive id, URI)
        sha256 (None | str | Unset): hex digest of the file, 64 lowercase hex characters
    """

    kind: EvidenceKind
    title: str
    collected_on: datetime.date | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    sha256: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        collected_on: None | str | Unset
        if isinstance(self.collected_on, Unset):
            collected_on = UNSET
        elif isinstance(self.collected_on, datetime.date):
            collected_on = self.collected_on.isoformat()
        else:
            collected_on = self.collected_on

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "title": title,
            }
        )
        if collected_on is not UNSET:
            field_dict["collected_on"] = collected_on
        if reference is not UNSET:
            field_dict["reference"] = reference
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = EvidenceKind(d.pop("kind"))

        title = d.pop("title")

        def _parse_collected_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                collected_on_type_0 = datetime.date.fromisoformat(data)

                return collected_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        collected_on = _parse_collected_on(d.pop("collected_on", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha256 = _parse_sha256(d.pop("sha256", UNSET))

        evidence = cls(
            kind=kind,
            title=title,
            collected_on=collected_on,
            reference=reference,
            sha256=sha256,
        )

        return evidence
