# perplexity-async: all project commands. `make test` and `make demo` set everything up themselves.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PKG := perplexity_async_api
# Absolute paths: the generator runs inside the output's parent folder (it writes ./$(PKG)).
# Its input is openapi.yaml with duplicate schema titles told apart (tools/generator_input.py).
GENERATOR = PATH="$(abspath $(BIN)):$$PATH" "$(abspath $(BIN))/openapi-python-client" generate \
	--path "$$spec" --config "$(CURDIR)/generator-config.yaml" \
	--custom-template-path "$(CURDIR)/overlays/templates" --meta none --fail-on-warning

.PHONY: help venv demo-venv demo spec generate check-generated check-templates api check-api api-diff lint typecheck pytest test bench

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

# The venv is rebuilt only when the pinned requirements or pyproject.toml change (tests that run
# make in a copy of the project pass VENV=<this venv> SETUP_INPUTS= to reuse it as it is).
SETUP_INPUTS ?= requirements-dev.txt pyproject.toml
$(STAMP): $(SETUP_INPUTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@# Both source folders on the venv's path (no editable install: it would need generated/ first).
	$(BIN)/python -c 'import site, sys; open(site.getsitepackages()[0] + "/perplexity_async_src.pth", "w").write("\n".join(sys.argv[1:]) + "\n")' "$(CURDIR)/overlays" "$(CURDIR)/generated"
	touch $@

venv: $(STAMP)  ## create or update the project venv (.venv) with the pinned dev tools

# The demo needs only the runtime dependencies (httpx, attrs): ready in seconds.
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed
$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install --quiet -e .
	touch $@

demo-venv: $(DEMO_STAMP)

# With PERPLEXITY_API_KEY and REQUEST_ID set, waits on that real job or run; otherwise the whole
# story against the embedded server. The Agent API first: ask (a background run), wait with live
# progress, print the cited answer and its cost, then cancel a run. Then the Sonar async API: list
# the jobs, show a failing job's clear error, then run a small batch and rerun it.
define DEMO_SCRIPT
set -euo pipefail
cli="$(DEMO_VENV)/bin/perplexity-async"
if [ -n "$${PERPLEXITY_API_KEY:-}" ] && [ -n "$${REQUEST_ID:-}" ]; then
	exec "$$cli" get "$$REQUEST_ID" --wait
fi
log=$$(mktemp)
batch=$$(mktemp -d)
"$$cli" serve --demo > "$$log" &
server=$$!
trap 'kill $$server 2>/dev/null; wait $$server 2>/dev/null; rm -rf "$$log" "$$batch"' EXIT
for _ in $$(seq 100); do grep -q '^jobs:' "$$log" && break; sleep 0.1; done
export PERPLEXITY_BASE_URL=$$(sed -n 's/^base_url: //p' "$$log")
export PERPLEXITY_API_KEY=$$(sed -n 's/^api_key: //p' "$$log")
echo "== embedded server at $$PERPLEXITY_BASE_URL (no API key or network needed)"
echo
echo "==== the Agent API: background runs (the default)"
echo '== perplexity-async ask "How should a client wait on a long-running API job?" --wait'
"$$cli" ask "How should a client wait on a long-running API job?" --wait --poll-interval 0.5
echo
echo '== perplexity-async ask "Never mind?"   then   perplexity-async cancel ID'
run=$$("$$cli" ask "Never mind?" 2>/dev/null | cut -d: -f1)
"$$cli" cancel "$$run"
echo "== perplexity-async get $$run   (a cancelled run has no answer: exit code 1)"
status=0; "$$cli" get "$$run" || status=$$?
echo "== exit code $$status"
[ "$$status" -eq 1 ]
echo
echo "==== the Sonar async API (legacy): jobs"
echo "== perplexity-async list"
"$$cli" list
echo
echo "== perplexity-async get demo-failure --wait   (a job that fails: exit code 1)"
status=0; "$$cli" get demo-failure --wait --poll-interval 0.5 || status=$$?
echo "== exit code $$status"
[ "$$status" -eq 1 ]
echo
printf '%s\n' "What is HTTP/3?" "What is QUIC?" "Why poll with backoff?" > "$$batch/questions.txt"
echo "== perplexity-async batch questions.txt --out answers.jsonl --api sonar   (resumable: rerun to resume)"
"$$cli" batch "$$batch/questions.txt" --out "$$batch/answers.jsonl" --api sonar --poll-interval 0.5
echo "== answers.jsonl, one line per question (cut to 110 characters)"
cut -c1-110 "$$batch/answers.jsonl"
echo "== the same command again: the batch is finished, nothing is sent"
"$$cli" batch "$$batch/questions.txt" --out "$$batch/answers.jsonl" --api sonar
endef
export DEMO_SCRIPT

demo: $(DEMO_STAMP)  ## the main job: ask (an Agent API run), wait with progress, cited answer, cost; then Sonar jobs
	@bash -c "$$DEMO_SCRIPT"

# $(1): folder to write $(PKG) into. The generator refuses an existing folder, and --overwrite would
# keep stray files, so the target folder is removed first. The ruff post-hooks run --no-cache.
# Then tools/request_options.py writes the create options (request_options.py: RequestOptions for
# Sonar, AgentOptions for the Agent API) and their validation rules (_request_rules.py,
# _agent_rules.py) into the package (what the generator cannot: its templates see no minimum/maximum), formatted alike.
define generate_into
	rm -rf "$(1)/$(PKG)"
	spec=$$(mktemp --suffix=.json) && trap 'rm -f "$$spec"' EXIT && \
		$(BIN)/python tools/generator_input.py openapi.yaml "$$spec" && \
		cd "$(1)" && $(GENERATOR) >/dev/null
	touch "$(1)/$(PKG)/py.typed"
	$(BIN)/python -m tools.request_options openapi.yaml "$(1)/$(PKG)"
	$(BIN)/ruff format --isolated --no-cache --quiet --target-version=py311 --line-length=88 \
		"$(1)/$(PKG)/request_options.py" "$(1)/$(PKG)/_request_rules.py" "$(1)/$(PKG)/_agent_rules.py"
endef

spec: $(STAMP)  ## openapi.yaml = the union of the upstream pages in spec/upstream/ (then: make generate)
	$(BIN)/python tools/merge_spec.py

generate: $(STAMP)  ## regenerate generated/perplexity_async_api from openapi.yaml, config and templates
	$(call generate_into,generated)
	@echo "generated/$(PKG) regenerated"

check-generated: $(STAMP)  ## fail if generated/ differs from a fresh generation
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(MAKE) -s --no-print-directory _generate-into OUT="$$tmp" && \
	if ! diff -ru -x __pycache__ generated/$(PKG) "$$tmp/$(PKG)" > "$$tmp/diff.txt"; then \
		cat "$$tmp/diff.txt"; \
		echo "check-generated: generated/$(PKG) differs from what openapi.yaml + generator-config.yaml + overlays/templates produce."; \
		echo "Never edit generated code by hand: change the spec, config or a template, then run 'make generate'."; \
		exit 1; \
	fi; echo "check-generated: generated/$(PKG) is up to date"

# The overrides in overlays/templates/ were copied from the generator's templates recorded in
# overlays/templates/BASE.json; a generator upgrade that changes one fails here until merged.
check-templates: $(STAMP)  ## fail when the installed generator's templates differ from the overrides' recorded base
	@$(BIN)/python tools/template_base.py check

.PHONY: _generate-into
_generate-into:
	$(call generate_into,$(OUT))

api: $(STAMP)  ## write api.md, the public API surface of both packages (review its diff)
	$(BIN)/python tools/api_surface.py render

check-api: $(STAMP)  ## fail, showing the diff, when api.md is stale
	@$(BIN)/python tools/api_surface.py check

api-diff: $(STAMP)  ## breaking API changes since BASE (a git ref): make api-diff BASE=main
	@test -n "$(BASE)" || { echo "usage: make api-diff BASE=<git ref>"; exit 2; }
	@$(BIN)/python tools/api_surface.py diff "$(BASE)"

bench: $(STAMP)  ## speed and memory against raw httpx (and perplexityai), measured in one run
	@$(BIN)/python -m pip install --quiet "perplexityai==0.46.1" 2>/dev/null \
		|| echo "perplexityai could not be installed: its column stays empty"
	@# Bytecode, as `pip install` writes it: with PYTHONDONTWRITEBYTECODE set (as on this machine),
	@# every fresh process would compile the SDK from source while httpx loads its .pyc files.
	$(BIN)/python -m compileall -q overlays generated
	$(BIN)/python tools/bench.py

lint: $(STAMP)  ## ruff on the hand-written code (generated/ is excluded in pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)  ## mypy --strict on overlays/ and generated/
	$(BIN)/mypy

# Prism (an independent mock of openapi.yaml, for the contract tests), pinned, project-local.
PRISM := .tools/prism/node_modules/.bin/prism
$(PRISM):
	npm install --prefix .tools/prism @stoplight/prism-cli@5.14.2 --no-audit --no-fund --loglevel=error

pytest: $(STAMP) $(PRISM)
	PRISM="$(abspath $(PRISM))" PRISM_REQUIRED=1 $(BIN)/pytest -q

test: lint typecheck check-templates check-generated check-api pytest  ## set up, then lint, type-check, check-templates, check-generated and the test suite
