"""Turn low-level write failures into one clear sentence."""

from __future__ import annotations

import contextlib
import errno

import sqlcipher3
from sqlalchemy.exc import DBAPIError

from securebase.storage.errors import StorageFull, VaultDamaged, VaultInUse


@contextlib.contextmanager
def translate_write_errors():
    try:
        yield
    except DBAPIError as exc:
        msg = str(exc.orig).lower() if exc.orig is not None else ""
        if "full" in msg:
            raise StorageFull() from None
        if "locked" in msg or "busy" in msg:
            raise VaultInUse("The vault is busy with another task; please try again.") from None
        if "malformed" in msg or "not a database" in msg:
            raise VaultDamaged() from None
        raise
    except sqlcipher3.DatabaseError as exc:
        if "full" in str(exc).lower():
            raise StorageFull() from None
        raise
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise
