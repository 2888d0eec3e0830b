"""The commitment and problem forms warn while a title holds characters no PDF font has."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget


@pytest.mark.parametrize("view_name", ["commitmentsView", "problemsView"])
def test_title_with_emoji_or_cjk_shows_a_warning(window: Any, view_name: str) -> None:
    window.show()
    view = window.findChild(QWidget, view_name)
    window.show_view(view)
    title = view.panel.form.editor("title").widget
    assert isinstance(title, QLineEdit)
    warning = view.findChild(QLabel, "unprintable_title")
    title.setText("Meta ≥ → ✓ ñ ǎ")
    QApplication.processEvents()
    assert not warning.isVisible()
    title.setText("Meta 🙂 漢字")
    QApplication.processEvents()
    assert warning.isVisible()
    for character in ("🙂", "漢", "字"):
        assert character in warning.text()
    assert "□" in warning.text()
    title.setText("Meta")
    QApplication.processEvents()
    assert not warning.isVisible()
