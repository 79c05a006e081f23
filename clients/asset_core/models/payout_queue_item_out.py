from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_state import CaseState
from ..models.livelihood_category import LivelihoodCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutQueueItemOut")


@_attrs_define
class PayoutQueueItemOut:
    """
    Attributes:
        awaiting_payout_fen (int):
        case_id (UUID):
        case_number (str):
        deadline (datetime.date):
        deferrable_ground (None | str): a ground on which the payout may be deferred with approval (执行款物管理规定 13 ¶2),
            e.g. case_suspended
        deferrable_ground_label (None | str):
        executing_court_code (str):
        livelihood_category (LivelihoodCategory): 绿色通道: livelihood cases are filed, executed and paid out first
            (MISSION.md).
        moved_for_holiday_from (datetime.date | None):
        paid_out_fen (int):
        priority (int): 0 = 绿色通道 (paid out first), 1 = ordinary
        received_fen (int):
        state (CaseState):
        status (str): pending / due / overdue
        waiting_days (int): days since the oldest money not yet paid out arrived
        waiting_since (datetime.date):
        deferral_ended_on (datetime.date | None | Unset): the end of the deferral that set the deadline (¶3)
        deferred (bool | Unset): a deferral stands (执行款物管理规定 13 ¶2): no deadline runs; deadline and status show the 30
            days for reference, status 'deferred' Default: False.
    """

    awaiting_payout_fen: int
    case_id: UUID
    case_number: str
    deadline: datetime.date
    deferrable_ground: None | str
    deferrable_ground_label: None | str
    executing_court_code: str
    livelihood_category: LivelihoodCategory
    moved_for_holiday_from: datetime.date | None
    paid_out_fen: int
    priority: int
    received_fen: int
    state: CaseState
    status: str
    waiting_days: int
    waiting_since: datetime.date
    deferral_ended_on: datetime.date | None | Unset = UNSET
    deferred: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        awaiting_payout_fen = self.awaiting_payout_fen

        case_id = str(self.case_id)

        case_number = self.case_number

        deadline = self.deadline.isoformat()

        deferrable_ground: None | str
        deferrable_ground = self.deferrable_ground

        deferrable_ground_label: None | str
        deferrable_ground_label = self.deferrable_ground_label

        executing_court_code = self.executing_court_code

        livelihood_category = self.livelihood_category.value

        moved_for_holiday_from: None | str
        if isinstance(self.moved_for_holiday_from, datetime.date):
            moved_for_holiday_from = self.moved_for_holiday_from.isoformat()
        else:
            moved_for_holiday_from = self.moved_for_holiday_from

        paid_out_fen = self.paid_out_fen

        priority = self.priority

        received_fen = self.received_fen

        state = self.state.value

        status = self.status

        waiting_days = self.waiting_days

        waiting_since = self.waiting_since.isoformat()

        deferral_ended_on: None | str | Unset
        if isinstance(self.deferral_ended_on, Unset):
            deferral_ended_on = UNSET
        elif isinstance(self.deferral_ended_on, datetime.date):
            deferral_ended_on = self.deferral_ended_on.isoformat()
        else:
            deferral_ended_on = self.deferral_ended_on

        deferred = self.deferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "awaiting_payout_fen": awaiting_payout_fen,
                "case_id": case_id,
                "case_number": case_number,
                "deadline": deadline,
                "deferrable_ground": deferrable_ground,
                "deferrable_ground_label": deferrable_ground_label,
                "executing_court_code": executing_court_code,
                "livelihood_category": livelihood_category,
                "moved_for_holiday_from": moved_for_holiday_from,
                "paid_out_fen": paid_out_fen,
                "priority": priority,
                "received_fen": received_fen,
                "state": state,
                "status": status,
                "waiting_days": waiting_days,
                "waiting_since": waiting_since,
            }
        )
        if deferral_ended_on is not UNSET:
            field_dict["deferral_ended_on"] = deferral_ended_on
        if deferred is not UNSET:
            field_dict["deferred"] = deferred

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        awaiting_payout_fen = d.pop("awaiting_payout_fen")

        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        def _parse_deferrable_ground(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        deferrable_ground = _parse_deferrable_ground(d.pop("deferrable_ground"))

        def _parse_deferrable_ground_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        deferrable_ground_label = _parse_deferrable_ground_label(
            d.pop("deferrable_ground_label")
        )

        executing_court_code = d.pop("executing_court_code")

        livelihood_category = LivelihoodCategory(d.pop("livelihood_category"))

        def _parse_moved_for_holiday_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moved_for_holiday_from_type_0 = datetime.date.fromisoformat(data)

                return moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        moved_for_holiday_from = _parse_moved_for_holiday_from(
            d.pop("moved_for_holiday_from")
        )

        paid_out_fen = d.pop("paid_out_fen")

        priority = d.pop("priority")

        received_fen = d.pop("received_fen")

        state = CaseState(d.pop("state"))

        status = d.pop("status")

        waiting_days = d.pop("waiting_days")

        waiting_since = datetime.date.fromisoformat(d.pop("waiting_since"))

        def _parse_deferral_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deferral_ended_on_type_0 = datetime.date.fromisoformat(data)

                return deferral_ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deferral_ended_on = _parse_deferral_ended_on(d.pop("deferral_ended_on", UNSET))

        deferred = d.pop("deferred", UNSET)

        payout_queue_item_out = cls(
            awaiting_payout_fen=awaiting_payout_fen,
            case_id=case_id,
            case_number=case_number,
            deadline=deadline,
            deferrable_ground=deferrable_ground,
            deferrable_ground_label=deferrable_ground_label,
            executing_court_code=executing_court_code,
            livelihood_category=livelihood_category,
            moved_for_holiday_from=moved_for_holiday_from,
            paid_out_fen=paid_out_fen,
            priority=priority,
            received_fen=received_fen,
            state=state,
            status=status,
            waiting_days=waiting_days,
            waiting_since=waiting_since,
            deferral_ended_on=deferral_ended_on,
            deferred=deferred,
        )

        payout_queue_item_out.additional_properties = d
        return payout_queue_item_out

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
