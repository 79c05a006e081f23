from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.review_decision_in_outcome import ReviewDecisionInOutcome

T = TypeVar("T", bound="ReviewDecisionIn")


@_attrs_define
class ReviewDecisionIn:
    """
    Attributes:
        decided_on (datetime.date):
        outcome (ReviewDecisionInOutcome): 维持 upheld / 撤销 revoked
    """

    decided_on: datetime.date
    outcome: ReviewDecisionInOutcome

    def to_dict(self) -> dict[str, Any]:
        decided_on = self.decided_on.isoformat()

        outcome = self.outcome.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decided_on": decided_on,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        outcome = ReviewDecisionInOutcome(d.pop("outcome"))

        review_decision_in = cls(
            decided_on=decided_on,
            outcome=outcome,
        )

        return review_decision_in
