from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_found_out import AssetFoundOut
    from ..models.attachment_out import AttachmentOut


T = TypeVar("T", bound="OutcomeOut")


@_attrs_define
class OutcomeOut:
    """
    Attributes:
        alarm_id (UUID):
        assets (list[AssetFoundOut]):
        attachments (list[AttachmentOut]):
        case_id (None | UUID):
        court_code (str):
        debtor_located (bool):
        dispatch_id (UUID):
        id (UUID):
        located_at (None | str):
        measures (list[str]):
        note (None | str):
        reported_at (datetime.datetime):
        reported_by (str):
        respondent_name (None | str):
    """

    alarm_id: UUID
    assets: list[AssetFoundOut]
    attachments: list[AttachmentOut]
    case_id: None | UUID
    court_code: str
    debtor_located: bool
    dispatch_id: UUID
    id: UUID
    located_at: None | str
    measures: list[str]
    note: None | str
    reported_at: datetime.datetime
    reported_by: str
    respondent_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarm_id = str(self.alarm_id)

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        court_code = self.court_code

        debtor_located = self.debtor_located

        dispatch_id = str(self.dispatch_id)

        id = str(self.id)

        located_at: None | str
        located_at = self.located_at

        measures = self.measures

        note: None | str
        note = self.note

        reported_at = self.reported_at.isoformat()

        reported_by = self.reported_by

        respondent_name: None | str
        respondent_name = self.respondent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alarm_id": alarm_id,
                "assets": assets,
                "attachments": attachments,
                "case_id": case_id,
                "court_code": court_code,
                "debtor_located": debtor_located,
                "dispatch_id": dispatch_id,
                "id": id,
                "located_at": located_at,
                "measures": measures,
                "note": note,
                "reported_at": reported_at,
                "reported_by": reported_by,
                "respondent_name": respondent_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_found_out import AssetFoundOut
        from ..models.attachment_out import AttachmentOut

        d = dict(src_dict)
        alarm_id = UUID(d.pop("alarm_id"))

        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = AssetFoundOut.from_dict(assets_item_data)

            assets.append(assets_item)

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = AttachmentOut.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        def _parse_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        case_id = _parse_case_id(d.pop("case_id"))

        court_code = d.pop("court_code")

        debtor_located = d.pop("debtor_located")

        dispatch_id = UUID(d.pop("dispatch_id"))

        id = UUID(d.pop("id"))

        def _parse_located_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        located_at = _parse_located_at(d.pop("located_at"))

        measures = cast(list[str], d.pop("measures"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        reported_at = datetime.datetime.fromisoformat(d.pop("reported_at"))

        reported_by = d.pop("reported_by")

        def _parse_respondent_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        respondent_name = _parse_respondent_name(d.pop("respondent_name"))

        outcome_out = cls(
            alarm_id=alarm_id,
            assets=assets,
            attachments=attachments,
            case_id=case_id,
            court_code=court_code,
            debtor_located=debtor_located,
            dispatch_id=dispatch_id,
            id=id,
            located_at=located_at,
            measures=measures,
            note=note,
            reported_at=reported_at,
            reported_by=reported_by,
            respondent_name=respondent_name,
        )

        outcome_out.additional_properties = d
        return outcome_out

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
