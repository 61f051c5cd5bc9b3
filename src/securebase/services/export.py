"""Export: everything as lossless JSON, the journal as CSV files (zipped) for a
spreadsheet, and the journal as Markdown to read or print.

These exports are plaintext: whoever opens the file can read it. Each is written
only where the caller says, through a temporary file in the same folder that is
renamed into place when complete (and removed if anything fails), so no partial
or stray copy is left anywhere. The encrypted export is in ``encrypted_export``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from securebase import __version__
from securebase.services.transfer_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    LIST_KINDS,
    time_text,
    utc_text,
)
from securebase.storage import transfer
from securebase.storage.atomic import fsync_dir
from securebase.storage.errors import StorageFull

if TYPE_CHECKING:
    from securebase.storage.vault import Vault


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "md"
    SQLCIPHER = "sqlcipher"

    @property
    def suffix(self) -> str:
        return {"json": ".json", "csv": ".zip", "md": ".md", "sqlcipher": ".db"}[self.value]

    @property
    def encrypted(self) -> bool:
        return self is ExportFormat.SQLCIPHER


@dataclass(frozen=True)
class ExportResult:
    path: Path | None  # None when written to a stream
    counts: dict[str, int]  # kind -> how many were exported
    left_out_deleted: int  # entries deleted in the app, not exported


# ---------------------------------------------------------------------- JSON
def _jsonable(record: dict[str, Any]) -> dict[str, Any]:
    """Times as ISO-8601 text. Entry times carry the offset they were written in;
    bookkeeping times come from the vault in UTC and stay so."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, datetime):
            out[key] = time_text(value)
        elif key == "answers":
            out[key] = [_jsonable(a) for a in value]
        else:
            out[key] = value
    return out


def document(content: transfer.Content, exported_at: datetime) -> dict[str, Any]:
    """The JSON export of ``content`` as a dict (see ``transfer_format`` for the layout)."""
    settings = dict(content.settings)
    path_state = settings.pop(transfer.PATH_STATE_KEY, None)
    doc: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": utc_text(exported_at),
    }
    for kind in LIST_KINDS:
        doc[kind] = [_jsonable(r) for r in getattr(content, kind)]
    doc["path_state"] = path_state
    doc["settings"] = settings
    return doc


def json_text(doc: dict[str, Any], *, ascii_only: bool = False) -> str:
    return json.dumps(doc, ensure_ascii=ascii_only, indent=2) + "\n"


def export_document(vault: Vault) -> tuple[dict[str, Any], transfer.Content]:
    content = transfer.read_content(vault.sessions)
    return document(content, vault.clock.now()), content


# ---------------------------------------------------------------------- CSV
CSV_COLUMNS = {
    "trigger_moments": (
        "occurred_at", "intensity", "intensity_after", "situation", "who", "category",
        "emotions", "sensations", "regions", "body", "thoughts", "urge", "what_i_did",
        "regulation", "tags", "uid", "created_at", "updated_at"),
    "experiments": (
        "planned_for", "status", "plan", "prediction", "belief_before", "outcome",
        "feelings_after", "anxiety_before", "anxiety_after", "belief_after", "idea_key", "tags",
        "trigger_uid", "uid", "created_at", "updated_at"),
    "practice_sessions": (
        "started_at", "kind", "planned_seconds", "completed_seconds", "finished", "calm_before",
        "calm_after", "urge_before", "urge_after", "choice", "felt", "note", "trigger_uid",
        "experiment_uid", "details", "uid", "created_at", "updated_at"),
}
#: Lists inside one CSV cell are joined with this (and split on ';' when imported).
LIST_SEPARATOR = "; "


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return time_text(value)
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def csv_text(kind: str, records: list[dict[str, Any]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    columns = CSV_COLUMNS[kind]
    writer.writerow(columns)
    for record in records:
        writer.writerow([_cell(record[c]) for c in columns])
    return buffer.getvalue()


def write_csv_zip(content: transfer.Content, target: Path, exported_at: datetime) -> None:
    stamp = exported_at.astimezone().timetuple()[:6]
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for kind in CSV_COLUMNS:
            info = zipfile.ZipInfo(f"{kind}.csv", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, csv_text(kind, getattr(content, kind)).encode("utf-8"))


# ---------------------------------------------------------------------- writing files
@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed onto it when the block succeeds,
    removed when it fails. Only the folder the user chose is ever written to."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        if exc.errno == 28:  # ENOSPC
            raise StorageFull("The disk is full, so the export could not be written; "
                              "nothing was changed.") from None
        raise
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _write_text(target: Path, text: str) -> None:
    with open(target, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def _counts(content: transfer.Content) -> dict[str, int]:
    return {kind: content.count(kind) for kind in LIST_KINDS}


def export_to_file(vault: Vault, fmt: ExportFormat | str, path: Path, *,
                   passphrase: str | None = None,
                   progress: Callable[[str], None] | None = None) -> ExportResult:
    """Write an export of ``vault`` to ``path`` in the given format.

    ``passphrase`` is needed (only) for the encrypted export. ``progress`` hears a
    short word for each step ("reading", "writing", "checking").
    """
    fmt = ExportFormat(fmt)
    tell = progress or (lambda _step: None)
    path = Path(path)
    if fmt is ExportFormat.SQLCIPHER:
        from securebase.services.encrypted_export import export_encrypted

        return export_encrypted(vault, path, passphrase or "", progress=tell)
    tell("reading")
    content = transfer.read_content(vault.sessions)
    now = vault.clock.now()
    tell("writing")
    with atomic_target(path) as tmp:
        if fmt is ExportFormat.JSON:
            _write_text(tmp, json_text(document(content, now)))
        elif fmt is ExportFormat.CSV:
            write_csv_zip(content, tmp, now)
        else:
            from securebase.services.export_markdown import markdown_text

            _write_text(tmp, markdown_text(content, now))
    return ExportResult(path, _counts(content), content.left_out_deleted)


def export_to_stream(vault: Vault, fmt: ExportFormat | str, stream: io.TextIOBase, *,
                     ascii_only: bool = False) -> ExportResult:
    """JSON or Markdown to an open text stream (the command line's stdout)."""
    fmt = ExportFormat(fmt)
    if fmt not in (ExportFormat.JSON, ExportFormat.MARKDOWN):
        raise ValueError(f"{fmt.value} exports are written to a file")
    content = transfer.read_content(vault.sessions)
    now = vault.clock.now()
    if fmt is ExportFormat.JSON:
        stream.write(json_text(document(content, now), ascii_only=ascii_only))
    else:
        from securebase.services.export_markdown import markdown_text

        stream.write(markdown_text(content, now))
    stream.flush()
    return ExportResult(None, _counts(content), content.left_out_deleted)


def default_name(fmt: ExportFormat | str, now: datetime) -> str:
    """'securebase-export-2026-11-24.json' (.zip for CSV, .md, .db for the encrypted one)."""
    fmt = ExportFormat(fmt)
    stem = "securebase-encrypted" if fmt.encrypted else "securebase-export"
    if fmt is ExportFormat.MARKDOWN:
        stem = "securebase-journal"
    return f"{stem}-{now.astimezone():%Y-%m-%d}{fmt.suffix}"
