"""The counted noun of a number and its comparable key."""

from __future__ import annotations

import pytest
from claims_helpers import make_doc, only

from lagebild.claims import extract_claims, subject_key
from lagebild.claims.subjects import SubjectKey


@pytest.mark.parametrize(
    ("text", "claim_text", "subject"),
    [
        ("Russland hat rund 100.000 Soldaten verlegt.", "rund 100.000", "Soldaten"),
        ("Die Liste nennt 138 Vorfälle, davon sieben schwere Explosionen.", "138", "Vorfälle"),
        ("Die Liste nennt 138 Vorfälle, davon sieben schwere Explosionen.", "sieben", "Explosionen"),
        ("Gäste aus 30 NATO-Staaten kamen.", "30", "NATO-Staaten"),
        ("Die Organisation (OSZE), zu deren 57 Mitgliedstaaten Malta zählt, tagt.", "57", "Mitgliedstaaten der OSZE"),
        ("Es kamen 12 Vertreter der Regierung.", "12", "Vertreter der Regierung"),
        ("Es stimmten 45 Prozent der Befragten zu.", "45 Prozent", "der Befragten"),
        ("Die fast vierstündige Sitzung endete spät.", "fast vierstündige", "Sitzung"),
        ("Es kamen 53 weitere Staaten hinzu.", "53", "Staaten"),
    ],
)
def test_subjects_found(text: str, claim_text: str, subject: str) -> None:
    assert only(extract_claims(make_doc(text)), claim_text).subject == subject


def test_subjects_duration_without_noun_has_none() -> None:
    assert only(extract_claims(make_doc("Man sprach vier Stunden lang.")), "vier Stunden").subject is None


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("Soldaten", SubjectKey(None, "soldier")),
        ("Truppen", SubjectKey(None, "soldier")),
        ("NATO-Staaten", SubjectKey("nato", "member")),
        ("Nato-Mitglieder", SubjectKey("nato", "member")),
        ("Mitgliedstaaten der OSZE", SubjectKey("osze", "member")),
        ("Staaten", SubjectKey(None, "staat")),
        ("Vorfälle", SubjectKey(None, "vorfall")),
    ],
)
def test_subjects_key_normalises_by_lemma(subject: str, key: SubjectKey) -> None:
    assert subject_key(subject, "de") == key


def test_subjects_key_english() -> None:
    assert subject_key("NATO members", "en") == SubjectKey("nato", "member")
