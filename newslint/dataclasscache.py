"""Dataclass methods compiled once per machine, not once per process.

:mod:`dataclasses` writes the source of each class's generated methods
(``__init__``, ``__repr__``, ``__eq__``, …) and compiles it with ``exec``; for
the 28 dataclasses a one-file run defines that compiling is about a tenth of the
run. :func:`install` (the console script calls it before importing the CLI)
gives :mod:`dataclasses` an ``exec`` that compiles each source text as it would
(``compile(text, "<string>", "exec")``, no inherited ``__future__`` flags) but
keeps the code objects in the user cache (:mod:`newslint.usercache`), one table
per Python build; later processes run the kept code. The classes are the same.
New code is written at exit. Not on other Python implementations.

:func:`collections.namedtuple` is served the same way: it compiles each class's
``__new__`` with ``eval`` (a third of its cost; the standard library and the
rules' ``NamedTuple`` classes make about twenty in a run); so is :mod:`typing`,
which compiles every string annotation of a ``NamedTuple`` or ``TypedDict``
field (all of them, under ``from __future__ import annotations``) as a forward
reference: about sixty in a run, click's among them.
"""

from __future__ import annotations

import builtins
import marshal
import sys
from types import CodeType

from newslint import usercache

_TABLE = "dataclasses"
_MAX_ENTRIES = 1_000  # beyond this, a save keeps only the sources its process used

_codes: dict = {}  # source text → code object
_used: set = set()
_added = False


def install() -> None:
    """Make :mod:`dataclasses` compile through the cache, for the rest of this process (CPython only)."""
    if sys.implementation.name != "cpython":
        return
    import collections
    import dataclasses
    import typing

    global _codes
    kept = usercache.recall(_TABLE, _build())
    _codes = dict(kept) if isinstance(kept, dict) else {}
    dataclasses.exec = _exec  # a module global comes before the built-in of the same name
    collections.eval = _eval
    typing.compile = _compile


def _compiled_expression(source: str) -> CodeType:
    """``compile(source, "<string>", "eval")`` as a module without ``__future__`` imports gets it, from the cache."""
    key = ("eval", source)  # beside exec's sources, which are plain strings
    code = _codes.get(key)
    if not isinstance(code, CodeType):
        code = compile(source, "<string>", "eval", dont_inherit=True)
        _remember(key, code)
    _used.add(key)
    return code


def _eval(source, globals=None, locals=None):  # noqa: A002 - the signature of eval
    """``eval`` as :func:`collections.namedtuple` calls it, with the compiled code of ``source`` from the cache."""
    if not isinstance(source, str):
        return builtins.eval(source, globals, locals)
    return builtins.eval(_compiled_expression(source), globals, locals)  # what eval(source) compiles there


def _compile(source, filename, mode, *args, **kwargs):
    """``compile`` as :mod:`typing` calls it for each forward reference (a string annotation of a ``NamedTuple``
    or ``TypedDict`` field, a type variable's bound): an expression's code from the cache."""
    if args or kwargs or type(source) is not str or filename != "<string>" or mode != "eval":
        return builtins.compile(source, filename, mode, *args, **kwargs)
    return _compiled_expression(source)


def _exec(source, globals=None, locals=None) -> None:  # noqa: A002 - the signature of exec
    """``exec`` as :mod:`dataclasses` calls it, with the compiled code of ``source`` taken from the cache."""
    if not isinstance(source, str):
        builtins.exec(source, globals, locals)
        return
    code = _codes.get(source)
    if not isinstance(code, CodeType):  # not kept, or a table that is not what this module wrote
        code = compile(source, "<string>", "exec", dont_inherit=True)  # what exec(source) compiles
        _remember(source, code)
    _used.add(source)
    builtins.exec(code, globals, locals)


def _remember(source, code) -> None:
    global _added
    _codes[source] = code
    if not _added:
        _added = True
        import atexit

        atexit.register(save)


def save() -> None:
    """Write the table, with the code this process compiled, to the user cache (read-only home: skipped)."""
    global _added
    if not _added:
        return
    table = _codes if len(_codes) <= _MAX_ENTRIES else {source: _codes[source] for source in _used}
    usercache.keep(_TABLE, _build(), table, limit=4)
    _added = False


def _build() -> str:
    """The key of this Python build's table: code objects are valid only for the build that made them."""
    return f"{sys.version}:{sys.implementation.cache_tag}:{marshal.version}"
