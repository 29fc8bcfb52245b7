"""A foreign-resident centre's English case work (family english_casework, measured blind
first): the keys and role words of English records, a given name said alone after the
full name, and the Korean name key inside a line; officials' records stay visible."""
import pytest


def _names(found, text):
    return [v for v, l in found(text) if l == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("Landlord Dokgo Jin (독 고진) says a new tenant must be found.", "Dokgo Jin"),
    ("2. The claimant, Sok Dara, asked for copies. The company refused.", "Sok Dara"),
    ("Name .............. Heng Rith\nCountry ........... Cambodia\n", "Heng Rith"),
    ("name / 이름=Rowena Bautista\ngender=F\n", "Rowena Bautista"),
    ("Service user: Hlaing, Thandar\nNationality: Myanmar\n", "Hlaing, Thandar"),
    ("Members present: Jin Chunhua (China (Korean-Chinese)), Rowena Bautista (Philippines)", "Jin Chunhua"),
    ("  Co-worker Dewi Lestari ((+82) 10-2571-7834) will act as interpreter.", "Dewi Lestari"),
    ("[4] 성명: 공별, 피상속인과의 관계: 조카, 연락처: 010-6435-9832", "공별"),
])
def test_a_person_in_an_english_or_mixed_record(found, text, name):
    assert name in _names(found, text), found(text)


def test_a_given_name_said_alone_after_the_full_name(found):
    text = ("Client: Nusrat Jahan (Bangladesh), E-9 worker.\n"
            "Nusrat was injured at work on 3 March. Nusrat asked for an interpreter.\n"
            "Manager Pyeon Byul will call the employer. Park Soo-jin (team leader) agreed.\n")
    names = _names(found, text)
    assert names.count("Nusrat") == 2, names
    assert not any("Byul" in n or "Park" in n for n in names), names


def test_a_word_of_a_name_that_is_also_an_ordinary_word_is_not_spread(found):
    """'grace' in lowercase says the word is the language's: only the full name is masked."""
    text = "Client: Grace Wanjiru (Kenya).\nBy grace of the landlord the flat was dry. Grace asked again.\n"
    assert _names(found, text) == ["Grace Wanjiru"], found(text)


def test_an_officials_record_with_a_name_key_stays_visible(found):
    text = "  ○ 소속: 공원녹지과 지방행정주사보, 성명: 송윤아, 공적요지: 재난 대응 유공\n"
    assert _names(found, text) == [], found(text)


@pytest.mark.parametrize("text, value, label", [
    ("Client Le Thi Hanh (Viet Nam), born 21 Sep 1983, ARC 8309216862138", "21 Sep 1983", "BIRTH_DATE"),
    ("> My son Rith was born on 5 May 2017 and wants to go to school.", "5 May 2017", "BIRTH_DATE"),
    ("My account is IBK 010-419007-01-377.", "010-419007-01-377", "BANK_ACCOUNT"),
    ("My account is Hana Bank 898-91011966-07.", "898-91011966-07", "BANK_ACCOUNT"),
    ("Account for payment: Citibank Korea 109-921089-01 (holder: KO MIN THU).", "109-921089-01", "BANK_ACCOUNT"),
    ("I lost my ARC card. I live in 13-30 Dorim-ro #331, Guro-gu, Seoul. How do I get a new one?",
     "13-30 Dorim-ro #331, Guro-gu, Seoul", "ADDRESS"),
    ("Ms Chen Jing\n29-20 Wangsimni-ro 104-dong 1491-ho, Seongdong-gu, Seoul\n\nRe: Your wage claim",
     "29-20 Wangsimni-ro 104-dong 1491-ho, Seongdong-gu, Seoul", "ADDRESS"),
])
def test_english_dates_accounts_and_homes(found, text, value, label):
    assert any(value in v and l == label for v, l in found(text)), found(text)


@pytest.mark.parametrize("text", [
    "IBK 010-4190-0701 is the office phone.",            # a mobile's shape, not IBK's 3-6-2-3
    "The centre is at 15 Dohwa-gil, Mapo-gu, Seoul (3rd floor).",
])
def test_english_office_numbers_and_addresses_stay_visible(found, text):
    assert not [v for v, l in found(text) if l in ("BANK_ACCOUNT", "ADDRESS")], found(text)
