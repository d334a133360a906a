"""Alembic's environment for the case store: the only way its tables are made or changed."""
