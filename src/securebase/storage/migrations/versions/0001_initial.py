"""Initial schema: trigger moments, settings and the full-text index.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.String(27)


def upgrade() -> None:
    op.create_table(
        "trigger_moments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("tz_offset_min", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("deleted_at", TS, nullable=True),
        sa.Column("intensity", sa.Integer, nullable=False),
        sa.Column("intensity_after", sa.Integer, nullable=True),
        sa.Column("situation", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("thoughts", sa.Text, nullable=False, server_default=""),
        sa.Column("urge", sa.String(16), nullable=True),
        sa.CheckConstraint("intensity BETWEEN 0 AND 10", name="ck_trigger_intensity"),
        sa.CheckConstraint("intensity_after IS NULL OR intensity_after BETWEEN 0 AND 10",
                           name="ck_trigger_intensity_after"),
    )
    op.create_index("ix_trigger_occurred", "trigger_moments", ["occurred_at"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    # One full-text index for every kind of entry. rowid = entry id * 8 + kind code
    # (trigger = 1), so an entry's row is found without scanning.
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "text, kind UNINDEXED, entry_id UNINDEXED, tokenize = 'trigram')"
    )
    text = "new.situation || char(10) || new.body || char(10) || new.thoughts"
    op.execute(f"""
        CREATE TRIGGER trigger_moments_ai AFTER INSERT ON trigger_moments
        WHEN new.deleted_at IS NULL BEGIN
          INSERT INTO search_index(rowid, text, kind, entry_id)
          VALUES (new.id * 8 + 1, {text}, 'trigger', new.id);
        END""")
    op.execute("""
        CREATE TRIGGER trigger_moments_ad AFTER DELETE ON trigger_moments BEGIN
          DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
        END""")
    op.execute(f"""
        CREATE TRIGGER trigger_moments_au AFTER UPDATE ON trigger_moments BEGIN
          DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
          INSERT INTO search_index(rowid, text, kind, entry_id)
          SELECT new.id * 8 + 1, {text}, 'trigger', new.id WHERE new.deleted_at IS NULL;
        END""")


def downgrade() -> None:
    raise NotImplementedError("SecureBase migrations are append-only")
