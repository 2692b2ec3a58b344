"""News tokeniser: character spans into the original text, never a changed string.

Handles German news conventions (abbreviations with inner spaces such as ``z. B.``,
ordinals before month names, dates, clock times, grouped numbers, hyphenated
compounds, typographic and LaTeX-style quotes and dashes). Language-independent parts (numbers,
URLs, punctuation) work for any Latin-script text.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "HOSTNAME_RE", "MONTHS", "tokenize"]

# Words that end with a period that belongs to them. Lower-case keys; matched case-insensitively
# only for the lower-case ones, capitalised ones must match as written.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    abb abg abs abschn adr allg anm art aufl bd bde bearb begr beil bes betr bez bspw bzgl bzw ca chr
    co corp dgl dipl dr ds dt ebd ehem eig einschl entspr erg etc ev evtl exkl fa fam ff fr frl geb gebr
    gegr gem ges gesch ggf ggfs gmbh hd hg hl hr hrsg hzg inc inkl insb jan feb febr mär apr jun jul aug
    sep sept okt nov dez jh jhd jhs jr kap kfm kl kr led lfd lt ltd max mdb mdl mio mind min mr mrd mrs ms
    mwst nachf nr nrn obb od op orig pkt pl prof ps rd rel rep resp sen sog spd st std str tel tsd usf usw
    verf vgl vors vs wg zb zt zzgl ziff zit zus zw zzt dres frhr univ hrn sek
    """.split()
)

MONTHS: frozenset[str] = frozenset(
    "januar jänner februar feber märz april mai juni juli august september oktober november dezember "
    "jan feb febr mär apr jun jul aug sep sept okt nov dez".split()
)

# Nouns that typically follow an ordinal number ("der 3. Platz", "zum 2. Mal").
_ORDINAL_NOUNS = frozenset(
    "jahrhundert jahrhunderts jahrtausend mal platz rang stock stelle runde lesung sitzung tag tages "
    "woche monat quartal halbjahr lebensjahr klasse liga etage kapitel artikel absatz weltkrieg "
    "amendment bundesliga parteitag wahlperiode".split()
)
_DETERMINERS = frozenset(
    "der die das den dem des am im zum zur vom beim ihr ihre ihrem ihren seinem seinen seine sein "
    "seit bis ab vor nach jedem jeden jede".split()
)

_L = r"[^\W\d_]"  # a letter (any script)
_W = r"[^\W_]"  # letter or digit

_TLDS = "de|com|org|net|at|ch|eu|info|gov|edu|int|fr|it|uk|nl|pl|ru|ua|io"
# a bare host name ("tagesschau.de"): one token, and a name where a source is expected ("laut faz.net")
HOSTNAME_RE = re.compile(rf"[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})")

_TOKEN_RE = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s<>"»«„“”]+[^\s<>"»«„“”.,;:!?)\]'])
  | (?P<host>[a-zA-Z0-9][\w-]*(?:\.[\w-]+)*\.(?:{_TLDS})(?![\w-]|\.\w))
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<date>\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})(?!\d))
  | (?P<time>\d{{1,2}}[.:]\d{{2}}(?=\s*(?:Uhr|h\b)))
  | (?P<price>\d+(?:[.,]--|,-)(?=[\s€]|$))           # "14,-- €", "14.--", "20,- Euro"
  | (?P<numword>\d+(?:[.,]\d+)*-{_L}+(?:-{_W}+)*)   # "81-jährige", "2,5-fach", "100.000-Euro-Spende"
  | (?P<num>[-+−]?\d+(?:[.,’']\d{{3}})+(?:,\d+)?(?!\d)|[-+−]?\d+(?:[.,]\d+)?(?:-\d+(?:[.,]\d+)?)?(?![\w]))
  | (?P<initials>(?:{_L}\.){{2,}}(?!{_L}))
  | (?P<dotted>[a-zäöüß]{{2,}}\.[a-zäöüß]{{2,}}(?![\w.]))   # a dotted name: "ver.di"
  | (?P<word>
        {_W}+(?:['’]{_W}+)?                       # first part, optional inner apostrophe
        (?:[-–/]{_W}+(?:['’]{_W}+)?)*              # hyphen/slash compounds: Nato-Russland-Rat
        (?:-(?=[\s,]|$))?                       # truncation: "Ein- und Ausfuhr"
    )
  | (?P<ellipsis>\.{{3,}}|…)                   # "...", "....", "…"
  | (?P<quote>``|'')                          # LaTeX-style quotes: ``so'' (one token each)
  | (?P<dash>--+|[–—])
  | (?P<emoticon>(?<!\S)[:;]-?[()DPp](?!\S))   # ";-)" as one token, as in reader comments
  | (?P<other>\S)
  | (?P<space>\s+)
    """,
    re.VERBOSE | re.UNICODE,
)

_COMPOUND_PART_RE = re.compile(r"[-–/]|[^-–/]+")
_NEXT_WORD_RE = re.compile(r"\s*([\w]+)", re.UNICODE)
_SENTENCE_FINAL = frozenset({".", "!", "?", "…", "..."})


def _is_abbrev(word: str) -> bool:
    low = word.lower()
    if len(word) == 1 and word.isalpha():
        return True  # initial ("John F. Kennedy") or one-letter abbreviation ("z." "B.")
    return low in ABBREVIATIONS


def _ordinal_follows(text: str, end: int, prev_word: str | None) -> bool:
    """Is the period after a number at ``end`` the ordinal dot (``10. Januar``)?"""
    m = _NEXT_WORD_RE.match(text, end + 1)
    if not m or "\n" in text[end + 1 : m.start(1)]:
        return False
    nxt = m.group(1)
    if nxt.lower() in MONTHS or nxt.lower() in _ORDINAL_NOUNS:
        return True
    if nxt[0].islower():
        return True
    if nxt[0].isdigit():
        return False
    return prev_word is not None and prev_word.lower() in _DETERMINERS


def _enumeration_dot(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is the period after the number at ``start:end`` that of a list item (``2. Soziale Bewegungen ...``)?
    Only at the start of a line or right after a sentence-final mark, before a capitalised word."""
    m = _NEXT_WORD_RE.match(text, end + 1)
    if not m or not m.group(1)[0].isupper() or "\n" in text[end + 1 : m.start(1)] or m.start(1) == end + 1:
        return False
    if not spans:
        return True
    prev_end = spans[-1][1]
    return "\n" in text[prev_end:start] or text[spans[-1][0] : prev_end] in _SENTENCE_FINAL


def tokenize(text: str, split_compounds: bool = False) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character spans of the tokens of ``text``.

    A hyphen or slash compound (``Nato-Russland-Rat``, ``Rohstoff-``) is one token, as news analysis
    wants it; ``split_compounds=True`` splits it into its parts and the hyphens/slashes between them
    (``Nato`` ``-`` ``Russland`` ``-`` ``Rat``), the convention of the Universal Dependencies treebanks."""
    spans: list[tuple[int, int]] = []
    prev_word: str | None = None
    pos, n = 0, len(text)
    match = _TOKEN_RE.match
    while pos < n:
        m = match(text, pos)
        if m is None:  # cannot happen (``\S`` and ``\s+`` cover everything); stay safe
            pos += 1
            continue
        kind = m.lastgroup
        start, end = m.start(), m.end()
        pos = end
        if kind == "space":
            continue
        if kind in ("word", "num") and end < n and text[end] == ".":
            word = m.group()
            if kind == "word" and not word.isdigit() and _is_abbrev(word):
                end += 1
            elif word.isdigit() and len(word) <= 3 and _ordinal_follows(text, end, prev_word):
                end += 1
            elif word.isdigit() and len(word) <= 2 and _enumeration_dot(text, spans, start, end):
                end += 1
            pos = end
        if split_compounds and kind in ("word", "numword") and end - start > 1 and _has_joiner(text, start, end):
            spans += [(p.start(), p.end()) for p in _COMPOUND_PART_RE.finditer(text, start, end)]
        else:
            spans.append((start, end))
        prev_word = text[start:end] if kind == "word" else None
    return spans


def _has_joiner(text: str, start: int, end: int) -> bool:
    return any(c in "-–/" for c in text[start:end])
