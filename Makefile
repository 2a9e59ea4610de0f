# The two commands of the README: `make run` and `make test`. Both create .venv and install first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APP_STAMP := $(VENV)/.installed-app
QM := src/scnews_desktop/i18n/scnews_zh_CN.qm

.PHONY: run test lint format translations install clean bench dist install-desktop

# `make run` installs the app only; the test and development tools come with the targets that use them.
$(APP_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(APP_STAMP)

$(STAMP): pyproject.toml $(APP_STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

install: $(STAMP)

$(QM): resources/translations/scnews_zh_CN.ts resources/translations/pyqtgraph_zh_CN.ts $(APP_STAMP)
	$(BIN)/python tools/translations.py compile

translations: $(QM)

run: $(APP_STAMP) $(QM)
	$(BIN)/scnews-desktop $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests tools bench
	$(BIN)/ruff format --check src tests tools bench
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests tools bench
	$(BIN)/ruff check --fix src tests tools bench

clean:
	rm -rf $(VENV) build dist src/*.egg-info $(QM)

# Benchmarks on a generated 1 M-observation database (bench/out/, built on first run). Not part of `make test`.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py --out docs/performance-latest.md

# A one-folder standalone bundle in dist/scnews-desktop (PyInstaller, spec in resources/).
dist: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build resources/scnews-desktop.spec

# Menu entry and icons for double-click launch (Linux, freedesktop).
install-desktop: $(STAMP)
	$(BIN)/scnews-desktop --install-desktop-entry
