"""The `disclosure` command line, through click's runner on a real instance folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from disclosure.cli import cli

RECORDS = [
    {"id": "r1", "lang": "ko", "title": "불법 주정차 민원 회신", "department": "서울특별시 교통정책과",
     "doc_type": "민원 처리 결과 회신", "approver_rank": "과장", "drafter": "김민준", "approver": "이서연",
     "marked_grade": "partial",
     "text": "민원 처리 결과 회신\n\n1. 민원인 홍길동(010-2345-6789)께서 제기하신 민원에 회신합니다.\n"
             "담당: 교통정책과 주무관 김민준 (02-2133-1234)\n"},
    {"id": "r2", "lang": "ko", "title": "마을버스 노선 조정 안내", "department": "서울특별시 교통정책과",
     "doc_type": "시행문", "approver_rank": "국장", "marked_grade": "public",
     "text": "마을버스 노선 조정 안내\n\n1. 마을버스 02번 노선을 3월 2일부터 조정합니다.\n"},
]


@pytest.fixture()
def runner():
    return CliRunner()


def run(runner, *args, input=None):
    result = runner.invoke(cli, list(args), input=input, catch_exceptions=False)
    return result


def test_scan_writes_one_line_per_record(runner, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    result = run(runner, "scan", str(src), str(out))
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["r1", "r2"]
    first = lines[0]
    assert {"entities", "grade", "grounds", "decision", "reasons"} <= set(first)
    assert first["decision"] in ("publish", "review", "withhold")
    text = RECORDS[0]["text"]
    found = {text[e["start"]:e["end"]] for e in first["entities"]}
    assert "010-2345-6789" in found and "홍길동" in found
    assert "02-2133-1234" not in found and "김민준" not in found
    assert all({"start", "end", "label", "score", "source"} <= set(e) for e in first["entities"])


def test_scan_rejects_a_broken_file_clearly(runner, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "x", "text": "ok"}\n{broken\n', encoding="utf-8")
    result = runner.invoke(cli, ["scan", str(src), str(out)])
    assert result.exit_code != 0 and "not JSON" in result.output
    assert not out.exists(), "no half-written output"


def test_commands_on_an_instance(runner, tmp_path):
    inst = tmp_path / "inst"
    assert run(runner, "--instance", str(inst), "init").exit_code == 0
    assert (inst / "disclosure.db").exists() and (inst / "index").is_dir()

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(RECORDS[1]["text"], encoding="utf-8")
    (folder / "a.json").write_text(json.dumps({k: v for k, v in RECORDS[1].items() if k != "text"},
                                              ensure_ascii=False), encoding="utf-8")
    (folder / "b.xyz").write_text("?", encoding="utf-8")
    result = run(runner, "--instance", str(inst), "ingest", str(folder))
    assert result.exit_code == 1, "a failed file makes the exit code non-zero"
    assert "summary:" in result.output and "1 failed" in result.output
    assert "unsupported file type" in result.output

    result = run(runner, "--instance", str(inst), "stats", "--json")
    data = json.loads(result.output)
    assert data["documents"] == 1 and data["failures"] == 1

    assert "paused" in run(runner, "--instance", str(inst), "pause").output
    assert json.loads(run(runner, "--instance", str(inst), "stats", "--json").output)["paused"]
    run(runner, "--instance", str(inst), "resume")
    assert not json.loads(run(runner, "--instance", str(inst), "stats", "--json").output)["paused"]

    result = run(runner, "--instance", str(inst), "user", "add", "kim", "--role", "reviewer",
                 "--department", "서울특별시 교통정책과", input="a-long-password\na-long-password\n")
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--instance", str(inst), "user", "add", "kim", "--role", "admin"],
                           input="a-long-password\na-long-password\n")
    assert result.exit_code != 0 and "exists" in result.output

    result = run(runner, "--instance", str(inst), "review", "list")
    assert result.exit_code == 0

    result = run(runner, "--instance", str(inst), "purge-contacts")
    assert result.exit_code == 0 and "contact details erased from 0 answered question(s)" in result.output


def test_commands_refuse_a_missing_instance(runner, tmp_path):
    result = runner.invoke(cli, ["--instance", str(tmp_path / "none"), "stats"])
    assert result.exit_code != 0 and "disclosure init" in result.output


def test_rules_check(runner, tmp_path):
    result = run(runner, "rules", "check")
    assert result.exit_code == 0 and "rules valid" in result.output
    broken = tmp_path / "rules"
    import shutil

    from rules import rules_dir
    shutil.copytree(rules_dir(), broken)
    (broken / "policy.yaml").write_text("auto_publish: [this is: not valid\n", encoding="utf-8")
    result = runner.invoke(cli, ["--rules", str(broken), "rules", "check"])
    assert result.exit_code != 0 and "rules invalid" in result.output


def test_scan_batches_layer1_and_isolates_a_failing_record(monkeypatch):
    """``scan_records`` runs layer 1 over batches (the same detections as one document at
    a time); when a batch fails, each record is run alone and only the bad one fails,
    closed (withheld or sent to review with the layer-1 error)."""
    from classifiers import load_classifier
    from disclosure.decide import load_policy
    from disclosure.scan import BATCH, scan_record, scan_records
    from masking import Layer1

    layer1, clf, policy = Layer1.from_rules(), load_classifier(), load_policy()
    recs = [dict(RECORDS[i % 2], id=f"r{i}") for i in range(BATCH + 3)]
    one_by_one = [scan_record(r, layer1, clf, policy) for r in recs]
    assert list(scan_records(recs, layer1, clf, policy)) == one_by_one

    real_many = layer1.detect_many

    def detect_many(docs):
        if any(m.id == "r4" for _t, m in docs):
            raise RuntimeError("broken record")
        return real_many(docs)

    monkeypatch.setattr(layer1, "detect_many", detect_many)
    monkeypatch.setattr(layer1, "detect", lambda text, meta=None: detect_many([(text, meta)])[0])
    lines = {x["id"]: x for x in scan_records(recs, layer1, clf, policy)}
    assert lines["r4"]["decision"] != "publish" and "layer 1" in " ".join(lines["r4"]["reasons"])
    assert lines["r2"] == one_by_one[2] and lines["r6"]["entities"] == one_by_one[6]["entities"]


def test_rules_check_refuses_a_starts_with_that_loses_matches(runner, tmp_path):
    """An official narrows the mobile pattern's starts_with to '[+]': the bundled samples'
    mobile numbers begin with 0, which the merged scan would then never find."""
    import shutil

    from rules import rules_dir
    custom = tmp_path / "rules"
    shutil.copytree(rules_dir(), custom)
    phones = custom / "recognizers" / "phones.yaml"
    text = phones.read_text(encoding="utf-8")
    assert "starts_with: '[0(+]'" in text
    phones.write_text(text.replace("starts_with: '[0(+]'", "starts_with: '[+]'", 1), encoding="utf-8")
    result = runner.invoke(cli, ["--rules", str(custom), "rules", "check"])
    assert result.exit_code != 0 and "KR_MOBILE_PHONE/mobile" in result.output and "'0'" in result.output
