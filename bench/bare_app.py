"""The HTTP baseline: a bare FastAPI + asyncpg app, one INSERT of the request's JSON body per POST.
No authentication, validation model, idempotency, outbox or audit. `GET /metrics` gives its round trips to the
database (every query through the pool, the pool's reset on release included), as the suite's
`db_round_trips_total`. Run by bench/http_bench.py as

    BARE_DSN=postgresql://... uvicorn bench.bare_app:app
"""
from __future__ import annotations

import json
import os
from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse

DDL = """create table if not exists bare_cases (
    id bigint generated always as identity primary key,
    body jsonb not null,
    created_at timestamptz not null default now())"""


ROUND_TRIPS = [0]


def _count(record) -> None:
    ROUND_TRIPS[0] += 1


async def _init(conn: asyncpg.Connection) -> None:
    conn.add_query_logger(_count)


@asynccontextmanager
async def lifespan(app: FastAPI):
    # The suite's pool: db_pool_size 20 (connections kept), db_max_overflow 0.
    app.state.pool = await asyncpg.create_pool(os.environ["BARE_DSN"], min_size=10, max_size=20, init=_init)
    async with app.state.pool.acquire() as conn, conn.transaction():
        await conn.execute("select pg_advisory_xact_lock(42)")  # uvicorn workers start together
        await conn.execute(DDL)
    try:
        yield
    finally:
        await app.state.pool.close()


app = FastAPI(title="bench bare app", lifespan=lifespan)


@app.get("/healthz")
async def healthz() -> dict:
    return {"status": "ok"}


@app.get("/metrics")
async def metrics() -> PlainTextResponse:
    return PlainTextResponse(f"db_round_trips_total {ROUND_TRIPS[0]}\n")


@app.post("/api/v1/cases", status_code=201)
async def create_case(request: Request) -> JSONResponse:
    raw = await request.body()
    try:
        body = json.loads(raw)
    except ValueError:
        return JSONResponse({"detail": "invalid JSON"}, status_code=400)
    row = await request.app.state.pool.fetchrow(
        "insert into bare_cases (body) values ($1::jsonb) returning id, created_at", raw.decode())
    return JSONResponse({"id": row["id"], "created_at": row["created_at"].isoformat(), **body}, status_code=201)
