# Assembly Assistant: `make run` to start everything, `make test` to prove it.
# Both set themselves up on a fresh clone and skip what is already up to date.

SHELL := /bin/bash
.DEFAULT_GOAL := help
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2

VENV := .venv
RASA_VENV := .venv-rasa
PY := $(VENV)/bin/python
RASA := $(RASA_VENV)/bin/rasa
MODEL_STAMP := nlu/models/.fingerprint

.PHONY: help setup venvs run run-scaled test train lint lock demo nlu-report bench chaos browser migrate check-config clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' Makefile | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# uv installs both environments from the lock files (--require-hashes: nothing is installed that
# they do not name, every file checked against its hash), several times faster than pip. Not
# quiet: it says what it downloads and builds, then lists every package it installed. Bytecode
# is compiled as each module is first imported and kept beside it (training imports most of
# Rasa, so every later Rasa start finds it): compiling all 22,000 installed files up front, as
# pip does, took a minute on this machine, mostly for modules nothing here imports. Some
# machines set PYTHONDONTWRITEBYTECODE, which would make every process compile everything it
# imports again: importing Rasa's server took 28.8 s that way and 10.6 s with its bytecode kept,
# and a run of the tests starts Rasa several times. So make does not pass it on.
unexport PYTHONDONTWRITEBYTECODE
UV := $(VENV)/bin/uv
UV_INSTALL = set -o pipefail; $(UV) pip install --python $(1) --require-hashes $(2) 2>&1
# The time since make started, for the closing line of a long command.
STARTED := $(shell date +%s)
ELAPSED = $$(( $$(date +%s) - $(STARTED) ))

# uv itself, by pip from its pinned and hashed lines in requirements/dev.txt: one file, no
# dependencies.
$(UV):
	@echo "==> .venv (Python 3.11) with uv, the installer (requirements/dev.txt's pin and hashes)"
	@test -x $(PY) || python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	@mkdir -p var && awk '/^uv==/ {found=1} found {print} found && !/\\$$/ {exit}' \
	  requirements/dev.txt > var/uv-requirement.txt
	@$(PY) -m pip install --disable-pip-version-check --require-hashes -r var/uv-requirement.txt \
	  2>&1 | grep --line-buffered -v "^WARNING: Location"

$(VENV)/.installed: requirements/runtime.txt requirements/dev.txt | $(UV)
	@echo "==> .venv (Python 3.11): installing requirements/runtime.txt and dev.txt (locked, with hashes)"
	@$(call UV_INSTALL,$(PY),-r requirements/runtime.txt -r requirements/dev.txt)
	@$(PY) -c "import fastapi, sqlalchemy, rasa_sdk, twilio, telegram"
	@touch $@

$(RASA_VENV)/.installed: requirements/rasa.txt | $(UV)
	@echo "==> .venv-rasa (Python 3.10): installing requirements/rasa.txt, rasa 3.6.21 and TensorFlow (under a minute with uv's cache warm, longer when it downloads)"
	@test -x $(RASA_VENV)/bin/python || { py310=$$(scripts/find-python310) && "$$py310" -m venv $(RASA_VENV); }
	@$(call UV_INSTALL,$(RASA_VENV)/bin/python,-r requirements/rasa.txt)
	@$(RASA_VENV)/bin/python -c "import rasa"
	@touch $@

lock: | $(UV) ## recompile requirements/*.txt from requirements/*.in (UPGRADE=1: newest versions allowed)
	@for name in runtime:3.11 dev:3.11 rasa:3.10; do \
	  file=$${name%%:*}; echo "==> requirements/$$file.txt (Python $${name##*:})"; \
	  $(VENV)/bin/uv pip compile requirements/$$file.in --python-version $${name##*:} \
	    --generate-hashes --no-header --annotation-style line $(if $(UPGRADE),--upgrade) \
	    -q -o requirements/$$file.txt || exit 1; \
	done
	@echo "==> make lock: done in $(ELAPSED) s; make setup installs what changed"

# The two environments install side by side, once uv is there.
venvs: $(UV)
	@$(MAKE) --no-print-directory -s -j2 $(VENV)/.installed $(RASA_VENV)/.installed

setup: venvs train migrate check-config ## create both venvs, train, migrate, check config.yml
	@echo "==> make setup: done in $(ELAPSED) s"

train: $(VENV)/.installed $(RASA_VENV)/.installed ## train the Rasa model when anything under nlu/ changed
	@# --skip-validation: Rasa's own check of the data before training took a fifth of the time;
	@# `make test` and CI check the same data strictly (rasa data validate --fail-on-warnings).
	@started=$$(date +%s); \
	echo "==> var/nlu-config.yml: nlu/config.yml with config.yml's fallback threshold"; \
	$(PY) -m bot nlu-config var/nlu-config.yml || exit 1; \
	fp=$$(scripts/nlu-fingerprint); \
	if [ -f $(MODEL_STAMP) ] && [ "$$(cat $(MODEL_STAMP))" = "$$fp" ] && ls nlu/models/*.tar.gz >/dev/null 2>&1; then \
	  echo "==> Rasa model is up to date: nlu/models/assembly.tar.gz"; \
	else \
	  echo "==> training the Rasa model into nlu/models/ (about 1-2 minutes): the NLU pipeline (intent classifier, entity CRF), then the dialogue policies, epoch by epoch"; \
	  rm -f nlu/models/*.tar.gz; \
	  (cd nlu && ../$(RASA) train --skip-validation --config ../var/nlu-config.yml --domain domain --data data --out models --fixed-model-name assembly) || exit 1; \
	  echo "$$fp" > $(MODEL_STAMP); \
	fi; \
	echo "==> make train: done in $$(( $$(date +%s) - started )) s"

migrate: $(VENV)/.installed ## apply database migrations (the Procfile's release step)
	@echo "==> migrating the database (alembic upgrade head)"
	@$(VENV)/bin/alembic upgrade head

demo: $(VENV)/.installed migrate ## load a demo roster and a demo admin account (password printed once)
	@echo "==> loading demo/roster.csv and the demo admin account into the database"
	@$(PY) -m bot demo

check-config: $(VENV)/.installed ## validate config.yml
	@echo "==> checking config.yml"
	@$(PY) -m bot check-config

run: setup ## start every process (honcho); Ctrl-C stops them all
	@# honcho hands each process PORT (base + 100 per process): web comes first, so it gets PORT.
	@# A person watches honcho's output: text log lines unless LOG_FORMAT says otherwise.
	@PORT=$${PORT:-8000} LOG_FORMAT=$${LOG_FORMAT:-text} $(VENV)/bin/honcho start web rasa actions worker scheduler

run-scaled: $(VENV)/.installed ## two of each process on PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)
	@$(PY) -m bot.scaled check
	@$(MAKE) --no-print-directory setup
	@$(PY) -m bot.scaled procfile var/Procfile.scaled
	@$(VENV)/bin/honcho -f var/Procfile.scaled start

browser: ## Debian's chromium for the console's browser tests
	@command -v chromium >/dev/null || { echo "==> installing Debian's chromium"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "could not install chromium: the browser tests will fail"; }

# pytest runs on TEST_WORKERS pytest-xdist workers: much of the suite waits (on processes it
# started, on leases and back-offs). Each test module runs whole on one worker, so a module's
# fixtures start once; the modules that start Rasa servers go first (tests/conftest.py). Each
# worker that runs tests/e2e/ starts the session's Rasa server for itself. Three workers on our
# two cores, as a third fills the time the others spend waiting: pytest took 5 min 51 s.
# rasa data validate and the Rasa conversation tests run beside pytest, each into its own log,
# printed when pytest is done.
TEST_WORKERS ?= 3

test: setup browser ## the whole suite: pytest, rasa data validate, Rasa conversation tests
	@echo "==> rasa data validate, and the Rasa conversation tests (beside pytest; their logs are in var/)"
	@echo "==> pytest on $(TEST_WORKERS) workers (with the short fault suite, tests/chaos/test_chaos.py; the ten slowest listed last)"
	@# --fail-on-warnings: Rasa 3.6 still only notes the external EXTERNAL_feedback_request intent,
	@# which has no training examples by design (the scheduler triggers it).
	@mkdir -p var; started=$$(date +%s); \
	(cd nlu && ../$(RASA) data validate --domain domain --data data --config config.yml \
	  --fail-on-warnings --quiet > ../var/rasa-validate.log 2>&1) & validate=$$!; \
	(cd nlu && ../$(RASA) test core --model models --stories tests --fail-on-prediction-errors \
	  --out results/core --quiet > ../var/rasa-test-core.log 2>&1) & core=$$!; \
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder --durations=10; tests=$$?; \
	wait $$validate; valid=$$?; wait $$core; stories=$$?; \
	[ $$valid -eq 0 ] || { cat var/rasa-validate.log; echo "rasa data validate FAILED"; }; \
	[ $$stories -eq 0 ] || { tail -50 var/rasa-test-core.log; echo "Rasa conversation tests FAILED"; }; \
	[ $$valid -eq 0 ] && [ $$stories -eq 0 ] && echo "==> data valid; conversation tests passed"; \
	echo "==> make test: pytest and the Rasa checks took $$(( $$(date +%s) - started )) s; $(ELAPSED) s since make started"; \
	[ $$tests -eq 0 ] && [ $$valid -eq 0 ] && [ $$stories -eq 0 ]

lint: $(VENV)/.installed ## ruff
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

nlu-report: $(RASA_VENV)/.installed ## NLU quality: 5-fold cross-validation, dev and test sets; fails under the bar
	@started=$$(date +%s); \
	$(RASA_VENV)/bin/python nlu/evaluate.py; status=$$?; \
	echo "==> make nlu-report: done in $$(( $$(date +%s) - started )) s"; \
	exit $$status

chaos: setup ## the long fault suite, fuzzer (10,000 webhook bodies a kind) and full silence audit; prints what it found
	@$(PY) -m tests.chaos.suite
	@echo "==> webhook fuzzer, long form (FUZZ_EXAMPLES=10000)"
	@FUZZ_EXAMPLES=10000 $(PY) -m pytest -q -p no:cacheprovider tests/bot/test_webhook_fuzz.py
	@echo "==> silence audit, full form (SILENCE_AUDIT=full: the whole corpus in every state)"
	@SILENCE_AUDIT=full $(PY) -m pytest -q -p no:cacheprovider tests/e2e/test_silence_audit.py

bench: setup ## benchmarks in bench/ (print figures)
	@for b in bench/bench_*.py; do echo "==> $$b"; $(PY) $$b || exit 1; done

clean: ## remove the virtual environments, the model and var/
	rm -rf $(VENV) $(RASA_VENV) nlu/models var
