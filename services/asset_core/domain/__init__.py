"""asset_core domain rules (DOMAIN.md), one module per legal topic — mirroring tests/unit/asset_core/:
`case_number` (案号), `case_states` (the state machine), `priority` (绿色通道), `time_limits`, `investigation`
(一核), `conclusion` (终本 and the re-queries), `control_measures` (查封/扣押/冻结), `disposal` (拍卖/变卖),
`designation` (交叉执行). Identity numbers live in `shared.identity`, the court hierarchy in `shared.orgs`.
Pure: no I/O, no framework; dates are `datetime.date`, money is int fen (分), computed with integer arithmetic.

Period convention (民诉法 85): the day an event happens is not counted; a period of N months ends on the
corresponding day N months later, or on that month's last day when it has no such day (see `add_months`).
Statutory holidays (民诉法 85 ¶3) are `shared.calendar`'s business, not applied here.

`from services.asset_core import domain; domain.X` reaches every public name."""
from services.asset_core.domain.case_number import CASE_TYPES, PROVINCE_CHARS, CaseNumber, CaseNumberError, parse_case_number
from services.asset_core.domain.case_states import (CASE_STATE_LABELS, TRANSITIONS, CaseState, check_transition,
                                                    resumed_case_type)
from services.asset_core.domain.conclusion import (CONCLUSION_MIN_MONTHS, REQUERY_INTERVAL_MONTHS, REQUERY_YEARS,
                                                   ConclusionFacts, conclusion_earliest, conclusion_refusals,
                                                   requery_schedule)
from services.asset_core.domain.control_measures import (ASSET_TYPE_LABELS, ASSET_TYPES, EXPIRY_WARNING_DAYS,
                                                         MEASURE_KIND_LABELS, MEASURE_KINDS, RELEASE_REASONS,
                                                         allowed_measure_kinds, measure_expiry, measure_max_months,
                                                         measure_status, next_queued_effective, renewal_expiry)
from services.asset_core.domain.designation import (DESIGNATION_FORMS, UNEXECUTED_MONTHS_BEFORE_DESIGNATION,
                                                    check_designation, executing_court_after, is_higher_court)
from services.asset_core.domain.disposal import (MIN_BIDDING_HOURS, ONLINE_MAX_AUCTION_ROUNDS,
                                                 TRADITIONAL_MAX_AUCTION_ROUNDS, check_opening_price,
                                                 deposit_range_fen, in_kind_price, min_next_round_price,
                                                 min_opening_price, min_sale_price, next_disposal_step, notice_days,
                                                 reauction_deadline)
from services.asset_core.domain.investigation import (ASSET_REPORT_ORDER, CATEGORY_LABELS, DEFAULT_REQUIRED_CATEGORIES,
                                                      OPTIONAL_CATEGORIES, RESULT_STATUS_LABELS, RESULT_STATUSES,
                                                      check_investigation_result, investigation_coverage,
                                                      investigation_gaps)
from services.asset_core.domain.priority import LivelihoodCategory, priority
from services.asset_core.domain.time_limits import (EXTENSION_MONTHS, FINISH_MONTHS, FINISH_MONTHS_NON_LITIGATION,
                                                    clue_verification_deadline, deadline_status,
                                                    debtor_change_report_deadline, execution_notice_deadline,
                                                    extension_request_latest, finishing_deadline,
                                                    officer_assignment_deadline)
# one home in shared/: identity numbers (GB 11643-1999, GB 32100-2015) and phones, the errors, calendar months
from shared.identity import (mask_phone, mask_resident_id, resident_id_check_char, uscc_check_char,
                             validate_resident_id, validate_uscc)
from shared.legal import DomainError, add_months

__all__ = [n for n in dir() if not n.startswith("_") and n not in ("annotations",)]
