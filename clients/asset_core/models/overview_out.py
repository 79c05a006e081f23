from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.core_figures_out import CoreFiguresOut
    from ..models.overview_out_linkages import OverviewOutLinkages


T = TypeVar("T", bound="OverviewOut")


@_attrs_define
class OverviewOut:
    """
    Attributes:
        core (CoreFiguresOut):
        court (str):
        from_ (datetime.date):
        linkages (OverviewOutLinkages):
        to (datetime.date):
    """

    core: CoreFiguresOut
    court: str
    from_: datetime.date
    linkages: OverviewOutLinkages
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        core = self.core.to_dict()

        court = self.court

        from_ = self.from_.isoformat()

        linkages = self.linkages.to_dict()

        to = self.to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "core": core,
                "court": court,
                "from": from_,
                "linkages": linkages,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.core_figures_out import CoreFiguresOut
        from ..models.overview_out_linkages import OverviewOutLinkages

        d = dict(src_dict)
        core = CoreFiguresOut.from_dict(d.pop("core"))

        court = d.pop("court")

        from_ = datetime.date.fromisoformat(d.pop("from"))

        linkages = OverviewOutLinkages.from_dict(d.pop("linkages"))

        to = datetime.date.fromisoformat(d.pop("to"))

        overview_out = cls(
            core=core,
            court=court,
            from_=from_,
            linkages=linkages,
            to=to,
        )

        overview_out.additional_properties = d
        return overview_out

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
