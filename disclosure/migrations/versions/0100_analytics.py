"""analytics counters and saved-search subscriptions

Page views and search terms are daily counters without any address (issue 8);
subscriptions hold citizens' e-mail addresses privately.

Revision ID: 0100_analytics
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0100_analytics'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'page_views',
        sa.Column('day', sa.String(length=10), nullable=False),
        sa.Column('path', sa.String(length=300), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('day', 'path'))
    op.create_table(
        'search_terms',
        sa.Column('day', sa.String(length=10), nullable=False),
        sa.Column('term', sa.String(length=100), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('visitors', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('day', 'term'))
    op.create_table(
        'subscriptions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('email', sa.String(length=256), nullable=False),
        sa.Column('query', sa.String(length=200), nullable=False),
        sa.Column('department', sa.String(length=256), nullable=False),
        sa.Column('doc_type', sa.String(length=128), nullable=False),
        sa.Column('frequency', sa.String(length=16), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('nonce', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('confirmed_at', sa.DateTime(), nullable=True),
        sa.Column('last_sent_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_subscriptions_email', 'subscriptions', ['email'])
    op.create_index('ix_subscriptions_status', 'subscriptions', ['status'])


def downgrade() -> None:
    op.drop_index('ix_subscriptions_status', table_name='subscriptions')
    op.drop_index('ix_subscriptions_email', table_name='subscriptions')
    op.drop_table('subscriptions')
    op.drop_table('search_terms')
    op.drop_table('page_views')
