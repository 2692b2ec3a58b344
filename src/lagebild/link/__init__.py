"""Entity linking (issue 5): mentions of all articles merged into canonical entities.

``link_entities(docs)`` returns the entities (sorted, stable ids) and a map from every mention span
-- NER mentions, acronyms defined in parentheses, resolved role-only references -- to its entity id.
``link_docs`` returns the same plus the mentions with ``entity``, ``base`` and ``role`` filled in.

Steps: mention records with base forms (:mod:`.records`), grouping inside each article
(:mod:`.local`), merging across articles through blocking keys (:mod:`.merge`), role-only references
(:mod:`.references`), entity building (:mod:`.build`). Language data: ``link/data/*.json``.
"""

from __future__ import annotations

import gc
import logging
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..ids import stable_id
from ..model import Doc, Entity, Mention, Span
from .aliases import AliasTable, learn_acronyms
from .build import build_entity
from .local import LocalEntity, group_within_doc
from .merge import merge_locals
from .normalize import fold_key
from .records import MentionRec, mention_lang, prepare_mentions
from .references import resolve_role_references
from .settings import MergeSettings
from .tokens import DocTokens

log = logging.getLogger(__name__)

__all__ = ["LinkResult", "MergeSettings", "link_docs", "link_entities"]


@dataclass(frozen=True, slots=True)
class LinkResult:
    entities: tuple[Entity, ...]
    mention_map: dict[Span, str]
    mentions: tuple[Mention, ...]  # every mention (added ones too), entity/base/role set, sorted by span


def link_entities(docs: Sequence[Doc]) -> tuple[list[Entity], dict[Span, str]]:
    """Merge all mentions of all docs into entities. Returns (entities, mention span -> entity id)."""
    result = link_docs(docs)
    return list(result.entities), result.mention_map


def link_docs(docs: Sequence[Doc], settings: MergeSettings | None = None) -> LinkResult:
    """Link the mentions of ``docs``; see the module docstring.

    The cyclic garbage collector is paused while linking: the stage allocates millions of small
    acyclic objects, and full collections over a growing heap would make its cost superlinear."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _link(docs, settings)
    finally:
        if enabled:
            gc.enable()


def _link(docs: Sequence[Doc], settings: MergeSettings | None) -> LinkResult:
    docs = list(docs)
    clock = _Clock()
    tokens = [DocTokens.of(doc) for doc in docs]
    clock.lap("tokens")
    aliases = AliasTable.curated(mention_lang(d) for d in docs)
    recs = prepare_mentions(docs, tokens=tokens, known_names=aliases.group_of)
    key_of = {(r.doc, r.span): r.key for r in recs}
    extra = learn_acronyms(docs, aliases, lambda d, m: key_of.get((d, m.span), fold_key(m.text)))
    if extra:
        recs.extend(prepare_mentions(docs, extra, tokens=tokens))
    for rec in recs:
        if rec.acronym:
            shown = f"{rec.base} ({rec.acronym})"
            aliases.learn(rec.key, rec.acronym, f"defined in {rec.span.article}", shown, rec.span.article)
    aliases.resolve()
    clock.lap("records")

    by_doc: dict[int, list[MentionRec]] = defaultdict(list)
    for rec in recs:
        by_doc[rec.doc].append(rec)
    locals_: list[LocalEntity] = []
    for d in sorted(by_doc):
        doc_recs = sorted(by_doc[d], key=lambda r: (r.span.start, r.span.end, r.type))
        by_doc[d] = doc_recs
        defined = aliases.defined.get(docs[d].article.id, {})
        for members, reasons in group_within_doc(doc_recs, defined):
            locals_.append(LocalEntity.of([doc_recs[i] for i in members], reasons))
    clock.lap("within-article")
    uf = merge_locals(locals_, aliases, settings, blocked=aliases.ambiguous)
    clock.lap("across-articles")

    members_of: dict[int, list[MentionRec]] = defaultdict(list)
    root_of: dict[int, int] = {}
    role_keys: dict[int, set[str]] = defaultdict(set)
    role_texts: dict[int, set[str]] = defaultdict(set)
    role_genders: dict[int, set[str]] = defaultdict(set)
    for i, ent in enumerate(locals_):
        root = uf.find(i)
        members_of[root].extend(ent.recs)
        for rec in ent.recs:
            root_of[id(rec)] = root
            if rec.role is not None:
                role_keys[root].add(rec.role.key)
                role_texts[root].add(rec.role.text)
                if rec.role.gender:
                    role_genders[root].add(rec.role.gender)
    extra_reasons: dict[int, set[str]] = defaultdict(set)
    for root, rec, why in resolve_role_references(docs, tokens, by_doc, root_of, role_keys, role_texts, role_genders):
        members_of[root].append(rec)
        extra_reasons[root].add(why)
    clock.lap("role-references")

    built: list[tuple[Entity, list[MentionRec]]] = []
    for root in sorted(members_of, key=lambda r: min(_span_key(m.span) for m in members_of[r])):
        recs_ = members_of[root]
        built.append((build_entity(recs_, uf.reasons(root) | extra_reasons[root]), recs_))
    entities = _unique_ids(built)
    entities.sort(key=lambda pair: (-len(pair[0].mentions), pair[0].name, pair[0].id))
    clock.lap("entities")

    entity_of: dict[int, Entity] = {id(rec): ent for ent, recs_ in entities for rec in recs_}
    per_doc: dict[str, list[MentionRec]] = defaultdict(list)
    for _, recs_ in entities:
        for rec in recs_:
            per_doc[rec.span.article].append(rec)
    mentions: list[Mention] = []
    for article in sorted(per_doc):  # articles in id order, mentions in text order: no global sort
        for rec in sorted(per_doc[article], key=lambda r: (r.span.start, r.span.end, r.type)):
            ent = entity_of[id(rec)]
            role = rec.role.text if rec.role else None
            mentions.append(Mention(rec.span, rec.surface, rec.type or ent.type, ent.id, role, rec.base, rec.source))
    mention_map: dict[Span, str] = {m.span: ent_id for m in mentions if (ent_id := m.entity) is not None}
    clock.lap("mentions")
    log.debug("linked %d mentions into %d entities; cpu s %s", len(mentions), len(entities), clock.laps)
    return LinkResult(
        entities=tuple(e for e, _ in entities),
        mention_map=mention_map,
        mentions=tuple(mentions),
    )


class _Clock:
    """CPU seconds per linking phase, for the debug log and the benchmark."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._t = time.process_time()

    def lap(self, name: str) -> None:
        now = time.process_time()
        self.laps[name] = round(now - self._t, 3)
        self._t = now


def _span_key(span: Span) -> tuple[str, int, int]:
    return span.article, span.start, span.end


def _unique_ids(built: list[tuple[Entity, list[MentionRec]]]) -> list[tuple[Entity, list[MentionRec]]]:
    """Two entities with the same name and type (two people both called ``Biden`` only) get distinct ids."""
    count: dict[str, int] = defaultdict(int)
    for ent, _ in built:
        count[ent.id] += 1
    out: list[tuple[Entity, list[MentionRec]]] = []
    for ent, recs in built:
        if count[ent.id] > 1:
            first = ent.mentions[0]
            ent = replace(ent, id=stable_id("e", ent.name, ent.type, first.article, first.start, first.end))
        out.append((ent, recs))
    return out
