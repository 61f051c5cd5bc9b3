"""journal tables.

Revision ID: 0002
Revises: 0001
"""

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the journal feature


def downgrade() -> None:
    raise NotImplementedError("SecureBase migrations are append-only")
