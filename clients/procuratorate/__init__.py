"""A client library for accessing procuratorate 河长+检察长 — 公益诉讼"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
