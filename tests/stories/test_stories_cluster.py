from __future__ import annotations

from lagebild.ids import stable_id
from lagebild.model import Span
from lagebild.stories import StoryClusterer, StoryParams, cluster_stories
from lagebild.stories.online import parse_date
from lagebild.stories.terms import doc_terms

from .texts import BUDGET, FLOOD, make_doc, two_event_docs


def test_cluster_stories_separates_two_events():
    stories = cluster_stories(two_event_docs(), {})
    assert [s.articles for s in stories] == [("b1", "b2", "b3"), ("f1", "f2", "f3")]
    assert stories[0].id == stable_id("story", ["b1", "b2", "b3"])


def test_cluster_stories_labels_from_central_terms():
    stories = cluster_stories(two_event_docs(), {})
    assert stories[0].label == "Bundestag, Bürgergeld, Kürzungen"
    assert stories[1].label == "Altstadt, Donau, Feuerwehr"


def test_cluster_stories_entities_lead_the_label():
    docs = two_event_docs()
    mention_map = {}
    for d in docs:
        for name, eid in (("Lindner", "e-lindner"), ("Söder", "e-soeder")):
            at = d.text.find(name)
            if at >= 0:
                mention_map[Span(d.article.id, at, at + len(name))] = eid
    stories = cluster_stories(docs, mention_map)
    assert stories[0].label.startswith("Lindner: ")
    assert stories[1].label.startswith("Söder: ")


def test_cluster_stories_is_deterministic():
    assert cluster_stories(two_event_docs(), {}) == cluster_stories(two_event_docs(), {})


def test_clusterer_add_is_online():
    c = StoryClusterer()
    first = [c.add(f"b{i}", t) for i, t in enumerate(BUDGET)]
    assert first == [0, 0, 0]
    assert c.add("f0", FLOOD[0]) == 1
    # a later article joins an existing story without touching earlier assignments
    assert c.add("f1", FLOOD[1]) == 1
    assert [cl.articles for cl in c.clusters] == [["b0", "b1", "b2"], ["f0", "f1"]]


def test_clusterer_dates_far_apart_open_new_story():
    c = StoryClusterer(StoryParams(slack_days=1, decay_days=1.0))
    assert c.add("a", BUDGET[0], when="2024-01-05") == 0
    assert c.add("b", BUDGET[1], when="2024-03-01") == 1


def test_parse_date_needs_full_iso_date():
    assert parse_date("2022-01") is None
    assert str(parse_date("2022-01-12T10:00")) == "2022-01-12"


def test_doc_terms_weights_capitalised_words_and_entities():
    counts = doc_terms("Das Haus. Ein altes Haus am See.", entities=["e1"], lang=None)
    assert counts["haus"] == 6.0  # twice, capitalised inside a sentence: 3 each
    assert counts["ent:e1"] == 1
    assert counts["das"] == 1.0


def test_cluster_stories_empty():
    assert cluster_stories([], {}) == []
    assert cluster_stories([make_doc("x", "")], {})[0].articles == ("x",)


def test_saved_clusterer_continues_the_stream(tmp_path):
    from lagebild.stories.persist import load_clusterer, save_clusterer

    live = StoryClusterer()
    for i, t in enumerate(BUDGET[:2]):
        live.add(f"b{i}", t)
    live.add("f0", FLOOD[0])
    save_clusterer(live, tmp_path / "stories.sqlite")
    resumed = load_clusterer(tmp_path / "stories.sqlite")
    assert [cl.articles for cl in resumed.clusters] == [["b0", "b1"], ["f0"]]
    # the same next articles land in the same stories, live or resumed
    for c in (live, resumed):
        assert c.add("f1", FLOOD[1]) == 1
        assert c.add("b2", BUDGET[2]) == 0
    assert [cl.counts for cl in resumed.clusters] == [cl.counts for cl in live.clusters]
