from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.measure_state_out_renewals_item import MeasureStateOutRenewalsItem


T = TypeVar("T", bound="MeasureStateOut")


@_attrs_define
class MeasureStateOut:
    """
    Attributes:
        amount_fen (int | None):
        asset_id (UUID):
        expiry_on (datetime.date | None):
        flexible (bool):
        id (UUID):
        kind (str):
        kind_label (str):
        queued_on (datetime.date | None):
        release_reason (None | str):
        released_on (datetime.date | None):
        renewals (list[MeasureStateOutRenewalsItem]):
        start_on (datetime.date | None):
        status (str): queued / active / expiring / lapsed / released
    """

    amount_fen: int | None
    asset_id: UUID
    expiry_on: datetime.date | None
    flexible: bool
    id: UUID
    kind: str
    kind_label: str
    queued_on: datetime.date | None
    release_reason: None | str
    released_on: datetime.date | None
    renewals: list[MeasureStateOutRenewalsItem]
    start_on: datetime.date | None
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen: int | None
        amount_fen = self.amount_fen

        asset_id = str(self.asset_id)

        expiry_on: None | str
        if isinstance(self.expiry_on, datetime.date):
            expiry_on = self.expiry_on.isoformat()
        else:
            expiry_on = self.expiry_on

        flexible = self.flexible

        id = str(self.id)

        kind = self.kind

        kind_label = self.kind_label

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

        start_on: None | str
        if isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "asset_id": asset_id,
                "expiry_on": expiry_on,
                "flexible": flexible,
                "id": id,
                "kind": kind,
                "kind_label": kind_label,
                "queued_on": queued_on,
                "release_reason": release_reason,
                "released_on": released_on,
                "renewals": renewals,
                "start_on": start_on,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.measure_state_out_renewals_item import MeasureStateOutRenewalsItem

        d = dict(src_dict)

        def _parse_amount_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_fen = _parse_amount_fen(d.pop("amount_fen"))

        asset_id = UUID(d.pop("asset_id"))

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

        kind_label = d.pop("kind_label")

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
            renewals_item = MeasureStateOutRenewalsItem.from_dict(renewals_item_data)

            renewals.append(renewals_item)

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

        measure_state_out = cls(
            amount_fen=amount_fen,
            asset_id=asset_id,
            expiry_on=expiry_on,
            flexible=flexible,
            id=id,
            kind=kind,
            kind_label=kind_label,
            queued_on=queued_on,
            release_reason=release_reason,
            released_on=released_on,
            renewals=renewals,
            start_on=start_on,
            status=status,
        )

        measure_state_out.additional_properties = d
        return measure_state_out

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
