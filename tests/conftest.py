import pytest

from tests.support import infra_up


@pytest.fixture(scope="session")
def infra():
    """PostgreSQL and Kafka, started by the project's own set-up when they are not running."""
    infra_up()
