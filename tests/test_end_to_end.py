"""End to end: source files into a fresh instance, then every public surface is searched
for every gold personal value (see ``surfaces.py``).

Three sets: the dev inbox (``../shared/corpus/dev/inbox``, gold in its corpus.jsonl),
the bundled demo samples (gold in ``disclosure/samples/gold.jsonl``), and sample PDFs
with a picture of an ID card pasted on their first page (``pictures.py``), whose name
and resident registration number exist only as pixels: the public PDF is also read by
OCR there.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pictures import (RRN, STAMP_RECT, ocr_pdf_pages, picture_png, require_ocr, squash,
                      stamp_picture)
from surfaces import find_public_leaks

from disclosure import pipeline
from disclosure.cli import SAMPLES_DIR, sample_files
from disclosure.instance import Instance

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "dev" / "corpus.jsonl"
INBOX = SHARED / "corpus" / "dev" / "inbox"


def load_gold(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {rec["id"]: rec for rec in map(json.loads, filter(str.strip, f))}


def build(tmp_path_factory, name, sources, gold_path, publish_partial=False):
    """An instance that ingested ``sources``. ``publish_partial``: its policy publishes
    Korean documents with personal information by themselves, as an instance that has
    measured its own filter may (rules/policy.yaml review_languages_with_personal_info):
    the worlds whose every document holds personal information use it, so that masked
    documents reach every public surface and the test can look there."""
    from rules_copies import rules_publishing_personal_info
    from web import create_app

    root = tmp_path_factory.mktemp(name)
    rules = rules_publishing_personal_info(root) if publish_partial else None
    inst = Instance(root / "instance", rules_dir=rules)
    inst.init()
    outcomes = pipeline.ingest(inst, sources)
    app = create_app(inst, {"TESTING": True, "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": False})
    return inst, outcomes, load_gold(gold_path), app.test_client()


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    if not INBOX.exists():
        pytest.skip("shared/corpus/dev is not beside the repository")
    return build(tmp_path_factory, "inbox", [INBOX], CORPUS, publish_partial=True)


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    return build(tmp_path_factory, "samples", sample_files(), SAMPLES_DIR / "gold.jsonl", publish_partial=True)


#: Sample PDFs that get a picture of an ID card: a public one and a partial one. (The
#: public one then names one private person with a resident number, so it goes to review
#: as a document about one person; the partial one names several and is published.
#: An English sample would go to review too: rules/policy.yaml
#: review_languages_with_personal_info.)
PICTURE_SAMPLES = ("syn2026-00011", "syn2026-00235")
PICTURE_ENTITIES = [{"text": "박민수", "label": "PERSON"}, {"text": RRN, "label": "KR_RRN"}]


@pytest.fixture(scope="module")
def pictures(tmp_path_factory):
    require_ocr()
    folder = tmp_path_factory.mktemp("picture-sources")
    gold = load_gold(SAMPLES_DIR / "gold.jsonl")
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as out:
        for stem in PICTURE_SAMPLES:
            doc_id = f"{stem}-picture"
            stamp_picture(SAMPLES_DIR / f"{stem}.pdf", folder / f"{doc_id}.pdf", picture_png())
            meta = json.loads((SAMPLES_DIR / f"{stem}.json").read_text(encoding="utf-8"))
            meta.pop("file", None)
            (folder / f"{doc_id}.json").write_text(json.dumps({**meta, "id": doc_id}, ensure_ascii=False),
                                                   encoding="utf-8")
            record = {**gold[stem], "id": doc_id, "entities": gold[stem]["entities"] + PICTURE_ENTITIES}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return build(tmp_path_factory, "pictures", sorted(folder.glob("*.pdf")), folder / "gold.jsonl",
                 publish_partial=True)


def test_every_inbox_file_is_ingested(inbox):
    inst, outcomes, gold, _ = inbox
    assert len(outcomes) == 40
    assert not [(o.path, o.reasons) for o in outcomes if o.result == "failed"]
    assert sum(o.result == "published" for o in outcomes) > 0


# Personal data in the metadata (issue 14, item 1): a title taken from an unmasked first
# line, a sidecar title, and sidecar fields that hold a phone number or an e-mail.
_BODY = ("\n\n1. 귀하께서 2026. 7. 1. 제기하신 도로 파손 민원에 대하여 다음과 같이 회신합니다."
         "\n2. 해당 구간은 7월 중 보수 공사를 마쳤습니다.\n3. 기타 문의는 도로관리과(02-2133-1234)로 "
         "하여 주시기 바랍니다.\n\n도로관리과장\n")
HOSTILE_META = {
    "meta-first-line": (
        "민원인 홍길동 (010-9876-5432) 민원 회신" + _BODY, {},
        [("PERSON", "홍길동"), ("PHONE", "010-9876-5432")]),
    "meta-title": (
        # two private persons: a document about one person with a resident number goes
        # to review as a whole (disclosure/one_person.py), and this world must publish
        "민원 회신\n\n신청인 이영희(900101-1234567)와 세대원 김철수의 기초생활수급 신청에 대하여 "
        "회신합니다." + _BODY,
        {"title": "이영희(900101-1234567) 기초생활수급 신청 처리 결과"},
        [("PERSON", "이영희"), ("KR_RRN", "900101-1234567"), ("PERSON", "김철수")]),
    "meta-fields": (
        "민원 회신\n\n민원인 박민수 님께서 제기하신 민원에 대하여 회신합니다." + _BODY,
        {"title": "박민수 님 민원 회신", "drafter": "김영수 010-2222-3333",
         "department": "도로관리과 (park.minsu77@gmail.com)"},
        [("PERSON", "박민수"), ("PHONE", "010-2222-3333"), ("EMAIL", "park.minsu77@gmail.com")]),
}


def write_hostile_metadata(folder: Path) -> Path:
    """The files of the hostile-metadata world and their gold (guideline records)."""
    folder.mkdir(parents=True, exist_ok=True)
    gold = []
    for doc_id, (text, fields, values) in HOSTILE_META.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        sidecar = {"id": doc_id, "department": "도로관리과", "doc_type": "민원회신",
                   "approver": "최국장", "approver_rank": "국장", "approved_at": "2026-07-20",
                   "marked_grade": "partial", "marked_grounds": [6]} | fields
        (folder / f"{doc_id}.json").write_text(json.dumps(sidecar, ensure_ascii=False),
                                               encoding="utf-8")
        gold.append({"id": doc_id, "text": text, "grade": "partial",
                     "entities": [{"label": label, "text": value} for label, value in values]})
    path = folder.parent / f"{folder.name}-gold.jsonl"
    path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def metadata(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "meta"
    gold = write_hostile_metadata(folder)
    return build(tmp_path_factory, "metadata", [folder], gold, publish_partial=True)


def test_hostile_metadata_is_published_masked(metadata):
    """The world is only a test if its documents are published: each is, with its
    title masked where it held personal data."""
    inst, outcomes, _, client = metadata
    assert {o.doc_id: o.result for o in outcomes} == dict.fromkeys(HOSTILE_META, "published")
    titles = {d["id"]: d["title"] for d in client.get("/api/v1/documents").get_json()["items"]}
    assert titles["meta-first-line"].startswith("민원인 ") and "홍길동" not in titles["meta-first-line"]
    assert "기초생활수급 신청 처리 결과" in titles["meta-title"]
    assert titles["meta-fields"].endswith("님 민원 회신")


@pytest.mark.parametrize("world", ["inbox", "samples", "metadata", "pictures"])
def test_no_gold_value_on_any_public_surface(world, request):
    inst, outcomes, gold, client = request.getfixturevalue(world)
    assert any(o.result == "published" for o in outcomes)
    leaks = find_public_leaks(inst, client, gold)
    assert not leaks, f"{len(leaks)} gold values are public: {leaks[:10]}"


@pytest.mark.parametrize("world", ["inbox", "samples", "metadata", "pictures"])
def test_nonpublic_gold_documents_are_not_published(world, request):
    inst, outcomes, gold, _ = request.getfixturevalue(world)
    released = [o.doc_id for o in outcomes
                if o.result == "published" and gold[o.doc_id]["grade"] == "nonpublic"]
    assert released == []


def test_text_in_pictures_is_not_readable_in_the_public_pdfs(pictures):
    """Each picture document is published with the ID card burned (read back by OCR:
    the pixels, not only the text layer) or queued for review; never published intact."""
    inst, outcomes, gold, client = pictures
    assert not [(o.path, o.reasons) for o in outcomes if o.result == "failed"]
    assert {o.result for o in outcomes} <= {"published", "review"}
    source = ocr_pdf_pages(Path(outcomes[0].path).read_bytes(), rect=STAMP_RECT)
    assert RRN in squash(source) and "박민수" in source      # OCR sees it in the source
    published = [o.doc_id for o in outcomes if o.result == "published"]
    assert published
    for doc_id in published:
        stored = (inst.public_doc_dir(doc_id) / "document.pdf").read_bytes()
        download = client.get(f"/documents/{doc_id}/download.pdf")
        assert download.status_code == 200 and download.get_data() == stored
        seen = ocr_pdf_pages(stored, rect=STAMP_RECT)
        assert RRN not in squash(seen) and "900101" not in seen and "박민수" not in seen, doc_id
        assert "주민등록증" in squash(seen), doc_id          # the picture itself is still there
