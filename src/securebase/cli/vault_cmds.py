"""Vault care on the command line: init, check, passwd, backup, restore."""

from __future__ import annotations

from pathlib import Path

from securebase.cli import passphrases
from securebase.cli.context import CliContext
from securebase.cli.output import emit
from securebase.cli.parser import Commands, UsageError
from securebase.storage.errors import BackupNotFound, VaultDamaged, VaultExists

ENV_RECOVERY_KEY = "SECUREBASE_RECOVERY_KEY"

RECOVERY_KEY_NOTE = (
    "Write it down and keep it somewhere safe away from this computer: it is the only way "
    "to open your vault if you forget your passphrase, and it will not be shown again."
)


def register(commands: Commands) -> None:
    commands.add("init", cmd_init, help="create a new vault; prints the recovery key once",
                 description="Create a new, empty vault in the data folder. The passphrase "
                             "comes from SECUREBASE_NEW_PASSPHRASE (or the usual passphrase "
                             "channels), else it is asked twice on the terminal.")
    commands.add("check", cmd_check, help="check the vault and key file for damage",
                 description="Run SQLite's and SQLCipher's integrity checks and read both "
                             "copies of the key file. Prints 'ok' or each problem "
                             "(exit code 4 when there are problems). Changes nothing.")
    passwd = commands.add(
        "passwd", cmd_passwd, help="change the passphrase",
        description="Change the passphrase. The current one comes through the usual "
                    "channels, the new one from SECUREBASE_NEW_PASSPHRASE or the terminal.")
    passwd.add_argument("--recovery-key", action="store_true",
                        help="you forgot the passphrase: unlock with the recovery key instead "
                             f"(asked on the terminal, or from {ENV_RECOVERY_KEY})")
    backup = commands.add("backup", cmd_backup, help="write an encrypted backup",
                          description="Write an encrypted backup of the vault and print its "
                                      "path. It opens with the current passphrase.")
    backup.add_argument("dest", nargs="?", metavar="DEST",
                        help="folder for the backup (default: the vault's backups folder)")
    restore = commands.add(
        "restore", cmd_restore, help="replace the vault with a backup (the current one is kept)",
        description="Verify a backup and make it the vault. The vault that was there is first "
                    "kept as a 'pre-restore' backup, so nothing is ever lost.")
    restore.add_argument("backup", metavar="BACKUP", help="the backup file (.sbbackup)")


# ----------------------------------------------------------------- init
def cmd_init(ctx: CliContext) -> int:
    data_dir = ctx.data_dir
    if ctx.paths.exists():
        raise VaultExists(f"A vault already exists in {data_dir}; nothing was changed.")
    fallback = passphrases.given_passphrase(getattr(ctx.args, "passphrase_file", None), ctx.env)
    secret = passphrases.new_passphrase(ctx.env, fallback=fallback)
    from securebase.storage.vault import Vault

    vault, recovery_key = Vault.create(data_dir, secret, clock=ctx.clock)
    vault.close()
    emit(f"Created a new vault in {data_dir}.")
    emit()
    emit(f"    Recovery key:  {recovery_key}")
    emit()
    emit(RECOVERY_KEY_NOTE)
    return 0


# ----------------------------------------------------------------- check
def _newest_backup_hint(ctx: CliContext, data_key: bytes | None = None) -> str:
    from securebase.storage.backups import newest_good

    best = newest_good(ctx.paths.backups, data_key)
    if best is None:
        return ""
    return f" The newest good backup is {best.path} (restore it with 'securebase restore')."


def cmd_check(ctx: CliContext) -> int:
    # A check only reads: no automatic backup of a vault that may be damaged.
    try:
        with ctx.open_vault(auto_backup=False) as vault:
            problems = vault.check()
            hint = _newest_backup_hint(ctx, vault.data_key) if problems else ""
    except VaultDamaged as exc:
        raise VaultDamaged(exc.user_message + _newest_backup_hint(ctx)) from None
    if not problems:
        emit("ok")
        return 0
    for problem in problems:
        emit(problem)
    count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
    raise VaultDamaged(f"The check found {count} in the vault; nothing has been changed."
                       + hint)


# ----------------------------------------------------------------- passwd
def _recovery_key(ctx: CliContext) -> str:
    value = ctx.env.get(ENV_RECOVERY_KEY)
    if value:
        return value
    if not passphrases.stdin_is_tty():
        raise passphrases.NoPassphrase(
            f"No recovery key given: set {ENV_RECOVERY_KEY} or run the command in a terminal.")
    value = passphrases.prompt_hidden("Recovery key: ")
    if not value.strip():
        raise UsageError("No recovery key was entered; nothing was changed.")
    return value


def cmd_passwd(ctx: CliContext) -> int:
    if ctx.args.recovery_key:
        ctx.require_vault()
        key = _recovery_key(ctx)
        new = passphrases.new_passphrase(ctx.env)
        from securebase.storage.vault import Vault

        Vault.open_with_recovery(ctx.data_dir, key, new, clock=ctx.clock).close()
    else:
        ctx.require_vault()
        old = ctx.passphrase()
        with ctx.open_vault(passphrase=old) as vault:
            new = passphrases.new_passphrase(ctx.env, different_from=old)
            vault.change_passphrase(old, new)
    emit("The passphrase is changed; your recovery key stays the same.")
    return 0


# ----------------------------------------------------------------- backup & restore
def cmd_backup(ctx: CliContext) -> int:
    dest = Path(ctx.args.dest).expanduser().resolve() if ctx.args.dest else None
    if dest is not None and dest.exists() and not dest.is_dir():
        raise UsageError(f"{dest} is a file; please give a folder for the backup.")
    with ctx.open_vault() as vault:
        path = vault.backup(dest_dir=dest)
    emit(str(path))
    return 0


def cmd_restore(ctx: CliContext) -> int:
    backup = Path(ctx.args.backup).expanduser().resolve()
    if not backup.is_file():
        raise BackupNotFound(f"There is no backup file at {backup}.")
    secret = passphrases.current_passphrase(
        getattr(ctx.args, "passphrase_file", None), ctx.env,
        prompt="Passphrase for the backup (or for the current vault): ")
    from securebase.storage.restore import restore_backup

    kept = restore_backup(ctx.data_dir, backup, secret, clock=ctx.clock)
    emit(f"Restored the vault in {ctx.data_dir} from {backup.name}.")
    if kept is not None:
        emit(f"The vault that was there before is kept at {kept}.")
    return 0
