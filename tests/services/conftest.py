"""Fixtures for the services tests: content and a vault on a fake clock."""

from __future__ import annotations

import pytest

from securebase.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.assessment_support import fake_clock


@pytest.fixture(scope="session")
def content():
    from securebase.services.assessment import load_content

    return load_content()


@pytest.fixture
def clock():
    return fake_clock()


@pytest.fixture
def cvault(data_dir, make_vault, clock):
    """An open vault whose clock only moves when the test says so."""
    v = Vault.open(data_dir, PASSPHRASE, clock=clock)
    yield v
    v.close()
