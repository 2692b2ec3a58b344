"""What the cross-article claim checks need to know about each claim: its document, sentence,
paragraph date, subject key (with the owner read from the sentence where the subject has none)."""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ..events.dates import make_reference, parse_iso, resolve_timexes, story_anchor_dates
from ..events.timex import load_time_lexicon
from ..model import Claim, Doc, Story
from .lexicon import load_lexicon
from .orgs import OrgIndex
from .subjects import SubjectKey, _lemma, subject_key

log = logging.getLogger(__name__)

__all__ = ["ClaimContext", "RunContext"]

_PARA = re.compile(r"\n\s*\n")
_NAME = re.compile(r"[A-ZÄÖÜ][\w]*(?:-[\wÄÖÜäöüß]+)*")
_FUNCTION_CAPS = frozenset("the a an it in on at this that these those he she they we i but and or if as".split())
_GENERIC = frozenset({"staat", "staaten", "mitglied", "mitglieder", "land", "länder"})


@dataclass
class RunContext:
    """Indexes over all documents of a run (built once, linear in the input)."""

    docs: dict[str, Doc]
    story_of: dict[str, str]
    anchors: dict[str, tuple[str, ...]]  # story id -> anchor dates
    orgs: OrgIndex
    _resolved: dict[str, list[tuple[int, str | None]]] = field(default_factory=dict)

    def resolved(self, doc: Doc) -> list[tuple[int, str | None]]:
        """(start, iso) of the doc's temporal expressions, resolved once per run."""
        aid = doc.article.id
        if aid not in self._resolved:
            anchors = self.anchors.get(self.story_of.get(aid, ""), ())
            self._resolved[aid] = [(r.span.start, r.iso) for r in resolve_timexes(doc, anchors)]
        return self._resolved[aid]

    @classmethod
    def build(cls, claims: Sequence[Claim], docs: Sequence[Doc], stories: Sequence[Story] = ()) -> RunContext:
        by_id = {d.article.id: d for d in docs}
        story_of = {a: s.id for s in stories for a in s.articles}
        members: dict[str, list[Doc]] = {}
        for d in docs:
            members.setdefault(story_of.get(d.article.id, ""), []).append(d)
        anchors = {sid: story_anchor_dates(ds) for sid, ds in members.items()}
        owners = set()
        for c in claims:
            doc = by_id.get(c.span.article)
            key = subject_key(c.subject, doc.lang if doc else "de") if c.subject else None
            if key and key.owner and key.head == "member":
                owners.add(key.owner)
        orgs = OrgIndex.build((d.text for d in docs), owners)
        return cls(docs=by_id, story_of=story_of, anchors=anchors, orgs=orgs)

    def context(self, claim: Claim) -> ClaimContext | None:
        doc = self.docs.get(claim.span.article)
        if doc is None:
            return None
        return ClaimContext(claim=claim, doc=doc, run=self)


@dataclass
class ClaimContext:
    claim: Claim
    doc: Doc
    run: RunContext

    @property
    def lang(self) -> str:
        return self.doc.lang if self.doc.lang in ("de", "en") else "en"

    @property
    def story(self) -> str:
        return self.run.story_of.get(self.doc.article.id, "")

    @property
    def article_label(self) -> str:
        a = self.doc.article
        return f"{a.id} ({a.outlet})" if a.outlet else a.id

    @cached_property
    def sentence(self) -> tuple[int, int]:
        text = self.doc.text
        if self.doc.sentences:
            s = self.doc.sentences[self.doc.sentence_of(self.claim.span.start)]
            return s.start, max(s.end, self.claim.span.end)
        lo = max(text.rfind(".", 0, self.claim.span.start), text.rfind("\n", 0, self.claim.span.start)) + 1
        hi = text.find(".", self.claim.span.end)
        return lo, len(text) if hi < 0 else hi + 1

    @property
    def sentence_text(self) -> str:
        s, e = self.sentence
        return self.doc.text[s:e]

    @cached_property
    def display(self) -> str:
        """The claim as a reader would quote it: with its ``seit`` and its counted noun."""
        text = self.doc.text
        start, end = self.claim.span.start, self.claim.span.end
        if self.is_since or self.is_ago:
            m = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 20) : start])
            if m:
                start = start - (len(text[max(0, start - 20) : start]) - m.start(1))
        if self.is_ago and self.word_after():
            m = re.match(r"\s*[^\W\d_]+", text[end : end + 20])
            if m and m.group().strip().lower() in load_lexicon(self.lang).ago_after:
                end += m.end()
        subject = self.claim.subject
        if subject:
            window = text[end : end + 60]
            if subject in window:
                end = end + window.index(subject) + len(subject)
            else:
                first = subject.split()[0]
                if first in window:
                    end = end + window.index(first) + len(first)
        return text[start:end]

    def words_before(self, n: int = 2) -> list[str]:
        before = self.doc.text[max(0, self.claim.span.start - 40) : self.claim.span.start]
        return [w.lower() for w in re.findall(r"[^\W\d_]+", before)][-n:]

    def word_after(self) -> str:
        m = re.match(r"\s*([^\W\d_]+)", self.doc.text[self.claim.span.end : self.claim.span.end + 30])
        return m.group(1).lower() if m else ""

    @property
    def is_partial(self) -> bool:
        return self.claim.kind == "count" and self.word_after() in load_lexicon(self.lang).partial

    @property
    def is_since(self) -> bool:
        """``seit Juli 2019``, ``seit zwei Jahren``: a start point, not an amount."""
        lex = load_lexicon(self.lang)
        before = self.words_before(1)
        return bool(before) and before[0] in lex.since

    @property
    def is_ago(self) -> bool:
        """``vor zwei Jahren``, ``two years ago``: a point in the past counted from the article date."""
        lex = load_lexicon(self.lang)
        before = self.words_before(1)
        return self.claim.kind == "duration" and (
            (bool(before) and before[0] in lex.ago_before) or self.word_after() in lex.ago_after
        )

    @property
    def is_since_last(self) -> bool:
        """``seit``/``vor``-claim near a first/last marker ("erstmals seit", "zuletzt vor zwei Jahren")."""
        lex = load_lexicon(self.lang)
        if self.is_since or self.is_ago:
            markers = lex.last_markers
        elif self.claim.kind == "date" and self.words_before(1) and self.words_before(1)[0] in lex.date_prepositions:
            markers = lex.last_only_markers  # "tagte zuletzt im Juli 2020"
        else:
            return False
        s, e = self.sentence
        text = self.doc.text
        window = text[max(s, self.claim.span.start - 80) : min(e, self.claim.span.end + 80)].lower()
        return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", window) for m in markers)

    @cached_property
    def key(self) -> SubjectKey | None:
        key = subject_key(self.claim.subject, self.lang)
        if key is None:
            return None
        lex = load_lexicon(self.lang)
        raw_head = _lemma(self.claim.subject.split()[-1], self.lang) if self.claim.subject else ""
        if key.owner is None and (key.head == "member" or raw_head in lex.owner_needed):
            owners = self.run.orgs.owners_in(self.sentence_text)
            if len(owners) == 1:
                glue = {"de": "der"}.get(self.lang, "of")
                key = subject_key(f"{self.claim.subject} {glue} {next(iter(owners)).upper()}", self.lang) or key
        owner = self.run.orgs.canonical(key.owner)
        return SubjectKey(owner=owner, head=key.head)

    @cached_property
    def topic_keys(self) -> frozenset[str]:
        """Names in the claim's sentence (NLP mentions, acronyms, parts of capitalised compounds),
        normalised; claims are only compared when these overlap."""
        s, e = self.sentence
        text = self.doc.text
        names = [m.text for m in self.doc.mentions if s <= m.span.start and m.span.end <= e]
        names += [t.text for t in self.doc.tokens if s <= t.start and t.end <= e and t.upos == "PROPN"]
        for m in _NAME.finditer(text, s, e):
            word = m.group()
            if self.lang != "de" and word.lower() not in _FUNCTION_CAPS:
                names.append(word)  # outside German, capitalised words are names
            elif "-" in word:
                names += [p for p in word.split("-") if p[:1].isupper() and (len(p) > 2 or p.isupper())]
            elif word.isupper() and len(word) >= 2:
                names.append(word)
        keys = set()
        for name in names:
            low = name.lower().replace("-", "")
            keys.add(low[:-1] if low.endswith("s") and len(low) > 4 else low)
        tlex = load_time_lexicon(self.doc.lang)
        return frozenset(k for k in keys - _GENERIC if k not in tlex.months and k not in tlex.weekdays)

    @property
    def is_meeting_duration(self) -> bool:
        lex = load_lexicon(self.lang)
        if self.key is not None and self.key.head in lex.meeting:
            return True
        words = re.findall(r"[^\W\d_]+", self.sentence_text)
        return any(_lemma(w, self.lang) in lex.meeting or w.lower() in lex.meeting for w in words)

    @cached_property
    def date_context(self) -> str | None:
        """The last day-precision date resolved in the claim's paragraph before (or in) its sentence."""
        text = self.doc.text
        start = self.claim.span.start
        para_start = 0
        for m in _PARA.finditer(text, 0, start):
            para_start = m.end()
        _s, sent_end = self.sentence
        best = None
        for pos, iso in self.run.resolved(self.doc):
            if para_start <= pos < sent_end and iso and len(iso) >= 10 and iso[4] == "-":
                best = iso[:10]
        return best

    def reference_days(self) -> tuple[int, int] | None:
        """The article date as an interval of proleptic ordinals (month precision -> the whole month)."""
        ref = make_reference(self.doc.article.date, self.run.anchors.get(self.story, ()))
        y, m, d = parse_iso(self.doc.article.date)
        if y is None:
            y, m, d = ref.year, ref.month, None
        return ordinal_interval(y, m, d)


def ordinal_interval(y: int | None, m: int | None, d: int | None) -> tuple[int, int] | None:
    if y is None:
        return None
    try:
        if m is None:
            return dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal()
        if d is None:
            last = calendar.monthrange(y, m)[1]
            return dt.date(y, m, 1).toordinal(), dt.date(y, m, last).toordinal()
        day = dt.date(y, m, d).toordinal()
    except ValueError:
        return None
    return day, day
