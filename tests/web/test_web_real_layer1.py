"""The question flow with the real layer 1 (skipped while masking is not importable)."""
from __future__ import annotations

from sqlalchemy import select

from disclosure import db

PHONE = "010-4821-7735"


def test_phone_in_question_is_masked_by_real_layer1(client, make_doc, instance, real_layer1):
    make_doc("pub-1", "어린이 공원 조성 계획", title="어린이 공원")
    resp = client.post("/documents/pub-1/ask", data={
        "body": f"공원 개장일이 궁금합니다. 휴대전화 {PHONE} 로 연락 바랍니다."})
    assert resp.status_code == 303
    with instance.Session() as s:
        q = s.scalar(select(db.Question))
    assert PHONE in q.body
    assert PHONE not in q.body_masked and "4821" not in q.body_masked
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert PHONE not in page
