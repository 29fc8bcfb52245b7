"""Officials' accounts: hashed passwords (werkzeug's scrypt), roles, departments.

Every change made through these functions with an ``actor`` (the command line passes
``"cli"``) is written to the audit log: who, what account, before and after; never a
password or its hash. A deactivated account cannot sign in, and its open sessions
end at their next request (``web.auth`` re-reads the account on every request);
deactivating and changing the password also bump ``session_version``, so sessions
signed in before stay ended even after the account is activated again. Signing out
bumps it too, so a captured session cookie is worthless after its owner signs out (at
the cost of ending the account's sessions in other browsers as well). Every sign-in
attempt and sign-out is audited with the client's address.
"""
from __future__ import annotations

import functools
import secrets

from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from disclosure import audit, db
from disclosure.instance import Instance

ROLES = ("reviewer", "admin")
MIN_PASSWORD = 10


def add_user(inst: Instance, username: str, password: str, role: str = "reviewer",
             department: str = "", *, replace: bool = False, actor: str | None = None) -> db.User:
    username = username.strip()
    if not username or len(username) > 64:
        raise ValueError("a user name needs 1 to 64 characters")
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if role == "reviewer" and not department:
        raise ValueError("a reviewer needs a department (--department)")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    with inst.Session.begin() as s:
        user = s.scalar(select(db.User).where(db.User.username == username))
        if user and not replace:
            raise ValueError(f"user {username!r} exists already")
        before = _state(user) if user else {}
        if not user:
            user = db.User(username=username)
            s.add(user)
        user.password_hash = generate_password_hash(password)
        user.role, user.department, user.active = role, department, True
        if before:                     # replaced: the old password's sessions end
            user.session_version = (user.session_version or 0) + 1
        if actor:
            audit.record(s, actor, "user_add", before=before, after=_state(user))
    return user


def _state(user: db.User) -> dict:
    """What the audit log keeps of an account (never the password hash)."""
    return {"user": user.username, "role": user.role,
            "department": user.department or "", "active": bool(user.active)}


def _get(s, username: str) -> db.User:
    user = s.scalar(select(db.User).where(db.User.username == username.strip()))
    if user is None:
        raise ValueError(f"no user {username.strip()!r}")
    return user


def list_users(inst: Instance) -> list[db.User]:
    """Every account, by name (detached rows; read only)."""
    with inst.Session() as s:
        return list(s.scalars(select(db.User).order_by(db.User.username)))


def set_role(inst: Instance, username: str, role: str, department: str | None = None, *,
             actor: str) -> db.User:
    """Change an account's role, and its department when ``department`` is given.

    A reviewer needs a department (their queue); an administrator's is kept unless
    given."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    with inst.Session.begin() as s:
        user = _get(s, username)
        before = _state(user)
        new_department = (user.department or "") if department is None else department.strip()
        if role == "reviewer" and not new_department:
            raise ValueError("a reviewer needs a department (--department)")
        user.role, user.department = role, new_department
        audit.record(s, actor, "user_role", before=before, after=_state(user))
    return user


def set_active(inst: Instance, username: str, active: bool, *, actor: str) -> bool:
    """Activate or deactivate an account; ``False`` if it already was so (nothing logged)."""
    with inst.Session.begin() as s:
        user = _get(s, username)
        if bool(user.active) == active:
            return False
        before = _state(user)
        user.active = active
        if not active:                 # sessions signed in before stay ended on reactivation
            user.session_version = (user.session_version or 0) + 1
        audit.record(s, actor, "user_activate" if active else "user_deactivate",
                     before=before, after=_state(user))
    return True


def set_password(inst: Instance, username: str, password: str, *, actor: str) -> None:
    """Set a new password (the log says that it changed, not what to)."""
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    with inst.Session.begin() as s:
        user = _get(s, username)
        user.password_hash = generate_password_hash(password)
        user.session_version = (user.session_version or 0) + 1    # sign in again everywhere
        audit.record(s, actor, "user_password", before={"user": user.username},
                     after={"user": user.username, "password": "changed"})


# What the audit log says of each outcome of a sign-in (action, comment).
LOGIN_OUTCOMES = {
    "success": ("login", "로그인 성공"),
    "wrong_password": ("login_failed", "로그인 실패: 비밀번호가 맞지 않음"),
    "unknown_user": ("login_failed", "로그인 실패: 등록되지 않은 아이디"),
    "inactive": ("login_failed", "로그인 실패: 사용이 중지된 계정"),
}
UNKNOWN_ACTOR = "(없는 계정)"       # the audit's actor of a sign-in to an unknown name


@functools.cache
def dummy_hash() -> str:
    """A hash of a random password, made like every stored one: an unknown account name
    is checked against it, so a sign-in takes as long whether the account exists or not."""
    return generate_password_hash(secrets.token_urlsafe(16))


def authenticate(inst: Instance, username: str, password: str, *,
                 address: str = "") -> db.User | None:
    """The account, if it is active and the password is right; records the sign-in time.

    Every attempt does the same password-hashing work (a dummy hash for an unknown
    account, the real one for a deactivated account) and is written to the audit log
    with the client ``address``: success, wrong password, unknown account, deactivated
    account. The log keeps the name typed, never the password."""
    name = username.strip()[:64]
    with inst.Session() as s:
        user = s.scalar(select(db.User).where(db.User.username == username.strip()))
    right = check_password_hash(user.password_hash if user is not None else dummy_hash(), password)
    outcome = ("unknown_user" if user is None else "inactive" if not user.active
               else "success" if right else "wrong_password")
    with inst.Session.begin() as s:
        row = s.get(db.User, user.id) if outcome == "success" else None
        if outcome == "success" and (row is None or not row.active):   # deactivated meanwhile
            outcome, row = "inactive", None
        if row is not None:
            row.last_login_at = db.utcnow()
        action, comment = LOGIN_OUTCOMES[outcome]
        audit.record(s, user.username if user is not None else UNKNOWN_ACTOR, action,
                     after={"user": name, "address": address or "-", "result": outcome},
                     comment=f"{comment} (접속 주소 {address or '알 수 없음'})")
        return row


def end_sessions(inst: Instance, user_id: int, *, address: str = "") -> None:
    """Sign-out: every browser session of the account ends (``session_version`` is
    bumped, so a copied session cookie no longer signs anybody in); audited."""
    with inst.Session.begin() as s:
        user = s.get(db.User, user_id)
        if user is None:
            return
        user.session_version = (user.session_version or 0) + 1
        audit.record(s, user.username, "logout",
                     after={"user": user.username, "address": address or "-"},
                     comment=f"로그아웃 (접속 주소 {address or '알 수 없음'})")


def ensure_demo_users(inst: Instance) -> list[tuple[str, str, str, str]]:
    """An administrator and a reviewer of the department with the longest queue, each
    with a fresh random password (printed by ``disclosure demo``)."""
    with inst.Session() as s:
        dept = s.scalar(select(db.Document.department).where(db.Document.status == "review")
                        .group_by(db.Document.department)
                        .order_by(func.count().desc()).limit(1)) or ""
    made = []
    for name, role, department in (("admin", "admin", ""), ("reviewer", "reviewer", dept)):
        if role == "reviewer" and not department:
            continue
        password = secrets.token_urlsafe(9)
        add_user(inst, name, password, role, department, replace=True)
        made.append((name, password, role, department))
    return made
