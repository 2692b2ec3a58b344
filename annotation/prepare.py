"""Sample sentences for annotation with provenance; write batches to annotation/work/ (not committed).

    python -m annotation.prepare --calibration 500 --corpus 3000 --batch 500

Sources (licence-clean only; see NOTICE): Bundestag plenary speeches of WP 20 (official work, § 5 UrhG)
and UD German GSD dev + PUD (CC BY-SA). Calibration sentences come from GermEval 2014 dev (CC BY 4.0),
labelled blind and scored against the official labels. Nothing NC is ever sampled.
Sentences are stored in the repo only as standoff references (source, line, offsets); the text is
re-read from ../shared/data when the corpus is materialised.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
WORK = ROOT / "annotation" / "work"

_SENT = re.compile(r"[^.!?]*?[A-ZÄÖÜ][^.!?]{30,400}?[.!?](?=\s+[A-ZÄÖÜ„\"]|\s*$)")
_NAMEISH = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][\w]+)?\b")


def germeval_sentences(path: Path) -> list[dict]:
    from lagebild.evaluation.ner import read_germeval

    return [
        {"id": f"gdev-{i:05d}", "source": f"germeval2014-ner/{path.name}", "sent": i, "text": " ".join(toks)}
        for i, (toks, _tags) in enumerate(read_germeval(path))
    ]


def bundestag_sentences(limit_files: int, rng: random.Random) -> list[dict]:
    files = sorted((DATA / "raw-text-de" / "bundestag-wp20").glob("*.txt.gz"))
    rng.shuffle(files)
    out = []
    for f in sorted(files[:limit_files]):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                for m in _SENT.finditer(line):
                    s = m.group(0).strip()
                    start = line.index(s, m.start())
                    n_tok = len(s.split())
                    if 8 <= n_tok <= 45 and not s.startswith(("(", "[")):
                        out.append({"id": f"{f.name[:-7]}-{lineno}-{start}", "source": f"raw-text-de/bundestag-wp20/{f.name}",
                                    "line": lineno, "start": start, "end": start + len(s), "text": s})  # fmt: skip
    return out


def ud_sentences() -> list[dict]:
    out = []
    for f in [
        DATA / "ud-german" / "UD_German-GSD" / "de_gsd-ud-dev.conllu",
        DATA / "ud-german" / "UD_German-PUD" / "de_pud-ud-test.conllu",
    ]:
        sent_id = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text =") and sent_id:
                text = line.split("=", 1)[1].strip()
                out.append(
                    {
                        "id": f"ud-{sent_id}",
                        "source": f"ud-german/{f.parent.name}/{f.name}",
                        "sent_id": sent_id,
                        "text": text,
                    }
                )
    return out


def paws_first_sentences(path: Path) -> dict[str, str]:
    """Pair id -> first sentence of one PAWS-X TSV file (in file order)."""
    import csv

    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["id"]: (row.get("sentence1") or "").strip() for row in rows}


def paws_sentences() -> list[dict]:
    """Unique first sentences of PAWS-X German dev + test pairs (Wikipedia, human-translated; free use)."""
    out, seen = [], set()
    for name in ("dev.tsv", "test.tsv"):
        for pair_id, text in paws_first_sentences(DATA / "pawsx-de" / name).items():
            if len(text.split()) < 4 or text in seen or "\t" in text:
                continue
            seen.add(text)
            out.append(
                {"id": f"paws-{name[:-4]}-{pair_id}", "source": f"pawsx-de/{name}", "pair_id": pair_id, "text": text}
            )
    return out


def own_sentences(path: Path) -> list[dict]:
    """News-style sentences written by the project itself (text kept in the repo, one per line)."""
    rel = path.resolve().relative_to(ROOT)
    out = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.strip()
        if text and not text.startswith("#"):
            out.append(
                {"id": f"own-{path.stem}-{lineno}", "source": f"own:{rel.as_posix()}", "line": lineno, "text": text}
            )
    return out


def write_batches(name: str, items: list[dict], batch: int) -> None:
    for b in range(0, len(items), batch):
        part = items[b : b + batch]
        stem = f"{name}_{b // batch + 1:02d}"
        (WORK / f"{stem}.txt").write_text("".join(f"{it['id']}\t{it['text']}\n" for it in part), encoding="utf-8")
        (WORK / f"{stem}.provenance.jsonl").write_text(
            "".join(json.dumps({k: v for k, v in it.items() if k != "text"}, ensure_ascii=False) + "\n" for it in part),
            encoding="utf-8",
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calibration", type=int, default=500)
    ap.add_argument("--corpus", type=int, default=3000)
    ap.add_argument("--ud-share", type=float, default=0.4)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--paws", action="store_true", help="write batches paws_NN of PAWS-X German sentences instead")
    ap.add_argument("--own", type=Path, nargs="*", help="write batches own_NN of project-written text files instead")
    ap.add_argument("--name", default=None, help="batch name prefix (default: paws / own)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    WORK.mkdir(parents=True, exist_ok=True)
    if args.paws or args.own:
        items = paws_sentences() if args.paws else [it for f in args.own for it in own_sentences(f)]
        rng.shuffle(items)
        write_batches(args.name or ("paws" if args.paws else "own"), items, args.batch)
        print(f"{len(items)} sentences -> {WORK}")
        return
    cal = germeval_sentences(DATA / "germeval2014-ner" / "NER-de-dev.tsv")
    rng.shuffle(cal)
    # Calibration rounds use disjoint samples: round k = cal[(k-1)*n : k*n].
    for k in range(2):
        part = cal[k * args.calibration : (k + 1) * args.calibration]
        write_batches(f"calibration_r{k + 1}", sorted(part, key=lambda x: x["id"]), args.batch)
    n_ud = int(args.corpus * args.ud_share)
    ud = ud_sentences()
    rng.shuffle(ud)
    bt = bundestag_sentences(80, rng)
    rng.shuffle(bt)
    # Prefer sentences likely to hold names (a capitalised word inside that is not sentence-initial).
    bt.sort(key=lambda x: -min(len(_NAMEISH.findall(x["text"])), 3))
    n_ud = min(n_ud, len(ud))
    items = ud[:n_ud] + bt[: args.corpus - n_ud]
    rng.shuffle(items)
    write_batches("corpus", items, args.batch)
    print(f"calibration {min(args.calibration, len(cal))}, corpus {len(items)} (ud {min(n_ud, len(ud))}) -> {WORK}")


if __name__ == "__main__":
    main()
