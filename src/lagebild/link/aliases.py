"""Acronyms and other aliases: the curated tables of the languages present, plus pairs the texts teach.

A text teaches a pair when a name is followed by an acronym in parentheses:
``Internationale Atomenergiebehörde (IAEA)``. The acronym must start with the same letter as the
name; pairs apply to the whole corpus and say which article taught them, unless the corpus gives the
acronym two different long forms.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import fuzz

from ..model import Doc, Mention, Span
from .langdata import load_lang
from .normalize import fold_key, is_acronym
from .records import mention_lang

log = logging.getLogger(__name__)

__all__ = ["AliasTable", "learn_acronyms"]

_PAREN_RE = re.compile(r"\(\s*([^\W_][\w.&-]{0,11})\s*\)")


class AliasTable:
    """Keys that name the same thing, grouped; each group remembers where it came from.

    Curated pairs (:meth:`add`) always join. Pairs taught by the texts (:meth:`learn`) join only when all
    long forms the corpus gives an acronym are spellings of one name: ``AA`` defined once as ``Auswärtiges
    Amt`` and once as ``Anonyme Alkoholiker`` joins neither, so a shared acronym never merges two names."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._pair_sources: dict[str, set[str]] = defaultdict(set)  # key -> "source: shown" lines
        self._learned: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._groups: tuple[dict[str, str], dict[str, set[str]], dict[str, set[str]]] | None = None
        self._explained: dict[tuple[str, tuple[str, ...]], str] = {}
        self.defined: dict[str, dict[str, str]] = defaultdict(dict)  # article -> acronym key -> long key
        self.ambiguous: set[str] = set()  # acronym keys the texts define in two different ways

    @classmethod
    def empty(cls) -> AliasTable:
        return cls()

    def _find(self, key: str) -> str:
        parent = self._parent
        parent.setdefault(key, key)
        root = key
        while parent[root] != root:
            root = parent[root]
        while parent[key] != root:
            parent[key], key = root, parent[key]
        return root

    def _join(self, ka: str, kb: str, line: str) -> None:
        ra, rb = self._find(ka), self._find(kb)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)
        self._pair_sources[ka].add(line)
        self._groups = None

    def add(self, a: str, b: str, source: str, shown: str | None = None) -> None:
        """Join ``a`` and ``b`` (names or keys); ``shown`` is how the pair is written in the evidence."""
        ka, kb = fold_key(a), fold_key(b)
        if ka and kb and ka != kb:
            self._join(ka, kb, f"{source}: {shown or f'{a} = {b}'}")

    def learn(self, long_form: str, acronym: str, source: str, shown: str, article: str | None = None) -> None:
        """A pair taught by a text; joined by :meth:`resolve` when the acronym is unambiguous. Inside
        ``article`` itself the pair always holds (see :attr:`defined`)."""
        kl, ka = fold_key(long_form), fold_key(acronym)
        if kl and ka and kl != ka:
            self._learned[ka][kl].add(f"{source}: {shown}")
            self._groups = None
            if article is not None:
                self.defined[article][ka] = kl

    def resolve(self) -> None:
        """Join the learned pairs whose acronym has exactly one long form (and no other curated one)."""
        for ka in sorted(self._learned):
            longs = self._learned[ka]
            curated_root = self._find(ka) if ka in self._parent else None
            if not _variants_of_one_name(sorted(longs)):
                log.debug("acronym %r has %d different long forms in the texts; not used", ka, len(longs))
                self.ambiguous.add(ka)
                continue
            for kl, lines in sorted(longs.items()):
                if curated_root is not None and kl in self._parent and self._find(kl) != curated_root:
                    continue
                for line in sorted(lines):
                    self._join(kl, ka, line)
        self._learned.clear()

    def _build(self) -> tuple[dict[str, str], dict[str, set[str]], dict[str, set[str]]]:
        if self._groups is None:
            group_of = {key: self._find(key) for key in self._parent}
            members: dict[str, set[str]] = defaultdict(set)
            sources: dict[str, set[str]] = defaultdict(set)
            for key, gid in group_of.items():
                members[gid].add(key)
                sources[gid].update(self._pair_sources.get(key, ()))
            self._groups = (group_of, dict(members), dict(sources))
        return self._groups

    @property
    def group_of(self) -> dict[str, str]:
        return self._build()[0]

    def explain(self, gid: str, keys: Iterable[str]) -> str:
        """One evidence line for a merge through group ``gid``, naming the keys actually seen."""
        _, members, sources = self._build()
        seen = tuple(sorted(set(keys) & members[gid]))
        cached = self._explained.get((gid, seen))
        if cached is None:
            folded = {src: f" {fold_key(src)} " for src in sources.get(gid, ())}
            how = sorted(s for s, f in folded.items() if all(f" {k} " in f for k in seen))
            how = how or sorted(s for s, f in folded.items() if any(f" {k} " in f for k in seen))
            cached = f"alias: {' = '.join(seen)} ({'; '.join(how[:3])})"
            self._explained[(gid, seen)] = cached
        return cached

    @classmethod
    def curated(cls, langs: Iterable[str]) -> AliasTable:
        table = cls.empty()
        for code in sorted(set(langs)):
            lang = load_lang(code)
            for acronym, forms in lang.acronyms:
                for form in forms:
                    table.add(acronym, form, f"curated {lang.code}")
        return table


def _variants_of_one_name(keys: list[str]) -> bool:
    """True when the long forms look like spellings of one name: the words of one are (nearly) all in the
    other (rapidfuzz token-set score >= 0.85), e.g. ``european aeronautic defence space`` and ``european
    aeronautic defense space company``; ``auswaertige amt`` and ``anonyme alkoholiker`` are two names."""
    first = keys[0]
    return all(fuzz.token_set_ratio(k, first) >= 85 for k in keys[1:])


def learn_acronyms(
    docs: Sequence[Doc], table: AliasTable, key_of: Callable[[int, Mention], str]
) -> list[tuple[int, Mention]]:
    """Add ``Name (ACR)`` pairs from the texts to ``table``; return acronym mentions the NER did not give."""
    extra: list[tuple[int, Mention]] = []
    for d, doc in enumerate(docs):
        if not doc.mentions:
            continue
        ends = {m.span.end: m for m in doc.mentions}
        starts = {m.span.start for m in doc.mentions}
        text = doc.text
        for match in _PAREN_RE.finditer(text):
            acronym = match.group(1).rstrip(".")
            if not is_acronym(acronym):
                continue
            before = match.start()
            while before > 0 and text[before - 1].isspace():
                before -= 1
            long_form = ends.get(before)
            if long_form is None or long_form.text.strip() == acronym or is_acronym(long_form.text.strip()):
                continue
            lang = load_lang(mention_lang(doc))
            words = [w for w in long_form.text.split() if w.lower() not in lang.determiners]
            if not words or fold_key(words[0])[:1] != fold_key(acronym)[:1]:
                continue
            shown = f"{long_form.text.strip()} ({acronym})"
            table.learn(key_of(d, long_form), acronym, f"defined in {doc.article.id}", shown, doc.article.id)
            if match.start(1) not in starts:
                span = Span(doc.article.id, match.start(1), match.start(1) + len(acronym))
                extra.append((d, Mention(span=span, text=acronym, type=long_form.type, source="rule")))
    return extra
