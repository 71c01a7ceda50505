"""PLOVER JSON validates against a schema from the codebook; the GDELT-style TSV has GDELT 2.0 columns."""

from __future__ import annotations

import csv
import json
from importlib.resources import files
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from tidings.cli import main
from tidings.export.gdelt import COLUMNS
from tidings.store import Store

GDELT2_FIRST = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name"]
GDELT2_LAST = ["ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]


def _export(store: Store, fmt: str, out: Path) -> list[str]:
    store.close()
    res = CliRunner().invoke(main, ["export", "events", "--db", store.path, "--format", fmt, "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out.read_text(encoding="utf-8").splitlines()


def test_plover_records_validate(store: Store, tmp_path: Path) -> None:
    schema = json.loads(files("tidings.export").joinpath("data/plover.schema.json").read_text())
    lines = _export(store, "plover", tmp_path / "p.jsonl")
    assert len(lines) == 5  # the negated event is not exported as an event
    for line in lines:
        rec = json.loads(line)
        jsonschema.validate(rec, schema)
    types = sorted(json.loads(x)["event"][0] for x in lines)
    assert types == ["ACCUSE", "AGREE", "AID", "CONSULT", "CONSULT"]


def test_plover_schema_rejects_a_bad_record() -> None:
    schema = json.loads(files("tidings.export").joinpath("data/plover.schema.json").read_text())
    bad = {"id": "x", "date": "2023-04", "actor": [{"code": "KAZ"}], "event": ["MEET"]}
    try:
        jsonschema.validate(bad, schema)
    except jsonschema.ValidationError:
        return
    raise AssertionError("schema accepted an unknown event type and a month date")


def test_gdelt_export_has_gdelt2_columns(store: Store, tmp_path: Path) -> None:
    assert len(COLUMNS) == 61 and list(COLUMNS[:7]) == GDELT2_FIRST and list(COLUMNS[-5:]) == GDELT2_LAST
    lines = _export(store, "gdelt", tmp_path / "g.tsv")
    rows = list(csv.DictReader(lines, delimiter="\t"))
    assert len(rows) == 5 and all(len(r) == 61 for r in rows)
    aid = next(r for r in rows if r["EventCode"] == "040" and r["SQLDATE"] == "20240105")
    assert aid["Actor1CountryCode"] == "KAZ" and aid["Actor1Code"] == "KAZGOV" and aid["QuadClass"] == "2"
    assert aid["NumArticles"] == "1" and aid["ActionGeo_FullName"] == "Kabul"
