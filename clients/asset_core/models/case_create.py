from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.livelihood_category import LivelihoodCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.party_in import PartyIn


T = TypeVar("T", bound="CaseCreate")


@_attrs_define
class CaseCreate:
    """
    Attributes:
        amount_owed_fen (int): 申请执行标的, in fen (分)
        applicants (list[PartyIn]): 申请执行人 (a name or a party)
        case_number (str): 案号, e.g. （2024）内0621执123号
        filed_on (datetime.date): 立案日期
        respondents (list[PartyIn]): 被执行人 (a name or a party)
        livelihood_category (LivelihoodCategory | Unset): 绿色通道: livelihood cases are filed, executed and paid out first
            (MISSION.md).
        non_litigation (bool | Unset): 非诉执行 (3-month limit instead of 6) Default: False.
        required_categories (list[str] | None | Unset): 查控 categories ADDED to the national 网络查控 minimum (which always
            applies; a case cannot drop one)
    """

    amount_owed_fen: int
    applicants: list[PartyIn]
    case_number: str
    filed_on: datetime.date
    respondents: list[PartyIn]
    livelihood_category: LivelihoodCategory | Unset = UNSET
    non_litigation: bool | Unset = False
    required_categories: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_owed_fen = self.amount_owed_fen

        applicants = []
        for applicants_item_data in self.applicants:
            applicants_item = applicants_item_data.to_dict()
            applicants.append(applicants_item)

        case_number = self.case_number

        filed_on = self.filed_on.isoformat()

        respondents = []
        for respondents_item_data in self.respondents:
            respondents_item = respondents_item_data.to_dict()
            respondents.append(respondents_item)

        livelihood_category: str | Unset = UNSET
        if not isinstance(self.livelihood_category, Unset):
            livelihood_category = self.livelihood_category.value

        non_litigation = self.non_litigation

        required_categories: list[str] | None | Unset
        if isinstance(self.required_categories, Unset):
            required_categories = UNSET
        elif isinstance(self.required_categories, list):
            required_categories = self.required_categories

        else:
            required_categories = self.required_categories

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_owed_fen": amount_owed_fen,
                "applicants": applicants,
                "case_number": case_number,
                "filed_on": filed_on,
                "respondents": respondents,
            }
        )
        if livelihood_category is not UNSET:
            field_dict["livelihood_category"] = livelihood_category
        if non_litigation is not UNSET:
            field_dict["non_litigation"] = non_litigation
        if required_categories is not UNSET:
            field_dict["required_categories"] = required_categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.party_in import PartyIn

        d = dict(src_dict)
        amount_owed_fen = d.pop("amount_owed_fen")

        applicants = []
        _applicants = d.pop("applicants")
        for applicants_item_data in _applicants:
            applicants_item = PartyIn.from_dict(applicants_item_data)

            applicants.append(applicants_item)

        case_number = d.pop("case_number")

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        respondents = []
        _respondents = d.pop("respondents")
        for respondents_item_data in _respondents:
            respondents_item = PartyIn.from_dict(respondents_item_data)

            respondents.append(respondents_item)

        _livelihood_category = d.pop("livelihood_category", UNSET)
        livelihood_category: LivelihoodCategory | Unset
        if isinstance(_livelihood_category, Unset):
            livelihood_category = UNSET
        else:
            livelihood_category = LivelihoodCategory(_livelihood_category)

        non_litigation = d.pop("non_litigation", UNSET)

        def _parse_required_categories(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                required_categories_type_0 = cast(list[str], data)

                return required_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        required_categories = _parse_required_categories(
            d.pop("required_categories", UNSET)
        )

        case_create = cls(
            amount_owed_fen=amount_owed_fen,
            applicants=applicants,
            case_number=case_number,
            filed_on=filed_on,
            respondents=respondents,
            livelihood_category=livelihood_category,
            non_litigation=non_litigation,
            required_categories=required_categories,
        )

        return case_create
