from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_state import CaseState

if TYPE_CHECKING:
    from ..models.case_out_deadlines_item import CaseOutDeadlinesItem
    from ..models.case_out_items_by_status import CaseOutItemsByStatus
    from ..models.case_out_litigation_type_0 import CaseOutLitigationType0
    from ..models.case_out_meetings_item import CaseOutMeetingsItem
    from ..models.case_out_objects_item import CaseOutObjectsItem
    from ..models.case_out_recommendations_item import CaseOutRecommendationsItem
    from ..models.case_out_records_item import CaseOutRecordsItem
    from ..models.case_out_reviews_item import CaseOutReviewsItem


T = TypeVar("T", bound="CaseOut")


@_attrs_define
class CaseOut:
    """
    Attributes:
        case_number (None | str):
        closed_on (datetime.date | None):
        clue_id (None | UUID):
        county_code (None | str):
        created_at (datetime.datetime):
        deadlines (list[CaseOutDeadlinesItem]):
        domain (str):
        domain_label (str):
        filed_on (datetime.date):
        id (UUID):
        items_by_status (CaseOutItemsByStatus):
        kind (str):
        kind_label (str):
        litigation (CaseOutLitigationType0 | None): court, defendant, filed_on once litigation is filed
        location (None | str):
        meetings (list[CaseOutMeetingsItem]):
        objects (list[CaseOutObjectsItem]):
        org_code (str):
        outcome (None | str):
        outcome_reason (None | str):
        recommendations (list[CaseOutRecommendationsItem]):
        records (list[CaseOutRecordsItem]):
        reviews (list[CaseOutReviewsItem]):
        river_code (None | str):
        segment_code (None | str):
        shared_with (list[str]):
        state (CaseState):
        state_label (str):
        title (str):
        updated_at (datetime.datetime):
        version (int):
    """

    case_number: None | str
    closed_on: datetime.date | None
    clue_id: None | UUID
    county_code: None | str
    created_at: datetime.datetime
    deadlines: list[CaseOutDeadlinesItem]
    domain: str
    domain_label: str
    filed_on: datetime.date
    id: UUID
    items_by_status: CaseOutItemsByStatus
    kind: str
    kind_label: str
    litigation: CaseOutLitigationType0 | None
    location: None | str
    meetings: list[CaseOutMeetingsItem]
    objects: list[CaseOutObjectsItem]
    org_code: str
    outcome: None | str
    outcome_reason: None | str
    recommendations: list[CaseOutRecommendationsItem]
    records: list[CaseOutRecordsItem]
    reviews: list[CaseOutReviewsItem]
    river_code: None | str
    segment_code: None | str
    shared_with: list[str]
    state: CaseState
    state_label: str
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.case_out_litigation_type_0 import CaseOutLitigationType0

        case_number: None | str
        case_number = self.case_number

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        clue_id: None | str
        if isinstance(self.clue_id, UUID):
            clue_id = str(self.clue_id)
        else:
            clue_id = self.clue_id

        county_code: None | str
        county_code = self.county_code

        created_at = self.created_at.isoformat()

        deadlines = []
        for deadlines_item_data in self.deadlines:
            deadlines_item = deadlines_item_data.to_dict()
            deadlines.append(deadlines_item)

        domain = self.domain

        domain_label = self.domain_label

        filed_on = self.filed_on.isoformat()

        id = str(self.id)

        items_by_status = self.items_by_status.to_dict()

        kind = self.kind

        kind_label = self.kind_label

        litigation: dict[str, Any] | None
        if isinstance(self.litigation, CaseOutLitigationType0):
            litigation = self.litigation.to_dict()
        else:
            litigation = self.litigation

        location: None | str
        location = self.location

        meetings = []
        for meetings_item_data in self.meetings:
            meetings_item = meetings_item_data.to_dict()
            meetings.append(meetings_item)

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        org_code = self.org_code

        outcome: None | str
        outcome = self.outcome

        outcome_reason: None | str
        outcome_reason = self.outcome_reason

        recommendations = []
        for recommendations_item_data in self.recommendations:
            recommendations_item = recommendations_item_data.to_dict()
            recommendations.append(recommendations_item)

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        reviews = []
        for reviews_item_data in self.reviews:
            reviews_item = reviews_item_data.to_dict()
            reviews.append(reviews_item)

        river_code: None | str
        river_code = self.river_code

        segment_code: None | str
        segment_code = self.segment_code

        shared_with = self.shared_with

        state = self.state.value

        state_label = self.state_label

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "closed_on": closed_on,
                "clue_id": clue_id,
                "county_code": county_code,
                "created_at": created_at,
                "deadlines": deadlines,
                "domain": domain,
                "domain_label": domain_label,
                "filed_on": filed_on,
                "id": id,
                "items_by_status": items_by_status,
                "kind": kind,
                "kind_label": kind_label,
                "litigation": litigation,
                "location": location,
                "meetings": meetings,
                "objects": objects,
                "org_code": org_code,
                "outcome": outcome,
                "outcome_reason": outcome_reason,
                "recommendations": recommendations,
                "records": records,
                "reviews": reviews,
                "river_code": river_code,
                "segment_code": segment_code,
                "shared_with": shared_with,
                "state": state,
                "state_label": state_label,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.case_out_deadlines_item import CaseOutDeadlinesItem
        from ..models.case_out_items_by_status import CaseOutItemsByStatus
        from ..models.case_out_litigation_type_0 import CaseOutLitigationType0
        from ..models.case_out_meetings_item import CaseOutMeetingsItem
        from ..models.case_out_objects_item import CaseOutObjectsItem
        from ..models.case_out_recommendations_item import CaseOutRecommendationsItem
        from ..models.case_out_records_item import CaseOutRecordsItem
        from ..models.case_out_reviews_item import CaseOutReviewsItem

        d = dict(src_dict)

        def _parse_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_number = _parse_case_number(d.pop("case_number"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        def _parse_clue_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                clue_id_type_0 = UUID(data)

                return clue_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        clue_id = _parse_clue_id(d.pop("clue_id"))

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        deadlines = []
        _deadlines = d.pop("deadlines")
        for deadlines_item_data in _deadlines:
            deadlines_item = CaseOutDeadlinesItem.from_dict(deadlines_item_data)

            deadlines.append(deadlines_item)

        domain = d.pop("domain")

        domain_label = d.pop("domain_label")

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        id = UUID(d.pop("id"))

        items_by_status = CaseOutItemsByStatus.from_dict(d.pop("items_by_status"))

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        def _parse_litigation(data: object) -> CaseOutLitigationType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                litigation_type_0 = CaseOutLitigationType0.from_dict(data)

                return litigation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseOutLitigationType0 | None, data)

        litigation = _parse_litigation(d.pop("litigation"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        meetings = []
        _meetings = d.pop("meetings")
        for meetings_item_data in _meetings:
            meetings_item = CaseOutMeetingsItem.from_dict(meetings_item_data)

            meetings.append(meetings_item)

        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = CaseOutObjectsItem.from_dict(objects_item_data)

            objects.append(objects_item)

        org_code = d.pop("org_code")

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_outcome_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome_reason = _parse_outcome_reason(d.pop("outcome_reason"))

        recommendations = []
        _recommendations = d.pop("recommendations")
        for recommendations_item_data in _recommendations:
            recommendations_item = CaseOutRecommendationsItem.from_dict(
                recommendations_item_data
            )

            recommendations.append(recommendations_item)

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = CaseOutRecordsItem.from_dict(records_item_data)

            records.append(records_item)

        reviews = []
        _reviews = d.pop("reviews")
        for reviews_item_data in _reviews:
            reviews_item = CaseOutReviewsItem.from_dict(reviews_item_data)

            reviews.append(reviews_item)

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

        shared_with = cast(list[str], d.pop("shared_with"))

        state = CaseState(d.pop("state"))

        state_label = d.pop("state_label")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        case_out = cls(
            case_number=case_number,
            closed_on=closed_on,
            clue_id=clue_id,
            county_code=county_code,
            created_at=created_at,
            deadlines=deadlines,
            domain=domain,
            domain_label=domain_label,
            filed_on=filed_on,
            id=id,
            items_by_status=items_by_status,
            kind=kind,
            kind_label=kind_label,
            litigation=litigation,
            location=location,
            meetings=meetings,
            objects=objects,
            org_code=org_code,
            outcome=outcome,
            outcome_reason=outcome_reason,
            recommendations=recommendations,
            records=records,
            reviews=reviews,
            river_code=river_code,
            segment_code=segment_code,
            shared_with=shared_with,
            state=state,
            state_label=state_label,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        case_out.additional_properties = d
        return case_out

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
