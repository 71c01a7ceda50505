"""The DuckDB store: schema, migrations, writes and queries."""

from tidings.store.db import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
