"""Officials' sign-in: Flask-Login over ``db.User``.

The logged-in user is a small detached snapshot (:class:`Official`) rather than an ORM
row, so it survives the request's session being closed. It is re-read from the
database on every request, so deactivating a user or changing their department takes
effect at once. Signing out bumps the account's ``session_version``, so the signed
session cookie (kept by the browser, and possibly copied) stops working at once. Every
sign-in attempt and sign-out goes to the audit log with the client's address
(``disclosure.users``); sign-ins are rate limited per address and per account name
(``web.security``).
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Blueprint, Flask, flash, redirect, render_template, request, session, url_for
from flask_login import LoginManager, UserMixin, current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from disclosure import db, users
from web.dbs import instance

bp = Blueprint("auth", __name__)
#: The account's ``session_version`` at sign-in, kept in the (signed) session cookie.
SESSION_VERSION_KEY = "_account_version"


@dataclass(frozen=True)
class Official(UserMixin):
    id: int
    username: str
    role: str
    department: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def may_act_on(self, department: str) -> bool:
        """Reviewers act on their own department's documents only; admins on all."""
        return self.is_admin or (bool(self.department) and department == self.department)

    def get_id(self) -> str:
        return str(self.id)

    @classmethod
    def of(cls, u: db.User) -> "Official":
        return cls(u.id, u.username, u.role, u.department or "")


class LoginForm(FlaskForm):
    username = StringField("아이디", validators=[DataRequired("아이디를 입력해 주세요."), Length(max=64)])
    password = PasswordField("비밀번호", validators=[DataRequired("비밀번호를 입력해 주세요."),
                                                  Length(max=256)])


def init_login(app: Flask) -> None:
    lm = LoginManager(app)
    lm.login_view = "auth.login"
    lm.login_message = "업무 화면은 로그인한 담당자만 볼 수 있습니다."
    lm.login_message_category = "info"
    lm.session_protection = "strong"
    users.dummy_hash()                   # made now, not during the first unknown sign-in

    @lm.user_loader
    def _load(user_id: str):
        """The signed-in official, re-read on every request: a deactivated (or deleted)
        account, or a session from before its password changed or it was deactivated
        (``session_version``), is logged out here, so that reactivating the account
        does not revive the old session."""
        u = None
        if user_id.isdigit():
            with instance().Session() as s:
                u = s.get(db.User, int(user_id))
        if u is not None and u.active and \
                session.get(SESSION_VERSION_KEY, 0) == (u.session_version or 0):
            return Official.of(u)
        for key in ("_user_id", "_fresh", "_id", SESSION_VERSION_KEY):   # = logout_user()
            session.pop(key, None)
        return None


def _safe_next(target: str | None) -> str | None:
    """Only same-site paths: never an absolute URL or //host (open redirect)."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") \
            or "\\" in target:
        return None
    return target


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("review.queue"))
    form = LoginForm()
    if form.validate_on_submit():
        user = users.authenticate(instance(), form.username.data, form.password.data,
                                  address=request.remote_addr or "")
        if user is not None:
            session.clear()                     # no session fixation across the login
            login_user(Official.of(user))
            session[SESSION_VERSION_KEY] = user.session_version or 0
            return redirect(_safe_next(request.args.get("next")) or url_for("review.queue"), 303)
        flash("아이디 또는 비밀번호가 올바르지 않습니다.", "error")
        return render_template("auth/login.html", form=form), 401
    return render_template("auth/login.html", form=form), (400 if request.method == "POST" else 200)


@bp.post("/logout")
@login_required
def logout():
    """Ends the session on the server too: a copy of the cookie is no longer signed in."""
    users.end_sessions(instance(), current_user.id, address=request.remote_addr or "")
    logout_user()
    session.clear()
    flash("로그아웃했습니다.", "info")
    return redirect(url_for("public.home"), 303)
