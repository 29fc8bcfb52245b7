"""수집(ingest) 속도: PDF 쪽수/초, 전체와 단계별, 같은 쪽을 그냥 읽는 시간과 나란히.

usage: python benchmarks/ingest_bench.py [INBOX] [--copies K] [--jobs N] [--keep DIR]

INBOX(기본 ../shared/corpus/dev/inbox)의 PDF와 사이드카를 K번(기본 5) 복사해 새
인스턴스에 수집한다. 복사본마다 id를 바꾸고 파일 끝(%%EOF 뒤)에 주석 한 줄을 붙여
내용 해시가 달라지게 한다(같은 쪽, 다른 문서).

출력 (Ingest pages per second, end to end and by stage, beside plain reading):

* 읽기만: pdfplumber가 모든 쪽의 글자를 한 번 읽는 속도, pypdfium2가 같은 일을 하는 속도;
* 수집: 모델 적재 시간(따로), 전체 쪽수/초(적재 제외), 단계별 초와 쪽수/초 —
  extract(추출), filter(1·2층), redact(공개 PDF 만들기), verify(공개 PDF 다시 읽기),
  index(Whoosh 색인 쓰기와 커밋), commit(나머지: 데이터베이스, 파일 저장, 감사 기록).

단계 시간은 그 함수들을 감싼 시계로 잰다(코드는 바꾸지 않음). ``--jobs N``(N>1)이면
추출·필터·가림·검증을 이 프로세스(앞에서부터)와 작업 프로세스 N-1개(뒤에서부터)가 나눠
하므로 이 프로세스의 시계에는 일부만 잡혀 "—"로 적고, commit에는 작업 프로세스를 기다린
시간도 들어간다. ``disclosure ingest``의 기본은 쓸 수 있는 코어 수다.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import json
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: stage → the functions whose time it is ("module:attribute" or "module:Class.method").
#: A name that does not exist in this version of the code is skipped.
STAGES = {
    "extract": ["disclosure.pipeline:extract_bytes", "disclosure.analysis:extract_bytes"],
    "filter": ["disclosure.pipeline:run_filter", "disclosure.analysis:run_filter"],
    "redact": ["disclosure.redact:make_public_pdf"],       # verify is subtracted below
    "verify": ["disclosure.redact:verify_pdf"],
    "index": ["disclosure.search.whoosh_index:WhooshSearchIndex.upsert_many"],
}


def make_inbox(source: Path, copies: int, target: Path) -> list[Path]:
    """K copies of every PDF of ``source`` (with its sidecar), each a different file."""
    target.mkdir(parents=True, exist_ok=True)
    pdfs = sorted(source.glob("*.pdf"))
    out = []
    for k in range(copies):
        for pdf in pdfs:
            stem = f"{pdf.stem}-c{k}"
            data = pdf.read_bytes() + f"\n% copy {k}\n".encode()
            (target / f"{stem}.pdf").write_bytes(data)
            sidecar = pdf.with_suffix(".json")
            if sidecar.is_file():
                meta = json.loads(sidecar.read_text(encoding="utf-8"))
                meta["id"] = stem
                meta.pop("file", None)
                (target / f"{stem}.json").write_text(json.dumps(meta, ensure_ascii=False),
                                                     encoding="utf-8")
            out.append(target / f"{stem}.pdf")
    return out


def count_pages(files: list[Path]) -> int:
    import pypdfium2

    total = 0
    for f in files:
        doc = pypdfium2.PdfDocument(f.read_bytes())
        total += len(doc)
        doc.close()
    return total


def read_pdfplumber(files: list[Path]) -> float:
    import io

    import pdfplumber

    t = time.perf_counter()
    for f in files:
        with pdfplumber.open(io.BytesIO(f.read_bytes())) as pdf:
            for page in pdf.pages:
                page.extract_text()
    return time.perf_counter() - t


def read_pypdfium2(files: list[Path]) -> float:
    import pypdfium2

    t = time.perf_counter()
    for f in files:
        doc = pypdfium2.PdfDocument(f.read_bytes())
        for page in doc:
            textpage = page.get_textpage()
            textpage.get_text_range()
            for i in range(textpage.count_chars()):   # the character boxes too
                textpage.get_charbox(i)
            textpage.close()
            page.close()
        doc.close()
    return time.perf_counter() - t


class Stopwatch:
    """Wraps named functions and adds up the time spent in each stage (outermost call)."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self._undo = []
        self._depth: dict[str, int] = defaultdict(int)

    def watch(self, stage: str, target: str) -> bool:
        module_name, _, attr = target.partition(":")
        owner = importlib.import_module(module_name)
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        if owner is None or not hasattr(owner, name):
            return False
        original = getattr(owner, name)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            self._depth[stage] += 1
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self._depth[stage] -= 1
                if not self._depth[stage]:
                    self.seconds[stage] += time.perf_counter() - t

        setattr(owner, name, timed)
        self._undo.append((owner, name, original))
        return True

    def undo(self):
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)


def ingest_run(inbox: Path, instance: Path, jobs: int) -> dict:
    from disclosure.instance import Instance
    from disclosure.pipeline import ingest

    inst = Instance(instance)
    inst.init()
    t = time.perf_counter()
    inst.layer1, inst.classifier, inst.policy, inst.screen   # what `disclosure ingest` loads first
    load = time.perf_counter() - t
    watch = Stopwatch()
    for stage, targets in STAGES.items():
        for target in targets:
            watch.watch(stage, target)
    kwargs = {"jobs": jobs} if jobs != 1 else {}
    t = time.perf_counter()
    try:
        outcomes = ingest(inst, [inbox], **kwargs)
    finally:
        total = time.perf_counter() - t
        watch.undo()
    stages = dict(watch.seconds)
    stages["redact"] = stages.get("redact", 0.0) - stages.get("verify", 0.0)
    stages["commit"] = total - sum(stages.values())
    return {"load": load, "total": total, "stages": stages,
            "outcomes": Counter(o.result for o in outcomes)}


def main(argv=None):
    dev = ROOT.parent / "shared" / "corpus" / "dev"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inbox", nargs="?", type=Path, default=dev / "inbox")
    ap.add_argument("--copies", type=int, default=5, help="복사 횟수 K (기본 5)")
    ap.add_argument("--jobs", type=int, default=1, help="작업 프로세스 수 (기본 1)")
    ap.add_argument("--keep", type=Path, default=None,
                    help="복사한 수신함과 인스턴스를 여기에 남긴다 (기본: 임시 폴더, 끝나면 삭제)")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="ingest_bench_")) if args.keep is None else args.keep
    try:
        files = make_inbox(args.inbox, args.copies, work / "inbox")
        pages = count_pages(files)
        print(f"입력 (input): PDF {len(files)}개, {pages}쪽 ({args.copies}번 복사)")
        plumber = read_pdfplumber(files)
        pdfium = read_pypdfium2(files)
        run = ingest_run(work / "inbox", work / "instance", args.jobs)
        rate = lambda s: pages / s if s > 0 else float("inf")   # noqa: E731
        print(f"{'단계 (stage)':<28}{'초 (s)':>10}{'쪽/초 (pages/s)':>18}")
        print(f"{'읽기만: pdfplumber 글자':<28}{plumber:>10.2f}{rate(plumber):>18.1f}")
        print(f"{'읽기만: pypdfium2 글자+상자':<28}{pdfium:>10.2f}{rate(pdfium):>18.1f}")
        print(f"{'모델 적재 (load, 한 번)':<28}{run['load']:>10.2f}")
        print(f"{'수집 전체 (ingest, jobs=' + str(args.jobs) + ')':<28}"
              f"{run['total']:>10.2f}{rate(run['total']):>18.1f}")
        for stage in ("extract", "filter", "redact", "verify", "index", "commit"):
            s = run["stages"].get(stage, 0.0)
            if args.jobs > 1 and stage in ("extract", "filter", "redact", "verify"):
                print(f"{'  ' + stage:<28}{'—':>10}{'—':>18}")
            else:
                print(f"{'  ' + stage:<28}{s:>10.2f}{rate(s):>18.1f}")
        print(f"수집 ÷ pdfplumber 읽기 (ingest speed / plumber read speed): "
              f"{plumber / run['total']:.2f}×")
        print("결과 (outcomes): " + ", ".join(f"{k} {v}" for k, v in sorted(run["outcomes"].items())))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
