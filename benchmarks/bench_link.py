"""Linking cost must grow near-linearly: time(8x mentions) <= 9 x time(1x mentions).

Synthetic corpus: articles of ~40 mentions each, drawn from a population of invented people (German and
English spellings of the same Slavic-style names, surname-only short forms, titles), organisations
(long forms, acronyms, genitives) and places. The population grows with the corpus, as it does in real
news (more articles, more people), so blocks stay small while the number of candidate pairs an all-pairs
linker would compare grows quadratically.

    .venv/bin/python benchmarks/bench_link.py                 # 12,500 vs 100,000 mentions
    .venv/bin/python benchmarks/bench_link.py --base 100000   # 100,000 vs 800,000 (needs several GB)
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import sys
import time

from lagebild.link import link_entities
from lagebild.model import Article, Doc, Mention, Sentence, Span, Token

_SYL = [
    "ka",
    "lo",
    "mi",
    "ra",
    "sche",
    "no",
    "wa",
    "tschi",
    "de",
    "ju",
    "bo",
    "le",
    "sa",
    "ti",
    "gru",
    "pe",
    "ko",
    "ja",
]
_GIVEN = ["Sergej", "Alexander", "Dmitri", "Wladimir", "Maria", "Olga", "Jelena", "Nikolai", "Juri", "Boris", "Anna"]
_EN = [("sch", "sh"), ("tsch", "ch"), ("w", "v"), ("j", "y"), ("ow", "ov")]
_TITLES = ["Außenminister", "Sprecher", "Vizeaußenminister", "Generalsekretär", "Botschafterin"]
_ORG_HEADS = ["Behörde", "Rat", "Agentur", "Union", "Allianz", "Bank", "Partei"]


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 4))).capitalize() + rng.choice(
        ["ow", "ko", "in", "ski"]
    )


def _english(name: str) -> str:
    out = name
    for de, en in _EN:
        out = out.replace(de, en).replace(de.capitalize(), en.capitalize())
    return out


def _population(rng: random.Random, n: int) -> list[tuple[str, str, str]]:
    """(type, German form, short/alternate form) for ``n`` invented entities."""
    people = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.6:
            people.append(("PER", f"{rng.choice(_GIVEN)} {_surname(rng)}", ""))
        elif kind < 0.85:
            words = [_surname(rng).capitalize(), rng.choice(_ORG_HEADS)]
            acronym = "".join(w[0] for w in words).upper() + rng.choice("ABCDEFGHJKLMNPRSTUVWXZ")
            people.append(("ORG", " ".join(words), acronym))
        else:
            people.append(("LOC", _surname(rng).capitalize() + "land", ""))
    return people


_TOKEN_RE = re.compile(r"[^\W_]+(?:[-–][^\W_]+)*|[^\w\s]")


def _tokens(text: str) -> tuple[tuple[Token, ...], tuple[Sentence, ...]]:
    """Tokens and sentences as the NLP stage would hand them over (built outside the timed part)."""
    tokens = tuple(
        Token(i=i, start=m.start(), end=m.end(), text=m.group(0)) for i, m in enumerate(_TOKEN_RE.finditer(text))
    )
    sentences: list[Sentence] = []
    first = 0
    for tok in tokens:
        if tok.text == ".":
            sentences.append(Sentence(tokens[first].start, tok.end, first, tok.i + 1))
            first = tok.i + 1
    return tokens, tuple(sentences)


def make_corpus(n_mentions: int, seed: int = 7, per_doc: int = 40) -> list[Doc]:
    rng = random.Random(seed)
    population = _population(rng, max(10, n_mentions // 25))
    docs: list[Doc] = []
    made = 0
    d = 0
    while made < n_mentions:
        aid = f"d{d:06d}"
        lang = "de" if rng.random() < 0.7 else "en"
        cast = [rng.choice(population) for _ in range(8)]
        parts: list[str] = []
        mentions: list[Mention] = []
        pos = 0
        for _ in range(min(per_doc, n_mentions - made)):
            etype, full, alt = rng.choice(cast)
            surface = full if lang == "de" else _english(full)
            r = rng.random()
            if etype == "PER" and r < 0.4:
                surface = surface.split()[-1]
            elif etype == "ORG" and r < 0.3:
                surface = alt
            elif etype in {"ORG", "LOC"} and r < 0.5 and lang == "de":
                surface = surface + "s"
            prefix = f"{rng.choice(_TITLES)} " if etype == "PER" and r > 0.8 else ""
            suffix = f" ({alt})" if etype == "ORG" and surface == full and r > 0.9 else ""
            sentence = f"Dann sprach {prefix}{surface}{suffix} mit der Presse. "
            start = pos + len("Dann sprach ") + len(prefix)
            mentions.append(Mention(span=Span(aid, start, start + len(surface)), text=surface, type=etype))
            parts.append(sentence)
            pos += len(sentence)
            made += 1
        text = "".join(parts)
        tokens, sentences = _tokens(text)
        article = Article(id=aid, text=text, lang=lang)
        docs.append(Doc(article=article, lang=lang, tokens=tokens, sentences=sentences, mentions=tuple(mentions)))
        d += 1
    return docs


def _time(docs: list[Doc], repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds (CPU time is steadier on a shared machine)."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        link_entities(docs)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu


def _sweep(base: int, repeat: int) -> None:
    sizes = [base, 2 * base, 4 * base, 8 * base]
    corpora = {n: make_corpus(n) for n in sizes}
    best = dict.fromkeys(sizes, float("inf"))
    for _ in range(repeat):
        for n in sizes:
            best[n] = min(best[n], _time(corpora[n], 1)[1])
    for n in sizes:
        sys.stdout.write(f"sweep: {n:,} mentions, cpu {best[n]:.2f} s, {best[n] / n * 1e6:.1f} us/mention\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=12_500, help="mentions in the 1x corpus")
    parser.add_argument("--factor", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=float, default=9.0, help="allowed time ratio for factor x mentions")
    parser.add_argument(
        "--sweep", action="store_true", help="also print CPU microseconds per mention at 1x, 2x, 4x, 8x"
    )
    args = parser.parse_args(argv)
    if args.sweep:
        _sweep(args.base, args.repeat)
    small = make_corpus(args.base)
    large = make_corpus(args.base * args.factor)
    _time(make_corpus(2_000, seed=1), 1)  # warm-up: data files, caches, imports
    # interleaved, best of ``repeat``: both sizes see the same load on a shared machine
    runs = [(_time(small, 1), _time(large, 1)) for _ in range(args.repeat)]
    wall_small, cpu_small = min(r[0][0] for r in runs), min(r[0][1] for r in runs)
    wall_large, cpu_large = min(r[1][0] for r in runs), min(r[1][1] for r in runs)
    n_small = sum(len(d.mentions) for d in small)
    n_large = sum(len(d.mentions) for d in large)
    ratio = cpu_large / cpu_small
    sys.stdout.write(
        f"link_entities 1x: {n_small:,} mentions, cpu {cpu_small:.2f} s, wall {wall_small:.2f} s\n"
        f"link_entities {args.factor}x: {n_large:,} mentions, cpu {cpu_large:.2f} s, wall {wall_large:.2f} s\n"
        f"ratio cpu {ratio:.2f}, wall {wall_large / wall_small:.2f} (limit {args.limit}, judged on cpu)\n"
    )
    return 0 if ratio <= args.limit else 1


if __name__ == "__main__":
    raise SystemExit(main())
