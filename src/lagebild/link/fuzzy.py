"""Organisation, place and other names across articles: fuzzy matches inside small blocks.

Blocks: the transliteration skeleton of the whole name (``Charkiw``/``Kharkiv``) and its first five
letters, per type; inside a block each name meets the next ``window`` names in sorted order. Names merge when their transliterations are equal, or when they score
>= ``name_similarity`` overall and word by word with the same numbers (``Deutsche Bank`` is not
``Deutsche Bahn``, ``Internet Explorer 8`` is not ``Internet Explorer``).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence

from .local import LocalEntity
from .settings import MergeSettings, window_pairs
from .translit import similarity, skeleton, translit_form
from .unionfind import UnionFind

log = logging.getLogger(__name__)

__all__ = ["merge_similar_names"]

_DIGITS_RE = re.compile(r"\d+")


def merge_similar_names(locals_: Sequence[LocalEntity], uf: UnionFind, settings: MergeSettings) -> None:
    """Merge ORG/LOC/MISC local entities whose names match inside a skeleton or prefix block."""
    blocks: dict[str, dict[str, list[int]]] = defaultdict(dict)
    form_of: dict[str, str] = {}
    for i, ent in enumerate(locals_):
        if ent.type == "PER":
            continue
        for key in ent.keys:
            compact = _compact(key)
            if len(compact) < 4:
                continue
            if key not in form_of:
                rec = next(r for r in ent.recs if r.key == key)
                form_of[key] = translit_form("".join(rec.words), rec.lang)
            tkey = ent.type + "|"
            blocks[tkey + "s:" + skeleton(form_of[key])].setdefault(key, []).append(i)
            if len(compact) >= 6:
                blocks[tkey + "p:" + compact[:5]].setdefault(key, []).append(i)
    for block_key in sorted(blocks):
        keys = sorted(blocks[block_key])
        for a, b in window_pairs(len(keys), settings.window):
            ka, kb = keys[a], keys[b]
            score = similarity(_compact(ka), _compact(kb))
            same_translit = form_of[ka] == form_of[kb] and len(form_of[ka]) >= 4
            if same_translit or _names_close(ka, kb, score, settings):
                why = f"translit: '{ka}' ~ '{kb}'" if same_translit else f"fuzzy: '{ka}' ~ '{kb}' (score {score:.2f})"
                uf.union(blocks[block_key][ka][0], blocks[block_key][kb][0], why)


def _compact(key: str) -> str:
    return key.replace(" ", "")


def _names_close(ka: str, kb: str, score: float, settings: MergeSettings) -> bool:
    """Fuzzy match of two names: word by word when they have as many words, else on the whole string."""
    if min(len(ka), len(kb)) < 6 or score < settings.name_similarity:
        return False
    if _DIGITS_RE.findall(ka) != _DIGITS_RE.findall(kb):
        return False  # "Internet Explorer 8" is not "Internet Explorer"
    wa, wb = ka.split(), kb.split()
    if len(wa) == len(wb):
        return all(x == y or similarity(x, y) >= settings.name_similarity - 0.1 for x, y in zip(wa, wb, strict=True))
    return score >= (1.0 + settings.name_similarity) / 2
