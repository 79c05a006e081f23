"""公安联动 end to end across the real processes: the article's police row for a period — 5 batches of joint
searches (协查) covering 320 people, 3 cases / 3 people transferred for 拒执罪 — read back from police's figures
for that period and court (and by the court above it) and from asset_core's 四联一核 overview; a batch outside the
period is not counted."""
import uuid

import httpx

from shared.identity import resident_id_check_char
from tests.support import auth, case_body, wait_for

COURT = "内0627"  # a court of its own, so nothing else in the suite touches these figures
BUREAU = "内0627公"


def rid(batch: int, n: int) -> str:
    first17 = f"150627{1970 + batch:04d}0101{n:03d}"
    return first17 + resident_id_check_char(first17)


async def test_five_batches_of_320_people_and_three_transfers_of_three_people(suite):
    core, pol = suite.url("asset_core"), suite.url("police")
    court, police = auth("clerk", org=COURT), auth("police", org=BUREAU)
    async with httpx.AsyncClient(timeout=60) as c:
        async def post(url, body, headers, status=200):
            r = await c.post(url, json=body, headers={**headers, "Idempotency-Key": uuid.uuid4().hex})
            assert r.status_code == status, r.text
            return r.json()

        cases = [await post(f"{core}/api/v1/cases", case_body(court=COURT, livelihood_category=(
            "migrant_wages" if i == 0 else "none")), court, 201) for i in range(9)]
        for case in cases:
            async def projected(cid=case["id"]):
                return (await c.get(f"{pol}/api/v1/cases/{cid}", headers=court)).status_code == 200
            await wait_for(projected, timeout=60, what="the case in police's projection")

        sizes = [64, 64, 64, 64, 64]
        dates = ["2024-03-05", "2024-04-09", "2024-05-14", "2024-06-18", "2024-07-23"]
        located = 0
        for b, (size, sent_on) in enumerate(zip(sizes, dates)):
            batch = await post(f"{pol}/api/v1/batches", {
                "police_code": BUREAU, "reference": f"伊法协查〔2024〕{b + 1}号", "sent_on": sent_on,
                "persons": [{"case_id": cases[b]["id"], "name": f"被执行人{b}-{n}", "id_number": rid(b, n),
                             "requests": ["locate_person"]} for n in range(size)]}, court, 201)
            await post(f"{pol}/api/v1/batches/{batch['id']}/acceptance", {"accepted_on": sent_on}, police)
            answers = [{"person_id": p["id"], "request": "locate_person", "found": i % 16 == 0,
                        "answered_on": sent_on, **({"location": "鄂尔多斯市某宾馆"} if i % 16 == 0 else {})}
                       for i, p in enumerate(batch["persons"])]
            located += sum(1 for a in answers if a["found"])
            await post(f"{pol}/api/v1/batches/{batch['id']}/answers", {"answers": answers}, police)
            closed = await post(f"{pol}/api/v1/batches/{batch['id']}/closure", {"closed_on": sent_on}, police)
            assert closed["status"] == "closed" and closed["person_count"] == size

        for i, sent_on in enumerate(["2024-04-01", "2024-06-03", "2024-09-02"]):
            t = await post(f"{pol}/api/v1/transfers", {
                "case_id": cases[5 + i]["id"], "police_code": BUREAU, "letter_number": f"伊法移〔2024〕{i + 1}号",
                "sent_on": sent_on, "summary": "有能力履行而拒不履行", "persons": [{"name": f"拒执人{i}"}],
                "acts": [{"kind": "refuse_to_pay", "description": "拒不履行生效判决"}],
                "evidence": [{"kind": "judgment", "description": "生效判决书"}]}, court, 201)
            await post(f"{pol}/api/v1/transfers/{t['id']}/receipt", {"on": sent_on}, police)
            await post(f"{pol}/api/v1/transfers/{t['id']}/filing", {"on": sent_on}, police)

        # outside the period: not counted
        await post(f"{pol}/api/v1/batches", {
            "police_code": BUREAU, "reference": "伊法协查〔2025〕1号", "sent_on": "2025-01-06",
            "persons": [{"case_id": cases[8]["id"], "name": "另案", "id_number": rid(9, 1),
                         "requests": ["vehicles"]}]}, court, 201)

        period = {"from": "2024-01-01", "to": "2024-12-31", "court": COURT}
        for who in (court, police, auth("president", org="内06")):
            r = await c.get(f"{pol}/api/v1/figures", params=period, headers=who)
            assert r.status_code == 200, r.text
            f = r.json()
            assert (f["search_batches"], f["people_searched"]) == (5, 320)
            assert (f["transfer_cases"], f["transfer_persons"], f["transfers_filed"]) == (3, 3, 3)
            assert f["persons_located"] == located and f["from"] == "2024-01-01" and f["court"] == COURT
        every = (await c.get(f"{pol}/api/v1/figures", params={"court": COURT}, headers=court)).json()
        assert (every["search_batches"], every["people_searched"]) == (6, 321)
        other = (await c.get(f"{pol}/api/v1/figures", params=period, headers=auth("police", org="内0621公"))).json()
        assert (other["search_batches"], other["transfer_cases"]) == (0, 0)  # another bureau sees none of it

        # …and the 四联一核 overview in asset_core counts the same row from police's events
        async def overview_row():
            r = await c.get(f"{core}/api/v1/overview", params=period, headers=auth("president", org=COURT))
            p = r.json()["linkages"]["police"]["figures"]
            return {k: p[k]["value"] for k in ("joint_search_batches", "people_searched", "refusal_transfers",
                                               "refusal_transfer_persons")}
        want = {"joint_search_batches": 5, "people_searched": 320, "refusal_transfers": 3, "refusal_transfer_persons": 3}
        await wait_for(lambda: _equal(overview_row, want), timeout=90, what="the overview's police row")


async def _equal(read, want):
    return await read() == want
