"""Convert the licence-clean labelled data to spaCy DocBins with a fixed train/held-out split.

- UD German GSD dev + PUD (CC BY-SA) -> ``ud-train.spacy`` / ``ud-heldout.spacy``: one Doc per sentence,
  multiword tokens (``im`` = ``in`` + ``dem``) merged into one token as the project's tokeniser keeps
  them (UPOS/lemma/head of the first word, STTS ``APPRART``); PUD's XPOS are not STTS and are left out.
- GermEval 2014 dev (CC BY 4.0) -> ``ner-train.spacy`` / ``ner-heldout.spacy``: outer level, PER/LOC/ORG,
  OTH -> MISC, ``-deriv``/``-part`` -> O.
- LER dev+test (CC BY 4.0), with ``--ler``: sentences of legal NER that name a person, place or
  organisation, mapped to PER/LOC/ORG (norms, decisions, literature -> O).

The held-out part (every fifth document/sentence, fixed) is what the reported scores are measured on;
``training.crossval`` trains and scores the other four folds the same way.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.evaluation.ner import read_germeval

from .paths import DATA, WORK, require

log = logging.getLogger(__name__)

HELDOUT_EVERY = 5
GERMEVAL_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
# LER fine-grained classes -> coarse
LER_MAP = {
    "PER": "PER",
    "RR": "PER",
    "AN": "PER",
    "LD": "LOC",
    "ST": "LOC",
    "STR": "LOC",
    "LDS": "LOC",
    "ORG": "ORG",
    "UN": "ORG",
    "INN": "ORG",
    "GRT": "ORG",
    "MRK": "ORG",
}  # fmt: skip  (norms, regulations, decisions, literature -> O: no news counterpart)


@dataclass
class UDSentence:
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    xpos: list[str] = field(default_factory=list)
    feats: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based, sentence-internal
    deps: list[str] = field(default_factory=list)
    text: str = ""
    doc_id: str = ""


def read_conllu(path: Path, stts: bool) -> Iterator[UDSentence]:
    """Sentences with multiword tokens merged into single tokens."""
    doc_id = ""
    block: list[str] = []
    comments: dict[str, str] = {}

    def flush() -> UDSentence | None:
        if not block:
            return None
        return _merge(block, comments, stts, doc_id)

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                key, _, val = line[1:].partition("=")
                key = key.strip()
                if key == "newdoc id":
                    doc_id = val.strip()
                comments[key] = val.strip()
            elif not line.strip():
                sent = flush()
                if sent is not None:
                    yield sent
                block, comments = [], {}
            else:
                block.append(line)
    sent = flush()
    if sent is not None:
        yield sent


def _merge(lines: list[str], comments: dict[str, str], stts: bool, doc_id: str) -> UDSentence:
    rows = [ln.split("\t") for ln in lines]
    words = [r for r in rows if "." not in r[0] and "-" not in r[0]]
    ranges = {int(r[0].split("-")[0]): (int(r[0].split("-")[1]), r) for r in rows if "-" in r[0]}
    word_by_id = {int(r[0]): r for r in words}
    # map UD word id -> merged token index
    tok_of: dict[int, int] = {}
    units: list[tuple[list[str], list[list[str]]]] = []  # (surface row, word rows)
    i = 1
    n = len(words)
    while i <= n:
        if i in ranges:
            end, mwt = ranges[i]
            units.append((mwt, [word_by_id[k] for k in range(i, end + 1)]))
            for k in range(i, end + 1):
                tok_of[k] = len(units) - 1
            i = end + 1
        else:
            units.append((word_by_id[i], [word_by_id[i]]))
            tok_of[i] = len(units) - 1
            i += 1
    s = UDSentence(text=comments.get("text", ""), doc_id=doc_id or comments.get("sent_id", ""))
    for ti, (surface, parts) in enumerate(units):
        first = parts[0]
        s.words.append(surface[1])
        s.spaces.append("SpaceAfter=No" not in surface[9])
        s.lemmas.append(first[2] if first[2] != "_" else surface[1])
        s.upos.append(first[3])
        xpos = first[4] if stts else ""
        if len(parts) > 1 and stts and first[3] == "ADP":
            xpos = "APPRART"
        s.xpos.append(xpos if xpos != "_" else "")
        s.feats.append("" if first[5] == "_" else first[5])
        # head: the first part whose head lies outside the unit, else the first part
        ids = {int(p[0]) for p in parts}
        outer = next((p for p in parts if int(p[6]) not in ids), first)
        head = int(outer[6])
        s.heads.append(ti if head == 0 else tok_of[head])
        s.deps.append("ROOT" if head == 0 else outer[7])
    return s


def conllu_blocks(path: Path) -> list[str]:
    """Raw sentence blocks (comments + rows) of a CoNLL-U file, in order."""
    blocks = [b.strip("\n") for b in path.read_text(encoding="utf-8").split("\n\n")]
    return [b for b in blocks if any(line and not line.startswith("#") for line in b.splitlines())]


def ud_docs(nlp, sentences: list[UDSentence]):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    for s in sentences:
        doc = Doc(
            nlp.vocab, words=s.words, spaces=s.spaces, tags=s.xpos, pos=s.upos, morphs=s.feats,
            lemmas=s.lemmas, heads=s.heads, deps=s.deps, sent_starts=[True] + [False] * (len(s.words) - 1),
        )  # fmt: skip
        yield doc


def coarse_bio(tags: list[str], mapping: dict[str, str]) -> list[str]:
    """BIO tags -> BIO over coarse labels; unmapped labels (``-deriv``/``-part``) -> O."""
    out = []
    prev = "O"
    for t in tags:
        if t == "O" or "-" not in t:
            out.append("O")
            prev = "O"
            continue
        bio, _, label = t.partition("-")
        lab = mapping.get(label)
        if lab is None:
            out.append("O")
            prev = "O"
            continue
        if bio == "I" and prev.endswith(lab):
            out.append("I-" + lab)
        else:
            out.append("B-" + lab)
        prev = out[-1]
    return out


def read_conll2(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Two-column ``token tag`` files (LER)."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(parts[-1])
    if words:
        yield words, tags


def ner_doc(nlp, words: list[str], bio: list[str]):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, ents=bio)


def write_split(out: Path, fold: int = HELDOUT_EVERY - 1, ler: bool = True) -> None:
    """Write the DocBins and held-out files for one fold: sentence ``i`` is held out when
    ``i % HELDOUT_EVERY == fold``. The default fold is the fixed split the shipped model is trained on;
    ``training.crossval`` writes the others."""
    import spacy
    from spacy.tokens import DocBin

    def held_out(i: int) -> bool:
        return i % HELDOUT_EVERY == fold

    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")
    ud = DATA / "ud-german"
    gsd_path = require(ud / "UD_German-GSD" / "de_gsd-ud-dev.conllu")
    pud_path = require(ud / "UD_German-PUD" / "de_pud-ud-test.conllu")
    sents = list(read_conllu(gsd_path, stts=True))
    n_gsd = len(sents)
    sents += list(read_conllu(pud_path, stts=False))
    # the same held-out sentences as CoNLL-U, for ``lagebild evaluate parse`` from raw text
    blocks = conllu_blocks(gsd_path) + conllu_blocks(pud_path)
    if len(blocks) != len(sents):
        raise ValueError(f"CoNLL-U block count {len(blocks)} != sentence count {len(sents)}")
    held_ud = out / "ud-heldout"
    held_ud.mkdir(exist_ok=True)
    for name, lo, hi in (("gsd-heldout.conllu", 0, n_gsd), ("pud-heldout.conllu", n_gsd, len(blocks))):
        chosen = [blocks[i] for i in range(lo, hi) if held_out(i)]
        (held_ud / name).write_text("\n\n".join(chosen) + "\n\n", encoding="utf-8")
    train, held = DocBin(store_user_data=False), DocBin(store_user_data=False)
    for i, doc in enumerate(ud_docs(nlp, sents)):
        (held if held_out(i) else train).add(doc)
    train.to_disk(out / "ud-train.spacy")
    held.to_disk(out / "ud-heldout.spacy")
    log.info("UD: %d train, %d held-out sentences", len(train), len(held))

    ner_train, ner_held = DocBin(), DocBin()
    held_dir = out / "germeval-heldout"
    held_dir.mkdir(exist_ok=True)
    with (held_dir / "NER-de-heldout.tsv").open("w", encoding="utf-8") as held_tsv:
        for i, (words, tags) in enumerate(read_germeval(require(DATA / "germeval2014-ner" / "NER-de-dev.tsv"))):
            doc = ner_doc(nlp, words, coarse_bio(tags, GERMEVAL_MAP))
            if held_out(i):
                ner_held.add(doc)
                held_tsv.write("#\theldout\n")
                held_tsv.writelines(f"{k}\t{w}\t{t}\tO\n" for k, (w, t) in enumerate(zip(words, tags, strict=True), 1))
                held_tsv.write("\n")
            else:
                ner_train.add(doc)
    if ler:
        ler_dir = DATA / "ler-legal-ner-de"
        for name in ("ler_dev.conll", "ler_test.conll"):
            for words, tags in read_conll2(require(ler_dir / name)):
                bio = coarse_bio(tags, LER_MAP)
                if any(t != "O" for t in bio):  # only sentences with a person, place or organisation
                    ner_train.add(ner_doc(nlp, words, bio))
    ner_train.to_disk(out / "ner-train.spacy")
    ner_held.to_disk(out / "ner-heldout.spacy")
    log.info("NER: %d train, %d held-out sentences", len(ner_train), len(ner_held))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ler", action="store_true", help="add LER (legal) to the NER training data")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    write_split(WORK, ler=args.ler)


if __name__ == "__main__":
    main()
