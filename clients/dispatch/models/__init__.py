"""Contains all the data models used in inputs/outputs"""

from .accept_in import AcceptIn
from .act_in import ActIn
from .act_kind import ActKind
from .act_out import ActOut
from .alarm_create import AlarmCreate
from .alarm_out import AlarmOut
from .alarm_page import AlarmPage
from .alarm_source import AlarmSource
from .alarm_status import AlarmStatus
from .approval_in import ApprovalIn
from .asset_found_in import AssetFoundIn
from .asset_found_in_asset_type import AssetFoundInAssetType
from .asset_found_out import AssetFoundOut
from .assigned_officer_out import AssignedOfficerOut
from .attachment_in import AttachmentIn
from .attachment_out import AttachmentOut
from .audit_verification import AuditVerification
from .audit_verification_witness import AuditVerificationWitness
from .case_projection_out import CaseProjectionOut
from .case_projection_page import CaseProjectionPage
from .checkpoint_view import CheckpointView
from .court_figures import CourtFigures
from .custody_out import CustodyOut
from .dispatch_create import DispatchCreate
from .dispatch_list import DispatchList
from .dispatch_out import DispatchOut
from .dispatch_status import DispatchStatus
from .dispatch_timestamps_out import DispatchTimestampsOut
from .duty_in import DutyIn
from .duty_status import DutyStatus
from .family_notice_in import FamilyNoticeIn
from .family_notice_out import FamilyNoticeOut
from .field_alarm_create import FieldAlarmCreate
from .field_alarm_create_source import FieldAlarmCreateSource
from .figure_counts import FigureCounts
from .figures_out import FiguresOut
from .figures_out_labels import FiguresOutLabels
from .file_list import FileList
from .file_out import FileOut
from .healthz_response_healthz import HealthzResponseHealthz
from .location_in import LocationIn
from .location_out import LocationOut
from .officer_create import OfficerCreate
from .officer_location_out import OfficerLocationOut
from .officer_locations import OfficerLocations
from .officer_out import OfficerOut
from .outcome_in import OutcomeIn
from .outcome_in_measures_item import OutcomeInMeasuresItem
from .outcome_out import OutcomeOut
from .penalty_approval_out import PenaltyApprovalOut
from .penalty_create import PenaltyCreate
from .penalty_kind import PenaltyKind
from .penalty_out import PenaltyOut
from .penalty_page import PenaltyPage
from .penalty_review_out import PenaltyReviewOut
from .penalty_status import PenaltyStatus
from .period_out import PeriodOut
from .ping_in import PingIn
from .pings_accepted import PingsAccepted
from .pings_in import PingsIn
from .reporter_in import ReporterIn
from .reporter_out import ReporterOut
from .reporter_reveal_out import ReporterRevealOut
from .response_time_out import ResponseTimeOut
from .response_times import ResponseTimes
from .review_decision_in import ReviewDecisionIn
from .review_decision_in_outcome import ReviewDecisionInOutcome
from .review_request_in import ReviewRequestIn
from .shift_create import ShiftCreate
from .shift_create_role import ShiftCreateRole
from .shift_out import ShiftOut
from .status_in import StatusIn
from .subject_in import SubjectIn
from .subject_kind import SubjectKind
from .subject_out import SubjectOut
from .sweep_in import SweepIn
from .sweep_out import SweepOut
from .target_out import TargetOut
from .targets_out import TargetsOut
from .urgency import Urgency

__all__ = (
    "AcceptIn",
    "ActIn",
    "ActKind",
    "ActOut",
    "AlarmCreate",
    "AlarmOut",
    "AlarmPage",
    "AlarmSource",
    "AlarmStatus",
    "ApprovalIn",
    "AssetFoundIn",
    "AssetFoundInAssetType",
    "AssetFoundOut",
    "AssignedOfficerOut",
    "AttachmentIn",
    "AttachmentOut",
    "AuditVerification",
    "AuditVerificationWitness",
    "CaseProjectionOut",
    "CaseProjectionPage",
    "CheckpointView",
    "CourtFigures",
    "CustodyOut",
    "DispatchCreate",
    "DispatchList",
    "DispatchOut",
    "DispatchStatus",
    "DispatchTimestampsOut",
    "DutyIn",
    "DutyStatus",
    "FamilyNoticeIn",
    "FamilyNoticeOut",
    "FieldAlarmCreate",
    "FieldAlarmCreateSource",
    "FigureCounts",
    "FiguresOut",
    "FiguresOutLabels",
    "FileList",
    "FileOut",
    "HealthzResponseHealthz",
    "LocationIn",
    "LocationOut",
    "OfficerCreate",
    "OfficerLocationOut",
    "OfficerLocations",
    "OfficerOut",
    "OutcomeIn",
    "OutcomeInMeasuresItem",
    "OutcomeOut",
    "PenaltyApprovalOut",
    "PenaltyCreate",
    "PenaltyKind",
    "PenaltyOut",
    "PenaltyPage",
    "PenaltyReviewOut",
    "PenaltyStatus",
    "PeriodOut",
    "PingIn",
    "PingsAccepted",
    "PingsIn",
    "ReporterIn",
    "ReporterOut",
    "ReporterRevealOut",
    "ResponseTimeOut",
    "ResponseTimes",
    "ReviewDecisionIn",
    "ReviewDecisionInOutcome",
    "ReviewRequestIn",
    "ShiftCreate",
    "ShiftCreateRole",
    "ShiftOut",
    "StatusIn",
    "SubjectIn",
    "SubjectKind",
    "SubjectOut",
    "SweepIn",
    "SweepOut",
    "TargetOut",
    "TargetsOut",
    "Urgency",
)
