"""Noun-phrase rules that must hold whatever the tagger says."""

from __future__ import annotations

from lagebild.model import Token
from lagebild.quotes.lexicon import lexicon_for
from lagebild.quotes.syntax import np_after, np_before


def _toks(words: list[tuple[str, str]]) -> list[Token]:
    out, pos = [], 0
    for i, (text, xpos) in enumerate(words):
        out.append(Token(i=i, start=pos, end=pos + len(text), text=text, xpos=xpos))
        pos += len(text) + 1
    return out


def test_capitalised_compound_is_a_noun_even_if_tagged_as_verb() -> None:
    toks = _toks([("UN-Generalsekretär", "VAFIN"), ("Guterres", "NE"), ("verlangt", "VVFIN"), ("Frieden", "NN")])
    assert np_before(toks, 0, 2, lexicon_for("de")) == (0, 2)


def test_name_is_not_followed_by_a_genitive_article() -> None:
    toks = _toks([("Karl", "NE"), ("Weber", "NE"), ("der", "ART"), ("neue", "ADJA"), ("Sprecher", "NN")])
    assert np_after(toks, 0, 5, lexicon_for("de")) == (0, 2)


def test_apposition_with_prepositional_phrase_before_the_verb() -> None:
    words = [("Karl", "NE"), ("Weber", "NE"), (",", "$,"), ("ein", "ART"), ("Experte", "NN"), ("vom", "APPRART")]
    words += [("WWF", "NE"), (",", "$,"), ("erklärte", "VVFIN")]
    toks = _toks(words)
    assert np_before(toks, 0, 8, lexicon_for("de")) == (0, 7)
