"""police (公安联动) domain rules. Pure: no I/O. The rules of DOMAIN.md for this service arrive with its issue."""
