"""Events mediation consumes."""
from shared.consumer import Subscription


def subscriptions() -> list[Subscription]:
    return []
