"""Standard modules that a rule needs only on a rare path, imported on first use instead of by every run.

``statistics`` (which imports ``fractions``, ``decimal`` and ``random``) and
``html`` (its table of entities) cost several milliseconds to import: more than
linting a short article. A rule module names them with :func:`module` in place
of ``import``; the module is imported when an attribute of it is first read.
"""

from __future__ import annotations

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



# Standard modules that modules of a one-file run import (``linecache`` and ``inspect`` import ``tokenize``,
# ``pathlib`` imports ``urllib.parse``, which imports ``ipaddress``) but use only in functions the run never
# calls. (``inspect`` subclasses a class of ``ast`` as it is imported: ``ast`` cannot wait.)
DEFERRED = ("tokenize", "ipaddress")


class _Deferred(ModuleType):
    """A standard module not yet imported, in ``sys.modules`` in its place: ``import`` finds it as it is (the import
    system reads only ``__spec__``, None here), and any other attribute asked of it imports the real module, which
    then takes its place in ``sys.modules``; this one hands every later question on to it."""

    def __getattr__(self, name: str):
        real = self.__dict__.get("_real")
        if real is None:
            import importlib

            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            real = self.__dict__["_real"] = importlib.import_module(self.__name__)
        return getattr(real, name)


def defer(names=DEFERRED) -> None:
    """Import each of ``names`` (standard modules) only when an attribute of it is first read, for the rest of
    this process. The console script calls it first; a module already imported is left as it is."""
    for name in names:
        if name not in sys.modules:
            stand_in = _Deferred(name)
            stand_in.__spec__ = None
            sys.modules[name] = stand_in
