"""The adjudicated corpus: standoff in the repo, text materialised from ../shared/data on demand.

    python -m annotation.corpus export corpus_01 corpus_02 ...   # -> annotation/corpus/ner.standoff.jsonl
    python -m annotation.corpus materialise                       # -> annotation/work/ner_corpus.{jsonl,iob}

The repository keeps only references (source file, line or sentence id, character offsets) and labels,
never the source text; `materialise` re-reads the text from ../shared/data and checks a hash of it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from functools import cache
from pathlib import Path

from .agreement import analyse, read_adjudicated, read_batch
from .prepare import DATA, WORK, paws_first_sentences

ROOT = Path(__file__).resolve().parent
STANDOFF = ROOT / "corpus" / "ner.standoff.jsonl"
_TOKEN = re.compile(r"\w+(?:[-'’.&/]\w+)*|\S")


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def export(batches: list[str]) -> dict:
    adjudicated = read_adjudicated(batches)
    rep = analyse(batches, adjudicated)
    prov: dict[str, dict] = {}
    texts: dict[str, str] = {}
    for b in batches:
        for line in (WORK / f"{b}.provenance.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            prov[rec["id"]] = rec
        texts.update(dict(read_batch(b)))
    rows = []
    for sid, spans in sorted(rep["_merged"].items()):
        if sid.startswith("gdev-"):
            continue  # calibration only: never part of the corpus
        rec = dict(prov[sid])
        rec["sha1"] = _hash(texts[sid])
        rec["entities"] = [list(s) for s in sorted(spans)]
        rows.append(rec)
    STANDOFF.parent.mkdir(parents=True, exist_ok=True)
    STANDOFF.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return {"sentences": len(rows), "unresolved_disagreements": rep["sentences_disagreeing"] - len(adjudicated)}


@cache
def _gz_lines(path: str) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh]


@cache
def _ud_texts(path: str) -> dict[str, str]:
    out, sid = {}, None
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        if line.startswith("# sent_id"):
            sid = line.split("=", 1)[1].strip()
        elif line.startswith("# text =") and sid:
            out[sid] = line.split("=", 1)[1].strip()
    return out


@cache
def _paws_texts(path: str) -> dict[str, str]:
    return paws_first_sentences(Path(path))


@cache
def _own_lines(rel: str) -> list[str]:
    return (ROOT.parent / rel).read_text(encoding="utf-8").splitlines()


def sentence_text(rec: dict) -> str:
    if rec["source"].startswith("own:"):
        return _own_lines(rec["source"][4:])[rec["line"] - 1].strip()
    path = str(DATA / rec["source"])
    if "pair_id" in rec:
        return _paws_texts(path)[rec["pair_id"]]
    if "line" in rec:
        return _gz_lines(path)[rec["line"] - 1][rec["start"] : rec["end"]]
    return _ud_texts(path)[rec["sent_id"]]


def materialise() -> dict:
    rows = [json.loads(x) for x in STANDOFF.read_text(encoding="utf-8").splitlines() if x.strip()]
    out_jsonl, out_iob = [], []
    bad = 0
    for rec in rows:
        text = sentence_text(rec)
        if _hash(text) != rec["sha1"]:
            bad += 1
            continue
        ents = [tuple(e) for e in rec["entities"]]
        out_jsonl.append(json.dumps({"id": rec["id"], "text": text, "entities": ents}, ensure_ascii=False))
        lines = []
        for m in _TOKEN.finditer(text):
            tag = "O"
            for s, e, lab in ents:
                if s <= m.start() < e:
                    tag = ("B-" if m.start() == s or not text[s : m.start()].strip() else "I-") + lab
                    break
            lines.append(f"{m.group()}\t{tag}")
        out_iob.append("\n".join(lines))
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "ner_corpus.jsonl").write_text("\n".join(out_jsonl) + "\n", encoding="utf-8")
    (WORK / "ner_corpus.iob").write_text("\n\n".join(out_iob) + "\n", encoding="utf-8")
    return {"sentences": len(out_jsonl), "hash_mismatch": bad}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["export", "materialise"])
    ap.add_argument("batches", nargs="*")
    args = ap.parse_args(argv)
    result = export(args.batches) if args.command == "export" else materialise()
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
