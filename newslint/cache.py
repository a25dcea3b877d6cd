"""A content-hash cache of each input's diagnostics: re-checking an unchanged corpus is near-instant.

An entry's key hashes the input's bytes (a text file's, or a chunk of records'
of a JSONL or Parquet file: editing one record re-lints one chunk), how they are read
and the linter's fingerprint: the newslint version, every file of the newslint
package and every selected rule's module and pack file, each rule's severity and options,
the language and vocabulary, and the JSONL field names. Any change to those is a
miss. Entries hold the resolved diagnostics without their path (re-attached on
read), so a renamed or copied file hits too.

A *setup entry* lets a later run find its fingerprints without building a
single rule (see :mod:`newslint.replay`): keyed on the run's setup, it holds
the fingerprints and the size and modification time of every file they read.

A record file's own key leads to its *manifest*, the keys of its chunks'
entries, so that a replay finds them without reading the file again.

Layout: ``<folder>/v2/cache.sqlite3`` (tables ``entry``, ``setup``, ``digest`` and ``manifest``, JSON
values), plus ``CACHEDIR.TAG`` and a ``.gitignore``. One database rather than a
file per input: creating thousands of small files cost a first run more than
the linting. New entries are written in batches, each in one short
transaction, so that runs sharing the folder wait on each other only briefly.
A database that cannot be opened, read or written, or a malformed entry, is a
miss, never an error; except that a replay, which checks only that its entries
are there and reads them while it writes the report, stops with a one-line error
on an entry damaged (or removed) meanwhile, and removes it, so that the next run lints. A database that another process keeps locked for more
than a second is given up for the rest of the run (``given_up`` says why). The folder is safe to delete at any time; nothing prunes
it (delete it to reclaim space).
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

import newslint
from newslint import hashes, regexcache
from newslint.config import JsonlFields
from newslint.diagnostic import INTERNAL_ERROR, Diagnostic, from_row, to_row

if TYPE_CHECKING:
    from newslint.engine import Linter

CACHE_ENV = "NEWSLINT_CACHE_DIR"
DEFAULT_FOLDER = ".newslint_cache"
DATABASE = os.path.join("v2", "cache.sqlite3")
FileState = tuple[int, int]
_BATCH = 512  # entries written per transaction
_BATCH_BYTES = 4 << 20  # or fewer, once their values reach this size (a chunk's entry can hold thousands of findings)
_READ_BATCH = 16  # entries read back per query by a replay (each may be a chunk of 128 records)
_WAIT_SECONDS = 1  # for another run's write to end; then the run gives up on the cache and lints without it
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by newslint; safe to delete.\n"
_TABLES = ("entry", "setup", "digest", "manifest")  # each (key TEXT PRIMARY KEY, value TEXT)


def default_folder() -> Path:
    """``$NEWSLINT_CACHE_DIR``, else ``.newslint_cache`` in the working folder."""
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_FOLDER)


class Cache:
    """Diagnostics per input, by content key. Every failure to read or write is a silent miss."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder else default_folder()
        self._database: tuple[int, sqlite3.Connection | None] | None = None  # (pid, connection): one per process
        self._unwritten: dict[str, list[tuple[str, str]]] = {table: [] for table in _TABLES}
        self._unwritten_bytes = 0
        # by id, with the linter kept alive beside its fingerprint: a freed linter's id may be reused
        self._fingerprints: dict[int, tuple[Linter, str]] = {}
        self._read: dict[str, FileState] = {}  # every file a fingerprint depends on
        # the setup entry recalled in this run, its files unchanged: fingerprints by ignores name, file states
        self._recalled: tuple[dict[str, str], dict[str, FileState]] = ({}, {})
        self._recalled_entry: tuple[str, str] | None = None  # (setup, stored value) of that entry
        self.given_up = ""  # why the run stopped using the cache (a lock held by another process), if it did

    def fingerprint(self, linter: Linter, fields: JsonlFields, name: str | None = None) -> str:
        """The linter's fingerprint (computed once per linter).

        ``name``: the linter's per-file ignores as a setup entry names them (``replay.ignores_name``). The setup
        entry recalled in this run, whose files have not changed, gives the fingerprint without hashing every
        file again (a run that lints one new file after a cached run).
        """
        known = self._fingerprints.get(id(linter))
        if known is not None and known[0] is linter:
            return known[1]
        recalled, files = self._recalled
        if name in recalled:
            fingerprint, read = recalled[name], files
        else:
            fingerprint, read = linter_fingerprint(linter, fields)
        self._fingerprints[id(linter)] = (linter, fingerprint)
        self._read.update(read)
        return fingerprint

    def key(self, linter: Linter, fields: JsonlFields, is_jsonl: bool, digest: str, name: str | None = None) -> str:
        """The entry key of an input whose bytes hash to ``digest`` (hex sha256); ``name`` as for :meth:`fingerprint`."""
        return entry_key(self.fingerprint(linter, fields, name), is_jsonl, digest)

    def chunk_key(self, linter: Linter, fields: JsonlFields, digest: str, name: str | None = None) -> str:
        """The entry key of a chunk of records (see ``runner.chunk_digest``) of a JSONL or Parquet input."""
        return entry_key(self.fingerprint(linter, fields, name), "chunk", digest)

    def put_manifest(self, key: str, chunk_keys: Sequence[str]) -> None:
        """Store the entry keys of a record file's chunks under the file's own key (what a replay reads)."""
        self._queue("manifest", key, _json(list(chunk_keys)))

    def manifests(self, keys: Sequence[str]) -> dict[str, list[str]]:
        """The chunk keys stored for those record-file ``keys`` that have them."""
        found = {}
        for key, value in self._select("manifest", keys).items():
            try:
                chunks = json.loads(value)
            except ValueError:
                continue
            if isinstance(chunks, list) and all(isinstance(k, str) for k in chunks):
                found[key] = chunks
        return found

    def get(self, key: str, path: str) -> list[Diagnostic] | None:
        """The cached diagnostics (with ``path``), or None on a miss or a bad entry."""
        found = self.get_all([(key, path)])
        return found[0] if found else None

    def get_all(self, wanted: Sequence[tuple[str, str]]) -> list[list[Diagnostic]] | None:
        """The cached diagnostics of every (key, path), in order; None if any misses or is malformed."""
        values = self._select("entry", [key for key, _ in wanted])
        try:
            return [[from_row(path, row) for row in json.loads(values[key])] for key, path in wanted]
        except (KeyError, ValueError, TypeError):
            return None

    def has_all(self, keys: Sequence[str]) -> bool:
        """Whether every key has an entry (without reading any: :meth:`entries` reads them)."""
        return len(self._select("entry", keys, "key, 1")) == len(set(keys))

    def entries(self, wanted: Sequence[tuple[str, str]]) -> Iterator[list[Diagnostic]]:
        """The cached diagnostics of each (key, path), in order, read a batch of entries at a time.

        :class:`CacheChanged` if one is gone or malformed (the malformed one is removed, so the next run lints it).
        """
        for start in range(0, len(wanted), _READ_BATCH):
            batch = wanted[start:start + _READ_BATCH]
            values = self._select("entry", [key for key, _ in batch])
            for key, path in batch:
                try:
                    yield [from_row(path, row) for row in json.loads(values[key])]
                except (KeyError, ValueError, TypeError):
                    self._forget("entry", key)
                    raise CacheChanged(f"the cache ({self.folder}) changed during the run or holds a damaged "
                                       "entry; run again") from None

    def put(self, key: str, diagnostics: Sequence[Diagnostic]) -> None:
        """Store (in the next batch); diagnostics that include an internal error are not stored (it may pass)."""
        if not any(d.code == INTERNAL_ERROR for d in diagnostics):
            self._queue("entry", key, _json([to_row(d) for d in diagnostics]))

    def digests(self, states: dict[str, str]) -> dict[str, str]:
        """The content digests remembered for files (absolute path: settled state) that are still in that state."""
        known = {}
        for path, value in self._select("digest", list(states)).items():
            state, _, digest = value.partition(" ")
            if state == states[path] and digest:
                known[path] = digest
        return known

    def remember_digest(self, path: str, state: str, digest: str) -> None:
        """Remember the content digest of the file at ``path`` (absolute) in a settled ``state``."""
        self._queue("digest", path, f"{state} {digest}")

    def flush(self) -> None:
        """Write what was stored so far, in one transaction."""
        database = self._connect(create=True) if any(self._unwritten.values()) else None
        batches, self._unwritten = self._unwritten, {table: [] for table in _TABLES}
        self._unwritten_bytes = 0
        if database is None:
            return
        try:
            with database:
                for table, rows in batches.items():
                    database.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", rows)
        except sqlite3.Error as exc:
            self._fail(exc)

    def remember_setup(self, setup: str, fingerprints: dict[str, str], watched: Iterable[str] = ()) -> None:
        """Store the fingerprints of a run's ``setup`` with the state of every file they read and of ``watched``."""
        states = {**{path: file_state(path) for path in watched}, **self._read}
        entry = {"fingerprints": fingerprints, "files": sorted([path, *state] for path, state in states.items())}
        value = _json(entry)
        if (setup, value) != self._recalled_entry:  # the entry this run recalled, as it is: not written again
            self._queue("setup", setup, value)
        self.flush()

    def recall_setup(self, setup: str) -> dict[str, str] | None:
        """The fingerprints stored for ``setup`` if no file they depend on has changed since, else None."""
        try:
            value = self._select("setup", [setup])[setup]
            entry = json.loads(value)
            if any(file_state(path) != (size, mtime) for path, size, mtime in entry["files"]):
                return None
            fingerprints = entry["fingerprints"]
            if not all(isinstance(v, str) for v in fingerprints.values()):
                return None
            self._recalled = (fingerprints, {path: (size, mtime) for path, size, mtime in entry["files"]})
            self._recalled_entry = (setup, value)
            return fingerprints
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def _queue(self, table: str, key: str, value: str) -> None:
        self._unwritten[table].append((key, value))
        self._unwritten_bytes += len(value)
        if len(self._unwritten[table]) >= _BATCH or self._unwritten_bytes >= _BATCH_BYTES:
            self.flush()

    def _select(self, table: str, keys: Sequence[str], columns: str = "key, value") -> dict[str, str]:
        """The stored values of those ``keys`` that are in ``table`` (none if the database cannot be read);
        ``columns`` "key, 1" asks only which keys are there."""
        database = self._connect(create=False)
        found: dict[str, str] = {}
        if database is None:
            return found
        try:
            for start in range(0, len(keys), _BATCH):
                chunk = keys[start:start + _BATCH]
                marks = ",".join("?" * len(chunk))
                found.update(database.execute(f"SELECT {columns} FROM {table} WHERE key IN ({marks})", chunk))
        except sqlite3.Error as exc:
            self._fail(exc)
            return {}
        return found

    def _forget(self, table: str, key: str) -> None:
        database = self._connect(create=False)
        if database is None:
            return
        try:
            with database:
                database.execute(f"DELETE FROM {table} WHERE key = ?", (key,))
        except sqlite3.Error as exc:
            self._fail(exc)

    def _fail(self, exc: sqlite3.Error) -> None:
        """After a lock held too long, use the database no more in this run (each wait would cost a second)."""
        if "locked" in str(exc) or "busy" in str(exc):
            self.given_up = f"the cache ({self.folder}) is locked by another process"
            self._database = (os.getpid(), None)

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        """This process's connection (a forked worker opens its own); None if there is no usable database."""
        if self._database is not None and self._database[0] == os.getpid() and \
                (self._database[1] or not create or self.given_up):
            return self._database[1]
        path = self.folder / DATABASE
        connection = None
        try:
            if create:
                self._prepare_folder()
            if create or path.exists():
                connection = _open(path, repair=create)
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, sqlite3.Error):
                self._fail(exc)
            connection = None
        self._database = (os.getpid(), connection)
        return connection

    def _prepare_folder(self) -> None:
        """Create the folder with a CACHEDIR.TAG (backup tools skip it) and a .gitignore (git does)."""
        (self.folder / DATABASE).parent.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", "# made by newslint\n*\n")):
            marker = self.folder / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")


def _open(path: Path, repair: bool) -> sqlite3.Connection:
    """Connect and create the tables; with ``repair``, a file that is not an SQLite database is replaced."""
    connection = sqlite3.connect(path, timeout=_WAIT_SECONDS, check_same_thread=False)
    try:
        with connection:
            for table in _TABLES:
                connection.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value TEXT NOT NULL) "
                                   "WITHOUT ROWID")
    except sqlite3.DatabaseError as exc:
        connection.close()
        if not repair or isinstance(exc, sqlite3.OperationalError):  # OperationalError: locked, read-only…
            raise
        path.unlink()
        return _open(path, repair=False)
    return connection


class CacheChanged(Exception):
    """An entry that a replay counted on is gone or damaged (the message says so in one line)."""


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def entry_key(fingerprint: str, kind: bool | str, digest: str) -> str:
    """The entry key of an input read as JSONL (``kind`` True) or text (False), or of a ``"chunk"`` of records,
    whose bytes hash to ``digest``, under ``fingerprint``."""
    kind = kind if isinstance(kind, str) else "jsonl" if kind else "text"
    return hashes.sha256(f"{fingerprint}:{kind}:{digest}".encode()).hexdigest()


def linter_fingerprint(linter: Linter, fields: JsonlFields) -> tuple[str, dict[str, FileState]]:
    """A hash of everything besides the input that decides a linter's diagnostics, and the files it read."""
    rules = sorted([*linter.rules, *linter.input_rules.values()], key=lambda r: r.code)
    files = set(_package_files())
    parts: list[Any] = [newslint.__version__, sys.version_info[:2], list(vars(fields).items())]
    for rule in rules:
        parts.append([rule.code, rule.name, int(rule.effective_severity), rule.config])
        module = sys.modules.get(type(rule).__module__)
        for candidate in (getattr(module, "__file__", None), getattr(rule, "origin", None)):
            if candidate and os.path.isfile(candidate):
                files.add(os.path.abspath(candidate))
    parts.append(sorted((code, allowlist.entries) for code, allowlist in linter.allowlists.items()))
    if rules:
        context = rules[0].context
        parts.append([context.language, sorted(context.accept_words), sorted(context.reject_words)])
    read = {path: _read_file(path) for path in sorted(files)}
    parts.append([[path, digest] for path, (digest, _) in read.items()])
    fingerprint = hashes.sha256(json.dumps(parts, sort_keys=True, default=_stable).encode()).hexdigest()
    return fingerprint, {path: state for path, (_, state) in read.items()}


def _stable(value: Any) -> Any:
    """A form of a non-JSON option value that is the same in every process (sets sorted, no addresses)."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    return _ADDRESS.sub("", repr(value))


_ADDRESS = regexcache.compile(r" at 0x[0-9a-fA-F]+")


@lru_cache(maxsize=1)
def _package_files() -> tuple[str, ...]:
    """Every file of the newslint package (engine, model, built-in rules, packs, word lists) but bytecode."""
    root = os.path.dirname(newslint.__file__)
    return tuple(sorted(path for folder, subfolders, names in os.walk(root) if "__pycache__" not in Path(folder).parts
                        for path in (os.path.join(folder, name) for name in names) if os.path.isfile(path)))


def file_state(path: str) -> FileState:
    """A file's (or folder's) size and modification time in nanoseconds; (-1, -1) if it is missing."""
    try:
        status = os.stat(path)
    except OSError:
        return (-1, -1)
    return (status.st_size, status.st_mtime_ns)


def _read_file(path: str) -> tuple[str, FileState]:
    """A file's hex sha256, and its state taken before reading (so that a change while reading shows next time)."""
    state = file_state(path)
    return _digest(path, state), state


@lru_cache(maxsize=None)
def _digest(path: str, state: FileState) -> str:
    """The hex sha256 of a file in a given state (read once per process while the state holds)."""
    try:
        with open(path, "rb") as handle:
            return hashes.sha256(handle.read()).hexdigest()
    except OSError:
        return "unreadable"


