# sitegen: `make build` sets everything up and builds the site; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
# Empty means: as sitegen.toml says (defaults: content, public, /).
CONTENT ?=
OUTPUT ?=
BASE_URL ?=
SITE_URL ?=
# OFFLINE=1: build only from the committed summaries/ (no model download; fails if one is missing).
OFFLINE ?=
# make eval: how many dev articles to evaluate on.
EVAL_DATA ?= ../shared/data/indosum-dev01.jsonl
EVAL_LIMIT ?= 40
# Extra CMake flags for the llama.cpp build, e.g. LLAMA_CMAKE_ARGS="-DGGML_CUDA=on" for NVIDIA GPUs.
LLAMA_CMAKE_ARGS ?=

BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
PIP_FLAGS := --quiet --disable-pip-version-check $(if $(LLAMA_CMAKE_ARGS),--no-cache-dir --force-reinstall)

SITE_OPTIONS = $(if $(CONTENT),--content "$(CONTENT)") $(if $(OUTPUT),--output "$(OUTPUT)")

.PHONY: build daily test lint format serve eval bench setup model clean help

build: $(INSTALLED) $(if $(OFFLINE),,model) ## set up (once) and build content/ into public/
	$(BIN)/sitegen build $(SITE_OPTIONS) $(if $(BASE_URL),--base-url "$(BASE_URL)") $(if $(SITE_URL),--site-url "$(SITE_URL)") $(if $(OFFLINE),--offline)

daily: $(INSTALLED) $(if $(OFFLINE),,model) ## fetch the new items of every [[sources]] feed, then build
	$(BIN)/sitegen fetch $(if $(CONTENT),--content "$(CONTENT)")
	$(BIN)/sitegen build $(SITE_OPTIONS) $(if $(BASE_URL),--base-url "$(BASE_URL)") $(if $(SITE_URL),--site-url "$(SITE_URL)")

test: lint model ## set up (once), check lint and types, and run the tests
	SITEGEN_REQUIRE_MODEL=1 $(BIN)/python -m pytest

lint: $(INSTALLED) ## ruff (lint and format) and mypy over sitegen/, tests/ and tools/
	$(BIN)/ruff check sitegen tests tools
	$(BIN)/ruff format --check sitegen tests tools
	$(BIN)/mypy

format: $(INSTALLED) ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix sitegen tests tools
	$(BIN)/ruff format sitegen tests tools

serve: $(INSTALLED) model ## preview on http://localhost:8000, rebuilt and reloaded on every change (NO_LLM=1: drafts)
	$(BIN)/sitegen serve $(SITE_OPTIONS) $(if $(NO_LLM),--no-llm)

eval: $(INSTALLED) model ## measure summaries on EVAL_LIMIT dev articles (ROUGE beside lead-3, checks, speed)
	$(BIN)/sitegen eval "$(EVAL_DATA)" --limit $(EVAL_LIMIT) --out eval-predictions.jsonl

bench: $(INSTALLED) model ## measure build speed, model floor, memory and search size on this machine
	$(BIN)/python -m sitegen.bench --data "$(EVAL_DATA)"

setup: $(INSTALLED) ## only create the virtual environment

model: $(INSTALLED) ## download and verify the default model (once; kept in ~/.cache/sitegen)
	@$(BIN)/sitegen model fetch >/dev/null

$(INSTALLED): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "sitegen needs Python 3.11 or newer, found " + sys.version.split()[0] + "; run: make PYTHON=python3.11")'
	@echo "Setting up $(VENV) (the first time this compiles llama.cpp: about 5 minutes on 2 cores)..."
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/python -m pip install $(PIP_FLAGS) -c constraints.txt -e '.[dev]'
	@touch $@

clean: ## remove the built site and the virtual environment (the model cache stays)
	rm -rf "$(or $(OUTPUT),public)" $(VENV)

help:
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'
