"""Synthetic plans at sizes S, M and L, and the laptops' bundles, cached under bench/.cache/.

    .venv/bin/python -m bench.generate L        # build (or reuse) size L and print its counts

A size gives two things:

* ``plan.sqlite3``: one database with one plan (workshops, participants, attendance, problems
  with their causes, effects and solutions, dot votes, commitments, milestones, comments),
  written by :class:`bench.fastpath.FastWriter` with the change log the services would write.
* ``bundles/*.cocrea``: what the laptops send to the coordinator (20 at size M; 30 at size L,
  issue 15's coordinator with 30 files). Each laptop starts from the same plan (created by the
  coordinator's device), runs its own workshops, registers and checks in people, captures
  problems, corrects some phone numbers, and edits the plan's context (those edits of the same
  field are real conflicts). Each laptop is a database written the fast way and
  exported with the real export of ``cocreation export-bundle``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench import vocab
from bench.fastpath import FastWriter
from cocreation_app.models import Change
from cocreation_app.services.natural_ids import attendance_id
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import open_database
from cocreation_app.storage.database import head_revision

BENCH_DIR = Path(__file__).resolve().parent
CACHE_DIR = BENCH_DIR / ".cache"
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
COORDINATOR_DEVICE = "00000000-0000-4000-8000-00000000c00d"
SECTORS = tuple(KINDS["participants"].field_map["sector"].choices or ())
GENDER_WEIGHTS = (("female", 50), ("male", 45), ("non_binary", 2), ("prefer_not_to_say", 3))
OGP = tuple(KINDS["commitments"].field_map["ogp_values"].choices or ())


@dataclass(frozen=True)
class Size:
    name: str
    workshops: int
    participants: int
    attendance_per_workshop: int
    problems: int
    commitments: int
    milestones: int
    bundles: int
    bundle_changes: int


SIZES = {
    "S": Size("S", 1, 40, 30, 6, 3, 9, 2, 400),
    "M": Size("M", 20, 2_000, 50, 100, 20, 100, 20, 10_000),
    "L": Size("L", 200, 50_000, 50, 1_000, 100, 500, 30, 100_000),
}


@dataclass(frozen=True)
class Generated:
    size: Size
    folder: Path
    plan_db: Path
    plan_id: str
    bundles: list[Path]
    counts: dict[str, int]
    bundle_changes: int
    seconds: float

    def to_json(self) -> dict[str, Any]:
        return {
            "size": asdict(self.size),
            "plan_id": self.plan_id,
            "bundles": [path.name for path in self.bundles],
            "counts": self.counts,
            "bundle_changes": self.bundle_changes,
            "seconds": self.seconds,
        }


# -- values ----------------------------------------------------------------------------------


def _wall_ms(day: int = 0) -> int:
    return int((START + dt.timedelta(days=day)).timestamp() * 1000)


def plan_values(rng: random.Random) -> dict[str, Any]:
    state = vocab.pick(rng, vocab.STATES)
    municipality = vocab.pick(rng, vocab.MUNICIPALITIES)
    return {
        "title": "Plan de Acción Local de Gobierno Abierto 2026–2028",
        "state": state,
        "municipality": municipality,
        "period_start": dt.date(2026, 3, 1),
        "period_end": dt.date(2028, 2, 29),
        "guarantor_body": f"Instituto de Transparencia y Acceso a la Información de {state}",
        "status": "draft",
        "context": vocab.paragraph(rng, 600, 1200),
        "privacy_notice_text": vocab.paragraph(rng, 500, 800),
        "privacy_notice_version": "2026-01",
        "draft_version": 1,
    }


def workshop_values(rng: random.Random, plan_id: str, number: int) -> dict[str, Any]:
    theme = vocab.pick(rng, vocab.THEMES)
    return {
        "plan_id": plan_id,
        "title": f"Mesa {number}: {theme}",
        "topic": theme.capitalize(),
        "date": (START + dt.timedelta(days=7 * (number % 60))).date(),
        "venue": vocab.pick(rng, vocab.VENUES),
        "facilitator": vocab.person_name(rng, rng.random() < 0.6),
        "minutes": vocab.paragraph(rng, 200, 600),
        "dots_per_participant": 3,
    }


def participant_values(rng: random.Random, plan_id: str) -> dict[str, Any]:
    gender = rng.choices([g for g, _ in GENDER_WEIGHTS], [w for _, w in GENDER_WEIGHTS])[0]
    name = vocab.person_name(rng, gender == "female" or (gender != "male" and rng.random() < 0.5))
    has_email = rng.random() < 0.8
    return {
        "plan_id": plan_id,
        "name": name,
        "sector": vocab.pick(rng, SECTORS),
        "organization": vocab.pick(rng, vocab.ORGANIZATIONS) if rng.random() < 0.85 else None,
        "position": vocab.pick(rng, vocab.POSITIONS) if rng.random() < 0.5 else None,
        "gender": gender,
        "locality": vocab.pick(rng, vocab.LOCALITIES) if rng.random() < 0.6 else None,
        "email": vocab.email_for(rng, name) if has_email else None,
        "phone": vocab.phone(rng) if rng.random() < 0.6 else None,
        "consent_privacy_notice": True,
        "consent_notice_version": "2026-01",
        "consent_date": (START + dt.timedelta(days=rng.randrange(120))).date(),
        "consent_contact": has_email and rng.random() < 0.7,
        "consent_publish_name": rng.random() < 0.5,
        "consent_photos": rng.random() < 0.4,
    }


def problem_values(rng: random.Random, plan_id: str, workshop_id: str | None) -> dict[str, Any]:
    return {
        "plan_id": plan_id,
        "workshop_id": workshop_id,
        "title": f"{vocab.pick(rng, vocab.SUBJECTS)} {vocab.pick(rng, vocab.PROBLEMS)}",
        "description": vocab.paragraph(rng, 300, 900),
        "affected_population": vocab.paragraph(rng, 100, 250),
        "evidence": vocab.paragraph(rng, 150, 400),
        "theme": vocab.pick(rng, vocab.THEMES),
        "status": rng.choice(("proposed", "prioritized", "selected")),
    }


def commitment_values(
    rng: random.Random, plan_id: str, problem_id: str | None, number: int
) -> dict[str, Any]:
    start = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randrange(90))
    contact = vocab.person_name(rng, rng.random() < 0.5)
    return {
        "plan_id": plan_id,
        "problem_id": problem_id,
        "number": number,
        "title": vocab.action_title(rng),
        "problem_statement": vocab.paragraph(rng, 400, 900),
        "objective": vocab.paragraph(rng, 150, 400),
        "description": vocab.paragraph(rng, 500, 1200),
        "contribution": vocab.paragraph(rng, 300, 700),
        "ogp_values": ",".join(sorted(set(rng.sample(OGP, rng.randint(1, 3))), key=OGP.index)),
        "lead_institution": vocab.pick(rng, vocab.INSTITUTIONS),
        "supporting_government": ", ".join(rng.sample(vocab.INSTITUTIONS, 2)),
        "supporting_civil_society": ", ".join(rng.sample(vocab.ORGANIZATIONS, 2)),
        "supporting_other": vocab.pick(rng, vocab.ORGANIZATIONS),
        "contact_name": contact,
        "contact_position": vocab.pick(rng, vocab.POSITIONS),
        "contact_email": vocab.email_for(rng, contact),
        "contact_phone": vocab.phone(rng),
        "start_date": start,
        "end_date": start + dt.timedelta(days=365 + rng.randrange(300)),
        "budget": Decimal(rng.randrange(50_000, 5_000_000)).quantize(Decimal("0.01")),
        "sdg_alignment": "ODS 6, ODS 16",
        "status": rng.choice(("draft", "agreed", "in_progress")),
    }


def milestone_values(
    rng: random.Random, commitment: dict[str, Any], position: int
) -> dict[str, Any]:
    start = commitment["start_date"] + dt.timedelta(days=60 * position)
    status = rng.choice(("not_started", "in_progress", "completed", "delayed"))
    return {
        "commitment_id": commitment["id"],
        "title": vocab.action_title(rng),
        "description": vocab.paragraph(rng, 100, 300),
        "deliverable": vocab.paragraph(rng, 60, 160),
        "verification_means": vocab.paragraph(rng, 60, 160),
        "indicator": vocab.paragraph(rng, 50, 120),
        "responsible": vocab.pick(rng, vocab.INSTITUTIONS),
        "start_date": start,
        "end_date": start + dt.timedelta(days=45),
        "status": status,
        "progress": {"not_started": 0, "completed": 100}.get(status, rng.randrange(5, 95)),
        "completion": None,
        "position": position,
    }


# -- the plan database -----------------------------------------------------------------------


def write_plan(path: Path, size: Size, seed: int = 1) -> str:
    """Write the plan database of ``size`` at ``path``; returns the plan id."""
    rng = random.Random(seed)
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            writer = FastWriter(conn, db.device_id, _wall_ms(), rng)
            plan_id = writer.add("plans", plan_values(rng))
            workshops = [
                writer.add("workshops", workshop_values(rng, plan_id, n + 1))
                for n in range(size.workshops)
            ]
            people = [
                writer.add("participants", participant_values(rng, plan_id))
                for _ in range(size.participants)
            ]
            for workshop_id in workshops:
                for person in rng.sample(people, min(size.attendance_per_workshop, len(people))):
                    _check_in(writer, workshop_id, person)
            problems = _problems(writer, rng, plan_id, workshops, size.problems)
            _commitments(writer, rng, plan_id, problems, size)
            writer.close()
    finally:
        db.close()
    return plan_id


def _check_in(writer: FastWriter, workshop_id: str, person_id: str) -> None:
    stamp = (START + dt.timedelta(minutes=writer.rng.randrange(60 * 24 * 90))).isoformat()
    writer.add(
        "attendance",
        {
            "workshop_id": workshop_id,
            "participant_id": person_id,
            "checked_in_at": stamp.replace("+00:00", "Z"),
        },
        row_id=attendance_id(workshop_id, person_id),
    )


def _problems(
    writer: FastWriter, rng: random.Random, plan_id: str, workshops: list[str], count: int
) -> list[str]:
    problems = []
    for n in range(count):
        workshop_id = workshops[n % len(workshops)]
        problem_id = writer.add("problems", problem_values(rng, plan_id, workshop_id))
        problems.append(problem_id)
        for position, kind in enumerate(("cause", "cause", "effect")):
            writer.add(
                "problem_nodes",
                {
                    "problem_id": problem_id,
                    "kind": kind,
                    "text": vocab.sentence(rng),
                    "position": position,
                },
            )
        writer.add(
            "solutions",
            {
                "problem_id": problem_id,
                "title": vocab.action_title(rng),
                "description": vocab.paragraph(rng, 150, 400),
            },
        )
        writer.add(
            "dot_votes",
            {
                "workshop_id": workshop_id,
                "problem_id": problem_id,
                "dots": rng.randrange(60),
                "origin": "Plenaria",
            },
        )
    return problems


def _commitments(
    writer: FastWriter, rng: random.Random, plan_id: str, problems: list[str], size: Size
) -> None:
    for number in range(1, size.commitments + 1):
        problem_id = problems[(number - 1) % len(problems)] if problems else None
        writer.add("commitments", commitment_values(rng, plan_id, problem_id, number))
    commitments = writer.rows("commitments")
    for n in range(size.milestones):
        commitment = commitments[n % len(commitments)]
        writer.add("milestones", milestone_values(rng, commitment, n // len(commitments)))
    for commitment in commitments:
        writer.add(
            "comments",
            {
                "target_kind": "commitments",
                "target_id": commitment["id"],
                "plan_id": plan_id,
                "text": vocab.paragraph(rng, 80, 300),
                "verdict": rng.choice(("comment", "approve", "request_changes")),
                "author": vocab.person_name(rng, rng.random() < 0.5),
                "institution": vocab.pick(rng, vocab.INSTITUTIONS),
                "draft_version": 1,
            },
        )


# -- the laptops' bundles --------------------------------------------------------------------


def write_laptop(path: Path, size: Size, index: int) -> int:
    """One laptop's database: the shared plan, then this laptop's own work, so that its change
    log holds ``size.bundle_changes / size.bundles`` changes. Returns that count."""
    budget = size.bundle_changes // size.bundles
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            shared = FastWriter(conn, COORDINATOR_DEVICE, _wall_ms(), random.Random(7), local=False)
            plan_id = shared.add("plans", plan_values(shared.rng))
            shared.close()
            rng = random.Random(1000 + index)
            writer = FastWriter(conn, db.device_id, _wall_ms(1 + index), rng)
            writer.edit_stored("plans", plan_id, "context", vocab.paragraph(rng, 600, 1200))
            workshops = [
                writer.add("workshops", workshop_values(rng, plan_id, 1000 * index + n))
                for n in range(max(1, size.workshops // size.bundles))
            ]
            reserve = 60  # one more participant, check-in and problem always fit in it
            total = shared.change_count + writer.change_count
            while total < budget - reserve:
                person = writer.add("participants", participant_values(rng, plan_id))
                _check_in(writer, rng.choice(workshops), person)
                if rng.random() < 0.1:
                    writer.add("problems", problem_values(rng, plan_id, rng.choice(workshops)))
                total = shared.change_count + writer.change_count
            people = writer.rows("participants")
            while shared.change_count + writer.change_count < budget:
                writer.edit("participants", rng.choice(people), "phone", vocab.phone(rng))
            writer.close()
            count = conn.scalar(select(func.count()).select_from(Change))
    finally:
        db.close()
    return int(count or 0)


def export_bundle(db_path: Path, target: Path) -> None:
    """Export with the real export (what ``cocreation export-bundle`` runs)."""
    from cocreation_app.sync.export import export_bundle as export

    db = open_database(db_path, create=False)
    try:
        export(db, target)
    finally:
        db.close()


# -- cache -----------------------------------------------------------------------------------


def cache_key(size: Size) -> str:
    """Changes when the generator, the schema or the size changes."""
    digest = hashlib.sha256(json.dumps(asdict(size)).encode())
    digest.update(head_revision().encode())
    for name in ("generate.py", "fastpath.py", "vocab.py"):
        digest.update((BENCH_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


def table_counts(path: Path) -> dict[str, int]:
    db = open_database(path, create=False)
    try:
        with db.engine.connect() as conn:
            counts = {}
            for kind, spec in KINDS.items():
                table: Any = spec.model.__table__
                counts[kind] = int(conn.scalar(select(func.count()).select_from(table)) or 0)
            counts["changes"] = int(conn.scalar(select(func.count()).select_from(Change)) or 0)
            return counts
    finally:
        db.close()


def generate(
    name: str, cache_dir: Path = CACHE_DIR, *, bundles: bool = True, quiet: bool = False
) -> Generated:
    """Build size ``name`` (or reuse the cached build) and describe it."""
    size = SIZES[name]
    folder = cache_dir / name
    meta_path = folder / "meta.json"
    key = cache_key(size)
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("key") == key and (meta.get("bundles") or not bundles):
            return _described(size, folder, meta)
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "bundles").mkdir(parents=True)
    started = time.perf_counter()
    plan_id = write_plan(folder / "plan.sqlite3", size)
    if not quiet:
        print(f"[{name}] plan database: {time.perf_counter() - started:.1f} s", flush=True)
    bundle_names: list[str] = []
    bundle_changes = 0
    if bundles:
        work = folder / "laptops"
        work.mkdir()
        for index in range(size.bundles):
            laptop = work / f"laptop-{index + 1:02d}.sqlite3"
            bundle_changes += write_laptop(laptop, size, index)
            target = folder / "bundles" / f"laptop-{index + 1:02d}.cocrea"
            export_bundle(laptop, target)
            bundle_names.append(target.name)
        shutil.rmtree(work)
        if not quiet:
            print(f"[{name}] bundles: {time.perf_counter() - started:.1f} s", flush=True)
    meta = {
        "key": key,
        "plan_id": plan_id,
        "bundles": bundle_names,
        "bundle_changes": bundle_changes,
        "counts": table_counts(folder / "plan.sqlite3"),
        "seconds": round(time.perf_counter() - started, 2),
    }
    meta_path.write_text(json.dumps(meta, indent=2))
    return _described(size, folder, meta)


def _described(size: Size, folder: Path, meta: dict[str, Any]) -> Generated:
    return Generated(
        size=size,
        folder=folder,
        plan_db=folder / "plan.sqlite3",
        plan_id=meta["plan_id"],
        bundles=[folder / "bundles" / name for name in meta["bundles"]],
        counts=meta["counts"],
        bundle_changes=meta["bundle_changes"],
        seconds=meta["seconds"],
    )


def main(argv: list[str]) -> int:
    name = argv[0] if argv else "S"
    generated = generate(name, bundles="--no-bundles" not in argv)
    print(json.dumps(generated.to_json(), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
