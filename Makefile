# tidings: `make demo` sets everything up and runs the example corpus; `make test` runs the suite.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= out/demo.duckdb

.PHONY: demo install system test unit lint typecheck bench train clean

$(STAMP): pyproject.toml constraints.txt
	@$(MAKE) --no-print-directory system
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev,ray]"
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium prints reports to PDF (and drives page tests); installed when we may.
system:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "note: chromium not installed; PDF reports are skipped"; }

demo: $(STAMP)
	@mkdir -p out
	@rm -f $(DB)
	$(BIN)/tidings ingest examples/corpus --db $(DB)
	$(BIN)/tidings docs --db $(DB)
	$(BIN)/tidings events --db $(DB) --dyad IND AFG
	$(BIN)/tidings facts --db $(DB)
	$(BIN)/tidings dyad IND AFG --by year --db $(DB) --plot out/ind_afg.png
	$(BIN)/tidings report --dyad IND AFG --db $(DB) -o out/ind_afg_report.html
	$(BIN)/tidings export docs --db $(DB) -o out/docs.jsonl
	$(BIN)/tidings export events --db $(DB) -o out/events.jsonl
	$(BIN)/tidings export facts --db $(DB) -o out/facts.jsonl
	$(BIN)/tidings export events --db $(DB) --format plover -o out/events.plover.jsonl

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck unit

# Rebuild src/tidings/events/data/event_filter.json (+ meta) from the gold in ../shared and examples/.
train: $(STAMP)
	OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 $(BIN)/python -m tidings.events.learned.train

bench: $(STAMP)
	$(BIN)/python bench/pipeline_speed.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
