"""Import: a SecureBase JSON export, or trigger moments from a CSV file with a header row.

Order of work, so that a refused file never changes anything:

1. read the file with a size cap, and refuse outright what no export can be (a
   text over 1 MB, too many values) before the parser builds it in memory;
2. decode it as UTF-8 and parse it (no NaN or Infinity, no huge numbers, no
   duplicate keys, no deep nesting);
3. check every record completely (``import_checks``) and every link between them;
4. only then, if anything is new: take an encrypted backup ("pre-import") and
   write everything in one transaction. Entries the vault already holds (same
   uid) are skipped and counted.

Every refusal is ``ImportRejected`` with one sentence.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from securebase.domain.entries import MAX_TEXT_BYTES, Urge
from securebase.services import import_checks as checks
from securebase.services.transfer_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    KIND_NAMES,
    LIST_KINDS,
    REPORT_KINDS,
    TOP_KEYS,
    counted,
    rejected,
)
from securebase.storage import transfer

if TYPE_CHECKING:
    from securebase.storage.vault import Vault

MAX_FILE_BYTES = 128 * 1024 * 1024
#: JSON escapes take up to 6 bytes per character: a longer run holds a text over 1 MB.
MAX_RUN_BYTES = 6 * MAX_TEXT_BYTES + 4096
MAX_CONTAINERS = 2_000_000  # objects and lists in one file
MAX_VALUES = 16_000_000  # commas in one file
MAX_NUMBER_CHARS = 40
MAX_CSV_ROWS = 500_000
CSV_LIST_SEPARATOR = ";"


# ---------------------------------------------------------------------- the report
@dataclass(frozen=True)
class ImportReport:
    source: Path
    kind: str  # "json" or "csv"
    added: dict[str, int]
    skipped: dict[str, int]
    backup: Path | None  # the pre-import backup (None when nothing was new)

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped.values())

    def lines(self) -> list[str]:
        """The report in English sentences (the command line prints these)."""
        came = [counted(n, k) for k, n in self.added.items() if n]
        known = [counted(n, k) for k, n in self.skipped.items() if n]
        out = [f"Imported {', '.join(came)}." if came else "Nothing new to import."]
        if known:
            out.append(f"Skipped what the vault already holds: {', '.join(known)}.")
        if self.backup is not None:
            out.append(f"Your vault as it was before is kept in the backup {self.backup.name}.")
        return out


# ---------------------------------------------------------------------- reading the file
def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refused before reading when it is larger than ``limit``."""
    path = Path(path)
    try:
        if path.is_dir():
            raise rejected(f"{path.name} is a folder, not a file")
        size = path.stat().st_size
        if size > limit:
            raise rejected(f"the file is larger than {limit // (1024 * 1024)} MB, "
                           "more than any SecureBase export")
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise rejected(f"there is no file at {path}") from None
    except PermissionError:
        raise rejected(f"SecureBase is not allowed to read {path.name}") from None
    except OSError as exc:
        raise rejected(f"the file could not be read ({exc.strerror or 'input/output error'})") \
            from None
    if len(data) > limit:
        raise rejected(f"the file is larger than {limit // (1024 * 1024)} MB, "
                       "more than any SecureBase export")
    if not data.strip():
        raise rejected("the file is empty")
    return data


def _longest_run(data: bytes, window: int = 1 << 24) -> int:
    """The longest stretch of bytes without a double quote (a bound on any one value)."""
    longest = carry = 0
    for start in range(0, len(data), window):
        pieces = data[start:start + window].split(b'"')
        if len(pieces) == 1:
            carry += len(pieces[0])
            longest = max(longest, carry)
            continue
        longest = max(longest, carry + len(pieces[0]), max(map(len, pieces[1:-1]), default=0))
        carry = len(pieces[-1])
    return max(longest, carry)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise rejected(f"the file is not valid UTF-8 text (the first problem is at byte "
                       f"{exc.start:,})") from None


def _prescan_json(data: bytes) -> None:
    if _longest_run(data) > MAX_RUN_BYTES:
        raise rejected("the file holds a text or value longer than 1 MB, "
                       "more than any entry can hold")
    if data.count(b"{") + data.count(b"[") > MAX_CONTAINERS or data.count(b",") > MAX_VALUES:
        raise rejected("the file holds more values than SecureBase can import at once")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise rejected(f"the file names the field “{key[:40]}” twice in one place")
        out[key] = value
    return out


def _parse_int(token: str) -> int:
    if len(token) > MAX_NUMBER_CHARS:
        raise rejected("the file holds a number far too large for any field")
    return int(token)


def _parse_float(token: str) -> float:
    value = float(token)
    if len(token) > MAX_NUMBER_CHARS or value in (float("inf"), float("-inf")):
        raise rejected("the file holds a number far too large for any field")
    return value


def _parse_constant(token: str) -> Any:
    raise rejected(f"the file holds “{token}”, which is not a number JSON allows")


def parse_json(data: bytes) -> Any:
    """Parse JSON bytes with SecureBase's limits; ImportRejected for anything else."""
    _prescan_json(data)
    text = _decode(data)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_parse_int,
                          parse_float=_parse_float, parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        raise rejected(f"the file ends too early or is not valid JSON (line {exc.lineno}, "
                       f"column {exc.colno})") from None
    except RecursionError:
        raise rejected("the file nests its values far more deeply than any export") from None


# ---------------------------------------------------------------------- the JSON document
def _check_header(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise rejected("the file is not a SecureBase export (it is not a JSON object)")
    if doc.get("format") != FORMAT_NAME:
        raise rejected("the file is not a SecureBase export (its “format” is missing or "
                       "different)")
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise rejected("the file's “format_version” is missing or not a whole number")
    if version > FORMAT_VERSION:
        raise rejected(f"the file was made by a newer SecureBase (format version {version}); "
                       "please update SecureBase to import it")
    if version != FORMAT_VERSION:
        raise rejected(f"this SecureBase cannot read format version {version}")
    unknown = [key for key in doc if key not in TOP_KEYS]
    if unknown:
        raise rejected(f"the file has a part this version does not know (“{unknown[0][:40]}”)")
    for key in ("app_version", "exported_at"):
        if key in doc and not (isinstance(doc[key], str) and len(doc[key]) <= 64):
            raise rejected(f"the file's “{key}” is not a short text")


def _where(kind: str, n: int) -> str:
    return f"{KIND_NAMES[kind][0]} {n} in the file"


def validate_document(doc: Any) -> transfer.Content:
    """Every record of a parsed JSON export, checked and converted."""
    _check_header(doc)
    content = transfer.Content()
    for kind in LIST_KINDS:
        items = doc.get(kind, [])
        if not isinstance(items, list):
            raise rejected(f"the file's “{kind}” is not a list")
        check = checks.CHECKS[kind]
        records = []
        seen: set[str] = set()
        for n, item in enumerate(items, 1):
            try:
                record = check(item)
            except checks.Bad as exc:
                raise rejected(f"{_where(kind, n)} {exc}") from None
            key = record["label"].casefold() if kind == "trigger_categories" else record["uid"]
            if key in seen:
                same = "name" if kind == "trigger_categories" else "id"
                raise rejected(f"{_where(kind, n)} is listed twice (the same {same})")
            seen.add(key)
            records.append(record)
        setattr(content, kind, records)
    settings = doc.get("settings", {})
    if not isinstance(settings, dict):
        raise rejected("the file's “settings” is not an object")
    for key, value in settings.items():
        if key == transfer.PATH_STATE_KEY or key in transfer.LOCAL_SETTINGS:
            raise rejected(f"the file's settings hold “{key}”, which does not belong there")
        try:
            checks.setting(key, value)
        except checks.Bad as exc:
            raise rejected(f"the setting “{str(key)[:40]}” in the file {exc}") from None
    content.settings = dict(settings)
    path_state = doc.get("path_state")
    if path_state is not None:
        content.settings[transfer.PATH_STATE_KEY] = _check_path_state(path_state)
    return content


def _check_path_state(value: Any) -> dict[str, Any]:
    from securebase.storage.path_state import from_json

    try:
        checks.plain_json(value)
        if not isinstance(value, dict):
            raise TypeError
        from_json(value)
    except (checks.Bad, ValueError, KeyError, TypeError, AttributeError, OverflowError):
        raise rejected("the file's path state (the start date and pauses of the path) "
                       "cannot be read") from None
    return value


def check_links(content: transfer.Content, have: transfer.Known) -> None:
    """Every link names an entry in the file or in the vault."""
    triggers = {r["uid"] for r in content.trigger_moments} | have.trigger_moments
    experiments = {r["uid"] for r in content.experiments} | have.experiments
    for kind, field, targets in (("experiments", "trigger_uid", triggers),
                                 ("practice_sessions", "trigger_uid", triggers),
                                 ("practice_sessions", "experiment_uid", experiments)):
        for n, record in enumerate(getattr(content, kind), 1):
            if record[field] is not None and record[field] not in targets:
                raise rejected(f"{_where(kind, n)} links to an entry that is neither in the "
                               "file nor in your vault")


# ---------------------------------------------------------------------- CSV (trigger moments)
_CSV_LISTS = set(transfer.TRIGGER_LISTS)
_CSV_OPTIONAL_INTS = {"intensity_after"}
_CSV_ORDER = ("occurred_at", "intensity", "intensity_after", "situation", "who", "category",
              "emotions", "sensations", "regions", "body", "thoughts", "urge", "what_i_did",
              "regulation", "tags", "uid", "created_at", "updated_at")
_URGES = {u.value: u.value for u in Urge} | {u.value.replace("-", " "): u.value for u in Urge}


def _column(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", " ").split())


def _csv_time(cell: str) -> str:
    """A CSV time as the JSON format writes it; without an offset it is this computer's
    local time (a spreadsheet seldom keeps one)."""
    try:
        when = datetime.fromisoformat(cell.strip())
    except ValueError:
        return cell  # the record check explains what is wrong
    if when.tzinfo is None:
        when = when.astimezone()
    return when.isoformat()


def _csv_record(header: list[str], row: list[str]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for name, cell in zip(header, row, strict=True):
        if name in _CSV_LISTS:
            record[name] = [p.strip() for p in cell.split(CSV_LIST_SEPARATOR) if p.strip()]
        elif name in ("intensity", *_CSV_OPTIONAL_INTS):
            value = cell.strip()
            if not value and name in _CSV_OPTIONAL_INTS:
                record[name] = None
            else:
                try:
                    record[name] = int(value) if len(value) <= MAX_NUMBER_CHARS else value
                except ValueError:
                    record[name] = value  # refused by the check, with the right words
        elif name == "urge":
            value = " ".join(cell.strip().lower().split())
            record[name] = _URGES.get(value, value) if value else None
        elif name in ("occurred_at", "created_at", "updated_at"):
            if cell.strip():
                record[name] = _csv_time(cell)
        elif name == "uid":
            if cell.strip():
                record[name] = cell.strip()
        else:
            record[name] = cell
    if "uid" not in record:
        payload = json.dumps({k: v for k, v in record.items()
                              if k not in ("created_at", "updated_at")}, sort_keys=True,
                             ensure_ascii=True)
        record["uid"] = transfer.derived_uid(payload)
    return record


def parse_csv(data: bytes) -> transfer.Content:
    """Trigger moments from CSV with a header row; problems name the line."""
    text = _decode(data)
    if "\x00" in text:
        raise rejected("the file holds a null character, so it is not a CSV text file")
    csv.field_size_limit(max(csv.field_size_limit(), 2 * MAX_TEXT_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""))
    content = transfer.Content()
    try:
        header_row = next(reader, None)
        if header_row is None:
            raise rejected("the file is empty")
        header = [_column(h) for h in header_row]
        for name in header:
            if name not in _CSV_ORDER:
                raise rejected(f"line 1 names a column SecureBase does not know (“{name[:40]}”); "
                               f"the columns it reads are {', '.join(_CSV_ORDER)}")
        if len(set(header)) != len(header):
            raise rejected("line 1 names the same column twice")
        for needed in ("occurred_at", "intensity"):
            if needed not in header:
                raise rejected(f"line 1 has no “{needed}” column, which every trigger "
                               "moment needs")
        seen: set[str] = set()
        line = reader.line_num + 1
        for row in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(content.trigger_moments) >= MAX_CSV_ROWS:
                raise rejected(f"the file has more than {MAX_CSV_ROWS:,} rows")
            if len(row) != len(header):
                raise rejected(f"line {start} has {len(row)} cells but the header has "
                               f"{len(header)}")
            try:
                record = checks.trigger(_csv_record(header, row))
            except checks.Bad as exc:
                raise rejected(f"line {start} of the file {exc}") from None
            if record["uid"] in seen:
                continue  # the same moment twice in one file: keep it once
            seen.add(record["uid"])
            content.trigger_moments.append(record)
    except csv.Error as exc:
        raise rejected(f"line {reader.line_num} is not valid CSV ({exc})") from None
    return content


# ---------------------------------------------------------------------- putting it together
def detect_kind(path: Path, data: bytes) -> str:
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix == ".json":
        return "json"
    return "json" if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def load_file(path: Path) -> tuple[str, transfer.Content]:
    """Read, parse and check an import file without touching any vault."""
    data = read_limited(path)
    kind = detect_kind(path, data)
    if kind == "csv":
        return kind, parse_csv(data)
    return kind, validate_document(parse_json(data))


def import_file(vault: Vault, path: Path, *,
                progress: Callable[[str], None] | None = None,
                loaded: tuple[str, transfer.Content] | None = None) -> ImportReport:
    """Import ``path`` into ``vault``: all or nothing, known entries skipped, an
    encrypted backup taken first. Raises ImportRejected (nothing changed) on any problem.

    ``loaded`` is what ``load_file(path)`` returned, when the caller checked it already.
    """
    tell = progress or (lambda _step: None)
    tell("checking")
    kind, content = loaded if loaded is not None else load_file(path)
    have = transfer.known(vault.sessions)
    check_links(content, have)
    planned = transfer.plan(content, have)
    backup = None
    outcome = planned
    if any(planned.added.values()):
        tell("backing up")
        backup = vault.backup(reason="pre-import")
        tell("writing")
        outcome = transfer.write_content(vault.sessions, content)
    added, skipped = _report_counts(outcome, content, have)
    return ImportReport(Path(path), kind, added, skipped, backup)


def _report_counts(outcome: transfer.Outcome, content: transfer.Content,
                   have: transfer.Known) -> tuple[dict[str, int], dict[str, int]]:
    """Counts per report kind; the path state (kept as a setting) is counted on its own."""
    added = {kind: outcome.added.get(kind, 0) for kind in REPORT_KINDS}
    skipped = {kind: outcome.skipped.get(kind, 0) for kind in REPORT_KINDS}
    if transfer.PATH_STATE_KEY in content.settings:
        bucket = skipped if have.has("settings", transfer.PATH_STATE_KEY) else added
        bucket["settings"] -= 1
        bucket["path_state"] += 1
    return added, skipped
