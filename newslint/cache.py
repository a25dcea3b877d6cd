"""A content-hash cache of each input's diagnostics: re-checking an unchanged corpus is near-instant.

An entry's key hashes the input's bytes, how they are read (text file or JSONL)
and the linter's fingerprint: the newslint version, every file of the newslint
package and every selected rule's module and pack file, each rule's severity and options,
the language and vocabulary, and the JSONL field names. Any change to those is a
miss. Entries hold the resolved diagnostics without their path (re-attached on
read), so a renamed or copied file hits too.

A *setup entry* lets a later run find its fingerprints without building a
single rule (see :mod:`newslint.replay`): keyed on the run's setup, it holds
the fingerprints and the size and modification time of every file they read.

Layout: ``<folder>/v1/<key[:2]>/<key>.json`` and ``<folder>/v1/setup/<key>.json``,
plus ``CACHEDIR.TAG`` and a ``.gitignore``. Writes go through a temporary file
and a rename (atomic); an unreadable or malformed entry is a miss, never an
error. The folder is safe to delete at any time; nothing prunes it (delete it
to reclaim space).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

import newslint
from newslint import usercache
from newslint.config import JsonlFields
from newslint.diagnostic import INTERNAL_ERROR, Diagnostic, Severity

if TYPE_CHECKING:
    from newslint.engine import Linter

CACHE_ENV = "NEWSLINT_CACHE_DIR"
DEFAULT_FOLDER = ".newslint_cache"
_FORMAT = "v1"
FileState = tuple[int, int]
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by newslint; safe to delete.\n"


def default_folder() -> Path:
    """``$NEWSLINT_CACHE_DIR``, else ``.newslint_cache`` in the working folder."""
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_FOLDER)


class Cache:
    """Diagnostics per input, by content key. Every failure to read or write is a silent miss."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder else default_folder()
        self._entries = os.path.join(self.folder, _FORMAT)
        self._prepared = False
        self._fingerprints: dict[int, str] = {}
        self._read: dict[str, FileState] = {}  # every file a fingerprint depends on
        self._clean: set[str] = set()  # keys of this run's inputs without findings
        self._recalled_clean: set[str] = set()  # keys known clean from a setup entry

    def fingerprint(self, linter: Linter, fields: JsonlFields) -> str:
        """The linter's fingerprint (computed once per linter)."""
        fingerprint = self._fingerprints.get(id(linter))
        if fingerprint is None:
            fingerprint, read = linter_fingerprint(linter, fields)
            self._fingerprints[id(linter)] = fingerprint
            self._read.update(read)
        return fingerprint

    def key(self, linter: Linter, fields: JsonlFields, is_jsonl: bool, digest: str) -> str:
        """The entry key of an input whose bytes hash to ``digest`` (hex sha256)."""
        return entry_key(self.fingerprint(linter, fields), is_jsonl, digest)

    def get(self, key: str, path: str) -> list[Diagnostic] | None:
        """The cached diagnostics (with ``path``), or None on a miss or a bad entry."""
        if key in self._recalled_clean:
            self._clean.add(key)
            return []
        entry = self._load(self._entry(key), key)
        if entry is None:
            return None
        try:
            diagnostics = [_decode(path, row) for row in entry["diagnostics"]]
        except (ValueError, TypeError, KeyError):
            return None
        if not diagnostics:
            self._clean.add(key)
        return diagnostics

    def put(self, key: str, diagnostics: Sequence[Diagnostic]) -> None:
        """Store atomically; diagnostics that include an internal error are not stored (it may be passing)."""
        if any(d.code == INTERNAL_ERROR for d in diagnostics):
            return
        if not diagnostics:
            self._clean.add(key)
        self._store(self._entry(key), {"key": key, "diagnostics": [_encode(d) for d in diagnostics]})

    def remember_setup(self, setup: str, fingerprints: dict[str, str], watched: Iterable[str] = ()) -> None:
        """Store the fingerprints of a run's ``setup`` with the state of every file they read and of ``watched``.

        The entry also lists the run's inputs without findings, so that the next
        run knows them clean without opening an entry each.
        """
        states = {**{path: file_state(path) for path in watched}, **self._read}
        self._store(self._setup_entry(setup), {"key": setup, "fingerprints": fingerprints,
                                               "files": sorted([path, *state] for path, state in states.items()),
                                               "clean": sorted(self._clean)})

    def recall_setup(self, setup: str) -> dict[str, str] | None:
        """The fingerprints stored for ``setup`` if no file they depend on has changed since, else None."""
        entry = self._load(self._setup_entry(setup), setup)
        try:
            if entry is None or any(file_state(path) != (size, mtime) for path, size, mtime in entry["files"]):
                return None
            fingerprints, clean = entry["fingerprints"], entry["clean"]
            if not all(isinstance(v, str) for v in (*fingerprints.values(), *clean)):
                return None
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        self._recalled_clean.update(clean)
        return fingerprints

    def _entry(self, key: str) -> str:
        return os.path.join(self._entries, key[:2], f"{key}.json")

    def _setup_entry(self, setup: str) -> str:
        return os.path.join(self._entries, "setup", f"{setup}.json")

    @staticmethod
    def _load(path: str, key: str) -> dict | None:
        """The JSON object stored at ``path`` if it is the entry for ``key``, else None."""
        try:
            with open(path, "rb") as handle:
                entry = json.loads(handle.read())
            return entry if isinstance(entry, dict) and entry.get("key") == key else None
        except (OSError, ValueError):
            return None

    def _store(self, target: str, entry: dict) -> None:
        """Write atomically (a temporary file renamed into place); give up quietly on any OSError."""
        text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        try:
            self._prepare()
            usercache.write_atomically(Path(target), lambda temporary: Path(temporary).write_text(text, "utf-8"))
        except OSError:
            pass

    def _prepare(self) -> None:
        """Create the folder with a CACHEDIR.TAG (backup tools skip it) and a .gitignore (git does)."""
        if self._prepared:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", "# made by newslint\n*\n")):
            marker = self.folder / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")
        self._prepared = True


def entry_key(fingerprint: str, is_jsonl: bool, digest: str) -> str:
    """The entry key of an input read as JSONL or text, whose bytes hash to ``digest``, under ``fingerprint``."""
    return hashlib.sha256(f"{fingerprint}:{'jsonl' if is_jsonl else 'text'}:{digest}".encode()).hexdigest()


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
    if rules:
        context = rules[0].context
        parts.append([context.language, sorted(context.accept_words), sorted(context.reject_words)])
    read = {path: _read_file(path) for path in sorted(files)}
    parts.append([[path, digest] for path, (digest, _) in read.items()])
    fingerprint = hashlib.sha256(json.dumps(parts, sort_keys=True, default=_stable).encode()).hexdigest()
    return fingerprint, {path: state for path, (_, state) in read.items()}


def _stable(value: Any) -> Any:
    """A form of a non-JSON option value that is the same in every process (sets sorted, no addresses)."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    return _ADDRESS.sub("", repr(value))


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


@lru_cache(maxsize=1)
def _package_files() -> tuple[str, ...]:
    """Every file of the newslint package (engine, model, built-in rules, packs, word lists) but bytecode."""
    root = Path(newslint.__file__).parent
    return tuple(str(p) for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts)


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
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return "unreadable"


def _encode(d: Diagnostic) -> list:
    return [d.line, d.column, d.end_line, d.end_column, d.code, d.name, int(d.severity), d.message, d.fix,
            d.field, d.source_line]


def _decode(path: str, row: list) -> Diagnostic:
    """A diagnostic from a cache row; TypeError/ValueError when the row is not well-formed."""
    line, column, end_line, end_column, code, name, severity, message, fix, field, source_line = row
    if not all(type(v) is int for v in (line, column, end_line, end_column)) \
            or not all(isinstance(v, str) for v in (code, name, message)) \
            or not (fix is None or isinstance(fix, dict)) \
            or not all(v is None or isinstance(v, str) for v in (field, source_line)):
        raise TypeError("malformed cache row")
    return Diagnostic(path, line, column, end_line, end_column, code, name, Severity(severity), message, fix,
                      field, source_line)
