from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PenaltyReviewOut")


@_attrs_define
class PenaltyReviewOut:
    """
    Attributes:
        decided_on (datetime.date | None):
        decision_deadline (datetime.date | None): 5 days after the request (解释 185), moved off a rest day
        outcome (None | str):
        request_deadline (datetime.date | None): 3 days after service (解释 185), moved off a rest day
        requested_on (datetime.date | None):
        status (str): none / pending / overdue / decided / decided_late
        decision_deadline_moved_for_holiday_from (datetime.date | None | Unset): the last day the holiday rule moved
            (民诉法 85 ¶3)
        request_deadline_moved_for_holiday_from (datetime.date | None | Unset): the last day the holiday rule moved (民诉法
            85 ¶3)
    """

    decided_on: datetime.date | None
    decision_deadline: datetime.date | None
    outcome: None | str
    request_deadline: datetime.date | None
    requested_on: datetime.date | None
    status: str
    decision_deadline_moved_for_holiday_from: datetime.date | None | Unset = UNSET
    request_deadline_moved_for_holiday_from: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decided_on: None | str
        if isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        decision_deadline: None | str
        if isinstance(self.decision_deadline, datetime.date):
            decision_deadline = self.decision_deadline.isoformat()
        else:
            decision_deadline = self.decision_deadline

        outcome: None | str
        outcome = self.outcome

        request_deadline: None | str
        if isinstance(self.request_deadline, datetime.date):
            request_deadline = self.request_deadline.isoformat()
        else:
            request_deadline = self.request_deadline

        requested_on: None | str
        if isinstance(self.requested_on, datetime.date):
            requested_on = self.requested_on.isoformat()
        else:
            requested_on = self.requested_on

        status = self.status

        decision_deadline_moved_for_holiday_from: None | str | Unset
        if isinstance(self.decision_deadline_moved_for_holiday_from, Unset):
            decision_deadline_moved_for_holiday_from = UNSET
        elif isinstance(self.decision_deadline_moved_for_holiday_from, datetime.date):
            decision_deadline_moved_for_holiday_from = (
                self.decision_deadline_moved_for_holiday_from.isoformat()
            )
        else:
            decision_deadline_moved_for_holiday_from = (
                self.decision_deadline_moved_for_holiday_from
            )

        request_deadline_moved_for_holiday_from: None | str | Unset
        if isinstance(self.request_deadline_moved_for_holiday_from, Unset):
            request_deadline_moved_for_holiday_from = UNSET
        elif isinstance(self.request_deadline_moved_for_holiday_from, datetime.date):
            request_deadline_moved_for_holiday_from = (
                self.request_deadline_moved_for_holiday_from.isoformat()
            )
        else:
            request_deadline_moved_for_holiday_from = (
                self.request_deadline_moved_for_holiday_from
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decided_on": decided_on,
                "decision_deadline": decision_deadline,
                "outcome": outcome,
                "request_deadline": request_deadline,
                "requested_on": requested_on,
                "status": status,
            }
        )
        if decision_deadline_moved_for_holiday_from is not UNSET:
            field_dict["decision_deadline_moved_for_holiday_from"] = (
                decision_deadline_moved_for_holiday_from
            )
        if request_deadline_moved_for_holiday_from is not UNSET:
            field_dict["request_deadline_moved_for_holiday_from"] = (
                request_deadline_moved_for_holiday_from
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_decided_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        decided_on = _parse_decided_on(d.pop("decided_on"))

        def _parse_decision_deadline(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_deadline_type_0 = datetime.date.fromisoformat(data)

                return decision_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        decision_deadline = _parse_decision_deadline(d.pop("decision_deadline"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_request_deadline(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_deadline_type_0 = datetime.date.fromisoformat(data)

                return request_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        request_deadline = _parse_request_deadline(d.pop("request_deadline"))

        def _parse_requested_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_on_type_0 = datetime.date.fromisoformat(data)

                return requested_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        requested_on = _parse_requested_on(d.pop("requested_on"))

        status = d.pop("status")

        def _parse_decision_deadline_moved_for_holiday_from(
            data: object,
        ) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_deadline_moved_for_holiday_from_type_0 = (
                    datetime.date.fromisoformat(data)
                )

                return decision_deadline_moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decision_deadline_moved_for_holiday_from = (
            _parse_decision_deadline_moved_for_holiday_from(
                d.pop("decision_deadline_moved_for_holiday_from", UNSET)
            )
        )

        def _parse_request_deadline_moved_for_holiday_from(
            data: object,
        ) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_deadline_moved_for_holiday_from_type_0 = (
                    datetime.date.fromisoformat(data)
                )

                return request_deadline_moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        request_deadline_moved_for_holiday_from = (
            _parse_request_deadline_moved_for_holiday_from(
                d.pop("request_deadline_moved_for_holiday_from", UNSET)
            )
        )

        penalty_review_out = cls(
            decided_on=decided_on,
            decision_deadline=decision_deadline,
            outcome=outcome,
            request_deadline=request_deadline,
            requested_on=requested_on,
            status=status,
            decision_deadline_moved_for_holiday_from=decision_deadline_moved_for_holiday_from,
            request_deadline_moved_for_holiday_from=request_deadline_moved_for_holiday_from,
        )

        penalty_review_out.additional_properties = d
        return penalty_review_out

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
