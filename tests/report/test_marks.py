from __future__ import annotations

from lagebild.report.marks import Mark, render_marked


def test_render_marked_nested_and_escaped() -> None:
    text = "a <b> c d"
    marks = [Mark(0, 9, "m1", ("x",)), Mark(2, 5, "m2", ("y", "z"), title='t"')]
    assert render_marked(text, marks) == (
        '<mark id="m1" class="x">a <mark id="m2" class="y z" title="t&quot;">&lt;b&gt;</mark> c d</mark>'
    )


def test_render_marked_splits_crossing_spans() -> None:
    text = "abcdefgh"
    marks = [Mark(0, 4, "m1", ("x",)), Mark(2, 6, "m2", ("y",))]
    assert render_marked(text, marks) == (
        '<mark id="m1" class="x">ab<mark id="m2" class="y">cd</mark></mark>'
        '<mark class="y" data-part-of="m2">ef</mark>gh'
    )


def test_render_marked_skips_empty_spans() -> None:
    assert render_marked("abc", [Mark(1, 1, "m", ("x",))]) == "abc"
