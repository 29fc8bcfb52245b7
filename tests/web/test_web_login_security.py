"""Signing in and out: per-account limits, the audit of every attempt, server-side
logout, the same hashing work for unknown accounts, and 429 answers that say when to
come back (in Korean)."""
from __future__ import annotations

from sqlalchemy import select

from disclosure import db, users
from web_support import PASSWORD

WRONG = "not the password at all"


def attempt(client, username, password=WRONG, address="198.51.100.1"):
    return client.post("/login", data={"username": username, "password": password},
                       environ_base={"REMOTE_ADDR": address})


def events(instance, *actions):
    with instance.Session() as s:
        return list(s.scalars(select(db.Event).where(db.Event.action.in_(actions))
                              .order_by(db.Event.id)))


def test_failed_logins_for_one_account_from_many_addresses_lock_that_account_only(client, officials):
    codes = [attempt(client, "rev_a", address=f"198.51.100.{n}").status_code for n in range(1, 12)]
    assert codes == [401] * 10 + [429]
    assert attempt(client, "rev_a", PASSWORD, address="203.0.113.50").status_code == 429
    assert attempt(client, "rev_b", PASSWORD, address="203.0.113.51").status_code == 303


def test_successful_logins_do_not_use_up_the_account_limit(app, officials):
    app.config["LOGIN_ACCOUNT_RATE_LIMIT"] = "2 per minute"
    for n in range(4):
        other = app.test_client()
        assert attempt(other, "rev_a", PASSWORD, address=f"198.51.100.{n}").status_code == 303


def test_a_429_says_when_to_come_back_in_korean(app, client, officials):
    app.config["LOGIN_RATE_LIMIT"] = "1 per minute"
    attempt(client, "rev_a")
    resp = attempt(client, "rev_b")
    assert resp.status_code == 429
    assert 1 <= int(resp.headers["Retry-After"]) <= 60
    assert "요청이 너무 많습니다" in resp.get_data(as_text=True)


def test_api_429_carries_retry_after_too(app, client):
    app.config["API_RATE_LIMIT"] = "1 per minute"
    client.get("/api/v1/documents")
    resp = client.get("/api/v1/documents")
    assert resp.status_code == 429 and 1 <= int(resp.headers["Retry-After"]) <= 60


def test_every_login_attempt_is_audited_with_the_address_never_the_password(client, officials, instance):
    users.set_active(instance, "rev_b", False, actor="cli")
    attempt(client, "rev_a", PASSWORD, address="198.51.100.1")
    client.post("/logout", environ_base={"REMOTE_ADDR": "198.51.100.1"})
    attempt(client, "rev_a", WRONG, address="198.51.100.2")
    attempt(client, "nobody", WRONG, address="198.51.100.3")
    attempt(client, "rev_b", PASSWORD, address="198.51.100.4")
    got = [(e.actor, e.action, e.after["result"] if "result" in e.after else "", e.after["address"])
           for e in events(instance, "login", "login_failed", "logout")]
    assert got == [("rev_a", "login", "success", "198.51.100.1"),
                   ("rev_a", "logout", "", "198.51.100.1"),
                   ("rev_a", "login_failed", "wrong_password", "198.51.100.2"),
                   (users.UNKNOWN_ACTOR, "login_failed", "unknown_user", "198.51.100.3"),
                   ("rev_b", "login_failed", "inactive", "198.51.100.4")]
    comments = [e.comment for e in events(instance, "login", "login_failed")]
    assert comments[0] == "로그인 성공 (접속 주소 198.51.100.1)"
    assert comments[1].startswith("로그인 실패: 비밀번호가 맞지 않음")
    assert comments[2].startswith("로그인 실패: 등록되지 않은 아이디")
    assert comments[3].startswith("로그인 실패: 사용이 중지된 계정")
    every_cell = repr([(e.actor, e.before, e.after, e.comment) for e in events(
        instance, "login", "login_failed", "logout")])
    assert WRONG not in every_cell and PASSWORD not in every_cell


def test_logout_ends_the_session_a_copied_cookie_included(app, client, login):
    login("rev_a")
    assert client.get("/review/").status_code == 200
    stolen = client.get_cookie("dp_session").value
    client.post("/logout")
    replay = app.test_client()
    replay.set_cookie("dp_session", stolen)
    resp = replay.get("/review/")
    assert resp.status_code == 302 and resp.headers["Location"].startswith("/login")
    login("rev_a")                                                   # signing in again works
    assert client.get("/review/").status_code == 200


def test_unknown_and_known_accounts_cost_the_same_hashing(client, officials, instance, monkeypatch):
    real = users.check_password_hash
    calls = []

    def counting(pwhash, password):
        calls.append(pwhash.split("$", 1)[0])          # the method and its cost parameters
        return real(pwhash, password)

    monkeypatch.setattr(users, "check_password_hash", counting)
    users.set_active(instance, "rev_b", False, actor="cli")
    per_path = {}
    for name in ("rev_a", "nobody", "rev_b"):
        calls.clear()
        assert attempt(client, name).status_code == 401
        per_path[name] = list(calls)
    with instance.Session() as s:
        method = s.scalar(select(db.User.password_hash).where(db.User.username == "rev_a")).split("$")[0]
    assert per_path == {"rev_a": [method], "nobody": [method], "rev_b": [method]}
