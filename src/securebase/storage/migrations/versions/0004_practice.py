"""practice tables: body scans, breathing and the two corrective timers.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TS = sa.String(27)


def _rating(column: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(f"{column} IS NULL OR {column} BETWEEN 0 AND 10",
                              name=f"ck_practice_{column}")


def upgrade() -> None:
    op.create_table(
        "practice_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("tz_offset_min", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("planned_seconds", sa.Integer, nullable=False),
        sa.Column("completed_seconds", sa.Integer, nullable=False),
        sa.Column("finished", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("calm_before", sa.Integer, nullable=True),
        sa.Column("calm_after", sa.Integer, nullable=True),
        sa.Column("urge_before", sa.Integer, nullable=True),
        sa.Column("urge_after", sa.Integer, nullable=True),
        sa.Column("choice", sa.String(16), nullable=True),
        sa.Column("felt", sa.Text, nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("trigger_id", sa.Integer,
                  sa.ForeignKey("trigger_moments.id", ondelete="SET NULL"), nullable=True),
        sa.Column("experiment_id", sa.Integer, nullable=True),
        sa.Column("details", sa.Text, nullable=False, server_default="{}"),
        sa.CheckConstraint("kind IN ('bodyscan', 'breathing', 'pause', 'stay')",
                           name="ck_practice_kind"),
        sa.CheckConstraint("planned_seconds > 0", name="ck_practice_planned"),
        sa.CheckConstraint("completed_seconds BETWEEN 0 AND planned_seconds",
                           name="ck_practice_completed"),
        sa.CheckConstraint("choice IS NULL OR choice IN ('reach-out-now', 'wait')",
                           name="ck_practice_choice"),
        _rating("calm_before"), _rating("calm_after"),
        _rating("urge_before"), _rating("urge_after"),
    )
    op.create_index("ix_practice_started", "practice_sessions", ["started_at"])
    op.create_index("ix_practice_kind_started", "practice_sessions", ["kind", "started_at"])


def downgrade() -> None:
    raise NotImplementedError("SecureBase migrations are append-only")
