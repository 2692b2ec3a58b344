from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from lagebild.reuse import MemoryStorage, ReuseIndex, SegmentStorage, SQLiteStorage
from lagebild.reuse.lsh import WindowLSH, optimal_bands
from lagebild.reuse.minhash import WindowHasher
from lagebild.reuse.words import word_hashes, words_of

from .texts import UNRELATED, WIRE_A, WIRE_B


def _storage(backend: str, tmp_path: Path, cap: int):
    if backend == "memory":
        return MemoryStorage(max_postings=cap)
    if backend == "segments":
        return SegmentStorage(max_postings=cap, flush_size=2, max_segments=2)
    return SQLiteStorage(tmp_path / "p.sqlite", cap)


@pytest.mark.parametrize("backend", ["memory", "segments", "sqlite"])
def test_storage_caps_boilerplate_keys(backend: str, tmp_path: Path):
    store = _storage(backend, tmp_path, 2)
    store.add_many([(10, 1), (11, 1)])
    store.add_many([(10, 2), (12, 1), (12, 2)])
    store.add_many([(12, 3)])
    assert store.get_many([10, 11, 12, 13, 10]) == {10: [1, 2], 11: [1]}
    store.put_text(0, "art-0", "Text")
    assert store.get_text(0) == ("art-0", "Text")
    store.close()


def test_sqlite_storage_persists(tmp_path: Path):
    path = tmp_path / "p.sqlite"
    first = SQLiteStorage(path)
    first.add_many([(-5, 7)])
    first.close()
    again = SQLiteStorage(path)
    assert again.get_many([-5]) == {-5: [7]}
    again.close()


def test_optimal_bands_in_user_terms():
    assert optimal_bands(0.5, 32) == (8, 4)
    assert optimal_bands(0.4, 32) == (10, 3)
    with pytest.raises(ValueError):
        optimal_bands(1.5, 32)


def test_window_hasher_windows_cover_text():
    hasher = WindowHasher(num_perm=8, shingle=3, window=6, stride=3, seed=1)
    hashes = word_hashes(tuple(f"w{i}" for i in range(20)))  # 18 shingles
    dense = hasher.windows(hashes, every=1)
    assert dense.word_starts.tolist() == [0, 3, 6, 9, 12]
    assert dense.word_ends.tolist() == [8, 11, 14, 17, 20]
    sparse = hasher.windows(hashes, every=2)
    assert sparse.word_starts.tolist() == [0, 6, 12]
    assert dense.signatures.shape == (5, 8)
    assert np.array_equal(sparse.signatures[1], dense.signatures[2])


def test_window_hasher_rejects_bad_parameters():
    with pytest.raises(ValueError):
        WindowHasher(window=25, stride=10)


def test_lsh_same_window_collides():
    hasher = WindowHasher(num_perm=32, seed=3)
    lsh = WindowLSH(0.5, 32)
    sig = hasher.windows(word_hashes(words_of(WIRE_A).norm)).signatures
    lsh.insert(4, lsh.keys(sig))
    assert lsh.query(lsh.keys(sig[:1])) == [{4}]


def test_reuse_index_streams_documents():
    index = ReuseIndex()
    assert index.add("a", WIRE_A) == (0, [])
    assert index.add("c", UNRELATED) == (1, [])
    idx, matches = index.add("b", WIRE_B)
    assert idx == 2
    assert [m.earlier for m in matches] == [0]
    (al,) = matches[0].alignments
    assert (al.a_start, al.a_end, al.b_start, al.b_end) == (12, 54, 9, 54)
    assert len(index) == 3
    index.close()


def test_reuse_index_on_disk_resumes(tmp_path: Path):
    path = tmp_path / "reuse.sqlite"
    first = ReuseIndex(storage=SQLiteStorage(path))
    first.add("a", WIRE_A)
    first.close()
    again = ReuseIndex(storage=SQLiteStorage(path))
    assert len(again) == 1
    idx, matches = again.add("b", WIRE_B)
    assert (idx, [m.earlier for m in matches]) == (1, [0])
    assert again.key(0) == "a"
    again.close()


@pytest.mark.parametrize("backend", ["memory", "segments", "sqlite"])
def test_storage_backends_agree_on_many_postings(backend: str, tmp_path: Path):
    store = _storage(backend, tmp_path, 3)
    for value in range(40):
        store.add_many([(value % 7, value), (-(value % 5), value)])
    assert store.get_many(list(range(-6, 8))) == {}
    (tmp_path / "small").mkdir()
    small = _storage(backend, tmp_path / "small", 100)
    for value in range(10):
        small.add_many([(value % 3, value)])
    assert small.get_many([0, 1, 2]) == {0: [0, 3, 6, 9], 1: [1, 4, 7], 2: [2, 5, 8]}
