"""Organisation names as owners of counts: acronyms defined in the texts ("... in Europa (OSZE)")
and their long forms, so "Organisation für Sicherheit und Zusammenarbeit" and "OSZE" compare equal."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["OrgIndex"]

_DEF = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7})\)")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper()).lower()


@dataclass
class OrgIndex:
    """Long form (lower-case word tuple) -> acronym (lower-case); built from all texts of a run."""

    long_forms: dict[tuple[str, ...], str] = field(default_factory=dict)
    acronyms: set[str] = field(default_factory=set)
    _prefix_cache: dict[tuple[str, ...], set[str]] | None = field(default=None, repr=False)
    _prefix_size: int = field(default=-1, repr=False)

    @classmethod
    def build(cls, texts: Iterable[str], extra_owners: Iterable[str] = ()) -> OrgIndex:
        idx = cls()
        for text in texts:
            for m in _DEF.finditer(text):
                acr = m.group(1)
                if not (sum(c.isupper() for c in acr) >= 2):
                    continue
                words = _WORDS.findall(text[max(0, m.start() - 120) : m.start()])[-10:]
                for k in range(len(words) - 1, -1, -1):
                    cand = words[k:]
                    if cand[0][:1].isupper() and _initials(cand) == acr.lower():
                        idx.long_forms[tuple(w.lower() for w in cand)] = acr.lower()
                        idx.acronyms.add(acr.lower())
                        break
        idx.acronyms.update(o.lower() for o in extra_owners)
        return idx

    def owners_in(self, sentence: str) -> set[str]:
        """Acronyms of the organisations this sentence names (by acronym or by a >=3-word long-form prefix)."""
        words = [w.lower() for w in _WORDS.findall(sentence)]
        found = {w for w in words if w in self.acronyms}
        prefixes = self._prefixes()
        for i in range(len(words) - 2):
            found.update(prefixes.get(tuple(words[i : i + 3]), ()))
        return found

    def _prefixes(self) -> dict[tuple[str, ...], set[str]]:
        """First three words of each long form -> acronyms (an index, so lookups stay O(1))."""
        if self._prefix_cache is None or self._prefix_size != len(self.long_forms):
            index: dict[tuple[str, ...], set[str]] = {}
            for form, acr in self.long_forms.items():
                if len(form) >= 3:
                    index.setdefault(form[:3], set()).add(acr)
            self._prefix_cache, self._prefix_size = index, len(self.long_forms)
        return self._prefix_cache

    def canonical(self, owner: str | None) -> str | None:
        if owner is None:
            return None
        low = owner.lower()
        if low in self.acronyms:
            return low
        words = tuple(w.lower() for w in _WORDS.findall(owner))
        if len(words) >= 3:
            for acr in sorted(self._prefixes().get(words[:3], ())):
                return acr
        return low
