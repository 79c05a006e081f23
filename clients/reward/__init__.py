"""A client library for accessing reward 法信悬赏 — 悬赏公告与线索"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
