"""Journal: the rest of a trigger moment, experiments, the narrative, categories, drafts.

Trigger moments gain who, category, emotions, sensations, regions, what I did,
regulation and tags (lists as JSON text). The full-text triggers of 0001 are
replaced so the index covers the new text, and experiments (kind code 2) and the
narrative (kind code 3, only its newest kept version) join the index.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.String(27)


def _list(expr: str) -> str:
    """SQL for a JSON list of labels as 'a, b, c' ('' when empty)."""
    return f"coalesce((SELECT group_concat(value, ', ') FROM json_each({expr})), '')"


def _lines(*parts: str) -> str:
    return " || char(10) || ".join(parts)


TRIGGER_TEXT = _lines(
    "new.situation", "new.who", "new.category", _list("new.emotions"),
    _list("new.sensations"), _list("new.regions"), "new.body", "new.thoughts",
    "new.what_i_did", _list("new.tags"))
EXPERIMENT_TEXT = _lines(
    "new.plan", "new.prediction", "new.outcome", "new.feelings_after", _list("new.tags"))

NARRATIVE_REINDEX = """
          DELETE FROM search_index WHERE rowid IN (SELECT id * 8 + 3 FROM narrative_versions);
          INSERT INTO search_index(rowid, text, kind, entry_id)
          SELECT id * 8 + 3, text, 'narrative', id FROM narrative_versions
          WHERE deleted_at IS NULL ORDER BY saved_at DESC, id DESC LIMIT 1;"""


def _add_trigger_columns() -> None:
    for name in ("who", "category", "what_i_did"):
        op.add_column("trigger_moments",
                      sa.Column(name, sa.Text, nullable=False, server_default=""))
    for name in ("emotions", "sensations", "regions", "regulation", "tags"):
        op.add_column("trigger_moments",
                      sa.Column(name, sa.Text, nullable=False, server_default="[]"))
    op.create_index("ix_trigger_live", "trigger_moments", ["deleted_at", "occurred_at"])


def _create_tables() -> None:
    op.create_table(
        "trigger_categories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.Text, nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "experiments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("planned_for", TS, nullable=False),
        sa.Column("tz_offset_min", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("deleted_at", TS, nullable=True),
        sa.Column("idea_key", sa.Text, nullable=True),
        sa.Column("plan", sa.Text, nullable=False, server_default=""),
        sa.Column("prediction", sa.Text, nullable=False, server_default=""),
        sa.Column("belief_before", sa.Integer, nullable=True),
        sa.Column("status", sa.String(16), nullable=False, server_default="planned"),
        sa.Column("outcome", sa.Text, nullable=False, server_default=""),
        sa.Column("feelings_after", sa.Text, nullable=False, server_default=""),
        sa.Column("anxiety_before", sa.Integer, nullable=True),
        sa.Column("anxiety_after", sa.Integer, nullable=True),
        sa.Column("belief_after", sa.Integer, nullable=True),
        sa.Column("trigger_id", sa.Integer,
                  sa.ForeignKey("trigger_moments.id", ondelete="SET NULL"), nullable=True),
        sa.Column("tags", sa.Text, nullable=False, server_default="[]"),
        sa.CheckConstraint("status IN ('planned', 'done', 'skipped')",
                           name="ck_experiment_status"),
        sa.CheckConstraint("belief_before IS NULL OR belief_before BETWEEN 0 AND 100",
                           name="ck_experiment_belief_before"),
        sa.CheckConstraint("belief_after IS NULL OR belief_after BETWEEN 0 AND 100",
                           name="ck_experiment_belief_after"),
        sa.CheckConstraint("anxiety_before IS NULL OR anxiety_before BETWEEN 0 AND 10",
                           name="ck_experiment_anxiety_before"),
        sa.CheckConstraint("anxiety_after IS NULL OR anxiety_after BETWEEN 0 AND 10",
                           name="ck_experiment_anxiety_after"),
    )
    op.create_index("ix_experiment_live", "experiments", ["deleted_at", "planned_for"])
    op.create_table(
        "narrative_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("saved_at", TS, nullable=False),
        sa.Column("tz_offset_min", sa.Integer, nullable=False, server_default="0"),
        sa.Column("deleted_at", TS, nullable=True),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("word_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_narrative_live", "narrative_versions", ["deleted_at", "saved_at"])
    op.create_table(
        "journal_drafts",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("saved_at", TS, nullable=False),
    )


def _index_triggers(table: str, code: int, kind: str, text: str) -> None:
    """Keep search_index in step with ``table`` (soft-deleted rows drop out)."""
    op.execute(f"""
        CREATE TRIGGER {table}_ai AFTER INSERT ON {table}
        WHEN new.deleted_at IS NULL BEGIN
          INSERT INTO search_index(rowid, text, kind, entry_id)
          VALUES (new.id * 8 + {code}, {text}, '{kind}', new.id);
        END""")
    op.execute(f"""
        CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
          DELETE FROM search_index WHERE rowid = old.id * 8 + {code};
        END""")
    op.execute(f"""
        CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN
          DELETE FROM search_index WHERE rowid = old.id * 8 + {code};
          INSERT INTO search_index(rowid, text, kind, entry_id)
          SELECT new.id * 8 + {code}, {text}, '{kind}', new.id WHERE new.deleted_at IS NULL;
        END""")


def upgrade() -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS trigger_moments_{suffix}")
    _add_trigger_columns()
    _create_tables()
    _index_triggers("trigger_moments", 1, "trigger", TRIGGER_TEXT)
    _index_triggers("experiments", 2, "experiment", EXPERIMENT_TEXT)
    # The narrative is one living document: only its newest kept version is indexed.
    for event, suffix in (("INSERT", "ai"), ("UPDATE", "au"), ("DELETE", "ad")):
        gone = ("\n          DELETE FROM search_index WHERE rowid = old.id * 8 + 3;"
                if event == "DELETE" else "")
        op.execute(f"""
        CREATE TRIGGER narrative_versions_{suffix} AFTER {event} ON narrative_versions
        BEGIN{gone}{NARRATIVE_REINDEX}
        END""")
    # Re-index the trigger moments already saved, with the new text layout.
    op.execute("DELETE FROM search_index WHERE rowid IN (SELECT id * 8 + 1 FROM trigger_moments)")
    op.execute(f"""
        INSERT INTO search_index(rowid, text, kind, entry_id)
        SELECT new.id * 8 + 1, {TRIGGER_TEXT}, 'trigger', new.id
        FROM trigger_moments AS new WHERE new.deleted_at IS NULL""")


def downgrade() -> None:
    raise NotImplementedError("SecureBase migrations are append-only")
