"""Contains all the data models used in inputs/outputs"""

from .agent_in import AgentIn
from .agent_in_kind import AgentInKind
from .application_in import ApplicationIn
from .application_in_debtor_kind import ApplicationInDebtorKind
from .application_out import ApplicationOut
from .application_out_agents_item import ApplicationOutAgentsItem
from .application_page import ApplicationPage
from .application_state import ApplicationState
from .attachment_in import AttachmentIn
from .audit_verification import AuditVerification
from .audit_verification_witness import AuditVerificationWitness
from .channel import Channel
from .checkpoint_view import CheckpointView
from .decision_in import DecisionIn
from .decision_in_decision import DecisionInDecision
from .figures_out import FiguresOut
from .file_list import FileList
from .file_out import FileOut
from .finding import Finding
from .healthz_response_healthz import HealthzResponseHealthz
from .notice_out import NoticeOut
from .notice_page import NoticePage
from .notice_state import NoticeState
from .outcome import Outcome
from .payment_in import PaymentIn
from .public_notice_out import PublicNoticeOut
from .public_notice_page import PublicNoticePage
from .publish_in import PublishIn
from .realisation_in import RealisationIn
from .reward_kind import RewardKind
from .reward_out import RewardOut
from .reward_out_payment_mode import RewardOutPaymentMode
from .reward_out_state import RewardOutState
from .reward_page import RewardPage
from .reward_terms_in import RewardTermsIn
from .sign_in import SignIn
from .sign_in_role import SignInRole
from .signed_in import SignedIn
from .sought import Sought
from .sweep_in import SweepIn
from .sweep_out import SweepOut
from .tip_file_receipt_out import TipFileReceiptOut
from .tip_in import TipIn
from .tip_in_clue_kind import TipInClueKind
from .tip_out import TipOut
from .tip_out_attachments_item import TipOutAttachmentsItem
from .tip_receipt_out import TipReceiptOut
from .tip_register_out import TipRegisterOut
from .tip_status import TipStatus
from .tip_status_out import TipStatusOut
from .tipster_in import TipsterIn
from .verify_in import VerifyIn
from .withdraw_in import WithdrawIn

__all__ = (
    "AgentIn",
    "AgentInKind",
    "ApplicationIn",
    "ApplicationInDebtorKind",
    "ApplicationOut",
    "ApplicationOutAgentsItem",
    "ApplicationPage",
    "ApplicationState",
    "AttachmentIn",
    "AuditVerification",
    "AuditVerificationWitness",
    "Channel",
    "CheckpointView",
    "DecisionIn",
    "DecisionInDecision",
    "FiguresOut",
    "FileList",
    "FileOut",
    "Finding",
    "HealthzResponseHealthz",
    "NoticeOut",
    "NoticePage",
    "NoticeState",
    "Outcome",
    "PaymentIn",
    "PublicNoticeOut",
    "PublicNoticePage",
    "PublishIn",
    "RealisationIn",
    "RewardKind",
    "RewardOut",
    "RewardOutPaymentMode",
    "RewardOutState",
    "RewardPage",
    "RewardTermsIn",
    "SignIn",
    "SignInRole",
    "SignedIn",
    "Sought",
    "SweepIn",
    "SweepOut",
    "TipFileReceiptOut",
    "TipIn",
    "TipInClueKind",
    "TipOut",
    "TipOutAttachmentsItem",
    "TipReceiptOut",
    "TipRegisterOut",
    "TipStatus",
    "TipStatusOut",
    "TipsterIn",
    "VerifyIn",
    "WithdrawIn",
)
