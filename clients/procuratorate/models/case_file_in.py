from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.case_file_in_domain import CaseFileInDomain
from ..models.case_file_in_kind import CaseFileInKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseFileIn")


@_attrs_define
class CaseFileIn:
    """
    Attributes:
        domain (CaseFileInDomain): 行洪安全 flood_safety / 水资源 / 水环境 / 水生态 / 河湖岸线 / other
        filed_on (datetime.date):
        title (str):
        case_number (None | str | Unset): 案号 (free form)
        county_code (None | str | Unset): 旗县区代码, e.g. 150523 (开鲁县)
        kind (CaseFileInKind | Unset): 行政公益诉讼 administrative / 民事公益诉讼 civil Default: CaseFileInKind.ADMINISTRATIVE.
        location (None | str | Unset):
        river_code (None | str | Unset): 河流, e.g. xiliao (西辽河)
        segment_code (None | str | Unset): 河段, e.g. xiliao-150523
    """

    domain: CaseFileInDomain
    filed_on: datetime.date
    title: str
    case_number: None | str | Unset = UNSET
    county_code: None | str | Unset = UNSET
    kind: CaseFileInKind | Unset = CaseFileInKind.ADMINISTRATIVE
    location: None | str | Unset = UNSET
    river_code: None | str | Unset = UNSET
    segment_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain.value

        filed_on = self.filed_on.isoformat()

        title = self.title

        case_number: None | str | Unset
        if isinstance(self.case_number, Unset):
            case_number = UNSET
        else:
            case_number = self.case_number

        county_code: None | str | Unset
        if isinstance(self.county_code, Unset):
            county_code = UNSET
        else:
            county_code = self.county_code

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        river_code: None | str | Unset
        if isinstance(self.river_code, Unset):
            river_code = UNSET
        else:
            river_code = self.river_code

        segment_code: None | str | Unset
        if isinstance(self.segment_code, Unset):
            segment_code = UNSET
        else:
            segment_code = self.segment_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain": domain,
                "filed_on": filed_on,
                "title": title,
            }
        )
        if case_number is not UNSET:
            field_dict["case_number"] = case_number
        if county_code is not UNSET:
            field_dict["county_code"] = county_code
        if kind is not UNSET:
            field_dict["kind"] = kind
        if location is not UNSET:
            field_dict["location"] = location
        if river_code is not UNSET:
            field_dict["river_code"] = river_code
        if segment_code is not UNSET:
            field_dict["segment_code"] = segment_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain = CaseFileInDomain(d.pop("domain"))

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        title = d.pop("title")

        def _parse_case_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_number = _parse_case_number(d.pop("case_number", UNSET))

        def _parse_county_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county_code = _parse_county_code(d.pop("county_code", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: CaseFileInKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = CaseFileInKind(_kind)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_river_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        river_code = _parse_river_code(d.pop("river_code", UNSET))

        def _parse_segment_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        segment_code = _parse_segment_code(d.pop("segment_code", UNSET))

        case_file_in = cls(
            domain=domain,
            filed_on=filed_on,
            title=title,
            case_number=case_number,
            county_code=county_code,
            kind=kind,
            location=location,
            river_code=river_code,
            segment_code=segment_code,
        )

        return case_file_in
