"""reward (法信悬赏) domain rules. Pure: no I/O. The rules of DOMAIN.md for this service arrive with its issue."""
