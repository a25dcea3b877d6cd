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
each input's cache key from its bytes alone and reads the diagnostics (a
record file's key leads to its chunks' entries) as the report is written. The
bytes' digest is itself remembered by the file's settled state (size,
modification time, inode; see :func:`newslint.inputs.settled_state`), so an
unchanged file is not even read. If any input misses (or cannot be read), the
run lints as usual, with every rule.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from typing import TYPE_CHECKING, Iterator, Sequence

from newslint import __version__, hashes
from newslint.cache import Cache, entry_key
from newslint.columnar import is_record_file
from newslint.config import Config
from newslint.inputs import FileResult, hash_stream, settled_state

if TYPE_CHECKING:
    from newslint.diagnostic import Diagnostic
    from newslint.engine import Linter


_PACKAGE = os.path.dirname(os.path.abspath(__file__))  # this newslint's folder


def setup_key(config: Config, select: Sequence[str] | None, extend: Sequence[str], ignore: Sequence[str]) -> str:
    """The key of a run's setup: what decides its rules and their options, short of the files they read (the package's
    folder too: two checkouts run by one interpreter, one of them on ``PYTHONPATH``, share a cache folder but not their
    rules)."""
    parts = [__version__, sys.version_info[:2], sys.prefix, _PACKAGE, repr(config), select, list(extend), list(ignore)]
    return hashes.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def watched_paths(config: Config) -> list[str]:
    """What may change a run's rules besides the files they read: the vocabulary files and the folders of ``sys.path``."""
    here = os.getcwd()
    folders = {os.path.abspath(p) for p in sys.path if p and os.path.isdir(p)} - {here}
    return [*map(str, config.accept_files), *map(str, config.reject_files), *sorted(folders)]


def ignores_name(ignores: Sequence[str]) -> str:
    """A set of per-file ignores as a setup entry names it."""
    return "\n".join(ignores)


def replay(files: Sequence[str], config: Config, cache: Cache, setup: str) -> list[FileResult] | None:
    """Every input's result from the cache, or None if the setup or any input misses.

    A record file's entry is its manifest: the keys of its chunks' entries. The
    entries are read only when a result's diagnostics are asked for
    (``FileResult.replayed``), a chunk at a time.
    """
    fingerprints = cache.recall_setup(setup)
    if fingerprints is None:
        return None
    keys, digests = [], []
    for path, digest in zip(files, _digests(files, cache, config.max_file_size)):
        fingerprint = fingerprints.get(ignores_name(config.ignores_key(path)))
        if fingerprint is None or digest is None:
            return None  # an unreadable input: the run that lints reports it
        digests.append(digest)
        keys.append(entry_key(fingerprint, is_record_file(path), digest))
    manifests = cache.manifests([key for path, key in zip(files, keys) if is_record_file(path)])
    wanted, parts = [], []
    for path, key in zip(files, keys):
        entries = manifests.get(key) if is_record_file(path) else [key]
        if entries is None:
            return None
        wanted += [(entry, path) for entry in entries]
        parts.append(len(entries))
    if not cache.has_all([entry for entry, _ in wanted]):
        return None
    cache.flush()  # the digests learnt
    results, at = [], 0
    for path, digest, count in zip(files, digests, parts):
        results.append(FileResult(path, digest=digest, replayed=_Entries(cache, wanted[at:at + count])))
        at += count
    return results


class _Entries:
    """An input's cached entries, read when the report asks (so that a replayed corpus is never held whole)."""

    def __init__(self, cache: Cache, wanted: Sequence[tuple[str, str]]) -> None:
        self.cache, self.wanted = cache, wanted

    def __call__(self) -> Iterator[list[Diagnostic]]:
        return self.cache.entries(self.wanted)


def _digests(files: Sequence[str], cache: Cache, limit: int) -> Iterator[str | None]:
    """Each file's content digest: remembered for a file in the same settled state, else read (None if unreadable)."""
    absolute = [os.path.abspath(path) for path in files]
    states = {path: settled_state(path) for path in absolute}
    known = cache.digests({path: state for path, state in states.items() if state})
    for path in absolute:
        if path in known:
            yield known[path]
            continue
        if not _hashable(path, None if path.endswith(".jsonl") else limit):
            yield None  # a FIFO or a device (reading it here would consume it), or a text file over the limit
            continue
        try:
            with open(path, "rb") as handle:
                digest = hash_stream(handle)
        except OSError:
            yield None
            continue
        if states[path]:
            cache.remember_digest(path, states[path], digest)
        yield digest


def _hashable(path: str, limit: int | None) -> bool:
    """A regular file within ``limit`` bytes (the run that lints reports any other)."""
    try:
        status = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(status.st_mode) and (limit is None or status.st_size <= limit)


def remember(cache: Cache, setup: str, config: Config, linters: dict[tuple[str, ...], Linter]) -> None:
    """Leave the setup entry of a run that linted with ``linters`` (by per-file ignores)."""
    fingerprints = {ignores_name(ignores): cache.fingerprint(linter, config.jsonl, ignores_name(ignores))
                    for ignores, linter in linters.items()}
    cache.remember_setup(setup, fingerprints, watched_paths(config))
