"""`service.record_find` writes an on-site find (and its seizure) in fewer round trips than `add_asset` followed by
`apply_measure`; the rows, events, recent-events entries and audit rows are the same as theirs."""
import json
import uuid
from datetime import datetime, timezone

import pytest

from services.asset_core import service
from services.asset_core.service import Ctx, NewAsset, NewMeasure
from shared.consumer import Delivery
from shared.contracts import dispatch
from shared.events import new_event
from shared.legal import NotFound, Refused
from tests.support import auth, case_body

ASSET_COLUMNS = ("debtor_key", "debtor_name", "asset_type", "description", "quantity", "estimated_value_fen",
                 "location", "discovery_source", "mortgaged", "status")
MEASURE_COLUMNS = ("kind", "flexible", "amount_fen", "months", "status", "queued_on", "start_on", "expiry_on")
AT = datetime(2025, 6, 30, 17, 30, tzinfo=timezone.utc)  # 2025-07-01 in Asia/Shanghai: the event's day counts


def _event(case_id: str, asset_type: str = "vehicle", seized: bool = True):
    payload = dispatch.AssetFoundOnSite(case_id=case_id, alarm_id=str(uuid.uuid4()), asset_type=asset_type,
                                        description="丰田越野车 蒙K·12345", estimated_value_fen=30_000_000,
                                        location="达拉特旗", seized=seized)
    return new_event(payload, subject="alarms/x", caseid=case_id, time=AT), payload


def _cmd(p) -> NewAsset:
    return NewAsset(asset_type=p.asset_type, description=p.description, estimated_value_fen=p.estimated_value_fen,
                    location=p.location, discovery_source="on_site")


async def _new_case(asset_core) -> str:
    r = await asset_core.post("/api/v1/cases", json=case_body(respondents=["甲公司", "乙公司"]), headers=auth())
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def _written(asset_db, case_id: str) -> dict:
    cid = uuid.UUID(case_id)
    a = await asset_db.fetch(f"select {', '.join(ASSET_COLUMNS)} from assets where case_id = $1 order by seq", cid)
    m = await asset_db.fetch(f"select {', '.join(MEASURE_COLUMNS)} from measures where case_id = $1 order by seq",
                             cid)
    ev = await asset_db.fetch("select event_type, summary from case_events where case_id = $1 order by seq", cid)
    out = await asset_db.fetch("select event_type, envelope->'data' as data from outbox where key = $1 "
                               "and event_type <> 'cn.court.asset-core.case.registered.v1' order by seq", case_id)
    au = await asset_db.fetch("select action, entity_type, data from audit_log where actor like 'event:%' "
                              "and entity_id in (select id::text from assets where case_id = $1 union all "
                              "select id::text from measures where case_id = $1) order by seq", cid)
    data = [{k: v for k, v in json.loads(r["data"]).items()
             if k not in ("asset_id", "measure_id", "case_id", "case_number", "source_event_id")} for r in out]
    return {"assets": [dict(r) for r in a], "measures": [dict(r) for r in m],
            "recent": [(r["event_type"], r["summary"]) for r in ev if "registered" not in r["event_type"]],
            "events": [(r["event_type"], d) for r, d in zip(out, data)],
            "audit": [(r["action"], r["entity_type"], r["data"]) for r in au]}


async def _apply(asset_core, fn) -> None:
    app = asset_core.app
    async with app.state.sessions() as session, session.begin():
        await fn(session, app.state.settings)


@pytest.mark.parametrize("asset_type,seized", [("vehicle", True), ("movable", False), ("bank_deposit", True)])
async def test_the_find_path_writes_what_add_asset_and_apply_measure_write(asset_core, asset_db, asset_type, seized):
    fast, general = await _new_case(asset_core), await _new_case(asset_core)

    async def by_record_find(session, settings):
        e, p = _event(fast, asset_type, seized)
        await service.record_find(Ctx.for_event(Delivery(session, settings, e)), fast, _cmd(p), seized=p.seized)

    async def by_the_general_use_cases(session, settings):
        e, p = _event(general, asset_type, seized)
        ctx = Ctx.for_event(Delivery(session, settings, e))
        asset = await service.add_asset(ctx, await service.case_for_event(ctx, general), _cmd(p),
                                        source_event_id=e.id)
        if p.seized and p.asset_type in service.ON_SITE_TYPES:
            await service.apply_measure(ctx, asset.id, NewMeasure(kind="seize", start_on=service.event_day(ctx)))

    await _apply(asset_core, by_record_find)
    await _apply(asset_core, by_the_general_use_cases)
    a, b = await _written(asset_db, fast), await _written(asset_db, general)
    assert a == b
    assert a["assets"][0]["debtor_name"] == "甲公司"  # the first respondent
    if asset_type in service.ON_SITE_TYPES and seized:
        assert a["assets"][0]["status"] == "controlled"
        assert [m["start_on"].isoformat() for m in a["measures"]] == ["2025-07-01"]
        assert [t for t, _ in a["recent"]] == ["cn.court.asset-core.asset.discovered.v1",
                                               "cn.court.asset-core.measure.applied.v1"]
        assert [x[0] for x in a["audit"]] == ["asset.discovered", "measure.applied"]
    else:
        assert a["measures"] == [] and a["assets"][0]["status"] == "discovered"


async def test_the_find_path_refuses_what_the_use_cases_refuse(asset_core, asset_db):
    cid = await _new_case(asset_core)
    for case_id, asset_type, error in ((cid, "spaceship", Refused), (str(uuid.uuid4()), "vehicle", NotFound),
                                       ("not-a-uuid", "vehicle", Exception)):
        async def find(session, settings, case_id=case_id, asset_type=asset_type):
            e, _ = _event(cid, "vehicle")
            await service.record_find(Ctx.for_event(Delivery(session, settings, e)), case_id,
                                      NewAsset(asset_type=asset_type, description="x", discovery_source="on_site"),
                                      seized=True)
        with pytest.raises(error):
            await _apply(asset_core, find)
    assert await asset_db.fetchval("select count(*) from assets where case_id = $1", uuid.UUID(cid)) == 0
    assert await asset_db.fetchval("select count(*) from case_events where case_id = $1 "
                                   "and event_type <> 'cn.court.asset-core.case.registered.v1'", uuid.UUID(cid)) == 0
