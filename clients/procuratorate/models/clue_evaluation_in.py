from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.clue_evaluation_in_decision import ClueEvaluationInDecision
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.case_file_in import CaseFileIn


T = TypeVar("T", bound="ClueEvaluationIn")


@_attrs_define
class ClueEvaluationIn:
    """
    Attributes:
        decision (ClueEvaluationInDecision): 立案 file_case / 不予立案 close
        case (CaseFileIn | None | Unset): the case to file (decision file_case)
        on (datetime.date | None | Unset):
        reason (None | str | Unset): required when closing
    """

    decision: ClueEvaluationInDecision
    case: CaseFileIn | None | Unset = UNSET
    on: datetime.date | None | Unset = UNSET
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.case_file_in import CaseFileIn

        decision = self.decision.value

        case: dict[str, Any] | None | Unset
        if isinstance(self.case, Unset):
            case = UNSET
        elif isinstance(self.case, CaseFileIn):
            case = self.case.to_dict()
        else:
            case = self.case

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
            }
        )
        if case is not UNSET:
            field_dict["case"] = case
        if on is not UNSET:
            field_dict["on"] = on
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.case_file_in import CaseFileIn

        d = dict(src_dict)
        decision = ClueEvaluationInDecision(d.pop("decision"))

        def _parse_case(data: object) -> CaseFileIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                case_type_0 = CaseFileIn.from_dict(data)

                return case_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseFileIn | None | Unset, data)

        case = _parse_case(d.pop("case", UNSET))

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        clue_evaluation_in = cls(
            decision=decision,
            case=case,
            on=on,
            reason=reason,
        )

        return clue_evaluation_in
