"""Clean a folder of scraped articles with boilerstrip and index them in SQLite FTS5.

    python examples/index_fts5.py articles/ articles.db            # clean, then index
    python examples/index_fts5.py articles/ raw.db --raw           # index the scrapes as they are
    python examples/index_fts5.py articles/ articles.db --search 'orchard'

Boilerplate pollutes a search index: every page that carried "Share this story" or
"Leave a comment" matches a search for "share" or "comment". Cleaning first keeps only the
articles that are about the words searched. Besides the text, the index keeps what boilerstrip
read from the removed lines: title, author and date. Only the standard library's ``sqlite3``
and boilerstrip are used.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

import boilerstrip

SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles USING fts5(
    path UNINDEXED, title, author UNINDEXED, date UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 2'
)
"""


def has_fts5() -> bool:
    """True when this Python's SQLite was built with FTS5."""
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


def build_index(folder: Path, db: Path, *, clean: bool = True, pattern: str = "*.txt") -> int:
    """Index every ``pattern`` file under ``folder`` into ``db`` (cleaned unless ``clean`` is
    False); returns the number of documents indexed."""
    con = sqlite3.connect(db)
    try:
        con.execute(SCHEMA)
        count = 0
        with con:
            for path in sorted(folder.rglob(pattern)):
                text = boilerstrip.read_text(str(path))
                title = author = date = None
                if clean:
                    result = boilerstrip.clean_and_explain(text)
                    meta = boilerstrip.to_record(result)["metadata"]
                    text, title, author, date = result.text, meta["title"], meta["author"], meta["date"]
                con.execute("INSERT INTO articles (path, title, author, date, body) VALUES (?, ?, ?, ?, ?)",
                            (str(path.relative_to(folder)), title, author, date, text))
                count += 1
        return count
    finally:
        con.close()


def search(db: Path, query: str, limit: int = 20) -> list[tuple[str, str | None, str]]:
    """(path, title, snippet) of the documents matching an FTS5 ``query``, best first."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT path, title, snippet(articles, 4, '[', ']', '…', 8) FROM articles "
            "WHERE articles MATCH ? ORDER BY rank LIMIT ?", (query, limit)).fetchall()
    finally:
        con.close()
    return [(r[0], r[1], r[2]) for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="folder of scraped articles (*.txt)")
    ap.add_argument("db", type=Path, help="SQLite database to create or add to")
    ap.add_argument("--raw", action="store_true", help="index the files as they are (no cleaning)")
    ap.add_argument("--search", metavar="QUERY", help="only search an existing index")
    args = ap.parse_args()
    if not has_fts5():
        sys.exit("this Python's SQLite has no FTS5; install a Python built with a newer SQLite")
    if args.search is None:
        n = build_index(args.folder, args.db, clean=not args.raw)
        print(f"indexed {n} document(s) from {args.folder} into {args.db}"
              f" ({'raw' if args.raw else 'cleaned'})")
        return
    for path, title, snippet in search(args.db, args.search):
        print(f"{path}\t{title or ''}\t{snippet}")


if __name__ == "__main__":
    main()
