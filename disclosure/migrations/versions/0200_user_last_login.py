"""officials' last sign-in time and session version

``users.last_login_at`` is set at each successful sign-in and shown by
``disclosure user list``; it is empty for accounts that have not signed in since.
``users.session_version`` is bumped when an account is deactivated or its password
changes, which ends the browser sessions signed in before.

Revision ID: 0200_user_last_login
Revises: 0100_analytics
"""
from alembic import op
import sqlalchemy as sa


revision = '0200_user_last_login'
down_revision = '0100_analytics'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_login_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('session_version', sa.Integer(), nullable=False,
                                      server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('session_version')
        batch_op.drop_column('last_login_at')
