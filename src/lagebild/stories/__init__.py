"""Story clustering stage (issue 7): articles grouped into stories (same event), online.

:class:`~.online.StoryClusterer` assigns one article at a time to an existing story or opens
a new one (inverted index of distinctive terms + entity ids + dates); ``cluster_stories``
runs it over one batch of documents and labels the result.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..ids import stable_id
from ..model import Doc, Span, Story
from .label import story_label
from .online import StoryCluster, StoryClusterer, StoryParams
from .terms import doc_terms, lemma

__all__ = ["StoryCluster", "StoryClusterer", "StoryParams", "cluster_stories"]

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+", re.UNICODE)


def _entities_by_article(
    docs: Sequence[Doc], mention_map: dict[Span, str]
) -> tuple[dict[str, list[str]], dict[str, str]]:
    texts = {d.article.id: d.text for d in docs}
    by_article: dict[str, list[str]] = defaultdict(list)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for span, eid in mention_map.items():
        text = texts.get(span.article)
        if text is None:
            continue
        by_article[span.article].append(eid)
        names[eid][text[span.start : span.end]] += 1
    display = {eid: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for eid, c in names.items()}
    return by_article, display


def cluster_stories(
    docs: Sequence[Doc], mention_map: dict[Span, str] | None = None, params: StoryParams | None = None
) -> list[Story]:
    """Group articles into stories (same event).

    Articles are filed one by one in input order (after counting the batch's document
    frequencies), then singleton stories are folded into a close larger story. Stories and
    their articles are sorted by input position; ids hash the sorted article ids.
    """
    by_article, entity_names = _entities_by_article(docs, mention_map or {})
    clusterer = StoryClusterer(params)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    counts = []
    for d in docs:  # warm start: document frequencies of the whole batch first
        a = d.article
        terms = doc_terms(d.text, sorted(by_article.get(a.id, ())), a.title, lang=d.lang or a.lang)
        clusterer.observe(terms)
        counts.append(terms)
        lang = d.lang or a.lang
        for m in _WORD.finditer(d.text):
            word = m.group()
            surfaces[lemma(word, lang) if lang else word.casefold()][word] += 1
    for d, terms in zip(docs, counts, strict=True):
        clusterer.add_terms(d.article.id, terms, d.article.date, observed=True)
    clusterer.consolidate()
    position = {d.article.id: i for i, d in enumerate(docs)}
    stories = []
    for cl in clusterer.clusters:
        if not cl.articles:
            continue
        label = story_label(cl, clusterer.dfs, surfaces, entity_names)
        members = tuple(sorted(cl.articles, key=lambda aid: position[aid]))
        stories.append(Story(id=stable_id("story", sorted(cl.articles)), articles=members, label=label))
    stories.sort(key=lambda s: position[s.articles[0]])
    log.debug("stories: %d from %d articles", len(stories), len(docs))
    return stories
