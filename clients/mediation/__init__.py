"""A client library for accessing mediation 和解中心 — 终本案件和解"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
