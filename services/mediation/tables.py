"""mediation's database tables: the center's cases, mediators, assignments, handling steps, settlements with
installments and payments, supervision, and the projection of asset_core's cases, assets and measures."""
from sqlalchemy import (BigInteger, Boolean, Column, Date, DateTime, ForeignKey, Identity, Index, Integer, String,
                        Table, Text, UniqueConstraint, text)
from sqlalchemy.dialects.postgresql import JSONB, UUID

from shared.db import new_metadata

metadata, platform = new_metadata()


def _ts(name: str, nullable: bool = False) -> Column:
    return Column(name, DateTime(timezone=True), nullable=nullable, server_default=None if nullable else text("now()"))


# ------------------------------------------------------------------ projection of asset_core (from its events)
court_cases = Table(
    "court_cases", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),  # asset_core's case id
    Column("case_number", String(64), nullable=False),
    Column("court_code", String(16), nullable=False, index=True),  # executing court
    Column("filing_court_code", String(16)),
    Column("amount_owed_fen", BigInteger),
    Column("livelihood_category", String(32), nullable=False, server_default=text("'none'")),
    Column("applicants", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
    Column("respondents", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
    Column("state", String(32), nullable=False),
    Column("recovered_fen", BigInteger, nullable=False, server_default=text("0")),
    Column("outstanding_fen", BigInteger),
    _ts("updated_at"),
)

case_assets = Table(
    "case_assets", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),  # asset_core's asset id
    Column("case_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("asset_type", String(32), nullable=False),
    Column("description", Text, nullable=False),
    Column("estimated_value_fen", BigInteger),
    Column("discovery_source", String(32)),
    _ts("discovered_at"),
)

case_measures = Table(
    "case_measures", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),  # asset_core's measure id
    Column("case_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("asset_id", UUID(as_uuid=True), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("flexible", Boolean, nullable=False, server_default=text("false")),
    Column("amount_fen", BigInteger),
    Column("status", String(16), nullable=False),  # queued / active / released / lapsed
    Column("expiry_on", Date),
    Column("released_on", Date),
    Column("release_reason", String(32)),
    _ts("updated_at"),
)

# ------------------------------------------------------------------ the center
mediators = Table(
    "mediators", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("court_code", String(16), nullable=False, index=True),
    Column("user_sub", String(200), nullable=False),  # the mediator's login (JWT sub)
    Column("name", String(100), nullable=False),
    Column("team", String(100), nullable=False),
    Column("skills", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
    Column("capacity", Integer, nullable=False),
    Column("active", Boolean, nullable=False, server_default=text("true")),
    _ts("created_at"),
    UniqueConstraint("court_code", "user_sub", name="uq_mediators_court_user"),
)

center_cases = Table(
    "center_cases", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("case_id", UUID(as_uuid=True), nullable=False, unique=True),  # asset_core's case id
    Column("case_number", String(64), nullable=False),
    Column("court_code", String(16), nullable=False, index=True),
    Column("livelihood_category", String(32), nullable=False),
    Column("priority", Integer, nullable=False),
    Column("source", String(16), nullable=False),  # concluded (终本推送) / referral (移送)
    Column("legal_status", String(32), nullable=False),  # the enforcement case's state, kept as is
    Column("received_on", Date, nullable=False, index=True),
    Column("referral_reason", Text),
    Column("state", String(32), nullable=False),
    Column("mediator_id", UUID(as_uuid=True), ForeignKey("mediators.id")),
    Column("assigned_on", Date),
    Column("last_step_on", Date),
    Column("settled_on", Date),
    Column("fully_executed_on", Date, index=True),
    Column("closed_on", Date),
    Column("close_reason", Text),
    Column("version", Integer, nullable=False, server_default=text("1")),
    _ts("created_at"),
    _ts("updated_at"),
)

assignments = Table(
    "assignments", metadata,
    Column("seq", BigInteger, Identity(), primary_key=True),
    Column("center_case_id", UUID(as_uuid=True), ForeignKey("center_cases.id"), nullable=False, index=True),
    Column("mediator_id", UUID(as_uuid=True), ForeignKey("mediators.id"), nullable=False),
    Column("previous_mediator_id", UUID(as_uuid=True)),
    Column("mode", String(16), nullable=False),  # auto (分案规则) / manual (改派)
    Column("reason", Text),
    Column("assigned_on", Date, nullable=False),
    Column("assigned_by", String(200), nullable=False),
    _ts("at"),
)

steps = Table(
    "steps", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("center_case_id", UUID(as_uuid=True), ForeignKey("center_cases.id"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # contact / session / note
    Column("channel", String(16)),  # phone / visit / in_person / online
    Column("parties", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
    Column("held_on", Date, nullable=False),
    Column("outcome", String(32)),
    Column("note", Text),
    Column("recorded_by", String(200), nullable=False),
    _ts("at"),
)

settlements = Table(
    "settlements", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("center_case_id", UUID(as_uuid=True), ForeignKey("center_cases.id"), nullable=False, index=True),
    Column("case_id", UUID(as_uuid=True), nullable=False),
    Column("court_code", String(16), nullable=False, index=True),
    Column("reached_on", Date, nullable=False, index=True),
    Column("total_fen", BigInteger, nullable=False),
    Column("outstanding_at_settlement_fen", BigInteger, nullable=False),
    Column("guarantor", JSONB),
    Column("terms", Text),
    Column("release_measure_ids", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
    Column("remortgage_asset_ids", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
    Column("release_quantities", JSONB, nullable=False, server_default=text("'{}'::jsonb")),
    Column("paid_fen", BigInteger, nullable=False, server_default=text("0")),
    Column("state", String(16), nullable=False),  # performing / fully_performed / defaulted
    Column("last_due_on", Date, nullable=False),
    Column("resume_deadline", Date, nullable=False),
    Column("defaulted_on", Date),
    Column("resume_amount_fen", BigInteger),
    Column("resumption_ground", String(24)),  # default (和解规定 9) / anticipatory_breach (11(2), 民法典 578)
    Column("anticipatory_breach_on", Date),
    Column("anticipatory_breach_basis", Text),
    Column("fully_performed_on", Date),
    Column("created_by", String(200), nullable=False),
    _ts("created_at"),
)

installments = Table(
    "installments", metadata,
    Column("settlement_id", UUID(as_uuid=True), ForeignKey("settlements.id"), primary_key=True),
    Column("no", Integer, primary_key=True),
    Column("due_on", Date, nullable=False, index=True),
    Column("amount_fen", BigInteger, nullable=False),
    Column("overdue_flagged_on", Date),
)

payments = Table(
    "payments", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("settlement_id", UUID(as_uuid=True), ForeignKey("settlements.id"), nullable=False, index=True),
    Column("amount_fen", BigInteger, nullable=False),
    Column("received_on", Date, nullable=False),
    Column("source", String(32), nullable=False),  # recorded (by the center) / recovery (asset_core event)
    Column("source_event_id", String(64), unique=True),
    Column("recorded_by", String(200), nullable=False),
    _ts("created_at"),
)

supervision_actions = Table(
    "supervision_actions", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("court_code", String(16), nullable=False, index=True),
    Column("center_case_id", UUID(as_uuid=True), ForeignKey("center_cases.id")),
    Column("mediator_id", UUID(as_uuid=True), ForeignKey("mediators.id")),
    Column("team", String(100)),
    Column("kind", String(16), nullable=False),  # reminder 催办 / instruction 督办 / escalation 提级 / review 检查
    Column("note", Text, nullable=False),
    Column("respond_by", Date),
    Column("acted_by", String(200), nullable=False),
    _ts("at"),
)

# Notices emitted once (installment overdue per due date).
notices = Table(
    "notices", metadata,
    Column("subject_id", String(100), primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("for_date", Date, primary_key=True),
    _ts("emitted_at"),
)

Index("ix_center_cases_queue", center_cases.c.court_code, center_cases.c.state, center_cases.c.priority,
      center_cases.c.seq)
