"""Opening an up-to-date database decides "no upgrade" from the migration files, without Alembic;
that shortcut must agree with Alembic itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cocreation_app.storage.database import head_revision, quick_head_revision


def test_quick_head_agrees_with_alembic() -> None:
    assert quick_head_revision() == head_revision()


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "cocrea.sqlite3"
    code = (
        "import sys; from pathlib import Path; from cocreation_app.storage import open_database; "
        f"open_database(Path({str(path)!r})).close(); "  # creates and migrates: needs Alembic
        "[sys.modules.pop(m) for m in list(sys.modules) if m.split('.')[0] == 'alembic']; "
        f"open_database(Path({str(path)!r})).close(); "
        "print(any(m.split('.')[0] == 'alembic' for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
