"""Events asset_core consumes. The linkages' events (asset found, settlement reached, …) are handled
here as their issues land; for now asset_core subscribes to nothing."""
from shared.consumer import Subscription


def subscriptions() -> list[Subscription]:
    return []
