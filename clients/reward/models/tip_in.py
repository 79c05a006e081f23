from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.tip_in_clue_kind import TipInClueKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_in import AttachmentIn
    from ..models.tipster_in import TipsterIn


T = TypeVar("T", bound="TipIn")


@_attrs_define
class TipIn:
    """
    Attributes:
        clue_kind (TipInClueKind):
        clue_text (str):
        asset_identifier (None | str | Unset): 不动产权证号、车牌号、账号…: identical clues are grouped by it
        attachments (list[AttachmentIn] | Unset): metadata only
        place (None | str | Unset): 地点: identical places are grouped too
        tipster (TipsterIn | Unset):
    """

    clue_kind: TipInClueKind
    clue_text: str
    asset_identifier: None | str | Unset = UNSET
    attachments: list[AttachmentIn] | Unset = UNSET
    place: None | str | Unset = UNSET
    tipster: TipsterIn | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        clue_kind = self.clue_kind.value

        clue_text = self.clue_text

        asset_identifier: None | str | Unset
        if isinstance(self.asset_identifier, Unset):
            asset_identifier = UNSET
        else:
            asset_identifier = self.asset_identifier

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place

        tipster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tipster, Unset):
            tipster = self.tipster.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clue_kind": clue_kind,
                "clue_text": clue_text,
            }
        )
        if asset_identifier is not UNSET:
            field_dict["asset_identifier"] = asset_identifier
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if place is not UNSET:
            field_dict["place"] = place
        if tipster is not UNSET:
            field_dict["tipster"] = tipster

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attachment_in import AttachmentIn
        from ..models.tipster_in import TipsterIn

        d = dict(src_dict)
        clue_kind = TipInClueKind(d.pop("clue_kind"))

        clue_text = d.pop("clue_text")

        def _parse_asset_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_identifier = _parse_asset_identifier(d.pop("asset_identifier", UNSET))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentIn] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentIn.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        _tipster = d.pop("tipster", UNSET)
        tipster: TipsterIn | Unset
        if isinstance(_tipster, Unset):
            tipster = UNSET
        else:
            tipster = TipsterIn.from_dict(_tipster)

        tip_in = cls(
            clue_kind=clue_kind,
            clue_text=clue_text,
            asset_identifier=asset_identifier,
            attachments=attachments,
            place=place,
            tipster=tipster,
        )

        return tip_in
