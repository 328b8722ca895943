# Set-up and checks. `make run` and `make test` install whatever is missing first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
FRONT  := ostinato/frontend
BUNDLE := $(FRONT)/dist/app.js
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBS   := chromium redis-server nginx-light

.PHONY: install system run test lint bench soak conformance streamlit screenshot clean

install: $(STAMP) $(BUNDLE)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip >/dev/null
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

$(BUNDLE): $(FRONT)/package.json $(FRONT)/package-lock.json $(wildcard $(FRONT)/src/*) $(wildcard $(FRONT)/src/elements/*) $(FRONT)/build.mjs
	cd $(FRONT) && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build

# Debian packages the browser, Redis and nginx tests use.
system:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	[ -x /usr/sbin/nginx ] || missing="$$missing nginx-light"; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

run: install
	$(VENV)/bin/ostinato hello

lint: install
	$(VENV)/bin/ruff format --check ostinato tests bench conformance
	$(VENV)/bin/ruff check ostinato tests bench conformance
	$(VENV)/bin/mypy

test: install system lint
	$(VENV)/bin/pytest

# `make bench ONLY=cache,chat` runs only those parts (see bench/__main__.py PARTS).
bench: install system streamlit
	$(PY) -m bench $(if $(ONLY),--only $(ONLY))

# Reliability suite (about 6 minutes, at most 20): writes bench/SOAK.md. Not part of `make test`.
soak: install system
	$(PY) -m bench.soak

# Streamlit 1.67 in its own venv (bench/.venv-streamlit), never a project dependency.
streamlit: install
	$(PY) -c "from bench.__main__ import ensure_streamlit; ensure_streamlit()"

# Regenerate conformance/golden/ from Streamlit, then check Ostinato against it.
conformance: streamlit
	bench/.venv-streamlit/bin/python -m conformance record
	$(PY) -m conformance check

screenshot: install system streamlit
	$(PY) -m tests.e2e.screenshot docs/demo.png

clean:
	rm -rf $(VENV) $(FRONT)/node_modules $(FRONT)/dist
