"""The document lifecycle (domain.lifecycle): the moves it allows, the ones it refuses,
and one answer to "may the public see this?" in Python and in SQL alike."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import select

from disclosure import db
from domain import lifecycle
from domain.lifecycle import IllegalMove, Status


def _doc(status):
    return SimpleNamespace(status=status, decision="review")


def test_every_status_has_a_korean_name_and_the_database_knows_them_all():
    assert set(lifecycle.STATUS_KO) == set(Status)
    assert set(db.STATUSES) == {s.value for s in Status}


def test_published_is_reached_only_through_publish_pending():
    sources = {old for old, targets in lifecycle.MOVES.items() if Status.PUBLISHED in targets}
    assert sources == {Status.PUBLISH_PENDING}


def test_published_is_left_only_through_withdraw_pending():
    assert lifecycle.MOVES[Status.PUBLISHED] == {Status.WITHDRAW_PENDING}
    for target in Status:
        if target not in (Status.PUBLISHED, Status.WITHDRAW_PENDING):
            with pytest.raises(IllegalMove):
                lifecycle.move(_doc("published"), target)


@pytest.mark.parametrize("old,new", [
    (None, "published"), ("review", "published"), ("scheduled", "published"),
    ("withheld", "published"), ("withdraw_pending", "published"),
    ("withdraw_pending", "publish_pending"), ("withdraw_pending", "scheduled"),
])
def test_refused_moves_change_nothing_and_say_why_in_korean(old, new):
    doc = _doc(old)
    with pytest.raises(IllegalMove, match="바꿀 수 없습니다"):
        lifecycle.move(doc, new, decision="publish")
    assert (doc.status, doc.decision) == (old, "review")


@pytest.mark.parametrize("old,new", [
    (None, "review"), (None, "publish_pending"), ("review", "publish_pending"),
    ("publish_pending", "published"), ("published", "withdraw_pending"),
    ("withdraw_pending", "review"), ("withdraw_pending", "withheld"), ("scheduled", "review"),
    ("review", "review"),
])
def test_allowed_moves_set_the_status_and_the_decision(old, new):
    doc = _doc(old)
    lifecycle.move(doc, new, decision="publish")
    assert (doc.status, doc.decision) == (new, "publish")
    assert type(doc.status) is str          # stored as the plain code


def test_an_unknown_status_is_an_error():
    with pytest.raises(ValueError):
        lifecycle.move(_doc("review"), "gone")


def test_is_public_agrees_in_python_and_in_sql(tmp_path):
    engine = db.make_engine(tmp_path / "t.sqlite")
    db.upgrade(engine)
    with db.make_sessionmaker(engine)() as s:
        for i, (status, grade) in enumerate((st, g) for st in Status
                                            for g in ("public", "partial", "nonpublic", "")):
            s.add(db.Document(id=f"d{i}", content_hash=f"h{i}", filename="f.txt", format="txt",
                              status=status.value, decision="review", grade=grade))
        s.commit()
        in_sql = set(s.scalars(select(db.Document.id).where(db.public_documents())))
        in_python = {d.id for d in s.scalars(select(db.Document)) if d.is_public}
        by_rule = {d.id for d in s.scalars(select(db.Document))
                   if lifecycle.is_public(d.status, d.grade)}
    assert in_sql == in_python == by_rule
    assert len(in_sql) == 3             # published and public / partial / unknown grade


def test_the_workspace_shows_the_lifecycle_names():
    from web.labels import STATUS_KO
    assert STATUS_KO is lifecycle.STATUS_KO
