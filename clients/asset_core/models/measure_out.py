from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.measure_out_renewals_item import MeasureOutRenewalsItem


T = TypeVar("T", bound="MeasureOut")


@_attrs_define
class MeasureOut:
    """
    Attributes:
        amount_fen (int | None):
        asset_id (UUID):
        case_id (UUID):
        created_at (datetime.datetime):
        expiry_on (datetime.date | None):
        flexible (bool):
        id (UUID):
        kind (str): freeze 冻结 / seal 查封 / seize 扣押
        months (int):
        queued_on (datetime.date | None):
        release_reason (None | str):
        released_on (datetime.date | None):
        renewals (list[MeasureOutRenewalsItem]):
        seq (int):
        start_on (datetime.date | None):
        status (str): queued / active / released / lapsed
        updated_at (datetime.datetime):
        warned_for_expiry (datetime.date | None):
    """

    amount_fen: int | None
    asset_id: UUID
    case_id: UUID
    created_at: datetime.datetime
    expiry_on: datetime.date | None
    flexible: bool
    id: UUID
    kind: str
    months: int
    queued_on: datetime.date | None
    release_reason: None | str
    released_on: datetime.date | None
    renewals: list[MeasureOutRenewalsItem]
    seq: int
    start_on: datetime.date | None
    status: str
    updated_at: datetime.datetime
    warned_for_expiry: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen: int | None
        amount_fen = self.amount_fen

        asset_id = str(self.asset_id)

        case_id = str(self.case_id)

        created_at = self.created_at.isoformat()

        expiry_on: None | str
        if isinstance(self.expiry_on, datetime.date):
            expiry_on = self.expiry_on.isoformat()
        else:
            expiry_on = self.expiry_on

        flexible = self.flexible

        id = str(self.id)

        kind = self.kind

        months = self.months

        queued_on: None | str
        if isinstance(self.queued_on, datetime.date):
            queued_on = self.queued_on.isoformat()
        else:
            queued_on = self.queued_on

        release_reason: None | str
        release_reason = self.release_reason

        released_on: None | str
        if isinstance(self.released_on, datetime.date):
            released_on = self.released_on.isoformat()
        else:
            released_on = self.released_on

        renewals = []
        for renewals_item_data in self.renewals:
            renewals_item = renewals_item_data.to_dict()
            renewals.append(renewals_item)

        seq = self.seq

        start_on: None | str
        if isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        status = self.status

        updated_at = self.updated_at.isoformat()

        warned_for_expiry: None | str
        if isinstance(self.warned_for_expiry, datetime.date):
            warned_for_expiry = self.warned_for_expiry.isoformat()
        else:
            warned_for_expiry = self.warned_for_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "asset_id": asset_id,
                "case_id": case_id,
                "created_at": created_at,
                "expiry_on": expiry_on,
                "flexible": flexible,
                "id": id,
                "kind": kind,
                "months": months,
                "queued_on": queued_on,
                "release_reason": release_reason,
                "released_on": released_on,
                "renewals": renewals,
                "seq": seq,
                "start_on": start_on,
                "status": status,
                "updated_at": updated_at,
                "warned_for_expiry": warned_for_expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.measure_out_renewals_item import MeasureOutRenewalsItem

        d = dict(src_dict)

        def _parse_amount_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_fen = _parse_amount_fen(d.pop("amount_fen"))

        asset_id = UUID(d.pop("asset_id"))

        case_id = UUID(d.pop("case_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_expiry_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_on_type_0 = datetime.date.fromisoformat(data)

                return expiry_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expiry_on = _parse_expiry_on(d.pop("expiry_on"))

        flexible = d.pop("flexible")

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        months = d.pop("months")

        def _parse_queued_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                queued_on_type_0 = datetime.date.fromisoformat(data)

                return queued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        queued_on = _parse_queued_on(d.pop("queued_on"))

        def _parse_release_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release_reason = _parse_release_reason(d.pop("release_reason"))

        def _parse_released_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_on_type_0 = datetime.date.fromisoformat(data)

                return released_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        released_on = _parse_released_on(d.pop("released_on"))

        renewals = []
        _renewals = d.pop("renewals")
        for renewals_item_data in _renewals:
            renewals_item = MeasureOutRenewalsItem.from_dict(renewals_item_data)

            renewals.append(renewals_item)

        seq = d.pop("seq")

        def _parse_start_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_on_type_0 = datetime.date.fromisoformat(data)

                return start_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_on = _parse_start_on(d.pop("start_on"))

        status = d.pop("status")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_warned_for_expiry(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warned_for_expiry_type_0 = datetime.date.fromisoformat(data)

                return warned_for_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        warned_for_expiry = _parse_warned_for_expiry(d.pop("warned_for_expiry"))

        measure_out = cls(
            amount_fen=amount_fen,
            asset_id=asset_id,
            case_id=case_id,
            created_at=created_at,
            expiry_on=expiry_on,
            flexible=flexible,
            id=id,
            kind=kind,
            months=months,
            queued_on=queued_on,
            release_reason=release_reason,
            released_on=released_on,
            renewals=renewals,
            seq=seq,
            start_on=start_on,
            status=status,
            updated_at=updated_at,
            warned_for_expiry=warned_for_expiry,
        )

        measure_out.additional_properties = d
        return measure_out

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
