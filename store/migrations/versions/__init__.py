"""One Alembic migration per change of the case store's tables, numbered in order (0001, ...).
A new column the store filters or locks on gets the next number here; see docs/adr/0001."""
