"""Administrators' view of the outbox: every notification that is still pending or has
failed, with its attempts and last error, the most recent sent ones, and a "retry now"
that puts failed messages back in line and runs one delivery attempt.

Citizens' questions are stored before anything is sent, so a message that cannot be
delivered never loses the question; this page is where an administrator sees that a
citizen or a department has not been told, and why. Recipients are shown in full: the
page is for administrators only (reviewers get 403).
"""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import func, select

from disclosure import db, notify
from web import notices
from web.dbs import instance, session
from web.review.blueprint import bp

RECENT_SENT = 50


def _admin_only() -> None:
    if not current_user.is_admin:
        abort(403)


@bp.get("/notifications")
def notifications():
    _admin_only()
    s = session()
    counts = dict(s.execute(select(db.Notification.status, func.count())
                            .group_by(db.Notification.status)).all())
    waiting = s.scalars(select(db.Notification).where(db.Notification.status.in_(("pending", "failed")))
                        .order_by(db.Notification.status, db.Notification.created_at)).all()
    sent = s.scalars(select(db.Notification).where(db.Notification.status == "sent")
                     .order_by(db.Notification.sent_at.desc()).limit(RECENT_SENT)).all()
    return render_template("review/notifications.html", counts=counts, waiting=waiting, sent=sent)


@bp.post("/notifications/retry")
def retry_notifications():
    _admin_only()
    s = session()
    notify.requeue_failed(s, current_user.username)
    notices.try_send(instance())
    s.expire_all()
    left = s.scalar(select(func.count()).select_from(db.Notification)
                    .where(db.Notification.status.in_(("pending", "failed")))) or 0
    flash(f"발송을 다시 시도했습니다. 아직 전달되지 않은 알림 {left}건.", "success" if not left else "error")
    return redirect(url_for("review.notifications"), 303)
