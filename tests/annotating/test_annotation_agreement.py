from __future__ import annotations

from annotation.agreement import bio_to_spans, kappa, locate, outer4, prf, token_labels


def test_annotation_locate_repeated_mentions_in_order() -> None:
    text = "Berlin und Paris, dann wieder Berlin."
    spans, problems = locate(text, [("Berlin", "LOC"), ("Paris", "LOC"), ("Berlin", "LOC"), ("Rom", "LOC")])
    assert sorted(spans) == [(0, 6, "LOC"), (11, 16, "LOC"), (30, 36, "LOC")]
    assert problems == ["not in sentence: 'Rom'"]


def test_annotation_bio_to_spans_over_joined_tokens() -> None:
    toks = ["Jens", "Stoltenberg", "besuchte", "die", "EU-Kommission", "."]
    tags = ["B-PER", "I-PER", "O", "O", "B-ORG", "O"]
    text = " ".join(toks)
    spans = bio_to_spans(toks, tags)
    assert sorted((text[s:e], lab) for s, e, lab in spans) == [("EU-Kommission", "ORG"), ("Jens Stoltenberg", "PER")]


def test_annotation_prf_and_outer4() -> None:
    gold = [{(0, 4, "PER"), (10, 15, "LOC"), (20, 28, "LOCderiv")}]
    pred = [{(0, 4, "PER"), (10, 15, "ORG")}]
    res = prf([outer4(g) for g in gold], [outer4(p) for p in pred], ["PER", "LOC", "ORG", "OTH"])
    assert res["micro"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert res["PER"]["f1"] == 1.0 and res["LOC"]["recall"] == 0.0


def test_annotation_kappa_tokens() -> None:
    text = "Anna traf Bert in Köln"
    a = token_labels(text, {(0, 4, "PER"), (18, 22, "LOC")})
    b = token_labels(text, {(0, 4, "PER"), (10, 14, "PER")})
    assert a == ["PER", "O", "O", "O", "LOC"] and b == ["PER", "O", "PER", "O", "O"]
    assert kappa(a, a) == 1.0
    assert kappa(a, b) == 0.2857
