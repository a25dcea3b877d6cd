"""A content-hash cache of each input's diagnostics: re-checking an unchanged corpus is near-instant.

An entry's key hashes the input's bytes, how they are read (text file or JSONL)
and the linter's fingerprint: the newslint version, every file of the newslint
package and every selected rule's module and pack file, each rule's severity and options,
the language and vocabulary, and the JSONL field names. Any change to those is a
miss. Entries hold the resolved diagnostics without their path (re-attached on
read), so a renamed or copied file hits too.

Layout: ``<folder>/v1/<key[:2]>/<key>.json``, plus ``CACHEDIR.TAG`` and a
``.gitignore``. Writes go through a temporary file and a rename (atomic); an
unreadable or malformed entry is a miss, never an error. The folder is safe to
delete at any time; nothing prunes it (delete it to reclaim space).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import newslint
from newslint.engine import INTERNAL_ERROR, Diagnostic, Linter
from newslint.rule import Severity
from newslint.source import JsonlFields

CACHE_ENV = "NEWSLINT_CACHE_DIR"
DEFAULT_FOLDER = ".newslint_cache"
_FORMAT = "v1"
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

    def key(self, linter: Linter, fields: JsonlFields, is_jsonl: bool, digest: str) -> str:
        """The entry key of an input whose bytes hash to ``digest`` (hex sha256)."""
        fingerprint = self._fingerprints.get(id(linter))
        if fingerprint is None:
            fingerprint = self._fingerprints[id(linter)] = linter_fingerprint(linter, fields)
        return hashlib.sha256(f"{fingerprint}:{'jsonl' if is_jsonl else 'text'}:{digest}".encode()).hexdigest()

    def get(self, key: str, path: str) -> list[Diagnostic] | None:
        """The cached diagnostics (with ``path``), or None on a miss or a bad entry."""
        try:
            with open(self._entry(key), "rb") as handle:
                entry = json.loads(handle.read())
            if entry.get("key") != key:
                return None
            return [_decode(path, row) for row in entry["diagnostics"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def put(self, key: str, diagnostics: Sequence[Diagnostic]) -> None:
        """Store atomically (a temporary file renamed into place); give up quietly on any OSError.

        Diagnostics that include an internal error are not stored: the failure may be passing.
        """
        if any(d.code == INTERNAL_ERROR for d in diagnostics):
            return
        entry = {"key": key, "diagnostics": [_encode(d) for d in diagnostics]}
        target = self._entry(key)
        try:
            self._prepare()
            folder = os.path.dirname(target)
            os.makedirs(folder, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(entry, handle, ensure_ascii=False, separators=(",", ":"))
                os.replace(temp, target)
            except BaseException:
                _unlink(temp)
                raise
        except OSError:
            pass

    def _entry(self, key: str) -> str:
        return os.path.join(self._entries, key[:2], f"{key}.json")

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


def linter_fingerprint(linter: Linter, fields: JsonlFields) -> str:
    """A hash of everything besides the input that decides a linter's diagnostics."""
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
    parts.append([[path, _file_digest(path)] for path in sorted(files)])
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=_stable).encode()).hexdigest()


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


@lru_cache(maxsize=None)
def _file_digest(path: str) -> str:
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


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
