from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.sought import Sought

T = TypeVar("T", bound="PublicNoticeOut")


@_attrs_define
class PublicNoticeOut:
    """
    Attributes:
        amount_owed_fen (int):
        case_number (str):
        channel_labels (list[str]):
        channels (list[Channel]):
        conditions (str):
        court_code (str):
        court_contact (str):
        debtor_id_masked (None | str): 身份证号 masked: 1506**********123X
        debtor_kind (str):
        debtor_name (str):
        number (str): 公告编号, e.g. （2026）内0621悬1号
        published_on (datetime.date):
        reward_text (str):
        sought (Sought):
        valid_until (datetime.date | None):
    """

    amount_owed_fen: int
    case_number: str
    channel_labels: list[str]
    channels: list[Channel]
    conditions: str
    court_code: str
    court_contact: str
    debtor_id_masked: None | str
    debtor_kind: str
    debtor_name: str
    number: str
    published_on: datetime.date
    reward_text: str
    sought: Sought
    valid_until: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_owed_fen = self.amount_owed_fen

        case_number = self.case_number

        channel_labels = self.channel_labels

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.value
            channels.append(channels_item)

        conditions = self.conditions

        court_code = self.court_code

        court_contact = self.court_contact

        debtor_id_masked: None | str
        debtor_id_masked = self.debtor_id_masked

        debtor_kind = self.debtor_kind

        debtor_name = self.debtor_name

        number = self.number

        published_on = self.published_on.isoformat()

        reward_text = self.reward_text

        sought = self.sought.value

        valid_until: None | str
        if isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_owed_fen": amount_owed_fen,
                "case_number": case_number,
                "channel_labels": channel_labels,
                "channels": channels,
                "conditions": conditions,
                "court_code": court_code,
                "court_contact": court_contact,
                "debtor_id_masked": debtor_id_masked,
                "debtor_kind": debtor_kind,
                "debtor_name": debtor_name,
                "number": number,
                "published_on": published_on,
                "reward_text": reward_text,
                "sought": sought,
                "valid_until": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_owed_fen = d.pop("amount_owed_fen")

        case_number = d.pop("case_number")

        channel_labels = cast(list[str], d.pop("channel_labels"))

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = Channel(channels_item_data)

            channels.append(channels_item)

        conditions = d.pop("conditions")

        court_code = d.pop("court_code")

        court_contact = d.pop("court_contact")

        def _parse_debtor_id_masked(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        debtor_id_masked = _parse_debtor_id_masked(d.pop("debtor_id_masked"))

        debtor_kind = d.pop("debtor_kind")

        debtor_name = d.pop("debtor_name")

        number = d.pop("number")

        published_on = datetime.date.fromisoformat(d.pop("published_on"))

        reward_text = d.pop("reward_text")

        sought = Sought(d.pop("sought"))

        def _parse_valid_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_until = _parse_valid_until(d.pop("valid_until"))

        public_notice_out = cls(
            amount_owed_fen=amount_owed_fen,
            case_number=case_number,
            channel_labels=channel_labels,
            channels=channels,
            conditions=conditions,
            court_code=court_code,
            court_contact=court_contact,
            debtor_id_masked=debtor_id_masked,
            debtor_kind=debtor_kind,
            debtor_name=debtor_name,
            number=number,
            published_on=published_on,
            reward_text=reward_text,
            sought=sought,
            valid_until=valid_until,
        )

        public_notice_out.additional_properties = d
        return public_notice_out

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
