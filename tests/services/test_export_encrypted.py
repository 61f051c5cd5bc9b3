"""The encrypted export opens with plain SQLCipher and its own passphrase, and holds the
journal (without deleted entries or drafts)."""

from __future__ import annotations

import pytest
import sqlcipher3

from securebase.services.encrypted_export import export_encrypted
from securebase.services.export import export_to_file
from securebase.storage.errors import InvalidInput, WeakPassphrase
from tests.services.transfer_support import SECRET_DELETED, SECRET_DRAFT, fill

EXPORT_PASSPHRASE = "copper kettle meadow ninety-one"


def open_plain(path, passphrase):
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    return conn


def test_the_encrypted_export_opens_with_plain_sqlcipher_and_the_passphrase(vault, tmp_path):
    saved = fill(vault)
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "copy.db"
    result = export_to_file(vault, "sqlcipher", path, passphrase=EXPORT_PASSPHRASE)
    assert result.path == path and result.counts["trigger_moments"] == 2
    conn = open_plain(path, EXPORT_PASSPHRASE)
    try:
        rows = conn.execute("SELECT uid, intensity, situation FROM trigger_moments "
                            "ORDER BY occurred_at").fetchall()
        assert [(r[0], r[1]) for r in rows] == [(saved["t1"].uid, 7), (saved["t2"].uid, 0)]
        assert rows[0][2].startswith("No reply all evening 晚上没有回复")
        assert conn.execute("SELECT count(*) FROM journal_drafts").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM experiments").fetchone() == (2,)
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # the search index came along, without the deleted entry
        assert conn.execute("SELECT count(*) FROM search_index WHERE text LIKE ?",
                            (f"%{SECRET_DELETED}%",)).fetchone() == (0,)
    finally:
        conn.close()
    raw = path.read_bytes()
    assert b"SQLite format 3" not in raw[:16]  # encrypted from the first page
    assert SECRET_DELETED.encode() not in raw and SECRET_DRAFT.encode() not in raw
    assert sorted(p.name for p in path.parent.iterdir()) == ["copy.db"]


def test_a_wrong_passphrase_does_not_open_it(vault, tmp_path):
    fill(vault)
    path = tmp_path / "copy.db"
    export_encrypted(vault, path, EXPORT_PASSPHRASE)
    conn = open_plain(path, "not the passphrase at all")
    try:
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM trigger_moments").fetchone()
    finally:
        conn.close()


def test_it_is_keyed_by_the_passphrase_not_by_the_vaults_key(vault, tmp_path):
    fill(vault)
    path = tmp_path / "copy.db"
    export_encrypted(vault, path, EXPORT_PASSPHRASE)
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{vault.data_key.hex()}'\"")
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


@pytest.mark.parametrize(("secret", "error"), [
    ("", InvalidInput), ("password", WeakPassphrase), ("abc\x00defghijklmnop", InvalidInput)])
def test_a_weak_or_empty_passphrase_writes_nothing(vault, tmp_path, secret, error):
    with pytest.raises(error):
        export_encrypted(vault, tmp_path / "copy.db", secret)
    assert not list(tmp_path.glob("*copy.db*"))


def test_a_copy_that_does_not_read_back_is_not_kept(vault, tmp_path, monkeypatch):
    from securebase.storage import transfer

    fill(vault)
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "copy.db"
    path.write_bytes(b"an older export")

    def unreadable(target, passphrase):
        raise ValueError("the encrypted export cannot be read back")

    monkeypatch.setattr(transfer, "check_sqlcipher_export", unreadable)
    with pytest.raises(InvalidInput) as caught:
        export_encrypted(vault, path, EXPORT_PASSPHRASE)
    assert "not saved" in caught.value.user_message
    assert path.read_bytes() == b"an older export"  # what was there stays whole
    assert sorted(p.name for p in path.parent.iterdir()) == ["copy.db"]
