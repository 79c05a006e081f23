from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.case_out import CaseOut
    from ..models.clue_out import ClueOut


T = TypeVar("T", bound="EvaluationOut")


@_attrs_define
class EvaluationOut:
    """
    Attributes:
        case (CaseOut | None): the case filed from the clue (decision file_case)
        clue (ClueOut):
    """

    case: CaseOut | None
    clue: ClueOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.case_out import CaseOut

        case: dict[str, Any] | None
        if isinstance(self.case, CaseOut):
            case = self.case.to_dict()
        else:
            case = self.case

        clue = self.clue.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case": case,
                "clue": clue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.case_out import CaseOut
        from ..models.clue_out import ClueOut

        d = dict(src_dict)

        def _parse_case(data: object) -> CaseOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                case_type_0 = CaseOut.from_dict(data)

                return case_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseOut | None, data)

        case = _parse_case(d.pop("case"))

        clue = ClueOut.from_dict(d.pop("clue"))

        evaluation_out = cls(
            case=case,
            clue=clue,
        )

        evaluation_out.additional_properties = d
        return evaluation_out

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
