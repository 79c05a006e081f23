from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.penalty_kind import PenaltyKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.act_in import ActIn
    from ..models.subject_in import SubjectIn


T = TypeVar("T", bound="PenaltyCreate")


@_attrs_define
class PenaltyCreate:
    """
    Attributes:
        act (ActIn):
        kind (PenaltyKind):
        subject (SubjectIn):
        alarm_id (None | Unset | UUID):
        amount_fen (int | None | Unset): fine, in fen (民诉法 118 limits)
        case_id (None | Unset | UUID):
        days (int | None | Unset): detention: 1-15 days (民诉法 118)
        detained_at (datetime.datetime | None | Unset): emergency: when the person was taken (default now)
        emergency (bool | Unset): detain first, approve after (解释 181) Default: False.
    """

    act: ActIn
    kind: PenaltyKind
    subject: SubjectIn
    alarm_id: None | Unset | UUID = UNSET
    amount_fen: int | None | Unset = UNSET
    case_id: None | Unset | UUID = UNSET
    days: int | None | Unset = UNSET
    detained_at: datetime.datetime | None | Unset = UNSET
    emergency: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        act = self.act.to_dict()

        kind = self.kind.value

        subject = self.subject.to_dict()

        alarm_id: None | str | Unset
        if isinstance(self.alarm_id, Unset):
            alarm_id = UNSET
        elif isinstance(self.alarm_id, UUID):
            alarm_id = str(self.alarm_id)
        else:
            alarm_id = self.alarm_id

        amount_fen: int | None | Unset
        if isinstance(self.amount_fen, Unset):
            amount_fen = UNSET
        else:
            amount_fen = self.amount_fen

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        elif isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        days: int | None | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        else:
            days = self.days

        detained_at: None | str | Unset
        if isinstance(self.detained_at, Unset):
            detained_at = UNSET
        elif isinstance(self.detained_at, datetime.datetime):
            detained_at = self.detained_at.isoformat()
        else:
            detained_at = self.detained_at

        emergency = self.emergency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "act": act,
                "kind": kind,
                "subject": subject,
            }
        )
        if alarm_id is not UNSET:
            field_dict["alarm_id"] = alarm_id
        if amount_fen is not UNSET:
            field_dict["amount_fen"] = amount_fen
        if case_id is not UNSET:
            field_dict["case_id"] = case_id
        if days is not UNSET:
            field_dict["days"] = days
        if detained_at is not UNSET:
            field_dict["detained_at"] = detained_at
        if emergency is not UNSET:
            field_dict["emergency"] = emergency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.act_in import ActIn
        from ..models.subject_in import SubjectIn

        d = dict(src_dict)
        act = ActIn.from_dict(d.pop("act"))

        kind = PenaltyKind(d.pop("kind"))

        subject = SubjectIn.from_dict(d.pop("subject"))

        def _parse_alarm_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                alarm_id_type_0 = UUID(data)

                return alarm_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        alarm_id = _parse_alarm_id(d.pop("alarm_id", UNSET))

        def _parse_amount_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_fen = _parse_amount_fen(d.pop("amount_fen", UNSET))

        def _parse_case_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        case_id = _parse_case_id(d.pop("case_id", UNSET))

        def _parse_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days = _parse_days(d.pop("days", UNSET))

        def _parse_detained_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detained_at_type_0 = datetime.datetime.fromisoformat(data)

                return detained_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        detained_at = _parse_detained_at(d.pop("detained_at", UNSET))

        emergency = d.pop("emergency", UNSET)

        penalty_create = cls(
            act=act,
            kind=kind,
            subject=subject,
            alarm_id=alarm_id,
            amount_fen=amount_fen,
            case_id=case_id,
            days=days,
            detained_at=detained_at,
            emergency=emergency,
        )

        return penalty_create
