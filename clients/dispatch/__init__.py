"""A client library for accessing dispatch 执行110 — 接警、出警与移动端"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
