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

:func:`install` (the console script calls it first) extends this to the
patterns every module builds as it is imported, the standard library's and
click's among them (``gettext``, ``json``, ``textwrap``, ``platform``: several
ms of a one-file run): ``re.compile`` called from a module's or a class's body
goes through :func:`compile`; called from a function, it is ``re.compile``.
A module names a large pattern that most runs never ask as ``deferred(...)``: loading a kept program costs
about 40 instructions a word, and a one-file run asks for a fifth of the rule modules' large patterns.
Importing newslint as a library never installs it.
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

_SCHEMA = 2
_WORD = {2: "H", 4: "I", 8: "Q"}.get(_sre.CODESIZE, "I")  # the array type of one word of a compiled program
_MAX_ENTRIES = 1_000  # beyond this, a save keeps only the patterns its process used (old versions of patterns go)
_MAX_BYTES = 1_500_000  # the same for the programs' size (every process reads the whole table): about 3× what
# newslint's own patterns take; a pattern that differs from process to process would otherwise pile up versions

_re_compile = re.compile  # the standard one, also while install() has put compile_at_import in its place
_table: dict | None = None  # (pattern, flags) or ("bytes", pattern, flags) → the arguments of _sre.compile after the pattern (see _encode)
_used: set = set()  # the keys this process asked for
_compiled: dict = {}  # key → the pattern this process made of it (as re.compile's own cache, the same object)
_PLAIN_FLAGS = int(re.IGNORECASE | re.LOCALE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE | re.ASCII)  # no DEBUG
_IN_FUNCTION = 0x1 | 0x2  # CO_OPTIMIZED | CO_NEWLOCALS: set in a function's code, not in a module's or a class's body
_added = False


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name says what it replaces
    """``re.compile(pattern, flags)``, from the compiled program kept in the user cache when there is one.

    Anything unusual (another implementation, a subclass of ``str``, ``re.DEBUG``, a pattern that does not
    compile, a cache that cannot be read, an engine that refuses a kept program) is ``re.compile``'s: the
    same pattern, or the same error.
    """
    if sys.implementation.name != "cpython" or type(pattern) not in (str, bytes) \
            or type(flags) not in (int, re.RegexFlag):
        return _re_compile(pattern, flags)
    flags = int(flags)
    if flags & ~_PLAIN_FLAGS:
        return _re_compile(pattern, flags)
    key = (pattern, flags) if type(pattern) is str else ("bytes", pattern, flags)  # never a bytes == str test
    compiled = _compiled.get(key)
    if compiled is None:
        try:
            compiled = _compiled[key] = _from_table(key, pattern, flags)
        except Exception:  # noqa: BLE001 - whatever went wrong, re.compile answers (or raises its own error)
            return _re_compile(pattern, flags)
    return compiled


class Deferred:
    """A pattern compiled (by :func:`compile`) when it is first used: a module can name large patterns that most
    runs never ask, as ``regexcache.deferred(...)``, without loading their programs as it is imported.

    The first read of an attribute of the pattern (``match``, ``search``, ``flags``…) compiles it and keeps every
    one on the object, where later reads find them as any object's own (no ``__getattr__``, which would keep
    Python from specialising each read); ``pattern`` is known without compiling (a module builds other patterns of
    it). It is not the compiled pattern: a test of identity with a match's ``re`` fails.
    """

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._arguments = (pattern, flags)
        self.pattern = pattern


class _CompiledOnRead:
    """An attribute of :class:`Deferred`'s pattern: read first, it compiles the pattern and keeps all of them on
    the object (a non-data descriptor: the object's own attributes come first from then on)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, deferred: Deferred | None, owner=None):
        if deferred is None:
            return self
        compiled = compile(*deferred._arguments)
        deferred.__dict__.update((name, getattr(compiled, name)) for name in _PATTERN_ATTRIBUTES)
        return deferred.__dict__[self.name]


_PATTERN_ATTRIBUTES = ("pattern", "flags", "groups", "groupindex", "match", "fullmatch", "search", "sub", "subn",
                       "split", "findall", "finditer", "scanner")
for _name in _PATTERN_ATTRIBUTES[1:]:
    setattr(Deferred, _name, _CompiledOnRead(_name))


def deferred(pattern: str | bytes, flags: int = 0) -> Deferred:
    """``compile(pattern, flags)`` on first use (see :class:`Deferred`)."""
    return Deferred(pattern, flags)


def _from_table(key: tuple, pattern: str | bytes, flags: int) -> re.Pattern:
    table = _loaded()
    _used.add(key)
    kept = table.get(key)
    if kept is not None:
        try:
            return _sre.compile(pattern, *_decode(kept))
        except (TypeError, ValueError, EOFError, RuntimeError):  # a program this engine does not accept: compile again
            pass
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    stored = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    compiled = _sre.compile(pattern, *stored)
    _remember(key, _encode(stored))
    return compiled


def _encode(stored: tuple) -> bytes:
    """One table value: the arguments of ``_sre.compile``, the program as machine words (unmarshalled only when
    the pattern is asked for, in one step: a table holds the large programs of many patterns)."""
    from array import array  # only when a pattern is new

    flags, code, groups, groupindex, indexgroup = stored
    return marshal.dumps((flags, array(_WORD, code).tobytes(), groups, groupindex, indexgroup))


def _decode(kept: bytes) -> tuple:
    flags, code, groups, groupindex, indexgroup = marshal.loads(kept)
    return flags, memoryview(code).cast(_WORD).tolist(), groups, groupindex, indexgroup


def install() -> None:
    """Make ``re.compile`` keep the programs of import-time patterns, for the rest of this process (CPython only).

    Only the console script calls it (``newslint.__main__``): importing newslint as a library leaves
    ``re.compile`` as it is. Installed, it gives the same patterns (or raises the same errors) as ``re.compile``.
    """
    if sys.implementation.name == "cpython" and hasattr(sys, "_getframe"):
        re.compile = compile_at_import


def compile_at_import(pattern, flags=0) -> re.Pattern:
    """``re.compile`` as :func:`install` leaves it: :func:`compile` for a module's or a class's body (code that
    runs once, as a module is imported), else ``re.compile`` (whose own cache serves a function's calls)."""
    try:
        in_function = sys._getframe(1).f_code.co_flags & _IN_FUNCTION
    except ValueError:  # called with no Python frame above (from C code in a new thread)
        in_function = True
    if in_function:
        return _re_compile(pattern, flags)
    return compile(pattern, flags)


def _loaded() -> dict:
    global _table
    if _table is None:
        _table = usercache.read_table(cache_path())
        if _oversized(_table):  # written before the limits held: this process writes what it used
            _save_at_exit()
    return _table


def _oversized(table: dict) -> bool:
    return len(table) > _MAX_ENTRIES or sum(map(len, table.values())) > _MAX_BYTES


def _remember(key: tuple, stored: tuple) -> None:
    _loaded()[key] = stored
    _save_at_exit()


def _save_at_exit() -> None:
    global _added
    if not _added:
        _added = True
        import atexit

        atexit.register(save)


def save() -> None:
    """Write the table, with the patterns this process added, to the user cache (read-only home: skipped); a
    table over the limits keeps only what this process used."""
    global _added
    if not _added or _table is None:
        return
    table = {key: _table[key] for key in _used if key in _table} if _oversized(_table) else _table
    usercache.write_table(cache_path(), table)
    _added = False


def cache_path() -> Path:
    """The table's file: one per Python build and regular-expression engine."""
    build = f"{_SCHEMA}:{sys.version}:{_sre.MAGIC}:{_sre.CODESIZE}:{marshal.version}"
    return usercache.root() / "regex" / f"{sys.implementation.cache_tag}-{hashes.sha256(build.encode()).hexdigest()[:16]}.marshal"
