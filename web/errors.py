"""Error pages (Korean, or English like the rest of the site) for the status codes the
site produces on purpose.

A 500 page says nothing about the cause (the log has it); a CSRF failure explains that
the form expired instead of showing a bare "Bad Request". The texts are marked with
``N_`` and translated when the page is rendered, in the request's language.
"""
from __future__ import annotations

from flask import Flask, render_template
from flask_babel import gettext
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from web.i18n import N_

MESSAGES = {
    400: (N_("잘못된 요청입니다"), N_("요청을 처리할 수 없습니다. 입력 내용을 확인해 주세요.")),
    403: (N_("권한이 없습니다"), N_("이 화면이나 작업은 담당 부서의 담당자만 이용할 수 있습니다.")),
    404: (N_("페이지를 찾을 수 없습니다"), N_("주소가 바뀌었거나 공개되지 않은 문서입니다.")),
    405: (N_("허용되지 않는 요청입니다"), N_("이 주소는 해당 방식으로 요청할 수 없습니다.")),
    413: (N_("입력 내용이 너무 큽니다"), N_("보낸 내용이 허용 크기를 넘었습니다. 줄여서 다시 보내 주세요.")),
    429: (N_("요청이 너무 많습니다"), N_("잠시 후 다시 시도해 주세요.")),
    500: (N_("일시적인 오류가 발생했습니다"), N_("불편을 드려 죄송합니다. 잠시 후 다시 시도해 주세요.")),
}
CSRF_EXPIRED = N_("보안 확인 시간이 지났습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.")


def _page(code: int, detail: str | None = None):
    title, text = MESSAGES.get(code, MESSAGES[500])
    return render_template("errors/error.html", code=code, title=gettext(title),
                           text=gettext(detail or text)), code


def register(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def _csrf(e):
        return _page(400, CSRF_EXPIRED)

    @app.errorhandler(HTTPException)
    def _http(e: HTTPException):
        if e.code in MESSAGES:
            resp, code = _page(e.code)
            keep = {k: v for k, v in e.get_headers() if k.lower() in ("allow", "retry-after")}
            return resp, code, keep
        return e

    @app.errorhandler(500)
    def _server_error(e):
        return _page(500)
