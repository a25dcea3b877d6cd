"""The installed packages' entry points for newslint, found without a metadata scan when nothing was installed.

Listing entry points (:func:`importlib.metadata.entry_points`) imports the
metadata machinery (the ``email`` package among it) and reads every installed
distribution: about a tenth of a one-file run. The list found is kept in the
user cache folder (:func:`newslint.usercache.keep`), keyed by the interpreter
and ``sys.path``, beside the modification time of every ``sys.path`` folder:
installing, upgrading or removing a package changes its folder's, and the next
run scans again. The working folder (on ``sys.path`` under ``python -m``)
changes all day: only the distributions in it count. A scan that saw a time
of the last few seconds is not kept (a second change within the same clock
tick would not move it).
"""

from __future__ import annotations

import functools
import importlib
import os
import sys
import time

from newslint import usercache

_SCHEMA = 1
_SETTLED_SECONDS = 2.0
_DISTRIBUTIONS = (".dist-info", ".egg-info")


def entry_points(group: str) -> list[tuple[str, str]]:
    """(name, value) of each entry point of ``group``, as :func:`importlib.metadata.entry_points` lists them."""
    state = _path_state()
    key = repr([_SCHEMA, group, sys.executable, sys.prefix, sys.version, sys.path])
    kept = usercache.recall("plugins", key)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == state:
        return list(kept[1])
    from importlib import metadata

    found = [(entry.name, entry.value) for entry in metadata.entry_points(group=group)]
    if _settled(state):
        usercache.keep("plugins", key, (state, found))
    return found


def load(value: str):
    """The object an entry point's value names (``module.name:attribute.name [extras]``), imported."""
    module, _, attributes = value.split("[")[0].partition(":")
    found = importlib.import_module(module.strip())
    return functools.reduce(getattr, filter(None, attributes.strip().split(".")), found)


def _path_state() -> list:
    """Each ``sys.path`` entry with its modification time (None: missing); the working folder (``python -m``,
    ``python -c``), which changes all day, with the distributions in it instead."""
    here = os.getcwd()
    state = []
    for entry in sys.path:
        try:
            if (entry or ".") == "." or os.path.abspath(entry) == here:
                with os.scandir(entry or ".") as found:
                    state.append([entry, sorted([item.name, item.stat().st_mtime_ns] for item in found
                                                if item.name.endswith(_DISTRIBUTIONS))])
            else:
                state.append([entry, os.stat(entry).st_mtime_ns])
        except OSError:
            state.append([entry, None])
    return state


def _settled(state: list) -> bool:
    now = time.time_ns()
    times = [t for _entry, found in state for t in (found if isinstance(found, list) else [[None, found]])]
    return all(modified is None or now - modified > _SETTLED_SECONDS * 1e9 for _name, modified in times)

