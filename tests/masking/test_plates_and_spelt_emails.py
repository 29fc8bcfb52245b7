"""Plates that name their city or district and e-mail addresses spelt to dodge
harvesters (issue 15's kinds), each over several values and sentences."""
import itertools

import pytest

from domain.types import DocumentMeta

PLATES = ["경기수원가5220", "서울관악마5935", "서울 영등포 가 1234", "부산해운대더7788", "경기 고양 12 고 3456",
          # an older or two-wheeler plate that names its place is masked whatever its
          # letter: a delivery rider's own motorcycle carries 아 or 자 (both the
          # hand-written and the generated incident reports mark them)
          "경기수원자5220", "서울 영등포 아 1234"]
#: commercial letters (바사아자) of today's nationwide plates stay visible
COMMERCIAL = ["12바3456", "345사 6789"]
PLATE_SENTENCES = ["가해 차량 {v}이 신호를 위반함", "오토바이({v}) 운전자가 다침", "이륜차 번호 {v}",
                   "| 차량번호 | {v} |"]
EMAILS = ["minsu82 (at) naver.com", "kim.hong @ gmail.com", "lee[at]daum[dot]net", "hope_1026 @ kakao.com"]
EMAIL_SENTENCES = ["회신 주소: {v}", "e-mail {v} 로 보내 주세요", "Please write to {v}."]


def _covered(layer1, text, value, label):
    start = text.index(value)
    return any(d.label == label and d.start <= start and start + len(value) <= d.end
               for d in layer1.detect(text, DocumentMeta()))


@pytest.mark.parametrize("values,sentences,label", [
    (PLATES, PLATE_SENTENCES, "VEHICLE_PLATE"),
    (EMAILS, EMAIL_SENTENCES, "EMAIL"),
])
def test_every_form_is_masked_whole(layer1, values, sentences, label):
    missed = [s.format(v=v) for v, s in itertools.product(values, sentences)
              if not _covered(layer1, s.format(v=v), v, label)]
    assert not missed, f"{len(missed)} missed: {missed[:4]}"


@pytest.mark.parametrize("plate", COMMERCIAL)
def test_commercial_plates_stay_visible(layer1, plate):
    text = f"가해 차량 {plate}이 신호를 위반함"
    assert [d for d in layer1.detect(text, DocumentMeta()) if d.label == "VEHICLE_PLATE"] == []


@pytest.mark.parametrize("text", ["문의: info@seoul.go.kr", "담당 kim @ seoul.go.kr",
                                  "서울 중구 세종대로 110 서울시청", "경기도 가평군 가평읍 1234번지 일대 정비",
                                  "서울비전 2030 추진 계획에 따라 차량 운행을 줄인다"])
def test_official_mail_and_places_stay_visible(layer1, text):
    assert [d for d in layer1.detect(text, DocumentMeta()) if d.label in ("EMAIL", "VEHICLE_PLATE")] == []
