"""Monitoring: the officials' dashboard (/dashboard) and public statistics (/statistics).

Both render :func:`disclosure.analytics.report` as server-drawn SVG charts (the CSP
allows no inline script, and no chart library is downloaded) with the numbers in
tables beside them. Officials see their own department (administrators: any, or all)
plus the oldest documents waiting for review; citizens see the same counts for all
departments, the most read published documents and the search terms that at least
``K_ANONYMITY`` people searched for, that name nobody and that find a published
document (:mod:`disclosure.usage`).

This module also counts page views and search terms: after each successful public GET
it buffers one count in memory (no address is kept; see :mod:`disclosure.usage`), and
writes the buffer after the response has gone out.
"""
from __future__ import annotations

import time

from flask import Blueprint, current_app, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user, login_required
from sqlalchemy import select

from disclosure import analytics, db, usage
from web import charts, security
from web.i18n import N_
from web.labels import label_name
from web.dbs import instance, session

bp = Blueprint("dashboard", __name__)

CONFIG = {"ANALYTICS_ENABLED": True, "ANALYTICS_FLUSH_SECONDS": 60, "LAGGARD_GAP": 0.10,
          "LAGGARD_MIN_DOCUMENTS": 3, "STATS_DAYS": 30, "STATS_CACHE_SECONDS": 300,
          "STATS_RATE_LIMIT": "30 per minute"}
security.RATE_LIMITED["dashboard.statistics"] = ("STATS_RATE_LIMIT", None)
# Never counted: officials' pages and sign-in, and anything a signed link opens.
PRIVATE_BLUEPRINTS = {"review", "auth", "subscriptions"}
PRIVATE_ENDPOINTS = {"static", "dashboard.dashboard"}
# Counted per actual path (the id is public); everything else per route pattern.
PER_PATH_ENDPOINTS = {"public.document"}
SEARCH_ENDPOINTS = {"public.search", "api.documents"}
DOCUMENT_PREFIX = "/documents/"


@bp.record_once
def _setup(state):
    app = state.app
    for key, value in CONFIG.items():
        app.config.setdefault(key, value)
    app.extensions["disclosure_usage"] = usage.UsageRecorder(
        app.extensions["disclosure_instance"], app.config["ANALYTICS_FLUSH_SECONDS"])


def recorder() -> usage.UsageRecorder:
    return current_app.extensions["disclosure_usage"]


@bp.after_app_request
def _count(resp):
    if (not current_app.config["ANALYTICS_ENABLED"] or request.method != "GET"
            or resp.status_code != 200 or request.url_rule is None):
        return resp
    endpoint = request.endpoint or ""
    if endpoint in PRIVATE_ENDPOINTS or request.blueprint in PRIVATE_BLUEPRINTS:
        return resp
    rec = recorder()
    rec.page_view(request.path if endpoint in PER_PATH_ENDPOINTS else request.url_rule.rule)
    if endpoint in SEARCH_ENDPOINTS and request.args.get("q") \
            and request.args.get("page", "1") in ("", "1"):
        rec.search(request.args["q"], request.remote_addr or "")
    resp.call_on_close(rec.flush_if_due)
    return resp


def _report(department: str | None) -> analytics.Report:
    cfg = current_app.config
    return analytics.report(session(), department, laggard_gap=cfg["LAGGARD_GAP"],
                            laggard_min=cfg["LAGGARD_MIN_DOCUMENTS"])


def _usage(days: int) -> dict:
    """Views per day, most read published documents, k-anonymous search terms."""
    recorder().flush()                       # show what was counted up to now
    s = session()
    top = usage.top_paths(s, DOCUMENT_PREFIX, days=days, limit=50)
    ids = {p: p[len(DOCUMENT_PREFIX):] for p, _ in top}     # request.path: already decoded
    live = instance().published_ids(list(ids.values()))
    titles = dict(s.execute(select(db.Document.id, db.Document.title)
                            .where(db.Document.id.in_(list(live)))).all()) if live else {}
    read = [{"id": ids[p], "title": titles[ids[p]], "views": n}
            for p, n in top if ids[p] in live and ids[p] in titles][:10]
    return {"days": days, "views": usage.views_by_day(s, days), "read": read,
            "terms": recorder().shown_terms(s, days=days), "k": usage.K_ANONYMITY}


OUTCOME_SERIES = [("auto", N_("자동 공개")), ("reviewed", N_("검토 후 공개")), ("withheld", N_("비공개")),
                  ("scheduled", N_("공개 예정")), ("in_review", N_("검토 중"))]
# Korean names made elsewhere that the statistics page shows, marked for the catalog:
# the backlog age buckets (disclosure.analytics.BACKLOG_BUCKETS) and the laggard flag of
# web.charts.hbars (the personal-data types name themselves in English: domain.labels).
# tests/web/test_web_i18n.py checks that each of them has a translation.
TRANSLATED_ELSEWHERE = (
    N_("2일 이내"), N_("3~7일"), N_("8~30일"), N_("30일 초과"),
    N_("뒤처짐"),
)


def _series(pairs):
    return [(key, gettext(label)) for key, label in pairs]


def build_charts(rep: analytics.Report, u: dict) -> dict[str, charts.Chart]:
    """Every chart of the report pages, by name, in the request's language."""
    depts = sorted(rep.departments, key=lambda d: d["release_ratio"])
    outcomes = _series(OUTCOME_SERIES)
    out = {
        "months": charts.columns("chart-months", gettext("월별 생산 문서와 처리 결과"), rep.months,
                                 "month", outcomes),
        "ratio": _translate_flag(charts.hbars(
            "chart-ratio", gettext("부서별 공개율"), depts, label="department",
            value="release_ratio", max_value=1.0, percent=True,
            marker=rep.totals["release_ratio"],
            marker_label=gettext("전체 %(ratio)s", ratio=f"{rep.totals['release_ratio']:.0%}"),
            highlight="laggard")),
        "departments": charts.columns("chart-departments", gettext("부서별 생산 문서와 처리 결과"),
                                      sorted(rep.departments, key=lambda d: -d["produced"]),
                                      "department", outcomes),
        "backlog": charts.hbars("chart-backlog", gettext("검토 대기 기간"),
                                [{**b, "label": gettext(b["label"])} for b in rep.backlog["buckets"]],
                                label="label", value="count"),
        "detections": charts.columns("chart-detections", gettext("유형별 개인정보 탐지"),
                                     [{**d, "name": _label(d["label"])} for d in rep.detections],
                                     "name", _series([("found", N_("자동 탐지")),
                                                      ("rejected", N_("오탐(해제)")),
                                                      ("added", N_("누락(추가)"))]), stacked=False),
        "corrections": charts.columns("chart-corrections", gettext("주별 검토자 수정"), rep.corrections,
                                      "week", _series([("misses", N_("누락(가림 추가)")),
                                                       ("false_alarms", N_("오탐(가림 해제)"))]),
                                      stacked=False),
        "questions": charts.columns("chart-questions", gettext("월별 문의 답변 시간(중앙값, 시간)"),
                                    rep.questions["months"], "month",
                                    _series([("median_hours", N_("답변까지 걸린 시간(중앙값)"))]),
                                    integers=False),
        "views": charts.columns("chart-views", gettext("최근 %(days)s일 페이지 조회", days=u["days"]),
                                [{"day": d[5:], "views": n} for d, n in u["views"]], "day",
                                _series([("views", N_("조회 수"))]), height=180),
    }
    return out


def _translate_flag(chart: charts.Chart) -> charts.Chart:
    """web.charts writes the laggard flag in Korean; say it in the page's language."""
    flag = gettext("뒤처짐")
    if flag != "뒤처짐":
        for t in chart.texts:
            t.text = t.text.replace("뒤처짐", flag)
        for r in chart.rects:
            r.title = r.title.replace("뒤처짐", flag)
    return chart


def _label(code: str) -> str:
    return label_name(code)


def report_context(rep: analytics.Report, u: dict) -> dict:
    """What dashboard/_report.html needs besides the report itself."""
    cfg = current_app.config
    rule = gettext("문서 %(n)s건 이상 생산했고 공개율이 전체 공개율(%(ratio)s%%)보다 "
                   "%(gap)s%%p 넘게 낮은 부서", n=cfg["LAGGARD_MIN_DOCUMENTS"],
                   ratio=f"{rep.totals['release_ratio'] * 100:.0f}",
                   gap=f"{cfg['LAGGARD_GAP'] * 100:.0f}")
    return {"r": rep, "u": u, "charts": build_charts(rep, u), "laggard_rule": rule,
            "detection_label": _label}


def _departments() -> list[str]:
    return sorted(d for d in session().scalars(select(db.Document.department).distinct()) if d)


@bp.get("/dashboard")
@login_required
def dashboard():
    """Admins: every department (``?department=`` narrows); reviewers: their own only."""
    if current_user.is_admin:
        department = request.args.get("department", "").strip() or None
    else:
        department = current_user.department
    rep = _report(department)
    backlog_docs = _oldest_waiting(department)
    u = _usage(current_app.config["STATS_DAYS"])
    return render_template("dashboard/dashboard.html", department=department,
                           departments=_departments() if current_user.is_admin else [],
                           waiting=backlog_docs, public=False, **report_context(rep, u))


def _oldest_waiting(department: str | None, limit: int = 10):
    ages = analytics.backlog(session(), department, db.utcnow())["ages"]
    oldest = sorted(ages.items(), key=lambda kv: -kv[1])[:limit]
    titles = dict(session().execute(select(db.Document.id, db.Document.title).where(
        db.Document.id.in_([i for i, _ in oldest]))).all()) if oldest else {}
    return [{"id": i, "title": titles.get(i, i), "days": d,
             "url": url_for("review.document", doc_id=i)} for i, d in oldest]


def _public_report() -> analytics.Report:
    """The all-departments report, recomputed at most every ``STATS_CACHE_SECONDS``:
    anyone may load /statistics, and the report reads every document row."""
    cache = current_app.extensions.setdefault("disclosure_stats_cache", {})
    ttl = current_app.config["STATS_CACHE_SECONDS"]
    if not cache or time.monotonic() - cache["at"] >= ttl:
        cache.update(at=time.monotonic(), report=_report(None))
    return cache["report"]


@bp.get("/statistics")
def statistics():
    rep, u = _public_report(), _usage(current_app.config["STATS_DAYS"])
    return render_template("dashboard/statistics.html", department=None, public=True,
                           **report_context(rep, u))
