"""Layer 1: find personal information in a document and mask it.

The recognizers of a Presidio registry (YAML pattern rules and the role-aware code
recognizers) run over the normalised text with an offline NLP engine that parses the
layout once; ``detect`` calls them as ``AnalyzerEngine.analyze`` would, without its
per-call bookkeeping. The statistical NER model is not run over the whole document:
its spans are weak and count only in a row or line about a private person (or, in a
document about one official as a person, as names), so it reads only those lines,
after the rules have found them. The results then go through the steps that need the
whole document at once:
exemptions (officials, government contacts, corporate numbers), promotion of weak
candidates that sit in a row about a private person (home landlines, addresses),
propagation of a private name to its other mentions, the drafter's ``redact`` terms,
and a merge into sorted, non-overlapping detections.

The engine holds only read-only state after construction, so one instance can
serve many threads.
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

from domain import labels, limits as doc_limits
from domain.types import Detection, DocumentMeta

from . import morphology
from .addresses import AddressRecognizer
from .artifacts import LayoutNlpEngine
from .errors import TextTooLong
from .exemptions import ExemptionRules
from .fields import FieldRecognizer
from .health import HealthRecognizer
from .loader import RuleSet, load_rules
from .masker import Masker, MaskResult
from .names import NameRules, PersonRecognizer
from .neighbours import NameNeighbours
from .normalize import normalize
from .pattern_rules import PatternScan, RuleRecognizer
from .ner.tokenizer import PARTICLES as NER_PARTICLES
from .items import chat_speakers, inline_records, private_item_names, roster_names
from .rows import MOBILE_SOURCES, RowReasoner

THRESHOLD = 0.5


# what follows a place's name in an address: a number, a building or a flat (B103호, 109동)
_PLACE_CONTINUES = re.compile(r"[ \t]*(?:[A-Z]?\d|지하|지층|반지하)")

class _NoContextEnhancer(ContextAwareEnhancer):
    """Context is handled inside each recognizer (character windows suit Korean)."""

    def __init__(self):
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


def _check_length(text: str) -> None:
    limit = doc_limits.MAX_CHARS
    if len(text) > limit:
        raise TextTooLong(f"글자 수({len(text):,}자)가 한 문서의 한도 {limit:,}자를 넘어 개인정보 "
                          f"검사를 하지 않았습니다")


def _default_ner():
    """The shipped NER model as a recognizer (empty if the model directory is missing).

    ``DISCLOSURE_NO_NER=1`` switches it off (rules only), e.g. to compare the two;
    ``DISCLOSURE_NER_MODEL=DIR`` loads another trained model (a leave-one-family-out
    model in ``benchmarks/families.py``).
    """
    import os

    if os.environ.get("DISCLOSURE_NO_NER"):
        return []
    from .ner import NerRecognizer, load_model
    nlp = load_model(os.environ.get("DISCLOSURE_NER_MODEL") or None)
    return [NerRecognizer(nlp)] if nlp is not None else []


def _occurrences(text: str, names) -> dict[str, list[tuple[int, int]]]:
    """Where each name occurs in ``text`` not right after a letter, the longest name
    winning where several start at one place and none overlapping the one before: what
    one scan with the alternation of the names (longest first) finds, without compiling
    a new pattern for every document."""
    hits = []
    for name in names:
        i = text.find(name)
        while i >= 0:
            if i == 0 or not _LETTER_BEFORE.match(text[i - 1]):
                hits.append((i, -len(name), name))
            i = text.find(name, i + 1)
    hits.sort()
    found: dict[str, list[tuple[int, int]]] = {}
    last_end = 0
    for i, neg, name in hits:
        if i < last_end:
            continue
        found.setdefault(name, []).append((i, i - neg))
        last_end = i - neg
    return found


_LETTER_BEFORE = re.compile(r"[가-힣A-Za-z]")


# the endings and words of English medical vocabulary, for a model's condition in an
# English text that the health terms do not list (leukaemia, hepatitis, chemotherapy)
_MEDICAL_EN = re.compile(
    r"[a-z]{2}(?:itis|osis|emia|aemia|oma|pathy|plegia|phobia|algia|ectomy|otomy|trophy|rrhea|rrhoea)\b"
    r"|\b(?:\w*therapy|disease|syndrome|illness|infection|injur(?:y|ies|ed)|cancer|tumou?r|medication"
    r"|hospitali[sz]ed|diagnos(?:is|ed)|surgery|chronic|disorder|impairment|condition)\b")


class _State:
    """One document between the rules and the model (``Layer1.detect_many``)."""
    __slots__ = ("norm", "meta", "layout", "subject_doc", "cands", "snippets")

    def __init__(self, norm, meta, layout, subject_doc, cands, snippets):
        self.norm, self.meta, self.layout, self.subject_doc = norm, meta, layout, subject_doc
        self.cands, self.snippets = cands, snippets


_ALNUM = re.compile(r"[0-9A-Za-z가-힣]")
# a key's separator right after a span (고객명 :, 고객명 ▶, 고객명⇥)
_KEY_AFTER = re.compile(r"[ \t]*[:：▶]|\t")
# a cell naming a company or a clan, not a person
_COMPANY_CELL = re.compile(r"^\s*(?:주식회사|유한회사|㈜|\((?:주|유|재|사)\))|(?:종중|문중|법인)\s*$")
# a place named by what is near it: in front of, around, across from
_PLACE_MARK = re.compile(r"\d[ \t]*(?:앞|인근|일대|부근|주변|건너편|맞은편)(?![가-힣])")
_DATE_AFTER = re.compile(r"[ \t:：]*\d")
# words that name a date as some other day than a birthday, right before it
_OTHER_DAY_BEFORE = re.compile(r"(?:사망|별세|등기|접수|신청|발생|작성|시행|처분|위촉|임명|봉사|활동|교부|발급|납부|부과)(?:일|일자)?[ \t:：]*$")
_HANGUL_ONLY = re.compile(r"[가-힣]+")
_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?P<rest>[A-Z][A-Za-z'\-]{2,}.*)")


def _propagate_values(text: str, cands) -> list["_Cand"]:
    """A value that is personal information where it was found is so wherever the same
    document repeats it: each further occurrence of a value found (with a digit, on one
    line, not inside a longer number or word) that no candidate covers yet."""
    values = {}
    for c in cands:
        v = text[c.start:c.end]
        if c.label in labels.REPEATED and len(v) >= 6 and "\n" not in v and any(ch.isdigit() for ch in v):
            values.setdefault(v, c.label)
    if not values:
        return []
    taken = [(c.start, c.end) for c in cands]
    out = []
    for v, label in values.items():
        i = text.find(v)
        while i >= 0:
            e = i + len(v)
            glued_before = i > 0 and _ALNUM.match(text[i - 1]) and _ALNUM.match(v[0])
            glued_after = e < len(text) and text[e].isascii() and text[e].isalnum() \
                and v[-1].isascii() and v[-1].isalnum()          # 704-8 inside 704-85
            if not glued_before and not glued_after and not any(a < e and i < b for a, b in taken):
                out.append(_Cand(i, e, label, 0.75, "VALUE_PROPAGATION",
                                 "same value found as personal information elsewhere in the document"))
                taken.append((i, e))
            i = text.find(v, i + 1)
    return out


class _Cand:
    __slots__ = ("start", "end", "label", "score", "source", "reason")

    def __init__(self, start, end, label, score, source, reason):
        self.start, self.end, self.label = start, end, label
        self.score, self.source, self.reason = score, source, reason


class Layer1:
    # the model reads each line about a private person with a few characters around it;
    # table rows are left to the row reasoner (name, birth-date, health, address cells),
    # which reads them by column and is as good there at a fraction of the cost
    NER_CONTEXT_CHARS = 8
    NER_SKIP_TABLES = True
    def __init__(self, rules: RuleSet, extra_recognizers=()):
        self.rules = rules
        self.names = NameRules(rules.person)
        self.exempt = ExemptionRules(rules.exemptions)
        self.masker = Masker(rules.masking)
        registry = RecognizerRegistry(supported_languages=["ko"])
        for pf in rules.patterns:
            for rule in pf.recognizers:
                registry.add_recognizer(RuleRecognizer(rule))
        registry.add_recognizer(FieldRecognizer(rules.fields, self.names))
        registry.add_recognizer(PersonRecognizer(self.names))
        registry.add_recognizer(AddressRecognizer(rules.address))
        person_keys = next((f.keys for f in rules.fields.fields if f.entity == "PERSON"), ())
        registry.add_recognizer(HealthRecognizer(rules.health, self.names, person_keys))
        # A statistical model (``analyze_spans``) is not run by the analyzer over the
        # whole text: detect() runs it only where its spans can change the outcome.
        self.ner = None
        for rec in extra_recognizers:
            if hasattr(rec, "analyze_spans") and self.ner is None:
                self.ner = rec
            else:
                registry.add_recognizer(rec)
        # the NER recognizer tokenizes with its own pipeline; Presidio's tokens are unused
        self.nlp_engine = LayoutNlpEngine(tokenize=False)
        self.nlp_engine.load()
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=self.nlp_engine,
                                       supported_languages=["ko"], default_score_threshold=0.0,
                                       context_aware_enhancer=_NoContextEnhancer())
        self._recognizers = registry.get_recognizers(language="ko", all_fields=True)
        self._entities = self.analyzer.get_supported_entities(language="ko")
        # the pattern rules' regexes are run together, once per document (PatternScan)
        pattern_recs = [r for r in self._recognizers if isinstance(r, RuleRecognizer)]
        self._pattern_scan = PatternScan(pattern_recs)
        self._scan_index = {id(r): k for k, r in enumerate(pattern_recs)}
        self.rows = RowReasoner(rules.rows, self.names, rules.health.terms,
                                rules.fields.official_table_headers)
        self._subject_rx = re.compile("|".join(map(re.escape, rules.person.subject_document_words)))
        self.neighbours = NameNeighbours(self.names, _Cand, THRESHOLD)
        pc = rules.person
        self._role_words = set(pc.private_before) | set(pc.private_after) | set(pc.official_before) \
            | set(pc.official_after)

    @classmethod
    def from_rules(cls, rules_dir: str | Path | None = None) -> "Layer1":
        if rules_dir is None:
            from rules import rules_dir as _default
            rules_dir = _default()
        return cls(load_rules(Path(rules_dir)), extra_recognizers=_default_ner())

    # ------------------------------------------------------------------------------
    def detect(self, text: str, meta: DocumentMeta | None = None) -> list[Detection]:
        return self.detect_many([(text, meta)])[0]

    def detect_many(self, docs) -> list[list[Detection]]:
        """``detect`` for several ``(text, meta)`` documents at once, with the same
        results: the rules read each document, then the model reads the lines about
        private persons of all of them in one batch, then each document is finished."""
        docs = list(docs)
        for text, _meta in docs:
            _check_length(text)
        states = [self._before_model(text, meta or DocumentMeta()) for text, meta in docs]
        if self.ner is not None:
            found = self.ner.analyze_many([(st.norm, st.snippets) for st in states])
            for st, results in zip(states, found):
                if results:
                    st.cands += self._exempt(st.norm, self._cands(results), st.meta, st.layout, st.subject_doc)
        return [self._after_model(st) for st in states]

    def _before_model(self, text: str, meta: DocumentMeta) -> "_State":
        norm = normalize(text)
        artifacts = self.nlp_engine.process_text(norm, "ko")
        cands = self._cands(self._analyze(norm, artifacts))
        layout = artifacts.layout
        subject_doc = bool(self._subject_rx.search(meta.title or "") or self._subject_rx.search(norm[:400]))
        cands = self._exempt(norm, cands, meta, layout, subject_doc)
        cands = cands + self._exempt(norm, self._rows(norm, cands, meta, layout), meta, layout, subject_doc)
        # a model span (score below the threshold) only counts in a row or line about a
        # private person (_promote_private_rows), so only those are read. In a document
        # about one official as a person it counts wherever it is read (_exempt);
        # reading the whole of such a document as well found nothing the rules had not
        # (27 of 1,300 dev and held-out documents) but cost a third of the model's time
        # on dev.
        snippets = self._ner_snippets(norm, cands, layout) if self.ner is not None else []
        return _State(norm, meta, layout, subject_doc, cands, snippets)

    def _after_model(self, st: "_State") -> list[Detection]:
        norm, cands = st.norm, st.cands
        cands = self._promote_private_rows(norm, cands, st.layout)
        cands = [c for c in cands if c.score >= THRESHOLD]
        cands += self._propagate_names(norm, cands, st.meta, st.subject_doc)
        cands += _propagate_values(norm, cands)
        cands += self._redact_terms(norm, st.meta)
        return self._merge(cands)

    def mask(self, text: str, dets: list[Detection]) -> MaskResult:
        return self.masker.mask(text, dets)

    # ------------------------------------------------------------------------------
    def _exempt(self, text, cands, meta, layout, subject_doc):
        ex = self.exempt
        officials = {n.strip() for n in meta.officials if n.strip()}
        out = []
        deferred = []
        for c in cands:
            value = text[c.start:c.end]
            label = layout.label_of(c.start, c.end)
            why = None
            if c.label == "EMAIL":
                why = ex.email(value) or ex.official_email(text, c.start, value, label)
            elif c.label == "PHONE":
                if ex.office_phone(value):
                    why = "office line prefix"
                elif c.source == "KR_LANDLINE_PHONE" and c.score < THRESHOLD:
                    w = ex.official_line(text, c.start, label)
                    if w and not ex.official_line(text, c.start):
                        # only the column header says 전화: a private person's row keeps it
                        deferred.append((c, f"office line ('{w}' in the header)"))
                        continue
                    if w:
                        why = f"office line ('{w}')"
            elif c.label in ("KR_RRN", "KR_FRN"):
                why = ex.corporate_number(text, c.start, label)
            elif c.label == "BANK_ACCOUNT":
                why = ex.public_account(text, c.start, c.end)
            elif c.label == "IP_ADDRESS":
                why = ex.ip(value)
            elif c.label == "VEHICLE_PLATE":
                why = ex.plate(text, c.start, value)
            elif c.label == "ADDRESS":
                why = self._organisation_address(text, layout, c, cands)
            if why is None and c.label in ("PHONE", "BANK_ACCOUNT", "CARD_NUMBER") and layout.cell_at(c.start, c.end):
                why = ex.code_column(layout.cell_at(c.start, c.end).header)
            if c.label == "PERSON":
                core = value.strip()
                if core in officials and not subject_doc:
                    why = "drafter/approver of the document"
                elif self.names.official_context(text, c.start, c.end) and not subject_doc:
                    why = "named with an official rank/role"
                elif self.rows.official_row(text, layout, c.start, c.end) and not subject_doc:
                    why = "row marks the person as an official"
                elif c.source.startswith("ner:") and self._officials_table(layout, c) and not subject_doc:
                    why = "model name in a list of officials (직위, 소속, 사무실 ...)"
                elif c.source.startswith("ner:") and _HANGUL_ONLY.fullmatch(core) and morphology.dictionary_word(core):
                    why = "model span that is one common noun of the dictionary (지원금, 승합차)"
                elif c.source.startswith("ner:") and core.split(" ", 1)[0].lower() in self.names.english_not_names:
                    why = "model span that opens with a title or a word of address (Officer Yoon)"
                elif self._subject_rx.match(text, c.start):
                    why = "part of a word about the document's subject (성과평가)"
                elif self._place_key(label) and not self._person_key(layout, c):
                    why = f"value of a place or organisation field ('{label.strip()[:20]}')"
                elif c.score < THRESHOLD and subject_doc:
                    if c.source.startswith("ner:") and not self._ner_shape_ok(text, c):
                        why = "model span without a name's shape"
                    else:
                        c.score, c.reason = 0.8, c.reason + "; document is about this official as a person"
            if why:
                continue
            out.append(c)
        if deferred:
            evidence = self._private_evidence(out)
            for c, _why in deferred:
                rs, re_ = self._row_span(text, layout, c.start, c.end)
                if any(rs <= e.start and e.end <= re_ for e in evidence):
                    c.reason += "; header names a phone, row is about a private person"
                    out.append(c)
        return out

    _EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")

    def _organisation_address(self, text, layout, c, cands) -> str | None:
        """An address under 주소/Address in a key: value record that is an office's or a
        public facility's contact (an ``organisation_address_words`` word or a
        government e-mail in the record or its heading) and says nothing about a private
        person: it stays visible."""
        cell = layout.cell_at(c.start, c.end)
        if cell is not None and cell.table >= 0:
            # a table's row: the row of a company or a clan (주식회사 대성산업 / 인천광역시 …)
            row = [text[x.start:x.end] for x in layout.row_cells(cell) if x is not cell]
            if any(_COMPANY_CELL.search(v) for v in row):
                return "a company's or a clan's row"
            return None
        blk = self._kv_record(text, layout, c.start)
        if blk is None:
            return None
        start = text.rfind("\n", 0, max(0, blk[0] - 1)) + 1       # with the heading above
        record = text[start:blk[1]]
        private = [e for e in cands if e is not c and blk[0] <= e.start and e.end <= blk[1]
                   and e.score >= THRESHOLD and (e.label in labels.PRIVATE_ROW or e.source in MOBILE_SOURCES
                                                 or e.label == "KR_PASSPORT")]
        if private:
            return None
        low = record.lower()
        word = next((w for w in self.exempt.cfg.organisation_address_words if w.lower() in low), None)
        if word:
            return f"an organisation's contact record ('{word}')"
        mail = next((m.group() for m in self._EMAIL.finditer(record) if self.exempt.email(m.group())), None)
        return f"an organisation's contact record ({mail})" if mail else None

    def _place_key(self, label: str) -> bool:
        """A header or row key that names a place or organisation (장소, 업체명 ...) and
        not a person (성명, 대표자 성명)."""
        h = label.lower()
        return bool(h) and self.rows.nonperson_label(h)

    # a key whose last word is a person's (법인 측 확인자, 시설 관리인, 사업주): the value is a
    # person, whatever organisation the key also names
    _PERSON_KEY_END = re.compile(r"(?<![가-힣])[가-힣]{1,4}(?<!법)(?:자|인|주)\s*$")

    def _person_key(self, layout, c) -> bool:
        """The span is the value of a key (not a table's column) that names a person."""
        cell = layout.cell_at(c.start, c.end)
        return cell is not None and cell.table < 0 and bool(self._PERSON_KEY_END.search(cell.key))

    def _officials_table(self, layout, c) -> bool:
        cell = layout.cell_at(c.start, c.end)
        if cell is None or cell.table < 0:
            return False
        return self.rows.officials_header(layout.tables[cell.table].header)

    def _rows(self, text, cands, meta, layout):
        strong = [c for c in cands if c.score >= THRESHOLD]

        def covered(s, e):
            return any(c.start < e and s < c.end for c in strong)

        def make(s, e, label, score, reason):
            return _Cand(s, e, label, score, "ROW_CONTEXT", reason)

        m = re.match(r"(19|20)\d{2}", meta.approved_at or "")
        year = int(m.group()) if m else None
        officials = {n.strip() for n in meta.officials if n.strip()}
        out = self.rows.reason(text, layout, cands, make, covered, year, officials)
        for s, e, label in private_item_names(text, cands, self.rows, officials, covered):
            out.append(make(s, e, "PERSON", 0.7, f"name heading a list item about a private person ({label})"))
        for s, e in chat_speakers(text, self.rows, officials):
            if not covered(s, e):
                out.append(make(s, e, "PERSON", 0.7, "a speaker of an exported chat named as a person"))
        for s, e in roster_names(text, self.rows, officials):
            if not covered(s, e):
                out.append(make(s, e, "PERSON", 0.7, "a name heading a line of a roster of persons"))
        for s, e, label in inline_records(text, self.rows, officials):
            if not covered(s, e):
                out.append(make(s, e, label, 0.7, "a record of a number, a name and a date written inline"))
        return out

    #: a line longer than this is prose (a web page or a letter written as one line): for
    #: a model's span its "row" is the sentence, so that a private value in one sentence
    #: does not make every date and word the model marks in the paragraph private
    PROSE_LINE = 300
    _SENTENCE_END = re.compile(r"[.!?。](?=\s)")

    def _row_span(self, text, layout, start, end, sentence_in_prose=False):
        cell = layout.cell_at(start, end)
        if cell is not None and cell.table >= 0:
            row = layout.row_cells(cell)
            return row[0].start, row[-1].end
        ls = text.rfind("\n", 0, start) + 1
        le = text.find("\n", end)
        le = len(text) if le < 0 else le
        if sentence_in_prose and le - ls > self.PROSE_LINE:
            before = [m.end() for m in self._SENTENCE_END.finditer(text, ls, start)]
            after = self._SENTENCE_END.search(text, end, le)
            ls, le = (before[-1] if before else ls), (after.end() if after else le)
        return ls, le

    def _analyze(self, text, artifacts):
        """What ``AnalyzerEngine.analyze`` returns for these recognizers (all entities,
        threshold 0, context handled inside the recognizers, duplicates removed), without
        its per-call bookkeeping: the registry is fixed, so it is resolved once."""
        results = []
        spans = self._pattern_scan.scan(text)
        layout = artifacts.layout
        for rec in self._recognizers:
            k = self._scan_index.get(id(rec))
            if k is not None:
                results.extend(rec.analyze_spans(text, spans[k], layout))
            else:
                results.extend(rec.analyze(text, self._entities, artifacts))
        return EntityRecognizer.remove_duplicates(results)

    @staticmethod
    def _cands(results):
        out = []
        for r in results:
            md = r.recognition_metadata or {}
            out.append(_Cand(r.start, r.end, r.entity_type, r.score,
                             md.get("source") or md.get("recognizer_name", "presidio"),
                             md.get("reason", "")))
        return out

    @staticmethod
    def _private_evidence(cands):
        return [c for c in cands if c.score >= THRESHOLD and (
            c.label in labels.PRIVATE_ROW or c.source in MOBILE_SOURCES
            or c.label in ("EMAIL", "KR_PASSPORT", "ADDRESS", "VEHICLE_PLATE"))]

    def _ner_snippets(self, text, cands, layout):
        """Whole lines around each row or line that holds evidence of a private person,
        merged: the only places where a (weak) model span can be promoted."""
        spans = []
        for c in self._private_evidence(cands):
            if self.NER_SKIP_TABLES:
                cell = layout.cell_at(c.start, c.end)
                if cell is not None and cell.table >= 0:
                    continue
            rs, re_ = self._row_span(text, layout, c.start, c.end)
            ls = text.rfind("\n", 0, rs) + 1
            le = text.find("\n", re_)
            le = len(text) if le < 0 else le
            # the model reads a few words of context on each side (its window is small)
            k = self.NER_CONTEXT_CHARS
            if ls > 0:
                ls = max(0, ls - k)
                while ls > 0 and not text[ls - 1].isspace():
                    ls -= 1
            if le < len(text):
                le = min(len(text), le + k)
                while le < len(text) and not text[le].isspace():
                    le += 1
            spans.append((ls, le))
        spans.sort()
        merged = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        return [tuple(m) for m in merged]

    def _promote_private_rows(self, text, cands, layout):
        strong = self._private_evidence(cands)
        for c in cands:
            if c.score >= THRESHOLD:
                continue
            if c.source.startswith("ner:"):
                if not self._ner_shape_ok(text, c):
                    continue
            elif c.label not in ("ADDRESS", "PHONE", "KR_DRIVER_LICENSE"):
                continue
            rs, re_ = self._row_span(text, layout, c.start, c.end, sentence_in_prose=c.source.startswith("ner:"))
            if not c.source.startswith("ner:") and self._CONTINUED.match(text, rs) and rs > 1 and text[rs - 2] != "\n":
                rs = text.rfind("\n", 0, rs - 1) + 1   # an indented line goes on with the one above
                                                        # (채 무 자 : 장상철⏎          인천 남동구 …)
            hit = next((s for s in strong if rs <= s.start and s.end <= re_ and s is not c), None)
            if hit:
                c.score = 0.6
                c.reason += f"; in a row about a private person ({hit.label})"
            elif c.label == "PHONE" and not c.source.startswith("ner:"):
                # "수신 홍길동 귀하 / 주소: ... / 연락처: 031-..." : a landline on its own
                # ``key: value`` line of a record (lines without a blank between them)
                # whose other lines are about a private person
                blk = self._kv_record(text, layout, c.start)
                if blk:
                    hit = next((s for s in strong if blk[0] <= s.start and s.end <= blk[1]), None)
                    if hit:
                        c.score = 0.6
                        c.reason += f"; in a record about a private person ({hit.label})"
        return cands

    # a line indented far beyond a key's (a party's address under its name in a court's heading)
    _CONTINUED = re.compile(r"[ \t]{6,}\S")

    # "○ 연락처: 031-...", "  다. 연락처 : ...", or the key and value parted by a tab or
    # two spaces ("○ 연락처  063-...")
    _KV_LINE = re.compile(r"^\s*(?:[□■○◦·▶※*\-]\s*|[가-하]\.\s*|\d{1,2}[.)]\s*)?"
                          r"[^\s:：|\t]{1,8}(?: [^\s:：|\t]{1,8})?(?:\s*[:：]|\t| {2,}(?=\S)| - (?=\S))")

    def _kv_record(self, text, layout, pos, reach=4):
        """The span of the ``key: value`` lines around ``pos`` (no blank line between,
        at most ``reach`` lines each way), or None if pos is not on such a line."""
        cell = layout.cell_at(pos)
        if cell is not None and cell.table >= 0:
            return None
        ls = text.rfind("\n", 0, pos) + 1
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if not self._KV_LINE.match(text[ls:le]):
            return None
        start, end = ls, le
        for _ in range(reach):                  # upwards
            if start == 0:
                break
            p = text.rfind("\n", 0, start - 1) + 1
            line = text[p:start - 1]
            if not line.strip():
                break
            start = p
        for _ in range(reach):                  # downwards
            if end >= len(text):
                break
            n = text.find("\n", end + 1)
            n = len(text) if n < 0 else n
            line = text[end + 1:n]
            if not line.strip() or not self._KV_LINE.match(line):
                break
            end = n
        return start, end

    # a date with its day, six digits, or a four-digit year: not "63.8" (a score in a
    # table of evaluations, which a model can take for a year and month)
    _NER_DATE = re.compile(r"\d{2,4}\s?[.\-/년]\s?\d{1,2}\s?[.\-/월]\s?\d{1,2}|\d{6}|(?:19|20)\d{2}")

    def _ner_shape_ok(self, text, c) -> bool:
        """A model span must also look like its label (a name, a condition, a date ...)."""
        v = text[c.start:c.end].strip()
        if c.label == "PERSON":
            if v in self._role_words or v in NER_PARTICLES:
                return False    # 위원장, 주민: a role; 이며, 이나: a particle the model took for a name
            if re.fullmatch(r"[가-힣]+", v) and (morphology.never_a_name(v)
                                                 or morphology.known_common_noun(v)
                                                 or morphology.plain_nouns(v)
                                                 or morphology.dictionary_compound(v)):
                return False    # 지극히, 여러, 이들, 고치고; 신자, 사망일: words Kiwi knows, not names
            if len(v) >= 3 and v[-1] in "동구군읍면리" and _PLACE_CONTINUES.match(text, c.end):
                return False    # 가양동 B103호, 상봉동 109동: a place, then the rest of an address
            if len(v) >= 3 and v[-1] in "명일" and morphology.known_common_noun(v[:-1]) \
                    and (_DATE_AFTER if v[-1] == "일" else _KEY_AFTER).match(text, c.end):
                return False    # 고객명 : 독고아름, (사망일 2002-…): a word and 명/일 as a key, not a name
            return self.rows.name_shaped(v) or self.rows.foreign_name_shaped(v)
        if c.label == "HEALTH_INFO":
            # a condition term, or in English a word of medical shape (…itis, …osis, therapy)
            return self.rows._condition(v) or self.rows._condition(v.lower()) or bool(_MEDICAL_EN.search(v.lower()))
        if c.label == "BIRTH_DATE":
            # (사망일 2002-11-06, 접수일 …: a date the words before name as another day)
            return bool(self._NER_DATE.search(v)) and not _OTHER_DAY_BEFORE.search(text, max(0, c.start - 8), c.start)
        if c.label == "ADDRESS":
            # (한글비석로13길 87 앞, … 인근: a place where something happened, not a home)
            return any(ch.isdigit() for ch in v) and not _PLACE_MARK.search(v + text[c.end:c.end + 4])
        return False

    def _propagate_names(self, text, cands, meta, subject_doc):
        nb = self.neighbours
        other = nb.addressees(text, cands)
        other += nb.handovers_and_subjects(text, cands)
        other += nb.other_writings(text, cands + other)
        other += nb.changed_to(text, cands + other)
        other += nb.dates_after_names(text, cands + other)
        other += nb.next_in_list(text, cands + other)
        cands = cands + other
        names = {text[c.start:c.end] for c in cands if c.label == "PERSON"}
        names |= {m.group("rest") for n in names for m in [_TITLED.match(n)] if m}    # Ms. Tsoi: Tsoi too
        names |= {v for n in names for v in nb.spaced_forms(n)}                     # 선우현숙: 선우 현숙 too
        ruled = {text[c.start:c.end] for c in cands if c.label == "PERSON" and not c.source.startswith("ner:")}
        words = {w for n in ruled for w in self._latin_name_words(n)
                 if not re.search(r"\b" + w.lower() + r"\b", text)} - names         # (school: a word)
        names |= words                                                              # Nusrat Jahan: Nusrat too
        # (a word Kiwi reads as a verb or a function word is never spread: if a rule took
        # 위하여 or 이들 for a name once, it must not mask every 위하여 and 이들 after it)
        names = {n for n in names if len(n) >= 2 and "\n" not in n
                 and not (re.fullmatch(r"[가-힣]+", n) and morphology.not_to_spread(n))}
        if not names:
            return []
        taken = sorted((c.start, c.end) for c in cands)
        starts = [a for a, _ in taken]
        reach = []                  # running maximum of the ends, for the overlap test
        for _, b in taken:
            reach.append(max(b, reach[-1]) if reach else b)

        def overlaps(s, e):
            i = bisect.bisect_left(starts, e) - 1
            while i >= 0 and reach[i] > s:
                if taken[i][1] > s:
                    return True
                i -= 1
            return False

        out = []
        found = _occurrences(text, names)
        for name, spans in found.items():
            hangul = bool(re.match(r"[가-힣]", name))
            for s, e in spans:
                if not hangul and e < len(text) and (text[e].isascii() and text[e].isalpha()):
                    continue
                if name in words and (self._CAPITAL_WORD_BEFORE.search(text, max(0, s - 20), s)
                                      or self._CAPITAL_WORD_AFTER.match(text, e)):
                    continue        # a word of a longer name (Manager Pyeon Byul): that name is judged whole
                if overlaps(s, e):
                    continue
                if hangul:
                    rest = re.match(r"[가-힣]*", text[e:]).group()
                    if rest and not any(rest == p or rest.startswith(p) and len(rest) <= len(p) + 1
                                        for p in self.names.particles):
                        continue            # part of a longer word (하늘공원)
                if self.names.official_context(text, s, e) and not subject_doc:
                    continue
                out.append(_Cand(s, e, "PERSON", 0.75, "PERSON_PROPAGATION",
                                 "same name found as a private person elsewhere in the document"))
        taken_now = taken + [(c.start, c.end) for c in out]
        for s, e, why in self._given_names(text, names):
            if not any(a < e and s < b for a, b in taken_now) and \
                    not (self.names.official_context(text, s, e) and not subject_doc):
                out.append(_Cand(s, e, "PERSON", 0.7, "PERSON_PROPAGATION", why))
        return other + out

    # what follows a given name used alone (한결이가, 한결이는, 슬기 어린이, 하준 군)
    _AFTER_GIVEN = re.compile(r"(?:이(?:가|는|를|의|와|도|에게|한테|랑)?|가|는|를|의|와|도|에게|한테|양|군"
                              r"|(?: ?(?:씨|님))(?:께서|께|에게|이|은|는|가|의|을|를|과|와|도)?"
                              r"| (?:어린이|학생|군|양|어르신)|\(|,|\s|$)(?![가-힣])")
    # a surname alone with 씨 after the full name (해남군에 사는 한동수(48)씨는 … 한 씨는):
    # how a report or the news goes on about a private person
    _SURNAME_SSI = re.compile(r" ?씨(?:께서|에게|는|가|의|를|와|도|\)|,|\s|$)")

    # a word of a Latin-script name that is said alone later (Nusrat was injured …); not a
    # Korean surname in Latin letters (person.yaml romanized_surnames: Kim, Park, which
    # officials share) nor an initial
    _LATIN_WORD = re.compile(r"[A-Z][a-z]{2,14}")
    _CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][A-Za-z'\-]*,? $")
    _CAPITAL_WORD_AFTER = re.compile(r",? [A-Z][a-z]")

    def _latin_name_words(self, name: str) -> list[str]:
        words = name.replace(",", " ").split()
        if len(words) < 2 or not all(re.fullmatch(r"[A-Za-z'\-.]+", w) for w in words):
            return []
        return [w for w in words if self._LATIN_WORD.fullmatch(w) and w not in self.names.romanized_surnames
                and w.lower() not in self.names.english_not_names]

    _WHY_GIVEN = "given name of a private person named in full elsewhere in the document"
    _WHY_SURNAME = "surname and 씨 of a private person named in full elsewhere in the document"

    def _given_names(self, text, names):
        """Where the given name of a private person named in full (화한결, 설 한결) stands
        alone: how a report goes on about a child or a neighbour. Only before a particle
        or a form of address, never inside a longer word (한결같이)."""
        givens = set()
        for n in names:
            if not re.fullmatch(r"[가-힣]{1,2} ?[가-힣]{2}", n):
                continue
            given = n.split(" ")[-1] if " " in n else n[-2:]
            core = n.replace(" ", "")
            if self.names.is_korean_name(core) and given not in self.names.not_names:
                givens.add(given)
        spans = []
        # a word of a foreign name in Hangul with a form of address (아지즈 카리모프 … 아지즈
        # 씨, 카리모프 님): how the person is addressed after being named in full
        for n in names:
            if re.fullmatch(r"[가-힣]{2,6}(?: [가-힣]{1,6}){1,3}", n) and not self.names.is_korean_name(n.replace(" ", "")):
                for w in n.split(" "):
                    if len(w) >= 2 and w not in self.names.not_names:
                        for m in re.finditer(re.escape(w) + r"(?= ?(?:씨|님))", text):
                            if not (m.start() and re.match(r"[가-힣]", text[m.start() - 1])):
                                spans.append((*m.span(), self._WHY_GIVEN))
        surnames = {n[0] for n in names if re.fullmatch(r"[가-힣]{3}", n) and self.names.is_korean_name(n)
                    and n[:2] not in self.names.surnames2}
        for surname in surnames:
            for m in re.finditer(re.escape(surname), text):
                s, e = m.span()
                if (s and re.match(r"[가-힣]", text[s - 1])) or not self._SURNAME_SSI.match(text, e):
                    continue
                spans.append((s, e, self._WHY_SURNAME))
        for given in givens:
            for m in re.finditer(re.escape(given), text):
                s, e = m.span()
                if s and re.match(r"[가-힣]", text[s - 1]):
                    continue
                if self._AFTER_GIVEN.match(text, e):
                    spans.append((s, e, self._WHY_GIVEN))
        return spans

    def _redact_terms(self, text, meta):
        out = []
        for term in meta.redact:
            t = normalize(term.strip())
            if not t:
                continue
            for m in re.finditer(re.escape(t), text):
                out.append(_Cand(m.start(), m.end(), "REDACTED", 1.0, "META_REDACT",
                                 "term marked for masking by the drafter"))
        return out

    def _merge(self, cands) -> list[Detection]:
        prio = {l: i for i, l in enumerate(labels.PRIORITY)}
        cands = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
        merged: list[_Cand] = []
        for c in cands:
            if merged and c.start < merged[-1].end:
                m = merged[-1]
                # keep the union so nothing of either is published
                if (prio.get(c.label, 99), -c.score) < (prio.get(m.label, 99), -m.score) and \
                        (c.end - c.start) >= (m.end - m.start):
                    m.label, m.source, m.reason = c.label, c.source, c.reason
                m.end = max(m.end, c.end)
                m.score = max(m.score, c.score)
                continue
            merged.append(_Cand(c.start, c.end, c.label, c.score, c.source, c.reason))
        return [Detection(c.start, c.end, c.label, round(c.score, 3), c.source, c.reason) for c in merged]
