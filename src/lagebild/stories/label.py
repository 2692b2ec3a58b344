"""Short story labels from the most central entities and terms."""

from __future__ import annotations

from collections import Counter

from .online import StoryCluster
from .terms import ENTITY_PREFIX, DocumentFrequencies

__all__ = ["story_label"]


def story_label(
    cluster: StoryCluster,
    dfs: DocumentFrequencies,
    surfaces: dict[str, Counter[str]],
    entity_names: dict[str, str],
    n_entities: int = 2,
    n_terms: int = 3,
) -> str:
    """``"Entity A, Entity B: term, term, term"``: top entities and words by summed tf-idf in the story.

    Only words usually written with a capital letter are shown (names; nouns in German).

    ``surfaces`` maps a case-folded word to the counts of its written forms (the most common
    one is shown); ``entity_names`` maps an entity id to its display name.
    """
    scored = sorted(((c * dfs.idf(t), t) for t, c in cluster.counts.items()), key=lambda x: (-x[0], x[1]))
    ents: list[str] = []
    words: list[str] = []
    for _, t in scored:
        if t.startswith(ENTITY_PREFIX):
            name = entity_names.get(t[len(ENTITY_PREFIX) :])
            if name and len(ents) < n_entities and name not in ents:
                ents.append(name)
        elif len(words) < n_terms:
            forms = surfaces.get(t)
            if not forms:
                continue
            shown = sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            # names (and German nouns) are written capitalised; function words mostly are not
            if not shown[:1].isupper() or shown.isdigit():
                continue
            if shown not in words and not any(shown.casefold() in e.casefold() for e in ents):
                words.append(shown)
        if len(ents) >= n_entities and len(words) >= n_terms:
            break
    if ents and words:
        return f"{', '.join(ents)}: {', '.join(words)}"
    return ", ".join(ents or words)
