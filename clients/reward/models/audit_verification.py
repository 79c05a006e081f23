from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_verification_witness import AuditVerificationWitness
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_view import CheckpointView


T = TypeVar("T", bound="AuditVerification")


@_attrs_define
class AuditVerification:
    """
    Attributes:
        checked (int):
        first_broken_seq (int | None):
        reason (None | str):
        valid (bool):
        anchor_reason (None | str | Unset):
        anchored (bool | Unset):  Default: False.
        checkpoint (CheckpointView | None | Unset):
        checkpoints_checked (int | Unset):  Default: 0.
        forged_ignored (int | Unset):  Default: 0.
        head_seq (int | None | Unset):
        rehashed (bool | Unset):  Default: False.
        truncated (bool | Unset):  Default: False.
        witness (AuditVerificationWitness | Unset):  Default: AuditVerificationWitness.OK.
    """

    checked: int
    first_broken_seq: int | None
    reason: None | str
    valid: bool
    anchor_reason: None | str | Unset = UNSET
    anchored: bool | Unset = False
    checkpoint: CheckpointView | None | Unset = UNSET
    checkpoints_checked: int | Unset = 0
    forged_ignored: int | Unset = 0
    head_seq: int | None | Unset = UNSET
    rehashed: bool | Unset = False
    truncated: bool | Unset = False
    witness: AuditVerificationWitness | Unset = AuditVerificationWitness.OK
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.checkpoint_view import CheckpointView

        checked = self.checked

        first_broken_seq: int | None
        first_broken_seq = self.first_broken_seq

        reason: None | str
        reason = self.reason

        valid = self.valid

        anchor_reason: None | str | Unset
        if isinstance(self.anchor_reason, Unset):
            anchor_reason = UNSET
        else:
            anchor_reason = self.anchor_reason

        anchored = self.anchored

        checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint, Unset):
            checkpoint = UNSET
        elif isinstance(self.checkpoint, CheckpointView):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        checkpoints_checked = self.checkpoints_checked

        forged_ignored = self.forged_ignored

        head_seq: int | None | Unset
        if isinstance(self.head_seq, Unset):
            head_seq = UNSET
        else:
            head_seq = self.head_seq

        rehashed = self.rehashed

        truncated = self.truncated

        witness: str | Unset = UNSET
        if not isinstance(self.witness, Unset):
            witness = self.witness.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checked": checked,
                "first_broken_seq": first_broken_seq,
                "reason": reason,
                "valid": valid,
            }
        )
        if anchor_reason is not UNSET:
            field_dict["anchor_reason"] = anchor_reason
        if anchored is not UNSET:
            field_dict["anchored"] = anchored
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if checkpoints_checked is not UNSET:
            field_dict["checkpoints_checked"] = checkpoints_checked
        if forged_ignored is not UNSET:
            field_dict["forged_ignored"] = forged_ignored
        if head_seq is not UNSET:
            field_dict["head_seq"] = head_seq
        if rehashed is not UNSET:
            field_dict["rehashed"] = rehashed
        if truncated is not UNSET:
            field_dict["truncated"] = truncated
        if witness is not UNSET:
            field_dict["witness"] = witness

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.checkpoint_view import CheckpointView

        d = dict(src_dict)
        checked = d.pop("checked")

        def _parse_first_broken_seq(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_broken_seq = _parse_first_broken_seq(d.pop("first_broken_seq"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        valid = d.pop("valid")

        def _parse_anchor_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anchor_reason = _parse_anchor_reason(d.pop("anchor_reason", UNSET))

        anchored = d.pop("anchored", UNSET)

        def _parse_checkpoint(data: object) -> CheckpointView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checkpoint_type_0 = CheckpointView.from_dict(data)

                return checkpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointView | None | Unset, data)

        checkpoint = _parse_checkpoint(d.pop("checkpoint", UNSET))

        checkpoints_checked = d.pop("checkpoints_checked", UNSET)

        forged_ignored = d.pop("forged_ignored", UNSET)

        def _parse_head_seq(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        head_seq = _parse_head_seq(d.pop("head_seq", UNSET))

        rehashed = d.pop("rehashed", UNSET)

        truncated = d.pop("truncated", UNSET)

        _witness = d.pop("witness", UNSET)
        witness: AuditVerificationWitness | Unset
        if isinstance(_witness, Unset):
            witness = UNSET
        else:
            witness = AuditVerificationWitness(_witness)

        audit_verification = cls(
            checked=checked,
            first_broken_seq=first_broken_seq,
            reason=reason,
            valid=valid,
            anchor_reason=anchor_reason,
            anchored=anchored,
            checkpoint=checkpoint,
            checkpoints_checked=checkpoints_checked,
            forged_ignored=forged_ignored,
            head_seq=head_seq,
            rehashed=rehashed,
            truncated=truncated,
            witness=witness,
        )

        audit_verification.additional_properties = d
        return audit_verification

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
