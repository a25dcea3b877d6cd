"""Regular expressions compiled once per machine, not once per process.

Parsing and compiling the rule modules' patterns with :func:`re.compile` costs
more than linting a file (about a third of a one-file run). :func:`compile`
returns the same ``re.Pattern`` that ``re.compile`` would, but keeps the
compiled program of each pattern in the user cache folder
(:mod:`newslint.usercache`), in one file per Python build; a later process
hands it straight to the regular-expression engine (``_sre.compile``, which
validates it) and skips the parse. New patterns are written at exit. On
another Python implementation, or if anything about the cache is wrong, it is
``re.compile``.
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

from newslint import hashes, usercache

try:
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler
    import sre_parse as _parser

import _sre

_SCHEMA = 1
_MAX_ENTRIES = 1_000  # beyond this, a save keeps only the patterns its process used (old versions of patterns go)

_table: dict | None = None  # (pattern, flags) → the arguments of _sre.compile after the pattern
_used: set = set()  # the keys this process asked for
_added = False


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name says what it replaces
    """``re.compile(pattern, flags)``, from the compiled program kept in the user cache when there is one."""
    flags = int(flags)
    if sys.implementation.name != "cpython" or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    table = _loaded()
    key = (pattern, flags)
    _used.add(key)
    stored = table.get(key)
    if stored is not None:
        try:
            return _sre.compile(pattern, *stored)
        except (TypeError, ValueError, RuntimeError):  # a program this engine does not accept: compile again
            pass
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints (opcodes are an int subclass)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    stored = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    compiled = _sre.compile(pattern, *stored)
    _remember(key, stored)
    return compiled


def _loaded() -> dict:
    global _table
    if _table is None:
        _table = usercache.read_table(cache_path())
    return _table


def _remember(key: tuple[str, int], stored: tuple) -> None:
    global _added
    _loaded()[key] = stored
    if not _added:
        _added = True
        import atexit

        atexit.register(save)


def save() -> None:
    """Write the table, with the patterns this process added, to the user cache (read-only home: skipped)."""
    global _added
    if not _added or _table is None:
        return
    table = _table if len(_table) <= _MAX_ENTRIES else {key: _table[key] for key in _used if key in _table}
    usercache.write_table(cache_path(), table)
    _added = False


def cache_path() -> Path:
    """The table's file: one per Python build and regular-expression engine."""
    build = f"{_SCHEMA}:{sys.version}:{_sre.MAGIC}:{_sre.CODESIZE}:{marshal.version}"
    return usercache.root() / "regex" / f"{sys.implementation.cache_tag}-{hashes.sha256(build.encode()).hexdigest()[:16]}.marshal"
