"""Save and load a :class:`~.online.StoryClusterer` in SQLite, so a stream can go on later.

Tomorrow's articles join today's stories without re-reading today's articles: the file holds
the document frequencies, the stories (members, term weights, dates) and the compact member
vectors; the inverted indexes are rebuilt from the member vectors on load.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from array import array
from collections import Counter
from dataclasses import asdict
from datetime import date
from pathlib import Path

from .online import StoryCluster, StoryClusterer, StoryParams

__all__ = ["load_clusterer", "save_clusterer"]

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS story_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_df (term TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS story_clusters (
    idx INTEGER PRIMARY KEY, articles TEXT NOT NULL, counts TEXT NOT NULL, first TEXT, last TEXT
);
CREATE TABLE IF NOT EXISTS story_members (
    di INTEGER PRIMARY KEY, cluster INTEGER NOT NULL, terms TEXT NOT NULL, weights BLOB NOT NULL
);
"""


def save_clusterer(clusterer: StoryClusterer, path: str | Path) -> None:
    """Write the whole state to ``path`` in one transaction (replacing an earlier state)."""
    con = sqlite3.connect(str(path))
    try:
        with con:
            con.executescript(_SCHEMA)
            for table in ("story_meta", "story_df", "story_clusters", "story_members"):
                con.execute(f"DELETE FROM {table}")
            meta = {
                "params": json.dumps(asdict(clusterer.params), sort_keys=True),
                "n_docs": str(clusterer.dfs.n_docs),
                "merged": json.dumps(sorted(clusterer._merged.items())),
            }
            con.executemany("INSERT INTO story_meta VALUES (?, ?)", sorted(meta.items()))
            con.executemany("INSERT INTO story_df VALUES (?, ?)", sorted(clusterer.dfs.df.items()))
            con.executemany(
                "INSERT INTO story_clusters VALUES (?, ?, ?, ?, ?)",
                (
                    (
                        cl.index,
                        json.dumps(cl.articles),
                        json.dumps(sorted(cl.counts.items())),
                        cl.first.isoformat() if cl.first else None,
                        cl.last.isoformat() if cl.last else None,
                    )
                    for cl in clusterer.clusters
                ),
            )
            con.executemany(
                "INSERT INTO story_members VALUES (?, ?, ?, ?)",
                (
                    (di, cl, json.dumps(terms), weights.tobytes())
                    for di, (cl, terms, weights) in enumerate(
                        zip(clusterer._doc_cluster, clusterer._doc_terms, clusterer._doc_weights, strict=True)
                    )
                ),
            )
    finally:
        con.close()
    log.debug("saved %d stories to %s", len(clusterer.clusters), path)


def load_clusterer(path: str | Path) -> StoryClusterer:
    """Read a state written by :func:`save_clusterer`."""
    if not Path(path).is_file():
        raise FileNotFoundError(f"{path}: no saved story state")
    con = sqlite3.connect(str(path))
    try:
        meta = dict(con.execute("SELECT key, value FROM story_meta"))
        clusterer = StoryClusterer(StoryParams(**json.loads(meta["params"])))
        clusterer.dfs.n_docs = int(meta["n_docs"])
        clusterer.dfs.df = Counter(dict(con.execute("SELECT term, n FROM story_df")))
        clusterer._merged = {int(k): int(v) for k, v in json.loads(meta["merged"])}
        for idx, articles, counts, first, last in con.execute("SELECT * FROM story_clusters ORDER BY idx"):
            clusterer.clusters.append(
                StoryCluster(
                    index=idx,
                    articles=json.loads(articles),
                    counts=Counter(dict(json.loads(counts))),
                    first=date.fromisoformat(first) if first else None,
                    last=date.fromisoformat(last) if last else None,
                )
            )
        p = clusterer.params
        for di, cl, terms, blob in con.execute("SELECT * FROM story_members ORDER BY di"):
            weights: array[float] = array("f")
            weights.frombytes(blob)
            keep = tuple(json.loads(terms))
            clusterer._doc_terms.append(keep)
            clusterer._doc_weights.append(weights)
            clusterer._doc_cluster.append(cl)
            for t in keep[: p.index_terms]:
                docs = clusterer._doc_postings[t]
                if len(docs) <= p.max_postings:
                    docs.append(di)
                stories = clusterer._postings[t]
                if len(stories) <= p.max_postings and cl not in stories:
                    stories.append(cl)
    finally:
        con.close()
    return clusterer
