"""asset_core's database tables."""
from sqlalchemy import BigInteger, Column, Date, DateTime, Identity, Integer, String, Table, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import JSONB, UUID

from shared.db import new_metadata

metadata, platform = new_metadata()

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
    Column("applicants", JSONB, nullable=False),
    Column("respondents", JSONB, nullable=False),
    Column("state", String(32), nullable=False),
    Column("version", Integer, nullable=False, server_default=text("1")),
    Column("created_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
    UniqueConstraint("case_number", name="uq_cases_case_number"),
)
