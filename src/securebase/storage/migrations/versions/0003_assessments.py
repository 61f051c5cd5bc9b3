"""Assessment takes and answers.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.String(27)


def upgrade() -> None:
    op.create_table(
        "assessment_takes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("instrument_id", sa.String(64), nullable=False),
        sa.Column("instrument_version", sa.String(32), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("completed_at", TS, nullable=True),
        sa.Column("anxiety", sa.Float, nullable=True),
        sa.Column("avoidance", sa.Float, nullable=True),
        sa.Column("facets", sa.Text, nullable=False, server_default="{}"),
        sa.CheckConstraint("anxiety IS NULL OR anxiety BETWEEN 1 AND 7", name="ck_take_anxiety"),
        sa.CheckConstraint("avoidance IS NULL OR avoidance BETWEEN 1 AND 7",
                           name="ck_take_avoidance"),
        sa.CheckConstraint(
            "completed_at IS NULL OR (anxiety IS NOT NULL AND avoidance IS NOT NULL)",
            name="ck_take_completed_scored"),
    )
    op.create_index("ix_take_instrument_completed", "assessment_takes",
                    ["instrument_id", "completed_at"])
    op.create_table(
        "assessment_answers",
        sa.Column("take_id", sa.Integer,
                  sa.ForeignKey("assessment_takes.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("item_id", sa.String(64), primary_key=True),
        sa.Column("value", sa.Integer, nullable=True),
        sa.Column("answered_at", TS, nullable=False),
        sa.CheckConstraint("value IS NULL OR value BETWEEN 1 AND 7", name="ck_answer_value"),
    )
    # Completed takes are kept forever: the database itself refuses to delete them.
    op.execute("""
        CREATE TRIGGER assessment_takes_keep BEFORE DELETE ON assessment_takes
        WHEN old.completed_at IS NOT NULL BEGIN
          SELECT RAISE(ABORT, 'completed assessment takes are kept');
        END""")


def downgrade() -> None:
    raise NotImplementedError("SecureBase migrations are append-only")
