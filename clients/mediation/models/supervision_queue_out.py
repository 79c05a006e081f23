from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mediator_work_out import MediatorWorkOut
    from ..models.overdue_installment_out import OverdueInstallmentOut
    from ..models.overdue_step_out import OverdueStepOut
    from ..models.supervision_action_out import SupervisionActionOut
    from ..models.team_work_out import TeamWorkOut


T = TypeVar("T", bound="SupervisionQueueOut")


@_attrs_define
class SupervisionQueueOut:
    """
    Attributes:
        actions (list[SupervisionActionOut]):
        as_of (datetime.date):
        handling_step_days (int):
        overdue_installments (list[OverdueInstallmentOut]):
        overdue_steps (list[OverdueStepOut]):
        per_mediator (list[MediatorWorkOut]):
        per_team (list[TeamWorkOut]):
    """

    actions: list[SupervisionActionOut]
    as_of: datetime.date
    handling_step_days: int
    overdue_installments: list[OverdueInstallmentOut]
    overdue_steps: list[OverdueStepOut]
    per_mediator: list[MediatorWorkOut]
    per_team: list[TeamWorkOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        as_of = self.as_of.isoformat()

        handling_step_days = self.handling_step_days

        overdue_installments = []
        for overdue_installments_item_data in self.overdue_installments:
            overdue_installments_item = overdue_installments_item_data.to_dict()
            overdue_installments.append(overdue_installments_item)

        overdue_steps = []
        for overdue_steps_item_data in self.overdue_steps:
            overdue_steps_item = overdue_steps_item_data.to_dict()
            overdue_steps.append(overdue_steps_item)

        per_mediator = []
        for per_mediator_item_data in self.per_mediator:
            per_mediator_item = per_mediator_item_data.to_dict()
            per_mediator.append(per_mediator_item)

        per_team = []
        for per_team_item_data in self.per_team:
            per_team_item = per_team_item_data.to_dict()
            per_team.append(per_team_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "as_of": as_of,
                "handling_step_days": handling_step_days,
                "overdue_installments": overdue_installments,
                "overdue_steps": overdue_steps,
                "per_mediator": per_mediator,
                "per_team": per_team,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mediator_work_out import MediatorWorkOut
        from ..models.overdue_installment_out import OverdueInstallmentOut
        from ..models.overdue_step_out import OverdueStepOut
        from ..models.supervision_action_out import SupervisionActionOut
        from ..models.team_work_out import TeamWorkOut

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = SupervisionActionOut.from_dict(actions_item_data)

            actions.append(actions_item)

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        handling_step_days = d.pop("handling_step_days")

        overdue_installments = []
        _overdue_installments = d.pop("overdue_installments")
        for overdue_installments_item_data in _overdue_installments:
            overdue_installments_item = OverdueInstallmentOut.from_dict(
                overdue_installments_item_data
            )

            overdue_installments.append(overdue_installments_item)

        overdue_steps = []
        _overdue_steps = d.pop("overdue_steps")
        for overdue_steps_item_data in _overdue_steps:
            overdue_steps_item = OverdueStepOut.from_dict(overdue_steps_item_data)

            overdue_steps.append(overdue_steps_item)

        per_mediator = []
        _per_mediator = d.pop("per_mediator")
        for per_mediator_item_data in _per_mediator:
            per_mediator_item = MediatorWorkOut.from_dict(per_mediator_item_data)

            per_mediator.append(per_mediator_item)

        per_team = []
        _per_team = d.pop("per_team")
        for per_team_item_data in _per_team:
            per_team_item = TeamWorkOut.from_dict(per_team_item_data)

            per_team.append(per_team_item)

        supervision_queue_out = cls(
            actions=actions,
            as_of=as_of,
            handling_step_days=handling_step_days,
            overdue_installments=overdue_installments,
            overdue_steps=overdue_steps,
            per_mediator=per_mediator,
            per_team=per_team,
        )

        supervision_queue_out.additional_properties = d
        return supervision_queue_out

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
