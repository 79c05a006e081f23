"""Contains all the data models used in inputs/outputs"""

from .asset_clue_in import AssetClueIn
from .asset_clue_list import AssetClueList
from .asset_clue_out import AssetClueOut
from .asset_in import AssetIn
from .asset_in_discovery_source import AssetInDiscoverySource
from .asset_out import AssetOut
from .asset_state_item_out import AssetStateItemOut
from .asset_state_out import AssetStateOut
from .asset_state_out_assets_by_status import AssetStateOutAssetsByStatus
from .auction_result_in import AuctionResultIn
from .auction_result_in_outcome import AuctionResultInOutcome
from .auction_round_in import AuctionRoundIn
from .auction_round_in_method import AuctionRoundInMethod
from .auction_round_out import AuctionRoundOut
from .auction_round_state_out import AuctionRoundStateOut
from .audit_verification import AuditVerification
from .audit_verification_witness import AuditVerificationWitness
from .case_create import CaseCreate
from .case_event_out import CaseEventOut
from .case_out import CaseOut
from .case_out_milestones import CaseOutMilestones
from .case_page import CasePage
from .case_search_in import CaseSearchIn
from .case_search_in_sort import CaseSearchInSort
from .case_state import CaseState
from .change_report_in import ChangeReportIn
from .change_report_out import ChangeReportOut
from .checklist_item_out import ChecklistItemOut
from .checklist_out import ChecklistOut
from .checkpoint_view import CheckpointView
from .clue_verification_in import ClueVerificationIn
from .clue_verification_in_result import ClueVerificationInResult
from .conclusion_check_out import ConclusionCheckOut
from .core_figures_out import CoreFiguresOut
from .core_figures_out_figures import CoreFiguresOutFigures
from .deadline_out import DeadlineOut
from .debtor_state_out import DebtorStateOut
from .debtor_state_out_assets_by_status import DebtorStateOutAssetsByStatus
from .designation_in import DesignationIn
from .designation_in_form import DesignationInForm
from .designation_out import DesignationOut
from .failing_condition_out import FailingConditionOut
from .figure_out import FigureOut
from .file_list import FileList
from .file_out import FileOut
from .healthz_response_healthz import HealthzResponseHealthz
from .investigation_in import InvestigationIn
from .investigation_in_source import InvestigationInSource
from .investigation_in_status import InvestigationInStatus
from .investigation_result_out import InvestigationResultOut
from .linkage_figures_out import LinkageFiguresOut
from .linkage_figures_out_figures import LinkageFiguresOutFigures
from .list_cases_sort import ListCasesSort
from .livelihood_category import LivelihoodCategory
from .measure_in import MeasureIn
from .measure_in_kind import MeasureInKind
from .measure_out import MeasureOut
from .measure_out_renewals_item import MeasureOutRenewalsItem
from .measure_state_out import MeasureStateOut
from .measure_state_out_renewals_item import MeasureStateOutRenewalsItem
from .milestone_in import MilestoneIn
from .milestone_in_kind import MilestoneInKind
from .month_out import MonthOut
from .month_out_values import MonthOutValues
from .monthly_out import MonthlyOut
from .open_day_case_out import OpenDayCaseOut
from .open_day_in import OpenDayIn
from .open_day_out import OpenDayOut
from .open_day_setting_out import OpenDaySettingOut
from .open_day_step_out import OpenDayStepOut
from .overview_out import OverviewOut
from .overview_out_linkages import OverviewOutLinkages
from .party_in import PartyIn
from .party_in_kind import PartyInKind
from .party_out import PartyOut
from .payee_out import PayeeOut
from .payout_deadline_out import PayoutDeadlineOut
from .payout_deferral_end_in import PayoutDeferralEndIn
from .payout_deferral_in import PayoutDeferralIn
from .payout_deferral_in_ground import PayoutDeferralInGround
from .payout_deferral_out import PayoutDeferralOut
from .payout_in import PayoutIn
from .payout_in_method import PayoutInMethod
from .payout_ledger_out import PayoutLedgerOut
from .payout_out import PayoutOut
from .payout_queue_item_out import PayoutQueueItemOut
from .payout_queue_out import PayoutQueueOut
from .recovery_in import RecoveryIn
from .recovery_in_source import RecoveryInSource
from .recovery_item_out import RecoveryItemOut
from .recovery_list_out import RecoveryListOut
from .recovery_out import RecoveryOut
from .release_in import ReleaseIn
from .release_in_reason import ReleaseInReason
from .renewal_in import RenewalIn
from .requery_list import RequeryList
from .requery_out import RequeryOut
from .requery_result_in import RequeryResultIn
from .requery_result_out import RequeryResultOut
from .resumption_in import ResumptionIn
from .sign_in import SignIn
from .sign_in_role import SignInRole
from .signed_in import SignedIn
from .sweep_in import SweepIn
from .sweep_out import SweepOut
from .target_out import TargetOut
from .target_out_key import TargetOutKey
from .targets_out import TargetsOut
from .timeline_item_out import TimelineItemOut
from .timeline_out import TimelineOut
from .transition_in import TransitionIn
from .transition_in_suspension_ground_type_0 import TransitionInSuspensionGroundType0
from .undisposable_in import UndisposableIn

__all__ = (
    "AssetClueIn",
    "AssetClueList",
    "AssetClueOut",
    "AssetIn",
    "AssetInDiscoverySource",
    "AssetOut",
    "AssetStateItemOut",
    "AssetStateOut",
    "AssetStateOutAssetsByStatus",
    "AuctionResultIn",
    "AuctionResultInOutcome",
    "AuctionRoundIn",
    "AuctionRoundInMethod",
    "AuctionRoundOut",
    "AuctionRoundStateOut",
    "AuditVerification",
    "AuditVerificationWitness",
    "CaseCreate",
    "CaseEventOut",
    "CaseOut",
    "CaseOutMilestones",
    "CasePage",
    "CaseSearchIn",
    "CaseSearchInSort",
    "CaseState",
    "ChangeReportIn",
    "ChangeReportOut",
    "ChecklistItemOut",
    "ChecklistOut",
    "CheckpointView",
    "ClueVerificationIn",
    "ClueVerificationInResult",
    "ConclusionCheckOut",
    "CoreFiguresOut",
    "CoreFiguresOutFigures",
    "DeadlineOut",
    "DebtorStateOut",
    "DebtorStateOutAssetsByStatus",
    "DesignationIn",
    "DesignationInForm",
    "DesignationOut",
    "FailingConditionOut",
    "FigureOut",
    "FileList",
    "FileOut",
    "HealthzResponseHealthz",
    "InvestigationIn",
    "InvestigationInSource",
    "InvestigationInStatus",
    "InvestigationResultOut",
    "LinkageFiguresOut",
    "LinkageFiguresOutFigures",
    "ListCasesSort",
    "LivelihoodCategory",
    "MeasureIn",
    "MeasureInKind",
    "MeasureOut",
    "MeasureOutRenewalsItem",
    "MeasureStateOut",
    "MeasureStateOutRenewalsItem",
    "MilestoneIn",
    "MilestoneInKind",
    "MonthOut",
    "MonthOutValues",
    "MonthlyOut",
    "OpenDayCaseOut",
    "OpenDayIn",
    "OpenDayOut",
    "OpenDaySettingOut",
    "OpenDayStepOut",
    "OverviewOut",
    "OverviewOutLinkages",
    "PartyIn",
    "PartyInKind",
    "PartyOut",
    "PayeeOut",
    "PayoutDeadlineOut",
    "PayoutDeferralEndIn",
    "PayoutDeferralIn",
    "PayoutDeferralInGround",
    "PayoutDeferralOut",
    "PayoutIn",
    "PayoutInMethod",
    "PayoutLedgerOut",
    "PayoutOut",
    "PayoutQueueItemOut",
    "PayoutQueueOut",
    "RecoveryIn",
    "RecoveryInSource",
    "RecoveryItemOut",
    "RecoveryListOut",
    "RecoveryOut",
    "ReleaseIn",
    "ReleaseInReason",
    "RenewalIn",
    "RequeryList",
    "RequeryOut",
    "RequeryResultIn",
    "RequeryResultOut",
    "ResumptionIn",
    "SignIn",
    "SignInRole",
    "SignedIn",
    "SweepIn",
    "SweepOut",
    "TargetOut",
    "TargetOutKey",
    "TargetsOut",
    "TimelineItemOut",
    "TimelineOut",
    "TransitionIn",
    "TransitionInSuspensionGroundType0",
    "UndisposableIn",
)
