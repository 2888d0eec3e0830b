"""Qt's side of the language: our compiled catalog and Qt's own (qtbase) translations.

Imported by the UI only (the layers below it never import Qt). :func:`apply_language` sets the
language everywhere at once: the Qt translators (``tr()`` / ``QCoreApplication.translate``), the
Qt-free catalog used by services and reports, Babel formatting, and ``QLocale``'s default.
Installing a translator sends ``QEvent.LanguageChange`` to every widget.

Qt's own dialogs (the file dialog, message box buttons, a text field's context menu) speak
through ``qtbase_<lang>.qm``, shipped in PySide6's translations folder. Its Spanish is Spain's
("fichero", "directorio") and lags Qt 6 (the file dialog's "&Look in:" and "Files of &type:" are
missing, so they showed in English). ``translations/qtoverride_<lang>.ts`` is our own short
catalog of Qt's source strings in Mexican wording (archivo, carpeta) and of those missing; it is
installed after qtbase, so Qt finds it first, and qtbase gives everything else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cocreation_app.i18n.catalog import DEFAULT_LANGUAGE, LANGUAGES, locale_code, set_language
from cocreation_app.paths import translations_dir

_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language if we have it, else Spanish (the facilitators' language)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def qt_translations_path() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def apply_language(code: str) -> str:
    """Switch the whole application to ``code`` (unknown codes fall back to Spanish).

    Returns the language applied. Our ``.qm`` is always installed when it exists (for Spanish it
    is the identity catalog); Qt's own catalog gives its dialogs' buttons and menus.
    """
    app = QCoreApplication.instance()
    code = code if code in LANGUAGES else DEFAULT_LANGUAGE
    set_language(code)
    # The same regional variant as Babel's: a spin box reads 1,234.5 as the PDF prints it.
    QLocale.setDefault(QLocale(locale_code(code)))
    if app is None:
        return code
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    for name, folder in (
        (f"cocreation_{code}", str(translations_dir())),
        (f"qtbase_{code}", qt_translations_path()),
        (f"qtoverride_{code}", str(translations_dir())),  # after qtbase: searched before it
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def installed_catalogs() -> list[str]:
    """The files of the translators now installed (for diagnostics and tests)."""
    return [t.filePath() for t in _installed]
