"""Pydantic schemas of the rule files, so that a typo fails at start-up.

Every file under ``rules/recognizers/`` declares its ``kind``; the kind picks the
schema. Regexes are compiled and validator names resolved while validating, so a
rule that could never run is reported with its file and field instead of being
skipped at request time.
"""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from domain.labels import DETECTABLE

from .validators import VALIDATORS

#: the labels a rule may emit (domain.labels is the one table)
LABELS = DETECTABLE


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compile(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as e:
        raise ValueError(f"bad regex {pattern!r}: {e}") from e
    return pattern


# a character class of single characters (``\d``, ``\(``, ``M``) and ranges (``A-Z``),
# not negated, with a hyphen escaped: classes of this form can be joined into one
_START_CLASS = re.compile(r"\[(?:(?:\\.|[^\]\\\-^])(?:-(?:[^\]\\\-^]))?)+\]")
_NUMBERED_REFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]|\(\?\(\d")


class PatternSpec(_Strict):
    name: str
    regex: str
    score: float = Field(ge=0, le=1)
    entity: str | None = None      # overrides the rule's entity for this pattern
    # the characters a match can begin with, as a character class (``'[\d(+]'``): the
    # pattern is then looked for together with the others, only where one of them
    # stands; without it the pattern is tried at every position on its own (slower,
    # never wrong). A class that leaves out a character a match can begin with would
    # lose those matches: tests/masking/test_rules_schema.py checks every shipped one.
    starts_with: str | None = None

    _check = field_validator("regex")(classmethod(lambda cls, v: _compile(v)))

    @field_validator("regex")
    @classmethod
    def _named_references_only(cls, v):
        # the patterns are put together in one regex, where group numbers shift
        if _NUMBERED_REFERENCE.search(v):
            raise ValueError(f"regex {v!r} refers to a group by number: name it, (?P<sep>...) and (?P=sep)")
        return v

    @field_validator("starts_with")
    @classmethod
    def _one_class(cls, v):
        if v is not None and not _START_CLASS.fullmatch(v):
            raise ValueError(f"starts_with {v!r} is not one character class such as '[\\d(+]' "
                             "(no ^, a hyphen only between the two ends of a range, or escaped)")
        if v is not None:
            _compile(v)
        return v

    @field_validator("entity")
    @classmethod
    def _label(cls, v):
        if v is not None and v not in LABELS:
            raise ValueError(f"unknown label {v!r}")
        return v


class ContextSpec(_Strict):
    words: list[str] = Field(min_length=1)
    before: int = Field(default=30, ge=0, le=400)   # characters looked at before the value
    after: int = Field(default=0, ge=0, le=400)
    same_line: bool = True        # stop the window at a line break
    header: bool = True           # a table column header / row key counts as context
    boost: float = Field(default=0.3, ge=0, le=1)
    # longer words that hold a context word without its meaning (생일 in 발생일시): their
    # occurrences are taken out of the window before the words are looked for
    not_within: list[str] = []


class PatternRule(_Strict):
    name: str
    entity: str
    description: str = ""
    patterns: list[PatternSpec] = Field(min_length=1)
    validators: list[str] = []                 # all must pass
    boosters: dict[str, float] = {}            # validator name -> score added if it passes
    context: ContextSpec | None = None
    requires_context: bool = False
    min_score: float = Field(default=0.5, ge=0, le=1)
    flags: list[Literal["IGNORECASE"]] = []

    @field_validator("entity")
    @classmethod
    def _label(cls, v):
        if v not in LABELS:
            raise ValueError(f"unknown label {v!r}; known: {', '.join(LABELS)}")
        return v

    @field_validator("validators")
    @classmethod
    def _validators(cls, v):
        for name in v:
            if name not in VALIDATORS:
                raise ValueError(f"unknown validator {name!r}; known: {', '.join(VALIDATORS)}")
        return v

    @field_validator("boosters")
    @classmethod
    def _boosters(cls, v):
        for name in v:
            if name not in VALIDATORS:
                raise ValueError(f"unknown validator {name!r} in boosters")
        return v

    @model_validator(mode="after")
    def _context_needed(self):
        if self.requires_context and self.context is None:
            raise ValueError("requires_context is set but no context is given")
        return self


class PatternFile(_Strict):
    kind: Literal["patterns"]
    recognizers: list[PatternRule] = Field(min_length=1)


class FieldLabel(_Strict):
    entity: str
    keys: list[str] = Field(min_length=1)     # header / key words (a cell label containing one)
    value: Literal["name", "date", "address", "text", "passport"]

    @field_validator("entity")
    @classmethod
    def _label(cls, v):
        if v not in LABELS:
            raise ValueError(f"unknown label {v!r}")
        return v


class FieldsFile(_Strict):
    """Labels given by a table column header or a ``key: value`` line."""
    kind: Literal["fields"]
    fields: list[FieldLabel] = Field(min_length=1)
    official_table_headers: list[str] = []    # a table with such a column lists officials
    company_row_keys: list[str] = []          # a row/table about a company, not a person
    not_within: list[str] = []                # longer words holding a key without its sense (발생일시)


class PersonFile(_Strict):
    kind: Literal["person"]
    surnames: list[str] = Field(min_length=50)
    two_syllable_surnames: list[str] = Field(min_length=1)
    particles: list[str]                       # stripped from the end of a candidate word
    private_before: list[str]                  # role words right before a private name
    private_after: list[str]                   # words right after a private name
    official_before: list[str]                 # ranks/roles right before an official's name
    official_after: list[str]
    # a public figure's calling right before the name (배우 …, 대통령 …): a person named
    # as a public figure, not in a private capacity (GUIDELINE: not personal information)
    public_figure_before: list[str] = []
    not_names: list[str] = []                  # common words shaped like names
    english_private_before: list[str] = []
    english_titles: list[str] = []
    english_not_names: list[str] = []          # words of address after a greeting (Dear Sir)
    romanized_surnames: list[str] = []         # Kim, Park …: never spread alone as a given name
    subject_document_words: list[str] = []     # documents about an official as a person
    # words that make a name the subject of a personal matter, an official's too: the one
    # a disciplinary decision is about (징계혐의자 …, … 에 대한 징계)
    personal_matter_before: list[str] = []
    personal_matter_after: list[str] = []
    foreign_given_syllables: list[str] = []    # first word of Hangul-transcribed foreign names
    # a business's representative (대표자): in role when the business is a company (a
    # corporate word near), a private person when it is a shop or a sole proprietorship
    business_representatives: list[str] = []
    corporate_words: list[str] = []
    public_body_words: list[str] = []
    max_name_gap: int = 2

    @field_validator("foreign_given_syllables")
    @classmethod
    def _one_hangul_word(cls, v):
        bad = [w for w in v if not re.fullmatch(r"[가-힣]+", w)]
        if bad:
            raise ValueError(f"a foreign given name is one word of Hangul syllables: {bad!r}")
        return v


class AddressFile(_Strict):
    kind: Literal["address"]
    regions: list[str] = Field(min_length=5)
    private_context: list[str]
    public_context: list[str]
    english_keys: list[str] = []


class HealthFile(_Strict):
    kind: Literal["health"]
    terms: list[str] = Field(min_length=10)
    subject_words: list[str]
    stop_before: list[str]
    stop_after: list[str]
    # a medical report's words: the sentence reports someone's condition even when the
    # person is named in another sentence (진료 결과 …, … 로 전치 3주, … 이 확인됨)
    report_before: list[str] = []
    report_after: list[str] = []
    # words right after a condition that make the clause general, not about a person:
    # a rule or a guide (부상한 경우, 출산 시), prevention and benefit (당뇨병 예방에 효과)
    generic_after: list[str] = []
    # terms that are also everyday words at the end of a compound (문화유산, 사절단,
    # 여래좌상): a condition only as a word of their own
    own_word_only: list[str] = []
    # keys of a record's ``key: value`` lines whose value is the person's health whatever
    # its words (증상 : 혈변, 복통; 검사결과 : 노로바이러스 양성), in a record that names its
    # person under a name key
    record_keys: list[str] = []
    # keys of such a record whose value is never the person's condition: what the office
    # did (조치사항 : 증상 모니터링 14일), where they were seen (진료 : 입원), their work
    not_condition_keys: list[str] = []


class RowsFile(_Strict):
    """Words for row-level reasoning: what a column of a table about persons holds."""
    kind: Literal["rows"]
    name_headers: list[str] = Field(min_length=1)
    birth_headers: list[str] = Field(min_length=1)
    event_date_headers: list[str] = []        # a date column that is not a birth date
    health_headers: list[str] = []
    account_headers: list[str] = []
    bank_words: list[str] = []                # a cell naming a bank makes the next number an account
    address_headers: list[str] = []
    passport_headers: list[str] = []
    non_person_headers: list[str] = []        # a column of organisations / places / items
    org_suffixes: list[str] = []              # a name-shaped cell ending in these is an organisation
    assistive_devices: list[str] = []         # health-list words that name an aid, not a condition
    leave_cells: list[str] = []               # a personnel row's action that gives a health reason (병가)
    official_role_cells: list[str] = []       # a cell saying the row's person is an official


class Exemptions(_Strict):
    government_email_domains: list[str]
    organisational_email_locals: list[str] = []
    institutional_email_suffixes: list[str] = []   # or.kr, ac.kr ...: organisations, not persons
    private_second_level_kr: list[str] = []        # co.kr, ne.kr, pe.kr: may be anyone's
    office_phone_prefixes: list[str]
    official_line_words: list[str]
    private_ip_is_internal: bool = True
    code_headers: list[str] = []              # a column of budget / item codes, not phones or accounts
    commercial_plate_letters: str = ""
    vehicle_official_words: list[str] = []
    corporate_number_words: list[str] = []
    public_account_words: list[str] = []
    business_number_words: list[str] = []
    organisation_address_words: list[str] = []   # a key: value record that is an office's contact

    @field_validator("office_phone_prefixes")
    @classmethod
    def _prefix(cls, v):
        for p in v:
            if not any(c.isdigit() for c in p):
                raise ValueError(f"office phone prefix {p!r} has no digits")
        return v


class MaskingOperator(_Strict):
    type: Literal["replace", "keep_edges", "mask_groups", "fixed"]
    placeholder: str = "*"      # replace: char used for every significant character
    text: str = ""              # fixed: literal replacement, e.g. [성명]
    keep_first: int = 0         # keep_edges
    keep_last: int = 0
    keep_groups: list[int] = []  # mask_groups: indexes of digit groups kept


class MaskingFile(_Strict):
    default: MaskingOperator
    labels: dict[str, MaskingOperator] = {}

    @field_validator("default")
    @classmethod
    def _default_hides_all(cls, v):
        if v.type in ("keep_edges", "mask_groups") and (v.keep_first or v.keep_last or v.keep_groups):
            raise ValueError("the default operator must leave no character of the value in place")
        return v
