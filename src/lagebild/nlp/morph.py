"""STTS -> UPOS mapping and rule morphology for German verbs (mood matters for indirect speech)."""

from __future__ import annotations

__all__ = ["STTS_TO_UPOS", "upos_from_stts", "verb_features"]

STTS_TO_UPOS: dict[str, str] = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP",
    "APZR": "ADP", "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ", "KOUI": "SCONJ",
    "KOUS": "SCONJ", "KON": "CCONJ", "KOKOM": "CCONJ", "NN": "NOUN", "NE": "PROPN", "PDS": "PRON",
    "PDAT": "DET", "PIS": "PRON", "PIAT": "DET", "PIDAT": "DET", "PPER": "PRON", "PPOSS": "PRON",
    "PPOSAT": "DET", "PRELS": "PRON", "PRELAT": "DET", "PRF": "PRON", "PWS": "PRON", "PWAT": "DET",
    "PWAV": "ADV", "PAV": "ADV", "PROAV": "ADV", "PTKZU": "PART", "PTKNEG": "PART", "PTKVZ": "ADP",
    "PTKANT": "INTJ", "PTKA": "PART", "TRUNC": "X", "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB",
    "VVIZU": "VERB", "VVPP": "VERB", "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX",
    "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX", "XY": "X", "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}  # fmt: skip

# Konjunktiv forms that are never indicative (3rd person use in reported speech).
_SUBJ_FORMS = frozenset(
    """
    sei seien seiest seiet wäre wären wärst wäret habe hätte hätten hättest hättet werde würde würden
    würdest würdet könne könnte könnten müsse müsste müssten müßte müßten dürfe dürfte dürften solle
    wolle möge möchte möchten wisse wüsste wüssten gebe gäbe gäben käme kämen ginge gingen stünde stünden
    läge lägen bliebe blieben ließe ließen hielte hielten täte täten fände fänden
    """.split()
)
# "habe"/"werde" are also 1st person singular indicative; treated as Konjunktiv when not after "ich".
_FIRST_PERSON = frozenset({"ich"})


def upos_from_stts(tag: str) -> str:
    return STTS_TO_UPOS.get(tag, "X")


def verb_features(word: str, lemma: str, xpos: str, prev_word: str | None) -> str:
    """UD FEATS for a verb from its form (empty for other tags)."""
    if not xpos.startswith("V"):
        return ""
    kind = xpos[2:]
    if kind == "INF" or kind == "IZU":
        return "VerbForm=Inf"
    if kind == "PP":
        return "VerbForm=Part"
    if kind == "IMP":
        return "Mood=Imp|VerbForm=Fin"
    if kind != "FIN":
        return ""
    low = word.lower()
    mood = "Ind"
    if low in _SUBJ_FORMS and (prev_word or "").lower() not in _FIRST_PERSON:
        mood = "Sub"
    elif low.endswith("e") and (prev_word or "").lower() not in _FIRST_PERSON:
        lem = lemma.lower()
        # Konjunktiv I, 3rd person singular: "sage" (sagen), "fordere" (fordern), "wandele" (wandeln)
        if (lem.endswith(("ern", "eln")) and low == lem[:-1] + "e") or (lem.endswith("en") and low == lem[:-1]):
            mood = "Sub"
    return f"Mood={mood}|VerbForm=Fin"
