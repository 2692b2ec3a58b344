"""One-sentence explanations of conflicts and agreement, in the article's language."""

from __future__ import annotations

__all__ = ["agreement_sentence", "conflict_sentence", "join_ids"]

_TEMPLATES = {
    "de": {
        "value": "Die Angaben zu {subject} widersprechen sich: {parts}.",
        "duration-vs-date": "Die Angaben, wann {subject}, widersprechen sich: {parts}.",
        "total-vs-parts": "Die Zahl der {subject} widerspricht der Aufzählung: {parts}.",
        "part": "{ids} {verb} „{texts}“{note}",
        "verb1": "nennt",
        "verbn": "nennen",
        "and": "und",
        "vs": " gegenüber ",
        "agree": "{n} Artikel stimmen bei {subject} überein ({value}): {ids}.",
        "since_subject": "es das zuletzt gab",
        "since_note": " (bezogen auf {ref} also ab etwa {start})",
        "parts_note": " (also {total})",
        "approx": "≈",
    },
    "en": {
        "value": "The reports disagree on {subject}: {parts}.",
        "duration-vs-date": "The reports disagree on when {subject}: {parts}.",
        "total-vs-parts": "The number of {subject} contradicts the enumeration: {parts}.",
        "part": "{ids} {verb} “{texts}”{note}",
        "verb1": "says",
        "verbn": "say",
        "and": "and",
        "vs": " versus ",
        "agree": "{n} articles agree on {subject} ({value}): {ids}.",
        "since_subject": "this last happened",
        "since_note": " (from {ref}, i.e. since about {start})",
        "parts_note": " (i.e. {total})",
        "approx": "≈",
    },
}


def template(lang: str) -> dict[str, str]:
    return _TEMPLATES.get(lang, _TEMPLATES["en"])


def join_ids(ids: list[str], lang: str) -> str:
    t = template(lang)
    ids = sorted(set(ids))
    if len(ids) <= 1:
        return "".join(ids)
    return f"{', '.join(ids[:-1])} {t['and']} {ids[-1]}"


def part(ids: list[str], texts: list[str], lang: str, note: str = "") -> str:
    t = template(lang)
    verb = t["verb1"] if len(set(ids)) == 1 else t["verbn"]
    uniq = list(dict.fromkeys(texts))
    return t["part"].format(
        ids=join_ids(ids, lang), verb=verb, texts="“, „".join(uniq) if lang == "de" else "”, “".join(uniq), note=note
    )


def conflict_sentence(kind: str, subject: str, parts: list[str], lang: str) -> str:
    t = template(lang)
    return t[kind].format(subject=subject, parts=t["vs"].join(parts))


def agreement_sentence(subject: str, value: str, ids: list[str], lang: str) -> str:
    t = template(lang)
    return t["agree"].format(n=len(set(ids)), subject=subject, value=value, ids=join_ids(ids, lang))
