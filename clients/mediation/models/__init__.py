"""Contains all the data models used in inputs/outputs"""

from .anticipatory_breach_in import AnticipatoryBreachIn
from .asset_out import AssetOut
from .asset_picture_out import AssetPictureOut
from .asset_picture_out_measures_by_status import AssetPictureOutMeasuresByStatus
from .assigned_out import AssignedOut
from .assignment_out import AssignmentOut
from .assignment_out_mode import AssignmentOutMode
from .assignment_run_in import AssignmentRunIn
from .assignment_run_out import AssignmentRunOut
from .audit_verification import AuditVerification
from .audit_verification_witness import AuditVerificationWitness
from .case_list_out import CaseListOut
from .case_out import CaseOut
from .case_out_source import CaseOutSource
from .case_page_out import CasePageOut
from .case_summary_out import CaseSummaryOut
from .case_summary_out_source import CaseSummaryOutSource
from .center_state import CenterState
from .checkpoint_view import CheckpointView
from .close_in import CloseIn
from .figures_out import FiguresOut
from .figures_out_pushed_by_source import FiguresOutPushedBySource
from .guarantor import Guarantor
from .guarantor_kind import GuarantorKind
from .healthz_response_healthz import HealthzResponseHealthz
from .installment_in import InstallmentIn
from .installment_out import InstallmentOut
from .installment_out_status import InstallmentOutStatus
from .measure_out import MeasureOut
from .mediator_in import MediatorIn
from .mediator_in_skills_item import MediatorInSkillsItem
from .mediator_list_out import MediatorListOut
from .mediator_out import MediatorOut
from .mediator_ref_out import MediatorRefOut
from .mediator_work_out import MediatorWorkOut
from .overdue_installment_out import OverdueInstallmentOut
from .overdue_step_out import OverdueStepOut
from .payment_entry_out import PaymentEntryOut
from .payment_in import PaymentIn
from .payment_recorded_out import PaymentRecordedOut
from .payment_row_out import PaymentRowOut
from .performance import Performance
from .reassign_in import ReassignIn
from .referral_in import ReferralIn
from .resumption_in import ResumptionIn
from .settlement_in import SettlementIn
from .settlement_in_release_quantities import SettlementInReleaseQuantities
from .settlement_out import SettlementOut
from .settlement_out_release_quantities import SettlementOutReleaseQuantities
from .settlement_out_resumption_ground_type_0 import SettlementOutResumptionGroundType0
from .settlement_out_state import SettlementOutState
from .step_entry_out import StepEntryOut
from .step_in import StepIn
from .step_in_channel_type_0 import StepInChannelType0
from .step_in_kind import StepInKind
from .step_in_outcome_type_0 import StepInOutcomeType0
from .step_out import StepOut
from .supervision_action_in import SupervisionActionIn
from .supervision_action_in_kind import SupervisionActionInKind
from .supervision_action_out import SupervisionActionOut
from .supervision_action_out_kind import SupervisionActionOutKind
from .supervision_queue_out import SupervisionQueueOut
from .sweep_in import SweepIn
from .sweep_out import SweepOut
from .team_work_out import TeamWorkOut

__all__ = (
    "AnticipatoryBreachIn",
    "AssetOut",
    "AssetPictureOut",
    "AssetPictureOutMeasuresByStatus",
    "AssignedOut",
    "AssignmentOut",
    "AssignmentOutMode",
    "AssignmentRunIn",
    "AssignmentRunOut",
    "AuditVerification",
    "AuditVerificationWitness",
    "CaseListOut",
    "CaseOut",
    "CaseOutSource",
    "CasePageOut",
    "CaseSummaryOut",
    "CaseSummaryOutSource",
    "CenterState",
    "CheckpointView",
    "CloseIn",
    "FiguresOut",
    "FiguresOutPushedBySource",
    "Guarantor",
    "GuarantorKind",
    "HealthzResponseHealthz",
    "InstallmentIn",
    "InstallmentOut",
    "InstallmentOutStatus",
    "MeasureOut",
    "MediatorIn",
    "MediatorInSkillsItem",
    "MediatorListOut",
    "MediatorOut",
    "MediatorRefOut",
    "MediatorWorkOut",
    "OverdueInstallmentOut",
    "OverdueStepOut",
    "PaymentEntryOut",
    "PaymentIn",
    "PaymentRecordedOut",
    "PaymentRowOut",
    "Performance",
    "ReassignIn",
    "ReferralIn",
    "ResumptionIn",
    "SettlementIn",
    "SettlementInReleaseQuantities",
    "SettlementOut",
    "SettlementOutReleaseQuantities",
    "SettlementOutResumptionGroundType0",
    "SettlementOutState",
    "StepEntryOut",
    "StepIn",
    "StepInChannelType0",
    "StepInKind",
    "StepInOutcomeType0",
    "StepOut",
    "SupervisionActionIn",
    "SupervisionActionInKind",
    "SupervisionActionOut",
    "SupervisionActionOutKind",
    "SupervisionQueueOut",
    "SweepIn",
    "SweepOut",
    "TeamWorkOut",
)
