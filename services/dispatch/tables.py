"""dispatch's database tables."""
from sqlalchemy import (BigInteger, Boolean, Column, Date, DateTime, Double, ForeignKey, Identity, Index, Integer,
                        String, Table, Text, text)
from sqlalchemy.dialects.postgresql import JSONB, UUID

from shared.db import new_metadata
from shared.files import files_table

metadata, platform = new_metadata()

# Local projection of asset_core's cases, built from court.asset-core.events.v1.
case_projection = Table(
    "case_projection", metadata,
    Column("case_id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("case_number", String(64), nullable=False),
    Column("case_type", String(8), nullable=False),
    Column("court_code", String(16), nullable=False, index=True),
    Column("filed_on", Date, nullable=False),
    Column("amount_owed_fen", BigInteger, nullable=False),
    Column("livelihood_category", String(32), nullable=False),
    Column("priority", Integer, nullable=False),
    Column("respondents", JSONB, nullable=False),
    Column("state", String(32), nullable=False),
    Column("last_event_id", String(64), nullable=False),
    Column("last_event_time", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
)


def _ts(name: str, nullable: bool = False) -> Column:
    return Column(name, DateTime(timezone=True), nullable=nullable, server_default=None if nullable else text("now()"))


# Roster: an officer's id is the `sub` of their token (the mobile app signs in with it).
officers = Table(
    "officers", metadata,
    Column("id", String(200), primary_key=True),
    Column("court_code", String(16), nullable=False, index=True),
    Column("name", String(100), nullable=False),
    Column("team", String(100), nullable=False),
    Column("phone", String(32)),
    Column("duty_status", String(16), nullable=False),
    Column("version", Integer, nullable=False, server_default=text("1")),
    _ts("created_at"),
    _ts("updated_at"),
)

alarms = Table(
    "alarms", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("court_code", String(16), nullable=False),
    Column("source", String(16), nullable=False),
    Column("urgency", String(16), nullable=False),
    Column("case_id", UUID(as_uuid=True), index=True),
    Column("case_number", String(64)),
    Column("livelihood_category", String(32)),
    Column("priority", Integer, nullable=False),
    Column("latitude", Double),
    Column("longitude", Double),
    Column("address", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("reporter_name", String(100)),
    Column("reporter_phone", String(32)),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("status", String(16), nullable=False),
    Column("first_dispatched_at", DateTime(timezone=True)),
    Column("first_arrived_at", DateTime(timezone=True)),
    Column("source_event_id", String(64), unique=True),  # the tip / police event that raised it
    Column("source_ref", String(200)),  # e.g. the tip id or the police search id
    # Response targets in force when the alarm was received (settings), recomputed when its case is triaged.
    Column("target_class", String(16)),
    Column("dispatch_due_at", DateTime(timezone=True)),
    Column("arrival_due_at", DateTime(timezone=True)),
    Column("created_by", String(200), nullable=False),
    Column("version", Integer, nullable=False, server_default=text("1")),
    _ts("created_at"),
    _ts("updated_at"),
)
Index("ix_alarms_court_received", alarms.c.court_code, alarms.c.received_at)
Index("ix_alarms_queue", alarms.c.court_code, alarms.c.priority, alarms.c.received_at,
      postgresql_where=alarms.c.status != "closed")

dispatches = Table(
    "dispatches", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("alarm_id", UUID(as_uuid=True), ForeignKey("alarms.id"), nullable=False, index=True),
    Column("court_code", String(16), nullable=False),
    Column("vehicle", String(64)),
    Column("note", Text),
    Column("status", String(16), nullable=False),
    Column("dispatched_at", DateTime(timezone=True), nullable=False),
    Column("en_route_at", DateTime(timezone=True)),
    Column("arrived_at", DateTime(timezone=True)),
    Column("completed_at", DateTime(timezone=True)),
    Column("cancelled_at", DateTime(timezone=True)),
    Column("cancel_reason", Text),
    Column("created_by", String(200), nullable=False),
    Column("version", Integer, nullable=False, server_default=text("1")),
    _ts("updated_at"),
)
Index("ix_dispatches_court_dispatched", dispatches.c.court_code, dispatches.c.dispatched_at)

# One row per officer per dispatch: each is one 人次.
assignments = Table(
    "assignments", metadata,
    Column("dispatch_id", UUID(as_uuid=True), ForeignKey("dispatches.id"), primary_key=True),
    Column("officer_id", String(200), ForeignKey("officers.id"), primary_key=True),
    Column("alarm_id", UUID(as_uuid=True), nullable=False),
    Column("court_code", String(16), nullable=False),
    Column("accepted_at", DateTime(timezone=True)),
    _ts("assigned_at"),
    # Not accepted in time: handed to the next officer (escalated_to); the new row names escalated_from.
    Column("escalated_at", DateTime(timezone=True)),
    Column("escalated_to", String(200)),
    Column("escalated_from", String(200)),
)
Index("ix_assignments_officer", assignments.c.officer_id, assignments.c.assigned_at)

location_pings = Table(
    "location_pings", metadata,
    Column("seq", BigInteger, Identity(), primary_key=True),
    Column("officer_id", String(200), nullable=False),
    Column("dispatch_id", UUID(as_uuid=True)),
    Column("latitude", Double, nullable=False),
    Column("longitude", Double, nullable=False),
    Column("accuracy_m", Double),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    _ts("received_at"),
)
Index("ix_location_pings_officer_recorded", location_pings.c.officer_id, location_pings.c.recorded_at)

outcomes = Table(
    "outcomes", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("dispatch_id", UUID(as_uuid=True), ForeignKey("dispatches.id"), nullable=False, index=True),
    Column("alarm_id", UUID(as_uuid=True), nullable=False),
    Column("case_id", UUID(as_uuid=True)),
    Column("court_code", String(16), nullable=False),
    Column("debtor_located", Boolean, nullable=False),
    Column("located_at", Text),
    Column("respondent_name", String(200)),
    Column("assets", JSONB, nullable=False),
    Column("measures", JSONB, nullable=False),
    Column("attachments", JSONB, nullable=False),
    Column("note", Text),
    Column("reported_by", String(200), nullable=False),
    _ts("reported_at"),
)

# 司法拘留 and 罚款 decisions.
penalties = Table(
    "penalties", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("court_code", String(16), nullable=False),
    Column("alarm_id", UUID(as_uuid=True)),
    Column("case_id", UUID(as_uuid=True)),
    Column("subject_kind", String(16), nullable=False),
    Column("subject_name", String(200), nullable=False),
    Column("subject_id_number", String(18)),
    Column("act_kind", String(32), nullable=False),
    Column("act_on", Date, nullable=False),
    Column("act_description", Text, nullable=False),
    Column("act_key", String(40), nullable=False),
    Column("days", Integer),
    Column("amount_fen", BigInteger),
    Column("emergency", Boolean, nullable=False, server_default=text("false")),
    Column("status", String(32), nullable=False),
    Column("decided_by", String(200), nullable=False),
    Column("decided_at", DateTime(timezone=True), nullable=False),
    Column("approved_by", String(200)),
    Column("approval_at", DateTime(timezone=True)),
    Column("approval_note", Text),
    Column("served_on", Date),
    Column("detained_at", DateTime(timezone=True)),
    Column("ends_at", DateTime(timezone=True)),
    Column("family_notified_at", DateTime(timezone=True)),
    Column("family_notice_note", Text),
    Column("family_unable_recorded", Boolean, nullable=False, server_default=text("false")),
    Column("review_requested_on", Date),
    Column("review_decided_on", Date),
    Column("review_outcome", String(16)),
    Column("version", Integer, nullable=False, server_default=text("1")),
    _ts("updated_at"),
)
Index("ix_penalties_court_decided", penalties.c.court_code, penalties.c.decided_at)
# 解释 184 under concurrency: one standing penalty of each kind per act.
Index("uq_penalties_standing_act", penalties.c.act_key, penalties.c.kind, unique=True,
      postgresql_where=penalties.c.status.notin_(["refused", "released", "revoked"]))

# Custody of a detention as the police report it (court.police.events.v1), keyed by the penalty.
custody_projection = Table(
    "custody_projection", metadata,
    Column("penalty_id", UUID(as_uuid=True), primary_key=True),
    Column("custody_id", String(64), nullable=False),
    Column("court_code", String(16), nullable=False),
    Column("police_code", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("opened_at", DateTime(timezone=True)),
    Column("facility", Text),
    Column("handed_over_at", DateTime(timezone=True)),
    Column("started_at", DateTime(timezone=True)),
    Column("ends_at", DateTime(timezone=True)),
    Column("ends_on", Date),
    Column("released_at", DateTime(timezone=True)),
    Column("release_kind", String(16)),
    Column("release_reason", Text),
    Column("last_event_id", String(64), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
)

# 值班指挥长: judges / the president on duty for a court, who get missed targets and overdue notices.
duty_commanders = Table(
    "duty_commanders", metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("court_code", String(16), nullable=False),
    Column("user_id", String(200), nullable=False),  # the token `sub` of the judge / president
    Column("name", String(100), nullable=False),
    Column("role", String(16), nullable=False),
    Column("starts_at", DateTime(timezone=True), nullable=False),
    Column("ends_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(200), nullable=False),
    _ts("created_at"),
)
Index("ix_duty_commanders_court_shift", duty_commanders.c.court_code, duty_commanders.c.starts_at,
      duty_commanders.c.ends_at)

# What the sweep has already told (shared.sweep.notice_once): once per subject and kind.
sweep_notices = Table(
    "sweep_notices", metadata,
    Column("subject", String(120), primary_key=True),
    Column("kind", String(40), primary_key=True),
    _ts("noticed_at"),
)

# Evidence files (issue 16): photos and documents of a dispatch's on-site outcome, uploaded from the officer's app;
# bytes in PostgreSQL, SHA-256 in the audit chain (shared.files; never updated or deleted).
files = files_table(metadata)
