"""Account changes from the command line reach the officials' workspace at once: a
deactivated official cannot sign in and their open session ends at the next request
(and stays ended when the account is activated again); a new password ends the
sessions signed in with the old one; a role change applies at the next request."""
from __future__ import annotations

from click.testing import CliRunner

from disclosure.cli import cli
from web_support import PASSWORD

NEW_PASSWORD = "a brand new passphrase"


def cli_user(instance, *args, input=None):
    result = CliRunner().invoke(cli, ["--instance", str(instance.path), "user", *args], input=input)
    assert result.exit_code == 0, result.output
    return result


def signed_out(resp) -> bool:
    return resp.status_code == 302 and resp.headers["Location"].startswith("/login")


def test_deactivated_official_is_logged_out_and_cannot_log_in(app, client, login, instance):
    login("rev_a")
    assert client.get("/review/").status_code == 200
    other = app.test_client()                                        # a second open session
    assert other.post("/login", data={"username": "rev_a", "password": PASSWORD}).status_code == 303

    cli_user(instance, "deactivate", "rev_a")
    assert signed_out(client.get("/review/"))                        # the next request
    with client.session_transaction() as sess:
        assert "_user_id" not in sess                                # logged out, not just refused
    resp = client.post("/login", data={"username": "rev_a", "password": PASSWORD})
    assert resp.status_code == 401

    cli_user(instance, "activate", "rev_a")
    assert signed_out(other.get("/review/")), "reactivation must not revive an old session"
    login("rev_a")                                                   # a fresh sign-in works
    assert client.get("/review/").status_code == 200


def test_new_password_ends_the_old_sessions(client, login, instance):
    login("rev_a")
    assert client.get("/review/").status_code == 200
    cli_user(instance, "password", "rev_a", input=f"{NEW_PASSWORD}\n{NEW_PASSWORD}\n")
    assert signed_out(client.get("/review/"))
    assert client.post("/login", data={"username": "rev_a", "password": PASSWORD}).status_code == 401
    resp = client.post("/login", data={"username": "rev_a", "password": NEW_PASSWORD})
    assert resp.status_code == 303 and client.get("/review/").status_code == 200


def test_role_change_applies_at_the_next_request(client, login, instance, make_doc):
    from web_support import DEPT_B

    make_doc("other-dept", "다른 부서 문서 본문", publish_now=False, department=DEPT_B)
    login("rev_a")
    assert client.get("/review/documents/other-dept").status_code == 403
    cli_user(instance, "set-role", "rev_a", "--role", "admin")
    assert client.get("/review/documents/other-dept").status_code == 200
    cli_user(instance, "set-role", "rev_a", "--role", "reviewer")   # department kept
    assert client.get("/review/documents/other-dept").status_code == 403
    assert client.get("/review/").status_code == 200


def test_sign_in_is_recorded_as_last_login(client, login, instance):
    def line():
        return next(x for x in cli_user(instance, "list").stdout.splitlines() if x.startswith("rev_a\t"))

    assert line().endswith("\t-")                                   # never signed in
    login("rev_a")
    assert line().endswith("UTC")
