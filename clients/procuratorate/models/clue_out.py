from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClueOut")


@_attrs_define
class ClueOut:
    """
    Attributes:
        case_id (None | UUID):
        county_code (None | str):
        created_at (datetime.datetime):
        evaluated_on (datetime.date | None):
        evaluation_reason (None | str):
        from_org (None | str):
        id (UUID):
        location (None | str):
        org_code (str):
        received_on (datetime.date):
        referred_to (None | str):
        river_code (None | str):
        segment_code (None | str):
        source (str):
        source_label (str):
        source_name (None | str):
        status (str):
        status_label (str):
        summary (str):
        transfer_id (None | str):
        referred_kind (None | str | Unset): 河长办 river_chief_office / procuratorate
    """

    case_id: None | UUID
    county_code: None | str
    created_at: datetime.datetime
    evaluated_on: datetime.date | None
    evaluation_reason: None | str
    from_org: None | str
    id: UUID
    location: None | str
    org_code: str
    received_on: datetime.date
    referred_to: None | str
    river_code: None | str
    segment_code: None | str
    source: str
    source_label: str
    source_name: None | str
    status: str
    status_label: str
    summary: str
    transfer_id: None | str
    referred_kind: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        county_code: None | str
        county_code = self.county_code

        created_at = self.created_at.isoformat()

        evaluated_on: None | str
        if isinstance(self.evaluated_on, datetime.date):
            evaluated_on = self.evaluated_on.isoformat()
        else:
            evaluated_on = self.evaluated_on

        evaluation_reason: None | str
        evaluation_reason = self.evaluation_reason

        from_org: None | str
        from_org = self.from_org

        id = str(self.id)

        location: None | str
        location = self.location

        org_code = self.org_code

        received_on = self.received_on.isoformat()

        referred_to: None | str
        referred_to = self.referred_to

        river_code: None | str
        river_code = self.river_code

        segment_code: None | str
        segment_code = self.segment_code

        source = self.source

        source_label = self.source_label

        source_name: None | str
        source_name = self.source_name

        status = self.status

        status_label = self.status_label

        summary = self.summary

        transfer_id: None | str
        transfer_id = self.transfer_id

        referred_kind: None | str | Unset
        if isinstance(self.referred_kind, Unset):
            referred_kind = UNSET
        else:
            referred_kind = self.referred_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "county_code": county_code,
                "created_at": created_at,
                "evaluated_on": evaluated_on,
                "evaluation_reason": evaluation_reason,
                "from_org": from_org,
                "id": id,
                "location": location,
                "org_code": org_code,
                "received_on": received_on,
                "referred_to": referred_to,
                "river_code": river_code,
                "segment_code": segment_code,
                "source": source,
                "source_label": source_label,
                "source_name": source_name,
                "status": status,
                "status_label": status_label,
                "summary": summary,
                "transfer_id": transfer_id,
            }
        )
        if referred_kind is not UNSET:
            field_dict["referred_kind"] = referred_kind

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        case_id = _parse_case_id(d.pop("case_id"))

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_evaluated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluated_on_type_0 = datetime.date.fromisoformat(data)

                return evaluated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        evaluated_on = _parse_evaluated_on(d.pop("evaluated_on"))

        def _parse_evaluation_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        evaluation_reason = _parse_evaluation_reason(d.pop("evaluation_reason"))

        def _parse_from_org(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_org = _parse_from_org(d.pop("from_org"))

        id = UUID(d.pop("id"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        org_code = d.pop("org_code")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        def _parse_referred_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referred_to = _parse_referred_to(d.pop("referred_to"))

        def _parse_river_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        river_code = _parse_river_code(d.pop("river_code"))

        def _parse_segment_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        segment_code = _parse_segment_code(d.pop("segment_code"))

        source = d.pop("source")

        source_label = d.pop("source_label")

        def _parse_source_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_name = _parse_source_name(d.pop("source_name"))

        status = d.pop("status")

        status_label = d.pop("status_label")

        summary = d.pop("summary")

        def _parse_transfer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        transfer_id = _parse_transfer_id(d.pop("transfer_id"))

        def _parse_referred_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referred_kind = _parse_referred_kind(d.pop("referred_kind", UNSET))

        clue_out = cls(
            case_id=case_id,
            county_code=county_code,
            created_at=created_at,
            evaluated_on=evaluated_on,
            evaluation_reason=evaluation_reason,
            from_org=from_org,
            id=id,
            location=location,
            org_code=org_code,
            received_on=received_on,
            referred_to=referred_to,
            river_code=river_code,
            segment_code=segment_code,
            source=source,
            source_label=source_label,
            source_name=source_name,
            status=status,
            status_label=status_label,
            summary=summary,
            transfer_id=transfer_id,
            referred_kind=referred_kind,
        )

        clue_out.additional_properties = d
        return clue_out

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
