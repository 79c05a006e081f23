"""procuratorate (河长+检察长) domain rules. Pure: no I/O. The rules of DOMAIN.md for this service arrive with its issue."""
