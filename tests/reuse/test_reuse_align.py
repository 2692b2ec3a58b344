from __future__ import annotations

import pytest

from lagebild.reuse import AlignParams, align
from lagebild.reuse.words import words_of


def _norm(text: str) -> tuple[str, ...]:
    return words_of(text).norm


def test_align_tolerates_case_particle_and_insertion():
    a = _norm(
        "x y z Die Verhandlungen in Genf waren zwar lang, aber sie brachten am Ende keinen Durchbruch für beide Seiten"
    )
    b = _norm(
        "Die Verhandlungen in Genf waren eher lang, aber sie brachten nach Angaben von Diplomaten am Ende keinen Durchbruch für beide Seiten q"
    )
    (al,) = align(a, b)
    assert (al.a_start, al.a_end) == (3, 20)
    assert (al.b_start, al.b_end) == (0, 21)
    assert al.similarity == pytest.approx(0.85, abs=0.01)


def test_align_rejects_short_common_phrase():
    a = _norm("Der Generalsekretär sagte am Mittwoch in Brüssel etwas völlig anderes als erwartet.")
    b = _norm("Am Mittwoch in Brüssel wurde über Fischerei gesprochen und nichts beschlossen.")
    assert align(a, b) == []


def test_align_finds_two_separate_passages():
    shared1 = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"
    shared2 = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda my"
    a = _norm(f"{shared1} " + " ".join(f"a{i}" for i in range(40)) + f" {shared2}")
    b = _norm(f"{shared2} " + " ".join(f"b{i}" for i in range(40)) + f" {shared1}")
    found = align(a, b, AlignParams(min_words=10))
    assert [(x.a_start, x.a_end, x.b_start, x.b_end) for x in found] == [(0, 12, 52, 64), (52, 64, 0, 12)]
    assert [x.similarity for x in found] == [1.0, 1.0]


def test_words_of_casefolds_and_keeps_offsets():
    text = "NATO-Rat, Nato!"
    w = words_of(text)
    assert w.norm == ("nato", "rat", "nato")
    assert [text[s:e] for s, e in zip(w.starts, w.ends, strict=True)] == ["NATO", "Rat", "Nato"]
    assert w.char_span(0, 2) == (0, 8)
