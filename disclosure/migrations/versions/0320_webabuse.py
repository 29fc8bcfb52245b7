"""citizens' reports of a missed mask, each with a number the citizen can track

A report takes its document down at once only when the value it quotes is readable in
the public copy, and only below a global cap of takedowns an hour; every other report
waits, flagged, at the top of the officials' review queue (issue 14, items 6-7).

Revision ID: 0320_webabuse
Revises: 0200_user_last_login
"""
from alembic import op
import sqlalchemy as sa


revision = '0320_webabuse'
down_revision = '0200_user_last_login'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'citizen_reports',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=32), nullable=False),
        sa.Column('document_id', sa.String(length=128), nullable=False),
        sa.Column('text_masked', sa.Text(), nullable=False),
        sa.Column('evidence', sa.JSON(), nullable=False),
        sa.Column('outcome', sa.String(length=16), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('closed_by', sa.String(length=64), nullable=False),
        sa.Column('resolution', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id']),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_citizen_reports_number', 'citizen_reports', ['number'], unique=True)
    op.create_index('ix_citizen_reports_document_id', 'citizen_reports', ['document_id'])
    op.create_index('ix_citizen_reports_outcome', 'citizen_reports', ['outcome'])
    op.create_index('ix_citizen_reports_status', 'citizen_reports', ['status'])
    op.create_index('ix_citizen_reports_created_at', 'citizen_reports', ['created_at'])


def downgrade() -> None:
    for name in ('created_at', 'status', 'outcome', 'document_id', 'number'):
        op.drop_index(f'ix_citizen_reports_{name}', table_name='citizen_reports')
    op.drop_table('citizen_reports')
