"""Error pages in Korean for the status codes the site produces on purpose.

A 500 page says nothing about the cause (the log has it); a CSRF failure explains that
the form expired instead of showing a bare "Bad Request".
"""
from __future__ import annotations

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

MESSAGES = {
    400: ("잘못된 요청입니다", "요청을 처리할 수 없습니다. 입력 내용을 확인해 주세요."),
    403: ("권한이 없습니다", "이 화면이나 작업은 담당 부서의 담당자만 이용할 수 있습니다."),
    404: ("페이지를 찾을 수 없습니다", "주소가 바뀌었거나 공개되지 않은 문서입니다."),
    405: ("허용되지 않는 요청입니다", "이 주소는 해당 방식으로 요청할 수 없습니다."),
    413: ("입력 내용이 너무 큽니다", "보낸 내용이 허용 크기를 넘었습니다. 줄여서 다시 보내 주세요."),
    429: ("요청이 너무 많습니다", "잠시 후 다시 시도해 주세요."),
    500: ("일시적인 오류가 발생했습니다", "불편을 드려 죄송합니다. 잠시 후 다시 시도해 주세요."),
}


def _page(code: int, detail: str | None = None):
    title, text = MESSAGES.get(code, MESSAGES[500])
    return render_template("errors/error.html", code=code, title=title,
                           text=detail or text), code


def register(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def _csrf(e):
        return _page(400, "보안 확인 시간이 지났습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.")

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
