"""Alembic migrations, one history for local SQLite and central PostgreSQL.

`HEAD` is the packaged head revision. Commands compare it with the database's
`alembic_version` and import Alembic only when they differ (a test keeps it equal to the
script directory's head).
"""

HEAD = "0001"
