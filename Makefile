# The two commands a new machine needs (Debian, Python 3.11):
#   make run    install everything and start the app
#   make test   install everything and run the full test suite (browser tests included)
PYTHON ?= python3

.PHONY: run test install install-dev chromium lint geometry

install:
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements.txt

install-dev:
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

# Debian's Chromium drives the browser tests; Playwright's own browser download is never used.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi

run: install
	$(PYTHON) -m streamlit run app.py

lint: install-dev
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .

test: install-dev chromium lint
	$(PYTHON) -m triggermap validate
	$(PYTHON) -m pytest

geometry:
	$(PYTHON) -m triggermap.build_geometry
