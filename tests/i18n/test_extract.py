"""The extractor reads the call patterns the code uses, and merging keeps translators' work."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tools.i18n import extract
from tools.i18n.ts import Message, TsFile, merge, read_ts, render_ts, write_ts

SAMPLE = {
    "helpers.py": """
        from cocreation_app.i18n import translate, translate_noop

        _CTX = "servicio"
        LABELS = {"a": translate_noop("tabla", "Etiqueta en una tabla")}


        def _tr(text: str) -> str:
            \"\"\"Docstring allowed.\"\"\"
            return translate(_CTX, text)


        tr2 = lambda texto: translate("lambda", texto)

        MESSAGE = _tr("Desde un ayudante {n}")
        OTHER = tr2("Desde una lambda")
        DIRECT = translate("directo", "Llamada directa " "concatenada")
        BAD = _tr(f"Construida {MESSAGE}")
        VARIABLE = translate("directo", MESSAGE)
    """,
    "aliased.py": """
        from cocreation_app.i18n import translate as _translate


        def _tr(text: str) -> str:
            return _translate("alias", text)


        TITLE = _tr("Importado con otro nombre")
    """,
    "widgets.py": """
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QWidget

        from pkg.helpers import _tr


        class Ventana(QWidget):
            def __init__(self) -> None:
                super().__init__()
                self.setWindowTitle(self.tr("Título de la ventana"))
                QCoreApplication.translate("Explicito", "Contexto explícito")
                _tr("Ayudante importado")
                self._t("Desde un método")

            def _t(self, text: str) -> str:
                return QCoreApplication.translate("Metodo", text)
    """,
    "counts.py": """
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QWidget

        from cocreation_app.i18n import translate


        def _trn(text: str, n: int) -> str:
            return QCoreApplication.translate("Cuentas", text, None, n)


        def _ctrn(text: str, n: int) -> str:
            return translate("cuentas", text, n)


        class Lista(QWidget):
            def show_count(self, n: int) -> None:
                self.setWindowTitle(self.tr("%n personas", None, n))
                self.setToolTip(self.tr("Sin cuenta"))


        A = _trn("%n problemas", 2)
        B = _ctrn("%Ln cambios", 3)
        C = QCoreApplication.translate("Cuentas", "%n hojas", None, 4)
        D = translate("cuentas", "%n filas", n=5)
        E = QCoreApplication.translate("Cuentas", "Desambiguado", "un comentario")
    """,
}


@pytest.fixture
def package(tmp_path: Path) -> Path:
    root = tmp_path / "pkg"
    root.mkdir()
    (root / "__init__.py").write_text("")
    for name, text in SAMPLE.items():
        (root / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def test_every_call_pattern_is_found(package: Path, tmp_path: Path) -> None:
    out = extract.Extraction()
    extract.extract_python(extract.python_files(package), tmp_path, out, package)
    keys = set(out.messages)
    assert {
        ("servicio", "Desde un ayudante {n}"),
        ("lambda", "Desde una lambda"),
        ("directo", "Llamada directa concatenada"),
        ("Ventana", "Título de la ventana"),
        ("Explicito", "Contexto explícito"),
        ("servicio", "Ayudante importado"),
        ("Metodo", "Desde un método"),
        ("alias", "Importado con otro nombre"),
        ("tabla", "Etiqueta en una tabla"),
        ("Lista", "%n personas"),
        ("Lista", "Sin cuenta"),
        ("Cuentas", "%n problemas"),
        ("cuentas", "%Ln cambios"),
        ("Cuentas", "%n hojas"),
        ("cuentas", "%n filas"),
        ("Cuentas", "Desambiguado"),
    } == keys
    counts = {key[1] for key, m in out.messages.items() if m.numerus}
    assert counts == {"%n personas", "%n problemas", "%Ln cambios", "%n hojas", "%n filas"}
    assert out.messages[("Ventana", "Título de la ventana")].locations == [("pkg/widgets.py", 11)]
    assert len(out.problems) == 1 and "pkg/helpers.py:18" in out.problems[0]


def test_lupdate_adds_nothing_wrong(package: Path, tmp_path: Path) -> None:
    """lupdate reads f-strings as literals and module-level tr() with no context: ignored."""
    out = extract.Extraction()
    files = extract.python_files(package)
    extract.extract_python(files, tmp_path, out, package)
    before = set(out.messages)
    extract.extract_lupdate(files, tmp_path, out)
    assert set(out.messages) == before


def _ts(language: str, *messages: Message) -> TsFile:
    return TsFile(language, {m.key: m for m in messages})


def test_merge_keeps_marks_new_and_vanished() -> None:
    existing = _ts(
        "en",
        Message("c", "Hola", translation="Hello", state="finished"),
        Message("c", "Adiós", translation="Bye", state="finished"),
        Message("c", "Volvió", translation="Came back", state="vanished"),
        Message("c", "Borrador", translation="Dra", state="unfinished"),
    )
    fresh = {
        m.key: m
        for m in (
            Message("c", "Hola", [("a.py", 3)]),
            Message("c", "Nuevo"),
            Message("c", "Volvió"),
        )
    }
    result = merge(existing, fresh)
    got = {k[1]: (m.translation, m.state) for k, m in result.ts.messages.items()}
    assert got == {
        "Hola": ("Hello", "finished"),
        "Nuevo": ("", "unfinished"),
        "Volvió": ("Came back", "finished"),
        "Adiós": ("Bye", "vanished"),
        "Borrador": ("Dra", "obsolete"),
    }
    assert result.added == [("c", "Nuevo")]
    assert sorted(result.removed) == [("c", "Adiós"), ("c", "Borrador")]
    assert result.ts.messages[("c", "Hola")].locations == [("a.py", 3)]


def test_count_messages_have_a_form_per_plural_form() -> None:
    """In Spanish the source is the plural form and the singular waits for a person; English
    gets two empty forms. Forms written survive a merge and the file, as lupdate lays them out."""
    fresh = {("c", "%n personas"): Message("c", "%n personas", numerus=True)}
    spanish = merge(TsFile("es"), fresh).ts.messages[("c", "%n personas")]
    assert (spanish.forms, spanish.state) == (["", "%n personas"], "unfinished")
    english = merge(TsFile("en"), fresh).ts.messages[("c", "%n personas")]
    assert (english.forms, english.state) == (["", ""], "unfinished")
    english.forms, english.state = ["%n person", "%n people"], "finished"
    kept = merge(_ts("en", english), fresh).ts.messages[("c", "%n personas")]
    assert (kept.forms, kept.state, kept.translated) == (
        ["%n person", "%n people"],
        "finished",
        True,
    )
    text = render_ts(_ts("en", kept))
    assert '<message numerus="yes">' in text and "<numerusform>%n people</numerusform>" in text
    plain = merge(_ts("en", kept), {("c", "%n personas"): Message("c", "%n personas")})
    assert plain.ts.messages[("c", "%n personas")].state == "unfinished"  # no longer a count


def test_source_language_is_its_own_translation() -> None:
    result = merge(TsFile("es"), {("c", "Hola"): Message("c", "Hola")})
    assert (result.ts.messages[("c", "Hola")].translation, result.ts.unfinished()) == ("Hola", [])


def test_round_trip_through_the_file(tmp_path: Path) -> None:
    ts = _ts(
        "en",
        Message("c", 'Línea 1\n<b>«{x}»</b> & "y"', [("../a.py", 2)], "Line 1 & <b>", "finished"),
        Message("d", "Sin traducir"),
        Message("e", "%n filas", translation="", numerus=True, forms=["%n row", "%n rows"]),
    )
    path = tmp_path / "cocreation_en.ts"
    write_ts(path, ts)
    again = read_ts(path)
    assert again.messages == ts.messages
    assert render_ts(again) == path.read_text(encoding="utf-8")


def test_command_line_new_language_check_json_apply(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    extraction: extract.Extraction,
) -> None:
    monkeypatch.setattr(extract, "collect", lambda **_kwargs: extraction)
    folder = tmp_path / "translations"
    folder.mkdir()
    args = ["--folder", str(folder)]
    assert extract.main([*args, "--new", "nah"]) == 0
    path = folder / "cocreation_nah.ts"
    total = len(read_ts(path).unfinished())
    assert total > 100
    assert extract.main([*args, "--check"]) == 1  # nothing translated yet
    capsys.readouterr()
    extract.main([*args, "--json", "nah"])
    todo = json.loads(capsys.readouterr().out)
    assert len(todo) == total
    assert any("forms" in entry for entry in todo)  # the count messages: one per plural form
    for entry in todo:
        if "forms" in entry:
            entry["forms"] = ["%n tlahtolli"] * len(entry["forms"])
        else:
            entry["translation"] = "tlahtolli"
    (tmp_path / "done.json").write_text(json.dumps(todo), encoding="utf-8")
    assert extract.main([*args, "--apply", "nah", str(tmp_path / "done.json")]) == 0
    assert read_ts(path).unfinished() == []
    before = path.stat().st_mtime_ns
    assert extract.main([*args, "--check"]) == 0
    assert extract.main(args) == 0
    assert path.stat().st_mtime_ns == before  # unchanged files are not rewritten
