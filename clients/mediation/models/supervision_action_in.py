from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.supervision_action_in_kind import SupervisionActionInKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupervisionActionIn")


@_attrs_define
class SupervisionActionIn:
    """
    Attributes:
        kind (SupervisionActionInKind): reminder 催办 / instruction 督办 / escalation 提级督办 / review 检查
        note (str):
        center_case_id (None | Unset | UUID):
        mediator_id (None | Unset | UUID):
        respond_by (datetime.date | None | Unset):
        team (None | str | Unset):
    """

    kind: SupervisionActionInKind
    note: str
    center_case_id: None | Unset | UUID = UNSET
    mediator_id: None | Unset | UUID = UNSET
    respond_by: datetime.date | None | Unset = UNSET
    team: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        note = self.note

        center_case_id: None | str | Unset
        if isinstance(self.center_case_id, Unset):
            center_case_id = UNSET
        elif isinstance(self.center_case_id, UUID):
            center_case_id = str(self.center_case_id)
        else:
            center_case_id = self.center_case_id

        mediator_id: None | str | Unset
        if isinstance(self.mediator_id, Unset):
            mediator_id = UNSET
        elif isinstance(self.mediator_id, UUID):
            mediator_id = str(self.mediator_id)
        else:
            mediator_id = self.mediator_id

        respond_by: None | str | Unset
        if isinstance(self.respond_by, Unset):
            respond_by = UNSET
        elif isinstance(self.respond_by, datetime.date):
            respond_by = self.respond_by.isoformat()
        else:
            respond_by = self.respond_by

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "note": note,
            }
        )
        if center_case_id is not UNSET:
            field_dict["center_case_id"] = center_case_id
        if mediator_id is not UNSET:
            field_dict["mediator_id"] = mediator_id
        if respond_by is not UNSET:
            field_dict["respond_by"] = respond_by
        if team is not UNSET:
            field_dict["team"] = team

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = SupervisionActionInKind(d.pop("kind"))

        note = d.pop("note")

        def _parse_center_case_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                center_case_id_type_0 = UUID(data)

                return center_case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        center_case_id = _parse_center_case_id(d.pop("center_case_id", UNSET))

        def _parse_mediator_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mediator_id_type_0 = UUID(data)

                return mediator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        mediator_id = _parse_mediator_id(d.pop("mediator_id", UNSET))

        def _parse_respond_by(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                respond_by_type_0 = datetime.date.fromisoformat(data)

                return respond_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        respond_by = _parse_respond_by(d.pop("respond_by", UNSET))

        def _parse_team(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        supervision_action_in = cls(
            kind=kind,
            note=note,
            center_case_id=center_case_id,
            mediator_id=mediator_id,
            respond_by=respond_by,
            team=team,
        )

        return supervision_action_in
