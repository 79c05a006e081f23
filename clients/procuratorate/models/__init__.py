"""Contains all the data models used in inputs/outputs"""

from .audit_verification import AuditVerification
from .audit_verification_witness import AuditVerificationWitness
from .case_file_in import CaseFileIn
from .case_file_in_domain import CaseFileInDomain
from .case_file_in_kind import CaseFileInKind
from .case_out import CaseOut
from .case_out_deadlines_item import CaseOutDeadlinesItem
from .case_out_items_by_status import CaseOutItemsByStatus
from .case_out_litigation_type_0 import CaseOutLitigationType0
from .case_out_meetings_item import CaseOutMeetingsItem
from .case_out_objects_item import CaseOutObjectsItem
from .case_out_recommendations_item import CaseOutRecommendationsItem
from .case_out_records_item import CaseOutRecordsItem
from .case_out_reviews_item import CaseOutReviewsItem
from .case_page import CasePage
from .case_state import CaseState
from .case_summary_out import CaseSummaryOut
from .case_summary_out_litigation_type_0 import CaseSummaryOutLitigationType0
from .checkpoint_view import CheckpointView
from .clue_evaluation_in import ClueEvaluationIn
from .clue_evaluation_in_decision import ClueEvaluationInDecision
from .clue_in import ClueIn
from .clue_in_source import ClueInSource
from .clue_out import ClueOut
from .clue_page import CluePage
from .county_list import CountyList
from .county_out import CountyOut
from .defect_in import DefectIn
from .defect_in_defect import DefectInDefect
from .defect_in_unit_type_0 import DefectInUnitType0
from .derived_metrics_out import DerivedMetricsOut
from .derived_metrics_out_manual_periods_item import DerivedMetricsOutManualPeriodsItem
from .derived_metrics_out_totals import DerivedMetricsOutTotals
from .duty import Duty
from .evaluation_out import EvaluationOut
from .evidence import Evidence
from .evidence_kind import EvidenceKind
from .figure_out import FigureOut
from .figure_out_source import FigureOutSource
from .finding import Finding
from .healthz_response_healthz import HealthzResponseHealthz
from .issued_recommendation_out import IssuedRecommendationOut
from .item_measure import ItemMeasure
from .list_clues_status_type_0 import ListCluesStatusType0
from .list_map_spots_kind_type_0 import ListMapSpotsKindType0
from .list_map_spots_status_type_0 import ListMapSpotsStatusType0
from .map_spot_in import MapSpotIn
from .map_spot_in_kind import MapSpotInKind
from .map_spot_out import MapSpotOut
from .map_spot_out_history_item import MapSpotOutHistoryItem
from .map_spot_page import MapSpotPage
from .map_spot_status_in import MapSpotStatusIn
from .map_spot_status_in_status import MapSpotStatusInStatus
from .meeting_in import MeetingIn
from .meeting_out import MeetingOut
from .meeting_out_duties_item import MeetingOutDutiesItem
from .metrics_in import MetricsIn
from .metrics_out import MetricsOut
from .metrics_report import MetricsReport
from .metrics_report_labels import MetricsReportLabels
from .metrics_report_totals import MetricsReportTotals
from .new_item_out import NewItemOut
from .new_object_out import NewObjectOut
from .object_in import ObjectIn
from .object_in_kind import ObjectInKind
from .objects_in import ObjectsIn
from .objects_out import ObjectsOut
from .patrol_schedule_out import PatrolScheduleOut
from .project_in import ProjectIn
from .project_in_kind import ProjectInKind
from .project_list import ProjectList
from .project_list_by_status import ProjectListByStatus
from .project_out import ProjectOut
from .project_out_history_item import ProjectOutHistoryItem
from .project_status_in import ProjectStatusIn
from .project_status_in_status import ProjectStatusInStatus
from .recommendation_in import RecommendationIn
from .record_in import RecordIn
from .record_in_kind import RecordInKind
from .record_out import RecordOut
from .record_out_evidence_item import RecordOutEvidenceItem
from .referral_in import ReferralIn
from .referral_in_to_kind import ReferralInToKind
from .reply_in import ReplyIn
from .reply_out import ReplyOut
from .review_in import ReviewIn
from .review_out import ReviewOut
from .river_list import RiverList
from .river_out import RiverOut
from .segment_out import SegmentOut
from .share_in import ShareIn
from .share_out import ShareOut
from .sweep_in import SweepIn
from .sweep_out import SweepOut
from .timeline_out import TimelineOut
from .timeline_step import TimelineStep
from .transition_in import TransitionIn

__all__ = (
    "AuditVerification",
    "AuditVerificationWitness",
    "CaseFileIn",
    "CaseFileInDomain",
    "CaseFileInKind",
    "CaseOut",
    "CaseOutDeadlinesItem",
    "CaseOutItemsByStatus",
    "CaseOutLitigationType0",
    "CaseOutMeetingsItem",
    "CaseOutObjectsItem",
    "CaseOutRecommendationsItem",
    "CaseOutRecordsItem",
    "CaseOutReviewsItem",
    "CasePage",
    "CaseState",
    "CaseSummaryOut",
    "CaseSummaryOutLitigationType0",
    "CheckpointView",
    "ClueEvaluationIn",
    "ClueEvaluationInDecision",
    "ClueIn",
    "ClueInSource",
    "ClueOut",
    "CluePage",
    "CountyList",
    "CountyOut",
    "DefectIn",
    "DefectInDefect",
    "DefectInUnitType0",
    "DerivedMetricsOut",
    "DerivedMetricsOutManualPeriodsItem",
    "DerivedMetricsOutTotals",
    "Duty",
    "EvaluationOut",
    "Evidence",
    "EvidenceKind",
    "FigureOut",
    "FigureOutSource",
    "Finding",
    "HealthzResponseHealthz",
    "IssuedRecommendationOut",
    "ItemMeasure",
    "ListCluesStatusType0",
    "ListMapSpotsKindType0",
    "ListMapSpotsStatusType0",
    "MapSpotIn",
    "MapSpotInKind",
    "MapSpotOut",
    "MapSpotOutHistoryItem",
    "MapSpotPage",
    "MapSpotStatusIn",
    "MapSpotStatusInStatus",
    "MeetingIn",
    "MeetingOut",
    "MeetingOutDutiesItem",
    "MetricsIn",
    "MetricsOut",
    "MetricsReport",
    "MetricsReportLabels",
    "MetricsReportTotals",
    "NewItemOut",
    "NewObjectOut",
    "ObjectIn",
    "ObjectInKind",
    "ObjectsIn",
    "ObjectsOut",
    "PatrolScheduleOut",
    "ProjectIn",
    "ProjectInKind",
    "ProjectList",
    "ProjectListByStatus",
    "ProjectOut",
    "ProjectOutHistoryItem",
    "ProjectStatusIn",
    "ProjectStatusInStatus",
    "RecommendationIn",
    "RecordIn",
    "RecordInKind",
    "RecordOut",
    "RecordOutEvidenceItem",
    "ReferralIn",
    "ReferralInToKind",
    "ReplyIn",
    "ReplyOut",
    "ReviewIn",
    "ReviewOut",
    "RiverList",
    "RiverOut",
    "SegmentOut",
    "ShareIn",
    "ShareOut",
    "SweepIn",
    "SweepOut",
    "TimelineOut",
    "TimelineStep",
    "TransitionIn",
)
