"""The installed packages' entry points for newslint, found without a metadata scan when nothing was installed.

Listing entry points (:func:`importlib.metadata.entry_points`) imports the
metadata machinery (the ``email`` package among it) and reads every installed
distribution: about a tenth of a one-file run. The list found is kept in the
user cache folder (:mod:`newslint.usercache`), keyed by the interpreter and
``sys.path``, beside the modification time of every ``sys.path`` folder;
installing, upgrading or removing a package changes its folder's, and the next
run scans again. A folder modified in the last few seconds is not trusted
(its time may not move again for an immediate second change), so such a scan
is not kept.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
import sys
import time
from pathlib import Path

from newslint import usercache

_SCHEMA = 1
_SETTLED_SECONDS = 2.0


def entry_points(group: str) -> list[tuple[str, str]]:
    """(name, value) of each entry point of ``group``, as :func:`importlib.metadata.entry_points` lists them."""
    state = _path_state()
    cached = _cache_file(group)
    try:
        saved = json.loads(cached.read_text(encoding="utf-8"))
        if saved["state"] == state:
            return [(name, value) for name, value in saved["entry_points"]]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    from importlib import metadata

    found = [(entry.name, entry.value) for entry in metadata.entry_points(group=group)]
    if _settled(state):
        text = json.dumps({"state": state, "entry_points": found})
        try:
            usercache.write_atomically(cached, lambda temporary: Path(temporary).write_text(text, encoding="utf-8"))
        except OSError:
            pass  # a read-only home: scan again next time
    return found


def load(value: str):
    """The object an entry point's value names (``module.name:attribute.name [extras]``), imported."""
    module, _, attributes = value.split("[")[0].partition(":")
    found = importlib.import_module(module.strip())
    return functools.reduce(getattr, filter(None, attributes.strip().split(".")), found)


def _path_state() -> list:
    """Each ``sys.path`` entry with its modification time (None: missing)."""
    state = []
    for entry in sys.path:
        try:
            modified = os.stat(entry or ".").st_mtime_ns
        except OSError:
            modified = None
        state.append([entry, modified])
    return state


def _settled(state: list) -> bool:
    now = time.time_ns()
    return all(modified is None or now - modified > _SETTLED_SECONDS * 1e9 for _entry, modified in state)


def _cache_file(group: str) -> Path:
    key = json.dumps([_SCHEMA, group, sys.executable, sys.prefix, sys.version, os.getcwd(), sys.path])
    return usercache.root() / "plugins" / f"{hashlib.sha256(key.encode()).hexdigest()[:16]}.json"
