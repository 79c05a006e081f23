"""One active outbox relay per service: replicas wait on the advisory lock and take over when it is freed."""
from shared.outbox import OutboxRelay
from tests.support import wait_for


async def test_only_one_relay_publishes_and_a_standby_takes_over(world):
    # its own lock name: the in-process dispatch app of other tests holds dispatch's
    settings = world.settings("dispatch").model_copy(update={"service_name": "relay_leadership_test"})
    a, b = OutboxRelay(settings), OutboxRelay(settings)
    a.start()
    try:
        async def a_leads():
            return a.is_leader
        await wait_for(a_leads, timeout=30, what="the first relay to take the lock")
        b.start()

        async def b_waits():  # b has tried the lock and found it held
            return b.is_standby
        await wait_for(b_waits, timeout=10)
        assert a.is_leader and not b.is_leader
        await a.stop()

        async def b_leads():
            return b.is_leader
        await wait_for(b_leads, timeout=30, what="the standby relay to take over")
    finally:
        await a.stop()
        await b.stop()
