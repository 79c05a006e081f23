"""Events reward consumes."""
from shared.consumer import Subscription
from shared.settings import Settings


def subscriptions(settings: Settings) -> list[Subscription]:
    return []
