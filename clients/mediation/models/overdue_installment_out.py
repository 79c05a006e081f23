from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OverdueInstallmentOut")


@_attrs_define
class OverdueInstallmentOut:
    """
    Attributes:
        case_number (str):
        center_case_id (UUID):
        due_on (datetime.date):
        installment_no (int):
        mediator_id (None | UUID):
        mediator_name (None | str):
        settlement_id (UUID):
        team (None | str):
        unpaid_fen (int):
    """

    case_number: str
    center_case_id: UUID
    due_on: datetime.date
    installment_no: int
    mediator_id: None | UUID
    mediator_name: None | str
    settlement_id: UUID
    team: None | str
    unpaid_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        center_case_id = str(self.center_case_id)

        due_on = self.due_on.isoformat()

        installment_no = self.installment_no

        mediator_id: None | str
        if isinstance(self.mediator_id, UUID):
            mediator_id = str(self.mediator_id)
        else:
            mediator_id = self.mediator_id

        mediator_name: None | str
        mediator_name = self.mediator_name

        settlement_id = str(self.settlement_id)

        team: None | str
        team = self.team

        unpaid_fen = self.unpaid_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "center_case_id": center_case_id,
                "due_on": due_on,
                "installment_no": installment_no,
                "mediator_id": mediator_id,
                "mediator_name": mediator_name,
                "settlement_id": settlement_id,
                "team": team,
                "unpaid_fen": unpaid_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_number = d.pop("case_number")

        center_case_id = UUID(d.pop("center_case_id"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        installment_no = d.pop("installment_no")

        def _parse_mediator_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mediator_id_type_0 = UUID(data)

                return mediator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        mediator_id = _parse_mediator_id(d.pop("mediator_id"))

        def _parse_mediator_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mediator_name = _parse_mediator_name(d.pop("mediator_name"))

        settlement_id = UUID(d.pop("settlement_id"))

        def _parse_team(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team = _parse_team(d.pop("team"))

        unpaid_fen = d.pop("unpaid_fen")

        overdue_installment_out = cls(
            case_number=case_number,
            center_case_id=center_case_id,
            due_on=due_on,
            installment_no=installment_no,
            mediator_id=mediator_id,
            mediator_name=mediator_name,
            settlement_id=settlement_id,
            team=team,
            unpaid_fen=unpaid_fen,
        )

        overdue_installment_out.additional_properties = d
        return overdue_installment_out

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
