"""asset_core domain rules (DOMAIN.md), one module per legal topic — mirroring tests/unit/asset_core/:
`case_number` (案号), `case_states` (the state machine), `priority` (绿色通道), `time_limits`, `investigation`
(一核), `conclusion` (终本 and the re-queries), `control_measures` (查封/扣押/冻结), `disposal` (拍卖/变卖),
`designation` (交叉执行), `payout` (执行款发放). Identity numbers live in `shared.identity`, the court hierarchy
in `shared.orgs`.
Pure: no I/O, no framework; dates are `datetime.date`, money is int fen (分), computed with integer arithmetic.

Period convention (民诉法 85): the day an event happens is not counted; a period of N months ends on the
corresponding day N months later, or on that month's last day when it has no such day (see `add_months`).
A period FOR AN ACT whose last day is a holiday or rest day ends on the next working day (民诉法 85 ¶3): those
rules return `shared.calendar.ActDeadline` (`on`, `moved_for_holiday_from`). Durations (control measures, the
60-day sale offer) do not move.

`from services.asset_core import domain; domain.X` reaches every public name."""
from services.asset_core.domain.case_number import CASE_TYPES, PROVINCE_CHARS, CaseNumber, CaseNumberError, parse_case_number
from services.asset_core.domain.case_states import (CASE_STATE_LABELS, SUSPENDED_STATES, SUSPENSION_GROUNDS,
                                                    TRANSITIONS, CaseState, check_suspension_ground,
                                                    check_transition, resumed_case_type)
from services.asset_core.domain.conclusion import (CONCLUSION_MIN_MONTHS, REQUERY_INTERVAL_MONTHS, REQUERY_YEARS,
                                                   ConclusionFacts, conclusion_earliest, conclusion_refusals,
                                                   requery_schedule)
from services.asset_core.domain.control_measures import (ASSET_TYPE_LABELS, ASSET_TYPES, EXPIRY_WARNING_DAYS,
                                                         MEASURE_KIND_LABELS, MEASURE_KINDS, RELEASE_REASONS,
                                                         allowed_measure_kinds, check_release_ground, measure_expiry, measure_max_months,
                                                         measure_status, next_queued_effective, renewal_expiry)
from services.asset_core.domain.designation import (DESIGNATION_FORMS, UNEXECUTED_MONTHS_BEFORE_DESIGNATION,
                                                    check_designation, executing_court_after, is_higher_court)
from services.asset_core.domain.disposal import (IN_KIND_OR_RELEASE, MIN_BIDDING_HOURS, ONLINE_MAX_AUCTION_ROUNDS,
                                                 SALE_PERIOD_DAYS, TRADITIONAL_MAX_AUCTION_ROUNDS,
                                                 check_online_round_timing, check_opening_price, check_sale_price,
                                                 check_traditional_reserve, deposit_range_fen, disposal_exhausted,
                                                 disposal_step, in_kind_price,
                                                 min_next_round_price, min_opening_price, min_sale_price,
                                                 min_traditional_reserve, next_disposal_step, notice_days,
                                                 reauction_deadline, reauction_notice_days, required_sale_price,
                                                 sale_notice_deadline, sale_period_end)
from services.asset_core.domain.investigation import (ASSET_REPORT_ORDER, CATEGORY_LABELS, DEFAULT_REQUIRED_CATEGORIES,
                                                      OPTIONAL_CATEGORIES, RESULT_STATUS_LABELS, RESULT_STATUSES,
                                                      check_investigation_result, investigation_coverage,
                                                      investigation_gaps, required_categories)
from services.asset_core.domain.priority import LivelihoodCategory, priority
from services.asset_core.domain.payout import (PAYABLE_SOURCES, PAYOUT_DAYS, PAYOUT_DAYS_AFTER_DEFERRAL,
                                             PAYOUT_DEFERRAL_GROUNDS, PAYOUT_METHODS, available_for_payout,
                                             deadline_with_deferrals, payout_deadline, waiting_since)
from services.asset_core.domain.settlement import (RESUME_LIMIT_MONTHS, SettlementRecord, check_settlement_resumption,
                                                   closes_on_full_performance, settlement_resume_deadline)
from services.asset_core.domain.time_limits import (EXTENSION_MONTHS, FINISH_MONTHS, FINISH_MONTHS_NON_LITIGATION,
                                                    check_extension_request, clue_verification_deadline, deadline_status,
                                                    debtor_change_report_deadline, execution_notice_deadline,
                                                    extension_request_latest, finishing_deadline,
                                                    officer_assignment_deadline)
# one home in shared/: identity numbers (GB 11643-1999, GB 32100-2015) and phones, the errors, calendar months
from shared.identity import (mask_phone, mask_resident_id, resident_id_check_char, uscc_check_char,
                             validate_resident_id, validate_uscc)
from shared.calendar import ActDeadline, act_deadline
from shared.legal import DomainError, add_months

__all__ = [n for n in dir() if not n.startswith("_") and n not in ("annotations",)]
