"""Where the time of ``securebase search`` goes, step by step, in one fresh process.

    python benchmarks/bench_cli_parts.py VAULT_DIR PASSPHRASE QUERY

Follows what ``Vault.open`` and the search command do (imports, key file and key
derivation, the database check, engine, migrations check, daily backup check, the
query, closing) and prints one JSON object of milliseconds. Used by bench.py to
explain the end-to-end figure; it reaches into the vault's internals, so when they
change it reports what it could not measure instead of failing.
"""

from __future__ import annotations

import json
import sys
import time

T0 = time.perf_counter()


def main(argv: list[str]) -> int:
    parts: dict[str, float] = {}
    last = [T0]

    def mark(name: str) -> None:
        now = time.perf_counter()
        parts[name] = round((now - last[0]) * 1000, 1)
        last[0] = now

    import securebase.cli.journal_cmds  # noqa: F401

    mark("import the command line")
    from pathlib import Path

    from securebase.storage import migrate
    from securebase.storage import vault as vault_module

    mark("import the vault (SQLAlchemy, SQLCipher, cryptography)")
    try:
        from securebase.domain.clock import SystemClock
        from securebase.paths import VaultPaths
        from securebase.storage.keyfile import KeyFileStore
        from securebase.storage.lockfile import InstanceLock

        paths = VaultPaths(Path(argv[0]))
        store = KeyFileStore(paths.key, paths.key_copy)
        keyfile, key = store.open(lambda kf: kf.unlock(argv[1]))
        mark("key file and key derivation (Argon2id)")
        vault_module._verify_database(paths.db, key)
        mark("database check at open (cipher_integrity_check)")
        vault = vault_module.Vault(paths, keyfile, key, InstanceLock(paths.lock).acquire(),
                                   SystemClock())
        mark("engine")
        migrate.needs_upgrade(vault.engine)
        vault.daily_backup()
        mark("migrations and daily backup checks")
        vault.triggers.search(argv[2])
        mark("the search query")
        vault.close()
        mark("close")
    except Exception as exc:  # internals moved on: say what could not be measured
        parts["unmeasured"] = f"{type(exc).__name__}: {exc}"
    parts["total"] = round((time.perf_counter() - T0) * 1000, 1)
    print(json.dumps(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
