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

