import socket

import pytest

from lagebild.nlp.statistical import load_model, model_path


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_model_shipped_and_loads_offline(no_network: None) -> None:
    assert model_path("de") is not None
    load_model.cache_clear()
    model = load_model("de")
    assert model is not None
    assert model.nlp.pipe_names == ["tok2vec", "tagger", "morphologizer", "parser", "ner"]


def test_model_analyses_pretokenised_sentence() -> None:
    model = load_model("de")
    assert model is not None
    (res,) = model.analyse([["Die", "Ministerin", "sagte", "nichts", "."]])
    assert len(res.upos) == 5
    assert res.upos[4] == "PUNCT"
    assert res.deps.count("ROOT") == 1


def test_model_size_within_budget() -> None:
    path = model_path("de")
    assert path is not None
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size <= 60 * 1024 * 1024
