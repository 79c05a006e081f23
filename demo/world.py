"""The seeded world as data: plainly fictitious names (示例…) and identity numbers with valid check characters,
dates inside the period, and how the article's figures split into requests. Pure: no I/O."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from shared.identity import resident_id_check_char, uscc_check_char
from shared.legal import add_months

DIGITS = "〇一二三四五六七八九"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
WAN = 1_000_000  # 1 万元 in fen


def cn_number(n: int, width: int = 4) -> str:
    return "".join(DIGITS[int(d)] for d in str(n).zfill(width))


def person_name(kind: str, i: int) -> str:
    """示例王某〇〇一二: 示例 + a surname + 某 + a serial in Chinese digits — never a real person's name."""
    return f"示例{kind}{SURNAMES[i % len(SURNAMES)]}某{cn_number(i)}"


def resident_id(area: str, i: int) -> str:
    """A valid-looking 身份证号 (check character computed) for fictitious person i: area code, birth date, serial."""
    born = date(1960, 1, 1) + timedelta(days=(i // 900) * 7 + i % 97)
    first17 = f"{area}{born:%Y%m%d}{100 + i % 900:03d}"
    return first17 + resident_id_check_char(first17)


def company_code(region: str, i: int) -> str:
    """A 统一社会信用代码 with its check character (91 + region + an organisation code made up here)."""
    first17 = f"91{region}MA0D{i:05d}"[:17]
    return first17 + uscc_check_char(first17)


@dataclass(frozen=True)
class Counts:
    alarms: int = 409
    dispatches: int = 790  # 出警人次 (officer-dispatches)
    detentions: int = 120
    notices: int = 435
    successes: int = 55
    bounty_recovered_fen: int = 172 * WAN  # "170万+"
    pushed: int = 3500
    fully_executed: int = 370
    settled: int = 130
    batches: int = 5
    people: int = 320
    transfers: int = 3
    transfer_persons: int = 3

    def expected(self) -> dict[str, dict[str, int]]:
        """What GET /api/v1/overview shows for the period afterwards (the linkages' figures)."""
        return {"dispatch": {"alarms_received": self.alarms, "officer_dispatches": self.dispatches,
                             "detentions": self.detentions},
                "reward": {"notices_published": self.notices, "successes": self.successes,
                           "recovered_fen": self.bounty_recovered_fen},
                "mediation": {"cases_pushed": self.pushed, "fully_executed": self.fully_executed,
                              "settled": self.settled},
                "police": {"joint_search_batches": self.batches, "people_searched": self.people,
                           "refusal_transfers": self.transfers, "refusal_transfer_persons": self.transfer_persons}}


def parent_court(court: str) -> str:
    """内0621 → 内06 (the intermediate court above a basic court)."""
    return court[:3] if len(court) == 5 else court[:1]


@dataclass
class Plan:
    """How the counts become seeded records for `court` over the calendar year `year`, up to `today`."""
    court: str
    year: int
    today: date
    counts: Counts
    headline_settled_on: date = date(2024, 6, 1)
    headline_fully_executed_on: date = date(2025, 12, 20)
    notes: list[str] = field(default_factory=list)

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        return date(self.year, 12, 31)

    @property
    def last(self) -> date:
        """The last day anything may be dated: yesterday, or the period's end."""
        return min(self.today - timedelta(days=1), self.end)

    def in_period(self, d: date) -> bool:
        return self.start <= d <= self.end

    def check(self) -> None:
        c = self.counts
        if not self.start <= self.today <= self.end + timedelta(days=0):
            raise SystemExit(f"--year {self.year}: dispatches and detentions are dated when they are made (now), so "
                             f"the period must contain today ({self.today}); use --year {self.today.year}")
        if self.today < date(self.year, 5, 10):
            raise SystemExit("终本 needs more than 3 months since filing inside the period: run after 10 May")
        if c.successes > c.alarms:
            raise SystemExit("each bounty success raises a 执行110 alarm by itself: --alarms must be ≥ --successes")
        if c.successes > c.notices:
            raise SystemExit("--successes must be ≤ --notices")
        if c.dispatches and c.alarms - c.successes == 0:
            raise SystemExit("officer-dispatches need alarms received by hand (--alarms > --successes)")
        if c.detentions and c.alarms - c.successes == 0:
            raise SystemExit("detentions are decided on alarms received by hand (--alarms > --successes)")
        if self.settled_in_period > c.pushed:
            raise SystemExit("--settled must be ≤ --pushed (the settled cases are pushed 终本 cases)")
        if c.people and c.batches == 0 or c.batches > c.people:
            raise SystemExit("every 协查 batch has at least one person")
        if c.transfer_persons < c.transfers:
            raise SystemExit("every 拒执 transfer has at least one person")
        if (c.transfers or c.people) and c.notices == 0 and c.pushed == 0:
            raise SystemExit("协查 and transfers name cases: seed some notices or pushed cases")

    # ---- 和解中心: "settled" counts settlements reached, "fully executed" settlements performed in full; a case
    # is fully executed at the center only through a settlement performed (和解规定 8), so when the period shows more
    # fully executed than settled, the extra ones were settled before the period (pushed then too) and performed in it.
    @property
    def headline_settled(self) -> int:
        return int(self.in_period(self.headline_settled_on))

    @property
    def headline_fully_executed(self) -> int:
        return int(self.in_period(self.headline_fully_executed_on))

    @property
    def settled_in_period(self) -> int:
        return max(0, self.counts.settled - self.headline_settled)

    @property
    def performed_in_period(self) -> int:
        """Cases pushed, settled and performed in full inside the period."""
        return min(self.settled_in_period, max(0, self.counts.fully_executed - self.headline_fully_executed))

    @property
    def prior_settled(self) -> int:
        """Cases pushed and settled the year before, performed in full inside the period."""
        return max(0, self.counts.fully_executed - self.headline_fully_executed) - self.performed_in_period

    def pushed_dates(self, i: int) -> dict[str, date]:
        filed = self.start + timedelta(days=i % 20)
        earliest = add_months(filed, 3) + timedelta(days=1)  # 终本规定 1(4): more than 3 months since filing
        span = max(1, (self.last - timedelta(days=4) - (add_months(self.start + timedelta(days=19), 3)
                                                          + timedelta(days=1))).days)
        concluded = earliest + timedelta(days=(i * 7) % span)
        return {"filed": filed, "concluded": concluded}

    def prior_dates(self, j: int) -> dict[str, date]:
        filed = date(self.year - 1, 1, 5) + timedelta(days=j % 20)
        concluded = add_months(filed, 3) + timedelta(days=1 + j % 100)
        return {"filed": filed, "concluded": concluded, "assigned": concluded + timedelta(days=1),
                "reached": date(self.year - 1, 12, 1) + timedelta(days=j % 20),
                "due": date(self.year, 2, 27), "paid": date(self.year, 1, 10) + timedelta(days=j % 20)}

    def spread(self, i: int, n: int, first: date | None = None) -> date:
        """The i-th of n days spread evenly over [first, last]."""
        first = first or self.start
        days = max(0, (self.last - first).days)
        return first + timedelta(days=(i * days) // max(1, n))

    def dispatch_plan(self, officers: int) -> list[tuple[int, int]]:
        """(alarm index, officers in the dispatch) so that the officers sum to the 出警人次; each dispatch ≤ the
        roster and ≤ 20 (MAX_OFFICERS_PER_DISPATCH)."""
        alarms = self.counts.alarms - self.counts.successes
        if not alarms:
            return []
        cap = min(officers, 20)
        out = []
        for a in range(alarms):
            n = self.counts.dispatches // alarms + (a < self.counts.dispatches % alarms)
            while n > 0:
                out.append((a, min(n, cap)))
                n -= min(n, cap)
        return out

    def split(self, total: int, parts: int) -> list[int]:
        return [total // parts + (k < total % parts) for k in range(parts)] if parts else []
