from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.recovery_in_source import RecoveryInSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecoveryIn")


@_attrs_define
class RecoveryIn:
    """
    Attributes:
        amount_fen (int):
        source (RecoveryInSource):
        asset_id (None | Unset | UUID): the case's asset the money came from (a bounty reward is paid on it)
        received_on (datetime.date | None | Unset):
    """

    amount_fen: int
    source: RecoveryInSource
    asset_id: None | Unset | UUID = UNSET
    received_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        source = self.source.value

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        elif isinstance(self.asset_id, UUID):
            asset_id = str(self.asset_id)
        else:
            asset_id = self.asset_id

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
                "amount_fen": amount_fen,
                "source": source,
            }
        )
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if received_on is not UNSET:
            field_dict["received_on"] = received_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        source = RecoveryInSource(d.pop("source"))

        def _parse_asset_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asset_id_type_0 = UUID(data)

                return asset_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        asset_id = _parse_asset_id(d.pop("asset_id", UNSET))

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

        recovery_in = cls(
            amount_fen=amount_fen,
            source=source,
            asset_id=asset_id,
            received_on=received_on,
        )

        return recovery_in
