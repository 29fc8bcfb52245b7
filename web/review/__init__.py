"""Officials' workspace (/review/...): the review queue, document review, questions, audit.

Every route here requires a signed-in official (anonymous users are sent to the login
page by one ``before_request`` hook, so a new route cannot forget it), and every
document-level route checks the department: a reviewer acting on another department's
document gets 403. All state changes are POSTs (CSRF-protected app-wide) and each one
writes an audit event with who, before/after and the comment.
"""
from web.review.blueprint import bp  # noqa: F401  (web.create_app registers it)
from web.review import actions, auditlog, notifications, questions, queue, reports, schedule  # noqa: F401  (routes)
