"""(a) ceiling: a hand-batched consumer doing the suite consumer's work with nothing in between — aiokafka `getmany`,
`json.loads` of each record (no validation), and per batch in one asyncpg transaction one unnest inbox insert
(the suite's statement: it answers with the ids already there; only new events go on) and one set-based upsert of dispatch's case projection (the same
statement as services/dispatch/projections.py, `DISTINCT ON` + last-event-time guard), then one awaited offset commit
for the batch. What the suite's ConsumerRunner is compared with in the same run."""
from __future__ import annotations

import asyncio
import json
from datetime import date, datetime

import asyncpg
from aiokafka import AIOKafkaConsumer

from shared.kafka import client_options
from shared.settings import Settings

REGISTERED = "cn.court.asset-core.case.registered.v1"
COLUMNS = ("case_id", "case_number", "case_type", "court_code", "filed_on", "amount_owed_fen",
           "livelihood_category", "priority", "respondents", "state", "last_event_id", "last_event_time")
INBOX = ("with batch as (select * from unnest($2::text[], $3::text[], $4::text[], $5::integer[], $6::bigint[]) "
         "as t(event_id, event_type, topic, partition, kafka_offset)), "
         "added as (insert into inbox (consumer_group, event_id, event_type, topic, partition, kafka_offset) "
         "select $1::text, event_id, event_type, topic, partition, kafka_offset from batch "
         "on conflict do nothing returning event_id) "
         "select array(select event_id from batch except select event_id from added)")
UPSERT = f"""
insert into case_projection ({", ".join(COLUMNS)})
select distinct on (case_id) {", ".join(COLUMNS)}
from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::bigint[], $7::text[], $8::integer[],
            $9::jsonb[], $10::text[], $11::text[], $12::timestamptz[])
     with ordinality as t({", ".join(COLUMNS)}, position)
order by case_id, last_event_time desc, position desc
on conflict (case_id) do update set {", ".join(f"{k} = excluded.{k}" for k in COLUMNS if k != "case_id")},
    updated_at = now()
where case_projection.last_event_time <= excluded.last_event_time"""
GREEN = ("migrant_wages", "support_payments")


class CeilingConsumer:
    """Same start/stop/processed surface as ConsumerRunner, for bench/catchup.py."""

    def __init__(self, settings: Settings, topic: str, group: str, max_records: int) -> None:
        self.settings, self.topic, self.group, self.max_records = settings, topic, group, max_records
        self.processed = 0
        self.task: asyncio.Task | None = None

    def start(self) -> None:
        self.task = asyncio.create_task(self.run(), name="ceiling-consumer")

    async def stop(self) -> None:
        if self.task:
            self.task.cancel()
            try:
                await self.task
            except (asyncio.CancelledError, Exception):
                pass

    async def run(self) -> None:
        conn = await asyncpg.connect(self.settings.asyncpg_dsn(), server_settings={"timezone": "UTC"})
        consumer = AIOKafkaConsumer(self.topic, bootstrap_servers=self.settings.kafka_bootstrap_servers,
                                    group_id=self.group, client_id="bench-ceiling", enable_auto_commit=False,
                                    auto_offset_reset="earliest", isolation_level="read_committed",
                                    **client_options(self.settings))
        await consumer.start()
        try:
            while True:
                batches = await consumer.getmany(timeout_ms=500, max_records=self.max_records)
                if not batches:
                    continue
                records = [r for rs in batches.values() for r in rs]
                events = [json.loads(r.value) for r in records]
                async with conn.transaction():
                    seen = set(await conn.fetchval(
                        INBOX, self.group, [e["id"] for e in events], [e["type"] for e in events],
                        [r.topic for r in records], [r.partition for r in records], [r.offset for r in records]))
                    fresh = []
                    for e in events:
                        if e["id"] not in seen:
                            seen.add(e["id"])
                            fresh.append(e)
                    regs = [(e, e["data"]) for e in fresh if e["type"] == REGISTERED]
                    if regs:
                        await conn.execute(
                            UPSERT, [d["case_id"] for _, d in regs], [d["case_number"] for _, d in regs],
                            [d["case_type"] for _, d in regs], [d["court_code"] for _, d in regs],
                            [date.fromisoformat(d["filed_on"]) for _, d in regs],
                            [d["amount_owed_fen"] for _, d in regs], [d["livelihood_category"] for _, d in regs],
                            [0 if d["livelihood_category"] in GREEN else 1 for _, d in regs],
                            [json.dumps(d["respondents"], ensure_ascii=False) for _, d in regs],
                            [d["state"] for _, d in regs], [e["id"] for e, _ in regs],
                            [datetime.fromisoformat(e["time"]) for e, _ in regs])
                await consumer.commit({tp: rs[-1].offset + 1 for tp, rs in batches.items()})
                self.processed += len(fresh)
        finally:
            await consumer.stop()
            await conn.close()
