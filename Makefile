# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= portal.settings.dev

.PHONY: run test lint format messages demo serve bench clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 est requis ($(PYTHON) introuvable)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed-run: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed-run

messages: | $(PY)
	@if command -v msgfmt >/dev/null 2>&1; then $(PY) manage.py compilemessages --ignore=.venv -v0; \
	else echo "msgfmt absent : les traductions compilées du dépôt sont utilisées."; fi

demo: $(VENV)/.installed-run messages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo

run: demo
	@echo
	@echo "Portail : http://$(HOST):$(PORT)/"
	@$(PY) manage.py demo_logins
	@echo
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: $(VENV)/.installed-dev messages lint
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(VENV)/bin/pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) staticfiles tmp

# `make bench SCALE="1 10" DATABASE_URL=postgres://…/bench_scale{scale}`: gunicorn
# with the production settings, page timings and query counts (the scales'
# requests in turn), then a load run per scale (bench/run.py).
SCALE ?= 1
bench: $(VENV)/.installed-dev messages
	$(PY) bench/run.py $(foreach scale,$(SCALE),--scale $(scale)) $(if $(DATABASE_URL),--database-url "$(DATABASE_URL)")
