"""examples/index_fts5.py: cleaning before indexing keeps boilerplate words out of search."""
from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"


def _load_example():
    spec = importlib.util.spec_from_file_location("index_fts5", ROOT / "examples" / "index_fts5.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


index_fts5 = _load_example()

pytestmark = pytest.mark.skipif(
    not index_fts5.has_fts5(),
    reason=f"this Python's SQLite {sqlite3.sqlite_version} was built without FTS5",
)


@pytest.fixture
def indexes(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    raw, cleaned = tmp_path / "raw.db", tmp_path / "clean.db"
    assert index_fts5.build_index(folder, raw, clean=False) == 3
    assert index_fts5.build_index(folder, cleaned, clean=True) == 3
    return raw, cleaned


def _paths(db: Path, query: str) -> set[str]:
    return {path for path, _, _ in index_fts5.search(db, query)}


@pytest.mark.parametrize("word", ["comment", "share", "advertisement"])
def test_boilerplate_words_found_before_cleaning_only(indexes, word) -> None:
    raw, cleaned = indexes
    assert _paths(raw, word), f"the raw scrapes should match {word!r}"
    assert _paths(cleaned, word) == set(), f"{word!r} still matches after cleaning"


@pytest.mark.parametrize("word, doc", [("orchard", "orchard.txt"), ("ferry", "ferry.txt"),
                                       ("choir", "choir.txt"), ("nurses", "ferry.txt")])
def test_article_words_still_found(indexes, word, doc) -> None:
    raw, cleaned = indexes
    assert doc in _paths(raw, word)
    assert doc in _paths(cleaned, word)


def test_index_keeps_metadata(indexes) -> None:
    _, cleaned = indexes
    con = sqlite3.connect(cleaned)
    try:
        row = con.execute("SELECT title, author, date FROM articles WHERE path = 'orchard.txt'").fetchone()
    finally:
        con.close()
    assert row == ("Volunteers plant a community orchard on the old depot site", "Tomas Wren", None)
