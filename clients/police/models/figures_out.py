from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FiguresOut")


@_attrs_define
class FiguresOut:
    """
    Attributes:
        convictions (int):
        court (None | str):
        custody_opened (int):
        custody_released_early (int):
        from_ (datetime.date | None):
        people_searched (int): 协查人数
        persons_located (int):
        private_prosecutions (int):
        search_batches (int): 协查批次
        to (datetime.date | None):
        transfer_cases (int): 移送拒执罪案件数
        transfer_persons (int): 移送拒执罪人数
        transfers (int):
        transfers_filed (int):
        transfers_refused (int):
    """

    convictions: int
    court: None | str
    custody_opened: int
    custody_released_early: int
    from_: datetime.date | None
    people_searched: int
    persons_located: int
    private_prosecutions: int
    search_batches: int
    to: datetime.date | None
    transfer_cases: int
    transfer_persons: int
    transfers: int
    transfers_filed: int
    transfers_refused: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convictions = self.convictions

        court: None | str
        court = self.court

        custody_opened = self.custody_opened

        custody_released_early = self.custody_released_early

        from_: None | str
        if isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        people_searched = self.people_searched

        persons_located = self.persons_located

        private_prosecutions = self.private_prosecutions

        search_batches = self.search_batches

        to: None | str
        if isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        transfer_cases = self.transfer_cases

        transfer_persons = self.transfer_persons

        transfers = self.transfers

        transfers_filed = self.transfers_filed

        transfers_refused = self.transfers_refused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "convictions": convictions,
                "court": court,
                "custody_opened": custody_opened,
                "custody_released_early": custody_released_early,
                "from": from_,
                "people_searched": people_searched,
                "persons_located": persons_located,
                "private_prosecutions": private_prosecutions,
                "search_batches": search_batches,
                "to": to,
                "transfer_cases": transfer_cases,
                "transfer_persons": transfer_persons,
                "transfers": transfers,
                "transfers_filed": transfers_filed,
                "transfers_refused": transfers_refused,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        convictions = d.pop("convictions")

        def _parse_court(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        court = _parse_court(d.pop("court"))

        custody_opened = d.pop("custody_opened")

        custody_released_early = d.pop("custody_released_early")

        def _parse_from_(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.date.fromisoformat(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        from_ = _parse_from_(d.pop("from"))

        people_searched = d.pop("people_searched")

        persons_located = d.pop("persons_located")

        private_prosecutions = d.pop("private_prosecutions")

        search_batches = d.pop("search_batches")

        def _parse_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = datetime.date.fromisoformat(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        to = _parse_to(d.pop("to"))

        transfer_cases = d.pop("transfer_cases")

        transfer_persons = d.pop("transfer_persons")

        transfers = d.pop("transfers")

        transfers_filed = d.pop("transfers_filed")

        transfers_refused = d.pop("transfers_refused")

        figures_out = cls(
            convictions=convictions,
            court=court,
            custody_opened=custody_opened,
            custody_released_early=custody_released_early,
            from_=from_,
            people_searched=people_searched,
            persons_located=persons_located,
            private_prosecutions=private_prosecutions,
            search_batches=search_batches,
            to=to,
            transfer_cases=transfer_cases,
            transfer_persons=transfer_persons,
            transfers=transfers,
            transfers_filed=transfers_filed,
            transfers_refused=transfers_refused,
        )

        figures_out.additional_properties = d
        return figures_out

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
