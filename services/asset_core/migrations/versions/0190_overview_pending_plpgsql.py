"""overview_pending in PL/pgSQL

The roll-up trigger on cases (0150, docs/adr/0016) calls overview_pending three times per registration. As a SQL
function its INSERT was parsed and planned again on every call (PostgreSQL caches no plan of a SQL function before
18): 13 % of the database's CPU under `make bench` (b). In PL/pgSQL the plan is kept for the session, and a call with
no day (a case not concluded) or nothing to count returns before it. Same rows written.

Revision ID: 0190_overview_pending_plpgsql
Revises: 0180_payout_deferrals
Create Date: 2026-12-03 06:40:00.000000
"""
from alembic import op


revision = '0190_overview_pending_plpgsql'
down_revision = '0180_payout_deferrals'
branch_labels = None
depends_on = None

PLPGSQL = """
create or replace function overview_pending(court text, d date, metric text, n bigint) returns void
language plpgsql as $$
begin
    if d is null or n = 0 then
        return;
    end if;
    insert into figures_pending (org_code, day, metric, value)
    select o, d, metric, n from unnest(overview_orgs(court)) o;
end $$
"""

SQL = """
create or replace function overview_pending(court text, d date, metric text, n bigint) returns void
language sql as $$
    insert into figures_pending (org_code, day, metric, value)
    select o, d, metric, n from unnest(overview_orgs(court)) o where d is not null and n <> 0
$$
"""


def upgrade() -> None:
    op.execute(PLPGSQL)  # replaced in place, language and all: the triggers calling it keep working


def downgrade() -> None:
    op.execute(SQL)
