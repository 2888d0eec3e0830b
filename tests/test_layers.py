"""The window's contract: features know the window only through ``ui/shell.py``.

Only the programs that build a window (the application, the screenshot tool) import
``ui/main_window.py``; every other module of ``ui/`` types its window as
:class:`~cocreation_app.ui.shell.WindowShell`, so the main window imports its features and no
feature imports it back, not even for type checking.
"""

from __future__ import annotations

import ast
from pathlib import Path

import cocreation_app

PACKAGE = Path(cocreation_app.__file__).parent
UI = PACKAGE / "ui"
WINDOW = "cocreation_app.ui.main_window"
# The programs that construct the window.
ENTRY_POINTS = {UI / "app.py", UI / "screenshots.py"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth (also under TYPE_CHECKING or in a function);
    ``from package import name`` counts as importing ``package.name`` too."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def test_imports_are_read_from_the_source() -> None:
    """Absolute, ``from package import module``, and under TYPE_CHECKING (commands.py)."""
    assert "cocreation_app.ui.features" in imported(UI / "main_window.py")
    assert "cocreation_app.ui.settings" in imported(UI / "review" / "mode.py")
    assert "cocreation_app.ui.shell" in imported(UI / "commands.py")


def test_only_the_entry_points_import_the_main_window() -> None:
    importers = sorted(
        str(path.relative_to(PACKAGE.parent))
        for path in UI.rglob("*.py")
        if path not in ENTRY_POINTS and path != UI / "main_window.py" and WINDOW in imported(path)
    )
    assert importers == []


def test_the_shell_imports_nothing_of_ui() -> None:
    """The contract sits below everything that uses it: it declares the edits and the review
    mode it speaks of, so there is no circle through it either."""
    assert {n for n in imported(UI / "shell.py") if n.startswith("cocreation_app.ui")} == set()
