from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecoveryItemOut")


@_attrs_define
class RecoveryItemOut:
    """
    Attributes:
        amount_fen (int):
        asset_id (None | UUID):
        id (UUID):
        received_on (datetime.date):
        source (str):
    """

    amount_fen: int
    asset_id: None | UUID
    id: UUID
    received_on: datetime.date
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        asset_id: None | str
        if isinstance(self.asset_id, UUID):
            asset_id = str(self.asset_id)
        else:
            asset_id = self.asset_id

        id = str(self.id)

        received_on = self.received_on.isoformat()

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "asset_id": asset_id,
                "id": id,
                "received_on": received_on,
                "source": source,
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

        id = UUID(d.pop("id"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        source = d.pop("source")

        recovery_item_out = cls(
            amount_fen=amount_fen,
            asset_id=asset_id,
            id=id,
            received_on=received_on,
            source=source,
        )

        recovery_item_out.additional_properties = d
        return recovery_item_out

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
