"""Create, edit, delete, get and list any kind of record, with validation and the change log.

Each public method is one user action: one session, one transaction, and one change record per
field it changes. Nothing is written when validation fails.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from cocreation_app.errors import NotFoundError, ValidationError
from cocreation_app.i18n import format_short_date, translate
from cocreation_app.models import Base, Plan, new_id
from cocreation_app.services.changes import ChangeWriter, clock_time_iso
from cocreation_app.services.checks import check_email, check_phone, check_progress_status
from cocreation_app.services.evidence import refuse_live_without_bytes
from cocreation_app.services.natural_ids import attendance_id
from cocreation_app.services.registry import KINDS, KindSpec, spec_for
from cocreation_app.services.values import coerce, to_json
from cocreation_app.storage import Database

Record = dict[str, Any]


def _tr(text: str) -> str:
    return translate("services", text)


def record_of(spec: KindSpec, row: Any) -> Record:
    """The JSON-ready view of a row: ``id``, timestamps and every declared field."""
    record: Record = {"id": row.id, "created_at": row.created_at, "updated_at": row.updated_at}
    for field in spec.fields:
        record[field.name] = to_json(field, getattr(row, field.name))
    return record


def parse_assignments(kind: str, assignments: Sequence[str]) -> dict[str, str]:
    """``["title=Agua", "status=draft"]`` → ``{"title": "Agua", "status": "draft"}``."""
    spec = spec_for(kind)
    values: dict[str, str] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ValidationError(_tr("«{item}» no tiene la forma CAMPO=VALOR.").format(item=item))
        if name not in spec.field_map:
            raise ValidationError(
                _tr("Campo desconocido para {kind}: «{field}». Campos: {fields}").format(
                    kind=kind, field=name, fields=", ".join(spec.field_map)
                )
            )
        values[name] = value
    return values


class EntityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading --------------------------------------------------------------------------

    def get(self, kind: str, row_id: str) -> Record:
        spec = spec_for(kind)
        with self.db.read() as session:
            return record_of(spec, self._live_row(session, spec, row_id))

    def list_records(
        self,
        kind: str,
        *,
        plan_id: str | None = None,
        where: Mapping[str, Any] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Record]:
        spec = spec_for(kind)
        with self.db.read() as session:
            query = self._list_query(spec, plan_id, where)
            if limit is not None:
                query = query.limit(limit).offset(offset)
            return [record_of(spec, row) for row in session.scalars(query)]

    def count(self, kind: str, *, plan_id: str | None = None) -> int:
        spec = spec_for(kind)
        with self.db.read() as session:
            query = self._list_query(spec, plan_id, None)
            return session.scalar(select(func.count()).select_from(query.subquery())) or 0

    def _list_query(
        self, spec: KindSpec, plan_id: str | None, where: Mapping[str, Any] | None
    ) -> Select[Any]:
        model: Any = spec.model
        query = select(model).where(model.deleted.is_(False))
        if spec.name == "evidence_files":  # deleted for good, even if a restore crossed it
            query = query.where(model.sha256.is_not(None))
        if plan_id is not None:
            query = query.where(plan_condition(spec, plan_id))
        for name, value in (where or {}).items():
            query = query.where(getattr(model, name) == value)
        order = [getattr(model, name) for name in spec.order_by]
        return query.order_by(*order, model.id)

    def _live_row(self, session: Session, spec: KindSpec, row_id: str) -> Any:
        row: Any = session.get(spec.model, row_id)
        if row is None or row.deleted or (spec.name == "evidence_files" and row.sha256 is None):
            raise NotFoundError(
                _tr("No existe {kind} con id «{id}».").format(kind=spec.title(), id=row_id)
            )
        return row

    # -- writing --------------------------------------------------------------------------

    @contextlib.contextmanager
    def action(self) -> Iterator[tuple[Session, ChangeWriterScope]]:
        """One user action: a transaction and the change writer that logs it."""
        with self.db.begin() as session:
            scope = ChangeWriterScope(session, self.db.device_id)
            yield session, scope
            scope.close()

    def create(self, kind: str, values: Mapping[str, Any]) -> str:
        spec = spec_for(kind)
        with self.action() as (session, scope):
            return self.create_in(session, scope, spec, values)

    def create_in(
        self,
        session: Session,
        scope: ChangeWriterScope,
        spec: KindSpec,
        values: Mapping[str, Any],
        row_id: str | None = None,
        *,
        consent_pending: bool = False,
    ) -> str:
        """Create inside an open transaction (for services that create several rows at once).

        ``consent_pending``: a participant from a pre-registration list, who has not accepted
        the privacy notice yet (they do at check-in); only the list import creates those."""
        typed = self._typed(spec, values)
        for field in spec.fields:
            if field.name not in typed and field.default is not None:
                typed[field.name] = field.default
        if spec.name == "participants":
            self._consent_defaults(session, typed)
        self._validate(session, spec, typed, existing=None, consent_pending=consent_pending)
        if spec.name == "attendance" and row_id is None:
            row_id = attendance_id(typed["workshop_id"], typed["participant_id"])
            if self._check_in_again(session, scope, spec, row_id, typed):
                return row_id
        model: Any = spec.model
        row = model(id=row_id or new_id(), deleted=False)
        for name, value in typed.items():
            setattr(row, name, value)
        if spec.derive is not None:
            spec.derive(row)
        if spec.keeps_origin:
            row.recorded_by = self.db.device_id
        writer = scope.writer
        fresh = row_id is None  # a new UUID: no earlier value of this row to look up
        first = writer.record(spec.name, row.id, "deleted", False, new_row=fresh)
        for field in spec.fields:
            value = typed.get(field.name)
            if value is not None:
                writer.record(spec.name, row.id, field.name, to_json(field, value), new_row=fresh)
        # The row's clocks: what every database that imports them shows too (sync/merge.py).
        row.created_clock = first.clock
        row.created_at = clock_time_iso(first.clock)
        row.updated_at = writer.time_iso()
        session.add(row)
        return str(row.id)

    def _check_in_again(
        self,
        session: Session,
        scope: ChangeWriterScope,
        spec: KindSpec,
        row_id: str,
        typed: Mapping[str, Any],
    ) -> bool:
        """A check-in is one fact per (workshop, person), with the same id on every laptop:
        refused when the person is already checked in; a withdrawn one comes back (True)."""
        model: Any = spec.model
        live = session.scalar(
            select(func.count())
            .select_from(model)
            .where(
                model.workshop_id == typed["workshop_id"],
                model.participant_id == typed["participant_id"],
                model.deleted.is_(False),
            )
        )
        if live:
            raise ValidationError(
                _tr("Esta persona ya tiene registrada la asistencia a este taller.")
            )
        row: Any = session.get(model, row_id)
        if row is None:
            return False
        row.deleted = False
        scope.writer.record(spec.name, row_id, "deleted", False)
        row.updated_at = scope.writer.time_iso()
        for name, value in typed.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                scope.writer.record(spec.name, row_id, name, to_json(spec.field_map[name], value))
        return True

    def update(self, kind: str, row_id: str, values: Mapping[str, Any]) -> list[str]:
        """Apply ``values``; returns the names of the fields that really changed."""
        spec = spec_for(kind)
        with self.action() as (session, scope):
            return self.update_in(session, scope, spec, row_id, values)

    def update_many(self, kind: str, changes: Mapping[str, Mapping[str, Any]]) -> bool:
        """Apply ``{row_id: values}`` to several rows as ONE user action (all or nothing).

        Returns whether any field really changed.
        """
        spec = spec_for(kind)
        changed_any = False
        with self.action() as (session, scope):
            for row_id, values in changes.items():
                changed_any = (
                    bool(self.update_in(session, scope, spec, row_id, values)) or changed_any
                )
        return changed_any

    def update_in(
        self,
        session: Session,
        scope: ChangeWriterScope,
        spec: KindSpec,
        row_id: str,
        values: Mapping[str, Any],
    ) -> list[str]:
        row = self._live_row(session, spec, row_id)
        typed = self._typed(spec, values)
        if spec.name == "attendance" and any(
            typed.get(name, getattr(row, name)) != getattr(row, name)
            for name in ("workshop_id", "participant_id")
        ):
            raise ValidationError(
                _tr(
                    "El taller y la persona de una asistencia no se cambian: retire esta "
                    "asistencia y registre la correcta."
                )
            )
        self._validate(session, spec, typed, existing=row)
        changed = [name for name, value in typed.items() if getattr(row, name) != value]
        for name in changed:
            setattr(row, name, typed[name])
            scope.writer.record(spec.name, row.id, name, to_json(spec.field_map[name], typed[name]))
        if changed:
            row.updated_at = scope.writer.time_iso()
            if spec.derive is not None:
                spec.derive(row)
        return changed

    def delete(self, kind: str, row_id: str) -> int:
        """Soft-delete the row and everything that hangs from it; returns how many rows."""
        spec = spec_for(kind)
        with self.action() as (session, scope):
            row = self._live_row(session, spec, row_id)
            return self._delete_tree(session, scope, spec, row)

    def restore(self, kind: str, row_id: str) -> None:
        """Undo a delete of this row (the children it took along are restored too)."""
        spec = spec_for(kind)
        with self.action() as (session, scope):
            row: Any = session.get(spec.model, row_id)
            if row is None:
                raise NotFoundError(
                    _tr("No existe {kind} con id «{id}».").format(kind=spec.title(), id=row_id)
                )
            self._restore_tree(session, scope, spec, row, row.updated_at)

    def _delete_tree(
        self, session: Session, scope: ChangeWriterScope, spec: KindSpec, row: Any
    ) -> int:
        count = 0
        stack: list[tuple[KindSpec, Any]] = [(spec, row)]
        while stack:
            current_spec, current = stack.pop()
            if current.deleted:
                continue
            current.deleted = True
            scope.writer.record(current_spec.name, current.id, "deleted", True)
            current.updated_at = scope.writer.time_iso()  # one time for the whole delete
            count += 1
            for child_kind, link in current_spec.children:
                child_spec = KINDS[child_kind]
                child_model: Any = child_spec.model
                for child in session.scalars(
                    select(child_model).where(
                        getattr(child_model, link) == current.id, child_model.deleted.is_(False)
                    )
                ):
                    stack.append((child_spec, child))
        return count

    def _restore_tree(
        self, session: Session, scope: ChangeWriterScope, spec: KindSpec, row: Any, stamp: str
    ) -> None:
        stack: list[tuple[KindSpec, Any]] = [(spec, row)]
        while stack:
            current_spec, current = stack.pop()
            if not current.deleted:
                continue
            current.deleted = False
            scope.writer.record(current_spec.name, current.id, "deleted", False)
            current.updated_at = scope.writer.time_iso()
            for child_kind, link in current_spec.children:
                child_spec = KINDS[child_kind]
                child_model: Any = child_spec.model
                for child in session.scalars(
                    select(child_model).where(
                        getattr(child_model, link) == current.id,
                        child_model.deleted.is_(True),
                        child_model.updated_at == stamp,
                    )
                ):
                    stack.append((child_spec, child))

    # -- validation -----------------------------------------------------------------------

    def _typed(self, spec: KindSpec, values: Mapping[str, Any]) -> dict[str, Any]:
        typed: dict[str, Any] = {}
        for name, value in values.items():
            field = spec.field_map.get(name)
            if field is None:
                raise ValidationError(
                    _tr("Campo desconocido para {kind}: «{field}». Campos: {fields}").format(
                        kind=spec.name, field=name, fields=", ".join(spec.field_map)
                    )
                )
            typed[name] = coerce(field, value)
        return typed

    def _consent_defaults(self, session: Session, typed: dict[str, Any]) -> None:
        if not typed.get("consent_privacy_notice"):
            return
        if typed.get("consent_notice_version") is None and typed.get("plan_id"):
            plan = session.get(Plan, typed["plan_id"])
            if plan is not None:
                typed["consent_notice_version"] = plan.privacy_notice_version
        if typed.get("consent_date") is None:
            typed["consent_date"] = dt.date.today()

    def _validate(
        self,
        session: Session,
        spec: KindSpec,
        typed: dict[str, Any],
        existing: Any,
        *,
        consent_pending: bool = False,
    ) -> None:
        def current(name: str) -> Any:
            if name in typed:
                return typed[name]
            return getattr(existing, name) if existing is not None else None

        missing = [f for f in spec.fields if f.required and current(f.name) is None]
        if missing:
            raise ValidationError(
                _tr("Faltan datos obligatorios: {fields}.").format(
                    fields=", ".join(f.title() for f in missing)
                ),
                tuple(f.name for f in missing),
            )
        for start, end in spec.date_pairs:
            a, b = current(start), current(end)
            if a is not None and b is not None and b < a:
                raise ValidationError(
                    _tr("«{end}» ({b}) no puede ser anterior a «{start}» ({a}).").format(
                        end=spec.field_map[end].title(),
                        start=spec.field_map[start].title(),
                        a=format_short_date(a),
                        b=format_short_date(b),
                    ),
                    (end,),
                )
        for name, value in typed.items():
            field = spec.field_map[name]
            if field.type == "ref" and value is not None:
                assert field.ref is not None
                target_spec = KINDS[field.ref]
                target: Any = session.get(target_spec.model, value)
                if target is None or target.deleted:
                    raise ValidationError(
                        _tr("«{field}» apunta a {kind} inexistente: «{id}».").format(
                            field=field.title(), kind=target_spec.title(), id=value
                        )
                    )
            check_email(spec, name, value)
            check_phone(spec, name, value)
        check_progress_status(spec, current)
        pending = consent_pending and current("consent_privacy_notice") is False
        if (
            spec.name == "participants"
            and current("consent_privacy_notice") is not True
            and not pending
        ):
            raise ValidationError(
                _tr(
                    "Para guardar datos personales, la persona debe aceptar el aviso de privacidad."
                )
            )
        if spec.check is not None:
            spec.check(current)
        if spec.name == "evidence_files" and "sha256" in typed:
            self._check_evidence_stored(session, typed["sha256"])
        if spec.name == "comments" and "target_id" in typed:
            self._check_comment_target(session, current("target_kind"), current("target_id"))

    def _check_evidence_stored(self, session: Session, digest: str | None) -> None:
        """An evidence row names bytes this database holds (services/evidence.py stores them
        first); a bare row would make every later bundle export fail."""
        from cocreation_app.models import EvidenceBlob

        if digest is not None and session.get(EvidenceBlob, digest) is None:
            raise ValidationError(
                _tr(
                    "No hay un archivo de evidencia con la huella «{sha}» en esta base de datos."
                ).format(sha=digest)
            )

    def _check_comment_target(self, session: Session, kind: str | None, target_id: str) -> None:
        if kind is None:
            return
        target: Any = session.get(KINDS[kind].model, target_id)
        if target is None or target.deleted:
            raise ValidationError(
                _tr("«{field}» apunta a {kind} inexistente: «{id}».").format(
                    field=KINDS["comments"].field_map["target_id"].title(),
                    kind=KINDS[kind].title(),
                    id=target_id,
                )
            )


class ChangeWriterScope:
    """A :class:`ChangeWriter` opened lazily and closed once at the end of a transaction."""

    def __init__(self, session: Session, device_id: str) -> None:
        self._session = session
        self._device_id = device_id
        self._writer: ChangeWriter | None = None

    @property
    def writer(self) -> ChangeWriter:
        if self._writer is None:
            self._writer = ChangeWriter(self._session, self._device_id)
        return self._writer

    def close(self) -> None:
        if self._writer is not None:
            refuse_live_without_bytes(self._session, self._writer)
            self._writer.close()


def plan_condition(spec: KindSpec, plan_id: str) -> Any:
    """A SQL condition selecting rows of ``spec`` that belong to plan ``plan_id``."""
    model: Any = spec.model
    if spec.name == "plans":
        return model.id == plan_id
    if "plan_id" in spec.field_map:
        return model.plan_id == plan_id
    link = spec.parent
    assert link is not None, spec.name
    parent_spec = KINDS[spec.field_map[link].ref or ""]
    parent_model: Any = parent_spec.model
    return getattr(model, link).in_(
        select(parent_model.id).where(plan_condition(parent_spec, plan_id))
    )


def rows_of(session: Session, model: type[Base], ids: Iterable[str]) -> list[Any]:
    model_any: Any = model
    return list(session.scalars(select(model_any).where(model_any.id.in_(list(ids)))))
