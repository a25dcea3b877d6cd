"""Web n-gram counts (wordsegment's unigram and bigram lists) for splitting run-together words.

The lists hold 590,000 entries; building a dict of them costs about half a second
in every process. Instead they are written once into an SQLite index in the user
cache folder (:mod:`newslint.usercache`, keyed by wordsegment's version) and
looked up per word, which costs microseconds and no start-up time. The index is
built atomically by whichever process needs it first (a few seconds, once).
Where no index can be written (a read-only home), the lists are loaded into
memory instead: slower to start, same answers.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Iterable

from newslint import usercache

_SCHEMA = 1
_connection: tuple[int, sqlite3.Connection | dict[str, float]] | None = None  # (pid, store)


def count(key: str) -> float:
    """Web count of a lower-case word or of a two-word phrase ("new york"); 0 when unlisted."""
    store = _store()
    if isinstance(store, dict):
        return store.get(key, 0.0)
    row = store.execute("SELECT n FROM ngram WHERE key = ?", (key,)).fetchone()
    return row[0] if row else 0.0


def counts(keys: Iterable[str]) -> dict[str, float]:
    """:func:`count` of many keys at once (a few queries in all); unlisted keys are left out."""
    store = _store()
    keys = list(dict.fromkeys(keys))
    if isinstance(store, dict):
        return {key: store[key] for key in keys if key in store}
    found: dict[str, float] = {}
    for at in range(0, len(keys), _BATCH):
        batch = keys[at:at + _BATCH]
        found.update(store.execute(f"SELECT key, n FROM ngram WHERE key IN ({','.join('?' * len(batch))})", batch))
    return found


_BATCH = 500  # keys per query (SQLite allows 999 parameters by default before 3.32)


def index_path() -> Path:
    """Where the index of the installed wordsegment version lives."""
    import wordsegment

    return usercache.root() / "ngrams" / f"wordsegment-{wordsegment.__version__}-v{_SCHEMA}.sqlite3"


def _store() -> sqlite3.Connection | dict[str, float]:
    """This process's index connection (a forked worker opens its own)."""
    global _connection
    if _connection is None or _connection[0] != os.getpid():
        _connection = (os.getpid(), _open())
    return _connection[1]


def _open() -> sqlite3.Connection | dict[str, float]:
    path = index_path()
    try:
        if not path.exists():
            usercache.write_atomically(path, _build)
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except (OSError, sqlite3.Error):
        return dict(_entries())


def _build(path: str) -> None:
    db = sqlite3.connect(path)
    try:
        with db:
            db.execute("CREATE TABLE ngram (key TEXT PRIMARY KEY, n REAL NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT OR REPLACE INTO ngram VALUES (?, ?)", _entries())
    finally:
        db.close()


def _entries() -> list[tuple[str, float]]:
    """(key, count) of both lists, read from wordsegment's data files."""
    import wordsegment

    folder = Path(wordsegment.__file__).parent
    entries = []
    for name in ("unigrams", "bigrams"):
        fields = (folder / f"{name}.txt").read_text(encoding="utf-8").replace("\t", "\n").split("\n")
        entries += zip(fields[0::2], map(float, fields[1::2]))
    return entries
