"""Collect every translatable string and merge them into ``translations/cocreation_*.ts``.

``python -m tools.i18n.extract`` (``make translations-update``) updates every ``.ts``
file and lists the strings still without a finished translation. Strings come from:

- calls, read with Python's ``ast``: ``translate("ctx", "texto")``,
  ``QCoreApplication.translate("Ctx", "texto")``, ``self.tr("texto")`` (context: the enclosing
  class), ``translate_noop("ctx", "texto")`` / ``QT_TRANSLATE_NOOP`` (labels kept in tables,
  translated where shown), and calls to a module's helper such as
  ``def _tr(text): return translate("ctx", text)`` (or a lambda, or a method called as
  ``self._tr("texto")``);
- ``pyside6-lupdate`` run over the same files, so whatever Qt's own tool sees is included too;
- labels declared as data, read at import time: the enumerations in ``models/enums.py``
  (context ``enum``), kinds and field labels in ``services/registry.py`` (``kinds``,
  ``fields``) and argparse's own messages (``argparse``).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cocreation_app
from cocreation_app.i18n.catalog import SOURCE_LANGUAGE
from cocreation_app.paths import translations_dir
from tools.i18n.ts import (
    Key,
    MergeResult,
    Message,
    TsFile,
    language_of,
    merge,
    read_ts,
    render_ts,
    write_ts,
)

PACKAGE_DIR = Path(cocreation_app.__file__).resolve().parent
_QT_APPS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass
class Extraction:
    messages: dict[Key, Message] = field(default_factory=dict)
    # Calls whose text is built at run time (f-string, concatenation): they can never match a
    # translation. Each is "file:line: reason".
    problems: list[str] = field(default_factory=list)
    # Where the ast pass understood a call, so that lupdate's reading of it is not needed.
    seen: set[tuple[str, int]] = field(default_factory=set)

    def add(
        self,
        context: str,
        source: str,
        location: tuple[str, int] | None,
        numerus: bool = False,
    ) -> None:
        message = self.messages.setdefault(
            (context, source), Message(context=context, source=source)
        )
        message.numerus = message.numerus or numerus
        if location is not None and location not in message.locations:
            message.locations.append(location)


# -- Python source ------------------------------------------------------------------------------


def python_files(root: Path = PACKAGE_DIR) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _module_name(path: Path, root: Path) -> str:
    parts = path.resolve().relative_to(root.resolve().parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _literal(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _is_translate(func: ast.AST, names: set[str]) -> bool:
    """``translate(...)`` (or an alias it was imported as), ``QCoreApplication.translate(...)``,
    ``i18n.translate(...)``."""
    if isinstance(func, ast.Name):
        return func.id in names
    return isinstance(func, ast.Attribute) and func.attr == "translate"


def _is_qt_translate(func: ast.AST) -> bool:
    """``QCoreApplication.translate``: (context, text, disambiguation, n), not our catalog's
    (context, text, n)."""
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in _QT_APPS
    )


def _count_argument(call: ast.Call, position: int) -> ast.AST | None:
    """The ``n`` of a count message (``tr(text, None, n)``, ``translate(ctx, text, n)``...)."""
    for keyword in call.keywords:
        if keyword.arg == "n":
            return keyword.value
    if len(call.args) > position:
        found = call.args[position]
        return None if isinstance(found, ast.Constant) and found.value is None else found
    return None


def _is_runtime_text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr | ast.BinOp) or (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    )


@dataclass
class _Helper:
    context: str
    index: int  # position of the text among the call's arguments
    numerus: bool = False  # a count message helper: ``_trn(text, n)``


def _helper_of(node: ast.FunctionDef | ast.Lambda, module: _Module, method: bool) -> _Helper | None:
    """A function whose whole body is ``return translate("<ctx>", <one of its parameters>)``."""
    if isinstance(node, ast.Lambda):
        returned: ast.AST | None = node.body
    else:
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]  # the docstring
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            return None
        returned = body[0].value
    if not (isinstance(returned, ast.Call) and _is_translate(returned.func, module.translates)):
        return None
    if len(returned.args) < 2 or not isinstance(returned.args[1], ast.Name):
        return None
    count = _count_argument(returned, 3 if _is_qt_translate(returned.func) else 2)
    if len(returned.args) + len(returned.keywords) > 2 and count is None:
        return None  # a disambiguation: not a helper this extractor reads
    context = _literal(returned.args[0], module.constants)
    params = [a.arg for a in node.args.args]
    if context is None or returned.args[1].id not in params:
        return None
    index = params.index(returned.args[1].id)
    if method and params and params[0] in ("self", "cls"):
        index -= 1
    return _Helper(context, index, numerus=count is not None) if index >= 0 else None


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    constants: dict[str, str] = field(default_factory=dict)
    helpers: dict[str, _Helper] = field(default_factory=dict)  # name -> helper
    methods: dict[str, _Helper] = field(default_factory=dict)  # called as self.name(...)
    imports: list[ast.ImportFrom] = field(default_factory=list)
    translates: set[str] = field(default_factory=lambda: {"translate"})  # names it is called by


def _scan_definitions(path: Path) -> _Module:
    module = _Module(path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    for node in module.tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = _literal(node.value, {})
            for target in targets:
                if isinstance(target, ast.Name) and value is not None:
                    module.constants[target.id] = value
    classes = []
    for found in ast.walk(module.tree):
        if isinstance(found, ast.ImportFrom):
            module.imports.append(found)
            module.translates |= {
                alias.asname for alias in found.names if alias.name == "translate" and alias.asname
            }
        elif isinstance(found, ast.ClassDef):
            classes.append(found)
    for cls in classes:
        for item in cls.body:
            if isinstance(item, ast.FunctionDef):
                helper = _helper_of(item, module, method=True)
                if helper:
                    module.methods[item.name] = helper
    for node in module.tree.body:
        if isinstance(node, ast.FunctionDef):
            helper = _helper_of(node, module, method=False)
            if helper:
                module.helpers[node.name] = helper
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda):
            helper = _helper_of(node.value, module, method=False)
            for target in node.targets:
                if helper and isinstance(target, ast.Name):
                    module.helpers[target.id] = helper
    return module


class _CallVisitor(ast.NodeVisitor):
    def __init__(self, module: _Module, filename: str, out: Extraction):
        self.module = module
        self.filename = filename
        self.out = out
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        found = self._context_and_text(node)
        if found is None:
            return
        context, text_node, numerus = found
        text = _literal(text_node, {}) if text_node is not None else None
        where = (self.filename, node.lineno)
        self.out.seen.add(where)
        if text is not None:
            self.out.add(context, text, where, numerus)
        elif text_node is not None and _is_runtime_text(text_node):
            self.out.problems.append(
                f"{where[0]}:{where[1]}: the text is built at run time; "
                "translate a literal, then .format() it"
            )

    def _context_and_text(self, node: ast.Call) -> tuple[str, ast.AST | None, bool] | None:
        """The context, the text's node and whether it is a count message."""
        func, args, constants = node.func, node.args, self.module.constants
        if _is_translate(func, self.module.translates):
            context = _literal(args[0], constants) if len(args) >= 2 else None
            count = _count_argument(node, 3 if _is_qt_translate(func) else 2)
            return (context, args[1], count is not None) if context is not None else None
        if isinstance(func, ast.Name) and func.id in ("translate_noop", "QT_TRANSLATE_NOOP"):
            context = _literal(args[0], constants) if len(args) >= 2 else None
            return (context, args[1], False) if context is not None else None
        if isinstance(func, ast.Attribute) and func.attr == "tr" and self.classes and args:
            return (self.classes[-1], args[0], _count_argument(node, 2) is not None)
        helper = None
        if isinstance(func, ast.Name):
            helper = self.module.helpers.get(func.id)
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in ("self", "cls")
        ):
            helper = self.module.methods.get(func.attr)
        if helper is None:
            return None
        text = args[helper.index] if helper.index < len(args) else None
        return (helper.context, text, helper.numerus)


def _relative(path: Path, folder: Path) -> str:
    """``path`` as the ``.ts`` files refer to it: relative to the translations folder."""
    return Path(os.path.relpath(Path(path).resolve(), folder.resolve())).as_posix()


def extract_python(
    files: Sequence[Path], folder: Path, out: Extraction, root: Path = PACKAGE_DIR
) -> None:
    modules = {_module_name(path, root): _scan_definitions(path) for path in files}
    for module in modules.values():
        # A helper imported from another of our modules (``from ..cli import _tr``).
        for node in module.imports:
            if node.module in modules:
                source = modules[node.module]
                for alias in node.names:
                    if alias.name in source.helpers:
                        module.helpers[alias.asname or alias.name] = source.helpers[alias.name]
    for module in modules.values():
        name = _relative(module.path, folder)
        _CallVisitor(module, name, out).visit(module.tree)


def lupdate_command() -> list[str]:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return [found]


def extract_lupdate(files: Sequence[Path], folder: Path, out: Extraction) -> None:
    """What Qt's own ``lupdate`` finds that the ``ast`` pass did not understand.

    Where both read a call, the ``ast`` reading wins: lupdate takes an f-string for a literal and
    gives a module-level ``tr()`` helper an empty context.
    """
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "cocreation_lupdate.ts"
        options = ["-silent", "-locations", "absolute"]
        subprocess.run(
            [*lupdate_command(), *options, *map(str, files), "-ts", str(target)],
            check=True,
            capture_output=True,
        )
        found = read_ts(target).messages.values() if target.exists() else []
        for message in found:
            locations = [
                (_relative(Path(tmp) / filename, folder), line)
                for filename, line in message.locations
            ]
            if not message.context or any(where in out.seen for where in locations):
                continue
            if not locations:
                out.add(message.context, message.source, None, message.numerus)
            for location in locations:
                out.add(message.context, message.source, location, message.numerus)


# -- strings declared as data -------------------------------------------------------------------


def _enum_labels() -> Iterable[tuple[str, str, Path]]:
    from cocreation_app.models import enums

    for name, value in vars(enums).items():
        if name.isupper() and isinstance(value, dict):
            for label in value.values():
                if isinstance(label, str):
                    yield "enum", label, Path(enums.__file__)


def _registry_labels() -> Iterable[tuple[str, str, Path]]:
    from cocreation_app.services import registry

    path = Path(registry.__file__)
    for spec in registry.KINDS.values():
        yield "kinds", spec.label, path
        yield "kinds", spec.label_plural, path
        for field_spec in spec.fields:
            yield "fields", field_spec.label, path


def _argparse_labels() -> Iterable[tuple[str, str, Path]]:
    from cocreation_app.i18n import argparse_text

    for text in argparse_text.MESSAGES.values():
        yield argparse_text.CONTEXT, text, Path(argparse_text.__file__)


def _cli_metavars() -> Iterable[tuple[str, str, Path]]:
    """Metavars (``RUTA``, ``TIPO``...) as declared: the parser built in the source language,
    each located in the module of ``cocreation_app/cli/`` that declares it."""
    from cocreation_app import cli
    from cocreation_app.i18n.catalog import current_language, set_language

    modules = {
        path: path.read_text(encoding="utf-8") for path in python_files(Path(cli.__file__).parent)
    }

    def declared_in(metavar: str) -> Path:
        quoted = json.dumps(metavar, ensure_ascii=False)
        return next((p for p, text in modules.items() if quoted in text), Path(cli.__file__))

    language = current_language()
    set_language(SOURCE_LANGUAGE)
    try:
        parser = cli.build_parser()
    finally:
        set_language(language)
    parsers = [parser]
    for parser in parsers:
        for action in parser._actions:
            if isinstance(action.metavar, str):
                yield "cli", action.metavar, declared_in(action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())


DATA_SOURCES: list[Callable[[], Iterable[tuple[str, str, Path]]]] = [
    _enum_labels,
    _registry_labels,
    _argparse_labels,
    _cli_metavars,
]


def _line_of(path: Path, text: str, cache: dict[Path, list[str]]) -> int:
    lines = cache.setdefault(path, path.read_text(encoding="utf-8").splitlines())
    quoted = json.dumps(text, ensure_ascii=False)
    return next((i for i, line in enumerate(lines, 1) if quoted in line), 0)


def extract_data(folder: Path, out: Extraction) -> None:
    cache: dict[Path, list[str]] = {}
    for source in DATA_SOURCES:
        for context, text, path in source():
            out.add(context, text, (_relative(path, folder), _line_of(path, text, cache)))


def collect(
    root: Path = PACKAGE_DIR, folder: Path | None = None, *, lupdate: bool = True
) -> Extraction:
    """Every translatable string of the application, without writing anything."""
    folder = folder or translations_dir()
    out = Extraction()
    files = python_files(root)
    extract_python(files, folder, out, root)
    if lupdate:
        extract_lupdate(files, folder, out)
    extract_data(folder, out)
    for message in out.messages.values():
        message.locations.sort()
    return out


# -- updating the .ts files ---------------------------------------------------------------------


def ts_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("cocreation_*.ts"))


def update(
    extraction: Extraction, folder: Path, *, new: Sequence[str] = (), write: bool = True
) -> list[tuple[Path, MergeResult, bool]]:
    """Merge into every ``.ts`` file (creating those for ``new`` languages).

    Returns (path, result, changed) per file; a file is only rewritten when its text changes,
    so that ``make translations`` does not rebuild what is up to date.
    """
    paths = {p: read_ts(p) for p in ts_files(folder)}
    for code in new:
        path = folder / f"cocreation_{code}.ts"
        paths.setdefault(path, TsFile(language=code))
    results = []
    for path, existing in paths.items():
        result = merge(existing, extraction.messages)
        text = render_ts(result.ts)
        changed = not path.exists() or path.read_text(encoding="utf-8") != text
        if changed and write:
            write_ts(path, result.ts)
        results.append((path, result, changed))
    return results


def _todo(message: Message) -> dict[str, Any]:
    """An unfinished message as ``--json`` lists it: a count message has ``forms`` to fill
    (one per plural form: exactly one, then every other count), not a ``translation``."""
    if message.numerus:
        return {"context": message.context, "source": message.source, "forms": message.forms}
    return {
        "context": message.context,
        "source": message.source,
        "translation": message.translation,
    }


def apply_translations(path: Path, entries: list[dict[str, Any]]) -> int:
    """Fill translations from ``[{"context", "source", "translation"}]`` (``"forms"`` for a
    count message: every plural form); marks them finished."""
    ts = read_ts(path)
    count = 0
    for entry in entries:
        message = ts.messages.get((entry["context"], entry["source"]))
        if message is None:
            continue
        if message.numerus:
            forms = list(entry.get("forms") or [])
            if len(forms) == len(message.forms) and all(forms):
                message.forms, message.state = forms, "finished"
                count += 1
        elif entry.get("translation"):
            message.translation, message.state = entry["translation"], "finished"
            count += 1
    write_ts(path, ts)
    return count


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tools.i18n.extract",
        description="Update translations/cocreation_*.ts from the code and list what is "
        "left to translate.",
    )
    parser.add_argument(
        "--new",
        action="append",
        default=[],
        metavar="LANG",
        help="also create translations/cocreation_LANG.ts (e.g. nah)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a .ts is out of date or unfinished",
    )
    parser.add_argument(
        "--json",
        metavar="LANG",
        help="print LANG's unfinished strings as JSON (fill and --apply them)",
    )
    parser.add_argument(
        "--apply",
        nargs=2,
        metavar=("LANG", "FILE"),
        help="take finished translations from a JSON file made by --json",
    )
    parser.add_argument(
        "--no-lupdate", action="store_true", help="skip pyside6-lupdate (the ast pass alone)"
    )
    parser.add_argument("--folder", type=Path, default=None, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    folder = args.folder or translations_dir()
    if args.apply:
        code, file = args.apply
        entries = json.loads(Path(file).read_text(encoding="utf-8"))
        count = apply_translations(folder / f"cocreation_{code}.ts", entries)
        print(f"cocreation_{code}.ts: {count} translations applied")
        return 0
    extraction = collect(folder=folder, lupdate=not args.no_lupdate)
    results = update(extraction, folder, new=args.new, write=not args.check)
    if args.json:
        ts = next(r.ts for p, r, _ in results if language_of(p) == args.json)
        todo = [_todo(m) for m in ts.unfinished()]
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    failed = bool(extraction.problems)
    for problem in extraction.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for path, result, changed in results:
        unfinished = result.ts.unfinished()
        current = sum(m.current for m in result.ts.messages.values())
        print(
            f"{path.name}: {current} strings, {len(result.added)} new, "
            f"{len(result.removed)} gone, {len(unfinished)} unfinished"
            + (" (out of date)" if changed and args.check else "")
        )
        for m in unfinished:
            print(f"  [{m.context}] {m.source!r}")
        failed = failed or bool(unfinished) or (changed and args.check)
        if unfinished and not args.check:
            code = result.ts.language
            print(
                f"  -> translate in Qt Linguist (pyside6-linguist {path}), or: python -m "
                f"tools.i18n.extract --json {code} > todo.json; fill in the "
                f'"translation" fields; python -m tools.i18n.extract --apply {code} '
                "todo.json (see docs/translating.md)"
            )
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
