"""Mine the word lists shipped in ``lagebild/nlp/resources/de`` from licence-clean data.

- ``common_nouns.txt``: capitalised words that regularly follow a determiner in the modern
  part of raw-text-de (Bundestag protocols, federal laws): German nouns, not names.
- ``first_names.txt``: first names of the 20th Bundestag's speakers plus ``first_names_extra.txt``.
- ``surnames.txt``: GermaNER surnames (Apache-2.0) that are not common nouns.
- ``countries.txt`` / ``towns.txt``: Auswärtiges Amt state names, OSM town names (CC BY-SA 2.0).

Run: ``python -m training.build_lexicons`` (deterministic: sorted output, no sampling).
"""

from __future__ import annotations

import csv
import gzip
import logging
import re
from collections import Counter
from pathlib import Path

from .paths import DATA, RESOURCES, require

log = logging.getLogger(__name__)

_DETS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines "
    "diese dieser diesen diesem dieses jede jeder jeden jedem jedes unsere unserer unseren unserem "
    "ihre ihrer ihren ihrem seine seiner seinen seinem alle allen aller mehr viele vielen neue neuen neuer "
    "im am zum zur vom beim ins".split()
)
_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)


def _modern_files() -> list[Path]:
    raw = require(DATA / "raw-text-de")
    files = sorted((raw / "bundestag-wp20").glob("*.txt.gz"))
    files += sorted((raw / "gesetze").glob("*.txt.gz"))
    return files


def mine_common_nouns(min_after_det: int = 2, min_ratio: float = 0.1) -> list[str]:
    after_det: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for path in _modern_files():
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                prev = ""
                for m in _WORD.finditer(line):
                    w = m.group()
                    if w[0].isupper() and not w.isupper():
                        total[w] += 1
                        if prev in _DETS:
                            after_det[w] += 1
                    prev = w
    out = [w for w, c in after_det.items() if c >= min_after_det and c / total[w] >= min_ratio]
    log.info("common nouns: %d of %d capitalised types", len(out), len(total))
    return sorted(out)


def first_names() -> list[str]:
    path = require(DATA / "raw-text-de" / "bundestag-wp20-redner.tsv")
    names: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for part in re.split(r"[\s-]+", row.get("vorname") or ""):
                if len(part) > 1 and part[0].isupper() and part.isalpha():
                    names.add(part)
    extra = RESOURCES / "first_names_extra.txt"
    if extra.exists():
        names.update(w.strip() for w in extra.read_text(encoding="utf-8").splitlines() if w.strip())
    return sorted(names)


def _read_list(path: Path) -> list[str]:
    return [w.strip() for w in require(path).read_text(encoding="utf-8").splitlines() if w.strip()]


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    RESOURCES.mkdir(parents=True, exist_ok=True)
    nouns = mine_common_nouns()
    noun_set = set(nouns)
    firsts = first_names()
    gaz = DATA / "gazetteers-de"
    surnames = sorted(
        {w for w in _read_list(gaz / "personennamen.list") if w[:1].isupper() and w not in noun_set and len(w) > 2}
    )
    countries = sorted(set(_read_list(gaz / "laendernamen.list")))
    towns = sorted(set(_read_list(gaz / "stadtnamen.list")) - noun_set)
    for name, words in [
        ("common_nouns.txt", nouns),
        ("first_names.txt", firsts),
        ("surnames.txt", surnames),
        ("countries.txt", countries),
        ("towns.txt", towns),
    ]:
        (RESOURCES / name).write_text("\n".join(words) + "\n", encoding="utf-8")
        log.info("wrote %s (%d entries)", name, len(words))


if __name__ == "__main__":
    main()
