"""practice tables.

Revision ID: 0004
Revises: 0003
"""

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the practice feature


def downgrade() -> None:
    raise NotImplementedError("SecureBase migrations are append-only")
