"""SQLCipher connections under SQLAlchemy: the key first, then the pragmas."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from securebase.storage.errors import FeatureMissing, VaultDamaged

PRAGMAS = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)

_NOT_A_DB = ("file is not a database", "file is encrypted", "database disk image is malformed")


def key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_raw(path: Path, data_key: bytes, *, readonly: bool = False) -> sqlcipher3.Connection:
    """One keyed connection with every pragma applied and the key verified."""
    uri = f"file:{Path(path).as_posix()}{'?mode=ro' if readonly else ''}"
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False,
                              isolation_level=None)
    try:
        conn.execute(key_pragma(data_key))  # always the first statement
        for pragma in PRAGMAS:
            if readonly and "journal_mode" in pragma:
                continue
            conn.execute(pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if any(text in str(exc).lower() for text in _NOT_A_DB):
            raise VaultDamaged() from None
        raise
    return conn


def check_fts5() -> None:
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlcipher3.OperationalError:
        raise FeatureMissing() from None
    finally:
        conn.close()


def make_engine(path: Path, data_key: bytes) -> Engine:
    """An Engine whose every connection is keyed before anything else runs.

    ``hide_parameters`` keeps entry text out of logs and exception messages.
    """

    def creator():
        return connect_raw(path, data_key)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):  # pysqlite's own BEGIN handling is off (isolation_level=None)
        conn.exec_driver_sql("BEGIN")

    return engine


def create_database(path: Path, data_key: bytes) -> None:
    """Create an empty encrypted database file."""
    conn = connect_raw(path, data_key)
    conn.close()
