"""Events dispatch consumes: asset_core's case events build the local case projection."""
from services.dispatch import service
from shared.consumer import Subscription
from shared.settings import Settings
from shared.contracts import asset_core


def subscriptions(settings: Settings) -> list[Subscription]:
    return [Subscription(group="dispatch.case-projection", topics=[asset_core.TOPIC],
                         handlers={asset_core.CaseRegistered.EVENT_TYPE: service.project_case_registered,
                                   asset_core.CaseDesignated.EVENT_TYPE: service.project_case_designated,
                                   asset_core.CaseStateChanged.EVENT_TYPE: service.project_case_state_changed})]
