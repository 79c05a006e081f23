from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.case_search_in_sort import CaseSearchInSort
from ..models.case_state import CaseState
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseSearchIn")


@_attrs_define
class CaseSearchIn:
    """`POST /api/v1/cases/search`: every filter of `GET /api/v1/cases`, and the party's id number — in the body,
    never in a URL (it is matched by its keyed hash, shared.identity.party_key).

        Attributes:
            case_number (None | str | Unset): 案号, exact or a part of it; ( ) or （ ） alike
            court (None | str | Unset): 执行法院: a court and those below it
            cursor (None | str | Unset):
            filed_from (datetime.date | None | Unset):
            filed_to (datetime.date | None | Unset):
            green_channel (bool | None | Unset): true: 绿色通道 cases only; false: the others only
            id_number (None | str | Unset): 当事人身份证号 or 统一社会信用代码 (exact)
            limit (int | Unset):  Default: 50.
            party_name (None | str | Unset): 当事人名称 (prefix)
            sort (CaseSearchInSort | Unset): priority: 绿色通道 first, then by filing date; registered: in the order registered
                Default: CaseSearchInSort.PRIORITY.
            state (CaseState | None | Unset):
    """

    case_number: None | str | Unset = UNSET
    court: None | str | Unset = UNSET
    cursor: None | str | Unset = UNSET
    filed_from: datetime.date | None | Unset = UNSET
    filed_to: datetime.date | None | Unset = UNSET
    green_channel: bool | None | Unset = UNSET
    id_number: None | str | Unset = UNSET
    limit: int | Unset = 50
    party_name: None | str | Unset = UNSET
    sort: CaseSearchInSort | Unset = CaseSearchInSort.PRIORITY
    state: CaseState | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        case_number: None | str | Unset
        if isinstance(self.case_number, Unset):
            case_number = UNSET
        else:
            case_number = self.case_number

        court: None | str | Unset
        if isinstance(self.court, Unset):
            court = UNSET
        else:
            court = self.court

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        filed_from: None | str | Unset
        if isinstance(self.filed_from, Unset):
            filed_from = UNSET
        elif isinstance(self.filed_from, datetime.date):
            filed_from = self.filed_from.isoformat()
        else:
            filed_from = self.filed_from

        filed_to: None | str | Unset
        if isinstance(self.filed_to, Unset):
            filed_to = UNSET
        elif isinstance(self.filed_to, datetime.date):
            filed_to = self.filed_to.isoformat()
        else:
            filed_to = self.filed_to

        green_channel: bool | None | Unset
        if isinstance(self.green_channel, Unset):
            green_channel = UNSET
        else:
            green_channel = self.green_channel

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        limit = self.limit

        party_name: None | str | Unset
        if isinstance(self.party_name, Unset):
            party_name = UNSET
        else:
            party_name = self.party_name

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, CaseState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if case_number is not UNSET:
            field_dict["case_number"] = case_number
        if court is not UNSET:
            field_dict["court"] = court
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if filed_from is not UNSET:
            field_dict["filed_from"] = filed_from
        if filed_to is not UNSET:
            field_dict["filed_to"] = filed_to
        if green_channel is not UNSET:
            field_dict["green_channel"] = green_channel
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if limit is not UNSET:
            field_dict["limit"] = limit
        if party_name is not UNSET:
            field_dict["party_name"] = party_name
        if sort is not UNSET:
            field_dict["sort"] = sort
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_case_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_number = _parse_case_number(d.pop("case_number", UNSET))

        def _parse_court(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        court = _parse_court(d.pop("court", UNSET))

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        def _parse_filed_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                filed_from_type_0 = datetime.date.fromisoformat(data)

                return filed_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        filed_from = _parse_filed_from(d.pop("filed_from", UNSET))

        def _parse_filed_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                filed_to_type_0 = datetime.date.fromisoformat(data)

                return filed_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        filed_to = _parse_filed_to(d.pop("filed_to", UNSET))

        def _parse_green_channel(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        green_channel = _parse_green_channel(d.pop("green_channel", UNSET))

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        limit = d.pop("limit", UNSET)

        def _parse_party_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        party_name = _parse_party_name(d.pop("party_name", UNSET))

        _sort = d.pop("sort", UNSET)
        sort: CaseSearchInSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = CaseSearchInSort(_sort)

        def _parse_state(data: object) -> CaseState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = CaseState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        case_search_in = cls(
            case_number=case_number,
            court=court,
            cursor=cursor,
            filed_from=filed_from,
            filed_to=filed_to,
            green_channel=green_channel,
            id_number=id_number,
            limit=limit,
            party_name=party_name,
            sort=sort,
            state=state,
        )

        return case_search_in
