"""The mapped classes load on first use; every kind names one, and the schema is whole."""

from __future__ import annotations

import pytest

import cocreation_app.models as models
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database


def test_every_kind_names_a_mapped_class_with_its_table(db: Database) -> None:
    tables = {
        row[0] for row in db.reader().execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    for name, spec in KINDS.items():
        assert spec.model.__tablename__ in tables, name
    # Every table the migrations made is mapped (Alembic's comparisons rely on it).
    assert set(models.Base.metadata.tables) == tables - {"alembic_version"}


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        models.Particpant  # noqa: B018
    assert all(hasattr(models, name) for name in models.__all__)
