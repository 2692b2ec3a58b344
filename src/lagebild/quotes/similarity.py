"""Statement similarity for "same statement, other wording or translation".

``statement_similarity(a, b, lang)`` in [0, 1]: a weighted soft alignment of content words
(same lemma = 1; otherwise the cosine of small shipped word vectors, counted only above a
floor) in both directions, combined as an F-measure, then lowered when shared words appear
in a different order (adversarial swaps such as PAWS-X negatives) or numbers differ.

The vectors (``data/vectors_<lang>.npy`` + ``.vocab.txt``) are built offline by
``training/quotes_vectors.py`` (PPMI + SVD over Bundestag speeches); a language without
vectors falls back to lemma and spelling overlap.

Known limit: without syntax, a German topicalisation ("Die Forderungen lehnt die Allianz ab")
looks like a role swap and scores low; precision is preferred over recall here.
"""

from __future__ import annotations

import logging
import math
import re
from functools import lru_cache
from importlib import resources

import numpy as np

log = logging.getLogger(__name__)

__all__ = ["SAME_STATEMENT_THRESHOLD", "content_lemmas", "negated_core_match", "statement_similarity"]

SAME_STATEMENT_THRESHOLD = 0.62
_MIN_CONTAINED = 4  # content words the shorter statement needs before containment counts
_VEC_FLOOR = 0.35  # cosines below this count as no match
_VEC_SCALE = 0.85  # a vector match is worth at most this much of an exact lemma match
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)
_STOP = {
    "de": frozenset(
        "der die das des dem den ein eine einer eines einem einen und oder aber auch als wie so zu zum zur im in am an "
        "auf aus bei mit nach von vom vor für über unter um durch es er sie wir ich ihr man sich sei seien ist sind war "
        "waren wurde wurden werde werden wird hat haben habe hatte hatten hätte hätten sein seine seiner ihre ihren "
        "dass daß ob noch schon nur sehr dabei dazu diese dieser dieses diesen was wer wo damit dann denn doch ja "
        "mehr man uns unser unsere".split()
    ),
    "en": frozenset(
        "the a an and or but also as like so to of in on at by with from for about it he she we i they you is are was "
        "were be been being has have had will would that this these those there very just".split()
    ),
}
_NEG = {
    "de": frozenset({"nicht", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals"}),
    "en": frozenset({"not", "no", "never"}),
}


@lru_cache(maxsize=4)
def _vectors(lang: str) -> tuple[dict[str, int], np.ndarray] | None:
    base = resources.files("lagebild.quotes") / "data"
    npy, voc = base / f"vectors_{lang}.npy", base / f"vectors_{lang}.vocab.txt"
    if not npy.is_file() or not voc.is_file():
        log.debug("no word vectors for %r", lang)
        return None
    with resources.as_file(npy) as path:
        mat = np.load(path).astype(np.float32)
    words = voc.read_text(encoding="utf-8").split("\n")
    return {w: i for i, w in enumerate(words) if w}, mat


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    try:
        import simplemma

        return simplemma.lemmatize(word, lang=lang).lower()
    except (ValueError, LookupError, ImportError):
        return word


def _content(text: str, lang: str) -> list[str]:
    stop = _STOP.get(lang, _STOP["de"] | _STOP["en"])
    return [w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in stop and not w.isdigit()]


def content_lemmas(text: str, lang: str = "de") -> list[str]:
    """Lemmas of the content words of ``text`` in order (stop words and digits left out)."""
    code = (lang or "de").lower()[:2]
    return [_lemma(w, code) for w in _content(text, code)]


_CORE_WINDOW = 4  # content words within which the shared core of a negated statement must lie


def negated_core_match(a: str, b: str, lang: str = "de") -> bool:
    """Both statements are negated and the shorter one's content words (two to four, negation
    aside) occur close together, next to a negation, in the longer one: "keine einfache
    Diskussion, aber …" ~ "Die Diskussionen war nicht einfach". Meant for quotes of one speaker."""
    code = (lang or "de").lower()[:2]
    neg = _NEG.get(code, _NEG["de"] | _NEG["en"])
    neg_lemmas = neg | {_lemma(w, code) for w in neg}
    la, lb = content_lemmas(a, code), content_lemmas(b, code)
    short, long_ = (la, lb) if len(la) <= len(lb) else (lb, la)
    core = {w for w in short if w not in neg_lemmas}
    if not 2 <= len(core) <= 4 or not any(w in neg_lemmas for w in short):
        return False
    for start in range(len(long_)):
        window = long_[max(0, start - 1) : start + _CORE_WINDOW]
        if long_[start] in core and core <= set(window) and any(w in neg_lemmas for w in window):
            return True
    return False


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,]\d+)?", text))


def _weight(word: str, index: dict[str, int] | None) -> float:
    if index is None or word not in index:
        return 2.0
    return 1.0 + math.log1p(index[word] / 2000.0)


def _soft(
    src: list[str], dst: list[str], lang: str, vecs: tuple[dict[str, int], np.ndarray] | None
) -> tuple[float, list[int]]:
    """Weighted share of ``src`` words matched in ``dst``; also the position in ``dst`` of each exact match."""
    if not src:
        return 0.0, []
    index = vecs[0] if vecs else None
    dst_lem = [_lemma(w, lang) for w in dst]
    total = got = 0.0
    order: list[int] = []
    dst_ids = [index[w] for w in dst if index and w in index] if vecs else []
    dst_mat = vecs[1][dst_ids] if vecs and dst_ids else None
    for w in src:
        wt = _weight(w, index)
        total += wt
        lem = _lemma(w, lang)
        if lem in dst_lem or w in dst:
            got += wt
            order.append(dst_lem.index(lem) if lem in dst_lem else dst.index(w))
            continue
        best = 0.0
        if any(len(w) >= 6 and len(d) >= 6 and (d.startswith(w[:6]) or w.endswith(d[-6:])) for d in dst):
            best = 0.75
        elif "-" in w and any("-" in d and d.split("-")[0] == w.split("-")[0] for d in dst):
            best = 0.6  # "nato-staaten" ~ "nato-verbündeten"
        elif any(len(w) >= 5 and abs(len(w) - len(d)) <= 1 and _one_edit(w, d) for d in dst):
            best = 0.9  # a typo ("zischen" / "zwischen")
        if dst_mat is not None and index is not None and w in index:
            cos = float(np.max(dst_mat @ vecs[1][index[w]]))
            if cos > _VEC_FLOOR:
                best = max(best, _VEC_SCALE * cos)
        got += wt * best
    return got / total, order


def _inversions(order: list[int]) -> float:
    n = len(order)
    if n < 3:
        return 0.0
    inv = sum(1 for i in range(n) for j in range(i + 1, n) if order[i] > order[j])
    return inv / (n * (n - 1) / 2)


def _bigram_overlap(a: list[str], b: list[str]) -> float:
    ga = {(a[i], a[j]) for i in range(len(a)) for j in range(i + 1, min(len(a), i + 3))}
    gb = {(b[i], b[j]) for i in range(len(b)) for j in range(i + 1, min(len(b), i + 3))}
    if not ga or not gb:
        return 1.0
    return len(ga & gb) / min(len(ga), len(gb))


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted or replaced letter."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def statement_similarity(a: str, b: str, lang: str = "de") -> float:
    """Similarity of two statements in [0, 1] (1 = same content words in the same order)."""
    code = (lang or "de").lower()[:2]
    wa, wb = _content(a, code), _content(b, code)
    if not wa or not wb:
        return 0.0
    vecs = _vectors(code)
    p, order = _soft(wa, wb, code, vecs)
    r, _ = _soft(wb, wa, code, vecs)
    if p + r == 0:
        return 0.0
    score = 2 * p * r / (p + r)
    shorter = min(len(set(wa)), len(set(wb)))
    if shorter >= _MIN_CONTAINED:
        # one outlet quotes only part of the statement: the shorter side well covered counts too
        score = max(score, 0.9 * (p if len(set(wa)) <= len(set(wb)) else r))
    score *= 1.0 - 0.6 * _inversions(order)
    la = [_lemma(w, code) for w in wa]
    lb = [_lemma(w, code) for w in wb]
    shared = len(set(la) & set(lb)) / max(1, min(len(set(la)), len(set(lb))))
    if shared >= 0.6:
        # nearly the same words: the neighbourhoods must agree too (swapped roles are another statement)
        score *= 0.4 + 0.6 * _bigram_overlap(la, lb)
    na, nb = _numbers(a), _numbers(b)
    if na and nb and na != nb:
        score *= 0.5
    neg = _NEG.get(code, frozenset())
    if neg and (any(w in neg for w in wa) != any(w in neg for w in wb)) and p > 0.9 and r > 0.9:
        score *= 0.8  # same words, one side negated
    return round(max(0.0, min(1.0, score)), 4)
