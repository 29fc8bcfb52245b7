"""Benchmark the search index on synthetic Korean documents.

    .venv/bin/python benchmarks/search_bench.py [N ...]      # default N = 2000
    .venv/bin/python benchmarks/search_bench.py --text-pool=5000 100000

For each N: builds a fresh index in a temp dir with one upsert_many (Kiwi analysis
included), then times a fixed mix of queries through the public interface and prints
docs indexed/s, one upsert's ms, p50/p95/max query ms (query analysis cached, as for
repeated queries), p95 with every query analysed afresh, the median first query
after another commit (searcher refresh), and the mean related() ms. The documents are generated here
(seeded), so runs are comparable: administrative prose made of nouns with particles,
compounds written together, verbs with endings, some English, masked placeholders.

--text-pool=K draws bodies from K distinct texts and memoises their Kiwi analysis, so
query latency at 100,000 documents can be measured without hours of analysis; the
indexing rate is then not reported (it would measure the memo, not Kiwi).
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from disclosure.search import open_index  # noqa: E402
from disclosure.search.analyzer import query_groups  # noqa: E402

NOUNS = ("도로 보도 블록 교체 공사 청년 일자리 창출 지원 사업 예산 계획 도시 재생 주택 공급 "
         "교통 버스 노선 지하철 안전 점검 시설 보수 환경 미세먼지 저감 대책 복지 노인 돌봄 "
         "아동 보육 교육 학교 급식 문화 축제 관광 공원 녹지 하천 정비 상수도 하수도 "
         "소방 재난 대응 훈련 민원 처리 결과 보고 회의 위원회 심의 의결 조례 개정 입법 예고 "
         "계약 입찰 용역 감사 평가 성과 지표 통계 조사 분석 홍보 행사 개최 협약 체결 "
         "주차 단속 불법 광고물 정리 에너지 절약 태양광 설치 전기차 충전소 확충 자전거 도로망 "
         "청소년 상담 센터 운영 장애인 이동 편의 지역 경제 활성화 소상공인 융자 시장 현대화 "
         "디지털 전환 데이터 개방 정보 공개 청사 건립 부지 매입 보상 협의 주민 설명회 의견 수렴").split()
COMPOUNDS = ["청년일자리", "보도블록", "도시재생", "주택공급", "안전점검", "미세먼지", "노인돌봄",
             "학교급식", "하천정비", "재난대응", "민원처리", "입법예고", "성과지표", "주차단속",
             "전기차충전소", "지역경제", "정보공개", "주민설명회", "도시계획", "교통안전"]
NAMES = ["홍길동", "김철수", "이영희", "박민수", "최지훈"]
PARTICLES = ["은", "는", "이", "가", "을", "를", "에", "에서", "의", "으로", "와", "과", "도", ""]
VERBS = ["추진하였다", "검토하였다", "시행한다", "요청하였다", "완료하였다", "확정하였다",
         "개선하기로 하였다", "보고하였다", "마련하였다", "실시할 예정이다"]
ENGLISH = ["roads", "smart city", "open data", "budget", "policy", "housing", "traffic"]
DEPTS = ["도시계획과", "도로관리과", "일자리정책과", "복지정책과", "교통정책과", "환경정책과",
         "문화정책과", "안전총괄과", "재정담당관", "정보공개정책과", "주택정책과", "경제정책과"]
TYPES = ["보고", "계획", "결과", "회의록", "협조", "공고"]
GRADES = ["public", "partial"]


def _word(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        base = rng.choice(COMPOUNDS)
    elif r < 0.18:
        base = rng.choice(NAMES)
    elif r < 0.20:
        base = "○○○"
    else:
        base = rng.choice(NOUNS)
    return base + rng.choice(PARTICLES)


def _sentence(rng: random.Random) -> str:
    words = [_word(rng) for _ in range(rng.randint(4, 9))]
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), rng.choice(ENGLISH))
    return " ".join(words) + " " + rng.choice(VERBS) + "."


def make_docs(n: int, seed: int = 7, text_pool: int = 0) -> list[dict]:
    rng = random.Random(seed)
    pool = [" ".join(_sentence(rng) for _ in range(rng.randint(8, 25)))
            for _ in range(text_pool)]
    docs = []
    for i in range(n):
        body = (rng.choice(pool) if pool else
                " ".join(_sentence(rng) for _ in range(rng.randint(8, 25))))
        y, m, d = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
        dept = rng.choice(DEPTS)
        docs.append({
            "id": f"D{i:07d}",
            "title": f"{rng.choice(COMPOUNDS)} {rng.choice(NOUNS)} {rng.choice(TYPES)}",
            "department": dept,
            "doc_type": rng.choice(TYPES),
            "doc_number": f"{dept}-{rng.randint(1, 99999)}",
            "approved_at": f"{y:04d}-{m:02d}-{d:02d}",
            "grade": rng.choice(GRADES),
            "text": body,
        })
    return docs


def make_queries(n: int, seed: int = 11) -> list[tuple[str, dict]]:
    """A mix: inflected words, compounds, two-word queries, English, filters, date
    sort, date ranges, deep pages, empty query (list by date)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.25:
            q = rng.choice(NOUNS) + rng.choice(PARTICLES)
        elif r < 0.45:
            q = rng.choice(COMPOUNDS)
        elif r < 0.6:
            q = f"{rng.choice(NOUNS)} {rng.choice(NOUNS)}{rng.choice(PARTICLES)}"
        elif r < 0.65:
            q = rng.choice(NAMES) + "은"
        elif r < 0.7:
            q = rng.choice(ENGLISH)
        elif r < 0.8:
            q = ""
        else:
            q = rng.choice(NOUNS)
        kw: dict = {}
        if rng.random() < 0.3:
            kw["department"] = rng.choice(DEPTS)
        if rng.random() < 0.15:
            kw["doc_type"] = rng.choice(TYPES)
        if rng.random() < 0.1:
            kw["grade"] = rng.choice(GRADES)
        if rng.random() < 0.15:
            y = rng.randint(2015, 2023)
            kw["date_from"], kw["date_to"] = f"{y}-01-01", f"{y + 1}-06-30"
        if rng.random() < 0.2:
            kw["sort"] = "date"
        if rng.random() < 0.15:
            kw["page"] = rng.randint(2, 5)
        out.append((q, kw))
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def _memoise_analysis() -> None:
    from disclosure.search import whoosh_index
    real, memo = whoosh_index.analyze_many, {}

    def analyze_many(texts):
        texts = list(texts)
        todo = list(dict.fromkeys(t for t in texts if t not in memo))
        memo.update(zip(todo, real(todo)))
        return [memo[t] for t in texts]
    whoosh_index.analyze_many = analyze_many


def run(n: int, n_queries: int = 400, text_pool: int = 0) -> dict:
    docs = make_docs(n, text_pool=text_pool)
    with tempfile.TemporaryDirectory() as tmp:
        idx = open_index(Path(tmp) / "ix")
        idx.search("워밍업")                       # load Kiwi outside the timings
        t0 = time.perf_counter()
        idx.upsert_many(docs)
        index_s = time.perf_counter() - t0
        assert idx.count() == n
        t0 = time.perf_counter()
        idx.upsert(dict(docs[0], title=docs[0]["title"] + " 수정"))
        upsert_ms = (time.perf_counter() - t0) * 1000
        queries = make_queries(n_queries)
        for q, kw in queries[:20]:                 # warm OS cache and the searcher
            idx.search(q, **kw)
        times, totals = [], []
        for q, kw in queries:
            t0 = time.perf_counter()
            res = idx.search(q, **kw)
            times.append((time.perf_counter() - t0) * 1000)
            totals.append(res.total)
        query_groups.cache_clear()                 # same mix, Kiwi run for every query
        cold = []
        for q, kw in queries[:100]:
            t0 = time.perf_counter()
            idx.search(q, **kw)
            cold.append((time.perf_counter() - t0) * 1000)
        after_write = []                           # first query after another commit
        for i in range(5):
            idx.upsert(dict(docs[i], title=docs[i]["title"] + f" 판{i}"))
            t0 = time.perf_counter()
            idx.search("도로")
            after_write.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        for d in docs[:20]:
            idx.related(d["id"])
        related_ms = (time.perf_counter() - t0) * 1000 / 20
        idx.close()
    return {"n": n, "docs_s": float("nan") if text_pool else n / index_s, "upsert_ms": upsert_ms,
            "p50": statistics.median(times), "p95": pct(times, 95), "max": max(times),
            "cold_p95": pct(cold, 95), "after_write": statistics.median(after_write),
            "related_ms": related_ms,
            "avg_total": statistics.mean(totals)}


def main(argv: list[str]) -> None:
    pool = [int(a.split("=", 1)[1]) for a in argv if a.startswith("--text-pool=")]
    sizes = [int(a) for a in argv if not a.startswith("--")] or [2000]
    if pool:
        _memoise_analysis()
    print(f"{'docs':>8} {'indexed/s':>10} {'upsert ms':>10} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'max ms':>8} {'uncached p95':>12} {'after-write':>11} {'related ms':>10} "
          f"{'avg hits':>8}")
    for n in sizes:
        r = run(n, text_pool=pool[0] if pool else 0)
        print(f"{r['n']:>8} {r['docs_s']:>10.1f} {r['upsert_ms']:>10.1f} {r['p50']:>8.1f} "
              f"{r['p95']:>8.1f} {r['max']:>8.1f} {r['cold_p95']:>12.1f} {r['after_write']:>11.1f} "
              f"{r['related_ms']:>10.1f} {r['avg_total']:>8.0f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
