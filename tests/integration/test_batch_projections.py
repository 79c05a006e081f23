"""police, reward and mediation apply asset_core's CaseRegistered runs set-based (one statement a run, police also
its CaseDesignated and CaseStateChanged runs), with the result of applying the events one after another: through
the real consumer on the real broker, a batch holding a duplicate (a relay retry), two registrations of one case out
of order and a mix of event types lands as the record-by-record path would have left it."""
import json
import uuid
from datetime import date, datetime, timedelta, timezone

from aiokafka import AIOKafkaProducer

from services.mediation import consumers as mediation_consumers
from services.mediation.tables import platform as mediation_platform
from services.police import consumers as police_consumers
from services.police.tables import platform as police_platform
from services.reward import consumers as reward_consumers
from services.reward.tables import platform as reward_platform
from shared.consumer import ConsumerRunner, Subscription
from shared.contracts import asset_core
from shared.db import make_engine, make_session_factory
from shared.events import new_event
from shared.kafka import client_options
from shared.topics import dlq_topic, ensure_topics
from tests.support import COURT, OTHER_COURT, wait_for

REGISTERED = asset_core.CaseRegistered.EVENT_TYPE


def registered(case_id: str, number: int, at: datetime, *, court: str = COURT, state: str = "filed",
               category: str = "none"):
    return new_event(asset_core.CaseRegistered(
        case_id=case_id, case_number=f"（2024）内0621执{number}号", case_type="执", court_code=court,
        filed_on=date(2024, 3, 1), amount_owed_fen=100 * number, livelihood_category=category,
        applicants=[f"申请人{number}"], respondents=[f"被执行人{number}"], state=state,
        respondent_keys=[f"key{number}"]), subject=f"cases/{case_id}", caseid=case_id, time=at)


def state_changed(case_id: str, to_state: str, at: datetime):
    return new_event(asset_core.CaseStateChanged(
        case_id=case_id, case_number="（2024）内0621执0号", court_code=COURT, from_state="filed", to_state=to_state,
        reason="测试", changed_on=date(2024, 3, 2)), subject=f"cases/{case_id}", caseid=case_id, time=at)


def designated(case_id: str, court: str, at: datetime):
    return new_event(asset_core.CaseDesignated(
        case_id=case_id, case_number="（2024）内0621执0号", designating_court="内06", from_court=COURT, to_court=court,
        executing_court_code=court, form="instruct", designated_on=date(2024, 3, 2), reason="交叉执行"),
        subject=f"cases/{case_id}", caseid=case_id, time=at)


async def run_batch(world, service: str, platform, sub: Subscription, events: list) -> None:
    """The events on one partition of an own topic (own prefix) in order, with the relay's headers, applied by the
    service's subscription through the real consumer into the world's database of the service; the registrations
    must have come to its batch handler as runs."""
    settings = world.settings(service, topic_prefix=f"{world.prefix}bp{uuid.uuid4().hex[:6]}.")
    topic = settings.topic(asset_core.TOPIC)
    await ensure_topics(settings, [topic, dlq_topic(topic)])
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, enable_idempotence=True,
                                **client_options(world.base))
    await producer.start()
    try:
        for e in events:  # sent before the consumer starts: one getmany fetches them together
            await producer.send_and_wait(topic, value=e.model_dump_json().encode(), key=b"k", partition=0,
                                         headers=[("ce_id", e.id.encode()), ("ce_type", e.type.encode())])
    finally:
        await producer.stop()

    sizes: list[int] = []
    sub = sub.with_hook(None)
    handler = sub._batch[REGISTERED]

    async def counting(items, session):
        sizes.append(len(items))
        await handler(items, session)
    sub._batch[REGISTERED] = counting
    engine = make_engine(settings)
    runner = ConsumerRunner(settings, make_session_factory(engine), platform, sub)
    unique = len({e.id for e in events})
    runner.start()
    try:
        async def all_in():
            return runner.processed >= unique
        await wait_for(all_in, timeout=60, what=f"{service}: the batch applied")
    finally:
        await runner.stop()
        await engine.dispose()
    assert runner.processed == unique  # the duplicate had no second effect
    assert max(sizes) >= 2, sizes  # registrations were applied as a run, not one by one


async def one_after_another(world, service: str, sub: Subscription, events: list) -> None:
    """The reference: each (distinct) event applied on its own, in order, one transaction each."""
    settings = world.settings(service)
    engine = make_engine(settings)
    sessions = make_session_factory(engine)
    try:
        for e in {e.id: e for e in events}.values():
            async with sessions() as session, session.begin():
                await sub.apply(session, settings, e.type, [(e, sub.contracts[e.type].model_validate(e.data))])
    finally:
        await engine.dispose()


async def same_as_one_after_another(world, service: str, db, sub: Subscription, platform, scenario,
                                    table: str, key: str) -> dict[str, dict]:
    """The scenario (a function of case ids and a time giving the events) applied as a batch through the consumer,
    and with other case ids one event after another: every row alike but its id (and `updated_at`). Returns the
    batch's rows by case id (as the scenario's ids: a, b, c, …)."""
    t = datetime.now(timezone.utc)
    batched, reference = [str(uuid.uuid4()) for _ in range(4)], [str(uuid.uuid4()) for _ in range(4)]
    await run_batch(world, service, platform, sub, scenario(*batched, t))
    await one_after_another(world, service, sub, scenario(*reference, t))

    async def rows(ids: list[str]) -> dict[str, dict]:
        got = {str(r[key]): dict(r) for r in await db.fetch(
            f"select * from {table} where {key} = any($1::uuid[])", [uuid.UUID(x) for x in ids])}
        return {name: {k: v for k, v in got[x].items() if k not in (key, "updated_at")}
                for name, x in zip("abcd", ids) if x in got}
    got, expected = await rows(batched), await rows(reference)
    assert got == expected
    return got


def police_scenario(a: str, b: str, c: str, d: str, t: datetime) -> list:
    b_registered = registered(b, 3, t)
    return [
        registered(a, 1, t + timedelta(seconds=2)),
        registered(a, 2, t + timedelta(seconds=1), court=OTHER_COURT),  # older than the one before it: no effect
        b_registered,
        b_registered,  # the same event twice in the batch (a relay retry)
        registered(c, 4, t, category="migrant_wages"),
        state_changed(b, "executing", t + timedelta(seconds=3)),
        state_changed(b, "suspended", t + timedelta(seconds=2)),  # older, in the same run: no effect
        state_changed(d, "executing", t),  # a case police does not know yet: nothing
        designated(a, OTHER_COURT, t + timedelta(seconds=1)),  # older than a's registration: no effect
        designated(c, OTHER_COURT, t + timedelta(seconds=1)),
        registered(c, 5, t),  # as old as the registration it repeats, older than the designation: no effect
        registered(d, 6, t),
        registered(d, 7, t),  # as old as the one before it, later: as one after another, it lands (`<=`)
    ]


async def test_police_applies_runs_of_case_events_as_one_after_another(world, police_db):
    rows = await same_as_one_after_another(world, "police", police_db, police_consumers.cases, police_platform,
                                           police_scenario, "cases", "case_id")
    a, b, c, d = rows["a"], rows["b"], rows["c"], rows["d"]
    assert a["case_number"] == "（2024）内0621执1号" and a["court_code"] == COURT
    assert json.loads(a["respondents"]) == ["被执行人1"]
    assert b["state"] == "executing" and b["last_event_time"] - a["last_event_time"] == timedelta(seconds=1)
    assert c["court_code"] == OTHER_COURT and c["case_number"] == "（2024）内0621执4号"
    assert c["livelihood_category"] == "migrant_wages"
    assert d["state"] == "filed" and d["case_number"] == "（2024）内0621执7号"  # registered after its state change


def reward_scenario(a: str, b: str, c: str, d: str, t: datetime) -> list:
    b_registered = registered(b, 3, t)
    return [
        registered(a, 1, t + timedelta(seconds=2)),
        registered(a, 2, t + timedelta(seconds=1), court=OTHER_COURT, state="executing"),  # the later one in order
        b_registered,
        b_registered,
        designated(b, OTHER_COURT, t + timedelta(seconds=1)),
        state_changed(c, "executing", t),  # c is not known yet: nothing
        registered(b, 4, t + timedelta(seconds=2), court=COURT),  # a replay never moves the designated case back
        registered(c, 5, t),
        registered(d, 6, t), registered(d, 7, t, court=OTHER_COURT, state="executing"),  # both new, in one run
    ]


async def test_reward_applies_runs_of_registrations_as_one_after_another(world, reward_db):
    rows = await same_as_one_after_another(world, "reward", reward_db, reward_consumers.cases, reward_platform,
                                           reward_scenario, "cases", "id")
    a, b, c, d = rows["a"], rows["b"], rows["c"], rows["d"]
    # no time guard in reward: as one after another, a case's first registration made the row (court, state) and
    # the last one refreshed the parties and the amount
    assert a["court_code"] == COURT and a["state"] == "filed"
    assert a["case_number"] == "（2024）内0621执2号" and a["amount_owed_fen"] == 200
    assert json.loads(a["applicants"]) == ["申请人2"] and json.loads(a["respondent_keys"]) == ["key2"]
    assert b["court_code"] == OTHER_COURT and b["case_number"] == "（2024）内0621执4号"
    assert json.loads(b["respondents"]) == ["被执行人4"]
    assert c["state"] == "filed" and c["amount_owed_fen"] == 500
    assert (d["court_code"], d["state"], d["amount_owed_fen"]) == (COURT, "filed", 700)


def mediation_scenario(a: str, b: str, c: str, d: str, t: datetime) -> list:
    b_registered = registered(b, 3, t)
    return [
        registered(a, 1, t + timedelta(seconds=2)),
        registered(a, 2, t + timedelta(seconds=1), court=OTHER_COURT, category="support_payments"),  # later in order
        b_registered,
        b_registered,
        state_changed(b, "executing", t + timedelta(seconds=1)),
        designated(c, OTHER_COURT, t),  # c is not known yet: nothing
        registered(c, 5, t),
        registered(b, 4, t + timedelta(seconds=2)),  # a replayed registration: as one after another, it lands
    ]


async def test_mediation_applies_runs_of_registrations_as_one_after_another(world, mediation_db):
    rows = await same_as_one_after_another(world, "mediation", mediation_db, mediation_consumers.asset_core,
                                           mediation_platform, mediation_scenario, "court_cases", "id")
    a, b, c = rows["a"], rows["b"], rows["c"]
    # no time guard in mediation: the last registration of a case in the run is the one that lands
    assert a["case_number"] == "（2024）内0621执2号" and a["court_code"] == OTHER_COURT
    assert a["filing_court_code"] == OTHER_COURT and a["livelihood_category"] == "support_payments"
    assert a["amount_owed_fen"] == a["outstanding_fen"] == 200
    assert json.loads(a["applicants"]) == ["申请人2"] and json.loads(a["respondents"]) == ["被执行人2"]
    assert b["state"] == "filed" and b["case_number"] == "（2024）内0621执4号"
    assert c["court_code"] == COURT and c["outstanding_fen"] == 500
    assert "d" not in rows
