"""benchmarks/peers.py: scores every system with the shared scorer's logic, and a peer
that is not installed is reported as missing (with its pip pin), not a crash."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "tools" / "pii_score.py"


@pytest.fixture()
def peers(monkeypatch):
    spec = importlib.util.spec_from_file_location("peers_bench", ROOT / "benchmarks" / "peers.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    monkeypatch.setattr(mod, "_no_network", lambda: None)   # leave this process's sockets alone
    return mod


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/tools/pii_score.py")
def test_missing_peer_is_reported_not_fatal(peers, tmp_path, monkeypatch, capsys):
    text = "민원인 홍길동(010-1234-5678)께서 요청하신 사항입니다."
    gold = {"id": "d1", "text": text, "entities": [
        {"start": 4, "end": 7, "label": "PERSON", "text": "홍길동"},
        {"start": 8, "end": 21, "label": "PHONE", "text": "010-1234-5678"}]}
    corpus = tmp_path / "gold.jsonl"
    corpus.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "ko_pii", None)          # as if not installed
    peers.main([str(corpus), "--only", "layer1,ko-pii", "--json"])
    out = capsys.readouterr().out
    assert "MISSING" in out and "ko-pii==1.22.15" in out
    rows = json.loads(out.strip().splitlines()[-1])["rows"]
    assert rows[0]["system"] == "layer1" and rows[0]["recall"] == 1.0 and rows[0]["over"] == 0


def test_union_merges_overlapping_spans(peers):
    assert peers.union([(0, 5, "A"), (3, 9, "B"), (12, 14, "C")], "x" * 20) == [(0, 9, "A"), (12, 14, "C")]
