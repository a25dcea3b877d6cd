"""Standard modules that a rule needs only on a rare path, imported on first use instead of by every run.

``statistics`` (which imports ``fractions``, ``decimal`` and ``random``) and
``html`` (its table of entities) cost several milliseconds to import: more than
linting a short article. A rule module names them with :func:`module` in place
of ``import``; the module is imported when an attribute of it is first read.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


def module(name: str) -> ModuleType:
    """The module ``name``: as it is if already imported, else one that imports itself on first use."""
    import importlib.util

    found = sys.modules.get(name)
    if found is not None:
        return found
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    lazy = importlib.util.module_from_spec(spec)
    sys.modules[name] = lazy
    loader.exec_module(lazy)
    return lazy


def deferred(name: str) -> ModuleType:
    """The module ``name``, imported when an attribute of it is first read, even through ``import name``.

    Unlike :func:`module`, an ``import name`` statement elsewhere does not import
    it (the statement reads only ``__spec__``, None here): for a module that the
    standard library imports at its own import and uses only on a rare path.
    """
    found = sys.modules.get(name)
    if found is None:
        found = sys.modules[name] = _Deferred(name)
    return found


class _Deferred(ModuleType):
    """A stand-in in ``sys.modules`` that imports the module on the first read of an attribute it lacks."""

    def __getattr__(self, attribute: str):
        if attribute == "__path__" or self.__dict__.get("_deferred_loaded"):  # a module, not a package
            raise AttributeError(f"module {self.__name__!r} has no attribute {attribute!r}")
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        self.__dict__.update(real.__dict__)
        self.__dict__["_deferred_loaded"] = True
        return getattr(real, attribute)
