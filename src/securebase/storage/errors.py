"""Typed errors at the storage boundary, each with one user-facing sentence.

The CLI maps ``exit_code``; the GUI shows ``user_message``. Messages never
contain entry text, keys or passphrases.
"""

from __future__ import annotations


class SecureBaseError(Exception):
    """Base class: something the user should be told in one sentence."""

    exit_code = 1
    default_message = "Something went wrong."

    def __init__(self, message: str | None = None) -> None:
        self.user_message = message or self.default_message
        super().__init__(self.user_message)


class WrongPassphrase(SecureBaseError):
    exit_code = 3
    default_message = "That passphrase does not open this vault. Please check it and try again."


class WrongRecoveryKey(WrongPassphrase):
    default_message = "That recovery key does not open this vault. Please check it and try again."


class VaultDamaged(SecureBaseError):
    exit_code = 4
    default_message = (
        "The vault file is damaged and cannot be opened safely; nothing has been changed. "
        "You can restore the newest good backup."
    )


class VaultInUse(SecureBaseError):
    exit_code = 5
    default_message = (
        "This vault is already open in another SecureBase window or command. "
        "Close it there first."
    )


class VaultMissing(SecureBaseError):
    exit_code = 1
    default_message = "There is no vault in this folder yet. Create one with 'securebase init'."


class VaultExists(SecureBaseError):
    exit_code = 1
    default_message = "A vault already exists in this folder; nothing was changed."


class WeakPassphrase(SecureBaseError):
    exit_code = 2
    default_message = "That passphrase is too easy to guess."


class InvalidInput(SecureBaseError):
    exit_code = 2
    default_message = "That input is not valid."


class ImportRejected(SecureBaseError):
    exit_code = 1
    default_message = "That file cannot be imported; the vault was not changed."


class StorageFull(SecureBaseError):
    exit_code = 1
    default_message = (
        "The disk is full, so nothing new was saved. Free some space and try again; "
        "your earlier entries are safe."
    )


class FeatureMissing(SecureBaseError):
    exit_code = 1
    default_message = (
        "This SQLCipher build lacks full-text search (FTS5), which SecureBase needs. "
        "Please reinstall SecureBase."
    )


class BackupNotFound(SecureBaseError):
    exit_code = 1
    default_message = "That backup file cannot be found."
