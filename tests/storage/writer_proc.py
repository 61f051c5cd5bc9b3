"""A writer process for the crash test: saves numbered entries and acknowledges each
on stdout only after the commit returned."""

import sys
from datetime import UTC, datetime

from securebase.domain.entries import TriggerMoment
from securebase.storage.vault import Vault


def main() -> None:
    data_dir, passphrase, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    vault = Vault.open(data_dir, passphrase, auto_backup=False)
    print("READY", flush=True)
    n = start
    while True:
        vault.triggers.add(TriggerMoment(
            intensity=n % 11, occurred_at=datetime.now(UTC), situation=f"ack-{n} " + "x" * (n % 900)))
        print(f"ACK {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
