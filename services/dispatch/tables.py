"""dispatch's database tables."""
from sqlalchemy import BigInteger, Column, Date, DateTime, Identity, Integer, String, Table, text
from sqlalchemy.dialects.postgresql import JSONB, UUID

from shared.db import new_metadata

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
