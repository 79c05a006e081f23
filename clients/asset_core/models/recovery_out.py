from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecoveryOut")


@_attrs_define
class RecoveryOut:
    """
    Attributes:
        amount_fen (int):
        asset_id (None | UUID):
        case_id (UUID):
        created_at (datetime.datetime):
        id (UUID):
        received_on (datetime.date):
        source (str):
        source_event_id (None | str):
    """

    amount_fen: int
    asset_id: None | UUID
    case_id: UUID
    created_at: datetime.datetime
    id: UUID
    received_on: datetime.date
    source: str
    source_event_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        asset_id: None | str
        if isinstance(self.asset_id, UUID):
            asset_id = str(self.asset_id)
        else:
            asset_id = self.asset_id

        case_id = str(self.case_id)

        created_at = self.created_at.isoformat()

        id = str(self.id)

        received_on = self.received_on.isoformat()

        source = self.source

        source_event_id: None | str
        source_event_id = self.source_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "asset_id": asset_id,
                "case_id": case_id,
                "created_at": created_at,
                "id": id,
                "received_on": received_on,
                "source": source,
                "source_event_id": source_event_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        def _parse_asset_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asset_id_type_0 = UUID(data)

                return asset_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        asset_id = _parse_asset_id(d.pop("asset_id"))

        case_id = UUID(d.pop("case_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        source = d.pop("source")

        def _parse_source_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_event_id = _parse_source_event_id(d.pop("source_event_id"))

        recovery_out = cls(
            amount_fen=amount_fen,
            asset_id=asset_id,
            case_id=case_id,
            created_at=created_at,
            id=id,
            received_on=received_on,
            source=source,
            source_event_id=source_event_id,
        )

        recovery_out.additional_properties = d
        return recovery_out

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
