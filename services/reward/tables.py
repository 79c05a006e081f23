"""reward's database tables: the projection of asset_core's cases and assets, applications, notices, the tips
register, recoveries attributed to notices, rewards — and the platform's outbox, inbox, idempotency keys and
audit log."""
from sqlalchemy import (BigInteger, Boolean, Column, Date, DateTime, ForeignKey, Identity, Index, Integer, String,
                        Table, Text, UniqueConstraint, text)
from sqlalchemy.dialects.postgresql import JSONB, UUID

from shared.db import new_metadata
from shared.files import files_table

metadata, platform = new_metadata()


def _now() -> Column:
    return Column("updated_at", DateTime(timezone=True), nullable=False, server_default=text("now()"))


# ------------------------------------------------------------------ projections of asset_core's events
cases = Table(
    "cases", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("case_number", String(100), nullable=False),
    Column("court_code", String(20), nullable=False),  # the executing court
    Column("state", String(40), nullable=False),
    Column("amount_owed_fen", BigInteger, nullable=False, server_default="0"),
    Column("recovered_total_fen", BigInteger, nullable=False, server_default="0"),
    Column("applicants", JSONB, nullable=False, server_default="[]"),
    Column("respondents", JSONB, nullable=False, server_default="[]"),
    Column("respondent_keys", JSONB, nullable=False, server_default="[]"),
    _now(),
)

case_assets = Table(
    "case_assets", metadata,
    Column("asset_id", UUID(as_uuid=True), primary_key=True),
    Column("case_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("asset_type", String(40), nullable=False),
    Column("description", Text, nullable=False),
    Column("discovery_source", String(40), nullable=False),
    Column("source_event_id", String(200), index=True),
    Column("discovered_at", DateTime(timezone=True), nullable=False),
)

case_recoveries = Table(
    "case_recoveries", metadata,
    Column("recovery_id", UUID(as_uuid=True), primary_key=True),
    Column("case_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("amount_fen", BigInteger, nullable=False),
    Column("source", String(40), nullable=False),
    Column("received_on", Date, nullable=False),
    Column("asset_id", UUID(as_uuid=True)),
)

# ------------------------------------------------------------------ 21: applications
applications = Table(
    "applications", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("case_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("case_number", String(100), nullable=False),
    Column("court_code", String(20), nullable=False, index=True),
    Column("applicant_name", String(200), nullable=False),
    Column("sought", String(20), nullable=False),
    Column("reward_kind", String(20), nullable=False),
    Column("fixed_fen", BigInteger),
    Column("percent_bp", Integer),
    Column("cap_fen", BigInteger),
    Column("floor_fen", BigInteger),
    Column("applicant_pays_separately", Boolean, nullable=False),
    Column("promise", Text, nullable=False),
    Column("channels", JSONB, nullable=False),
    Column("other_media", Text),
    Column("debtor_name", String(200), nullable=False),
    Column("debtor_kind", String(20), nullable=False),
    Column("debtor_id_number", String(40)),
    Column("agents", JSONB, nullable=False, server_default="[]"),  # [{name, key}] — never an id number in clear
    Column("received_on", Date, nullable=False),
    Column("decision_due", Date, nullable=False),
    Column("moved_for_holiday_from", Date),
    Column("state", String(20), nullable=False),
    Column("decided_on", Date),
    Column("decided_by", String(200)),
    Column("reasons", Text),
    Column("created_by", String(200), nullable=False),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
    _now(),
)

# the sweep's once-only notices (shared.sweep.notice_once)
decision_notices = Table(
    "decision_notices", metadata,
    Column("application_id", UUID(as_uuid=True), primary_key=True),
    Column("kind", String(20), primary_key=True),
    Column("sent_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
)

# ------------------------------------------------------------------ 22: notices
notice_counters = Table(
    "notice_counters", metadata,
    Column("court_code", String(20), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
)

notices = Table(
    "notices", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("number", String(100), nullable=False, unique=True),
    Column("application_id", UUID(as_uuid=True), ForeignKey("applications.id"), nullable=False, unique=True),
    Column("case_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("case_number", String(100), nullable=False),
    Column("court_code", String(20), nullable=False, index=True),
    Column("sought", String(20), nullable=False),
    Column("reward_text", Text, nullable=False),
    Column("conditions", Text, nullable=False),
    Column("debtor_name", String(200), nullable=False),
    Column("debtor_kind", String(20), nullable=False),
    Column("debtor_id_masked", String(40)),
    Column("amount_owed_fen", BigInteger, nullable=False),
    Column("court_contact", String(300), nullable=False),
    Column("channels", JSONB, nullable=False),
    Column("published_on", Date, nullable=False),
    Column("valid_until", Date),
    Column("state", String(20), nullable=False),
    Column("withdrawn_on", Date),
    Column("withdraw_reason", Text),
    Column("successes", Integer, nullable=False, server_default="0"),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
    _now(),
)

# ------------------------------------------------------------------ 23: the tips register
tips = Table(
    "tips", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("receipt_hash", String(64), nullable=False, unique=True),  # sha256 of the receipt; never the receipt
    Column("notice_id", UUID(as_uuid=True), ForeignKey("notices.id"), nullable=False, index=True),
    Column("case_id", UUID(as_uuid=True), nullable=False),
    Column("court_code", String(20), nullable=False, index=True),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("clue_kind", String(20), nullable=False),
    Column("clue_text", Text, nullable=False),
    Column("asset_identifier", String(300)),
    Column("place", String(500)),
    Column("asset_key", String(300)),
    Column("place_key", String(500)),
    Column("group_key", String(64), nullable=False),
    Column("rank", Integer, nullable=False),
    Column("attachments", JSONB, nullable=False, server_default="[]"),
    Column("tipster_name", String(200)),
    Column("tipster_phone", String(40)),
    Column("tipster_id_number", String(40)),
    Column("tipster_key", String(32)),
    Column("declares_no_exclusion", Boolean, nullable=False, server_default="false"),
    Column("status", String(30), nullable=False),
    Column("outcome", String(20)),
    Column("finding", String(20)),
    Column("verified_asset_type", String(40)),
    Column("verified_description", Text),
    Column("verified_value_fen", BigInteger),
    Column("verified_location", String(500)),
    Column("verified_on", Date),
    Column("verified_by", String(200)),
    Column("verified_event_id", String(200), unique=True),  # the TipVerified CloudEvent id
    Column("known_asset_id", UUID(as_uuid=True)),
    Column("version", Integer, nullable=False, server_default="1"),
    _now(),
)
Index("ix_tips_group", tips.c.notice_id, tips.c.group_key, tips.c.received_at)

# ------------------------------------------------------------------ 24: recoveries through a tip, rewards
attributions = Table(
    "attributions", metadata,
    Column("recovery_id", UUID(as_uuid=True), primary_key=True),
    Column("notice_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("tip_id", UUID(as_uuid=True), nullable=False),
    Column("asset_id", UUID(as_uuid=True)),  # None: a whereabouts tip (the judge attributes the recovery)
    Column("case_id", UUID(as_uuid=True), nullable=False),
    Column("court_code", String(20), nullable=False),
    Column("amount_fen", BigInteger, nullable=False),
    Column("recovered_on", Date, nullable=False),
    Column("source", String(40), nullable=False),
)

rewards = Table(
    "rewards", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("notice_id", UUID(as_uuid=True), nullable=False),
    Column("group_key", String(64), nullable=False),
    Column("tip_id", UUID(as_uuid=True), nullable=False),
    Column("case_id", UUID(as_uuid=True), nullable=False),
    Column("court_code", String(20), nullable=False, index=True),
    Column("recovery_id", UUID(as_uuid=True), nullable=False),
    Column("recovered_fen", BigInteger, nullable=False),
    Column("amount_fen", BigInteger, nullable=False),
    Column("basis", Text, nullable=False),
    Column("payment_mode", String(30), nullable=False),
    Column("state", String(20), nullable=False),  # payable / paid / excluded
    Column("excluded_reason", String(40)),
    Column("payable_on", Date, nullable=False),
    Column("paid_on", Date),
    Column("paid_by", String(200)),
    Column("payment_ref", String(200)),
    Column("version", Integer, nullable=False, server_default="1"),
    _now(),
    UniqueConstraint("notice_id", "group_key", name="uq_rewards_notice_clue"),  # one payout per notice and clue
)

# Evidence files (issue 16): photos and documents a tipster attaches to their tip (with its receipt); bytes in
# PostgreSQL, SHA-256 in the audit chain (shared.files; never updated or deleted).
files = files_table(metadata)
