"""Storage: SQLAlchemy 2 (async) + Alembic. SQLite by default, PostgreSQL by URL. All SQL lives here."""
