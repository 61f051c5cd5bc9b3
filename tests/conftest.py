"""Shared fixtures: every test gets its own data and config folders and, where asked,
a fresh vault with cheap key-derivation settings (never reachable by users)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest  # noqa: E402

from securebase.storage.kdf import KdfParams  # noqa: E402

CHEAP_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
PASSPHRASE = "tidal orchard lantern forty-two"
OTHER_PASSPHRASE = "quiet harbour violin seventeen"

_ENV = ("SECUREBASE_PASSPHRASE", "SECUREBASE_NEW_PASSPHRASE", "SECUREBASE_DATA_DIR",
        "SECUREBASE_CONFIG_DIR")


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SECUREBASE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("SECUREBASE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def make_vault(data_dir):
    """A closed vault in ``data_dir`` opened by PASSPHRASE; returns its recovery key."""
    from securebase.storage.vault import Vault

    vault, recovery_key = Vault.create(data_dir, PASSPHRASE, _unsafe_kdf_params=CHEAP_KDF)
    vault.close()
    return recovery_key


@pytest.fixture
def vault(data_dir, make_vault):
    from securebase.storage.vault import Vault

    v = Vault.open(data_dir, PASSPHRASE)
    yield v
    v.close()
