"""The 四联一核 overview: the article's figures (接警, 出警人次, 拘留; 推送, 执行完毕, 和解; 立案, 终本, 到位)
for any period and court, counted from the linkages' events once each."""
import uuid
from datetime import date, datetime, timezone

from shared.contracts import dispatch, mediation, police, reward
from shared.legal import today_cn
from tests.support import auth, case_body, publish, wait_for

COURT = "内0625"  # a court of its own so other tests' figures do not mix in


async def test_overview_counts_each_linkage_event_once(asset_core, world):
    case = (await asset_core.post("/api/v1/cases", json=case_body(court=COURT, year=2025, filed_on="2025-05-05",
                                                                livelihood_category="migrant_wages"),
                                  headers=auth(org=COURT))).json()
    cid, alarm = case["id"], str(uuid.uuid4())
    at = datetime(2025, 5, 6, 2, 0, tzinfo=timezone.utc)  # 10:00 in 达拉特旗
    base = dict(alarm_id=alarm, case_id=cid, court_code=COURT)
    await publish(world, dispatch.AlarmReceived(**base, source="tip", urgency="flight", priority=0, address="某小区",
                                                received_at=at), cid, twice=True)
    await publish(world, dispatch.DispatchAssigned(**base, dispatch_id=str(uuid.uuid4()), officer_ids=["a", "b"],
                                                   officer_count=2, dispatched_at=at), cid)
    await publish(world, dispatch.DetentionDecided(
        penalty_id=str(uuid.uuid4()), court_code=COURT, case_id=cid, alarm_id=alarm, subject_kind="person",
        subject_name="王某", act_kind="transfer_assets", act_on=date(2025, 5, 6), status="detained_pending_approval",
        decided_at=at, days=15, emergency=True, detained_at=at), cid)
    pushed = dict(case_id=cid, case_number=case["case_number"], court_code=COURT, livelihood_category="migrant_wages",
                  priority=0, received_on=date(2025, 5, 7))
    await publish(world, mediation.CaseReceived(**pushed, center_case_id=str(uuid.uuid4()), source="concluded",
                                                legal_status="concluded_no_assets"), cid)
    # 推送 counts 终本 cases pushed, not a case referred by hand (issue 13)
    await publish(world, mediation.CaseReceived(**pushed, center_case_id=str(uuid.uuid4()), source="referral",
                                                legal_status="executing"), cid)
    # 出警人次 leave out a cancelled dispatch; 拘留 leaves out one pending approval and one refused
    cancelled = str(uuid.uuid4())
    await publish(world, dispatch.DispatchAssigned(**base, dispatch_id=cancelled, officer_ids=["c", "d", "e"],
                                                   officer_count=3, dispatched_at=at), cid)
    await publish(world, dispatch.DispatchStatusChanged(**base, dispatch_id=cancelled, from_status="dispatched",
                                                        to_status="cancelled", at=at), cid, twice=True)
    refused = dict(penalty_id=str(uuid.uuid4()), court_code=COURT, case_id=cid, alarm_id=alarm, subject_kind="person",
                   subject_name="李某", act_kind="transfer_assets", act_on=date(2025, 5, 6), decided_at=at)
    await publish(world, dispatch.DetentionDecided(**refused, status="pending_approval", days=10, emergency=False), cid)
    await publish(world, dispatch.PenaltyStatusChanged(**refused, status="refused", kind="detention",
                                                       from_status="pending_approval", at=at), cid)

    # a last event on the same partition (key = case id): once it is counted, every event above it is too
    await publish(world, dispatch.AlarmReceived(**{**base, "alarm_id": str(uuid.uuid4())}, source="tip",
                                                urgency="normal", priority=0, address="某小区",
                                                received_at=datetime(2025, 7, 1, 2, 0, tzinfo=timezone.utc)), cid)

    async def marker_counted():
        r = await asset_core.get("/api/v1/overview?from=2025-07-01&to=2025-07-31", headers=auth("president", org=COURT))
        return r.json()["linkages"]["dispatch"]["figures"]["alarms_received"]["value"] == 1
    await wait_for(marker_counted, timeout=60, what="the overview's counters")
    o = (await asset_core.get("/api/v1/overview?from=2025-05-01&to=2025-05-31",
                              headers=auth("president", org=COURT))).json()
    d, m = o["linkages"]["dispatch"]["figures"], o["linkages"]["mediation"]["figures"]
    assert (d["alarms_received"]["value"], d["officer_dispatches"]["value"], d["detentions"]["value"],
            m["cases_pushed"]["value"]) == (1, 2, 1, 1)
    assert o["linkages"]["dispatch"]["label"] == "执行110"
    # every linkage reports now (reward and police since issues 11 and 12): a zero is a real zero
    assert all(l["reporting"] for l in o["linkages"].values())
    assert o["linkages"]["reward"]["figures"]["successes"]["value"] == 0
    assert o["core"]["figures"]["cases_registered"]["value"] == 1
    assert o["core"]["figures"]["green_channel_cases"]["value"] == 1

    # the intermediate court sees its courts' sum; a peer court cannot look; other periods are empty
    up = (await asset_core.get(f"/api/v1/overview?from=2025-05-01&to=2025-05-31&court={COURT}",
                               headers=auth("president", org="内06"))).json()
    assert up["linkages"]["dispatch"]["figures"]["alarms_received"]["value"] >= 1
    r = await asset_core.get(f"/api/v1/overview?from=2025-05-01&to=2025-05-31&court={COURT}",
                             headers=auth("president", org="内0621"))
    assert r.status_code == 403
    june = (await asset_core.get("/api/v1/overview?from=2025-06-01&to=2025-06-30", headers=auth("president", org=COURT))).json()
    assert june["linkages"]["dispatch"]["figures"]["alarms_received"]["value"] == 0
    r = await asset_core.get("/api/v1/overview?from=2025-06-30&to=2025-06-01", headers=auth("president", org=COURT))
    assert r.status_code == 400


async def test_overview_counts_bounties_and_police_cooperation_once(asset_core, world):
    court = "内0626"  # a court of its own
    case = (await asset_core.post("/api/v1/cases", json=case_body(court=court, year=2025, filed_on="2025-05-05"),
                                  headers=auth(org=court))).json()
    cid, may = case["id"], date(2025, 5, 20)
    notice = dict(application_id=str(uuid.uuid4()), case_id=cid, case_number=case["case_number"], court_code=court,
                  channels=["national_platform"], sought="assets", reward_kind="fixed", fixed_fen=200_000)
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    await publish(world, reward.NoticePublished(**notice, notice_id=first, notice_no="悬赏 1", published_on=may),
                  cid, twice=True)
    await publish(world, reward.NoticePublished(**notice, notice_id=second, notice_no="悬赏 2", published_on=may), cid)
    tip = dict(case_id=cid, notice_id=first, clue_kind="whereabouts", description="在某宾馆", court_code=court,
               verified_on=may)
    await publish(world, reward.TipVerified(**tip, tip_id=str(uuid.uuid4()), first_success=True), cid, twice=True)
    await publish(world, reward.TipVerified(**tip, tip_id=str(uuid.uuid4()), first_success=False), cid)
    await publish(world, reward.RecoveryAttributed(notice_id=first, tip_id=str(uuid.uuid4()), recovery_id="r1",
                                                   case_id=cid, amount_fen=170_000_000, recovered_on=may,
                                                   court_code=court), cid, twice=True)
    batch = dict(court_code=court, police_code="内0626公", reference="协查〔2025〕1号", green_channel_count=0,
                 case_ids=[cid])
    for n in (64, 70):
        await publish(world, police.SearchBatchCreated(**batch, batch_id=str(uuid.uuid4()), person_count=n,
                                                       sent_on=may), cid, twice=True)
    await publish(world, police.TransferSent(transfer_id=str(uuid.uuid4()), case_id=cid, court_code=court,
                                             police_code="内0626公", letter_number="移〔2025〕1号", sent_on=may,
                                             person_count=2, persons=["王某", "李某"], amount_fen=5_000_000,
                                             weighs_heavier=False), cid, twice=True)
    # markers last on each topic (same key, so same partition): once counted, everything above is too
    july = date(2025, 7, 1)
    await publish(world, reward.NoticePublished(**notice, notice_id=str(uuid.uuid4()), notice_no="悬赏 3",
                                                published_on=july), cid)
    await publish(world, police.SearchBatchCreated(**batch, batch_id=str(uuid.uuid4()), person_count=1,
                                                   sent_on=july), cid)

    async def markers():
        o = (await asset_core.get("/api/v1/overview?from=2025-07-01&to=2025-07-31",
                                  headers=auth("president", org=court))).json()["linkages"]
        return (o["reward"]["figures"]["notices_published"]["value"],
                o["police"]["figures"]["joint_search_batches"]["value"]) == (1, 1)
    await wait_for(markers, timeout=60, what="the bounty and police counters")
    o = (await asset_core.get("/api/v1/overview?from=2025-05-01&to=2025-05-31",
                              headers=auth("president", org=court))).json()["linkages"]
    r, p = o["reward"]["figures"], o["police"]["figures"]
    assert (r["notices_published"]["value"], r["successes"]["value"], r["recovered_fen"]["value"]) == (2, 1, 170_000_000)
    assert (p["joint_search_batches"]["value"], p["people_searched"]["value"], p["refusal_transfers"]["value"],
            p["refusal_transfer_persons"]["value"]) == (2, 134, 1, 2)


async def test_a_standing_detention_or_a_transfer_marks_the_obstruction_sanctioned(asset_core, world):
    """终本规定 1(5): where someone obstructed execution, a fine, detention or criminal transfer must have been made;
    the linkages' events put it on the case, so the 终本 gate sees it without a clerk re-typing it."""
    court = "内0627"
    cases = [(await asset_core.post("/api/v1/cases", json=case_body(court=court, year=2025, filed_on="2025-05-05"),
                                    headers=auth(org=court))).json()["id"] for _ in range(2)]
    at = datetime(2025, 5, 6, 2, 0, tzinfo=timezone.utc)
    penalty = dict(penalty_id=str(uuid.uuid4()), court_code=court, case_id=cases[0], subject_kind="person",
                   subject_name="王某", act_kind="transfer_assets", act_on=date(2025, 5, 6), decided_at=at)
    await publish(world, dispatch.DetentionDecided(**penalty, status="pending_approval", days=5, emergency=False),
                  cases[0])
    await publish(world, dispatch.PenaltyStatusChanged(**penalty, status="approved", kind="detention",
                                                       from_status="pending_approval", at=at), cases[0], twice=True)
    await publish(world, police.TransferSent(transfer_id=str(uuid.uuid4()), case_id=cases[1], court_code=court,
                                             police_code="内0627公", letter_number="移〔2025〕7号",
                                             sent_on=date(2025, 5, 9), person_count=1, persons=["李某"],
                                             amount_fen=100, weighs_heavier=True), cases[1])

    async def sanctioned():
        got = [(await asset_core.get(f"/api/v1/cases/{c}", headers=auth(org=court))).json() for c in cases]
        return got if all(g["milestones"]["obstruction_sanctioned"] for g in got) else None
    got = await wait_for(sanctioned, timeout=60, what="the sanctions on the cases")
    assert [g["milestones"]["obstruction_sanctioned"] for g in got] == ["2025-05-06", "2025-05-09"]
    assert all(g["obstructed"] for g in got)


async def test_the_overview_agrees_with_dispatchs_own_figures(asset_core, dispatch):
    """Issue 13: the overview's 执行110 row is what dispatch itself reports for the same court and period —
    cancelled dispatches and detentions that do not stand left out on both sides."""
    from tests.integration.test_dispatch_api import alarm, dispatched, key, officer, penalty

    court = "内0630"
    a, b, c = [await officer(dispatch, court) for _ in range(3)]
    first, second = await alarm(dispatch, court), await alarm(dispatch, court)
    await dispatched(dispatch, first["id"], [a, b], court)
    cancelled = await dispatched(dispatch, second["id"], [c], court)
    r = await dispatch.post(f"/api/v1/dispatches/{cancelled['id']}/status",
                            headers={**auth("clerk", org=court), **key()}, json={"status": "cancelled", "reason": "改派"})
    assert r.status_code == 200, r.text
    judge = {**auth("judge", org=court)}
    standing = await dispatch.post("/api/v1/penalties", json=penalty(emergency=True, alarm_id=first["id"]),
                                   headers={**judge, **key()})
    pending = await dispatch.post("/api/v1/penalties", json=penalty(alarm_id=second["id"]), headers={**judge, **key()})
    assert standing.status_code == 201 and pending.status_code == 201
    refused = (await dispatch.post("/api/v1/penalties", json=penalty(), headers={**judge, **key()})).json()
    r = await dispatch.post(f"/api/v1/penalties/{refused['id']}/approval", json={"approved": False},
                            headers={**auth("president", org=court), **key()})
    assert r.status_code == 200, r.text

    day = today_cn()
    own = (await dispatch.get(f"/api/v1/figures?from={day}&to={day}", headers=auth("president", org=court))).json()
    want = {k: own["total"][k] for k in ("alarms_received", "officer_dispatches", "detentions")}
    assert want == {"alarms_received": 2, "officer_dispatches": 2, "detentions": 1}

    async def agrees():
        o = (await asset_core.get(f"/api/v1/overview?from={day}&to={day}", headers=auth("president", org=court))).json()
        got = {k: o["linkages"]["dispatch"]["figures"][k]["value"] for k in want}
        return got == want
    await wait_for(agrees, timeout=60, what="the overview to agree with dispatch's figures")
