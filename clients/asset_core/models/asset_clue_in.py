from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetClueIn")


@_attrs_define
class AssetClueIn:
    """
    Attributes:
        description (str): 申请执行人提供的具体财产线索
        received_on (datetime.date): 线索接收日期
        asset_type (None | str | Unset): what a find adds to the ledger
        urgent (bool | Unset): 情况紧急: verified within 3 days instead of 7 (财产调查规定 2) Default: False.
    """

    description: str
    received_on: datetime.date
    asset_type: None | str | Unset = UNSET
    urgent: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        received_on = self.received_on.isoformat()

        asset_type: None | str | Unset
        if isinstance(self.asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = self.asset_type

        urgent = self.urgent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "received_on": received_on,
            }
        )
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if urgent is not UNSET:
            field_dict["urgent"] = urgent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        def _parse_asset_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_type = _parse_asset_type(d.pop("asset_type", UNSET))

        urgent = d.pop("urgent", UNSET)

        asset_clue_in = cls(
            description=description,
            received_on=received_on,
            asset_type=asset_type,
            urgent=urgent,
        )

        return asset_clue_in
