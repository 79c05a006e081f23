"""procuratorate's database tables: rivers and counties, clues, public-interest cases with their records,
meetings, objects and rectification items, recommendations, replies, reviews, shares, campaign metrics and
follow-on projects (plus the platform's outbox, inbox, idempotency keys and audit log)."""
from sqlalchemy import (BigInteger, Boolean, Column, Date, DateTime, ForeignKey, Identity, Index, Integer, Numeric,
                        String, Table, Text, UniqueConstraint, text)
from sqlalchemy.dialects.postgresql import JSONB, UUID

from shared.db import new_metadata

metadata, platform = new_metadata()


def _ts(name: str, nullable: bool = False) -> Column:
    return Column(name, DateTime(timezone=True), nullable=nullable, server_default=None if nullable else text("now()"))


def _id() -> Column:
    return Column("id", UUID(as_uuid=True), primary_key=True)


def _case_fk() -> Column:
    return Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), nullable=False, index=True)


# ------------------------------------------------------------------ reference data (seeded by migration 0003)
counties = Table(
    "counties", metadata,
    Column("code", String(12), primary_key=True),  # 行政区划代码, e.g. 150523
    Column("name", String(100), nullable=False),
    Column("city", String(100), nullable=False),
    Column("province", String(100), nullable=False),
)

rivers = Table(
    "rivers", metadata,
    Column("code", String(32), primary_key=True),  # e.g. xiliao
    Column("name", String(100), nullable=False, unique=True),
    Column("main_stream_km", Integer),
    Column("local_km", Integer),  # length inside the city
    Column("basin_km2", Integer),
    Column("provinces", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
)

river_segments = Table(
    "river_segments", metadata,
    Column("code", String(64), primary_key=True),  # e.g. xiliao-150523
    Column("river_code", String(32), ForeignKey("rivers.code"), nullable=False, index=True),
    Column("county_code", String(12), ForeignKey("counties.code"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("length_km", Integer),
)

# ------------------------------------------------------------------ clues
clues = Table(
    "clues", metadata,
    _id(),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("org_code", String(32), nullable=False, index=True),  # the receiving procuratorate
    Column("source", String(32), nullable=False),
    Column("source_name", String(200)),
    Column("received_on", Date, nullable=False),
    Column("summary", Text, nullable=False),
    Column("river_code", String(32)),
    Column("segment_code", String(64)),
    Column("county_code", String(12)),
    Column("location", Text),
    Column("status", String(16), nullable=False),  # received / filed / closed / referred
    Column("evaluated_on", Date),
    Column("evaluation_reason", Text),
    Column("case_id", UUID(as_uuid=True)),
    Column("referred_to", String(32)),
    Column("referred_kind", String(32)),
    Column("transfer_id", String(100)),
    Column("from_org", String(100)),
    Column("source_event_id", String(64), unique=True),  # the partner event it came from
    Column("created_by", String(200), nullable=False),
    _ts("created_at"),
)
# A partner's transfer becomes one clue of its addressee, whatever event carries it (migration 0004).
Index("uq_clues_transfer", clues.c.org_code, clues.c.from_org, clues.c.transfer_id, unique=True,
      postgresql_where=clues.c.transfer_id.isnot(None))

# ------------------------------------------------------------------ cases
cases = Table(
    "cases", metadata,
    _id(),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("org_code", String(32), nullable=False, index=True),
    Column("case_number", String(100)),
    Column("title", Text, nullable=False),
    Column("domain", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("filed_on", Date, nullable=False),
    Column("clue_id", UUID(as_uuid=True), ForeignKey("clues.id")),
    Column("river_code", String(32)),
    Column("segment_code", String(64)),
    Column("county_code", String(12)),
    Column("location", Text),
    Column("state", String(16), nullable=False),
    Column("closed_on", Date),
    Column("outcome", String(16)),  # rectified / terminated / litigation
    Column("outcome_reason", Text),
    Column("litigation", JSONB),  # {court, defendant, filed_on}
    Column("version", Integer, nullable=False, server_default=text("1")),
    Column("created_by", String(200), nullable=False),
    _ts("created_at"),
    _ts("updated_at"),
    UniqueConstraint("org_code", "case_number", name="uq_cases_org_number"),
)

# Explicit grants: a partner organisation reads a case (河长+检察长 information sharing, 跨区域协作).
case_shares = Table(
    "case_shares", metadata,
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id"), primary_key=True),
    Column("grantee_org", String(32), primary_key=True, index=True),
    Column("granted_by", String(200), nullable=False),
    Column("note", Text),
    _ts("granted_at"),
)

investigation_records = Table(
    "investigation_records", metadata,
    _id(),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    _case_fk(),
    Column("kind", String(32), nullable=False),  # document_request / interview / site_inspection / consultation
    Column("recorded_on", Date, nullable=False),
    Column("participants", JSONB, nullable=False),
    Column("agencies", JSONB, nullable=False),
    Column("findings", Text, nullable=False),
    Column("evidence", JSONB, nullable=False),  # [{kind, title, reference, sha256, collected_on}]
    Column("recorded_by", String(200), nullable=False),
    _ts("created_at"),
)

meetings = Table(
    "meetings", metadata,
    _id(),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    _case_fk(),
    Column("held_on", Date, nullable=False),
    Column("participants", JSONB, nullable=False),  # agencies attending
    Column("duties", JSONB, nullable=False),  # [{agency, problem, legal_basis}]
    Column("summary", Text),
    Column("recorded_by", String(200), nullable=False),
    _ts("created_at"),
)

objects = Table(
    "objects", metadata,
    _id(),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    _case_fk(),
    Column("kind", String(32), nullable=False),
    Column("name", String(200), nullable=False),
    Column("location", Text),
    Column("county_code", String(12)),
    Column("operator", String(200)),
    _ts("created_at"),
)

rectification_items = Table(
    "rectification_items", metadata,
    _id(),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    _case_fk(),
    Column("object_id", UUID(as_uuid=True), ForeignKey("objects.id"), nullable=False, index=True),
    Column("defect", String(32), nullable=False),
    Column("description", Text),
    Column("responsible_agency", String(200)),
    Column("recommendation_id", UUID(as_uuid=True)),
    Column("status", String(24), nullable=False),  # open / measures_reported / verified / not_rectified
    Column("measures", Text),
    Column("review_finding", Text),
    Column("verified_on", Date),
    # what the rectification removes or clears, for the campaign's derived figures (migration 0004)
    Column("quantity", Numeric(14, 2)),
    Column("unit", String(16)),  # mu (亩) / building (处) / tonne (吨) / km (公里)
    _ts("updated_at"),
)

recommendations = Table(
    "recommendations", metadata,
    _id(),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    _case_fk(),
    Column("number", String(100)),
    Column("addressee", String(200), nullable=False),
    Column("content", Text, nullable=False),
    Column("issued_on", Date, nullable=False),
    Column("received_on", Date, nullable=False),
    Column("urgent", Boolean, nullable=False),
    Column("reply_due_on", Date, nullable=False),
    Column("replied_on", Date),
    Column("overdue_since", Date),  # set once, when the overdue event is published
    _ts("created_at"),
)
Index("ix_recommendations_unreplied", recommendations.c.reply_due_on,
      postgresql_where=recommendations.c.replied_on.is_(None))

replies = Table(
    "replies", metadata,
    _id(),
    Column("recommendation_id", UUID(as_uuid=True), ForeignKey("recommendations.id"), nullable=False,
           unique=True),
    _case_fk(),
    Column("received_on", Date, nullable=False),
    Column("summary", Text, nullable=False),
    Column("measures", JSONB, nullable=False),  # [{item_id, measures, done}]
    Column("recorded_by", String(200), nullable=False),
    _ts("created_at"),
)

reviews = Table(
    "reviews", metadata,
    _id(),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    _case_fk(),
    Column("reviewed_on", Date, nullable=False),
    Column("led_by", String(200), nullable=False),
    Column("participants", JSONB, nullable=False),
    Column("findings", JSONB, nullable=False),  # [{item_id, rectified, finding}]
    Column("summary", Text),
    Column("recorded_by", String(200), nullable=False),
    _ts("created_at"),
)

# ------------------------------------------------------------------ campaign data
campaign_metrics = Table(
    "campaign_metrics", metadata,
    Column("org_code", String(32), primary_key=True),
    Column("campaign", String(100), primary_key=True),
    Column("period_start", Date, primary_key=True),
    Column("period_end", Date, nullable=False),
    Column("cases", Integer, nullable=False, server_default=text("0")),
    Column("mu_cleared", Integer, nullable=False, server_default=text("0")),
    Column("buildings_removed", Integer, nullable=False, server_default=text("0")),
    Column("garbage_tonnes", Integer, nullable=False, server_default=text("0")),
    Column("river_km_protected", Integer, nullable=False, server_default=text("0")),
    Column("map_spots_rectified", Integer, nullable=False, server_default=text("0")),
    Column("recorded_by", String(200), nullable=False),
    _ts("updated_at"),
)

projects = Table(
    "projects", metadata,
    _id(),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("org_code", String(32), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(32), nullable=False),  # public_interest_bridge / other
    Column("county_code", String(12)),
    Column("planned_year", Integer, nullable=False),
    Column("status", String(24), nullable=False),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id")),
    Column("history", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
    Column("version", Integer, nullable=False, server_default=text("1")),
    _ts("created_at"),
    _ts("updated_at"),
)


# ------------------------------------------------------------------ 碍洪图斑 (flood-obstruction map spots, migration 0004)
map_spots = Table(
    "map_spots", metadata,
    _id(),
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("org_code", String(32), nullable=False, index=True),
    Column("number", String(100)),  # 图斑编号 as the survey gives it
    Column("kind", String(16), nullable=False),  # occupation 乱占 / mining 乱采 / piling 乱堆 / building 乱建
    Column("location", Text, nullable=False),
    Column("river_code", String(32)),
    Column("segment_code", String(64)),
    Column("county_code", String(12)),
    Column("found_on", Date, nullable=False),
    Column("status", String(16), nullable=False),  # pending / rectifying / rectified
    Column("rectified_on", Date),
    Column("rectification_note", Text),
    Column("case_id", UUID(as_uuid=True), ForeignKey("cases.id")),
    Column("history", JSONB, nullable=False, server_default=text("'[]'::jsonb")),
    Column("version", Integer, nullable=False, server_default=text("1")),
    Column("recorded_by", String(200), nullable=False),
    _ts("created_at"),
    _ts("updated_at"),
    UniqueConstraint("org_code", "number", name="uq_map_spots_org_number"),
)
Index("ix_map_spots_rectified_on", map_spots.c.org_code, map_spots.c.rectified_on)
