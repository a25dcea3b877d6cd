"""Answering a run from the cache alone, before any rule is imported.

Building the rules (importing them, compiling their patterns, reading packs and
finding plugins) costs more than all the other work of a cached run together.
So a run that lints with the cache on leaves a *setup entry* in the cache,
keyed on its setup: the newslint and Python versions, the environment, the
config and the selection options. The entry holds the fingerprint of each
linter the run built (one per set of per-file ignores) and the size and
modification time of every file those fingerprints read (newslint's own files,
rule modules, packs), of the vocabulary files, and of the folders on
``sys.path``, where a newly installed plugin would appear.

A later run with the same setup, if none of those files has changed, computes
each input's cache key from its bytes alone and reads the diagnostics. On the
first input that misses (or cannot be read), it gives up and the run lints as
usual, with every rule.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from typing import TYPE_CHECKING, Sequence

from newslint import __version__
from newslint.cache import Cache, entry_key
from newslint.config import Config
from newslint.inputs import FileResult, hash_stream

if TYPE_CHECKING:
    from newslint.engine import Linter


def setup_key(config: Config, select: Sequence[str] | None, extend: Sequence[str], ignore: Sequence[str]) -> str:
    """The key of a run's setup: what decides its rules and their options, short of the files they read."""
    parts = [__version__, sys.version_info[:2], sys.prefix, repr(config), select, list(extend), list(ignore)]
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def watched_paths(config: Config) -> list[str]:
    """What may change a run's rules besides the files they read: the vocabulary files and the folders of ``sys.path``."""
    here = os.getcwd()
    folders = {os.path.abspath(p) for p in sys.path if p and os.path.isdir(p)} - {here}
    return [*map(str, config.accept_files), *map(str, config.reject_files), *sorted(folders)]


def ignores_name(ignores: Sequence[str]) -> str:
    """A set of per-file ignores as a setup entry names it."""
    return "\n".join(ignores)


def replay(files: Sequence[str], config: Config, cache: Cache, setup: str) -> list[FileResult] | None:
    """Every input's diagnostics from the cache, or None if the setup or any input misses."""
    fingerprints = cache.recall_setup(setup)
    if fingerprints is None:
        return None
    results = []
    for path in files:
        fingerprint = fingerprints.get(ignores_name(config.ignores_key(path)))
        if fingerprint is None:
            return None
        try:
            with open(path, "rb") as handle:
                digest = hash_stream(handle)
        except OSError:
            return None  # the run that lints reports it
        diagnostics = cache.get(entry_key(fingerprint, path.endswith(".jsonl"), digest), path)
        if diagnostics is None:
            return None
        results.append(FileResult(path, digest=digest, resolved=diagnostics))
    return results


def remember(cache: Cache, setup: str, config: Config, linters: dict[tuple[str, ...], Linter]) -> None:
    """Leave the setup entry of a run that linted with ``linters`` (by per-file ignores)."""
    fingerprints = {ignores_name(ignores): cache.fingerprint(linter, config.jsonl) for ignores, linter in linters.items()}
    cache.remember_setup(setup, fingerprints, watched_paths(config))
