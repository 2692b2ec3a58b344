"""Surface sources (the phrase SpkAtt scores as "Source") of single rules."""

from __future__ import annotations

import pytest

from lagebild.quotes.extract import find_raw_quotes

from .conftest import make_doc

CASES = [
    # an apposition with an article after the name (the tagger may call the article a relative pronoun)
    (
        "„Das ist falsch“, sagte Christa Happel, die ernährungspolitische Sprecherin der Fraktion.",
        [["Christa Happel", "PER"]],
        "Christa Happel, die ernährungspolitische Sprecherin der Fraktion",
    ),
    # a trailing adverb closes the prefield, it is no part of the source
    ("Die Kanadier hingegen erklärten, sie seien bereit.", [], "Die Kanadier"),
    # a bare adverb before the verb yields to the definite subject after it
    ("Unmissverständlich sagt das Gericht, dass es nicht überzeugt sei.", [], "das Gericht"),
    # an adverbial opening the clause is no subject; the subject follows the verb
    (
        "Passend zu den Gefahren des Eises warnte die Moderatorin eines Lokalsenders: „Auf dem Eis ist es glatt.“",
        [],
        "die Moderatorin eines Lokalsenders",
    ),
    # a bare plural noun is a subject; the dative name after the verb is not
    ("Kritiker werfen Obama vor, er habe zu spät gehandelt.", [["Obama", "PER"]], "Kritiker"),
    # an indefinite pronoun as the subject; the cue's own noun is never the source
    ("Einige vertreten die Auffassung, die Reform komme zu spät.", [], "Einige"),
    # a participle mistagged as finite at the clause end: the auxiliary is the finite verb
    (
        "Stoiber hatte besonders die Rolle der Fraktions- und Parteichefs betont: „Wir entscheiden gemeinsam.“",
        [["Stoiber", "PER"]],
        "Stoiber",
    ),
    # a cue-less Konjunktiv sentence after a sentence whose cue framed no report: that subject goes on
    ("Der Verband streitet dies ab. Sein Plan diene allein dem Schutz der Beschäftigten.", [], "Der Verband"),
    # sharing an opinion reports it; "teilte mit" stays the particle verb
    ("Viele Befragte teilen die Ansicht, die Reform komme zu spät.", [], "Viele Befragte"),
    # copula frames of conviction and findings of studies
    ("Die Ministerin ist überzeugt, dass die Reform gelingt.", [], "Die Ministerin"),
    ("Eine Umfrage des Instituts hat ergeben, dass viele Pendler umsteigen wollen.", [], "Eine Umfrage des Instituts"),
    # a colon frame with an adverb after the name
    ("Kopp wörtlich: „Sie ziehen den Bürgern das Geld aus der Tasche.“", [["Kopp", "PER"]], "Kopp"),
    # the subject after the first of two coordinated verbs
    ("Am Abend verließ der Trainer den Saal und sagte, man werde kämpfen.", [], "der Trainer"),
    # an apposition in quotation marks after an article the tagger calls a relative pronoun
    (
        "Eine der größten Gruppen des Landes, die „Allianz für Wandel“ (AfW), erklärte, die Wahl sei gefälscht.",
        [],
        "Eine der größten Gruppen des Landes, die „Allianz für Wandel“ (AfW)",
    ),
    # a relative pronoun after "nach" stands for the source
    ("Die Reform folgt aus Umfragen im Land, nach denen viele Bürger die Steuer ablehnen.", [], "denen"),
    # "sie" after the verb is the object when a nominative subject fills the prefield
    ("Der Chef des Verbands nannte sie „fahrlässig und gefährlich“.", [], "Der Chef des Verbands"),
    # a truncated compound ("Such-") is no verb, whatever its tag
    (
        "Der stellvertretende Leiter der Indonesischen Such- und Rettungsagentur, Budi Santo, sagte vor der Presse, dass Trümmer gefunden wurden.",
        [["Budi Santo", "PER"]],
        "Der stellvertretende Leiter der Indonesischen Such- und Rettungsagentur, Budi Santo",
    ),
    # the subject of a second clause after a comma frames "sprechen von"
    (
        "Die Opposition macht die Regierung verantwortlich, die staatliche Agentur dagegen spricht von einem Täter, der sich selbst getötet habe.",
        [],
        "die staatliche Agentur",
    ),
    # a colon frame with a fronted object: the named subject after the verb
    (
        "Die Anwendung der Regel stellte der Vorsitzende Franz Maier ebenfalls in Frage: „Das ist nicht lebensnah.“",
        [["Franz Maier", "PER"]],
        "der Vorsitzende Franz Maier",
    ),
    # a noun after a lower-case name starts a new phrase
    (
        "Gegen die Beamten sollten nach Angaben von ndr.de Disziplinarmaßnahmen ergriffen werden.",
        [],
        "Angaben von ndr.de",
    ),
    # a passive report names its document in the middle field
    (
        "So wird in einer Erklärung des Verbands gefordert, dass die Regierung handeln müsse.",
        [],
        "einer Erklärung des Verbands",
    ),
    # "Wie sich aus X ergab": the finding, without "sich aus"
    (
        "Wie sich aus der Auswertung der Ermittler ergab, hatte der Pilot versucht, durchzustarten.",
        [],
        "der Auswertung der Ermittler",
    ),
    # a quoted fragment belongs to the main clause's cue, not to one in a relative clause
    (
        "Die Ministerin kritisierte die Haltung des Verbands, der zum Boykott aufgerufen haben soll, als „Provokation, die niemand braucht“.",
        [],
        "Die Ministerin",
    ),
    # an article with an extended participle attribute after the cue
    ("„Jetzt ist es schön“, schrieb die in New York geborene Sängerin.", [], "die in New York geborene Sängerin"),
    # "zitierte man X": the one quoted
    (
        "„Wir sind Zeugen“, zitierte man Yola Alves vom Sender RTVE.",
        [["Yola Alves", "PER"]],
        "Yola Alves vom Sender RTVE",
    ),
    # a personal pronoun is never a determiner; "für" after a name starts a new phrase
    ("„Er war ein Vorbild“, schrieb er Soleimanis Witwe.", [], "er"),
    (
        "Im Kongress warb Obama für die Annahme des Gesetzes mit den Worten: „Das bedeutet viel.“",
        [["Obama", "PER"]],
        "Obama",
    ),
    # new cue phrases: conclusions, rebuttals, rulings
    ("Die Gutachter kamen zu dem Ergebnis, dass die Brücke sicher sei.", [], "Die Gutachter"),
    ("Die Grünen setzten dem entgegen, dass der Bau zu teuer sei.", [], "Die Grünen"),
    ("Das Landgericht hat entschieden, dass die Kündigung unwirksam ist.", [], "Das Landgericht"),
    # the agent of a passive cue right after the auxiliary, whatever its entity type
    ("Der Verein wurde von seiner Stadt beschuldigt, Gelder veruntreut zu haben.", [], "seiner Stadt"),
    # a leading focus particle before the first of two coordinated verbs
    (
        "Auch der frühere Bürgermeister Kai Brandt sprach sich gegen den Plan aus und sagte, die Kosten seien zu hoch.",
        [["Kai Brandt", "PER"]],
        "der frühere Bürgermeister Kai Brandt",
    ),
    # the whole prefield of a verb-second clause, however long, when it holds no verb
    (
        "Die stellvertretende Leiterin der Such- und Rettungsbehörde, Mara Velten, sagte vor der Presse, dass Wrackteile gefunden wurden.",
        [["Mara Velten", "PER"]],
        "Die stellvertretende Leiterin der Such- und Rettungsbehörde, Mara Velten",
    ),
    (
        "Der Vertreter der Mieter im Beirat der Stiftung für Wohnen (SfW), Olaf Brenner, hat in einem Interview gefordert, dass die Mieten sinken.",
        [["Olaf Brenner", "PER"]],
        "Der Vertreter der Mieter im Beirat der Stiftung für Wohnen (SfW), Olaf Brenner",
    ),
    # an extended attribute between determiner and noun
    (
        "Die Brücke bleibt gesperrt, teilte die zur Stadt Ulm gehörende Verkehrsbehörde mit.",
        [],
        "die zur Stadt Ulm gehörende Verkehrsbehörde",
    ),
    # a leading focus particle and a trailing time adverb are no part of the source
    (
        "Einzig der Verband Kommunaler Unternehmen betonte, man sei vorbereitet.",
        [],
        "der Verband Kommunaler Unternehmen",
    ),
    ("Nach Angaben der Polizei heute sei niemand verletzt worden.", [], "Angaben der Polizei"),
    # verb-second with a fronted object: the pronoun right after the verb is the subject
    ("Der Regierung schlug er vor, die Steuern im kommenden Jahr zu senken.", [], "er"),
    # "Laut …" opening the sentence: the whole prefield up to the finite verb
    (
        "Laut einem Bericht des Ministeriums vom Mai ist die Zahl der Anträge gestiegen.",
        [],
        "einem Bericht des Ministeriums vom Mai",
    ),
    # "Wie X berichtet, …": the whole middle field
    (
        "Wie die Zeitung in ihrer Onlineausgabe berichtet, wird der Flughafen geschlossen.",
        [],
        "die Zeitung in ihrer Onlineausgabe",
    ),
    # "Demnach …": the adverb stands for the source named before
    ("Die Agentur veröffentlichte neue Zahlen. Demnach ist die Zahl der Anträge gestiegen.", [], "Demnach"),
    # a role noun before a name mention takes the whole name
    (
        "Der frühere Schiedsrichter Urs Meier sagte, das Tor sei regulär gewesen.",
        [["Urs Meier", "PER"]],
        "Der frühere Schiedsrichter Urs Meier",
    ),
    # a sentence-final "wie" frame: the source with its apposition
    (
        "Die Halle bleibt bis Mai geschlossen, wie Jana Holt, Sprecherin der Stadt Kassel, mitteilte.",
        [["Jana Holt", "PER"]],
        "Jana Holt, Sprecherin der Stadt Kassel",
    ),
    # an apposition with a prepositional phrase before the cue is the subject, not the message
    (
        "Jonas Falk, Experte für Verkehr im Landtag, kritisierte, die Regierung habe zu spät gehandelt.",
        [["Jonas Falk", "PER"]],
        "Jonas Falk, Experte für Verkehr im Landtag",
    ),
    # a relative clause after the subject is left out
    ("Anna Weber, deren Verband die Milchbauern vertritt, sagte, dass die Preise sinken würden.", [], "Anna Weber"),
    # the second of two coordinated verbs takes the subject of the first
    ("Der Wirt rief die Polizei und teilte mit, dass er bedroht werde.", [], "Der Wirt"),
    # "als" opening the sentence is no conjunction to skip: the subject follows the verb
    ("Als Begründung nannte der Forscher, die Proben seien verunreinigt gewesen.", [], "der Forscher"),
    # a speech verb reported through a cited outlet: the outlet is the source
    ("Laut der Zeitung hat der Minister angekündigt, die Steuern zu senken.", [], "der Zeitung"),
    # passive: the document in the prefield, with its preposition; or the party after "von"
    ("In einer Erklärung der Regierung wurde betont, die Lage sei ruhig.", [], "In einer Erklärung der Regierung"),
    ("Von deutscher Seite wurde gefordert, die Regeln zu ändern.", [], "deutscher Seite"),
    # an apposition after the cue that an adverbial, not a comma, closes
    (
        "„Wir sind bereit für die Gespräche“, sagte Anna Berg, Leiterin des Amtes am Montag.",
        [["Anna Berg", "PER"]],
        "Anna Berg, Leiterin des Amtes",
    ),
]

# reported speech acts (no reported clause): the subject after a focus particle or a fronted phrase
REPORTED = [
    # a fronted object: the pronoun after the verb is the subject
    ("Nähere Einzelheiten gab er nicht bekannt.", [], "er"),
    ("Auch der Verband der Ärzte forderte eine Reform.", [], "der Verband der Ärzte"),
    ("So forderte er den Rücktritt des Ministers.", [], "er"),
    # passive with a "von" agent
    ("Von der Opposition wurde der Besuch als unangemessen bezeichnet.", [], "der Opposition"),
    # a fronted adverbial: the definite subject after the verb (NER has run: the doc has mentions)
    ("Seit Jahren fordert der Verband die Rückgabe der Bilder aus Wien.", [["Wien", "LOC"]], "der Verband"),
]


@pytest.mark.parametrize(("text", "mentions", "source"), CASES, ids=[c[2] for c in CASES])
def test_surface_source(text: str, mentions: list, source: str) -> None:
    doc = make_doc(text, mentions)
    raws = [q for q in find_raw_quotes(doc) if q.kind != "reported"]
    assert len(raws) == 1
    a, b = raws[0].source
    assert text[a:b] == source


# a stance without a statement is no reported speech (SpkAtt train rarely annotates these verbs)
NOT_REPORTED = [
    "Der Verband der Ärzte kritisierte die Reform scharf.",
    "Die Polizei bestätigte den Einsatz.",
    "Die Agentur meldete einen Anstieg.",
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_stance_verbs_are_not_reported_speech(text: str) -> None:
    assert [q for q in find_raw_quotes(make_doc(text, [])) if q.kind == "reported"] == []


@pytest.mark.parametrize(("text", "mentions", "source"), REPORTED, ids=[c[2] for c in REPORTED])
def test_reported_source(text: str, mentions: list, source: str) -> None:
    raws = [q for q in find_raw_quotes(make_doc(text, mentions)) if q.kind == "reported"]
    assert len(raws) == 1
    a, b = raws[0].source
    assert text[a:b] == source
