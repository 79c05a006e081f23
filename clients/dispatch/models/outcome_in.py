from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.outcome_in_measures_item import OutcomeInMeasuresItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_found_in import AssetFoundIn
    from ..models.attachment_in import AttachmentIn


T = TypeVar("T", bound="OutcomeIn")


@_attrs_define
class OutcomeIn:
    """
    Attributes:
        debtor_located (bool):
        assets (list[AssetFoundIn] | Unset):
        attachments (list[AttachmentIn] | Unset):
        located_at (None | str | Unset):
        measures (list[OutcomeInMeasuresItem] | Unset): 扣押 seize, 搜查 search, 传唤 summon, 拘留 detain, 罚款 fine, 劝导 persuade
        note (None | str | Unset):
        respondent_name (None | str | Unset):
    """

    debtor_located: bool
    assets: list[AssetFoundIn] | Unset = UNSET
    attachments: list[AttachmentIn] | Unset = UNSET
    located_at: None | str | Unset = UNSET
    measures: list[OutcomeInMeasuresItem] | Unset = UNSET
    note: None | str | Unset = UNSET
    respondent_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        debtor_located = self.debtor_located

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        located_at: None | str | Unset
        if isinstance(self.located_at, Unset):
            located_at = UNSET
        else:
            located_at = self.located_at

        measures: list[str] | Unset = UNSET
        if not isinstance(self.measures, Unset):
            measures = []
            for measures_item_data in self.measures:
                measures_item = measures_item_data.value
                measures.append(measures_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        respondent_name: None | str | Unset
        if isinstance(self.respondent_name, Unset):
            respondent_name = UNSET
        else:
            respondent_name = self.respondent_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "debtor_located": debtor_located,
            }
        )
        if assets is not UNSET:
            field_dict["assets"] = assets
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if located_at is not UNSET:
            field_dict["located_at"] = located_at
        if measures is not UNSET:
            field_dict["measures"] = measures
        if note is not UNSET:
            field_dict["note"] = note
        if respondent_name is not UNSET:
            field_dict["respondent_name"] = respondent_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_found_in import AssetFoundIn
        from ..models.attachment_in import AttachmentIn

        d = dict(src_dict)
        debtor_located = d.pop("debtor_located")

        _assets = d.pop("assets", UNSET)
        assets: list[AssetFoundIn] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = AssetFoundIn.from_dict(assets_item_data)

                assets.append(assets_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentIn] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentIn.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        def _parse_located_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        located_at = _parse_located_at(d.pop("located_at", UNSET))

        _measures = d.pop("measures", UNSET)
        measures: list[OutcomeInMeasuresItem] | Unset = UNSET
        if _measures is not UNSET:
            measures = []
            for measures_item_data in _measures:
                measures_item = OutcomeInMeasuresItem(measures_item_data)

                measures.append(measures_item)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_respondent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        respondent_name = _parse_respondent_name(d.pop("respondent_name", UNSET))

        outcome_in = cls(
            debtor_located=debtor_located,
            assets=assets,
            attachments=attachments,
            located_at=located_at,
            measures=measures,
            note=note,
            respondent_name=respondent_name,
        )

        return outcome_in
