"""The form a citizen fills in to ask about a document: on the document's page and on
its own page (the ask blueprint), so it lives apart from both."""
from __future__ import annotations

import re

from flask_babel import gettext, lazy_gettext
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

_MOBILE = re.compile(r"^01[016789]\d{7,8}$")
# Deliberately simple (no email_validator dependency): one @, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def _mobile(form, field):
    digits = re.sub(r"[\s-]", "", field.data or "")
    if digits and not _MOBILE.match(digits):
        raise ValidationError(gettext("휴대전화 번호는 010-1234-5678 형식으로 입력해 주세요."))


class AskForm(FlaskForm):
    body = TextAreaField(lazy_gettext("문의 내용"), validators=[
        DataRequired(lazy_gettext("문의 내용을 입력해 주세요.")),
        Length(max=2000, message=lazy_gettext("문의 내용은 2,000자 이내로 입력해 주세요."))])
    name = StringField(lazy_gettext("이름 (선택)"), validators=[Optional(), Length(max=50)])
    email = EmailField(lazy_gettext("전자우편 (선택, 답변 알림용)"), validators=[
        Optional(), Length(max=254),
        Regexp(_EMAIL, message=lazy_gettext("전자우편 주소 형식이 올바르지 않습니다."))])
    phone = StringField(lazy_gettext("휴대전화 (선택, 답변 알림용)"),
                        validators=[Optional(), Length(max=20), _mobile])
    consent = BooleanField(lazy_gettext("개인정보 수집·이용에 동의합니다"))
    # Honeypot: hidden from people by CSS and aria-hidden; bots fill every field.
    website = StringField("website", validators=[Optional()])

    def validate_consent(self, field):
        if (self.name.data or self.email.data or self.phone.data) and not field.data:
            raise ValidationError(gettext(
                "이름이나 연락처를 남기시려면 개인정보 수집·이용에 동의해 주세요."))
