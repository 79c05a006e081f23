"""A client library for accessing police 公安联动 — 协查、拒执罪移送与司法拘留执行"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
