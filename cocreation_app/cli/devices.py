"""The devices subcommands: ``list devices`` (with each one's pinned key and trust) and
``trust-device`` / ``distrust-device`` (docs/bundle-format.md, *Signatures*)."""

from __future__ import annotations

import argparse

from cocreation_app.cli.common import Command, Handler, open_db, tr
from cocreation_app.cli.output import print_json
from cocreation_app.storage import Database


def list_devices_command(db: Database, args: argparse.Namespace) -> int:
    from cocreation_app.sync.devices import list_devices

    devices = list_devices(db)
    if args.json:
        print_json([d.to_json() for d in devices])
        return 0
    for device in devices:
        marks = [tr("este equipo")] if device.is_local else []
        if not device.trusted:
            marks.append(tr("no confiable"))
        key = device.key_fingerprint or tr("sin clave")
        suffix = f"\t({', '.join(marks)})" if marks else ""
        print(f"{device.id}\t{device.label or '-'}\t{key}{suffix}")
    return 0


def _trust(trusted: bool) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        from cocreation_app.sync.devices import set_trusted

        set_trusted(open_db(args), args.device_id, trusted)
        return 0

    return handler


def register(command: Command) -> None:
    p = command(
        "distrust-device",
        _trust(False),
        tr("marcar un equipo como no confiable: sus paquetes se rechazan"),
    )
    p.add_argument("device_id", metavar="EQUIPO_ID")
    p = command("trust-device", _trust(True), tr("volver a confiar en un equipo"))
    p.add_argument("device_id", metavar="EQUIPO_ID")
