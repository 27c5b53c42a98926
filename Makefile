# Assembly Assistant: `make run` to start everything, `make test` to prove it.
# Both set themselves up on a fresh clone and skip what is already up to date.

SHELL := /bin/bash
.DEFAULT_GOAL := help
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONDONTWRITEBYTECODE := 1

VENV := .venv
RASA_VENV := .venv-rasa
PY := $(VENV)/bin/python
RASA := $(RASA_VENV)/bin/rasa
MODEL_STAMP := nlu/models/.fingerprint

.PHONY: help setup run run-scaled test train lint nlu-report bench chaos browser migrate check-config clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' Makefile | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	@echo "==> .venv (Python 3.11): installing pinned dependencies"
	@test -x $(PY) || python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt 2>&1 | grep -v "^WARNING: Location" || true
	@$(PY) -c "import fastapi, sqlalchemy, rasa_sdk, twilio, telegram" 
	@touch $@

$(RASA_VENV)/.installed: requirements-rasa.txt
	@echo "==> .venv-rasa (Python 3.10): installing rasa 3.6.21 (about 2 minutes the first time)"
	@test -x $(RASA_VENV)/bin/python || { py310=$$(scripts/find-python310); "$$py310" -m venv $(RASA_VENV); }
	@$(RASA_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-rasa.txt 2>&1 | grep -v "^WARNING: Location" || true
	@$(RASA_VENV)/bin/python -c "import rasa" 
	@touch $@

setup: $(VENV)/.installed $(RASA_VENV)/.installed train migrate check-config ## create both venvs, train, migrate, check config.yml

train: $(VENV)/.installed $(RASA_VENV)/.installed ## train the Rasa model when anything under nlu/ changed
	@started=$$(date +%s); \
	echo "==> var/nlu-config.yml: nlu/config.yml with config.yml's fallback threshold"; \
	$(PY) -m bot nlu-config var/nlu-config.yml || exit 1; \
	fp=$$(scripts/nlu-fingerprint); \
	if [ -f $(MODEL_STAMP) ] && [ "$$(cat $(MODEL_STAMP))" = "$$fp" ] && ls nlu/models/*.tar.gz >/dev/null 2>&1; then \
	  echo "==> Rasa model is up to date: nlu/models/assembly.tar.gz"; \
	else \
	  echo "==> training the Rasa model (NLU pipeline, then dialogue policies) into nlu/models/"; \
	  rm -f nlu/models/*.tar.gz; \
	  (cd nlu && ../$(RASA) train --config ../var/nlu-config.yml --domain domain --data data --out models --fixed-model-name assembly) || exit 1; \
	  echo "$$fp" > $(MODEL_STAMP); \
	fi; \
	echo "==> make train: done in $$(( $$(date +%s) - started )) s"

migrate: $(VENV)/.installed ## apply database migrations (the Procfile's release step)
	@$(VENV)/bin/alembic upgrade head

check-config: $(VENV)/.installed ## validate config.yml
	@$(PY) -m bot check-config

run: setup ## start every process (honcho); Ctrl-C stops them all
	@# honcho hands each process PORT (base + 100 per process): web comes first, so it gets PORT.
	@PORT=$${PORT:-8000} $(VENV)/bin/honcho start web rasa actions worker scheduler

run-scaled: $(VENV)/.installed ## two of each process on PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)
	@$(PY) -m bot.scaled check
	@$(MAKE) --no-print-directory setup
	@$(PY) -m bot.scaled procfile var/Procfile.scaled
	@$(VENV)/bin/honcho -f var/Procfile.scaled start

browser: ## Debian's chromium for the console's browser tests
	@command -v chromium >/dev/null || { echo "==> installing Debian's chromium"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "could not install chromium: the browser tests will fail"; }

test: setup browser ## the whole suite: pytest, rasa data validate, Rasa conversation tests
	@echo "==> rasa data validate"
	@cd nlu && ../$(RASA) data validate --domain domain --data data --config config.yml --quiet
	@echo "==> Rasa conversation tests"
	@cd nlu && ../$(RASA) test core --model models --stories tests --fail-on-prediction-errors --out results/core --quiet
	@echo "==> pytest (with the short fault suite, tests/chaos/test_chaos.py)"
	@$(PY) -m pytest

lint: $(VENV)/.installed ## ruff
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

nlu-report: $(RASA_VENV)/.installed ## NLU quality: 5-fold cross-validation, dev and test sets; fails under the bar
	@started=$$(date +%s); \
	$(RASA_VENV)/bin/python nlu/evaluate.py; status=$$?; \
	echo "==> make nlu-report: done in $$(( $$(date +%s) - started )) s"; \
	exit $$status

chaos: setup ## the long fault suite and fuzzer: kills, provider faults, 10,000 webhook bodies a kind; prints what it found
	@$(PY) -m tests.chaos.suite
	@echo "==> webhook fuzzer, long form (FUZZ_EXAMPLES=10000)"
	@FUZZ_EXAMPLES=10000 $(PY) -m pytest -q -p no:cacheprovider tests/bot/test_webhook_fuzz.py

bench: setup ## benchmarks in bench/ (print figures)
	@for b in bench/bench_*.py; do echo "==> $$b"; $(PY) $$b || exit 1; done

clean: ## remove the virtual environments, the model and var/
	rm -rf $(VENV) $(RASA_VENV) nlu/models var
