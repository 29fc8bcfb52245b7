"""Alembic environment: runs on the connection handed in by disclosure.db.upgrade."""
from alembic import context

from disclosure.db import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through disclosure.db.upgrade(engine)")
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
