"""The one import point of the compiled helpers (``newslint/_speedups.c``), each with its pure-Python twin.

A module that has a compiled version of one of its functions asks for it here, passing its own pure-Python
version: ``word_texts = native.pick("word_texts", _word_texts)``. The compiled one is used when the
extension was built (``pip install`` builds it through ``hatch_build.py``; a machine without a C compiler
gets a working install without it) and ``NEWSLINT_NO_NATIVE`` is not set; both give the same results
(``tests/test_native.py``). ``NEWSLINT_REQUIRE_NATIVE=1`` (CI) makes that test fail when the extension is
missing, so that CI proves it is built.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType
    from typing import Callable, TypeVar

    F = TypeVar("F", bound=Callable)


def _load() -> ModuleType | None:
    if os.environ.get("NEWSLINT_NO_NATIVE", "") not in ("", "0"):
        return None
    try:
        from newslint import _speedups
    except ImportError:
        return None
    return _speedups


speedups = _load()  # the compiled module, or None: the pure-Python versions are in use


def pick(name: str, fallback: F) -> F:
    """The compiled function ``name`` when the extension is in use, else ``fallback`` (same results)."""
    return getattr(speedups, name) if speedups is not None else fallback
