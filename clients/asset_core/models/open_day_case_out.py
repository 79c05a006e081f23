from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.open_day_step_out import OpenDayStepOut


T = TypeVar("T", bound="OpenDayCaseOut")


@_attrs_define
class OpenDayCaseOut:
    """
    Attributes:
        amount_owed_fen (int | None):
        applicants (list[str]): 王某 / 某某公司: never a full name
        case_number (str):
        court_code (str):
        recovered_fen (int | None):
        respondents (list[str]):
        show_amounts (bool):
        state_label (str):
        timeline (list[OpenDayStepOut]):
    """

    amount_owed_fen: int | None
    applicants: list[str]
    case_number: str
    court_code: str
    recovered_fen: int | None
    respondents: list[str]
    show_amounts: bool
    state_label: str
    timeline: list[OpenDayStepOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_owed_fen: int | None
        amount_owed_fen = self.amount_owed_fen

        applicants = self.applicants

        case_number = self.case_number

        court_code = self.court_code

        recovered_fen: int | None
        recovered_fen = self.recovered_fen

        respondents = self.respondents

        show_amounts = self.show_amounts

        state_label = self.state_label

        timeline = []
        for timeline_item_data in self.timeline:
            timeline_item = timeline_item_data.to_dict()
            timeline.append(timeline_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_owed_fen": amount_owed_fen,
                "applicants": applicants,
                "case_number": case_number,
                "court_code": court_code,
                "recovered_fen": recovered_fen,
                "respondents": respondents,
                "show_amounts": show_amounts,
                "state_label": state_label,
                "timeline": timeline,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.open_day_step_out import OpenDayStepOut

        d = dict(src_dict)

        def _parse_amount_owed_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_owed_fen = _parse_amount_owed_fen(d.pop("amount_owed_fen"))

        applicants = cast(list[str], d.pop("applicants"))

        case_number = d.pop("case_number")

        court_code = d.pop("court_code")

        def _parse_recovered_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        recovered_fen = _parse_recovered_fen(d.pop("recovered_fen"))

        respondents = cast(list[str], d.pop("respondents"))

        show_amounts = d.pop("show_amounts")

        state_label = d.pop("state_label")

        timeline = []
        _timeline = d.pop("timeline")
        for timeline_item_data in _timeline:
            timeline_item = OpenDayStepOut.from_dict(timeline_item_data)

            timeline.append(timeline_item)

        open_day_case_out = cls(
            amount_owed_fen=amount_owed_fen,
            applicants=applicants,
            case_number=case_number,
            court_code=court_code,
            recovered_fen=recovered_fen,
            respondents=respondents,
            show_amounts=show_amounts,
            state_label=state_label,
            timeline=timeline,
        )

        open_day_case_out.additional_properties = d
        return open_day_case_out

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
