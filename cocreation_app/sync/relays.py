"""Relayed changes: those a bundle carries for another device than its writer.

The manifest's signature vouches for the writer's own changes; a change of device A relayed by
another laptop is taken only with A's proof (sync/authorship.py), checked against A's key as this
database knows it (pinned the first time A was seen, directly or through a relay):

- with a proof: the signature must match A's key; a proof of a redaction only stands where the
  value is one an erasure or a pseudonymized export writes (services/privacy.is_redaction);
- without one: only a change A may have sent before it signed its changes, numbered at most
  A's signed *since*; A's changes from an earlier release carry none.

A change that fails is left out of the import and counted in the report (with its author): the
rest of the bundle, the relayer's own work included, still comes in. Only changes this database
does not hold are checked, so a coordinator re-importing relayed history pays nothing.
An author whose key this database does not know yet is taken on the relayer's word, as on first
use of a writer (checking its changes against a key the same bundle hands over would prove
nothing); its key and statement, if the bundle carries them, are pinned for next time.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import Connection

from cocreation_app.services.privacy import is_redaction
from cocreation_app.sync import authorship
from cocreation_app.sync.bundle import Bundle
from cocreation_app.sync.changelog import chunks, not_held, placeholders
from cocreation_app.sync.format import ChangeTuple, DeviceEntry

PARALLEL_FROM = 2_000  # changes to check before it pays to start threads


@dataclass(frozen=True)
class Authority:
    """What this database will check a relayed author's changes against."""

    public_key: str
    signs_since: int | None


@dataclass
class Screened:
    changes: list[ChangeTuple]  # what the merge may take
    unproven: Counter[str] = field(default_factory=Counter)  # author id: changes left out
    pins: list[DeviceEntry] = field(default_factory=list)  # keys and statements to keep


def screen(conn: Connection, bundle: Bundle) -> Screened:
    """The bundle's changes less the relayed ones their author's proof does not cover."""
    writer = bundle.manifest.device_id
    authors = {c[1] for c in bundle.changes} - {writer}
    if not authors:
        return Screened(bundle.changes)
    entries = {d.id: d for d in bundle.manifest.devices}
    authorities, pins = _authorities(conn, authors, entries)
    screened = Screened(bundle.changes, pins=pins)
    candidates = [c for c in bundle.changes if c[1] in authorities]
    if not candidates:
        return screened
    left_out: set[str] = set()
    fresh = not_held(conn, candidates)
    for change, proven in zip(fresh, _check_all(fresh, bundle.proofs, authorities), strict=True):
        if not proven:
            left_out.add(change[0])
            screened.unproven[change[1]] += 1
    if left_out:
        screened.changes = [c for c in bundle.changes if c[0] not in left_out]
    return screened


def _check_all(
    changes: list[ChangeTuple], proofs: dict[str, str], authorities: dict[str, Authority]
) -> list[bool]:
    """Whether each change is proven. A signature check costs about 70 µs, so a coordinator's
    file of 100,000 relayed changes is checked on several cores (OpenSSL runs without holding
    Python's lock)."""

    def check(chunk: Sequence[ChangeTuple]) -> list[bool]:
        return [_proven(c, proofs.get(c[0]), authorities[c[1]]) for c in chunk]

    workers = min(4, os.cpu_count() or 1)
    if len(changes) < PARALLEL_FROM or workers == 1:
        return check(changes)
    size = -(-len(changes) // workers)
    with ThreadPoolExecutor(workers) as pool:
        parts = pool.map(check, [changes[i : i + size] for i in range(0, len(changes), size)])
        return [proven for part in parts for proven in part]


def _proven(change: ChangeTuple, proof: str | None, authority: Authority) -> bool:
    if proof is None:
        return authority.signs_since is None or change[2] <= authority.signs_since
    if authorship.is_redacted(proof) and not is_redaction(change[4], change[6], change[7]):
        return False
    header = (*change[:7], change[8])
    return authorship.verify(authority.public_key, header, authorship.value_text(change[7]), proof)


def _authorities(
    conn: Connection, authors: set[str], entries: dict[str, DeviceEntry]
) -> tuple[dict[str, Authority], list[DeviceEntry]]:
    """The key (and since) of every author this database knows or learns from the bundle's
    device entries, and the entries to pin."""
    known: dict[str, tuple[str | None, int | None]] = {}
    ordered = sorted(authors)
    for chunk in chunks(ordered):
        for device_id, key, since, is_local in conn.exec_driver_sql(
            "SELECT id, public_key, signs_since, is_local FROM devices "
            f"WHERE id IN ({placeholders(len(chunk))})",
            tuple(chunk),
        ):
            # This database holds every change of its own device: one it lacks is not its own.
            known[device_id] = (key, 0 if is_local else since)
    authorities: dict[str, Authority] = {}
    pins: list[DeviceEntry] = []
    for author in ordered:
        key, since = known.get(author, (None, None))
        entry = entries.get(author)
        learnt = key is None and entry is not None and entry.public_key is not None
        if learnt:
            assert entry is not None and entry.public_key is not None
            key = entry.public_key
        if key is None:
            continue  # an author never seen signing: first use
        stated = statement(entry, key) if since is None else None
        if stated is not None:
            since = stated
        if learnt or stated is not None:
            assert entry is not None
            pins.append(
                DeviceEntry(
                    author,
                    entry.label,
                    key,
                    stated,
                    entry.since_signature if stated is not None else None,
                )
            )
        if not learnt:  # a key the writer itself hands over proves nothing yet: first use
            authorities[author] = Authority(key, since)
    return authorities, pins


def statement(entry: DeviceEntry | None, key: str) -> int | None:
    """The entry's *since*, if its statement is signed by ``key``."""
    if entry is None or entry.signs_since is None or entry.since_signature is None:
        return None
    ok = authorship.since_ok(key, entry.id, entry.signs_since, entry.since_signature)
    return entry.signs_since if ok else None


def pin(conn: Connection, entries: list[DeviceEntry], now: str) -> None:
    """Keep the keys and statements learnt from a bundle, where none is kept yet."""
    for entry in entries:
        conn.exec_driver_sql(
            "INSERT INTO devices (id, label, is_local, first_seen_at, public_key, trusted) "
            "VALUES (?, ?, FALSE, ?, ?, TRUE) ON CONFLICT (id) DO UPDATE SET public_key = "
            "excluded.public_key WHERE devices.public_key IS NULL",
            (entry.id, entry.label, now, entry.public_key),
        )
        if entry.signs_since is not None:
            conn.exec_driver_sql(
                "UPDATE devices SET signs_since = ?, since_signature = ? "
                "WHERE id = ? AND since_signature IS NULL AND public_key = ?",
                (entry.signs_since, entry.since_signature, entry.id, entry.public_key),
            )
