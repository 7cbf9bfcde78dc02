# perplexity-async: all project commands. `make test` and `make demo` set everything up themselves.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PKG := perplexity_async_api
# Absolute paths: the generator runs inside the output's parent folder (it writes ./$(PKG)).
GENERATOR = PATH="$(CURDIR)/$(BIN):$$PATH" "$(CURDIR)/$(BIN)/openapi-python-client" generate \
	--path "$(CURDIR)/openapi.yaml" --config "$(CURDIR)/generator-config.yaml" \
	--custom-template-path "$(CURDIR)/overlays/templates" --meta none --fail-on-warning

.PHONY: help venv generate check-generated lint typecheck pytest test

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

# The venv is rebuilt only when the pinned requirements or pyproject.toml change.
$(STAMP): requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@# Both source folders on the venv's path (no editable install: it would need generated/ first).
	$(BIN)/python -c 'import site, sys; open(site.getsitepackages()[0] + "/perplexity_async_src.pth", "w").write("\n".join(sys.argv[1:]) + "\n")' "$(CURDIR)/overlays" "$(CURDIR)/generated"
	touch $@

venv: $(STAMP)  ## create or update the project venv (.venv) with the pinned dev tools

# $(1): folder to write $(PKG) into. The generator refuses an existing folder, and --overwrite would
# keep stray files, so the target folder is removed first. The ruff post-hooks run --no-cache.
define generate_into
	rm -rf "$(1)/$(PKG)"
	cd "$(1)" && $(GENERATOR) >/dev/null
	touch "$(1)/$(PKG)/py.typed"
endef

generate: $(STAMP)  ## regenerate generated/perplexity_async_api from openapi.yaml, config and templates
	$(call generate_into,generated)
	@echo "generated/$(PKG) regenerated"

check-generated: $(STAMP)  ## fail if generated/ differs from a fresh generation
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(MAKE) -s --no-print-directory _generate-into OUT="$$tmp" && \
	if ! diff -ru generated/$(PKG) "$$tmp/$(PKG)" > "$$tmp/diff.txt"; then \
		cat "$$tmp/diff.txt"; \
		echo "check-generated: generated/$(PKG) differs from what openapi.yaml + generator-config.yaml + overlays/templates produce."; \
		echo "Never edit generated code by hand: change the spec, config or a template, then run 'make generate'."; \
		exit 1; \
	fi; echo "check-generated: generated/$(PKG) is up to date"

.PHONY: _generate-into
_generate-into:
	$(call generate_into,$(OUT))

lint: $(STAMP)  ## ruff on the hand-written code (generated/ is excluded in pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)  ## mypy --strict on overlays/ and generated/
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck check-generated pytest  ## set up, then lint, type-check, check-generated and the test suite
