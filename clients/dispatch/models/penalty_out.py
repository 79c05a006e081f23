from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.act_out import ActOut
    from ..models.custody_out import CustodyOut
    from ..models.family_notice_out import FamilyNoticeOut
    from ..models.penalty_approval_out import PenaltyApprovalOut
    from ..models.penalty_review_out import PenaltyReviewOut
    from ..models.subject_out import SubjectOut


T = TypeVar("T", bound="PenaltyOut")


@_attrs_define
class PenaltyOut:
    """
    Attributes:
        act (ActOut):
        alarm_id (None | UUID):
        amount_fen (int | None):
        approval (PenaltyApprovalOut):
        case_id (None | UUID):
        court_code (str):
        days (int | None):
        decided_at (datetime.datetime):
        decided_by (str):
        detained_at (datetime.datetime | None):
        emergency (bool):
        ends_at (datetime.datetime | None):
        id (UUID):
        kind (str):
        kind_label (str):
        review (PenaltyReviewOut):
        served_on (datetime.date | None):
        status (str):
        status_label (str):
        subject (SubjectOut):
        version (int):
        custody (CustodyOut | None | Unset): detentions: the custody as the police report it
        ends_moved_for_holiday_from (datetime.date | None | Unset): detentions: always null — a duration runs to its
            last day (民诉法 118; 刑诉法 105 ¶2)
        family_notice (FamilyNoticeOut | None | Unset): detentions only
    """

    act: ActOut
    alarm_id: None | UUID
    amount_fen: int | None
    approval: PenaltyApprovalOut
    case_id: None | UUID
    court_code: str
    days: int | None
    decided_at: datetime.datetime
    decided_by: str
    detained_at: datetime.datetime | None
    emergency: bool
    ends_at: datetime.datetime | None
    id: UUID
    kind: str
    kind_label: str
    review: PenaltyReviewOut
    served_on: datetime.date | None
    status: str
    status_label: str
    subject: SubjectOut
    version: int
    custody: CustodyOut | None | Unset = UNSET
    ends_moved_for_holiday_from: datetime.date | None | Unset = UNSET
    family_notice: FamilyNoticeOut | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custody_out import CustodyOut
        from ..models.family_notice_out import FamilyNoticeOut

        act = self.act.to_dict()

        alarm_id: None | str
        if isinstance(self.alarm_id, UUID):
            alarm_id = str(self.alarm_id)
        else:
            alarm_id = self.alarm_id

        amount_fen: int | None
        amount_fen = self.amount_fen

        approval = self.approval.to_dict()

        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        court_code = self.court_code

        days: int | None
        days = self.days

        decided_at = self.decided_at.isoformat()

        decided_by = self.decided_by

        detained_at: None | str
        if isinstance(self.detained_at, datetime.datetime):
            detained_at = self.detained_at.isoformat()
        else:
            detained_at = self.detained_at

        emergency = self.emergency

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        id = str(self.id)

        kind = self.kind

        kind_label = self.kind_label

        review = self.review.to_dict()

        served_on: None | str
        if isinstance(self.served_on, datetime.date):
            served_on = self.served_on.isoformat()
        else:
            served_on = self.served_on

        status = self.status

        status_label = self.status_label

        subject = self.subject.to_dict()

        version = self.version

        custody: dict[str, Any] | None | Unset
        if isinstance(self.custody, Unset):
            custody = UNSET
        elif isinstance(self.custody, CustodyOut):
            custody = self.custody.to_dict()
        else:
            custody = self.custody

        ends_moved_for_holiday_from: None | str | Unset
        if isinstance(self.ends_moved_for_holiday_from, Unset):
            ends_moved_for_holiday_from = UNSET
        elif isinstance(self.ends_moved_for_holiday_from, datetime.date):
            ends_moved_for_holiday_from = self.ends_moved_for_holiday_from.isoformat()
        else:
            ends_moved_for_holiday_from = self.ends_moved_for_holiday_from

        family_notice: dict[str, Any] | None | Unset
        if isinstance(self.family_notice, Unset):
            family_notice = UNSET
        elif isinstance(self.family_notice, FamilyNoticeOut):
            family_notice = self.family_notice.to_dict()
        else:
            family_notice = self.family_notice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "act": act,
                "alarm_id": alarm_id,
                "amount_fen": amount_fen,
                "approval": approval,
                "case_id": case_id,
                "court_code": court_code,
                "days": days,
                "decided_at": decided_at,
                "decided_by": decided_by,
                "detained_at": detained_at,
                "emergency": emergency,
                "ends_at": ends_at,
                "id": id,
                "kind": kind,
                "kind_label": kind_label,
                "review": review,
                "served_on": served_on,
                "status": status,
                "status_label": status_label,
                "subject": subject,
                "version": version,
            }
        )
        if custody is not UNSET:
            field_dict["custody"] = custody
        if ends_moved_for_holiday_from is not UNSET:
            field_dict["ends_moved_for_holiday_from"] = ends_moved_for_holiday_from
        if family_notice is not UNSET:
            field_dict["family_notice"] = family_notice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.act_out import ActOut
        from ..models.custody_out import CustodyOut
        from ..models.family_notice_out import FamilyNoticeOut
        from ..models.penalty_approval_out import PenaltyApprovalOut
        from ..models.penalty_review_out import PenaltyReviewOut
        from ..models.subject_out import SubjectOut

        d = dict(src_dict)
        act = ActOut.from_dict(d.pop("act"))

        def _parse_alarm_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                alarm_id_type_0 = UUID(data)

                return alarm_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        alarm_id = _parse_alarm_id(d.pop("alarm_id"))

        def _parse_amount_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_fen = _parse_amount_fen(d.pop("amount_fen"))

        approval = PenaltyApprovalOut.from_dict(d.pop("approval"))

        def _parse_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        case_id = _parse_case_id(d.pop("case_id"))

        court_code = d.pop("court_code")

        def _parse_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days = _parse_days(d.pop("days"))

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        decided_by = d.pop("decided_by")

        def _parse_detained_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detained_at_type_0 = datetime.datetime.fromisoformat(data)

                return detained_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        detained_at = _parse_detained_at(d.pop("detained_at"))

        emergency = d.pop("emergency")

        def _parse_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_at = _parse_ends_at(d.pop("ends_at"))

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        review = PenaltyReviewOut.from_dict(d.pop("review"))

        def _parse_served_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                served_on_type_0 = datetime.date.fromisoformat(data)

                return served_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        served_on = _parse_served_on(d.pop("served_on"))

        status = d.pop("status")

        status_label = d.pop("status_label")

        subject = SubjectOut.from_dict(d.pop("subject"))

        version = d.pop("version")

        def _parse_custody(data: object) -> CustodyOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custody_type_0 = CustodyOut.from_dict(data)

                return custody_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustodyOut | None | Unset, data)

        custody = _parse_custody(d.pop("custody", UNSET))

        def _parse_ends_moved_for_holiday_from(
            data: object,
        ) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_moved_for_holiday_from_type_0 = datetime.date.fromisoformat(data)

                return ends_moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_moved_for_holiday_from = _parse_ends_moved_for_holiday_from(
            d.pop("ends_moved_for_holiday_from", UNSET)
        )

        def _parse_family_notice(data: object) -> FamilyNoticeOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                family_notice_type_0 = FamilyNoticeOut.from_dict(data)

                return family_notice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FamilyNoticeOut | None | Unset, data)

        family_notice = _parse_family_notice(d.pop("family_notice", UNSET))

        penalty_out = cls(
            act=act,
            alarm_id=alarm_id,
            amount_fen=amount_fen,
            approval=approval,
            case_id=case_id,
            court_code=court_code,
            days=days,
            decided_at=decided_at,
            decided_by=decided_by,
            detained_at=detained_at,
            emergency=emergency,
            ends_at=ends_at,
            id=id,
            kind=kind,
            kind_label=kind_label,
            review=review,
            served_on=served_on,
            status=status,
            status_label=status_label,
            subject=subject,
            version=version,
            custody=custody,
            ends_moved_for_holiday_from=ends_moved_for_holiday_from,
            family_notice=family_notice,
        )

        penalty_out.additional_properties = d
        return penalty_out

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
