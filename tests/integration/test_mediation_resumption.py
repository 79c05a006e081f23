"""mediation on real PostgreSQL and Kafka: resumption after a settlement through the HTTP API — the 2-year limit
of 和解规定 10 on the court's calendar (民诉法 85 ¶3: a last day in 国庆 ends on the next working day, shown with
`resume_deadline_moved_for_holiday_from`), and 和解规定 11(2)'s anticipatory-breach exception (民法典 578)."""
from tests.integration.test_mediation import add_mediator, fresh_court, outbox, projected, publish, refer, registered
from tests.support import auth, wait_for


async def settled(mediation, mediation_db, world, installments: list[dict], total: int) -> tuple[str, dict, dict]:
    court = fresh_court()
    reg = registered(court)
    await publish(world, reg)
    await wait_for(lambda: projected(mediation_db, reg.case_id), timeout=60, what="the case projection")
    cc = await refer(mediation, court, reg.case_id, on="2024-05-01")
    med = await add_mediator(mediation, court, f"调解员@{court}")
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/assignment", headers=auth("president", org=court),
                             json={"mediator_id": med["id"], "reason": "指定", "on": "2024-05-02"})
    assert r.status_code == 200, r.text
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/settlements", headers=auth("judge", org=court), json={
        "reached_on": "2024-06-01", "total_fen": total, "installments": installments})
    assert r.status_code == 201, r.text
    return court, reg.case_id, r.json()


async def test_resumption_deadline_in_national_day_moves_to_the_next_working_day_和解规定10_民诉法85(
        mediation, mediation_db, world):
    court, case_id, s = await settled(mediation, mediation_db, world, [
        {"due_on": "2024-07-01", "amount_fen": 1_000_000}, {"due_on": "2024-10-01", "amount_fen": 1_000_000}],
        2_000_000)
    assert (s["last_due_on"], s["resume_deadline"], s["resume_deadline_moved_for_holiday_from"]) == \
        ("2024-10-01", "2026-10-08", "2026-10-01")
    judge = auth("judge", org=court)
    r = await mediation.post(f"/api/v1/settlements/{s['id']}/resumption-proposals", headers=judge,
                             json={"on": "2026-10-09"})  # the day after the moved last day
    assert r.status_code == 422 and r.json()["code"] == "resumption_time_barred", r.text
    assert r.json()["resume_deadline"] == "2026-10-08"
    assert await outbox(mediation_db, case_id, "settlement.defaulted") == []
    r = await mediation.post(f"/api/v1/settlements/{s['id']}/resumption-proposals", headers=judge,
                             json={"on": "2026-10-08"})  # the moved last day: in time
    assert r.status_code == 201, r.text
    assert (r.json()["state"], r.json()["resumption_ground"]) == ("defaulted", "default")
    [defaulted] = await outbox(mediation_db, case_id, "settlement.defaulted")
    assert (defaulted["data"]["resume_deadline"], defaulted["data"]["resume_deadline_moved_for_holiday_from"],
            defaulted["data"]["performance_period_end"]) == ("2026-10-08", "2026-10-01", "2024-10-01")


async def test_anticipatory_breach_opens_resumption_before_the_settlement_is_due_和解规定11_民法典578(
        mediation, mediation_db, world):
    court, case_id, s = await settled(mediation, mediation_db, world, [
        {"due_on": "2024-09-30", "amount_fen": 1_000_000}, {"due_on": "2024-12-31", "amount_fen": 1_000_000}],
        2_000_000)
    judge = auth("judge", org=court)
    url = f"/api/v1/settlements/{s['id']}/resumption-proposals"
    r = await mediation.post(url, headers=judge, json={"on": "2024-08-01"})
    assert r.status_code == 422 and r.json()["code"] == "resumption_refused_not_due"
    breach = {"declared_on": "2024-08-02", "basis": "被执行人书面声明不再履行和解协议"}
    r = await mediation.post(url, headers=judge, json={"on": "2024-08-01", "anticipatory_breach": breach})
    assert r.status_code == 422 and r.json()["code"] == "date_out_of_order"  # declared after the proposal
    r = await mediation.post(url, headers=judge, json={"on": "2024-08-01", "anticipatory_breach": {"basis": "x"}})
    assert r.status_code == 422 and r.json()["code"] == "validation_error"
    assert await outbox(mediation_db, case_id, "settlement.defaulted") == []
    r = await mediation.post(url, headers=judge, json={"on": "2024-08-02", "anticipatory_breach": breach})
    assert r.status_code == 201, r.text
    out = r.json()
    assert (out["state"], out["resumption_ground"], out["anticipatory_breach_on"], out["anticipatory_breach_basis"]) \
        == ("defaulted", "anticipatory_breach", "2024-08-02", "被执行人书面声明不再履行和解协议")
    [defaulted] = await outbox(mediation_db, case_id, "settlement.defaulted")
    assert (defaulted["data"]["ground"], defaulted["data"]["anticipatory_breach_on"]) == \
        ("anticipatory_breach", "2024-08-02")
