"""overview roll-up and stored due dates (bench (f), (g))

- figures_rollup: the overview's daily counters per court AND per court above it (内0621's events also count
  for 内06 and 内), the linkages' (from `figures`) and the core's own (立案, 终本, 执行到位, 绿色通道, from `cases`
  and `recoveries`, under metric names `core.*`), so `GET /api/v1/overview` sums one court's rows by key instead
  of matching every court's code against a pattern over every case. New counts are appended to figures_pending
  (projections.count for the linkages' events, triggers on cases and recoveries for the core) — appended, never
  updated, so no counter row is locked by a write — and the sweep folds them into the roll-up; the overview
  reads both.
- cases.sweep_due_on / cases.swept_on: the next day the sweep must look at an open case (a time limit comes due
  or goes overdue) and the day it last did; indexed, so the sweep selects by stored date instead of computing
  every open case's deadlines. Any other write to a case clears sweep_due_on (trigger), so a changed case is
  looked at again by the next sweep.
- asset_clues: an index on the due day of the clues not yet verified.

Revision ID: 0150_overview_rollup
Revises: 0100_open_day
Create Date: 2026-12-02 06:30:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0150_overview_rollup'
down_revision = '0100_open_day'
branch_labels = None
depends_on = None

OPEN = "state in ('filed', 'executing')"

# A court's figures also count for the courts above it: 内0621 → 内0621, 内, 内06 (shared/orgs.py grammar;
# projections.counted_for is the same in Python).
ORGS = r"""
create or replace function overview_orgs(court text) returns text[] language sql immutable as $$
    select case when court ~ '^[^0-9](\d{2}){1,2}$'
                then array[court, left(court, 1)] || case when char_length(court) = 5 then array[left(court, 3)]
                                                          else '{}'::text[] end
                else array[court] end
$$
"""

PENDING = """
create or replace function overview_pending(court text, d date, metric text, n bigint) returns void
language sql as $$
    insert into figures_pending (org_code, day, metric, value)
    select o, d, metric, n from unnest(overview_orgs(court)) o where d is not null and n <> 0
$$
"""

# The core's own figures (立案, 终本, 执行到位, 绿色通道) from asset_core's writes, appended (never updated: no
# counter row is locked by a registration) to figures_pending, which the sweep folds into figures_rollup.
CORE_CASES = """
create or replace function overview_core_cases() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.executing_court_code is not distinct from old.executing_court_code
            and new.filed_on is not distinct from old.filed_on and new.concluded_on is not distinct from old.concluded_on
            and new.livelihood_category is not distinct from old.livelihood_category then
        return null;
    end if;
    if tg_op <> 'INSERT' then
        perform overview_pending(old.executing_court_code, old.filed_on, 'core.cases_registered', -1);
        perform overview_pending(old.executing_court_code, old.concluded_on, 'core.concluded_no_assets', -1);
        if old.livelihood_category <> 'none' then
            perform overview_pending(old.executing_court_code, old.filed_on, 'core.green_channel_cases', -1);
        end if;
    end if;
    if tg_op <> 'DELETE' then
        perform overview_pending(new.executing_court_code, new.filed_on, 'core.cases_registered', 1);
        perform overview_pending(new.executing_court_code, new.concluded_on, 'core.concluded_no_assets', 1);
        if new.livelihood_category <> 'none' then
            perform overview_pending(new.executing_court_code, new.filed_on, 'core.green_channel_cases', 1);
        end if;
    end if;
    if tg_op = 'UPDATE' and new.executing_court_code is distinct from old.executing_court_code then
        -- the case's recoveries count where it is executed now
        perform overview_pending(old.executing_court_code, r.received_on, 'core.recovered_fen', -r.amount_fen)
            from recoveries r where r.case_id = old.id;
        perform overview_pending(new.executing_court_code, r.received_on, 'core.recovered_fen', r.amount_fen)
            from recoveries r where r.case_id = new.id;
    end if;
    return null;
end $$
"""

CORE_RECOVERIES = """
create or replace function overview_core_recoveries() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform overview_pending(c.executing_court_code, old.received_on, 'core.recovered_fen', -old.amount_fen)
            from cases c where c.id = old.case_id;
    end if;
    if tg_op <> 'DELETE' then
        perform overview_pending(c.executing_court_code, new.received_on, 'core.recovered_fen', new.amount_fen)
            from cases c where c.id = new.case_id;
    end if;
    return null;
end $$
"""

# What was counted before this migration, into the roll-up.
BACKFILL_FIGURES = """
insert into figures_rollup (org_code, day, metric, value)
select o.org_code, f.day, f.metric, sum(f.value)
from figures f cross join lateral unnest(overview_orgs(f.court_code)) as o(org_code)
group by o.org_code, f.day, f.metric
"""
BACKFILL_CORE = """
insert into figures_rollup (org_code, day, metric, value)
select o.org_code, x.day, x.metric, sum(x.n)
from (select executing_court_code as court, filed_on as day, 'core.cases_registered' as metric, 1::bigint as n
      from cases
      union all
      select executing_court_code, concluded_on, 'core.concluded_no_assets', 1 from cases
      where concluded_on is not null
      union all
      select executing_court_code, filed_on, 'core.green_channel_cases', 1 from cases
      where livelihood_category <> 'none'
      union all
      select c.executing_court_code, r.received_on, 'core.recovered_fen', r.amount_fen
      from recoveries r join cases c on c.id = r.case_id) x
cross join lateral unnest(overview_orgs(x.court)) as o(org_code)
group by o.org_code, x.day, x.metric
"""

RESET = """
create or replace function cases_sweep_reset() returns trigger language plpgsql as $$
begin
    -- a write that does not itself set the sweep's dates: the case may have changed, look again
    if new.sweep_due_on is not distinct from old.sweep_due_on and new.swept_on is not distinct from old.swept_on then
        new.sweep_due_on := null;
    end if;
    return new;
end $$
"""


def upgrade() -> None:
    op.create_table('figures_rollup',
                    sa.Column('org_code', sa.String(length=16), nullable=False),
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('metric', sa.String(length=40), nullable=False),
                    sa.Column('value', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('org_code', 'day', 'metric', name=op.f('pk_figures_rollup')))
    op.create_table('figures_pending',
                    sa.Column('org_code', sa.String(length=16), nullable=False),
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('metric', sa.String(length=40), nullable=False),
                    sa.Column('value', sa.BigInteger(), nullable=False))
    op.create_index('ix_figures_pending_org_code_day', 'figures_pending', ['org_code', 'day'])
    for ddl in (ORGS, PENDING, CORE_CASES, CORE_RECOVERIES, BACKFILL_FIGURES, BACKFILL_CORE):
        op.execute(ddl)
    op.execute("create trigger overview_core_cases after insert or update or delete on cases for each row "
               "execute function overview_core_cases()")
    op.execute("create trigger overview_core_recoveries after insert or update or delete on recoveries for each row "
               "execute function overview_core_recoveries()")
    op.add_column('cases', sa.Column('sweep_due_on', sa.Date(), nullable=True))
    op.add_column('cases', sa.Column('swept_on', sa.Date(), nullable=True))
    op.create_index('ix_cases_sweep_due_on', 'cases', ['sweep_due_on'], postgresql_where=sa.text(OPEN))
    op.create_index('ix_cases_swept_on', 'cases', ['swept_on'], postgresql_where=sa.text(OPEN))
    op.execute(RESET)
    op.execute("create trigger cases_sweep_reset before update on cases for each row execute function "
               "cases_sweep_reset()")
    op.create_index('ix_asset_clues_unverified_due_on', 'asset_clues', ['due_on'],
                    postgresql_where=sa.text('verified_on is null'))


def downgrade() -> None:
    op.drop_index('ix_asset_clues_unverified_due_on', table_name='asset_clues')
    op.execute("drop trigger if exists cases_sweep_reset on cases")
    op.execute("drop function if exists cases_sweep_reset()")
    op.drop_index('ix_cases_swept_on', table_name='cases')
    op.drop_index('ix_cases_sweep_due_on', table_name='cases')
    op.drop_column('cases', 'swept_on')
    op.drop_column('cases', 'sweep_due_on')
    op.execute("drop trigger if exists overview_core_recoveries on recoveries")
    op.execute("drop trigger if exists overview_core_cases on cases")
    for fn in ("overview_core_recoveries()", "overview_core_cases()", "overview_pending(text, date, text, bigint)",
               "overview_orgs(text)"):
        op.execute(f"drop function if exists {fn}")
    op.drop_table('figures_pending')
    op.drop_table('figures_rollup')
