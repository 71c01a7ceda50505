"""Ingest: read inputs of every format into `RawDoc` records, then build documents."""
