from __future__ import annotations

import json
import os
from pathlib import Path

from lagebild.ingest import load_paths

BODY = "Die Außenminister trafen sich am Mittwoch in Brüssel. Sie berieten vier Stunden."


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_loader_txt_ids_dates_bylines(tmp_path: Path) -> None:
    write(tmp_path / "a" / "eins.txt", f" date 2022-01 Von Eva Roth, Berlin\n\n{BODY}")
    write(tmp_path / "zwei.txt", "Ganz anderer Text über das Wetter in Hamburg.")
    res = load_paths([tmp_path])
    assert [a.id for a in res.articles] == ["eins", "zwei"]
    eins = res.articles[0]
    assert (eins.date, eins.byline, eins.dateline, eins.text) == ("2022-01", ("Eva Roth",), "Berlin", BODY)
    assert res.skipped == [] and res.warnings == []


def test_loader_html(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Gipfel</title><meta property='og:site_name' content='Beispielblatt'>"
        "<meta name='author' content='Eva Roth'><meta property='article:published_time' content='2023-03-14'>"
        f"</head><body><nav>Menü Startseite</nav><article><h1>Gipfel</h1><p>{BODY}</p>"
        "<p>Ein zweiter Absatz mit weiterem Text, damit der Haupttext sicher erkannt wird.</p></article></body></html>"
    )
    write(tmp_path / "seite.html", html)
    (art,) = load_paths([tmp_path]).articles
    assert (art.id, art.outlet, art.date, art.byline, art.title) == (
        "seite", "Beispielblatt", "2023-03-14", ("Eva Roth",), "Gipfel",
    )  # fmt: skip
    assert art.text.startswith(BODY)
    assert "Menü" not in art.text


def test_loader_json_and_jsonl(tmp_path: Path) -> None:
    recs = [
        {"id": "r1", "text": BODY, "outlet": "Blatt A", "date": "2022-01-12T08:00:00Z", "author": ["A B", "C D"]},
        {"title": "ohne id", "body": "Ein anderer Bericht über Verhandlungen in Wien.", "source": "Blatt B"},
    ]
    write(tmp_path / "x.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n{kaputt\n")
    write(
        tmp_path / "y.json", json.dumps({"id": "j1", "content": "Noch ein dritter Text.", "url": "https://x.example/1"})
    )
    res = load_paths([tmp_path])
    ids = [a.id for a in res.articles]
    assert ids[0].startswith("a-") and ids[1:] == ["j1", "r1"]
    r1 = next(a for a in res.articles if a.id == "r1")
    assert (r1.outlet, r1.date, r1.byline) == ("Blatt A", "2022-01-12", ("A B", "C D"))
    assert res.skipped == [
        (
            f"{tmp_path / 'x.jsonl'}:3",
            "malformed JSON line (Expecting property name enclosed in double quotes at column 2)",
        )
    ]


def test_loader_bad_inputs_each_one_reason(tmp_path: Path) -> None:
    good = write(tmp_path / "gut.txt", BODY)
    write(tmp_path / "leer.txt", "")
    write(tmp_path / "binaer.txt", bytes(range(256)) * 4)
    write(tmp_path / "abgeschnitten.txt", "Treffen in Brüssel".encode() + "ü".encode()[:1])
    write(tmp_path / "gross.txt", "Wort " * 3_000)
    os.symlink(tmp_path / "gibt-es-nicht.txt", tmp_path / "verschwunden.txt")
    res = load_paths([tmp_path, tmp_path / "fehlt.txt"], max_bytes=10_000)
    reasons = {Path(w).name: r for w, r in res.skipped}
    assert reasons == {
        "binaer.txt": "binary file (contains NUL bytes), not text",
        "fehlt.txt": "no such file or directory",
        "gross.txt": "file too large (0.0 MB > limit 0.0 MB)",
        "leer.txt": "empty file",
        "verschwunden.txt": "file disappeared or is a broken link",
    }
    assert [a.id for a in res.articles] == ["abgeschnitten", "gut"]
    assert res.articles[0].text == "Treffen in Brüssel"
    assert [(Path(w).name, r[:15]) for w, r in res.warnings] == [("abgeschnitten.txt", "truncated UTF-8")]
    assert good.exists()


def test_loader_50mb_file_is_skipped_quickly(tmp_path: Path) -> None:
    big = tmp_path / "riesig.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    write(tmp_path / "klein.txt", BODY)
    res = load_paths([tmp_path])
    assert [a.id for a in res.articles] == ["klein"]
    assert res.skipped == [(str(big), "file too large (52.4 MB > limit 21.0 MB)")]


def test_loader_duplicates_analysed_once(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", BODY)
    write(tmp_path / "a.txt", "  " + BODY.replace(" ", "  ") + "\n")
    write(tmp_path / "sub" / "a.txt", "Ein eigener Text mit gleichem Dateinamen.")
    res = load_paths([tmp_path])
    assert [(a.id, a.duplicates) for a in res.articles] == [("a", ("b",)), ("a~2", ())]
    assert res.duplicates == [("b", "a")]
    assert res.messages() == ["b: duplicate of a (same text), analysed once"]
