from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation.paraphrase import evaluate, load_pairs, reuse_same
from lagebild.reuse.align import moved_words

PAIRS = [
    # paraphrase with a small edit: the same passage
    (
        "Der Verein wurde im Jahr 1920 in einer kleinen Stadt am Rhein von drei Brüdern gegründet und existiert bis heute.",
        "Der Verein wurde im Jahr 1920 in einer kleinen Stadt am Rhein von den drei Brüdern gegründet und existiert bis heute.",
        1,
    ),
    # swapped roles: same words, different statement
    (
        "Der Zug fuhr am frühen Morgen pünktlich von Köln nach Bonn und erreichte das Ziel ohne jede Verspätung.",
        "Der Zug fuhr am frühen Morgen pünktlich von Bonn nach Köln und erreichte das Ziel ohne jede Verspätung.",
        0,
    ),
]


def test_moved_words_counts_swapped_words():
    assert moved_words(("a", "b", "c", "d"), ("c", "b", "a", "d")) == 2
    assert moved_words(("a", "b", "c"), ("a", "x", "c")) == 0


def test_reuse_same_keeps_swapped_roles_apart():
    same, sim = reuse_same(PAIRS[0][0], PAIRS[0][1])
    assert same is True
    assert sim == pytest.approx(0.9756, abs=1e-4)
    assert reuse_same(PAIRS[1][0], PAIRS[1][1]) == (False, 0.0)
    assert reuse_same(PAIRS[1][0], PAIRS[1][1], guard=False)[0] is True


def test_evaluate_paraphrase_tiny(tmp_path: Path):
    lines = ["id\tsentence1\tsentence2\tlabel"] + [f"{i}\t{a}\t{b}\t{y}" for i, (a, b, y) in enumerate(PAIRS)]
    (tmp_path / "dev.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert load_pairs(tmp_path) == PAIRS
    result = evaluate(tmp_path)
    assert result["task"] == "paraphrase"
    assert result["n"] == 2
    reuse = result["metrics"]["reuse"]
    assert (reuse["tp"], reuse["fp"], reuse["fn"], reuse["tn"]) == (1, 0, 0, 1)
    unguarded = result["metrics"]["reuse_without_moved_word_guard"]
    assert (unguarded["tp"], unguarded["fp"]) == (1, 1)


def test_evaluate_paraphrase_bad_layout(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="no dev.tsv or test.tsv"):
        evaluate(tmp_path)
    (tmp_path / "dev.tsv").write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected columns"):
        evaluate(tmp_path)
