"""Invented mini-articles for the reuse tests."""

from __future__ import annotations

from lagebild.model import Article, Doc

WIRE_A = (
    "Brüssel. Die Außenminister der EU haben am Montag über neue Sanktionen beraten. "
    "Die Gespräche seien zwar schwierig gewesen, doch am Ende habe man sich auf ein gemeinsames Paket "
    "verständigt, teilte die NATO in einer Erklärung mit. Der Beschluss soll bereits in der kommenden Woche "
    "in Kraft treten und betrifft vor allem Banken und Energieunternehmen. Kritiker halten die Maßnahmen "
    "für unzureichend."
)
WIRE_B = (
    "Kommentar von Anna Beispiel. Viele Beobachter hatten wenig erwartet. Die Gespräche seien eher schwierig "
    "gewesen, doch am Ende habe man sich nach langen Verhandlungen auf ein gemeinsames Paket verständigt, "
    "teilte die Nato in einer Erklärung mit. Der Beschluss soll bereits in der kommenden Woche in Kraft treten "
    "und betrifft vor allem Banken und Energieunternehmen. Ob das reicht, bleibt offen."
)
UNRELATED = (
    "Der FC Beispielstadt hat am Samstag sein Heimspiel mit drei zu eins gewonnen. Der Trainer lobte "
    "die Abwehr und kündigte an, im nächsten Spiel dieselbe Mannschaft aufzustellen. Die Fans feierten "
    "bis spät in die Nacht auf dem Marktplatz."
)
QUOTE_A = (
    "Kanzler Olaf Scholz reiste am Dienstag nach Kiew. „Wir werden unsere Partner niemals im Stich lassen "
    "und stehen fest an der Seite der Ukraine“, sagte Scholz nach dem Treffen."
)
QUOTE_B = (
    "Bei seinem Besuch betonte der Regierungschef: „Wir werden unsere Partner niemals im Stich lassen "
    "und stehen fest an der Seite der Ukraine“. Die Opposition reagierte skeptisch."
)


def make_doc(aid: str, text: str, date: str | None = None) -> Doc:
    return Doc(article=Article(id=aid, text=text, date=date), lang="de", tokens=(), sentences=())
