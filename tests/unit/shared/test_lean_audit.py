"""The audit row's tail (what the server hashes after the previous hash at the seal) is row_hash's canonical form."""
import json
import hashlib
from datetime import datetime, timezone

from shared import audit


def test_prev_hash_plus_tail_is_the_canonical_form_row_hash_hashes():
    for data in ({"x": 1}, {"说明": "协查 \"引号\" \\ 反斜杠\n换行", "z": [1, 2.5, None, True]}, {}):
        args = dict(at=datetime(2026, 12, 2, 6, 0, 0, 123456, tzinfo=timezone.utc), actor="officer-1", org="内0621",
                    action="case.registered", entity_type="case", entity_id="abc", request_id="r-1", data=data)
        for prev in (audit.GENESIS, "ab" * 32):
            tail = audit.row_tail(**args)
            assert hashlib.sha256(('["' + prev + '",' + tail).encode()).hexdigest() == audit.row_hash(prev, **args)


def test_the_seal_takes_the_lock_first_and_commits_in_the_same_message():
    rows = [{"tail": "x", "data": {"note": "'; select 1; --"}}]
    sql = audit.seal_sql(rows)
    assert sql.startswith("select pg_advisory_xact_lock(") and sql.endswith(";\ncommit")
    alone = audit.seal_sql(rows, in_transaction=False)  # nothing sent yet: a transaction of its own
    assert alone.startswith("begin;\nselect pg_advisory_xact_lock(") and alone.endswith(";\ncommit")


def test_the_commit_message_notifies_each_channel_once_before_commit():
    sql = audit.seal_sql([], notify=["outbox_asset_core", "o'x"])
    assert sql == "select pg_notify('outbox_asset_core', '');\nselect pg_notify('o''x', '');\ncommit"
    assert "pg_advisory_xact_lock" not in sql  # no audit row: no chain lock


def test_dollar_quoting_draws_a_tag_that_does_not_occur_in_the_value(monkeypatch):
    tags = iter(["00", "00", "01"])
    monkeypatch.setattr(audit.secrets, "token_hex", lambda n: next(tags))
    assert audit.dollar_quoted("x $a00$ y") == "$a01$x $a00$ y$a01$"


def test_staged_rows_go_first_one_statement_per_kind_in_the_order_staged():
    outbox = "insert into outbox select * from jsonb_array_elements({rows}::jsonb)"
    reply = "update idempotency_keys set x = 1 from jsonb_array_elements({rows}::jsonb)"
    staged = [(outbox, '{"n":1}'), (reply, '{"k":"a"}'), (outbox, '{"n":2,"s":"$$ \'; commit; --"}')]
    sql = audit.seal_sql([{"tail": "x", "data": {}}], staged=staged, notify=["outbox_x"])
    parts = sql.split(";\n")
    assert parts[0].startswith("insert into outbox") and '[{"n":1},{"n":2,' in parts[0]
    assert parts[1].startswith("update idempotency_keys") and '[{"k":"a"}]' in parts[1]
    assert parts[2].startswith("select pg_advisory_xact_lock(")  # the chain's lock after them: not held longer
    assert sql.endswith("select pg_notify('outbox_x', '');\ncommit")


def test_a_statement_is_prepared_by_its_first_message_and_executed_by_name_after():
    outbox = "insert into outbox select * from jsonb_array_elements({rows}::jsonb)"
    prepared = audit.Prepared()
    first = audit.seal_sql([{"tail": "x", "data": {}}], staged=[(outbox, '{"n":1}')], prepared=prepared).split(";\n")
    # the PREPAREs first of all (none under the chain's lock; all of them run before any statement can fail)
    assert first[0] == "prepare at_commit_1(jsonb) as insert into outbox select * from jsonb_array_elements($1::jsonb)"
    assert first[1].startswith("prepare at_commit_2(jsonb) as with recursive")
    assert first[2].startswith("execute at_commit_1($a") and '[{"n":1}]' in first[2]
    assert first[3] == audit.LOCK and first[4].startswith("execute at_commit_2(")
    prepared.confirm()
    again = audit.seal_sql([{"tail": "y", "data": {}}], staged=[(outbox, '{"n":2}')], prepared=prepared)
    assert "prepare" not in again and again.split(";\n")[0].startswith("execute at_commit_1(")


def test_a_name_whose_message_failed_is_never_used_again_and_the_names_given_up_are_bounded():
    reply = "insert into idempotency_keys select * from jsonb_array_elements({rows}::jsonb)"
    prepared = audit.Prepared()
    audit.seal_sql([], staged=[(reply, "{}")], prepared=prepared)
    prepared.forget()  # the message failed: its PREPARE may have stood (it outlives the transaction) or not
    retry = audit.seal_sql([], staged=[(reply, "{}")], prepared=prepared)
    assert retry.startswith("prepare at_commit_2(jsonb)")  # a fresh name: no "already exists" (42P05)
    for _ in range(audit.Prepared.LOST_AT_MOST):
        prepared.forget()
        audit.seal_sql([], staged=[(reply, "{}")], prepared=prepared)
    assert audit.seal_sql([], staged=[(reply, "{}")], prepared=prepared).startswith("insert into idempotency_keys")


def test_a_message_refused_on_its_data_keeps_its_names():
    class Refused(Exception):
        def __init__(self, sqlstate: str) -> None:
            self.sqlstate = sqlstate
    assert audit.data_error(Refused("23505")) and audit.data_error(Refused("22P02"))  # a key taken, a value refused
    assert not audit.data_error(Refused("42P01")) and not audit.data_error(Refused("57014"))  # a PREPARE's own error
    assert not audit.data_error(OSError("connection lost"))


def test_a_row_splices_members_already_serialised():
    row = audit.row_json({"key": "k\"1", "name": "王某"}, body='{"id":"a","n":[1,2]}')
    assert json.loads(row) == {"key": "k\"1", "name": "王某", "body": {"id": "a", "n": [1, 2]}}
    assert json.loads(audit.row_json({}, envelope="{}")) == {"envelope": {}}
