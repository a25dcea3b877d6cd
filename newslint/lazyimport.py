"""Standard modules that a rule needs only on a rare path, imported on first use instead of by every run.

``statistics`` (which imports ``fractions``, ``decimal`` and ``random``) and
``html`` (its table of entities) cost several milliseconds to import: more than
linting a short article. A rule module names them with :func:`module` in place
of ``import``; the module is imported when an attribute of it is first read.
"""

from __future__ import annotations

import os
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



# Modules that modules of a run import but use only in functions the run never calls: ``dataclasses`` imports
# ``inspect`` (7 ms with ``ast`` and ``dis``) and ``copy``; ``click`` imports ``inspect``; ``pathlib`` imports
# ``fnmatch``, ``ntpath`` and ``urllib.parse`` (which imports ``ipaddress``); ``linecache`` imports ``tokenize``.
# (NL401 defers ``wcwidth`` itself, which ftfy imports for its display functions: 11 ms at the first mojibake.)
DEFERRED = ("tokenize", "ipaddress", "inspect", "copy", "ntpath", "fnmatch", "urllib.parse")


def _cleandoc(doc):
    """``inspect.cleandoc(doc)``, without importing :mod:`inspect` for a one-line text with no tab (click cleans
    every option's help with it as the CLI is defined): for such a text, that is the text without its leading
    whitespace."""
    if type(doc) is str and "\n" not in doc and "\t" not in doc:
        return doc.lstrip()
    return _real("inspect").cleandoc(doc)


def _quote_from_bytes(*args, **kwargs):
    """``urllib.parse.quote_from_bytes``, which ``pathlib`` imports by name (``Path.as_uri``)."""
    return _real("urllib.parse").quote_from_bytes(*args, **kwargs)


def _wcwidth(*args, **kwargs):
    """``wcwidth.wcwidth``, which ftfy imports by name."""
    return _real("wcwidth").wcwidth(*args, **kwargs)


def _wcswidth(*args, **kwargs):
    """``wcwidth.wcswidth``, which ftfy imports by name."""
    return _real("wcwidth").wcswidth(*args, **kwargs)


# What a deferred module's stand-in answers itself: names other modules import from it (``from M import name``
# reads the name as the importing module runs), and calls a run makes that need no import to answer.
ANSWERED = {"inspect": {"cleandoc": _cleandoc}, "urllib.parse": {"quote_from_bytes": _quote_from_bytes},
            "wcwidth": {"wcwidth": _wcwidth, "wcswidth": _wcswidth}}


class _Deferred(ModuleType):
    """A standard module not yet imported, in ``sys.modules`` in its place: ``import`` finds it as it is (the import
    system reads only ``__spec__``, None here), and any other attribute asked of it imports the real module, which
    then takes its place in ``sys.modules``; this one hands every later question on to it (but for the functions
    of :data:`ANSWERED`, which give the real module's answers)."""

    def __getattr__(self, name: str):
        if name == "__path__":  # `from M import name` asks whether M is a package: none of these is
            raise AttributeError(name)
        return getattr(self.__load(), name)

    def __load(self) -> ModuleType:
        real = self.__dict__.get("_real")
        if real is None:
            import importlib

            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            real = self.__dict__["_real"] = importlib.import_module(self.__name__)
        return real


def _real(name: str) -> ModuleType:
    """The standard module ``name`` itself, imported now if only its stand-in was."""
    found = sys.modules.get(name)
    if isinstance(found, _Deferred):
        return found._Deferred__load()
    if found is None:
        import importlib

        found = importlib.import_module(name)
    return found


def defer(names=DEFERRED) -> None:
    """Import each of ``names`` only when an attribute of it is first read, for the rest of this process. The
    console script calls it first (NL401 for ``wcwidth``); a module already imported, or one outside the standard
    library that is not installed (``import`` must still fail), is left as it is."""
    for name in names:
        if name not in sys.modules and (name.partition(".")[0] in sys.stdlib_module_names or _installed(name)):
            stand_in = _Deferred(name)
            stand_in.__spec__ = None
            stand_in.__dict__.update(ANSWERED.get(name, {}))
            parent, _, child = name.rpartition(".")
            if parent:  # `import urllib.parse` then reads urllib.parse: the package must hold it too
                setattr(__import__(parent), child, stand_in)
            sys.modules[name] = stand_in


def _installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


_LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")  # where gettext.find reads the languages


def remember_catalog_search() -> None:
    """``gettext.find`` (which catalog translates a domain) answered once per question in this process.

    click translates a dozen texts as the CLI is defined, and each time gettext searches the locale folder
    again (the first time also importing ``locale``): one to two milliseconds of a one-file run. The answers
    are the same; where the locale folder does not exist, the answer (no catalog) is given without a search,
    since every catalog ``find`` could name lies inside it. The console script calls it first.
    """
    import gettext

    search, answers = gettext.find, {}
    default_folder = getattr(gettext, "_default_localedir", None)

    def find(domain, localedir=None, languages=None, all=False):  # noqa: A002 - gettext.find's signature
        settings = tuple(map(os.environ.get, _LANGUAGE_VARIABLES)) if languages is None else tuple(languages)
        key = (domain, localedir, languages is None, settings, all)
        try:
            known = key in answers
        except TypeError:  # an unhashable argument: asked as it is
            return search(domain, localedir, languages, all)
        if not known:
            folder = default_folder if localedir is None else localedir
            named = (domain, *(value for value in settings if value is not None))
            outside = any(type(text) is not str or "/" in text or os.sep in text for text in named)  # a path
            if folder is not None and not outside and not os.path.isdir(folder):
                answers[key] = [] if all else None
            else:
                answers[key] = search(domain, localedir, languages, all)
        answer = answers[key]
        return list(answer) if all else answer

    gettext.find = find
