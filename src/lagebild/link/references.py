"""Role-only references (``der Generalsekretär``) resolved to the one entity of the article with that role."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..model import Doc, Span
from .langdata import load_lang
from .normalize import fold_key
from .records import ROLE_REF, MentionRec, mention_lang
from .roles import find_role_references
from .tokens import DocTokens

__all__ = ["resolve_role_references"]


def _covered(dt: DocTokens, recs: Sequence[MentionRec]) -> set[int]:
    out: set[int] = set()
    for rec in recs:
        spans = [(rec.span.start, rec.span.end)]
        if rec.role is not None:
            spans.append((rec.role.start, rec.role.end))
        for start, end in spans:
            i = dt.first_at(start)
            while i < len(dt.tokens) and dt.tokens[i].start < end:
                out.add(i)
                i += 1
            j = dt.last_before(start + 1)
            if 0 <= j < len(dt.tokens) and dt.tokens[j].end > start:
                out.add(j)
    return out


def _stems(text: str) -> set[str]:
    out = set()
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        out.add(_ENDING_RE.sub("", word) if len(word) > 4 else word)
    return out


_ENDING_RE = re.compile(r"(?:en|em|er|es|e|n|s)$")


def _by_modifiers(text: str, cands: set[int], role_texts: Mapping[int, set[str]]) -> set[int]:
    """Candidates whose role phrases contain every word of the reference (``russische Präsident``)."""
    wanted = _stems(text)
    if len(wanted) < 2:
        return cands
    return {c for c in cands if any(wanted <= _stems(t) for t in role_texts.get(c, ()))}


def resolve_role_references(
    docs: Sequence[Doc],
    tokens: Sequence[DocTokens],
    recs_by_doc: Mapping[int, Sequence[MentionRec]],
    root_of: Mapping[int, int],
    role_keys: Mapping[int, set[str]],
    role_texts: Mapping[int, set[str]] | None = None,
    role_genders: Mapping[int, set[str]] | None = None,
) -> list[tuple[int, MentionRec, str]]:
    """(entity root, new mention record, evidence) for each role-only reference that has one candidate.

    ``root_of`` maps ``id(rec)`` to its entity root, ``role_keys`` a root to the title keys seen with it,
    ``role_texts`` to its role phrases: with two candidates for ``der russische Präsident`` the one whose
    roles carry ``russisch...`` wins; ``role_genders`` to the genders its titles show (``die Sprecherin``
    never goes to someone seen only as ``Sprecher``)."""
    role_texts = role_texts or {}
    role_genders = role_genders or {}
    out: list[tuple[int, MentionRec, str]] = []
    for d, doc in enumerate(docs):
        recs = recs_by_doc.get(d, ())
        if not recs:
            continue
        present = sorted({root_of[id(r)] for r in recs})
        by_key: dict[str, set[int]] = defaultdict(set)
        for root in present:
            for key in role_keys.get(root, ()):
                by_key[key].add(root)
        if not by_key:
            continue
        lang = load_lang(mention_lang(doc))
        taken = {r.span for r in recs}
        for start, end, role in find_role_references(tokens[d], doc.text, lang, _covered(tokens[d], recs)):
            cands = by_key.get(role.key, set())
            if not cands:
                cands = {r for k, roots in by_key.items() if k.endswith(role.key) for r in roots}
            if role.gender is not None:
                cands = {c for c in cands if role.gender in role_genders.get(c, {role.gender})}
            if len(cands) > 1:
                cands = _by_modifiers(role.text, cands, role_texts)
            span = Span(doc.article.id, start, end)
            if len(cands) != 1 or span in taken:
                continue
            root = next(iter(cands))
            rec = MentionRec(
                doc=d,
                span=span,
                surface=doc.text[start:end],
                type="",
                source=ROLE_REF,
                lang=lang.code,
                words=[role.text],
                key=fold_key(role.text),
                role=role,
            )
            out.append((root, rec, f"role-reference: '{rec.surface}' -> title '{role.key}'"))
    return out
