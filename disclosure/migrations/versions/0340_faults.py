"""ingest failures can be resolved

``ingest_failures.resolved_at`` is set when a file that failed is ingested later (same
path or same content), so ``disclosure stats`` counts only the failures still current.

Revision ID: 0340_faults
Revises: 0320_webabuse
"""
from alembic import op
import sqlalchemy as sa


revision = '0340_faults'
down_revision = '0320_webabuse'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('ingest_failures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resolved_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('ingest_failures', schema=None) as batch_op:
        batch_op.drop_column('resolved_at')
