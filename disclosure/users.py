"""Officials' accounts: hashed passwords (werkzeug's scrypt), roles, departments."""
from __future__ import annotations

import secrets

from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from disclosure import db
from disclosure.instance import Instance

ROLES = ("reviewer", "admin")
MIN_PASSWORD = 10


def add_user(inst: Instance, username: str, password: str, role: str = "reviewer",
             department: str = "", *, replace: bool = False) -> db.User:
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
        if not user:
            user = db.User(username=username)
            s.add(user)
        user.password_hash = generate_password_hash(password)
        user.role, user.department, user.active = role, department, True
    return user


def authenticate(inst: Instance, username: str, password: str) -> db.User | None:
    with inst.Session() as s:
        user = s.scalar(select(db.User).where(db.User.username == username.strip()))
    if user and user.active and check_password_hash(user.password_hash, password):
        return user
    return None


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
