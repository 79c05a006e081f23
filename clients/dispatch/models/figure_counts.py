from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FigureCounts")


@_attrs_define
class FigureCounts:
    """
    Attributes:
        alarms_received (int): 接警
        detentions (int): 司法拘留
        dispatches (int): 出警
        fines (int): 罚款
        fines_fen (int): 罚款金额（分）
        officer_dispatches (int): 出警人次
    """

    alarms_received: int
    detentions: int
    dispatches: int
    fines: int
    fines_fen: int
    officer_dispatches: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarms_received = self.alarms_received

        detentions = self.detentions

        dispatches = self.dispatches

        fines = self.fines

        fines_fen = self.fines_fen

        officer_dispatches = self.officer_dispatches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alarms_received": alarms_received,
                "detentions": detentions,
                "dispatches": dispatches,
                "fines": fines,
                "fines_fen": fines_fen,
                "officer_dispatches": officer_dispatches,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        alarms_received = d.pop("alarms_received")

        detentions = d.pop("detentions")

        dispatches = d.pop("dispatches")

        fines = d.pop("fines")

        fines_fen = d.pop("fines_fen")

        officer_dispatches = d.pop("officer_dispatches")

        figure_counts = cls(
            alarms_received=alarms_received,
            detentions=detentions,
            dispatches=dispatches,
            fines=fines,
            fines_fen=fines_fen,
            officer_dispatches=officer_dispatches,
        )

        figure_counts.additional_properties = d
        return figure_counts

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
