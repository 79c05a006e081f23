from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.finding import Finding
from ..models.outcome import Outcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyIn")


@_attrs_define
class VerifyIn:
    """
    Attributes:
        outcome (Outcome):
        asset_type (None | str | Unset):
        description (None | str | Unset):
        estimated_value_fen (int | None | Unset):
        finding (Finding | None | Unset): person_located / asset_found (useful only)
        known_asset_id (None | Unset | UUID): the ledger's asset the court already held
        location (None | str | Unset):
        on (datetime.date | None | Unset):
    """

    outcome: Outcome
    asset_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    estimated_value_fen: int | None | Unset = UNSET
    finding: Finding | None | Unset = UNSET
    known_asset_id: None | Unset | UUID = UNSET
    location: None | str | Unset = UNSET
    on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        asset_type: None | str | Unset
        if isinstance(self.asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = self.asset_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        estimated_value_fen: int | None | Unset
        if isinstance(self.estimated_value_fen, Unset):
            estimated_value_fen = UNSET
        else:
            estimated_value_fen = self.estimated_value_fen

        finding: None | str | Unset
        if isinstance(self.finding, Unset):
            finding = UNSET
        elif isinstance(self.finding, Finding):
            finding = self.finding.value
        else:
            finding = self.finding

        known_asset_id: None | str | Unset
        if isinstance(self.known_asset_id, Unset):
            known_asset_id = UNSET
        elif isinstance(self.known_asset_id, UUID):
            known_asset_id = str(self.known_asset_id)
        else:
            known_asset_id = self.known_asset_id

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
            }
        )
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if description is not UNSET:
            field_dict["description"] = description
        if estimated_value_fen is not UNSET:
            field_dict["estimated_value_fen"] = estimated_value_fen
        if finding is not UNSET:
            field_dict["finding"] = finding
        if known_asset_id is not UNSET:
            field_dict["known_asset_id"] = known_asset_id
        if location is not UNSET:
            field_dict["location"] = location
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outcome = Outcome(d.pop("outcome"))

        def _parse_asset_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_type = _parse_asset_type(d.pop("asset_type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_estimated_value_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_value_fen = _parse_estimated_value_fen(
            d.pop("estimated_value_fen", UNSET)
        )

        def _parse_finding(data: object) -> Finding | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finding_type_0 = Finding(data)

                return finding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Finding | None | Unset, data)

        finding = _parse_finding(d.pop("finding", UNSET))

        def _parse_known_asset_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                known_asset_id_type_0 = UUID(data)

                return known_asset_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        known_asset_id = _parse_known_asset_id(d.pop("known_asset_id", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

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

        verify_in = cls(
            outcome=outcome,
            asset_type=asset_type,
            description=description,
            estimated_value_fen=estimated_value_fen,
            finding=finding,
            known_asset_id=known_asset_id,
            location=location,
            on=on,
        )

        return verify_in
