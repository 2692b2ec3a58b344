# lagebild — two commands: `make demo` and `make test`. Everything else is set up by them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := src/lagebild/demo/corpus

.PHONY: demo test lint unit model crossval browser benchmarks annotate clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/lagebild analyze $(DEMO) --json out/demo.json --timings
	@echo "Full analysis: out/demo.json"
	@$(BIN)/lagebild report $(DEMO) --html out/demo.html --markdown out/demo.md --quiet && echo "Report: out/demo.html, out/demo.md" || true

# Debian's chromium for the browser test of the HTML report (skips when it cannot be installed).
browser:
	@if ! command -v chromium >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian chromium for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "chromium could not be installed: browser tests will skip"; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks training annotation
	$(BIN)/ruff format --check src tests benchmarks training annotation

unit: $(STAMP)
	$(BIN)/pytest

test: $(STAMP) browser lint unit

# Rebuild every trained artefact from ../shared/data (reproducible, fixed seeds).
model: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[train]"
	$(BIN)/python -m training.build_model

# Five-fold cross-validation of the model recipe on GermEval 2014 dev (NER) and UD German (parse);
# fold 4 is the shipped model's own split. About 20 minutes per fold here. Results: training/work/cv/results.json
crossval: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[train]"
	$(BIN)/python -m training.crossval --shipped-fold

# Grow the NER corpus: pre-label new text with the current model into a review queue.
annotate: $(STAMP)
	@test -n "$(IN)" || (echo "usage: make annotate IN='file-or-dir ...' [NAME=review]"; exit 2)
	$(BIN)/python -m annotation.prelabel $(IN) --name $(or $(NAME),review)

benchmarks: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
