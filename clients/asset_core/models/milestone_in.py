from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.milestone_in_kind import MilestoneInKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MilestoneIn")


@_attrs_define
class MilestoneIn:
    """
    Attributes:
        kind (MilestoneInKind): officer_assigned 指定承办人, execution_notice 执行通知 (with the 报告财产令), asset_report_order
            报告财产令, consumption_restriction 限制消费令, dishonest_listing 纳入失信名单, debtor_missing 下落不明, missing_debtor_searched
            已查找, extension_approved 院长批准延长 (with requested_on), applicant_heard 终本前告知并听取申请执行人意见, obstruction 妨害执行,
            obstruction_sanctioned 已罚款/拘留/移送追究刑事责任
        dishonest_listing_eligible (bool | None | Unset):
        officer_id (None | str | Unset):
        on (datetime.date | None | Unset):
        requested_on (datetime.date | None | Unset): extension_approved: when the extension was requested (≥ 5 days
            before expiry, 执行期限规定 1)
    """

    kind: MilestoneInKind
    dishonest_listing_eligible: bool | None | Unset = UNSET
    officer_id: None | str | Unset = UNSET
    on: datetime.date | None | Unset = UNSET
    requested_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        dishonest_listing_eligible: bool | None | Unset
        if isinstance(self.dishonest_listing_eligible, Unset):
            dishonest_listing_eligible = UNSET
        else:
            dishonest_listing_eligible = self.dishonest_listing_eligible

        officer_id: None | str | Unset
        if isinstance(self.officer_id, Unset):
            officer_id = UNSET
        else:
            officer_id = self.officer_id

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        requested_on: None | str | Unset
        if isinstance(self.requested_on, Unset):
            requested_on = UNSET
        elif isinstance(self.requested_on, datetime.date):
            requested_on = self.requested_on.isoformat()
        else:
            requested_on = self.requested_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if dishonest_listing_eligible is not UNSET:
            field_dict["dishonest_listing_eligible"] = dishonest_listing_eligible
        if officer_id is not UNSET:
            field_dict["officer_id"] = officer_id
        if on is not UNSET:
            field_dict["on"] = on
        if requested_on is not UNSET:
            field_dict["requested_on"] = requested_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = MilestoneInKind(d.pop("kind"))

        def _parse_dishonest_listing_eligible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        dishonest_listing_eligible = _parse_dishonest_listing_eligible(
            d.pop("dishonest_listing_eligible", UNSET)
        )

        def _parse_officer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        officer_id = _parse_officer_id(d.pop("officer_id", UNSET))

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        def _parse_requested_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_on_type_0 = datetime.date.fromisoformat(data)

                return requested_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        requested_on = _parse_requested_on(d.pop("requested_on", UNSET))

        milestone_in = cls(
            kind=kind,
            dishonest_listing_eligible=dishonest_listing_eligible,
            officer_id=officer_id,
            on=on,
            requested_on=requested_on,
        )

        return milestone_in
