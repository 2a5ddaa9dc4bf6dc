# Mekong: the two commands of the quick start are `make demo` and `make test`.
# Both install what is missing first (Debian packages through apt-get; Swift packages through Package.swift).

SWIFT ?= swift
MEKONG = .build/debug/mekong
DEMO_STORE = .build/demo.sqlite
DEV_STORE = .build/demo-dev.sqlite
SHARED ?= ../shared
# CI runs `mekong eval` on the development set with thresholds just under what was measured.
MIN_ENTITY_F1 ?= 0.97
MIN_RELATION_F1 ?= 0.91
# The development corpus (examples/corpus/dev, 712 articles, each annotated before any run on it): just under the measured figures.
MIN_CORPUS_ENTITY_F1 ?= 0.921
MIN_CORPUS_RELATION_F1 ?= 0.838

.PHONY: setup build demo test test-checks pyenv check-exports check-serve bench-serve bench-postgres eval blind bench benchmark bench-queries bench-patterns name-tagger name-tagger-cv lexicon clean

## setup: install the Graphviz C library, pkg-config and a font with Vietnamese glyphs when missing.
setup:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! fc-list 2>/dev/null | grep -qi dejavu; then \
		echo "Installing libgraphviz-dev, pkg-config and fonts-dejavu-core …"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libgraphviz-dev pkg-config fonts-dejavu-core fontconfig >/dev/null; \
	fi

## build: the debug build. SKIP_BUILD=1 skips it where the caller has just built everything (make test's checks run
## after Tests/run-all.sh's `swift build --build-tests`; a plain `swift build` after it recompiled for ~50 s in CI).
build: setup
	$(if $(SKIP_BUILD),@echo "Build skipped (SKIP_BUILD=1): .build/debug was just built.",$(SWIFT) build)

## demo: ingest examples/articles into a fresh store and write the diagrams of graphs/, then a whole-graph
## summary of the development corpus (examples/corpus/dev, 712 articles).
demo: build
	rm -f $(DEMO_STORE) $(DEMO_STORE)-wal $(DEMO_STORE)-shm
	$(MEKONG) ingest --store $(DEMO_STORE) examples/articles
	$(MEKONG) render --store $(DEMO_STORE) --format dot -o graphs/an-giang.dot
	$(MEKONG) render --store $(DEMO_STORE) --format svg -o graphs/an-giang.svg
	$(MEKONG) render --store $(DEMO_STORE) --format png -o graphs/an-giang.png
	$(MEKONG) render --store $(DEMO_STORE) --focus "Học viện Chính trị quốc gia Hồ Chí Minh" --depth 1 --layout neato --format svg -o graphs/an-giang-hcma-neato.svg
	$(MEKONG) export --store $(DEMO_STORE) --format json -o graphs/an-giang.json
	rm -f $(DEV_STORE) $(DEV_STORE)-wal $(DEV_STORE)-shm
	$(MEKONG) ingest --store $(DEV_STORE) examples/corpus/dev/articles
	$(MEKONG) render --store $(DEV_STORE) --title "Tập phát triển (examples/corpus/dev): các thực thể có nhiều quan hệ nhất" -o graphs/dev-summary.svg
	$(MEKONG) render --store $(DEV_STORE) --title "Tập phát triển (examples/corpus/dev): các thực thể có nhiều quan hệ nhất" -o graphs/dev-summary.png
	@echo "Diagrams written to graphs/."

## test: every unit, renderer and end-to-end test (the PostgreSQL store's against a throw-away cluster that
## Tests/postgres/with-cluster.sh starts, in a test process of its own beside the others: Tests/run-all.sh), then
## extraction quality. What the tests and checks need (postgresql, chromium, the checkers' Python packages) is installed
## when missing by Tests/install-test-deps.sh in the background while the package builds (its log: .build/test-deps.log);
## Tests/run-all.sh waits for it before the tests start.
TEST_DEPS_STATUS = .build/test-deps.status
TEST_DEPS_LOG = .build/test-deps.log
test: setup
	python3 Plugins/VietnameseLexicon/Tools/make-rule-packs.py --check
	@mkdir -p .build && rm -f $(TEST_DEPS_STATUS)
	@{ Tests/install-test-deps.sh; echo $$? > $(TEST_DEPS_STATUS).part && mv $(TEST_DEPS_STATUS).part $(TEST_DEPS_STATUS); } \
		> $(TEST_DEPS_LOG) 2>&1 < /dev/null &
	$(SWIFT) build
	MEKONG_TEST_DEPS_STATUS=$(TEST_DEPS_STATUS) MEKONG_TEST_DEPS_LOG=$(TEST_DEPS_LOG) Tests/run-all.sh $(SWIFT)
	$(MAKE) test-checks SKIP_BUILD=1
	@if [ -d $(SHARED)/data/gold ]; then \
		$(MEKONG) eval --gold $(SHARED)/data/gold --articles $(SHARED)/data/articles \
			--min-entity-f1 $(MIN_ENTITY_F1) --min-relation-f1 $(MIN_RELATION_F1); \
	else echo "No $(SHARED)/data/gold: extraction quality not measured."; fi
	$(MEKONG) eval --gold examples/extra/gold --articles examples/extra/articles --min-entity-f1 0.96 --min-relation-f1 0.88
	$(MEKONG) eval --gold examples/extra2/gold --articles examples/extra2/articles --min-entity-f1 0.97 --min-relation-f1 0.90

## test-checks: check-exports and check-serve, with the development corpus's eval (a minute of one core in a debug
## build, against the floors MIN_CORPUS_*) running beside them; its report is printed after them. Fails when any fails.
DEV_EVAL_LOG = .build/dev-eval.log
test-checks: build
	@$(MEKONG) eval --gold examples/corpus/dev/gold --articles examples/corpus/dev/articles \
		--min-entity-f1 $(MIN_CORPUS_ENTITY_F1) --min-relation-f1 $(MIN_CORPUS_RELATION_F1) > $(DEV_EVAL_LOG) 2>&1 & \
	evaluation=$$!; checks=0; { $(MAKE) check-exports && $(MAKE) check-serve; } || checks=$$?; \
	wait $$evaluation; evaluated=$$?; \
	echo "---- mekong eval of examples/corpus/dev (run beside the export and serve checks; exit $$evaluated) ----"; \
	cat $(DEV_EVAL_LOG); \
	[ $$checks -eq 0 ] && [ $$evaluated -eq 0 ]

## check-exports: every export format read by the tool that reads it (networkx, kuzu, rdflib, `mekong import`),
## with the same counts as the store; the checkers are installed with pip into .build/pyenv (pinned versions).
PYENV = .build/pyenv
check-exports: build pyenv
	$(PYENV)/bin/pip install -q --disable-pip-version-check -r Tests/exports/requirements.txt
	Tests/exports/check-exports.sh $(MEKONG) $(PYENV)/bin/python .build/check-exports

## pyenv: the Python environment of the checkers (.build/pyenv), with python3-venv installed when missing.
pyenv:
	@python3 -c 'import ensurepip, venv' 2>/dev/null || { echo "Installing python3-venv …"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv >/dev/null; }
	test -x $(PYENV)/bin/python || python3 -m venv $(PYENV)

## check-serve: `mekong serve` used as a person would (docs/serve.md): headless Chromium types into the search,
## clicks to an entity, a neighbour, its ego diagram and a node of it, an article, runs a query, and opens an
## entity named <script>; screenshots in .build/check-serve/screenshots. Debian's chromium and chromedriver are
## installed when missing, Selenium with pip into .build/pyenv; Selenium never downloads a browser or driver.
SERVE_CHECK = .build/check-serve
check-serve: build pyenv
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		echo "Installing chromium and chromium-driver …"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi
	$(PYENV)/bin/pip install -q --disable-pip-version-check -r Tests/serve/requirements.txt
	rm -rf $(SERVE_CHECK) && mkdir -p $(SERVE_CHECK)/screenshots
	$(MEKONG) ingest --store $(SERVE_CHECK)/store.sqlite examples/articles
	$(MEKONG) import --store $(SERVE_CHECK)/hostile.sqlite Tests/serve/hostile.json
	SE_OFFLINE=true $(PYENV)/bin/python Tests/serve/browser-check.py --mekong $(MEKONG) \
		--store $(SERVE_CHECK)/store.sqlite --hostile-store $(SERVE_CHECK)/hostile.sqlite --out $(SERVE_CHECK)/screenshots

## eval: extraction quality on every development gold set, with every false positive and miss (and its cause).
eval: build
	$(MEKONG) eval --gold $(SHARED)/data/gold --articles $(SHARED)/data/articles --verbose
	$(MEKONG) eval --gold examples/extra/gold --articles examples/extra/articles --verbose
	$(MEKONG) eval --gold examples/extra2/gold --articles examples/extra2/articles --verbose
	$(MEKONG) eval --gold examples/corpus/dev/gold --articles examples/corpus/dev/articles --verbose

## blind: the blind check (examples/corpus/blind), micro-averages only. Measure it once per change of the
## extractors, record the figure, and do not tune on its errors (move an article to dev/ first).
blind: build
	$(MEKONG) eval --gold examples/corpus/blind/gold --articles examples/corpus/blind/articles | sed -n '/^micro-averaged/,$$p'

## benchmark: the package-benchmark suite (Benchmarks/Suite, a package of its own): extraction, ingest into a fresh
## and into a large store, each query, the export and an ego render, with time, CPU, allocations and peak memory.
## FILTER=regex runs only the benchmarks whose names match: docs/benchmarks.md.
benchmark: setup
	$(SWIFT) package --package-path Benchmarks/Suite benchmark --no-progress $(if $(FILTER),--filter '$(FILTER)')

## bench: ingest speed, release build: the development set repeated 100 times into a fresh store, RUNS times
## with --jobs 1 and 2 (interleaved with BEFORE=path/to/older/mekong when given). Prints articles/s, CPU time,
## the ratio to a raw read+normalize pass, bytes written and store size per article, peak RSS: docs/benchmarks.md.
RUNS ?= 3
bench: setup
	$(SWIFT) build -c release --product mekong
	rm -rf .build/bench && mkdir -p .build/bench/articles
	for i in $$(seq 1 100); do mkdir -p .build/bench/articles/$$i; cp $(SHARED)/data/articles/*.txt .build/bench/articles/$$i/; done
	python3 Benchmarks/bench-ingest.py .build/bench/articles --mekong .build/release/mekong --scratch .build/bench \
		--jobs 1 2 --runs $(RUNS) $(if $(BEFORE),--before $(BEFORE))

## bench-queries: query latency and peak memory on a synthetic store of ARTICLES articles (built once, kept in
## .build/bench-queries), each query answered the previous way (whole graph loaded) and through the indexes;
## BEFORE=path/to/older/mekong also times that binary's CLI. Figures and how to read them: docs/benchmarks.md.
ARTICLES ?= 17000
bench-queries: setup
	$(SWIFT) build -c release --product mekong
	$(SWIFT) build -c release --product mekong-bench
	mkdir -p .build/bench-queries
	test -f .build/bench-queries/store-$(ARTICLES).sqlite || .build/release/mekong-bench generate \
		--store .build/bench-queries/store-$(ARTICLES).sqlite --articles $(ARTICLES)
	python3 Benchmarks/bench-queries.py .build/bench-queries/store-$(ARTICLES).sqlite $(ARTICLES) \
		--bench .build/release/mekong-bench --mekong .build/release/mekong $(if $(BEFORE),--before $(BEFORE))

## bench-patterns: issue 10's latency targets on a synthetic store of PATTERN_ARTICLES articles written row by row
## (250,000: about a million relations, 20-40 minutes to write once, kept in .build/bench-queries): `entities
## --search`, `show`, `neighbors --depth 1` and the pattern queries (`mekong query`); docs/benchmarks.md.
PATTERN_ARTICLES ?= 250000
bench-patterns: setup
	$(SWIFT) build -c release --product mekong-bench
	mkdir -p .build/bench-queries
	test -f .build/bench-queries/direct-$(PATTERN_ARTICLES).sqlite || .build/release/mekong-bench generate-graph \
		--store .build/bench-queries/direct-$(PATTERN_ARTICLES).sqlite --articles $(PATTERN_ARTICLES)
	python3 Benchmarks/bench-queries.py .build/bench-queries/direct-$(PATTERN_ARTICLES).sqlite $(PATTERN_ARTICLES) \
		--targets-only --runs 5 --bench .build/release/mekong-bench

## bench-serve: `mekong serve` on the development store (examples/corpus/dev ingested), release build: p50/p90/p99 of
## the entity page and of the ego diagram page under wrk (4 connections, 15 s each, loopback); docs/benchmarks.md.
## bench-postgres: ingest into a PostgreSQL store with 1, 2 and 4 workers on a throw-away cluster (docs/postgres.md):
## articles/s, speed-up, CPU per article of the workers and of the server, extraction and storing time per article.
bench-postgres: setup
	$(SWIFT) build -c release --product mekong
	python3 Benchmarks/bench-postgres.py --mekong .build/release/mekong --copies 2 --workers 1,2,4 --runs 3

bench-serve: setup
	@command -v wrk >/dev/null 2>&1 || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk >/dev/null; }
	$(SWIFT) build -c release --product mekong
	rm -f .build/bench-serve.sqlite .build/bench-serve.sqlite-wal .build/bench-serve.sqlite-shm
	.build/release/mekong ingest --store .build/bench-serve.sqlite examples/corpus/dev/articles
	python3 Benchmarks/bench-serve.py .build/bench-serve.sqlite --mekong .build/release/mekong

## name-tagger: retrain the model of vi.names (Plugins/VietnameseNames/Resources/name-tagger.tsv) on the development
## gold; name-tagger-cv: measure it by 5-fold cross-validation on the development corpus (docs/name-tagger.md).
## Both need python3-venv (installed when missing, as for the checkers); python-crfsuite goes into .build/.
name-tagger: build pyenv
	python3 Plugins/VietnameseNames/Tools/train-name-tagger.py --mekong $(MEKONG)
	$(SWIFT) build --product mekong

name-tagger-cv: build pyenv
	python3 Plugins/VietnameseNames/Tools/train-name-tagger.py --mekong $(MEKONG) --cross-validate 5

## lexicon: regenerate the place gazetteer from ../shared/data/gazetteers, and the gazetteer rule packs of
## Plugins/RulePacks from the lexicon (their one source of truth).
lexicon:
	python3 Plugins/VietnameseLexicon/Tools/make-places.py $(SHARED)
	python3 Plugins/VietnameseLexicon/Tools/make-rule-packs.py

clean:
	rm -rf .build
