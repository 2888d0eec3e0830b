"""The sync feature in the window: export, the Import files dialog, the conflicts view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database, open_database
from cocreation_app.sync.conflicts import list_conflicts
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from cocreation_app.ui.sync.conflicts_view import ConflictsView
from cocreation_app.ui.sync.dialogs import ExportBundleDialog, ImportDialog


def _other_laptop(tmp_path: Path, source: Database) -> Database:
    """A second laptop holding everything ``source`` has."""
    other = open_database(tmp_path / "other.sqlite3")
    export_bundle(source, tmp_path / "start.cocrea")
    assert import_bundles(other, [tmp_path / "start.cocrea"])[0].ok
    return other


def test_menu_actions_and_view_installed(window: Any) -> None:
    names = {a.objectName() for a in window.menu("file").actions()}
    assert {"action_export_bundle", "action_import_bundles"} <= names
    assert window.findChild(ConflictsView) is not None


def test_export_dialog_writes_bundle(window: Any, tmp_path: Path) -> None:
    dialog = ExportBundleDialog(window)
    target = tmp_path / "mesa1.cocrea"
    dialog.path.setText(str(target))
    dialog.only_plan.setChecked(True)
    dialog.anonymous.setChecked(True)
    dialog.save()
    assert target.exists()
    other = open_database(tmp_path / "check.sqlite3")
    (report,) = import_bundles(other, [target])
    assert report.ok and report.personal_data is False
    names = [p["name"] for p in EntityService(other).list_records("participants")]
    assert names and all(n.startswith("Participante ") for n in names)


def test_export_leaves_personal_data_out_unless_chosen_and_then_offers_encryption(
    window: Any, tmp_path: Path
) -> None:
    dialog = ExportBundleDialog(window)
    assert dialog.anonymous.isChecked()
    assert not dialog.encrypt.isEnabled() and dialog.chosen_passphrase() is None

    dialog.anonymous.setChecked(False)
    assert dialog.encrypt.isEnabled() and dialog.encrypt.isChecked()
    target = tmp_path / "con-datos.cocrea"
    dialog.path.setText(str(target))
    dialog.save()  # no passphrase typed: refused with a reason, nothing written
    assert "contraseña" in dialog.problem.text() and not target.exists()
    dialog.passphrase.setText("mesa de trabajo 2026")
    dialog.confirm.setText("mesa de trabajo 2025")
    dialog.save()
    assert "no coinciden" in dialog.problem.text() and not target.exists()

    dialog.confirm.setText("mesa de trabajo 2026")
    dialog.save()
    assert target.exists()
    other = open_database(tmp_path / "check.sqlite3")
    (report,) = import_bundles(other, [target], passphrase="mesa de trabajo 2026")
    assert report.ok and report.personal_data is True
    (refused,) = import_bundles(other, [target], passphrase="otra")
    assert not refused.ok


def test_import_dialog_preview_then_import(window: Any, tmp_path: Path, demo_plan_id: str) -> None:
    other = _other_laptop(tmp_path, window.db)
    EntityService(other).create("problems", {"plan_id": demo_plan_id, "title": "Alumbrado"})
    folder = tmp_path / "usb"
    folder.mkdir()
    export_bundle(other, folder / "otra.cocrea")
    (folder / "roto.cocrea").write_bytes(b"PK\x03\x04 no es un paquete")
    dialog = ImportDialog(window)
    dialog.add_paths([folder])
    assert [p.name for p in dialog.paths()] == ["otra.cocrea", "roto.cocrea"]
    preview = dialog.preview()
    assert [r.ok for r in preview] == [True, False]
    assert sum(g.new for g in preview[0].groups) == 1
    assert all(p["title"] != "Alumbrado" for p in EntityService(window.db).list_records("problems"))
    assert dialog.tree.topLevelItemCount() == 2
    assert "Rechazado" in dialog.tree.topLevelItem(1).text(5)
    reports = dialog.import_files()
    assert [r.ok for r in reports] == [True, False]
    titles = [p["title"] for p in EntityService(window.db).list_records("problems")]
    assert "Alumbrado" in titles


def test_conflicts_view_keep_and_merge(window: Any, tmp_path: Path, demo_plan_id: str) -> None:
    other = _other_laptop(tmp_path, window.db)
    commitment = EntityService(window.db).list_records("commitments", plan_id=demo_plan_id)[0]
    EntityService(window.db).update("commitments", commitment["id"], {"title": "Versión local"})
    EntityService(other).update("commitments", commitment["id"], {"title": "Versión de la otra"})
    export_bundle(other, tmp_path / "otra.cocrea")
    dialog = ImportDialog(window)
    dialog.add_paths([tmp_path / "otra.cocrea"])
    dialog.import_files()
    view = window.findChild(ConflictsView)
    window.show()
    window.show_view(view)  # a hidden view reads conflicts only when it is shown
    assert len(view.conflicts) == 1
    assert view.values.rowCount() == 2
    texts = {view.values.item(r, 0).text() for r in range(2)}
    assert any("Versión local" in t for t in texts) and any(
        "Versión de la otra" in t for t in texts
    )
    view.values.selectRow(1)
    assert view.keep_selected()
    assert list_conflicts(window.db) == []
    assert view.conflicts == []
    kept = EntityService(window.db).get("commitments", commitment["id"])["title"]
    assert kept in {"Versión local", "Versión de la otra"}


def test_conflicts_view_merged_value(window: Any, tmp_path: Path, demo_plan_id: str) -> None:
    other = _other_laptop(tmp_path, window.db)
    commitment = EntityService(window.db).list_records("commitments", plan_id=demo_plan_id)[0]
    EntityService(window.db).update("commitments", commitment["id"], {"title": "Uno"})
    EntityService(other).update("commitments", commitment["id"], {"title": "Dos"})
    export_bundle(other, tmp_path / "otra.cocrea")
    import_bundles(window.db, [tmp_path / "otra.cocrea"])
    view = window.findChild(ConflictsView)
    view.refresh()
    assert view.save_merged("Uno y dos")
    assert EntityService(window.db).get("commitments", commitment["id"])["title"] == "Uno y dos"
    assert list_conflicts(window.db) == []


def test_conflicts_view_orphan_restore_and_delete(
    window: Any, tmp_path: Path, demo_plan_id: str
) -> None:
    """A problem deleted here while the other laptop added solutions under it."""
    other = _other_laptop(tmp_path, window.db)
    problem = EntityService(window.db).list_records("problems", plan_id=demo_plan_id)[0]
    EntityService(window.db).delete("problems", problem["id"])
    for title in ("Nueva A", "Nueva B"):
        EntityService(other).create("solutions", {"problem_id": problem["id"], "title": title})
    export_bundle(other, tmp_path / "otra.cocrea")
    import_bundles(window.db, [tmp_path / "otra.cocrea"])
    view = window.findChild(ConflictsView)
    window.show()
    window.show_view(view)
    assert [c.type for c in view.conflicts] == ["orphan", "orphan"]
    assert problem["title"] in view.heading.text()
    assert view.restore_button.isVisible() and not view.keep_button.isVisible()
    assert problem["title"] in view.restore_button.text()
    assert view.settle_orphan(restore_parent=False)
    assert len(view.conflicts) == 1
    assert view.settle_orphan(restore_parent=True)
    assert view.conflicts == [] and list_conflicts(window.db) == []
    solutions = EntityService(window.db).list_records(
        "solutions", where={"problem_id": problem["id"]}
    )
    titles = {s["title"] for s in solutions}
    assert len(titles & {"Nueva A", "Nueva B"}) == 1
    assert EntityService(window.db).get("problems", problem["id"])["title"] == problem["title"]


def test_duplicates_dialog_merges_group(window: Any, demo_plan_id: str) -> None:
    from cocreation_app.sync.duplicates import find_duplicates
    from cocreation_app.ui.sync.duplicates_dialog import DuplicatesDialog

    service = EntityService(window.db)
    people = [
        service.create(
            "participants",
            {
                "plan_id": demo_plan_id,
                "name": name,
                "sector": "citizen",
                "consent_privacy_notice": True,
            },
        )
        for name in ("Zoila Ávila Cruz", "ZOILA AVILA  CRUZ")
    ]
    dialog = DuplicatesDialog(window)
    index = next(
        i for i, g in enumerate(dialog.groups) if {p["id"] for p in g.participants} == set(people)
    )
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(index).child(1))
    assert dialog.merge_selected()
    remaining = find_duplicates(window.db, demo_plan_id)
    assert all(set(people) - {p["id"] for p in g.participants} for g in remaining)
    assert service.get("participants", people[1])["merged_into_id"] == people[0]


def test_devices_dialog_shows_keys_and_marks_a_device_not_trusted(
    window: Any, tmp_path: Path
) -> None:
    from cocreation_app.sync.devices import list_devices
    from cocreation_app.ui.sync.devices_dialog import DevicesDialog

    other = _other_laptop(tmp_path, window.db)
    export_bundle(other, tmp_path / "otra.cocrea")
    assert import_bundles(window.db, [tmp_path / "otra.cocrea"])[0].ok
    assert "action_devices" in {a.objectName() for a in window.menu("tools").actions()}
    dialog = DevicesDialog(window)
    rows = {
        dialog.tree.topLevelItem(i).text(3): dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
    }
    assert set(rows) >= {window.db.device_id, other.device_id}
    item = rows[other.device_id]
    assert len(item.text(1)) == 19 and item.text(2) == "confiable"
    dialog.tree.setCurrentItem(rows[window.db.device_id])
    assert not dialog.toggle.isEnabled()  # this device cannot distrust itself
    dialog.tree.setCurrentItem(item)
    assert dialog.toggle.isEnabled()
    dialog.toggle.click()
    trusted = {d.id: d.trusted for d in list_devices(window.db)}
    assert trusted[other.device_id] is False
    assert dialog.toggle.text() == "Volver a confiar"
    dialog.grab().save(str(tmp_path / "devices.png"))
    (report,) = import_bundles(window.db, [tmp_path / "otra.cocrea"])
    assert not report.ok and "no confiable" in (report.error or "")
    other.close()


def test_import_dialog_names_relayed_changes_left_out(
    window: Any, tmp_path: Path, demo_plan_id: str
) -> None:
    """A laptop relays a change of a laptop this one knows, altered: the file is imported, and
    its outcome says one change was left out, the tooltip whose and why."""
    import json
    import sqlite3

    author = _other_laptop(tmp_path, window.db)
    export_bundle(author, tmp_path / "author0.cocrea")
    assert import_bundles(window.db, [tmp_path / "author0.cocrea"])[0].ok  # its key is known
    EntityService(author).update("plans", demo_plan_id, {"title": "Plan de la autora"})
    relayer = open_database(tmp_path / "relayer.sqlite3")
    export_bundle(author, tmp_path / "author1.cocrea")
    assert import_bundles(relayer, [tmp_path / "author1.cocrea"])[0].ok
    conn = sqlite3.connect(relayer.path)
    with conn:
        conn.execute(
            "UPDATE changes SET value = ? WHERE device_id = ? AND entity = 'plans' "
            "AND field = 'title' AND value = ?",
            (json.dumps("Plan falso"), author.device_id, json.dumps("Plan de la autora")),
        )
    conn.close()
    export_bundle(relayer, tmp_path / "relevo.cocrea")
    dialog = ImportDialog(window)
    dialog.add_paths([tmp_path / "relevo.cocrea"])
    (report,) = dialog.import_files()
    assert report.ok and sum(report.unproven.values()) == 1
    item = dialog.tree.topLevelItem(0)
    assert "1 sin la firma de su autor" in item.text(5)  # source text: no translator here
    assert "puede ser una falsificación" in item.toolTip(5)
    warning = item.child(0)  # the sentence itself, across the row, above the plans
    assert warning.isFirstColumnSpanned() and warning.text(0) == item.toolTip(5)
    assert EntityService(window.db).get("plans", demo_plan_id)["title"] != "Plan falso"
