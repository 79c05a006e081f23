from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_state import ApplicationState
from ..models.channel import Channel
from ..models.reward_kind import RewardKind
from ..models.sought import Sought

if TYPE_CHECKING:
    from ..models.application_out_agents_item import ApplicationOutAgentsItem


T = TypeVar("T", bound="ApplicationOut")


@_attrs_define
class ApplicationOut:
    """
    Attributes:
        agents (list[ApplicationOutAgentsItem]):
        applicant_name (str):
        applicant_pays_separately (bool):
        cap_fen (int | None):
        case_id (UUID):
        case_number (str):
        channels (list[Channel]):
        court_code (str):
        debtor_id_masked (None | str):
        debtor_kind (str):
        debtor_name (str):
        decided_late (bool):
        decided_on (datetime.date | None):
        decision_due (datetime.date): 21: ten days from the day after receipt, moved off rest days
        fixed_fen (int | None):
        floor_fen (int | None):
        id (UUID):
        moved_for_holiday_from (datetime.date | None):
        other_media (None | str):
        overdue (bool): undecided after decision_due
        percent_bp (int | None):
        promise (str):
        reasons (None | str):
        received_on (datetime.date):
        reward_kind (RewardKind):
        sought (Sought):
        state (ApplicationState):
        version (int):
    """

    agents: list[ApplicationOutAgentsItem]
    applicant_name: str
    applicant_pays_separately: bool
    cap_fen: int | None
    case_id: UUID
    case_number: str
    channels: list[Channel]
    court_code: str
    debtor_id_masked: None | str
    debtor_kind: str
    debtor_name: str
    decided_late: bool
    decided_on: datetime.date | None
    decision_due: datetime.date
    fixed_fen: int | None
    floor_fen: int | None
    id: UUID
    moved_for_holiday_from: datetime.date | None
    other_media: None | str
    overdue: bool
    percent_bp: int | None
    promise: str
    reasons: None | str
    received_on: datetime.date
    reward_kind: RewardKind
    sought: Sought
    state: ApplicationState
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agents = []
        for agents_item_data in self.agents:
            agents_item = agents_item_data.to_dict()
            agents.append(agents_item)

        applicant_name = self.applicant_name

        applicant_pays_separately = self.applicant_pays_separately

        cap_fen: int | None
        cap_fen = self.cap_fen

        case_id = str(self.case_id)

        case_number = self.case_number

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.value
            channels.append(channels_item)

        court_code = self.court_code

        debtor_id_masked: None | str
        debtor_id_masked = self.debtor_id_masked

        debtor_kind = self.debtor_kind

        debtor_name = self.debtor_name

        decided_late = self.decided_late

        decided_on: None | str
        if isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        decision_due = self.decision_due.isoformat()

        fixed_fen: int | None
        fixed_fen = self.fixed_fen

        floor_fen: int | None
        floor_fen = self.floor_fen

        id = str(self.id)

        moved_for_holiday_from: None | str
        if isinstance(self.moved_for_holiday_from, datetime.date):
            moved_for_holiday_from = self.moved_for_holiday_from.isoformat()
        else:
            moved_for_holiday_from = self.moved_for_holiday_from

        other_media: None | str
        other_media = self.other_media

        overdue = self.overdue

        percent_bp: int | None
        percent_bp = self.percent_bp

        promise = self.promise

        reasons: None | str
        reasons = self.reasons

        received_on = self.received_on.isoformat()

        reward_kind = self.reward_kind.value

        sought = self.sought.value

        state = self.state.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agents": agents,
                "applicant_name": applicant_name,
                "applicant_pays_separately": applicant_pays_separately,
                "cap_fen": cap_fen,
                "case_id": case_id,
                "case_number": case_number,
                "channels": channels,
                "court_code": court_code,
                "debtor_id_masked": debtor_id_masked,
                "debtor_kind": debtor_kind,
                "debtor_name": debtor_name,
                "decided_late": decided_late,
                "decided_on": decided_on,
                "decision_due": decision_due,
                "fixed_fen": fixed_fen,
                "floor_fen": floor_fen,
                "id": id,
                "moved_for_holiday_from": moved_for_holiday_from,
                "other_media": other_media,
                "overdue": overdue,
                "percent_bp": percent_bp,
                "promise": promise,
                "reasons": reasons,
                "received_on": received_on,
                "reward_kind": reward_kind,
                "sought": sought,
                "state": state,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.application_out_agents_item import ApplicationOutAgentsItem

        d = dict(src_dict)
        agents = []
        _agents = d.pop("agents")
        for agents_item_data in _agents:
            agents_item = ApplicationOutAgentsItem.from_dict(agents_item_data)

            agents.append(agents_item)

        applicant_name = d.pop("applicant_name")

        applicant_pays_separately = d.pop("applicant_pays_separately")

        def _parse_cap_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cap_fen = _parse_cap_fen(d.pop("cap_fen"))

        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = Channel(channels_item_data)

            channels.append(channels_item)

        court_code = d.pop("court_code")

        def _parse_debtor_id_masked(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        debtor_id_masked = _parse_debtor_id_masked(d.pop("debtor_id_masked"))

        debtor_kind = d.pop("debtor_kind")

        debtor_name = d.pop("debtor_name")

        decided_late = d.pop("decided_late")

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

        decision_due = datetime.date.fromisoformat(d.pop("decision_due"))

        def _parse_fixed_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        fixed_fen = _parse_fixed_fen(d.pop("fixed_fen"))

        def _parse_floor_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        floor_fen = _parse_floor_fen(d.pop("floor_fen"))

        id = UUID(d.pop("id"))

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

        def _parse_other_media(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        other_media = _parse_other_media(d.pop("other_media"))

        overdue = d.pop("overdue")

        def _parse_percent_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        percent_bp = _parse_percent_bp(d.pop("percent_bp"))

        promise = d.pop("promise")

        def _parse_reasons(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reasons = _parse_reasons(d.pop("reasons"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        reward_kind = RewardKind(d.pop("reward_kind"))

        sought = Sought(d.pop("sought"))

        state = ApplicationState(d.pop("state"))

        version = d.pop("version")

        application_out = cls(
            agents=agents,
            applicant_name=applicant_name,
            applicant_pays_separately=applicant_pays_separately,
            cap_fen=cap_fen,
            case_id=case_id,
            case_number=case_number,
            channels=channels,
            court_code=court_code,
            debtor_id_masked=debtor_id_masked,
            debtor_kind=debtor_kind,
            debtor_name=debtor_name,
            decided_late=decided_late,
            decided_on=decided_on,
            decision_due=decision_due,
            fixed_fen=fixed_fen,
            floor_fen=floor_fen,
            id=id,
            moved_for_holiday_from=moved_for_holiday_from,
            other_media=other_media,
            overdue=overdue,
            percent_bp=percent_bp,
            promise=promise,
            reasons=reasons,
            received_on=received_on,
            reward_kind=reward_kind,
            sought=sought,
            state=state,
            version=version,
        )

        application_out.additional_properties = d
        return application_out

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
