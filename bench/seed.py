"""Bulk seeding of asset_core's tables with generate_series, for the scale benches ((f) overview, (g) sweeps).

Courts follow shared/orgs.py: the high court 内, cities 内01 … 内12, and ten county courts under each (内0121 …
内1230). The rows are what asset_core's own code would have written (the same columns and values), written by
SQL in bulk because a million events through the API would take hours."""
from __future__ import annotations

import json
from datetime import date

import asyncpg

from services.asset_core import domain

PROVINCE = "内"
CITIES = [f"{PROVINCE}{c:02d}" for c in range(1, 13)]
COUNTIES = [f"{city}{n:02d}" for city in CITIES for n in range(21, 31)]

LINKAGE_METRICS = ["alarms_received", "officer_dispatches", "detentions", "notices_published", "successes",
                   "recovered_fen", "cases_pushed", "fully_executed", "settled", "joint_search_batches",
                   "people_searched", "refusal_transfers", "refusal_transfer_persons"]


async def seed_figures(conn: asyncpg.Connection, events: int, first_day: date, days: int, seed: float = 0.42) -> int:
    """`events` counted events (court, day, metric, +1) spread uniformly over the county courts, `days` days from
    `first_day` and the linkages' metrics, summed into `figures` as projections.count would have; returns rows."""
    await conn.execute("select setseed($1)", seed)
    status = await conn.execute("""
        insert into figures (court_code, day, metric, value)
        select court, day, metric, count(*) from (
            select ($1::text[])[1 + floor(random() * $2)::int] as court,
                   $3::date + floor(random() * $4)::int as day,
                   ($5::text[])[1 + floor(random() * $6)::int] as metric
            from generate_series(1, $7)) e
        group by 1, 2, 3""", COUNTIES, len(COUNTIES), first_day, days, LINKAGE_METRICS, len(LINKAGE_METRICS), events)
    return int(status.split()[-1])


def _party(name: str) -> str:
    return json.dumps([name], ensure_ascii=False)


async def seed_cases(conn: asyncpg.Connection, n: int, first_filed: date, days: int, *, open_share: float = 1.0,
                     start_seq: int = 1, seed: float = 0.17) -> int:
    """`n` cases filed uniformly over `days` days from `first_filed` in the county courts. A share `open_share`
    is executing (officer assigned and notice sent the day after filing); of the rest, two thirds are 终本
    (concluded 60–180 days after filing) and one third executed in full (closed 30–150 days after), each of
    those with one recovery. 1 in 10 cases is green-channel (migrant wages)."""
    await conn.execute("select setseed($1)", seed)
    required = json.dumps(domain.required_categories(None))
    status = await conn.execute("""
        insert into cases (id, case_number, year, court_code, case_type, sequence, executing_court_code, filed_on,
                           amount_owed_fen, livelihood_category, applicants, respondents, state, created_by,
                           required_categories, officer_id, officer_assigned_on, execution_notice_on,
                           asset_report_order_on, executing_since, concluded_on, closed_on)
        select gen_random_uuid(), format('（%s）%s执%s号', extract(year from filed), court, i), extract(year from filed),
               court, '执', i, court, filed, 100000 + (i * 7919) % 50000000,
               case when i % 10 = 0 then 'migrant_wages' else 'none' end, $7::jsonb, $8::jsonb,
               case when r < $5 then 'executing' when r < $5 + (1 - $5) * 2 / 3 then 'concluded_no_assets'
                    else 'fully_executed' end,
               'bench', $6::jsonb, 'bench-officer', filed + 1, filed + 1, filed + 1, filed + 1,
               case when r >= $5 and r < $5 + (1 - $5) * 2 / 3 then filed + 60 + (i % 121) end,
               case when r >= $5 + (1 - $5) * 2 / 3 then filed + 30 + (i % 121) end
        from (select i, ($1::text[])[1 + (i * 31) % $2] as court, $3::date + (i % $4) as filed,
                     random() as r
              from generate_series($9::int, $9::int + $10::int - 1) i) s""",
        COUNTIES, len(COUNTIES), first_filed, days, open_share, required, _party("某银行股份有限公司"),
        _party("某房地产开发有限公司"), start_seq, n)
    count = int(status.split()[-1])
    await conn.execute("""
        insert into recoveries (id, case_id, amount_fen, source, received_on)
        select gen_random_uuid(), id, amount_owed_fen, 'deduction', coalesce(closed_on, concluded_on)
        from cases where state in ('fully_executed')""")
    await conn.execute("analyze")
    return count
