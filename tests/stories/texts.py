"""Invented mini-articles about two events, for the story tests."""

from __future__ import annotations

from lagebild.model import Article, Doc

BUDGET = [
    "Der Bundestag hat am Freitag den Haushalt für das kommende Jahr beschlossen. Finanzminister Christian Lindner "
    "verteidigte die Schuldenbremse. Die Opposition kritisierte die Kürzungen beim Bürgergeld und bei der Bahn.",
    "Nach langer Debatte stimmte der Bundestag dem Haushalt zu. Christian Lindner sprach von einem soliden Haushalt "
    "mit Schuldenbremse, die Union warf dem Finanzminister Kürzungen bei Bahn und Bürgergeld vor.",
    "Haushalt beschlossen: Der Finanzminister Lindner setzte sich im Bundestag durch. Kritik an den Kürzungen "
    "beim Bürgergeld kam von Sozialverbänden, die Schuldenbremse bleibt bestehen.",
]
FLOOD = [
    "Nach tagelangem Regen ist die Donau in Passau über die Ufer getreten. Die Feuerwehr evakuierte die Altstadt, "
    "Ministerpräsident Markus Söder besuchte das Hochwassergebiet und versprach Soforthilfe.",
    "Hochwasser in Bayern: In Passau stand die Altstadt unter Wasser, die Donau erreichte einen Pegel von zehn Metern. "
    "Markus Söder kündigte Soforthilfe für die Betroffenen an, die Feuerwehr war im Dauereinsatz.",
    "Die Feuerwehr in Passau kämpft weiter gegen das Hochwasser der Donau. Söder sagte den Menschen in der "
    "überfluteten Altstadt schnelle Soforthilfe zu.",
]


def make_doc(aid: str, text: str, date: str | None = None) -> Doc:
    return Doc(article=Article(id=aid, text=text, date=date), lang="de", tokens=(), sentences=())


def two_event_docs() -> list[Doc]:
    """Interleaved: b1 f1 b2 f2 b3 f3."""
    docs = []
    for i, (b, f) in enumerate(zip(BUDGET, FLOOD, strict=True), start=1):
        docs.append(make_doc(f"b{i}", b))
        docs.append(make_doc(f"f{i}", f))
    return docs
