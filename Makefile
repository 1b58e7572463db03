# The two commands a new machine needs (Debian 12: apt install python3 python3-venv make):
#   make run    make the project's virtual environment, install into it, start the app
#   make test   the same with the dev requirements, then lint, validate and the full test suite
#
# Everything is installed into .venv, made with the machine's python3. Debian marks its own
# Python as externally managed (PEP 668), so pip must never install into it directly.
PYTHON ?= python3
VENV ?= .venv
VPY := $(VENV)/bin/python
PIP := $(VPY) -m pip install --quiet --disable-pip-version-check
CHROMIUM ?= /usr/bin/chromium
PDFTOPPM ?= /usr/bin/pdftoppm

.PHONY: run test install install-dev chromium poppler lint geometry bench

# The stamps make a rerun reuse the environment, and a changed requirements file refresh it.
$(VENV)/.runtime-stamp: requirements.txt | $(VENV)/bin/python
	$(PIP) -r requirements.txt
	@touch $@

$(VENV)/.dev-stamp: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PIP) -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime-stamp

$(VENV)/bin/python:
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
		echo "make: $(PYTHON) cannot make a virtual environment; install python3-venv (apt install python3-venv) and try again." >&2; \
		exit 1; }

install: $(VENV)/.runtime-stamp

install-dev: $(VENV)/.dev-stamp

# Debian's Chromium drives the browser tests; Playwright's own browser download is never used.
# As root it is installed with apt; anyone else is told what to install, before any test runs.
chromium:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "make: the browser tests need Chromium at $(CHROMIUM); install it (sudo apt install chromium) and try again." >&2; \
		exit 1; \
	fi

# The handout tests read the PDF back with poppler (pdftoppm, pdfinfo, pdftotext), installed the same way.
poppler:
	@if [ -x $(PDFTOPPM) ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; \
	else \
		echo "make: the handout tests need poppler-utils (pdftoppm); install it (sudo apt install poppler-utils) and try again." >&2; \
		exit 1; \
	fi

run: install
	$(VPY) -m ui.serve

lint: install-dev
	$(VPY) -m ruff check .
	$(VPY) -m ruff format --check .

test: chromium poppler install-dev lint
	$(VPY) -m triggermap validate
	$(VPY) -m pytest

bench: chromium install-dev
	$(VPY) bench/run.py
	$(VPY) bench/handout.py

geometry: install
	$(VPY) -m triggermap.chart.build
