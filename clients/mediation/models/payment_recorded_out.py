from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.payment_row_out import PaymentRowOut
    from ..models.settlement_out import SettlementOut


T = TypeVar("T", bound="PaymentRecordedOut")


@_attrs_define
class PaymentRecordedOut:
    """
    Attributes:
        payment (PaymentRowOut):
        settlement (SettlementOut): 和解协议 and its performance as of `as_of`.
    """

    payment: PaymentRowOut
    settlement: SettlementOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment = self.payment.to_dict()

        settlement = self.settlement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment": payment,
                "settlement": settlement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_row_out import PaymentRowOut
        from ..models.settlement_out import SettlementOut

        d = dict(src_dict)
        payment = PaymentRowOut.from_dict(d.pop("payment"))

        settlement = SettlementOut.from_dict(d.pop("settlement"))

        payment_recorded_out = cls(
            payment=payment,
            settlement=settlement,
        )

        payment_recorded_out.additional_properties = d
        return payment_recorded_out

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
