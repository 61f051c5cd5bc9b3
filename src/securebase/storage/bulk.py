"""Fast bulk inserts: many rows of several tables in one transaction.

For generated or imported data (the demo vault), where one repository call per
row would mean one transaction, and one fsync, per row. Values go through the
same column types as the ORM (``UtcDateTime``, ``JsonList``), so a bulk row reads
back exactly like one saved through a repository. The statements are plain
INSERTs, so the full-text triggers of every table fire as usual and the search
index stays consistent; if anything fails, nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import Boolean, TypeDecorator

from securebase.storage.write_errors import translate_write_errors

Rows = Sequence[Mapping[str, Any]]


def _table(model: Any) -> Table:
    return model if isinstance(model, Table) else model.__table__


def _converter(column) -> Any:
    kind = column.type
    if isinstance(kind, TypeDecorator):
        process = kind.process_bind_param
        return lambda value: process(value, None)
    if isinstance(kind, Boolean):
        return lambda value: None if value is None else int(bool(value))
    return None


def _statement(table: Table, names: list[str]) -> tuple[str, list]:
    unknown = [n for n in names if n not in table.c]
    if unknown:
        raise ValueError(f"{table.name} has no column {unknown[0]!r}")
    columns = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    return (f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})',
            [_converter(table.c[n]) for n in names])


def insert_rows(session: Session, model: Any, rows: Rows) -> int:
    """Insert ``rows`` (dicts keyed by column name, all with the same keys) into the
    model's table inside ``session``'s transaction. Returns the number of rows."""
    if not rows:
        return 0
    table = _table(model)
    names = list(rows[0])
    sql, converters = _statement(table, names)
    pairs = list(zip(names, converters, strict=True))
    params = [tuple(conv(row[name]) if conv else row[name] for name, conv in pairs)
              for row in rows]
    session.connection().exec_driver_sql(sql, params)
    return len(params)


def bulk_insert(sessions: sessionmaker[Session], batches: Iterable[tuple[Any, Rows]], *,
                chunk: int = 2000, progress: Callable[[int], None] | None = None
                ) -> dict[str, int]:
    """Insert every batch (model, rows) in one transaction, in the order given (so
    rows can refer to rows of an earlier batch). ``progress(rows_done)`` is called
    after every ``chunk`` rows. Returns the rows written per table."""
    written: dict[str, int] = {}
    done = 0
    with translate_write_errors(), sessions.begin() as s:
        for model, rows in batches:
            name = _table(model).name
            for first in range(0, len(rows), chunk):
                count = insert_rows(s, model, rows[first:first + chunk])
                written[name] = written.get(name, 0) + count
                done += count
                if progress is not None:
                    progress(done)
    return written


def next_ids(sessions: sessionmaker[Session], models: Iterable[Any]) -> dict[str, int]:
    """The first free id of each model's table (``max(id) + 1``; 1 when empty)."""
    found: dict[str, int] = {}
    with sessions() as s:
        for model in models:
            table = _table(model)
            found[table.name] = (s.scalar(select(func.max(table.c.id))) or 0) + 1
    return found
