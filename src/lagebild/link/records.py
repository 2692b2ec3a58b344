"""Mention records: a model Mention plus everything matching needs (base words, key, role, name parts)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..model import Doc, Mention, Span
from .langdata import LangData, load_common, load_lang
from .normalize import adjective_base, fold_key, is_acronym, name_words, resolve_base, strip_words
from .roles import RoleMatch, find_role
from .tokens import DocTokens

__all__ = ["ROLE_REF", "TYPE_ORDER", "MentionRec", "name_parts", "prepare_mentions"]

ROLE_REF = "role-ref"  # Mention.source of a role-only reference (``der Generalsekretär``) added by linking
TYPE_ORDER = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}  # tie-break when types are equally frequent


@dataclass(slots=True)
class MentionRec:
    """One mention as linking sees it. ``words`` are the base words used for matching."""

    doc: int
    span: Span
    surface: str
    type: str
    source: str
    lang: str
    words: list[str]
    key: str
    role: RoleMatch | None = None
    rules: list[str] = field(default_factory=list)
    given: tuple[str, ...] = ()
    surname: tuple[str, ...] = ()
    acronym: str | None = None  # "Singapore Airlines (SIA": the acronym the mention itself defines
    inflected: bool = False  # the base form undoes an inflection (genitive, declined adjective)

    @property
    def base(self) -> str:
        return " ".join(self.words)

    @property
    def is_full(self) -> bool:
        """A person's name with a given name and a surname (``Jens Stoltenberg``)."""
        return self.type == "PER" and bool(self.given) and bool(self.surname)

    @property
    def surname_key(self) -> str:
        return fold_key(" ".join(self.surname))


def name_parts(words: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(given names, surname) of a person's name; particles belong to the surname (``von der Leyen``)."""
    if not words:
        return (), ()
    particles = load_common().name_particles
    for i, word in enumerate(words[:-1]):
        if word in particles and any(w[:1].isupper() for w in words[i + 1 :]):
            return tuple(words[:i]), tuple(words[i:])
    return tuple(words[:-1]), (words[-1],)


def _leading_titles(words: list[str], lang: LangData) -> tuple[list[str], list[str]]:
    """Split a title phrase off the front of a person mention: ``Kreml-Sprecher Dmitri Peskow``,
    ``Apple CEO Steve Jobs`` (everything up to the last title word that a capitalised name follows)."""
    for t in range(len(words) - 2, -1, -1):
        if lang.is_title_word(words[t]) and words[t + 1][:1].isupper():
            return words[: t + 1], words[t + 1 :]
    return [], words


_PAREN_ACRONYM_RE = re.compile(r"^(?P<name>.*?\S)\s*\(\s*(?P<acr>[^\W_][\w.&-]*)\s*\)?\s*$")


def _split_acronym(text: str) -> tuple[str, str | None]:
    """``Singapore Airlines ( SIA`` -> (``Singapore Airlines``, ``SIA``)."""
    m = _PAREN_ACRONYM_RE.match(text)
    if m and is_acronym(m.group("acr")) and not is_acronym(m.group("name")):
        return m.group("name"), m.group("acr")
    return text, None


def _legal_form(words: list[str]) -> list[str]:
    suffixes = load_common().org_suffixes
    out = list(words)
    while len(out) > 1 and fold_key(out[-1]) in suffixes:
        out.pop()
    return out


def _raw(doc_index: int, doc: Doc, mention: Mention, dt: DocTokens) -> MentionRec:
    lang = load_lang(mention_lang(doc))
    name, acronym = _split_acronym(mention.text)
    words = strip_words(name_words(name), lang) or [name.strip()]
    role: RoleMatch | None = None
    if mention.source != ROLE_REF:
        titles, words = _leading_titles(words, lang) if mention.type == "PER" and len(words) > 1 else ([], words)
        if titles:
            offset = mention.span.start + max(0, mention.text.find(titles[0]))
            last = mention.text.find(titles[-1]) + len(titles[-1])
            end = mention.span.start + last
            key, gender = lang.title_key(titles[-1]), lang.title_gender(titles[-1])
            role = RoleMatch(start=offset, end=end, text=doc.text[offset:end], key=key, gender=gender)
        else:
            role = find_role(dt, doc.text, mention.span.start, mention.span.end, lang)
        if role is None and mention.role:  # a role the NLP stage already attached
            head = mention.role.split()[-1]
            role = RoleMatch(
                mention.span.start, mention.span.start, mention.role, lang.title_key(head), lang.title_gender(head)
            )
    rules: list[str] = []
    inflected = False
    if mention.type != "PER":
        legal = _legal_form(words)
        if legal != words:
            rules.append(f"legal-form: '{' '.join(words)}' -> '{' '.join(legal)}'")
        base = adjective_base(legal, lang)
        if base != legal:
            rules.append(f"inflection: '{' '.join(legal)}' -> '{' '.join(base)}'")
            inflected = True
        words = base
    key = fold_key(" ".join(words))
    if not key:  # no letters or digits: never matched with anything
        words = [mention.text.strip() or "(empty mention)"]
        key = f"#{mention.span.article}:{mention.span.start}:{mention.span.end}"
    return MentionRec(
        doc=doc_index,
        span=mention.span,
        surface=mention.text,
        type=mention.type or "MISC",
        source=mention.source,
        lang=lang.code,
        words=words,
        key=key,
        role=role,
        rules=rules,
        acronym=acronym,
        inflected=inflected,
    )


def _descriptor(words: list[str], known: set[str]) -> list[str] | None:
    """The longest known name at the end of a descriptive mention: ``aircraft manufacturer Boeing`` -> ``Boeing``."""
    function_words = load_common().function_words
    for k in range(1, len(words)):
        before = words[k - 1]
        if fold_key(before) in function_words:
            return None  # "a bank in Athens" is a bank, not Athens
        if not before[:1].islower() or not words[k][:1].isupper():
            continue
        if fold_key(" ".join(words[k:])) in known:
            return words[k:]
    return None


def mention_lang(doc: Doc) -> str:
    return (doc.lang or doc.article.lang or "").lower() or "und"


def _genitive_morph(dt: DocTokens, span: Span) -> bool:
    i = dt.last_before(span.end)
    return 0 <= i < len(dt.tokens) and dt.tokens[i].feat("Case") == "Gen"


def prepare_mentions(
    docs: Sequence[Doc],
    pairs: Iterable[tuple[int, Mention]] | None = None,
    tokens: Sequence[DocTokens] | None = None,
    known_names: Iterable[str] = (),
) -> list[MentionRec]:
    """Records for ``pairs`` (doc index, mention; default: all mentions of ``docs``), base forms resolved
    against the corpus: a genitive ending is dropped only when the shorter form is seen as a name in the
    corpus or is one of ``known_names`` (keys of the curated alias tables, so ``Kiews`` -> ``Kiew``)."""
    tokens = tokens if tokens is not None else [DocTokens.of(doc) for doc in docs]
    if pairs is None:
        pairs = [(i, m) for i, doc in enumerate(docs) for m in doc.mentions]
    recs = [_raw(i, docs[i], m, tokens[i]) for i, m in pairs]
    names: set[str] = {rec.key for rec in recs}  # names seen on their own as mentions
    known: set[str] = names | set(known_names)
    for rec in recs:
        if len(rec.words) > 1:
            known.add(fold_key(rec.words[-1]))
    for rec in recs:
        lang = load_lang(rec.lang)
        if not is_acronym(rec.words[-1]):
            words, rule = resolve_base(rec.words, lang, known.__contains__, _genitive_morph(tokens[rec.doc], rec.span))
            if rule:
                rec.rules.append(f"{rule}: '{rec.base}' -> '{' '.join(words)}'")
                rec.inflected = True
                rec.words = words
                rec.key = fold_key(" ".join(words))
        if rec.type != "PER" and len(rec.words) > 1 and (found := _descriptor(rec.words, names)):
            rec.rules.append(f"descriptor: '{rec.base}' -> '{' '.join(found)}'")
            rec.words = found
            rec.key = fold_key(" ".join(found))
        if rec.type == "PER":
            rec.given, rec.surname = name_parts(rec.words)
    return recs
