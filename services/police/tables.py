"""police's database tables: the case projection (from asset_core), 协查 batches with their persons and answers,
拒执罪 transfers, custody records, and the notices the sweep sent once."""
from sqlalchemy import (BigInteger, Boolean, Column, Date, DateTime, Float, Identity, Integer, String, Table, Text,
                        UniqueConstraint, text)
from sqlalchemy.dialects.postgresql import JSONB, UUID

from shared.db import new_metadata

metadata, platform = new_metadata()

NOW = text("now()")

cases = Table(  # projection of asset_core's cases
    "cases", metadata,
    Column("case_id", UUID(as_uuid=True), primary_key=True),
    Column("case_number", String(100), nullable=False),
    Column("court_code", String(32), nullable=False, index=True),  # the executing court (after 交叉执行)
    Column("livelihood_category", String(32), nullable=False),
    Column("state", String(32), nullable=False),
    Column("respondents", JSONB, nullable=False),
    Column("last_event_time", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=NOW),
)

batches = Table(
    "batches", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("court_code", String(32), nullable=False, index=True),
    Column("police_code", String(32), nullable=False, index=True),
    Column("reference", String(200), nullable=False),
    Column("status", String(16), nullable=False),
    Column("sent_on", Date, nullable=False),
    Column("accepted_on", Date),
    Column("closed_on", Date),
    Column("person_count", Integer, nullable=False),
    Column("green_count", Integer, nullable=False),
    Column("note", Text),
    Column("version", Integer, nullable=False, server_default=text("1")),
    Column("created_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=NOW),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=NOW),
)

batch_persons = Table(
    "batch_persons", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("batch_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("case_id", UUID(as_uuid=True), nullable=False),
    Column("case_number", String(100), nullable=False),
    Column("green_channel", Boolean, nullable=False),
    Column("name", String(200), nullable=False),
    Column("id_number", String(18), nullable=False),
    Column("capacity", String(32), nullable=False),  # debtor / legal_representative
    Column("requests", JSONB, nullable=False),  # list of request kinds
    Column("note", Text),
)

answers = Table(
    "answers", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("batch_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("person_id", UUID(as_uuid=True), nullable=False),
    Column("request", String(32), nullable=False),
    Column("found", Boolean, nullable=False),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("found_at", DateTime(timezone=True)),
    Column("what", Text),
    Column("asset_type", String(32)),
    Column("leaving", Boolean, nullable=False, server_default=text("false")),
    Column("answered_on", Date, nullable=False),
    Column("answered_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=NOW),
    UniqueConstraint("person_id", "request", name="uq_answers_person_request"),
)

transfers = Table(
    "transfers", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("case_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("case_number", String(100), nullable=False),
    Column("livelihood_category", String(32), nullable=False),
    Column("court_code", String(32), nullable=False, index=True),
    Column("police_code", String(32), nullable=False, index=True),
    Column("procuratorate_code", String(32), index=True),
    Column("state", String(32), nullable=False),
    Column("letter_number", String(200), nullable=False),
    Column("summary", Text, nullable=False),
    Column("evidence", JSONB, nullable=False),
    Column("persons", JSONB, nullable=False),
    Column("person_count", Integer, nullable=False),
    Column("amount_fen", BigInteger, nullable=False),
    Column("weighs_heavier", Boolean, nullable=False),
    Column("sent_on", Date, nullable=False),
    Column("receipted_on", Date),
    Column("complex_case", Boolean, nullable=False, server_default=text("false")),
    Column("complex_reason", Text),
    Column("filed_on", Date),
    Column("refused_on", Date),
    Column("refusal_reason", Text),
    Column("refusal_notified_on", Date),
    Column("supervision_requested_on", Date),
    Column("explained_on", Date),
    Column("explanation", Text),
    Column("filing_ordered_on", Date),
    Column("supervision_decided_on", Date),
    Column("supervision_reason", Text),
    Column("private_prosecution_on", Date),
    Column("outcome_on", Date),
    Column("outcome_note", Text),
    Column("sentence", Text),
    Column("paid_on", Date),
    Column("paid_fen", BigInteger),
    Column("paid_full", Boolean),
    Column("paid_stage", String(40)),
    Column("history", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
    Column("version", Integer, nullable=False, server_default=text("1")),
    Column("created_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=NOW),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=NOW),
)

custody = Table(
    "custody", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("penalty_id", String(64), nullable=False, unique=True),
    Column("case_id", String(64)),
    Column("court_code", String(32), nullable=False, index=True),
    Column("police_code", String(32), nullable=False, index=True),
    Column("subject_name", String(200), nullable=False),
    Column("days", Integer, nullable=False),
    Column("emergency", Boolean, nullable=False),
    Column("status", String(32), nullable=False),
    Column("decided_at", DateTime(timezone=True), nullable=False),
    Column("opened_at", DateTime(timezone=True)),
    Column("started_at", DateTime(timezone=True)),  # the detention began (emergency: before the hand-over)
    Column("handed_over_at", DateTime(timezone=True)),
    Column("facility", String(200)),
    Column("ends_at", DateTime(timezone=True)),
    Column("ends_on", Date),
    Column("released_at", DateTime(timezone=True)),
    Column("release_kind", String(16)),
    Column("release_reason", Text),
    Column("version", Integer, nullable=False, server_default=text("1")),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=NOW),
)

notices = Table(  # what the sweep published once (shared.sweep.notice_once)
    "notices", metadata,
    Column("entity_id", String(64), primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=NOW),
)
