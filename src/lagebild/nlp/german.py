"""The German pipeline: news tokeniser, sentences, tagger/parser, hybrid NER."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from ..model import Article, Doc
from .docbuild import Annotation, EntitySpan, build_doc
from .hybrid import combine
from .lemmas import choose_lemma
from .lexicon import Lexicon, load_lexicon
from .morph import verb_features
from .sentence_cues_de import GERMAN_CUES
from .sentences import split_sentences
from .statistical import StatisticalModel, load_model
from .tokenize import tokenize

log = logging.getLogger(__name__)

__all__ = ["GermanPipeline"]

_AUTO = object()


_FULL_VERB_TAGS = frozenset({"VVFIN", "VVIMP", "VVINF", "VVIZU"})


def _particle_verb_heads(xpos: Sequence[str], heads: Sequence[int]) -> set[int]:
    """Tokens that a separated verb particle (STTS ``PTKVZ``) attaches to: finite verbs by construction."""
    return {h for x, h in zip(xpos, heads, strict=True) if x == "PTKVZ" and h >= 0}


def _merge_mood(model_feats: str, rule_feats: str) -> str:
    """Keep the model's features but trust the Konjunktiv rules for ``Mood``."""
    if not rule_feats or "Mood=Sub" not in rule_feats:
        return model_feats
    parts = [p for p in model_feats.split("|") if p and not p.startswith("Mood=")]
    parts.append("Mood=Sub")
    return "|".join(sorted(parts, key=str.lower))


_GLUED_ARTICLE = re.compile(r"(Der|Die|Das|Dem|Den|Des|Ein|Eine|Einen|Einem|Einer)([A-ZÄÖÜ][a-zäöüß]{3,})")
# Where the STTS tagger and the UD morphologizer disagree on a closed class, the STTS tag is the better
# guide (measured on the UD held-out folds): possessive determiners, personal and relative pronouns, and
# adverb/attributive-adjective tags that the morphologizer swapped.
_STTS_OVERRIDES = {
    **{("PPOSAT", u): "DET" for u in ("VERB", "PRON", "ADJ", "NOUN", "PROPN")},
    **{("PPER", u): "PRON" for u in ("NOUN", "PROPN", "VERB", "ADJ")},
    **{("PRELS", u): "PRON" for u in ("DET", "NOUN", "PROPN", "ADJ")},
    ("ADV", "ADJ"): "ADV",
    ("ADJA", "ADV"): "ADJ",
}


class GermanPipeline:
    """Tokens, sentences, POS/lemma/morphology/syntax and entity mentions for German text."""

    lang = "de"

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        model: StatisticalModel | None | object = _AUTO,
        split_compounds: bool = False,
    ) -> None:
        self.lexicon = lexicon or load_lexicon("de")
        self.model: StatisticalModel | None = load_model("de") if model is _AUTO else model  # type: ignore[assignment]
        # hyphen compounds are one token for news analysis; the UD treebanks split them (see tokenize)
        self.split_compounds = split_compounds

    def variant(self, split_compounds: bool) -> GermanPipeline:
        """The same lexicon and model with another tokenisation convention."""
        return GermanPipeline(self.lexicon, self.model, split_compounds=split_compounds)

    def analyse_tokens(
        self,
        words: Sequence[str],
        sents: Sequence[tuple[int, int]],
        spaces: Sequence[bool] | None = None,
        ner_mode: str = "hybrid",
    ) -> tuple[list[Annotation], list[EntitySpan]]:
        """Annotations and entity spans for pre-tokenised text (used by the evaluations too)."""
        annotations: list[Annotation] = []
        model_ents: list[tuple[int, int, str]] = []
        if self.model is not None:
            sent_words = [list(words[a:b]) for a, b in sents]
            sent_spaces = [list(spaces[a:b]) for a, b in sents] if spaces is not None else None
            results = self.model.analyse(sent_words, sent_spaces, ner=ner_mode != "rules")
            for (a, _b), res in zip(sents, results, strict=True):
                prev: str | None = None
                particle_heads = _particle_verb_heads(res.xpos, res.heads)
                for k, word in enumerate(words[a:_b]):
                    xpos, upos = res.xpos[k], res.upos[k]
                    if k in particle_heads and (k == 0 or word[:1].islower()):
                        # a separated verb particle ("wies ... zurück") attaches to a finite verb, whatever the taggers said
                        xpos = xpos if xpos[:1] == "V" else "VVFIN"
                    if xpos in _FULL_VERB_TAGS and upos not in ("VERB", "AUX"):
                        upos = "VERB"  # the STTS and UD taggers disagree: a finite/infinitive full verb is a VERB
                    upos = _STTS_OVERRIDES.get((xpos, upos), upos)
                    morph = res.morph[k]
                    lemma = choose_lemma(word, res.lemmas[k], upos, xpos, morph)
                    if xpos[:1] == "V":  # rule features exist for verbs only
                        morph = _merge_mood(morph, verb_features(word, lemma, xpos, prev))
                    head = a + res.heads[k] if res.heads[k] >= 0 else -1
                    dep = "root" if res.deps[k] == "ROOT" else res.deps[k]  # UD spelling
                    annotations.append((lemma, upos, xpos, morph, head, dep))
                    prev = word
                model_ents += [(a + s, a + e, lab) for s, e, lab in res.ents]
        else:
            from .hanta_tagger import tag_words

            for a, b in sents:
                for lemma, upos, xpos, morph in tag_words(list(words[a:b])):
                    annotations.append((lemma, upos, xpos, morph, -1, ""))
        xpos_all = [x[2] for x in annotations]
        starts = {a for a, _ in sents}
        ents = combine(words, starts, model_ents, self.lexicon, xpos_all, mode=ner_mode)
        return annotations, ents

    def _split_glued_articles(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A typo that glues an article to its noun (``DieAllianz``) is two tokens: ``Die`` ``Allianz``."""
        out: list[tuple[int, int]] = []
        for a, b in spans:
            m = _GLUED_ARTICLE.match(text, a, b)
            if m and m.end() == b and self.lexicon.is_known(m.group(2)) and not self.lexicon.is_known(text[a:b]):
                out += [(a, m.end(1)), (m.end(1), b)]
            else:
                out.append((a, b))
        return out

    def __call__(self, article: Article) -> Doc:
        text = article.text
        spans = self._split_glued_articles(text, tokenize(text, split_compounds=self.split_compounds))
        sents = split_sentences(text, spans, GERMAN_CUES)
        words = [text[s:e] for s, e in spans]
        spaces = [spans[i][1] < (spans[i + 1][0] if i + 1 < len(spans) else len(text)) for i in range(len(spans))]
        annotations, ents = self.analyse_tokens(words, sents, spaces)
        return build_doc(article, self.lang, spans, sents, annotations, ents)
