"""Exports: the contract rows and their writers (jsonl, csv, parquet, PLOVER, GDELT)."""
