from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guarantor import Guarantor
    from ..models.installment_in import InstallmentIn
    from ..models.settlement_in_release_quantities import SettlementInReleaseQuantities


T = TypeVar("T", bound="SettlementIn")


@_attrs_define
class SettlementIn:
    """
    Attributes:
        installments (list[InstallmentIn]):
        total_fen (int): 和解总额 (fen)
        guarantor (Guarantor | None | Unset):
        reached_on (datetime.date | None | Unset):
        release_measure_ids (list[UUID] | Unset): 解除的查封/冻结措施 (asset_core measure ids)
        release_quantities (SettlementInReleaseQuantities | Unset): 部分解除: measure id → units of its lot to release (e.g.
            45 of 135 flats); measures not named here are released in full
        remortgage_asset_ids (list[UUID] | Unset): 协助再抵押的财产 (asset_core asset ids)
        terms (None | str | Unset): 其他条款
    """

    installments: list[InstallmentIn]
    total_fen: int
    guarantor: Guarantor | None | Unset = UNSET
    reached_on: datetime.date | None | Unset = UNSET
    release_measure_ids: list[UUID] | Unset = UNSET
    release_quantities: SettlementInReleaseQuantities | Unset = UNSET
    remortgage_asset_ids: list[UUID] | Unset = UNSET
    terms: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.guarantor import Guarantor

        installments = []
        for installments_item_data in self.installments:
            installments_item = installments_item_data.to_dict()
            installments.append(installments_item)

        total_fen = self.total_fen

        guarantor: dict[str, Any] | None | Unset
        if isinstance(self.guarantor, Unset):
            guarantor = UNSET
        elif isinstance(self.guarantor, Guarantor):
            guarantor = self.guarantor.to_dict()
        else:
            guarantor = self.guarantor

        reached_on: None | str | Unset
        if isinstance(self.reached_on, Unset):
            reached_on = UNSET
        elif isinstance(self.reached_on, datetime.date):
            reached_on = self.reached_on.isoformat()
        else:
            reached_on = self.reached_on

        release_measure_ids: list[str] | Unset = UNSET
        if not isinstance(self.release_measure_ids, Unset):
            release_measure_ids = []
            for release_measure_ids_item_data in self.release_measure_ids:
                release_measure_ids_item = str(release_measure_ids_item_data)
                release_measure_ids.append(release_measure_ids_item)

        release_quantities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.release_quantities, Unset):
            release_quantities = self.release_quantities.to_dict()

        remortgage_asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.remortgage_asset_ids, Unset):
            remortgage_asset_ids = []
            for remortgage_asset_ids_item_data in self.remortgage_asset_ids:
                remortgage_asset_ids_item = str(remortgage_asset_ids_item_data)
                remortgage_asset_ids.append(remortgage_asset_ids_item)

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "installments": installments,
                "total_fen": total_fen,
            }
        )
        if guarantor is not UNSET:
            field_dict["guarantor"] = guarantor
        if reached_on is not UNSET:
            field_dict["reached_on"] = reached_on
        if release_measure_ids is not UNSET:
            field_dict["release_measure_ids"] = release_measure_ids
        if release_quantities is not UNSET:
            field_dict["release_quantities"] = release_quantities
        if remortgage_asset_ids is not UNSET:
            field_dict["remortgage_asset_ids"] = remortgage_asset_ids
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.guarantor import Guarantor
        from ..models.installment_in import InstallmentIn
        from ..models.settlement_in_release_quantities import (
            SettlementInReleaseQuantities,
        )

        d = dict(src_dict)
        installments = []
        _installments = d.pop("installments")
        for installments_item_data in _installments:
            installments_item = InstallmentIn.from_dict(installments_item_data)

            installments.append(installments_item)

        total_fen = d.pop("total_fen")

        def _parse_guarantor(data: object) -> Guarantor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guarantor_type_0 = Guarantor.from_dict(data)

                return guarantor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Guarantor | None | Unset, data)

        guarantor = _parse_guarantor(d.pop("guarantor", UNSET))

        def _parse_reached_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reached_on_type_0 = datetime.date.fromisoformat(data)

                return reached_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reached_on = _parse_reached_on(d.pop("reached_on", UNSET))

        _release_measure_ids = d.pop("release_measure_ids", UNSET)
        release_measure_ids: list[UUID] | Unset = UNSET
        if _release_measure_ids is not UNSET:
            release_measure_ids = []
            for release_measure_ids_item_data in _release_measure_ids:
                release_measure_ids_item = UUID(release_measure_ids_item_data)

                release_measure_ids.append(release_measure_ids_item)

        _release_quantities = d.pop("release_quantities", UNSET)
        release_quantities: SettlementInReleaseQuantities | Unset
        if isinstance(_release_quantities, Unset):
            release_quantities = UNSET
        else:
            release_quantities = SettlementInReleaseQuantities.from_dict(
                _release_quantities
            )

        _remortgage_asset_ids = d.pop("remortgage_asset_ids", UNSET)
        remortgage_asset_ids: list[UUID] | Unset = UNSET
        if _remortgage_asset_ids is not UNSET:
            remortgage_asset_ids = []
            for remortgage_asset_ids_item_data in _remortgage_asset_ids:
                remortgage_asset_ids_item = UUID(remortgage_asset_ids_item_data)

                remortgage_asset_ids.append(remortgage_asset_ids_item)

        def _parse_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms = _parse_terms(d.pop("terms", UNSET))

        settlement_in = cls(
            installments=installments,
            total_fen=total_fen,
            guarantor=guarantor,
            reached_on=reached_on,
            release_measure_ids=release_measure_ids,
            release_quantities=release_quantities,
            remortgage_asset_ids=remortgage_asset_ids,
            terms=terms,
        )

        return settlement_in
