from pathlib import Path

import pytest

from lagebild.evaluation.parse import evaluate, read_gold

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "ud-german" / "UD_German-GSD"

CONLLU = """# sent_id = t1
# text = Die Ministerin sagte im Rat nichts.
1\tDie\tder\tDET\tART\tCase=Nom\t2\tdet\t_\t_
2\tMinisterin\tMinisterin\tNOUN\tNN\tCase=Nom\t3\tnsubj\t_\t_
3\tsagte\tsagen\tVERB\tVVFIN\tMood=Ind\t0\troot\t_\t_
4-5\tim\t_\t_\t_\t_\t_\t_\t_\t_
4\tin\tin\tADP\tAPPR\t_\t6\tcase\t_\t_
5\tdem\tder\tDET\tART\t_\t6\tdet\t_\t_
6\tRat\tRat\tNOUN\tNN\t_\t3\tobl\t_\t_
7\tnichts\tnichts\tPRON\tPIS\t_\t3\tobj\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\t$.\t_\t3\tpunct\t_\t_

# sent_id = t2
# text = Er ging.
1\tEr\ter\tPRON\tPPER\t_\t2\tnsubj\t_\t_
2\tging\tgehen\tVERB\tVVFIN\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

"""


def test_parse_read_gold_offsets_and_mwt(tmp_path: Path) -> None:
    path = tmp_path / "t.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    text, gold, sentences, stts = read_gold(path)
    assert text == "Die Ministerin sagte im Rat nichts. Er ging."
    assert [text[g.start : g.end] for g in gold][:6] == ["Die", "Ministerin", "sagte", "im", "Rat", "nichts"]
    im = gold[3]
    assert (im.upos, im.xpos, im.lemma, im.head, im.deprel) == ("ADP", "APPRART", "in", 4, "case")
    assert sentences == [(0, 35), (36, 44)]
    assert stts is True


def test_parse_evaluate_tiny(tmp_path: Path) -> None:
    (tmp_path / "t.conllu").write_text(CONLLU, encoding="utf-8")
    result = evaluate(tmp_path)
    assert result["task"] == "parse"
    assert result["n"] == 10
    metrics = result["metrics"]
    assert metrics["sentence_f1"] == 1.0
    assert metrics["token_f1"] == 1.0
    assert set(metrics) >= {"upos", "xpos", "lemma", "uas", "las", "sentence_f1"}


def test_parse_evaluate_bad_layout(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        evaluate(tmp_path)
    (tmp_path / "bad.conllu").write_text("1\tWort\n\n", encoding="utf-8")
    with pytest.raises(ValueError):
        evaluate(tmp_path)


def test_parse_gsd_dev_reads() -> None:
    path = DATA / "de_gsd-ud-dev.conllu"
    if not path.exists():
        pytest.skip("../shared/data is not available")
    text, gold, sentences, stts = read_gold(path)
    assert len(sentences) == 799
    assert stts is True


HYPHEN = """# sent_id = h1
# text = Die SPD-Spitze tagte.
1\tDie\tder\tDET\tART\t_\t4\tdet\t_\t_
2\tSPD\tSPD\tPROPN\tNE\t_\t4\tcompound\t_\tSpaceAfter=No
3\t-\t-\tPUNCT\t$(\t_\t4\tpunct\t_\tSpaceAfter=No
4\tSpitze\tSpitze\tNOUN\tNN\t_\t5\tnsubj\t_\t_
5\ttagte\ttagen\tVERB\tVVFIN\t_\t0\troot\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t$.\t_\t5\tpunct\t_\t_

"""


def test_parse_evaluate_tokenization_conventions(tmp_path: Path) -> None:
    (tmp_path / "h.conllu").write_text(HYPHEN, encoding="utf-8")
    ud = evaluate(tmp_path)
    assert ud["settings"] == {"tokenization": "ud"}
    assert ud["metrics"]["token_f1"] == 1.0
    news = evaluate(tmp_path, tokenization="news")
    # "SPD-Spitze" is one product token against three treebank tokens: 3 of 4 system tokens align
    assert news["metrics"]["token_f1"] == round(2 * (3 / 4) * (3 / 6) / (3 / 4 + 3 / 6), 4)
    with pytest.raises(ValueError):
        evaluate(tmp_path, tokenization="words")
