"""The cost of encryption: the same searches on the vault and on a plain SQLite copy.

The copy is made with SQLCipher's own ``sqlcipher_export`` into a non-keyed database
in a private temporary folder, searched through the very same repository code and
SQLite build (sqlcipher3 without a key), and deleted at once afterwards.
"""

from __future__ import annotations

import contextlib
import statistics
import time
from pathlib import Path

PLAIN_PRAGMAS = ("PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = WAL",
                 "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON")


def export_plain(vault, target: Path) -> Path:
    """Decrypt the vault's database into ``target`` (a plain SQLite file)."""
    from securebase.storage.engine import connect_raw

    conn = connect_raw(vault.paths.db, vault.data_key)
    try:
        conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        conn.close()
    return target


def plain_repository(path: Path, now):
    import sqlcipher3
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker
    from sqlalchemy.pool import QueuePool

    from securebase.storage.triggers import TriggerRepository

    def creator():
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in PLAIN_PRAGMAS:
            conn.execute(pragma)
        return conn

    engine = create_engine("sqlite://", module=sqlcipher3.dbapi2, creator=creator,
                           poolclass=QueuePool, pool_size=2, max_overflow=2)
    return engine, TriggerRepository(sessionmaker(engine, expire_on_commit=False), now)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def compare(vault, workdir: Path, queries: tuple[str, ...], repeats: int) -> dict:
    """Median milliseconds per query, encrypted and plain, and the ratio of the sums."""
    plain_path = workdir / "plain-copy.sqlite"
    engine = None
    try:
        export_plain(vault, plain_path)
        engine, plain = plain_repository(plain_path, vault.clock.now)
        encrypted = vault.triggers
        for repo in (encrypted, plain):  # warm both page caches
            for q in queries:
                repo.search_all(q)
        times: dict[str, dict[str, list[float]]] = {q: {"encrypted": [], "plain": []}
                                                    for q in queries}
        for _ in range(repeats):
            for q in queries:
                for name, repo in (("encrypted", encrypted), ("plain", plain)):
                    t0 = time.perf_counter()
                    repo.search_all(q)
                    times[q][name].append((time.perf_counter() - t0) * 1000)
        per_query = {q: {k: round(statistics.median(v), 2) for k, v in d.items()}
                     for q, d in times.items()}
        enc = sum(d["encrypted"] for d in per_query.values())
        pla = sum(d["plain"] for d in per_query.values())
        return {"per_query_ms": per_query, "encrypted_ms": round(enc, 2),
                "plain_ms": round(pla, 2), "ratio": round(enc / pla, 3) if pla else None}
    finally:
        if engine is not None:
            engine.dispose()
        _remove(plain_path)
