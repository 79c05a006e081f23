from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetClueOut")


@_attrs_define
class AssetClueOut:
    """
    Attributes:
        asset_id (None | UUID):
        asset_type (None | str):
        case_id (UUID):
        description (str):
        due_on (datetime.date): 7 days (3 if urgent) after receipt, moved off rest days (财产调查规定 2)
        id (UUID):
        moved_for_holiday_from (datetime.date | None):
        received_on (datetime.date):
        result (None | str):
        urgent (bool):
        verified_on (datetime.date | None):
        status (None | str | Unset): pending / due / overdue / done / done_late
    """

    asset_id: None | UUID
    asset_type: None | str
    case_id: UUID
    description: str
    due_on: datetime.date
    id: UUID
    moved_for_holiday_from: datetime.date | None
    received_on: datetime.date
    result: None | str
    urgent: bool
    verified_on: datetime.date | None
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id: None | str
        if isinstance(self.asset_id, UUID):
            asset_id = str(self.asset_id)
        else:
            asset_id = self.asset_id

        asset_type: None | str
        asset_type = self.asset_type

        case_id = str(self.case_id)

        description = self.description

        due_on = self.due_on.isoformat()

        id = str(self.id)

        moved_for_holiday_from: None | str
        if isinstance(self.moved_for_holiday_from, datetime.date):
            moved_for_holiday_from = self.moved_for_holiday_from.isoformat()
        else:
            moved_for_holiday_from = self.moved_for_holiday_from

        received_on = self.received_on.isoformat()

        result: None | str
        result = self.result

        urgent = self.urgent

        verified_on: None | str
        if isinstance(self.verified_on, datetime.date):
            verified_on = self.verified_on.isoformat()
        else:
            verified_on = self.verified_on

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "asset_type": asset_type,
                "case_id": case_id,
                "description": description,
                "due_on": due_on,
                "id": id,
                "moved_for_holiday_from": moved_for_holiday_from,
                "received_on": received_on,
                "result": result,
                "urgent": urgent,
                "verified_on": verified_on,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        def _parse_asset_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        asset_type = _parse_asset_type(d.pop("asset_type"))

        case_id = UUID(d.pop("case_id"))

        description = d.pop("description")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        id = UUID(d.pop("id"))

        def _parse_moved_for_holiday_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moved_for_holiday_from_type_0 = datetime.date.fromisoformat(data)

                return moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        moved_for_holiday_from = _parse_moved_for_holiday_from(
            d.pop("moved_for_holiday_from")
        )

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        def _parse_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result = _parse_result(d.pop("result"))

        urgent = d.pop("urgent")

        def _parse_verified_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_on_type_0 = datetime.date.fromisoformat(data)

                return verified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        verified_on = _parse_verified_on(d.pop("verified_on"))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        asset_clue_out = cls(
            asset_id=asset_id,
            asset_type=asset_type,
            case_id=case_id,
            description=description,
            due_on=due_on,
            id=id,
            moved_for_holiday_from=moved_for_holiday_from,
            received_on=received_on,
            result=result,
            urgent=urgent,
            verified_on=verified_on,
            status=status,
        )

        asset_clue_out.additional_properties = d
        return asset_clue_out

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
