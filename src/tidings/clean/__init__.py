"""Cleaning after ingest: spun-text repair, offset maps, near-duplicates."""
