# Cocrea — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: postgresql run test lint typecheck pytest chromium translations translations-update screenshots bench bench-quick package package-smoke clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP) $@

run: $(STAMP) translations
	$(VENV)/bin/cocreation

test: $(TEST_STAMP) postgresql translations lint typecheck pytest

# The tests start their own PostgreSQL server (tests/pg.py) from Debian's package.
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql)

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# mypy on the whole application, the window included, and the translation tools.
typecheck: $(TEST_STAMP)
	$(VENV)/bin/mypy cocreation_app tools

# Byte-compiled first: the tests start the command as a subprocess hundreds of times, and with
# PYTHONDONTWRITEBYTECODE set (as here) each start would compile the package again.
pytest: $(TEST_STAMP) postgresql translations chromium
	$(PY) -m compileall -q cocreation_app tools tests
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

# Benchmarks against the quality bars in DESIGN.md, not part of `make test` (docs/performance.md).
# Each writes bench/results.json and prints a table; data is generated once into bench/.cache/.
bench: $(TEST_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run L

bench-quick: $(TEST_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run M

# The Linux one-folder app in dist/cocrea/ (docs/install.md). PyInstaller is a build tool: it is
# installed into the venv here (the `package` extra), never into the app.
package: $(STAMP) translations
	$(PY) -m pip install --quiet -e '.[package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/cocrea.spec

# The frozen binary, headless: --version, demo, export-plan, export-bundle, import-bundle, window.
package-smoke: $(STAMP)
	$(PY) packaging/smoke.py dist/cocrea

# The static site's test drives Debian's Chromium (tests/reports/test_site.py); run as root.
chromium:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

translations: $(STAMP)
	$(PY) -m tools.i18n.build

# Collect every string from the code into translations/*.ts and list what is left to translate.
translations-update: $(STAMP)
	$(PY) -m tools.i18n.extract

# Every view with the demo plan, offscreen at 1366x768, into docs/screenshots/; the plenary
# view (the projector) at 1920x1080.
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m cocreation_app.ui.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m cocreation_app.ui.plenary.screenshot docs/screenshots/plenary.png

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache translations/*.qm
