from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.application_in_debtor_kind import ApplicationInDebtorKind
from ..models.channel import Channel
from ..models.sought import Sought
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_in import AgentIn
    from ..models.reward_terms_in import RewardTermsIn


T = TypeVar("T", bound="ApplicationIn")


@_attrs_define
class ApplicationIn:
    """
    Attributes:
        applicant_name (str): 申请执行人
        case_id (UUID): asset_core's case id: a case this court executes
        channels (list[Channel]): where to publish (22)
        debtor_name (str): 被执行人 (a respondent of the case)
        promise (str): the promise's wording
        promise_to_pay (bool): 申请执行人自愿支付悬赏金的承诺 (21 ¶1 (二))
        reward (RewardTermsIn):
        sought (Sought):
        agents (list[AgentIn] | Unset): 申请执行人的代理人 (24: no reward)
        debtor_id_number (None | str | Unset): 身份证号 / 统一社会信用代码: checked against the case's respondents
        debtor_kind (ApplicationInDebtorKind | Unset):  Default: ApplicationInDebtorKind.PERSON.
        other_media (None | str | Unset): 其他媒体 (at the applicant's cost)
        received_on (datetime.date | None | Unset): 收到书面申请之日 (default today)
    """

    applicant_name: str
    case_id: UUID
    channels: list[Channel]
    debtor_name: str
    promise: str
    promise_to_pay: bool
    reward: RewardTermsIn
    sought: Sought
    agents: list[AgentIn] | Unset = UNSET
    debtor_id_number: None | str | Unset = UNSET
    debtor_kind: ApplicationInDebtorKind | Unset = ApplicationInDebtorKind.PERSON
    other_media: None | str | Unset = UNSET
    received_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        applicant_name = self.applicant_name

        case_id = str(self.case_id)

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.value
            channels.append(channels_item)

        debtor_name = self.debtor_name

        promise = self.promise

        promise_to_pay = self.promise_to_pay

        reward = self.reward.to_dict()

        sought = self.sought.value

        agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item = agents_item_data.to_dict()
                agents.append(agents_item)

        debtor_id_number: None | str | Unset
        if isinstance(self.debtor_id_number, Unset):
            debtor_id_number = UNSET
        else:
            debtor_id_number = self.debtor_id_number

        debtor_kind: str | Unset = UNSET
        if not isinstance(self.debtor_kind, Unset):
            debtor_kind = self.debtor_kind.value

        other_media: None | str | Unset
        if isinstance(self.other_media, Unset):
            other_media = UNSET
        else:
            other_media = self.other_media

        received_on: None | str | Unset
        if isinstance(self.received_on, Unset):
            received_on = UNSET
        elif isinstance(self.received_on, datetime.date):
            received_on = self.received_on.isoformat()
        else:
            received_on = self.received_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "applicant_name": applicant_name,
                "case_id": case_id,
                "channels": channels,
                "debtor_name": debtor_name,
                "promise": promise,
                "promise_to_pay": promise_to_pay,
                "reward": reward,
                "sought": sought,
            }
        )
        if agents is not UNSET:
            field_dict["agents"] = agents
        if debtor_id_number is not UNSET:
            field_dict["debtor_id_number"] = debtor_id_number
        if debtor_kind is not UNSET:
            field_dict["debtor_kind"] = debtor_kind
        if other_media is not UNSET:
            field_dict["other_media"] = other_media
        if received_on is not UNSET:
            field_dict["received_on"] = received_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_in import AgentIn
        from ..models.reward_terms_in import RewardTermsIn

        d = dict(src_dict)
        applicant_name = d.pop("applicant_name")

        case_id = UUID(d.pop("case_id"))

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = Channel(channels_item_data)

            channels.append(channels_item)

        debtor_name = d.pop("debtor_name")

        promise = d.pop("promise")

        promise_to_pay = d.pop("promise_to_pay")

        reward = RewardTermsIn.from_dict(d.pop("reward"))

        sought = Sought(d.pop("sought"))

        _agents = d.pop("agents", UNSET)
        agents: list[AgentIn] | Unset = UNSET
        if _agents is not UNSET:
            agents = []
            for agents_item_data in _agents:
                agents_item = AgentIn.from_dict(agents_item_data)

                agents.append(agents_item)

        def _parse_debtor_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        debtor_id_number = _parse_debtor_id_number(d.pop("debtor_id_number", UNSET))

        _debtor_kind = d.pop("debtor_kind", UNSET)
        debtor_kind: ApplicationInDebtorKind | Unset
        if isinstance(_debtor_kind, Unset):
            debtor_kind = UNSET
        else:
            debtor_kind = ApplicationInDebtorKind(_debtor_kind)

        def _parse_other_media(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other_media = _parse_other_media(d.pop("other_media", UNSET))

        def _parse_received_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_on_type_0 = datetime.date.fromisoformat(data)

                return received_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        received_on = _parse_received_on(d.pop("received_on", UNSET))

        application_in = cls(
            applicant_name=applicant_name,
            case_id=case_id,
            channels=channels,
            debtor_name=debtor_name,
            promise=promise,
            promise_to_pay=promise_to_pay,
            reward=reward,
            sought=sought,
            agents=agents,
            debtor_id_number=debtor_id_number,
            debtor_kind=debtor_kind,
            other_media=other_media,
            received_on=received_on,
        )

        return application_in
