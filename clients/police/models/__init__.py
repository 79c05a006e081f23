"""Contains all the data models used in inputs/outputs"""

from .accept_in import AcceptIn
from .act_in import ActIn
from .act_in_kind import ActInKind
from .answer_in import AnswerIn
from .answer_in_asset_type_type_0 import AnswerInAssetTypeType0
from .answer_out import AnswerOut
from .answer_out_located_type_0 import AnswerOutLocatedType0
from .answers_in import AnswersIn
from .audit_verification import AuditVerification
from .audit_verification_witness import AuditVerificationWitness
from .batch_in import BatchIn
from .batch_out import BatchOut
from .batch_page import BatchPage
from .batch_status import BatchStatus
from .batch_summary import BatchSummary
from .case_out import CaseOut
from .checkpoint_view import CheckpointView
from .close_in import CloseIn
from .complex_in import ComplexIn
from .custody_out import CustodyOut
from .custody_page import CustodyPage
from .custody_status import CustodyStatus
from .day_in import DayIn
from .deadline_out import DeadlineOut
from .deadline_out_status import DeadlineOutStatus
from .early_release_in import EarlyReleaseIn
from .evidence_in import EvidenceIn
from .evidence_in_kind import EvidenceInKind
from .explanation_in import ExplanationIn
from .figures_out import FiguresOut
from .hand_over_in import HandOverIn
from .healthz_response_healthz import HealthzResponseHealthz
from .outcome_in import OutcomeIn
from .outcome_in_outcome import OutcomeInOutcome
from .payment_in import PaymentIn
from .payment_out import PaymentOut
from .person_in import PersonIn
from .person_in_capacity import PersonInCapacity
from .person_out import PersonOut
from .private_prosecution_in import PrivateProsecutionIn
from .refusal_in import RefusalIn
from .release_in import ReleaseIn
from .request_kind import RequestKind
from .supervision_decision_in import SupervisionDecisionIn
from .supervision_request_in import SupervisionRequestIn
from .sweep_in import SweepIn
from .sweep_out import SweepOut
from .transfer_in import TransferIn
from .transfer_out import TransferOut
from .transfer_out_evidence import TransferOutEvidence
from .transfer_out_history_item import TransferOutHistoryItem
from .transfer_out_persons_item import TransferOutPersonsItem
from .transfer_page import TransferPage
from .transfer_person_in import TransferPersonIn
from .transfer_person_in_capacity import TransferPersonInCapacity
from .transfer_state import TransferState

__all__ = (
    "AcceptIn",
    "ActIn",
    "ActInKind",
    "AnswerIn",
    "AnswerInAssetTypeType0",
    "AnswerOut",
    "AnswerOutLocatedType0",
    "AnswersIn",
    "AuditVerification",
    "AuditVerificationWitness",
    "BatchIn",
    "BatchOut",
    "BatchPage",
    "BatchStatus",
    "BatchSummary",
    "CaseOut",
    "CheckpointView",
    "CloseIn",
    "ComplexIn",
    "CustodyOut",
    "CustodyPage",
    "CustodyStatus",
    "DayIn",
    "DeadlineOut",
    "DeadlineOutStatus",
    "EarlyReleaseIn",
    "EvidenceIn",
    "EvidenceInKind",
    "ExplanationIn",
    "FiguresOut",
    "HandOverIn",
    "HealthzResponseHealthz",
    "OutcomeIn",
    "OutcomeInOutcome",
    "PaymentIn",
    "PaymentOut",
    "PersonIn",
    "PersonInCapacity",
    "PersonOut",
    "PrivateProsecutionIn",
    "RefusalIn",
    "ReleaseIn",
    "RequestKind",
    "SupervisionDecisionIn",
    "SupervisionRequestIn",
    "SweepIn",
    "SweepOut",
    "TransferIn",
    "TransferOut",
    "TransferOutEvidence",
    "TransferOutHistoryItem",
    "TransferOutPersonsItem",
    "TransferPage",
    "TransferPersonIn",
    "TransferPersonInCapacity",
    "TransferState",
)
