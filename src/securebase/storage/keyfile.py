"""The versioned key file: the data key wrapped under the passphrase and the recovery key.

Layout (JSON, UTF-8): magic, version, vault_id, kdf {argon2id params, salt},
slots {passphrase, recovery} each {nonce, ciphertext}, and a SHA-256 checksum
over the rest. The checksum tells damage apart from a wrong passphrase: a file
whose checksum holds but whose slot does not open was given the wrong secret.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from securebase.storage import kdf
from securebase.storage.atomic import write_atomic
from securebase.storage.errors import VaultDamaged, WrongPassphrase, WrongRecoveryKey

MAGIC = "SECUREBASE-KEYFILE"
VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits -> 32 base32 characters
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class KeyFileDamaged(Exception):
    """The key file cannot be trusted (unreadable, wrong magic, checksum mismatch)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(obj: dict) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


# ---------------------------------------------------------------- recovery key
def new_recovery_key() -> str:
    raw = secrets.token_bytes(RECOVERY_BYTES)
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalize_recovery_key(text: str) -> bytes:
    """Accept the key with any spacing, dashes or case; return its bytes."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    if len(cleaned) != 32 or any(ch not in _B32 for ch in cleaned):
        raise WrongRecoveryKey(
            "That does not look like a recovery key: it has 32 letters and digits in groups of four."
        )
    return base64.b32decode(cleaned)


def _recovery_wrapping_key(raw: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"securebase recovery v1").derive(raw)


# ---------------------------------------------------------------- the file
@dataclass
class KeyFile:
    vault_id: str
    kdf_params: kdf.KdfParams
    salt: bytes
    slots: dict[str, dict[str, bytes]] = field(default_factory=dict)
    recovery_salt: bytes = b""

    # -- construction
    @classmethod
    def create(cls, data_key: bytes, passphrase: str, recovery_key: str,
               params: kdf.KdfParams) -> KeyFile:
        kf = cls(vault_id=secrets.token_hex(16), kdf_params=params,
                 salt=secrets.token_bytes(16), recovery_salt=secrets.token_bytes(16))
        kf.set_passphrase(data_key, passphrase)
        kf._wrap("recovery", _recovery_wrapping_key(normalize_recovery_key(recovery_key),
                                                    kf.recovery_salt), data_key)
        return kf

    def _aad(self, slot: str) -> bytes:
        header: dict = {"vault_id": self.vault_id, "slot": slot}
        if slot == "passphrase":
            header.update(kdf=self.kdf_params.to_dict(), salt=_b64(self.salt))
        else:
            header.update(salt=_b64(self.recovery_salt))
        return b"securebase-key-v1|" + _canonical(header)

    def _wrap(self, slot: str, wrapping_key: bytes, data_key: bytes) -> None:
        nonce = secrets.token_bytes(12)
        ct = AESGCM(wrapping_key).encrypt(nonce, data_key, self._aad(slot))
        self.slots[slot] = {"nonce": nonce, "ciphertext": ct}

    def _unwrap(self, slot: str, wrapping_key: bytes) -> bytes:
        entry = self.slots[slot]
        return AESGCM(wrapping_key).decrypt(entry["nonce"], entry["ciphertext"], self._aad(slot))

    def set_passphrase(self, data_key: bytes, passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase (fresh salt)."""
        self.salt = secrets.token_bytes(16)
        self._wrap("passphrase", kdf.derive(passphrase, self.salt, self.kdf_params), data_key)

    def unlock(self, passphrase: str) -> bytes:
        wrapping = kdf.derive(passphrase, self.salt, self.kdf_params)
        try:
            return self._unwrap("passphrase", wrapping)
        except InvalidTag:
            raise WrongPassphrase() from None

    def unlock_recovery(self, recovery_key: str) -> bytes:
        raw = normalize_recovery_key(recovery_key)
        try:
            return self._unwrap("recovery",
                                _recovery_wrapping_key(raw, self.recovery_salt))
        except InvalidTag:
            raise WrongRecoveryKey() from None

    # -- serialisation
    def _body(self) -> dict:
        return {
            "magic": MAGIC,
            "version": VERSION,
            "vault_id": self.vault_id,
            "kdf": {"name": "argon2id", **self.kdf_params.to_dict(), "salt": _b64(self.salt)},
            "recovery_salt": _b64(self.recovery_salt),
            "slots": {name: {"nonce": _b64(v["nonce"]), "ciphertext": _b64(v["ciphertext"])}
                      for name, v in sorted(self.slots.items())},
        }

    def to_bytes(self) -> bytes:
        body = self._body()
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, sort_keys=True, indent=1).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            body = json.loads(data.decode("utf-8"))
            if not isinstance(body, dict) or body.get("magic") != MAGIC:
                raise KeyFileDamaged("not a SecureBase key file")
            if body.get("version") != VERSION:
                raise KeyFileDamaged(f"unknown key file version {body.get('version')!r}")
            checksum = body.pop("checksum")
            if hashlib.sha256(_canonical(body)).hexdigest() != checksum:
                raise KeyFileDamaged("checksum mismatch")
            k = body["kdf"]
            if k["name"] != "argon2id":
                raise KeyFileDamaged("unknown key derivation")
            params = kdf.KdfParams(int(k["time_cost"]), int(k["memory_kib"]),
                                   int(k["parallelism"]))
            slots = {name: {"nonce": _unb64(v["nonce"]), "ciphertext": _unb64(v["ciphertext"])}
                     for name, v in body["slots"].items()}
            if "passphrase" not in slots or "recovery" not in slots:
                raise KeyFileDamaged("a key slot is missing")
            return cls(vault_id=str(body["vault_id"]), kdf_params=params,
                       salt=_unb64(k["salt"]), slots=slots,
                       recovery_salt=_unb64(body["recovery_salt"]))
        except KeyFileDamaged:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise KeyFileDamaged(type(exc).__name__) from None


# ---------------------------------------------------------------- two copies on disk
@dataclass
class KeyFileStore:
    """The key file kept twice: ``primary`` and ``copy``."""

    primary: Path
    copy: Path

    def write(self, keyfile: KeyFile) -> None:
        data = keyfile.to_bytes()
        write_atomic(self.primary, data)
        write_atomic(self.copy, data)

    def read_all(self) -> list[tuple[Path, KeyFile | None, str | None]]:
        """Each copy with its parsed key file, or None and the reason it is unusable."""
        out = []
        for path in (self.primary, self.copy):
            try:
                out.append((path, KeyFile.from_bytes(path.read_bytes()), None))
            except FileNotFoundError:
                out.append((path, None, "missing"))
            except KeyFileDamaged as exc:
                out.append((path, None, f"damaged ({exc})"))
            except OSError as exc:
                out.append((path, None, f"unreadable ({exc.strerror})"))
        return out

    def exists(self) -> bool:
        return self.primary.exists() or self.copy.exists()

    def open(self, unlock) -> tuple[KeyFile, bytes]:
        """Try each good copy with ``unlock(keyfile) -> data_key``.

        Raises WrongPassphrase (or WrongRecoveryKey) when a good copy exists but
        none opens, VaultDamaged when no copy is readable.
        """
        wrong: WrongPassphrase | None = None
        good = [(p, kf) for p, kf, _ in self.read_all() if kf is not None]
        if not good:
            raise VaultDamaged(
                "Both copies of the vault's key file are damaged or missing, so the vault "
                "cannot be opened; nothing has been changed. You can restore a backup."
            )
        for _path, kf in good:
            try:
                return kf, unlock(kf)
            except WrongPassphrase as exc:
                wrong = exc
        assert wrong is not None
        raise wrong

    def sync_copy(self, keyfile: KeyFile) -> None:
        """After a successful open, finish an interrupted write: bring a stale but
        intact copy up to date. A damaged copy is left untouched for inspection."""
        data = keyfile.to_bytes()
        for path, kf, reason in self.read_all():
            if reason == "missing" or (kf is not None and path.read_bytes() != data):
                write_atomic(path, data)


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)
