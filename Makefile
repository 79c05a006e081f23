# The two commands: `make run` and `make test`. Both set up what is missing first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
ROLE    ?= clerk
ORG     ?= 内0621
SUB     ?= dev-user
export PYTHONPATH := $(CURDIR)

WEB     := node_modules/.installed

.PHONY: setup infra run test test-unit bench token down status schemas migrate web

$(BIN)/.installed: requirements.lock requirements-dev.lock pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check "uv==0.13.*" || $(BIN)/python -m pip install -q uv
	@$(BIN)/uv pip install -q --python $(BIN)/python -r requirements-dev.lock
	@touch $@

# The pages' front-end packages (Apache ECharts) from the committed package-lock.json; served by shared/web.
$(WEB): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js) is needed for the pages' assets" >&2; exit 1; }
	@npm ci --no-audit --no-fund --loglevel=error
	@touch $@

web: $(WEB)

infra: $(BIN)/.installed
	@$(BIN)/python deploy/local/infra.py up
	@$(BIN)/python -m shared.auth keygen && $(BIN)/python -m shared.checkpoints keygen

migrate: infra
	@$(BIN)/python -m shared.topics
	@$(BIN)/python -m shared.migrate 2>&1 | grep -v '^INFO'

setup: migrate $(WEB)

run: setup
	@bash deploy/local/run.sh

test: infra $(WEB)
	@$(BIN)/python -m pytest $(PYTEST_ARGS)

# Stateful fuzzing of the six services (tests/e2e/test_no_server_errors.py) with more examples than `make test`'s
# bounded run; zero 500s required. Prints requests and status codes per service. FUZZ_SEED=random: a new seed.
FUZZ_EXAMPLES ?= 60
FUZZ_SEED     ?= 1
FUZZ_TIMEOUT  ?= 3600
.PHONY: fuzz
fuzz: infra $(WEB)
	@FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) FUZZ_SEED=$(if $(filter random,$(FUZZ_SEED)),$$(od -An -N4 -tu4 /dev/urandom | tr -d ' '),$(FUZZ_SEED)) \
	  FUZZ_TIMEOUT=$(FUZZ_TIMEOUT) $(BIN)/python -m pytest -p no:cacheprovider -s -W ignore::DeprecationWarning \
	  "tests/e2e/test_no_server_errors.py::test_no_request_causes_a_server_error" --timeout=$(FUZZ_TIMEOUT) $(PYTEST_ARGS)

test-unit: $(BIN)/.installed
	@$(BIN)/python -m pytest tests/unit $(PYTEST_ARGS)

bench: setup
	@$(BIN)/python -m bench.run $(BENCH_ARGS)

token: $(BIN)/.installed
	@$(BIN)/python -m shared.auth token --role $(ROLE) --org $(ORG) --sub $(SUB)

schemas: $(BIN)/.installed
	@$(BIN)/python -m shared.contracts.export

status:
	@$(PY) deploy/local/infra.py status

down:
	@$(PY) deploy/local/infra.py down

# The article's world through the public HTTP APIs (with `make run` in another terminal): DEMO_ARGS="--pushed 350 ..."
.PHONY: demo client
demo: $(BIN)/.installed
	@$(BIN)/python -m demo $(DEMO_ARGS)

# The Python client (clients/) regenerated with openapi-python-client from the six apps' OpenAPI documents, in
# process; CLIENT_ARGS="--base-url asset_core=http://127.0.0.1:8001" reads a running service's /openapi.json instead
client: $(BIN)/.installed
	@$(BIN)/python -m demo.clientgen $(CLIENT_ARGS)
