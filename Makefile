# boilerstrip: every target installs what it needs into .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
BENCH  ?= ../shared/bench-dev

.PHONY: help install demo test fuzz golden bench bench-dev bench-memory gate gate-update clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' Makefile | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,ray]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install boilerstrip with its test tools and the Ray extra

demo: $(STAMP)  ## clean the bundled sample article and show what was removed and why
	@echo "== what was removed, and why =="
	@$(BIN)/boilerstrip clean --explain examples/article.txt || [ $$? -eq 1 ]  # exit 1 = "something was removed"
	@echo; echo "== the cleaned article =="
	@$(BIN)/boilerstrip clean examples/article.txt || [ $$? -eq 1 ]

test: $(STAMP)  ## run the whole test suite (the Ray test included: a missing extra fails it)
	BOILERSTRIP_REQUIRE_RAY=1 $(BIN)/python -m pytest -q

fuzz: $(STAMP)  ## hypothesis properties and the golden-input mutation fuzzer, 10,000 examples each (EXAMPLES=N)
	BOILERSTRIP_FUZZ_EXAMPLES=$(or $(EXAMPLES),10000) $(BIN)/python -m pytest -q -s -m fuzz tests/fuzz \
		-p no:cacheprovider --hypothesis-show-statistics

golden: $(STAMP)  ## rewrite golden/*.out.txt from the current output, then show the diff to review
	-$(BIN)/python -m pytest -q tests/test_golden.py --update-golden
	git --no-pager diff --stat -- golden/
	@echo "Read 'git diff golden/' line by line before committing."

bench: $(STAMP)  ## speed beside the anchors (C4, jusText, trafilatura) in one run, start-up, scaling; then quality
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/speed.py --data $(BENCH)
	$(BIN)/python benchmarks/language_agreement.py --data $(BENCH)
	$(MAKE) --no-print-directory bench-dev

bench-memory: $(STAMP)  ## peak RSS and MB/s of cleaning a big JSONL corpus (SIZE=1GB default; SIZE=200MB is quicker)
	$(BIN)/python benchmarks/jsonl_memory.py --data $(BENCH) --size $(or $(SIZE),1GB)

bench-dev: $(STAMP)  ## clean the dev slice, print its scores, write a report of misjudged lines
	$(BIN)/python benchmarks/devslice.py --data $(BENCH) --tasks t1,t2 --out bench-runs/dev/boilerstrip

gate: $(STAMP)  ## fail if a dev-slice figure fell below the floors in benchmarks/floors.json
	$(BIN)/python benchmarks/gate.py --data $(BENCH)

gate-update: $(STAMP)  ## raise the floors to today's figures (lowering also needs ARGS=--allow-lower)
	$(BIN)/python benchmarks/gate.py --data $(BENCH) --update $(ARGS)

clean:  ## remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache .hypothesis build src/*.egg-info
