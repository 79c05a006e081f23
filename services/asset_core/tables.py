"""asset_core's database tables."""
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Computed, Date, DateTime, ForeignKey, Identity,
                        Index, Integer, SmallInteger, String, Table, Text, UniqueConstraint, text)
from sqlalchemy.dialects.postgresql import JSONB, UUID

from shared.db import new_metadata
from shared.files import files_table

metadata, platform = new_metadata()


def _ts(name: str, nullable: bool = False) -> Column:
    return Column(name, DateTime(timezone=True), nullable=nullable, server_default=None if nullable else text("now()"))


PRIORITY_SQL = "CASE WHEN livelihood_category = 'none' THEN 1 ELSE 0 END"  # = domain.priority (a unit test checks)

cases = Table(
    "cases", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("case_number", String(64), nullable=False),
    Column("year", Integer, nullable=False),
    Column("court_code", String(16), nullable=False),  # court in the 案号 (filing court)
    Column("case_type", String(8), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("executing_court_code", String(16), nullable=False, index=True),
    Column("filed_on", Date, nullable=False),
    Column("amount_owed_fen", BigInteger, nullable=False),
    Column("livelihood_category", String(32), nullable=False),
    Column("applicants", JSONB, nullable=False),  # names, for the event and lists
    Column("respondents", JSONB, nullable=False),
    Column("state", String(32), nullable=False),
    Column("version", Integer, nullable=False, server_default=text("1")),
    Column("created_by", String(200), nullable=False),
    _ts("created_at"),
    _ts("updated_at"),
    # --- time limits and milestones
    Column("non_litigation", Boolean, nullable=False, server_default=text("false")),
    Column("parent_case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=True),
    Column("officer_id", String(200)),
    Column("officer_assigned_on", Date),
    Column("execution_notice_on", Date),
    Column("asset_report_order_on", Date),
    Column("consumption_restriction_on", Date),
    Column("dishonest_listing_eligible", Boolean, nullable=False, server_default=text("false")),
    Column("dishonest_listing_on", Date),
    Column("debtor_missing", Boolean, nullable=False, server_default=text("false")),
    Column("missing_debtor_searched_on", Date),
    Column("extension_approved_on", Date),
    Column("suspended_since", Date),
    Column("suspended_days", Integer, nullable=False, server_default=text("0")),
    Column("executing_since", Date),
    Column("concluded_on", Date),
    Column("closed_on", Date),
    Column("investigation_completed_on", Date),
    Column("required_categories", JSONB, nullable=False),
    Column("extension_requested_on", Date),  # the request date is what 执行期限规定 1 checks
    Column("applicant_heard_on", Date),  # 终本规定 5: the applicant told and heard before 终本
    Column("obstructed", Boolean, nullable=False, server_default=text("false")),  # 终本规定 1(5)
    Column("obstruction_sanctioned_on", Date),  # fine / detention / criminal transfer (终本规定 1(5))
    Column("suspension_ground", Text),  # 中止 (民诉法 267) other than by settlement
    # the sweep (sweep.py): the next day it must look at this open case, the day it last did (migration 0150; a
    # trigger clears sweep_due_on on any other write, so a changed case is looked at again)
    Column("sweep_due_on", Date),
    Column("swept_on", Date),
    # 绿色通道 first (domain.priority: 0 for wage and support cases, 1 otherwise), kept by PostgreSQL so the search
    # sorts and pages by (priority, filed_on, seq) on an index (migration 0160)
    Column("priority", SmallInteger, Computed(PRIORITY_SQL, persisted=True), nullable=False),
    UniqueConstraint("case_number", name="uq_cases_case_number"),
)
Index("ix_cases_sweep_due_on", cases.c.sweep_due_on, postgresql_where=cases.c.state.in_(["filed", "executing"]))
Index("ix_cases_swept_on", cases.c.swept_on, postgresql_where=cases.c.state.in_(["filed", "executing"]))
# the search (migration 0160): its sort, partial 案号 and party names by trigram (pg_trgm: LIKE 'prefix%' and '%part%')
Index("ix_cases_priority_filed_on_seq", cases.c.priority, cases.c.filed_on, cases.c.seq)
Index("ix_cases_case_number_trgm", cases.c.case_number, postgresql_using="gin",
      postgresql_ops={"case_number": "gin_trgm_ops"})

parties = Table(
    "parties", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True),
    Column("role", String(16), nullable=False),  # applicant / respondent
    Column("kind", String(16), nullable=False),  # person / organisation
    Column("name", String(200), nullable=False),
    Column("id_number", String(18)),  # 身份证号 or 统一社会信用代码 (normalised)
    Column("party_key", String(64), index=True),  # sha256 of kind+id_number: links one debtor's cases
    Column("phone", String(32)),
    Column("position", Integer, nullable=False),
)
Index("ix_parties_name_trgm", parties.c.name, postgresql_using="gin", postgresql_ops={"name": "gin_trgm_ops"})

designations = Table(
    "designations", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True),
    Column("designating_court", String(16), nullable=False, index=True),
    Column("from_court", String(16), nullable=False, index=True),
    Column("to_court", String(16), nullable=False),
    Column("form", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("designated_on", Date, nullable=False),
    Column("designated_by", String(200), nullable=False),
    _ts("created_at"),
)

investigation_results = Table(
    "investigation_results", metadata,
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), primary_key=True),
    Column("category", String(32), primary_key=True),
    Column("status", String(16), nullable=False),  # found / none / not_applicable
    Column("source", String(32), nullable=False),
    Column("note", Text),
    Column("queried_on", Date, nullable=False),
    Column("recorded_by", String(200), nullable=False),
    _ts("recorded_at"),
)

assets = Table(
    "assets", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True),
    Column("debtor_key", String(64), index=True),
    Column("debtor_name", String(200)),
    Column("asset_type", String(32), nullable=False),
    Column("description", Text, nullable=False),
    Column("quantity", Integer, nullable=False, server_default=text("1")),
    Column("estimated_value_fen", BigInteger),
    Column("location", Text),
    Column("discovery_source", String(32), nullable=False),
    Column("source_event_id", String(64), unique=True),
    Column("mortgaged", Boolean, nullable=False, server_default=text("false")),
    Column("status", String(32), nullable=False),
    Column("remortgage_requested_on", Date),
    Column("undisposable_reason", Text),  # found but cannot be disposed of: does not block 终本 (终本规定 1(3))
    _ts("created_at"),
    _ts("updated_at"),
)

measures = Table(
    "measures", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("asset_id", UUID(as_uuid=True), ForeignKey("assets.id"), nullable=False, index=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("flexible", Boolean, nullable=False),
    Column("amount_fen", BigInteger),
    Column("months", Integer, nullable=False),
    Column("status", String(16), nullable=False),  # queued / active / released / lapsed
    Column("queued_on", Date),
    Column("start_on", Date),
    Column("expiry_on", Date, index=True),
    Column("renewals", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
    Column("released_on", Date),
    Column("release_reason", String(32)),
    Column("warned_for_expiry", Date),  # the expiry date a warning was emitted for (once per expiry)
    _ts("created_at"),
    _ts("updated_at"),
)

auction_rounds = Table(
    "auction_rounds", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("asset_id", UUID(as_uuid=True), ForeignKey("assets.id"), nullable=False, index=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False),
    Column("round_no", Integer, nullable=False),
    Column("method", String(16), nullable=False),  # online_auction / auction / sale
    Column("valuation_fen", BigInteger, nullable=False),
    Column("opening_fen", BigInteger, nullable=False),
    Column("starts_on", Date, nullable=False),
    Column("outcome", String(16), nullable=False),  # scheduled / failed / sold
    Column("price_fen", BigInteger),
    Column("in_kind", Boolean, nullable=False, server_default=text("false")),
    Column("ended_on", Date),
    Column("announced_on", Date),  # 网拍规定 12, 26
    Column("deposit_fen", BigInteger),  # 网拍规定 17
    Column("bidding_hours", Integer),  # 网拍规定 20
    Column("sale_ends_on", Date),  # a sale's 60-day offer (网拍规定 26 and the SPC notice; 拍卖变卖规定 25)
    _ts("created_at"),
    UniqueConstraint("asset_id", "round_no", name="uq_auction_rounds_asset_round"),
)

# Settlements reached at the settlement center, as asset_core learns them from mediation's events (和解规定 8-11).
settlements = Table(
    "settlements", metadata,
    Column("settlement_id", String(64), primary_key=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True),
    Column("reached_on", Date, nullable=False),
    Column("first_due_on", Date, nullable=False),
    Column("performance_end_on", Date, nullable=False),
    Column("total_fen", BigInteger, nullable=False),
    Column("defaulted_on", Date),
    Column("performed_on", Date),
    Column("resumed_on", Date),
)

# The applicant's specific asset clues, verified within 7 days (3 if urgent) (财产调查规定 2).
asset_clues = Table(
    "asset_clues", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True),
    Column("description", Text, nullable=False),
    Column("asset_type", String(32)),
    Column("urgent", Boolean, nullable=False),
    Column("received_on", Date, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("moved_for_holiday_from", Date),
    Column("verified_on", Date),
    Column("result", String(16)),  # found / none
    Column("asset_id", UUID(as_uuid=True), ForeignKey("assets.id")),
    _ts("created_at"),
)
Index("ix_asset_clues_unverified_due_on", asset_clues.c.due_on, postgresql_where=asset_clues.c.verified_on.is_(None))

# The debtor's reports of changes in its assets, due within 10 days of the change (财产调查规定 7).
change_reports = Table(
    "change_reports", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True),
    Column("changed_on", Date, nullable=False),
    Column("reported_on", Date, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("moved_for_holiday_from", Date),
    Column("description", Text, nullable=False),
    Column("late", Boolean, nullable=False),
    _ts("created_at"),
)

recoveries = Table(
    "recoveries", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True),
    Column("amount_fen", BigInteger, nullable=False),
    Column("source", String(32), nullable=False),
    Column("received_on", Date, nullable=False),
    Column("source_event_id", String(64), unique=True),
    Column("asset_id", UUID(as_uuid=True), ForeignKey("assets.id")),  # the asset it came from (sold, in kind)
    _ts("created_at"),
)

# 执行款发放: recovered money paid out to an applicant of the case (执行款物管理规定 13; migration 0160). Never more than
# the money received by the day less what was paid out before (service.record_payout, under the case's lock).
payouts = Table(
    "payouts", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True),
    Column("payee_party_id", UUID(as_uuid=True), ForeignKey("parties.id"), nullable=False),
    Column("amount_fen", BigInteger, CheckConstraint("amount_fen > 0", name="amount_positive"), nullable=False),
    Column("paid_on", Date, nullable=False),
    Column("method", String(16), nullable=False),  # bank_transfer / cheque / cash
    Column("reference", String(100)),  # the bank's voucher or cheque number
    Column("note", Text),
    Column("recorded_by", String(200), nullable=False),
    _ts("created_at"),
)

# 延缓发放 (执行款物管理规定 13 ¶2-3; migration 0180): a judge's or president's decision to defer a case's payout on a
# ground of ¶2; `ended_on` recorded when the ground ceased (due 10 days after). Appended; only the end is written later.
payout_deferrals = Table(
    "payout_deferrals", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True),
    Column("ground", String(32), nullable=False),  # domain.PAYOUT_DEFERRAL_GROUNDS
    Column("decided_on", Date, nullable=False),
    Column("note", Text),
    Column("decided_by", String(200), nullable=False),
    Column("ended_on", Date),
    Column("ended_by", String(200)),
    _ts("created_at"),
    CheckConstraint("ended_on is null or ended_on >= decided_on", name="ends_after_decided"),
)
Index("ix_payout_deferrals_standing", payout_deferrals.c.case_id, postgresql_where=payout_deferrals.c.ended_on.is_(None))
Index("ix_recoveries_received_on_case_id", recoveries.c.received_on, recoveries.c.case_id)

# The last events that changed a case's asset picture (for the aggregate view).
case_events = Table(
    "case_events", metadata,
    Column("seq", BigInteger, Identity(), primary_key=True),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False),
    Column("event_id", String(64), nullable=False),
    Column("event_type", String(200), nullable=False),
    Column("summary", Text, nullable=False),
    _ts("at"),
)
Index("ix_case_events_case_seq", case_events.c.case_id, case_events.c.seq)

# Notices emitted once: (case or measure, kind, level, date) — deadline due/overdue, expiry warnings, re-queries.
notices = Table(
    "notices", metadata,
    Column("subject_id", UUID(as_uuid=True), primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("level", String(16), primary_key=True),
    Column("for_date", Date, primary_key=True),
    _ts("emitted_at"),
)

requeries = Table(
    "requeries", metadata,
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), primary_key=True),
    Column("sequence", Integer, primary_key=True),
    Column("due_on", Date, nullable=False, index=True),
    Column("done_on", Date),
    Column("result", String(16)),  # found / none
)

# The 四联一核 overview: counters from the linkages' streams, per court and day (Asia/Shanghai).
figures = Table(
    "figures", metadata,
    Column("court_code", String(16), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("metric", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# The same counters per court AND per court above it (内0621's also count for 内06 and 内), the core's own too
# (`core.*`, from cases and recoveries), so the overview reads one court's rows by key (migration 0150). New counts
# are appended to figures_pending (projections.count; triggers on cases and recoveries) and folded in by the sweep.
figures_rollup = Table(
    "figures_rollup", metadata,
    Column("org_code", String(16), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("metric", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)
figures_pending = Table(
    "figures_pending", metadata,
    Column("org_code", String(16), nullable=False),
    Column("day", Date, nullable=False),
    Column("metric", String(40), nullable=False),
    Column("value", BigInteger, nullable=False),
)
Index("ix_figures_pending_org_code_day", figures_pending.c.org_code, figures_pending.c.day)

# What the overview counted of each dispatch (出警人次), so a cancelled dispatch is taken back from the day it counted.
overview_dispatches = Table(
    "overview_dispatches", metadata,
    Column("dispatch_id", String(64), primary_key=True),
    Column("court_code", String(16), nullable=False),
    Column("day", Date, nullable=False),
    Column("officer_count", Integer, nullable=False),
    Column("cancelled", Boolean, nullable=False, server_default="false"),
)

# 执行开放日 (issue 14): the cases a judge or president opened to the public, and what the public page may show.
open_day_cases = Table(
    "open_day_cases", metadata,
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), primary_key=True),
    Column("court_code", String(16), nullable=False, index=True),
    Column("show_amounts", Boolean, nullable=False, server_default=text("false")),
    Column("opened_by", String(200), nullable=False),
    _ts("opened_at"),
)

# Evidence files (issue 16): documents and photos attached to a case, bytes in PostgreSQL, SHA-256 in the audit chain
# (shared.files; migration 0170; never updated or deleted).
files = files_table(metadata)
