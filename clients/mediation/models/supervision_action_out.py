from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supervision_action_out_kind import SupervisionActionOutKind

T = TypeVar("T", bound="SupervisionActionOut")


@_attrs_define
class SupervisionActionOut:
    """
    Attributes:
        acted_by (str):
        at (datetime.datetime):
        center_case_id (None | UUID):
        court_code (str):
        id (UUID):
        kind (SupervisionActionOutKind):
        kind_label (str):
        mediator_id (None | UUID):
        note (str):
        respond_by (datetime.date | None):
        team (None | str):
    """

    acted_by: str
    at: datetime.datetime
    center_case_id: None | UUID
    court_code: str
    id: UUID
    kind: SupervisionActionOutKind
    kind_label: str
    mediator_id: None | UUID
    note: str
    respond_by: datetime.date | None
    team: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acted_by = self.acted_by

        at = self.at.isoformat()

        center_case_id: None | str
        if isinstance(self.center_case_id, UUID):
            center_case_id = str(self.center_case_id)
        else:
            center_case_id = self.center_case_id

        court_code = self.court_code

        id = str(self.id)

        kind = self.kind.value

        kind_label = self.kind_label

        mediator_id: None | str
        if isinstance(self.mediator_id, UUID):
            mediator_id = str(self.mediator_id)
        else:
            mediator_id = self.mediator_id

        note = self.note

        respond_by: None | str
        if isinstance(self.respond_by, datetime.date):
            respond_by = self.respond_by.isoformat()
        else:
            respond_by = self.respond_by

        team: None | str
        team = self.team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acted_by": acted_by,
                "at": at,
                "center_case_id": center_case_id,
                "court_code": court_code,
                "id": id,
                "kind": kind,
                "kind_label": kind_label,
                "mediator_id": mediator_id,
                "note": note,
                "respond_by": respond_by,
                "team": team,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        acted_by = d.pop("acted_by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_center_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                center_case_id_type_0 = UUID(data)

                return center_case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        center_case_id = _parse_center_case_id(d.pop("center_case_id"))

        court_code = d.pop("court_code")

        id = UUID(d.pop("id"))

        kind = SupervisionActionOutKind(d.pop("kind"))

        kind_label = d.pop("kind_label")

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

        note = d.pop("note")

        def _parse_respond_by(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                respond_by_type_0 = datetime.date.fromisoformat(data)

                return respond_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        respond_by = _parse_respond_by(d.pop("respond_by"))

        def _parse_team(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team = _parse_team(d.pop("team"))

        supervision_action_out = cls(
            acted_by=acted_by,
            at=at,
            center_case_id=center_case_id,
            court_code=court_code,
            id=id,
            kind=kind,
            kind_label=kind_label,
            mediator_id=mediator_id,
            note=note,
            respond_by=respond_by,
            team=team,
        )

        supervision_action_out.additional_properties = d
        return supervision_action_out

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
