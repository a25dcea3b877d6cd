"""A large word → number table looked up on disk: nothing loaded up front, microseconds a look-up.

Loading a table of hundreds of thousands of entries into a dict costs tens of
milliseconds in every process: more than a run over one small article spends
linting it. :class:`IndexedTable` answers ``get``/``in``/``[]`` from an SQLite
index in the user cache folder (:mod:`newslint.usercache`), built once, atomically,
by whichever process needs it first; what needs the whole table (``items()``,
iteration, ``len``) gets the dict itself, loaded then. Where no index can be
written (a read-only home), the dict is loaded instead: slower to start, same answers.
"""

from __future__ import annotations

import bisect
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Callable, Iterator

from newslint import usercache

_MISSING = object()
_BATCH = 500  # keys per query (SQLite allows 999 parameters by default before 3.32)
_MAP_BYTES = 1 << 28  # memory-map up to this much of an index (a larger one reads the rest as usual)


class IndexedTable(Mapping):
    """The table ``load()`` returns, looked up in the index at ``path`` (built from ``load()`` when missing)."""

    def __init__(self, path: Path, load: Callable[[], dict[str, Any]]) -> None:
        self.path, self._load = path, load
        self._store: tuple[int, sqlite3.Connection | None] | None = None  # (pid, connection): one per process
        self._whole: dict[str, Any] | None = None
        self._sorted: list[str] | None = None  # the keys in order, where no index answers count_between

    def get(self, key: str, default: Any = None) -> Any:
        connection = self._connection()
        if connection is None:
            return self.whole().get(key, default)
        row = connection.execute("SELECT n FROM entry WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        """The entries of those of ``keys`` that are in the table (a query per 500 keys)."""
        connection = self._connection()
        if connection is None:
            whole = self.whole()
            return {key: whole[key] for key in keys if key in whole}
        found: dict[str, Any] = {}
        keys = sorted(keys)  # a batch of neighbouring keys reads neighbouring pages: twice as fast as random ones
        for at in range(0, len(keys), _BATCH):
            batch = keys[at:at + _BATCH]
            found.update(connection.execute(f"SELECT key, n FROM entry WHERE key IN ({','.join('?' * len(batch))})", batch))
        return found

    def count_between(self, low: str, high: str) -> int:
        """How many keys ``k`` of the table have ``low <= k < high`` (an index range: no key is read)."""
        connection = self._connection()
        if connection is None:
            keys = self._sorted_keys()
            return bisect.bisect_left(keys, high) - bisect.bisect_left(keys, low)
        return connection.execute("SELECT COUNT(*) FROM entry WHERE key >= ? AND key < ?", (low, high)).fetchone()[0]

    def _sorted_keys(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.whole())
        return self._sorted

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, _MISSING) is not _MISSING

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())

    def items(self):
        return self.whole().items()

    def whole(self) -> dict[str, Any]:
        """The whole table as a dict (loaded on first use)."""
        if self._whole is None:
            self._whole = self._load()
        return self._whole

    def _connection(self) -> sqlite3.Connection | None:
        if self._store is None or self._store[0] != os.getpid():  # a forked process opens its own
            self._store = (os.getpid(), self._open())
        return self._store[1]

    def _open(self) -> sqlite3.Connection | None:
        try:
            if not self.path.exists():
                usercache.write_atomically(self.path, self._build)
            connection = sqlite3.connect(read_only_uri(self.path), uri=True, check_same_thread=False)
            connection.execute(f"PRAGMA mmap_size = {_MAP_BYTES}")  # pages read from the OS's cache without a copy
            return connection
        except (OSError, sqlite3.Error):
            return None

    def _build(self, path: str) -> None:
        database = sqlite3.connect(path)
        try:
            with database:
                database.execute("CREATE TABLE entry (key TEXT PRIMARY KEY, n NOT NULL) WITHOUT ROWID")
                database.executemany("INSERT OR REPLACE INTO entry VALUES (?, ?)", self.whole().items())
        finally:
            database.close()


def read_only_uri(path: Path) -> str:
    """The URI by which SQLite opens the file ``path`` read-only: ``Path.as_uri`` (which imports ``urllib.parse``, a
    millisecond of a one-file run) escapes more than SQLite needs; SQLite reads ``%`` as an escape, ``?`` and ``#``
    as the ends of the path."""
    text = path.absolute().as_posix()
    for character, escape in (("%", "%25"), ("?", "%3F"), ("#", "%23")):
        text = text.replace(character, escape)
    return f"file://{'' if text.startswith('/') else '/'}{text}?mode=ro"
