from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.reward_kind import RewardKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RewardTermsIn")


@_attrs_define
class RewardTermsIn:
    """
    Attributes:
        kind (RewardKind):
        applicant_pays_separately (bool | Unset): 申请执行人另行支付 (delivery of a specific object, or nothing to deduct from):
            the reward is not limited to the money recovered Default: False.
        cap_fen (int | None | Unset): 上限 (fen)
        fixed_fen (int | None | Unset): 固定悬赏金 (fen)
        floor_fen (int | None | Unset): 下限 (fen)
        percent_bp (int | None | Unset): 比例, basis points of the amount recovered
    """

    kind: RewardKind
    applicant_pays_separately: bool | Unset = False
    cap_fen: int | None | Unset = UNSET
    fixed_fen: int | None | Unset = UNSET
    floor_fen: int | None | Unset = UNSET
    percent_bp: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        applicant_pays_separately = self.applicant_pays_separately

        cap_fen: int | None | Unset
        if isinstance(self.cap_fen, Unset):
            cap_fen = UNSET
        else:
            cap_fen = self.cap_fen

        fixed_fen: int | None | Unset
        if isinstance(self.fixed_fen, Unset):
            fixed_fen = UNSET
        else:
            fixed_fen = self.fixed_fen

        floor_fen: int | None | Unset
        if isinstance(self.floor_fen, Unset):
            floor_fen = UNSET
        else:
            floor_fen = self.floor_fen

        percent_bp: int | None | Unset
        if isinstance(self.percent_bp, Unset):
            percent_bp = UNSET
        else:
            percent_bp = self.percent_bp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if applicant_pays_separately is not UNSET:
            field_dict["applicant_pays_separately"] = applicant_pays_separately
        if cap_fen is not UNSET:
            field_dict["cap_fen"] = cap_fen
        if fixed_fen is not UNSET:
            field_dict["fixed_fen"] = fixed_fen
        if floor_fen is not UNSET:
            field_dict["floor_fen"] = floor_fen
        if percent_bp is not UNSET:
            field_dict["percent_bp"] = percent_bp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = RewardKind(d.pop("kind"))

        applicant_pays_separately = d.pop("applicant_pays_separately", UNSET)

        def _parse_cap_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cap_fen = _parse_cap_fen(d.pop("cap_fen", UNSET))

        def _parse_fixed_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fixed_fen = _parse_fixed_fen(d.pop("fixed_fen", UNSET))

        def _parse_floor_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        floor_fen = _parse_floor_fen(d.pop("floor_fen", UNSET))

        def _parse_percent_bp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percent_bp = _parse_percent_bp(d.pop("percent_bp", UNSET))

        reward_terms_in = cls(
            kind=kind,
            applicant_pays_separately=applicant_pays_separately,
            cap_fen=cap_fen,
            fixed_fen=fixed_fen,
            floor_fen=floor_fen,
            percent_bp=percent_bp,
        )

        return reward_terms_in
