"""A client library for accessing asset_core 一核 — 执行案件与财产查控"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
