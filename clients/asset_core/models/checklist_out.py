from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.checklist_item_out import ChecklistItemOut
    from ..models.investigation_result_out import InvestigationResultOut


T = TypeVar("T", bound="ChecklistOut")


@_attrs_define
class ChecklistOut:
    """
    Attributes:
        asset_report_order_on (datetime.date | None):
        complete (bool):
        consumption_restriction_on (datetime.date | None):
        coverage (float): share of the required categories with a result, 0..1
        gaps (list[str]):
        required (list[ChecklistItemOut]):
        results (list[InvestigationResultOut]):
    """

    asset_report_order_on: datetime.date | None
    complete: bool
    consumption_restriction_on: datetime.date | None
    coverage: float
    gaps: list[str]
    required: list[ChecklistItemOut]
    results: list[InvestigationResultOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_report_order_on: None | str
        if isinstance(self.asset_report_order_on, datetime.date):
            asset_report_order_on = self.asset_report_order_on.isoformat()
        else:
            asset_report_order_on = self.asset_report_order_on

        complete = self.complete

        consumption_restriction_on: None | str
        if isinstance(self.consumption_restriction_on, datetime.date):
            consumption_restriction_on = self.consumption_restriction_on.isoformat()
        else:
            consumption_restriction_on = self.consumption_restriction_on

        coverage = self.coverage

        gaps = self.gaps

        required = []
        for required_item_data in self.required:
            required_item = required_item_data.to_dict()
            required.append(required_item)

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_report_order_on": asset_report_order_on,
                "complete": complete,
                "consumption_restriction_on": consumption_restriction_on,
                "coverage": coverage,
                "gaps": gaps,
                "required": required,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.checklist_item_out import ChecklistItemOut
        from ..models.investigation_result_out import InvestigationResultOut

        d = dict(src_dict)

        def _parse_asset_report_order_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asset_report_order_on_type_0 = datetime.date.fromisoformat(data)

                return asset_report_order_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        asset_report_order_on = _parse_asset_report_order_on(
            d.pop("asset_report_order_on")
        )

        complete = d.pop("complete")

        def _parse_consumption_restriction_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consumption_restriction_on_type_0 = datetime.date.fromisoformat(data)

                return consumption_restriction_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        consumption_restriction_on = _parse_consumption_restriction_on(
            d.pop("consumption_restriction_on")
        )

        coverage = d.pop("coverage")

        gaps = cast(list[str], d.pop("gaps"))

        required = []
        _required = d.pop("required")
        for required_item_data in _required:
            required_item = ChecklistItemOut.from_dict(required_item_data)

            required.append(required_item)

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = InvestigationResultOut.from_dict(results_item_data)

            results.append(results_item)

        checklist_out = cls(
            asset_report_order_on=asset_report_order_on,
            complete=complete,
            consumption_restriction_on=consumption_restriction_on,
            coverage=coverage,
            gaps=gaps,
            required=required,
            results=results,
        )

        checklist_out.additional_properties = d
        return checklist_out

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
