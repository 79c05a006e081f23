from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_clue_out import AssetClueOut
    from ..models.change_report_out import ChangeReportOut


T = TypeVar("T", bound="AssetClueList")


@_attrs_define
class AssetClueList:
    """
    Attributes:
        change_reports (list[ChangeReportOut]):
        items (list[AssetClueOut]):
    """

    change_reports: list[ChangeReportOut]
    items: list[AssetClueOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_reports = []
        for change_reports_item_data in self.change_reports:
            change_reports_item = change_reports_item_data.to_dict()
            change_reports.append(change_reports_item)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change_reports": change_reports,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_clue_out import AssetClueOut
        from ..models.change_report_out import ChangeReportOut

        d = dict(src_dict)
        change_reports = []
        _change_reports = d.pop("change_reports")
        for change_reports_item_data in _change_reports:
            change_reports_item = ChangeReportOut.from_dict(change_reports_item_data)

            change_reports.append(change_reports_item)

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AssetClueOut.from_dict(items_item_data)

            items.append(items_item)

        asset_clue_list = cls(
            change_reports=change_reports,
            items=items,
        )

        asset_clue_list.additional_properties = d
        return asset_clue_list

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
