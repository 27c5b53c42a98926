"""The database: models, the session factory, shared queries and migrations."""
