"""Append-only, hash-chained audit log. Every state change appends a row in its own transaction; each
row's hash covers its content and the previous row's hash, so an edited or deleted row breaks the chain.
A database trigger refuses UPDATE and DELETE (installed by each service's first migration).

Sealed at commit (docs/adr/0013-lean-write-path.md): `append` only stages the row in the session — its content and
the tail of its canonical form, hashed here; nothing is sent, nothing locked (a rolled-back savepoint drops the rows
staged in it). Before the transaction commits, one message to the server takes the chain lock, reads the chain's
head, inserts the staged rows chained to it (the hash computed by the server from the head and the staged tail: the
same sha256 over the same canonical JSON as `row_hash`) and COMMITs. The lock is held only inside the server, from
that message's first statement to the end of its COMMIT: no network round trip and no Python in between, so
concurrent writers queue for the length of a COMMIT, not for each other's requests. seq is taken under the lock, so
seq order is chain order, as `verify` and `extend` walk it."""
from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable, Mapping

from asyncpg.transaction import TransactionState
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlalchemy.util import await_only

from shared import tracing
from shared.db import PlatformTables, begin_sent, utcnow

GENESIS = "0" * 64
_LOCK = 0x6175646974  # 'audit': serialises the seal of the chain, inside the server, up to the end of COMMIT
_PENDING = "audit_pending"  # session.info: the rows this transaction staged
_MARKS = "audit_savepoints"  # session.info: rows staged before each open savepoint


def _canonical(items: list[Any]) -> str:
    return json.dumps(items, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def row_hash(prev_hash: str, at: datetime, actor: str, org: str, action: str, entity_type: str, entity_id: str,
             request_id: str, data: dict[str, Any]) -> str:
    canonical = _canonical([prev_hash, at.isoformat(), actor, org, action, entity_type, entity_id, request_id, data])
    return hashlib.sha256(canonical.encode()).hexdigest()


def row_tail(at: datetime, actor: str, org: str, action: str, entity_type: str, entity_id: str, request_id: str,
             data: dict[str, Any]) -> str:
    """The canonical form of `row_hash` after its prev_hash: '["' + prev_hash + '",' + tail is the whole of it
    (prev_hash is 64 hex digits: nothing in it is escaped), so the server chains a staged row by hashing that."""
    return _canonical([at.isoformat(), actor, org, action, entity_type, entity_id, request_id, data])[1:]


# One simple-query message (so no bound parameters: the staged rows are a dollar-quoted literal whose tag does not
# occur in them, given to a prepared statement, `Prepared`). Statements of one message take their own snapshots: the
# insert sees every chain row committed before the lock was granted.
LOCK = f"select pg_advisory_xact_lock({_LOCK})"
SEAL = """with recursive staged as (
    select r, n from jsonb_array_elements({rows}::jsonb) with ordinality as s(r, n)),
chain(n, prev_hash, hash) as (
    select 0::bigint, null::text, coalesce((select hash from audit_log order by seq desc limit 1), '%s')::text
    union all
    select s.n, c.hash, encode(sha256(convert_to('["' || c.hash || '",' || (s.r->>'tail'), 'UTF8')), 'hex')
    from chain c join staged s on s.n = c.n + 1)
insert into audit_log (at, actor, org, action, entity_type, entity_id, request_id, data, prev_hash, hash)
select (s.r->>'at')::timestamptz, s.r->>'actor', s.r->>'org', s.r->>'action', s.r->>'entity_type',
       s.r->>'entity_id', s.r->>'request_id', s.r->'data', c.prev_hash, c.hash
from chain c join staged s on s.n = c.n order by c.n""" % GENESIS
_NOTIFY = "notify_at_commit"  # session.info: the channels to NOTIFY (once each) in the commit message
_PREPARED = "prepared_at_commit"  # the connection's info: its Prepared
_ROWS = "rows_at_commit"  # session.info: (statement, row as JSON text) written by the commit message, in order
_REFUSED = "refused_at_commit"  # session.info: constraint name → the error the commit raises when it fails on it


def at_commit(session: AsyncSession | Session, statement: str, row_json: str,
              refused: Mapping[str, Exception] | None = None) -> None:
    """Write a row with the commit message instead of a round trip of its own (docs/adr/0018): `statement` reads the
    transaction's rows of that statement from `{rows}`, a JSON array, in the order they were staged; `row_json` is one
    of them. For writes nothing in the transaction reads back (the outbox, the idempotent reply, a new case). Like an
    audit row, a rolled-back savepoint takes the rows staged in it, and a failed transaction all of them. `refused`:
    when the commit fails on one of these constraints (a unique key taken), it raises that error (a domain refusal,
    e.g. 409) instead of the database's (docs/adr/0022)."""
    session.info.setdefault(_ROWS, []).append((statement, row_json))
    if refused:
        session.info.setdefault(_REFUSED, {}).update(refused)


def row_json(fields: dict[str, Any], **serialised: str) -> str:
    """A row for `at_commit`: `fields` as JSON, with members already serialised (an envelope, a reply) spliced in as
    they are, not parsed and dumped again."""
    parts = [json.dumps(fields, ensure_ascii=False)[1:-1]] if fields else []
    parts += [f"{json.dumps(name)}:{value}" for name, value in serialised.items()]
    return "{" + ",".join(parts) + "}"


class Prepared:
    """The commit message's statements prepared on one connection (docs/adr/0021): each statement of `{rows}` is
    PREPAREd (its one parameter the rows, jsonb) in the first message that sends it and EXECUTEd by name after, so
    the server parses and plans it once per connection instead of in every commit. A prepared statement outlives a
    failed transaction, so a name is kept once its message succeeded, or failed on the data of a statement after its
    PREPAREs (`confirm`: a case number taken must not cost the connection its names, docs/adr/0022), and is never
    used again if the message failed otherwise (`forget`): the next message prepares it anew under a fresh name."""

    LOST_AT_MOST = 16  # names given up after failed messages (each may be left prepared): then no new ones here

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # statement → name, prepared by a message that succeeded
        self.pending: dict[str, str] = {}  # statement → name, prepared by the message being sent
        self.count = 0
        self.lost = 0

    def name(self, statement: str) -> tuple[str | None, str | None]:
        """The name `statement` is EXECUTEd by here and its PREPARE if it is new here; (None, None) once too many
        names were lost (bounded: the statement then goes as text, parsed each time)."""
        name = self.names.get(statement) or self.pending.get(statement)
        if name is not None:
            return name, None
        if self.lost >= self.LOST_AT_MOST:
            return None, None
        self.count += 1
        name = self.pending[statement] = f"at_commit_{self.count}"
        return name, f"prepare {name}(jsonb) as " + statement.replace("{rows}", "$1")

    def confirm(self) -> None:
        self.names.update(self.pending)
        self.pending.clear()

    def forget(self) -> None:
        self.lost += len(self.pending)
        self.pending.clear()


def _statement(prepared: Prepared | None, statement: str, rows: str, prepares: list[str]) -> str:
    """`statement` for `rows` (a JSON array) in the message: EXECUTEd by name (its PREPARE added to `prepares` if it
    is new on the connection), or as text."""
    name, prepare = prepared.name(statement) if prepared is not None else (None, None)
    if name is None:
        return statement.replace("{rows}", dollar_quoted(rows))
    if prepare:
        prepares.append(prepare)
    return f"execute {name}({dollar_quoted(rows)})"


def _rows_sql(staged: list[tuple[str, str]], prepared: Prepared | None, prepares: list[str]) -> list[str]:
    """One statement per kind of staged row, the rows of each in the order they were staged."""
    by_statement: dict[str, list[str]] = {}
    for statement, row in staged:
        by_statement.setdefault(statement, []).append(row)
    return [_statement(prepared, statement, "[" + ",".join(rows) + "]", prepares)
            for statement, rows in by_statement.items()]


def notify_at_commit(session: AsyncSession | Session, channel: str) -> None:
    """NOTIFY `channel` once when the transaction commits, inside the commit message (shared/outbox.py: one NOTIFY
    per transaction, not per event, and no round trip of its own)."""
    session.info.setdefault(_NOTIFY, {})[channel] = None


def dollar_quoted(value: str) -> str:
    """`value` as a PostgreSQL dollar-quoted literal: taken verbatim up to the closing tag, which must not occur in
    it — a fresh random tag is drawn until it does not."""
    while True:
        tag = f"$a{secrets.token_hex(8)}$"
        if tag not in value:
            return f"{tag}{value}{tag}"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def seal_sql(rows: list[dict[str, Any]], *, in_transaction: bool = True, notify: Iterable[str] = (),
             staged: list[tuple[str, str]] = (), prepared: Prepared | None = None) -> str:
    """The commit message: the `staged` rows (`at_commit`), the seal of `rows` (if any), a NOTIFY per channel of
    `notify`, and COMMIT. With nothing sent yet (the driver begins lazily) it begins the transaction too. The staged
    rows come before the chain's lock is taken, so they do not lengthen its hold. With `prepared` (the connection's)
    the statements of rows are EXECUTEd by name, the PREPAREs of those new on the connection first of all: when a
    statement of the message fails on its data, every PREPARE before it has stood (`data_error`)."""
    prepares: list[str] = []
    parts = _rows_sql(list(staged), prepared, prepares)
    if rows:
        parts += [LOCK, _statement(prepared, SEAL, json.dumps(rows, ensure_ascii=False), prepares)]
    parts += [f"select pg_notify({_literal(ch)}, '')" for ch in notify]
    return ";\n".join([*(["begin"] if not in_transaction else []), *prepares, *parts, "commit"])


def data_error(exc: BaseException) -> bool:
    """The commit message failed on the data of a statement — a key taken, a reference missing, a value refused
    (SQLSTATE classes 22 and 23) — so after its PREPAREs, which ran before any of them."""
    return str(getattr(exc, "sqlstate", "") or "")[:2] in ("22", "23")


async def append(session: AsyncSession, platform: PlatformTables, *, actor: str, org: str, action: str,
                 entity_type: str, entity_id: str, request_id: str | None, data: dict[str, Any]) -> None:
    """Stage an audit row in the caller's transaction; it is chained and written when the transaction commits
    (`_seal`). Anywhere in the transaction: nothing is sent and nothing locked until the commit."""
    at = utcnow()
    data = json.loads(json.dumps(data, default=str))
    rid = request_id or "-"
    session.info.setdefault(_PENDING, []).append({
        "at": at.isoformat(), "actor": actor, "org": org, "action": action, "entity_type": entity_type,
        "entity_id": entity_id, "request_id": rid, "data": data,
        "tail": row_tail(at, actor, org, action, entity_type, entity_id, rid, data)})


@event.listens_for(Session, "before_commit")
def _seal(session: Session) -> None:
    """Before the outermost COMMIT of a transaction that staged rows or NOTIFYs: chain the rows, NOTIFY and COMMIT in
    one message; the session's own COMMIT then has nothing left to send (`_committed`)."""
    if session.get_nested_transaction() is not None:
        return  # a savepoint is released: its rows stay staged for the outer transaction
    rows = session.info.pop(_PENDING, None)
    channels = session.info.pop(_NOTIFY, None)
    staged = session.info.pop(_ROWS, None)
    refused = session.info.pop(_REFUSED, None) or {}
    if not rows and not channels and not staged:
        return
    connection = session.connection()
    adapted = connection.connection.dbapi_connection  # SQLAlchemy's adapter of the asyncpg connection
    driver = connection.connection.driver_connection
    prepared = connection.connection.info.setdefault(_PREPARED, Prepared())  # kept as long as the connection
    began = not driver.is_in_transaction()  # nothing sent yet: the message begins the transaction too
    if began:
        begin_sent(connection)  # one round trip, counted as the session's COMMIT
    sql = seal_sql(rows or [], in_transaction=not began, notify=channels or (), staged=staged or (),
                   prepared=prepared)
    try:
        with tracing.commit_message(sql):  # a span without the text: its rows are personal data
            await_only(driver.execute(sql))
    except Exception as exc:  # as a statement's error: DBAPIError (a lost database: invalidated, 503), not a 500
        if data_error(exc):
            prepared.confirm()  # its PREPAREs ran before the statement that failed: they stand
        else:
            prepared.forget()
        if began and not driver.is_closed() and driver.is_in_transaction():
            # the message's own BEGIN, failed after it: SQLAlchemy knows of no transaction to roll back
            with contextlib.suppress(Exception):
                await_only(driver.execute("rollback"))
        refusal = refused.get(getattr(exc, "constraint_name", None) or "")
        if refusal is not None:  # a staged row refused by its constraint: the use case's own error (rolled back)
            raise refusal from None
        try:
            adapted._handle_exception(exc)  # the driver's error as the adapter's DB-API error
        except Exception as dbapi_error:
            connection._handle_dbapi_exception(dbapi_error, "audit seal", (), None, None)
        raise
    prepared.confirm()
    _committed(adapted)


def _committed(adapted: Any) -> None:
    """The message committed the transaction: tell the driver's transaction and SQLAlchemy's adapter, so the session's
    COMMIT (counted as this message's round trip) sends nothing. asyncpg keeps the state in `Transaction._state` and
    `Connection._top_xact`; tests/integration/test_lean_write_path.py checks the connection goes on afterwards."""
    tr = adapted._transaction
    if tr is not None:
        tr._state = TransactionState.COMMITTED
        if tr._connection._top_xact is tr:
            tr._connection._top_xact = None
        adapted._transaction = None


@event.listens_for(Session, "after_transaction_create")
def _mark(session: Session, transaction) -> None:
    if transaction.nested:  # a savepoint: remember how many rows were staged before it
        session.info.setdefault(_MARKS, {})[id(transaction)] = (len(session.info.get(_PENDING, ())),
                                                                len(session.info.get(_ROWS, ())))


@event.listens_for(Session, "after_soft_rollback")
def _unstage(session: Session, previous_transaction) -> None:
    """A rolled-back savepoint takes the rows staged in it; a rolled-back transaction all of them."""
    if previous_transaction.nested:
        mark = session.info.get(_MARKS, {}).pop(id(previous_transaction), None)
        if mark is not None:
            for key, n in zip((_PENDING, _ROWS), mark):
                if key in session.info:
                    del session.info[key][n:]
    else:
        for key in (_PENDING, _NOTIFY, _ROWS, _REFUSED):
            session.info.pop(key, None)


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended (committed, or rolled back)
        for key in (_PENDING, _MARKS, _NOTIFY, _ROWS, _REFUSED):
            session.info.pop(key, None)


async def verify(session: AsyncSession, platform: PlatformTables) -> dict[str, Any]:
    t = platform.audit_log
    prev, checked, head = GENESIS, 0, None
    result = await session.stream(select(t).order_by(t.c.seq))
    async for r in result.mappings():
        expected = row_hash(prev, r["at"], r["actor"], r["org"], r["action"], r["entity_type"], r["entity_id"],
                            r["request_id"], r["data"])
        if r["prev_hash"] != prev or r["hash"] != expected:
            return {"valid": False, "checked": checked, "first_broken_seq": r["seq"],
                    "reason": "prev_hash mismatch" if r["prev_hash"] != prev else "content does not match its hash"}
        prev, checked, head = r["hash"], checked + 1, r["seq"]
    return {"valid": True, "checked": checked, "first_broken_seq": None, "reason": None,
            "head_seq": head if checked else None, "head_hash": prev if checked else None}


# ---------------------------------------------------------------- anchoring (shared/checkpoints.py signs and publishes)
@dataclass(frozen=True)
class Head:
    """A point of the chain: the row `seq` has `hash`, and `rows` rows have seq <= `seq`."""
    seq: int
    hash: str
    rows: int


EMPTY = Head(0, GENESIS, 0)


class ChainBroken(Exception):
    """The rows do not extend the last checkpoint: never publish such a head."""


async def extend(session: AsyncSession, platform: PlatformTables, base: Head | None) -> Head:
    """The chain's head, walking only the rows from `base` on (all rows when None): the row at base.seq must still
    have base.hash and content that matches it, and every later row must chain from it. A checkpointer that
    publishes the result therefore never blesses a truncated or re-hashed chain."""
    t = platform.audit_log
    base = base or EMPTY
    prev, rows, seq, found = base.hash, base.rows, base.seq, base.seq == 0
    result = await session.stream(select(t).where(t.c.seq >= base.seq).order_by(t.c.seq))
    async for r in result.mappings():
        expected = row_hash(r["prev_hash"], r["at"], r["actor"], r["org"], r["action"], r["entity_type"],
                            r["entity_id"], r["request_id"], r["data"])
        if r["hash"] != expected:
            raise ChainBroken(f"row {r['seq']}: content does not match its hash")
        if not found:
            if r["seq"] != base.seq:
                raise ChainBroken(f"row {base.seq} of the last checkpoint is gone")
            if r["hash"] != base.hash:
                raise ChainBroken(f"row {base.seq} has another hash than the last checkpoint")
            found = True
            continue
        if r["prev_hash"] != prev:
            raise ChainBroken(f"row {r['seq']}: prev_hash mismatch")
        prev, rows, seq = r["hash"], rows + 1, r["seq"]
    if not found:
        raise ChainBroken(f"row {base.seq} of the last checkpoint is gone (the chain ends before it)")
    return Head(seq, prev, rows)


async def against(session: AsyncSession, platform: PlatformTables,
                  anchors: Iterable[Head]) -> list[tuple[Head, str | None]]:
    """Each anchor with None when the table still has its row and hash, else `truncated` (the row is gone: the
    table ends before it, or it was deleted) or `rehashed` (the row has another hash)."""
    anchors = list(anchors)
    if not anchors:
        return []
    t = platform.audit_log
    rows = dict((await session.execute(select(t.c.seq, t.c.hash).where(
        t.c.seq.in_(sorted({a.seq for a in anchors}))))).all())
    return [(a, None if rows.get(a.seq) == a.hash else "truncated" if a.seq not in rows else "rehashed")
            for a in anchors]


APPEND_ONLY_DDL = [
    """create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$""",
    """create trigger audit_log_no_update_delete before update or delete on audit_log
    for each row execute function audit_log_append_only()""",
    """create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()""",
]
