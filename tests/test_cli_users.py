"""``disclosure user``: add, list, set-role, deactivate / activate and password, each
change written to the audit log with the acting user "cli"."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from werkzeug.security import check_password_hash

from disclosure import db, users
from disclosure.cli import cli

PW, PW2 = "a-long-password", "another-long-password"
DEPT = "서울특별시 교통정책과"


@pytest.fixture
def run(instance):
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, ["--instance", str(instance.path), "user", *args], input=input)
    return invoke


@pytest.fixture
def kim(run):
    result = run("add", "kim", "--role", "reviewer", "--department", DEPT, input=f"{PW}\n{PW}\n")
    assert result.exit_code == 0, result.output
    return "kim"


def account(instance, name):
    with instance.Session() as s:
        return s.scalar(select(db.User).where(db.User.username == name))


def events(instance, action):
    with instance.Session() as s:
        return list(s.scalars(select(db.Event).where(db.Event.action == action).order_by(db.Event.id)))


def test_add_is_audited_without_the_password(instance, kim):
    [ev] = events(instance, "user_add")
    assert ev.actor == "cli" and ev.document_id is None
    assert ev.after == {"user": "kim", "role": "reviewer", "department": DEPT, "active": True}
    assert PW not in repr(ev.after) and "pbkdf2" not in repr(ev.after) and "scrypt" not in repr(ev.after)


def test_list_shows_role_department_active_and_last_login(instance, run, kim):
    users.add_user(instance, "boss", PW, "admin")
    result = run("list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "name\trole\tdepartment\tactive\tlast login"
    assert lines[1:] == ["boss\tadmin\t-\tyes\t-", f"kim\treviewer\t{DEPT}\tyes\t-"]
    assert users.authenticate(instance, "kim", PW) is not None        # signs in once
    kim_line = next(x for x in run("list").stdout.splitlines() if x.startswith("kim\t"))
    assert kim_line.split("\t")[4].endswith("UTC")
    assert account(instance, "kim").last_login_at is not None


def test_set_role(instance, run, kim):
    result = run("set-role", "kim", "--role", "admin")
    assert result.exit_code == 0, result.output
    u = account(instance, "kim")
    assert (u.role, u.department) == ("admin", DEPT)                  # department kept
    result = run("set-role", "kim", "--role", "reviewer", "--department", "복지정책과")
    assert result.exit_code == 0 and account(instance, "kim").department == "복지정책과"
    first, second = events(instance, "user_role")
    assert first.actor == "cli" and first.before["role"] == "reviewer" and first.after["role"] == "admin"
    assert second.before["department"] == DEPT and second.after["department"] == "복지정책과"


def test_set_role_refuses_a_reviewer_without_department_and_unknown_users(instance, run):
    users.add_user(instance, "boss", PW, "admin")
    result = run("set-role", "boss", "--role", "reviewer")
    assert result.exit_code != 0 and "needs a department" in result.output
    assert account(instance, "boss").role == "admin" and events(instance, "user_role") == []
    result = run("set-role", "nobody", "--role", "admin")
    assert result.exit_code != 0 and "no user 'nobody'" in result.output
    result = run("set-role", "boss", "--role", "root")
    assert result.exit_code != 0 and "root" in result.output


def test_deactivate_and_activate(instance, run, kim):
    result = run("deactivate", "kim")
    assert result.exit_code == 0 and "deactivated kim" in result.output
    assert account(instance, "kim").active is False
    assert users.authenticate(instance, "kim", PW) is None            # cannot sign in
    assert "already inactive" in run("deactivate", "kim").output
    assert "no\t-" in next(x for x in run("list").stdout.splitlines() if x.startswith("kim\t"))
    result = run("activate", "kim")
    assert result.exit_code == 0 and "activated kim" in result.output
    assert users.authenticate(instance, "kim", PW) is not None
    assert "already active" in run("activate", "kim").output
    [off] = events(instance, "user_deactivate")
    [on] = events(instance, "user_activate")
    assert (off.actor, off.before["active"], off.after["active"]) == ("cli", True, False)
    assert (on.actor, on.before["active"], on.after["active"]) == ("cli", False, True)
    assert run("deactivate", "nobody").exit_code != 0


def test_password_prompts_twice_hidden_and_is_audited(instance, run, kim):
    result = run("password", "kim", input=f"{PW2}\n{PW2}\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("password") >= 2 and PW2 not in result.output   # asked twice, not echoed
    assert check_password_hash(account(instance, "kim").password_hash, PW2)
    assert users.authenticate(instance, "kim", PW) is None
    [ev] = events(instance, "user_password")
    assert ev.actor == "cli" and ev.after == {"user": "kim", "password": "changed"}


def test_password_refuses_a_mismatch_or_a_short_one(instance, run, kim):
    result = run("password", "kim", input=f"{PW2}\nsomething-else\n{PW2}\n{PW2}\n")
    assert result.exit_code == 0 and "do not match" in result.output.lower()
    result = run("password", "kim", input="short\nshort\n")
    assert result.exit_code != 0 and "at least" in result.output
    assert check_password_hash(account(instance, "kim").password_hash, PW2)
    assert len(events(instance, "user_password")) == 1
    assert run("password", "nobody", input=f"{PW2}\n{PW2}\n").exit_code != 0


def test_init_migrates_an_older_database_keeping_its_officials(tmp_path):
    """An instance made before the account columns: `disclosure init` adds them (one head)."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect, text

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(db.__file__).parent / "migrations"))
    assert len(ScriptDirectory.from_config(cfg).get_heads()) == 1
    path = tmp_path / "old"
    path.mkdir()
    engine = db.make_engine(path / "disclosure.db")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0100_analytics")
        conn.execute(text("INSERT INTO users (username, password_hash, role, department, active, "
                          "created_at) VALUES ('old', 'x', 'admin', '', 1, '2026-01-01 00:00:00')"))
    engine.dispose()
    result = CliRunner().invoke(cli, ["--instance", str(path), "init"])
    assert result.exit_code == 0, result.output
    engine = db.make_engine(path / "disclosure.db")
    columns = {c["name"] for c in inspect(engine).get_columns("users")}
    assert {"last_login_at", "session_version"} <= columns
    with engine.connect() as conn:
        assert conn.execute(text("SELECT username, session_version, last_login_at FROM users")).all() \
            == [("old", 0, None)]
    engine.dispose()
    result = CliRunner().invoke(cli, ["--instance", str(path), "user", "list"])
    assert "old\tadmin\t-\tyes\t-" in result.stdout
