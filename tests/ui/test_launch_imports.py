"""Fast launch: nothing heavy is imported before the first dialog can paint.

The unlock and create dialogs must paint within 0.35 s of launch; SQLAlchemy,
SQLCipher, Argon2, cryptography and zxcvbn together take longer than that to
import, so they are loaded after the dialog is on screen (or on first use).
Each check runs in a fresh interpreter, where nothing has been imported yet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "sqlcipher3", "argon2", "cryptography", "zxcvbn", "matplotlib",
         "securebase.storage.vault", "securebase.storage.backups", "securebase.storage.restore")

_PROBE = """
import json, sys
{code}
print(json.dumps(sorted(name for name in {heavy!r} if name in sys.modules)))
"""


def _heavy_modules_after(code: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", _PROBE.format(code=code, heavy=HEAVY)],
                            capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("module", [
    "securebase.app",
    "securebase.cli",
    "securebase.ui.unlock_dialog",
    "securebase.ui.create_vault_dialog",
    "securebase.ui.recovery_dialog",
    "securebase.ui.workers",
])
def test_dialog_modules_import_no_heavy_library(module):
    assert _heavy_modules_after(f"import {module}") == []


def test_building_both_dialogs_imports_no_heavy_library(tmp_path):
    code = f"""
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from securebase.ui.create_vault_dialog import CreateVaultDialog
from securebase.ui.unlock_dialog import UnlockDialog
for cls in (UnlockDialog, CreateVaultDialog):
    dialog = cls(Path({str(tmp_path)!r}))
    dialog.show()
    app.processEvents()
    dialog.hide()
"""
    assert _heavy_modules_after(code) == []


def test_the_strength_meter_loads_zxcvbn_on_first_use(tmp_path):
    code = f"""
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from securebase.ui.create_vault_dialog import CreateVaultDialog
dialog = CreateVaultDialog(Path({str(tmp_path)!r}))
before = "zxcvbn" in sys.modules
dialog.passphrase_edit.setText("x")
print(json.dumps([before, "zxcvbn" in sys.modules, dialog.form.meter.strength is not None]))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", "import json, sys\n" + code],
                            capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [False, True, True]
