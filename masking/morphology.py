"""Korean morphology for layer 1: is a name-shaped word an ordinary word?

The person rules find a name by its shape (a surname and one or two syllables) and its
context (a role before it, a form of address after it). Korean is full of ordinary
words of that shape, and real public text writes them in exactly those contexts:
``신부님``, ``주교님``, ``하느님``, ``감독님`` (a title with the honorific 님), ``신자 가족``
(a word before 가족), and a model reads adverbs and determiners (``지극히``, ``마침내``,
``여러``) as names. Kiwi (kiwipiepy), with its dictionary and language model, tells them
apart:

* :func:`title_with_honorific`: the word is a common noun Kiwi knows, and Kiwi reads the
  following 님 as the honorific suffix of a title with a high probability (신부님,
  고객님); a name takes 님 far less readily (이슬님, 정대호님: the name stays a name);
* :func:`known_common_noun`: the whole word is one common noun in Kiwi's dictionary
  (신자, 조선인); an unknown name is a noun Kiwi guesses, with a much lower score;
* :func:`function_word`: the whole word is an adverb, determiner, pronoun or
  interjection (지극히, 여러, 이들).

These are used only where the context is weak (a form of address or a word after the
candidate, or the statistical model); a role word before a name (민원인 이슬) keeps it a
name whatever Kiwi says. One Kiwi instance serves the process (the search analyzer
uses it too); answers are remembered per word.
"""
from __future__ import annotations

import threading
from functools import lru_cache

#: Kiwi without the multi-word and typo dictionaries (about 320 MB instead of 510).
KIWI_OPTIONS = dict(load_typo_dict=False, load_multi_dict=False)
#: A dictionary noun scores above this (신부 -9.9, 이슬 -11.8); an unknown word that Kiwi
#: guesses is a noun scores below (정대호 -19, 오말순 -25).
KNOWN_NOUN_SCORE = -13.0
#: 님 as the suffix of a title scores above this (목사님 -1.2, 고객님 -5.6); after a
#: name it scores below (정대호님 -7.0, 김영희님 -8.0, 이슬님 -10.4).
TITLE_HONORIFIC_SCORE = -6.0
_FUNCTION_TAGS = {"MAG", "MAJ", "MM", "NP", "IC"}

_kiwi = None
#: Kiwi's thread safety is not documented: every use in the process holds this lock.
KIWI_LOCK = threading.RLock()


def kiwi():
    """The process-wide Kiwi instance (loading takes ~1.5 s)."""
    global _kiwi
    if _kiwi is None:
        with KIWI_LOCK:
            if _kiwi is None:
                from kiwipiepy import Kiwi
                _kiwi = Kiwi(**KIWI_OPTIONS)
    return _kiwi


def tokenize(text: str):
    """Kiwi's tokens of ``text``, under the process's Kiwi lock."""
    k = kiwi()
    with KIWI_LOCK:
        return k.tokenize(text)


@lru_cache(maxsize=50_000)
def _reading(text: str) -> tuple:
    """Kiwi's best reading of a word, once per word: the questions below all ask it."""
    k = kiwi()
    with KIWI_LOCK:
        return tuple(k.analyze(text, top_n=1)[0][0])


def reading(word: str) -> tuple:
    """Kiwi's best reading of one word (its tokens), remembered."""
    return _reading(word)


@lru_cache(maxsize=50_000)
def known_common_noun(word: str) -> bool:
    toks = _reading(word)
    return len(toks) == 1 and toks[0].tag == "NNG" and toks[0].score >= KNOWN_NOUN_SCORE


@lru_cache(maxsize=50_000)
def function_word(word: str) -> bool:
    toks = _reading(word)
    # alone, with a suffix, or with a particle (이거요, 여기요, 이것은: a pronoun and 요/은)
    return bool(toks) and toks[0].tag in _FUNCTION_TAGS \
        and (len(toks) == 1 or (len(toks) == 2 and (toks[1].tag == "XSN" or toks[1].tag.startswith("J"))))


@lru_cache(maxsize=50_000)
def title_with_honorific(word: str) -> bool:
    toks = _reading(word + "님")
    if len(toks) == 1:                      # 하느님: one dictionary word with its 님
        return toks[0].tag == "NNG" and toks[0].score >= KNOWN_NOUN_SCORE
    return (known_common_noun(word) and len(toks) == 2 and toks[0].form == word and toks[1].tag == "XSN"
            and toks[1].score >= TITLE_HONORIFIC_SCORE)


@lru_cache(maxsize=50_000)
def derived_word(word: str) -> bool:
    """A word and a suffix, a counter, a particle or an ending (고용+률, 동료+들, 공동+명,
    연기+에), or one word Kiwi knows well (사무실, 장학금): not a name after a weak role
    word or in a cell no column names."""
    toks = _reading(word)
    if len(toks) == 1:
        return toks[0].score >= KNOWN_NOUN_SCORE + 0.5
    last = toks[-1].tag
    return last in ("XSN", "NNB", "VCP") or last.startswith(("J", "E"))


@lru_cache(maxsize=50_000)
def ends_a_noun(word: str, start: int, end: int, suffixes: tuple = ()) -> bool:
    """Kiwi reads ``word[start:end]`` as whole nouns, or as the end of one (유방암으로: 암
    ends the noun 유방암; 공황장애로: 공황 + 장애), or as a noun and one of ``suffixes``
    (당뇨병 with 병), not as the start or the middle of a longer word (암호화되어: 암호;
    재활용품: 재 + 활용품; 기암괴석; 유산균)."""
    toks = _reading(word)
    starts = {t.start for t in toks}
    for t in toks:
        if t.start < end <= t.start + t.len and t.tag.startswith("N"):
            if end == t.start + t.len:
                return start in starts or t.start <= start
            return t.start == start and t.form[end - start:] in suffixes
    return False


@lru_cache(maxsize=50_000)
def noun_made_verb(word: str) -> bool:
    """A dictionary noun made a verb or an adjective with 하다 (가입한, 설치해, 신청한,
    성실한), or a noun and nothing but 시, 때, 중, 후 or 전 (방문시: when visiting; not
    용시우, read 용 + 시 + 우): never a personal name, which takes neither."""
    toks = _reading(word)
    if len(toks) >= 2 and toks[0].tag == "XR" and toks[1].tag in ("XSA", "XSV"):
        return True         # 진정+하+ㄴ, 조용+하+ㄴ: a root made an adjective
    if len(toks) < 2 or toks[0].tag != "NNG":
        return False
    if toks[0].score < KNOWN_NOUN_SCORE:
        # a rarer noun of two syllables or more, made a verb by a plain 하 (전입+하+ㄴ,
        # 전출+하+ㄴ): a name does not read as a noun and a likely 하 (유진+하+ㄴ is -6.4)
        return (toks[0].len >= 2 and toks[0].score >= RARE_NOUN_SCORE and toks[1].tag in ("XSV", "XSA")
                and toks[1].score > PLAIN_SUFFIX_SCORE)
    return toks[1].tag in ("XSV", "XSA") or (len(toks) == 2 and toks[1].tag == "NNB" and toks[1].form in _WHEN)


#: a dictionary noun Kiwi knows, if rarely, scores above this (전입 -13.1, 전출 -14.4)
RARE_NOUN_SCORE = -15.0
#: 하 that plainly makes the noun before it a verb scores above this (전입+하 -2.7)
PLAIN_SUFFIX_SCORE = -4.0


_WHEN = {"시", "때", "중", "후", "전"}

#: an ending that Kiwi reads with a score above this is a plain ending of the verb before
#: it (위하+여 -0.6, 지치+ㄴ -1.2, 하+었+음 -5.9); a name read as a verb by force has
#: an unlikely one (하+시+우 -8.5, 설하+은 -8.9)
PLAIN_ENDING_SCORE = -6.5


@lru_cache(maxsize=50_000)
def verb_form(word: str) -> bool:
    """A verb or an adjective with its ending (위하여, 지친, 인한, 어려운, 하였음, 당해):
    Kiwi reads the word as a verb stem and one or two plain endings. Such a word opens
    with a surname syllable as often as any other, and is never a name."""
    toks = _reading(word)
    if not 2 <= len(toks) <= 3 or not toks[0].tag.startswith(("VV", "VA", "VX")):
        return False
    return all(t.tag.startswith("E") and t.score > PLAIN_ENDING_SCORE for t in toks[1:])


#: Kiwi's whole reading of an ordinary word and its particle or ending scores above this
#: (전+부터 -12.2, 가지+ㄴ+자 -12.7); a name it cuts into such pieces scores far lower
#: (이동+율 -18.8, 이+정수+ㄴ -19.5, 방화+율 -21.1)
PLAIN_PHRASE_SCORE = -14.0


@lru_cache(maxsize=50_000)
def plain_phrase(word: str) -> bool:
    """A known word and its particle, ending, suffix or dependent noun, read with the
    confidence of ordinary writing (전부터, 가진자, 공론화): not a name."""
    toks = _reading(word)
    return (len(toks) > 1 and not any(t.oov for t in toks) and toks[0].tag.startswith(("NNG", "VV", "VA"))
            and toks[-1].tag.startswith(("J", "E", "XSN", "NNB"))
            and sum(t.score for t in toks) > PLAIN_PHRASE_SCORE)


@lru_cache(maxsize=50_000)
def plain_nouns(word: str) -> bool:
    """One common noun of Kiwi's dictionary, known if rarely (임차 -13.1), or nouns of two
    syllables or more each: not a name, which Kiwi reads as a proper noun, a word it does
    not know or single letters."""
    toks = _reading(word)
    if len(toks) > 1:
        return dictionary_compound(word)        # (금+판례, 박+동현: a name Kiwi cut up)
    return toks[0].tag == "NNG" and not toks[0].oov and toks[0].len == len(word) and toks[0].score >= RARE_NOUN_SCORE


@lru_cache(maxsize=50_000)
def seed_word(word: str) -> bool:
    """A noun and 씨 the seed (고추씨, 참깨씨: Kiwi reads 씨 as a common noun), not 씨 the
    form of address after a name (이슬씨, 하늘씨: a dependent noun)."""
    toks = _reading(word)
    return len(toks) >= 2 and toks[-1].form == "씨" and toks[-1].tag == "NNG" and toks[-2].tag.startswith("NN")


@lru_cache(maxsize=50_000)
def plain_function_word(word: str) -> bool:
    """One adverb of three letters or more (단순히, 마침내), a numeral (여섯, 하나), or a
    determiner and a dependent noun (이중, 이번): Kiwi's reading of the whole word, which
    no name has (한결, an adverb too, is a given name: two-letter adverbs are left alone)."""
    toks = _reading(word)
    if len(toks) == 1:
        t = toks[0]
        return t.tag == "NR" or (t.tag in ("MAG", "MAJ") and len(word) >= 3)
    if len(toks) == 2 and toks[0].tag == "NP" and toks[1].tag.startswith("J"):
        return True     # 제가, 저는, 우리가: a pronoun and its particle
    return len(toks) == 2 and toks[0].tag == "MM" and toks[1].tag == "NNB" and toks[1].score > PLAIN_ENDING_SCORE


def never_a_name(word: str) -> bool:
    """A word Kiwi reads as a verb form, a noun made a verb, or a function word (이들,
    여러): whatever its context, not a personal name."""
    return verb_form(word) or noun_made_verb(word) or function_word(word)


def not_to_spread(word: str) -> bool:
    """A word that, once taken for a name, must not be masked wherever else it occurs:
    a verb form or a noun made a verb of three letters or more (위하여, 소유한), or a
    pronoun (이들, 그들). Two letters that Kiwi reads as a verb or a determiner are often
    names (박찬: 박차+ㄴ; 모율: 모+율), and spreading a real name is what keeps it masked."""
    toks = _reading(word)
    if toks and toks[0].tag == "NP":
        return True
    return len(word) >= 3 and (verb_form(word) or noun_made_verb(word))


@lru_cache(maxsize=50_000)
def dictionary_word(word: str) -> bool:
    """A word of three syllables or more that Kiwi's dictionary holds as one common noun
    (상담원, 소재지, 생년월일, 지원금), not a noun it guesses (Kiwi marks those out of
    vocabulary: 강하준, 오복례). A Korean name is a surname and one or two syllables that
    no dictionary holds as one noun, so such a word is never a name, in a table cell, a
    speaker's turn or after a role word alike. (Two syllables are left alone: 이슬, 하늘,
    조산 and 심미 are given names as well as words.)"""
    if len(word) < 3:
        return False
    toks = _reading(word)
    return len(toks) == 1 and toks[0].tag == "NNG" and not toks[0].oov and toks[0].len == len(word)


@lru_cache(maxsize=50_000)
def dictionary_compound(word: str) -> bool:
    """Two or more common nouns of Kiwi's dictionary, of two syllables or more each, and
    nothing else (장애+정도, 지원+종류, 계좌+번호): a table header, not a name."""
    toks = _reading(word)
    return len(toks) >= 2 and all(t.tag == "NNG" and not t.oov and t.len >= 2 for t in toks) \
        and sum(t.len for t in toks) == len(word)       # (강+영+철, 방+선서: a name Kiwi cut up)


@lru_cache(maxsize=50_000)
def noun_with_case_ending(word: str) -> bool:
    """A common noun Kiwi knows and 로, 에 or 에서, or the copula made a noun (정보+로,
    명단+이+ㅁ, 지원+에서): an ordinary word in a sentence, not a name and its particle,
    which would be a proper noun or a word Kiwi does not know (홍길동+으로); other endings
    are left alone (구미란 is a name Kiwi reads as 구미+이+란)."""
    toks = _reading(word)
    if len(toks) < 2 or toks[0].tag != "NNG" or toks[0].oov or toks[0].score < KNOWN_NOUN_SCORE:
        return False
    if toks[1].tag == "JKB":
        return len(toks) == 2 and toks[1].form in ("로", "으로", "에", "에서")
    return toks[1].tag == "VCP" and len(toks) == 3 and toks[2].tag == "ETN"


@lru_cache(maxsize=50_000)
def unknown_word(word: str) -> bool:
    """A word Kiwi reads as a name would be read: one proper noun (김지우), one token it
    marks out of vocabulary (방영희), or single letters it reads as nouns (변+봉+수, a
    name it cut up); not a compound of words (조명+탑) nor a common noun."""
    toks = _reading(word)
    if len(toks) == 1:
        return toks[0].oov or toks[0].tag == "NNP"
    return all(t.len == 1 and t.tag.startswith("NN") for t in toks)


#: a word Kiwi only guesses scores below this as one noun (수레쉬 -28, 응우옌 -17.6,
#: 로드리게스 -15.2); dictionary words score above it (대사관 -11.7, 쿠마르 -12.7)
GUESSED_WORD_SCORE = -15.0


@lru_cache(maxsize=50_000)
def guessed_word(word: str) -> bool:
    """Kiwi reads the whole word as one noun it does not know: a transliterated name."""
    toks = _reading(word)
    return len(toks) == 1 and toks[0].tag in ("NNG", "NNP") and toks[0].score < GUESSED_WORD_SCORE
