from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finding import Finding
from ..models.outcome import Outcome
from ..models.tip_status import TipStatus

if TYPE_CHECKING:
    from ..models.tip_out_attachments_item import TipOutAttachmentsItem


T = TypeVar("T", bound="TipOut")


@_attrs_define
class TipOut:
    """
    Attributes:
        asset_identifier (None | str):
        attachments (list[TipOutAttachmentsItem]):
        case_id (UUID):
        clue_kind (str):
        clue_text (None | str): only for the judge/officer of the executing court
        court_code (str):
        declares_no_exclusion (bool):
        finding (Finding | None):
        group_key (str):
        id (UUID):
        identity_masked (bool):
        known_asset_id (None | UUID):
        notice_id (UUID):
        outcome (None | Outcome):
        place (None | str):
        rank (int): rank among tips on the same clue, by time of receipt (23)
        received_at (datetime.datetime):
        status (TipStatus): What the register records; the public sees `PUBLIC_STATUS` of it.
        status_label (str):
        tipster_id_number (None | str):
        tipster_name (None | str): masked unless the reader is the case's judge/officer (audited)
        tipster_phone (None | str):
        verified_asset_type (None | str):
        verified_description (None | str):
        verified_on (datetime.date | None):
        verified_value_fen (int | None):
        version (int):
    """

    asset_identifier: None | str
    attachments: list[TipOutAttachmentsItem]
    case_id: UUID
    clue_kind: str
    clue_text: None | str
    court_code: str
    declares_no_exclusion: bool
    finding: Finding | None
    group_key: str
    id: UUID
    identity_masked: bool
    known_asset_id: None | UUID
    notice_id: UUID
    outcome: None | Outcome
    place: None | str
    rank: int
    received_at: datetime.datetime
    status: TipStatus
    status_label: str
    tipster_id_number: None | str
    tipster_name: None | str
    tipster_phone: None | str
    verified_asset_type: None | str
    verified_description: None | str
    verified_on: datetime.date | None
    verified_value_fen: int | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_identifier: None | str
        asset_identifier = self.asset_identifier

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        case_id = str(self.case_id)

        clue_kind = self.clue_kind

        clue_text: None | str
        clue_text = self.clue_text

        court_code = self.court_code

        declares_no_exclusion = self.declares_no_exclusion

        finding: None | str
        if isinstance(self.finding, Finding):
            finding = self.finding.value
        else:
            finding = self.finding

        group_key = self.group_key

        id = str(self.id)

        identity_masked = self.identity_masked

        known_asset_id: None | str
        if isinstance(self.known_asset_id, UUID):
            known_asset_id = str(self.known_asset_id)
        else:
            known_asset_id = self.known_asset_id

        notice_id = str(self.notice_id)

        outcome: None | str
        if isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        place: None | str
        place = self.place

        rank = self.rank

        received_at = self.received_at.isoformat()

        status = self.status.value

        status_label = self.status_label

        tipster_id_number: None | str
        tipster_id_number = self.tipster_id_number

        tipster_name: None | str
        tipster_name = self.tipster_name

        tipster_phone: None | str
        tipster_phone = self.tipster_phone

        verified_asset_type: None | str
        verified_asset_type = self.verified_asset_type

        verified_description: None | str
        verified_description = self.verified_description

        verified_on: None | str
        if isinstance(self.verified_on, datetime.date):
            verified_on = self.verified_on.isoformat()
        else:
            verified_on = self.verified_on

        verified_value_fen: int | None
        verified_value_fen = self.verified_value_fen

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_identifier": asset_identifier,
                "attachments": attachments,
                "case_id": case_id,
                "clue_kind": clue_kind,
                "clue_text": clue_text,
                "court_code": court_code,
                "declares_no_exclusion": declares_no_exclusion,
                "finding": finding,
                "group_key": group_key,
                "id": id,
                "identity_masked": identity_masked,
                "known_asset_id": known_asset_id,
                "notice_id": notice_id,
                "outcome": outcome,
                "place": place,
                "rank": rank,
                "received_at": received_at,
                "status": status,
                "status_label": status_label,
                "tipster_id_number": tipster_id_number,
                "tipster_name": tipster_name,
                "tipster_phone": tipster_phone,
                "verified_asset_type": verified_asset_type,
                "verified_description": verified_description,
                "verified_on": verified_on,
                "verified_value_fen": verified_value_fen,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tip_out_attachments_item import TipOutAttachmentsItem

        d = dict(src_dict)

        def _parse_asset_identifier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        asset_identifier = _parse_asset_identifier(d.pop("asset_identifier"))

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = TipOutAttachmentsItem.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        case_id = UUID(d.pop("case_id"))

        clue_kind = d.pop("clue_kind")

        def _parse_clue_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        clue_text = _parse_clue_text(d.pop("clue_text"))

        court_code = d.pop("court_code")

        declares_no_exclusion = d.pop("declares_no_exclusion")

        def _parse_finding(data: object) -> Finding | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finding_type_0 = Finding(data)

                return finding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Finding | None, data)

        finding = _parse_finding(d.pop("finding"))

        group_key = d.pop("group_key")

        id = UUID(d.pop("id"))

        identity_masked = d.pop("identity_masked")

        def _parse_known_asset_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                known_asset_id_type_0 = UUID(data)

                return known_asset_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        known_asset_id = _parse_known_asset_id(d.pop("known_asset_id"))

        notice_id = UUID(d.pop("notice_id"))

        def _parse_outcome(data: object) -> None | Outcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = Outcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_place(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        place = _parse_place(d.pop("place"))

        rank = d.pop("rank")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        status = TipStatus(d.pop("status"))

        status_label = d.pop("status_label")

        def _parse_tipster_id_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tipster_id_number = _parse_tipster_id_number(d.pop("tipster_id_number"))

        def _parse_tipster_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tipster_name = _parse_tipster_name(d.pop("tipster_name"))

        def _parse_tipster_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tipster_phone = _parse_tipster_phone(d.pop("tipster_phone"))

        def _parse_verified_asset_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verified_asset_type = _parse_verified_asset_type(d.pop("verified_asset_type"))

        def _parse_verified_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verified_description = _parse_verified_description(
            d.pop("verified_description")
        )

        def _parse_verified_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_on_type_0 = datetime.date.fromisoformat(data)

                return verified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        verified_on = _parse_verified_on(d.pop("verified_on"))

        def _parse_verified_value_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        verified_value_fen = _parse_verified_value_fen(d.pop("verified_value_fen"))

        version = d.pop("version")

        tip_out = cls(
            asset_identifier=asset_identifier,
            attachments=attachments,
            case_id=case_id,
            clue_kind=clue_kind,
            clue_text=clue_text,
            court_code=court_code,
            declares_no_exclusion=declares_no_exclusion,
            finding=finding,
            group_key=group_key,
            id=id,
            identity_masked=identity_masked,
            known_asset_id=known_asset_id,
            notice_id=notice_id,
            outcome=outcome,
            place=place,
            rank=rank,
            received_at=received_at,
            status=status,
            status_label=status_label,
            tipster_id_number=tipster_id_number,
            tipster_name=tipster_name,
            tipster_phone=tipster_phone,
            verified_asset_type=verified_asset_type,
            verified_description=verified_description,
            verified_on=verified_on,
            verified_value_fen=verified_value_fen,
            version=version,
        )

        tip_out.additional_properties = d
        return tip_out

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
