"""Argon2id key derivation, calibrated per machine, never below RFC 9106's floor."""

from __future__ import annotations

import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

# RFC 9106, second recommended option: t=3, 64 MiB, p=4.
FLOOR_TIME_COST = 3
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_PARALLELISM = 4
TARGET_SECONDS = 0.5
# Memory stays at RFC 9106's 64 MiB: a desktop app should not spike its footprint by
# hundreds of MB at every unlock; the time cost is raised instead to reach the target.
MAX_MEMORY_KIB = 64 * 1024
MAX_TIME_COST = 24
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    def meets_floor(self) -> bool:
        return (
            self.time_cost >= FLOOR_TIME_COST
            and self.memory_kib >= FLOOR_MEMORY_KIB
            and self.parallelism >= FLOOR_PARALLELISM
        )

    def to_dict(self) -> dict[str, int]:
        return {"time_cost": self.time_cost, "memory_kib": self.memory_kib,
                "parallelism": self.parallelism}


FLOOR = KdfParams(FLOOR_TIME_COST, FLOOR_MEMORY_KIB, FLOOR_PARALLELISM)


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def calibrate(target: float = TARGET_SECONDS, timer=time.perf_counter,
              measure=None) -> KdfParams:
    """Parameters that take about ``target`` seconds here, never below the floor.

    ``measure(params) -> seconds`` may be injected by tests.
    """

    def _measure(params: KdfParams) -> float:
        start = timer()
        derive("calibration", b"\x00" * 16, params)
        return timer() - start

    measure = measure or _measure
    base = sorted(measure(FLOOR) for _ in range(3))[1]  # median: one busy moment misleads
    if base <= 0:
        return FLOOR
    per_unit = base / (FLOOR.time_cost * FLOOR.memory_kib)
    budget_units = target / per_unit
    memory = FLOOR.memory_kib
    while memory * 2 <= MAX_MEMORY_KIB and budget_units / (memory * 2) >= FLOOR.time_cost:
        memory *= 2
    time_cost = int(budget_units // memory)
    time_cost = max(FLOOR.time_cost, min(MAX_TIME_COST, time_cost))
    return KdfParams(time_cost, memory, FLOOR.parallelism)
