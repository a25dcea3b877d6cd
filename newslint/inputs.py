"""Input files: finding them, reading and hashing them, and what linting one produced.

Free of the rule engine, like :mod:`newslint.diagnostic`, so that a run answered
from the cache imports no rule.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Sequence

from newslint.config import Config
from newslint.diagnostic import Diagnostic

if TYPE_CHECKING:
    from newslint.engine import DocumentResult

STDIN = "-"
SETTLED_NS = 3_000_000_000  # a file last changed longer ago than this (ns) has a settled state


@dataclass
class FileResult:
    """Everything linting one input file produced.

    A streamed input has ``resolved`` diagnostics only (no ``data``, no ``results``).
    """

    path: str
    results: list[DocumentResult] = field(default_factory=list)
    digest: str = ""  # sha256 of the bytes read, to refuse a fix if the file changed meanwhile
    data: bytes = b""
    resolved: list[Diagnostic] | None = None
    source: str = ""  # the path that was read (``-`` for standard input), where a fix is written

    @property
    def is_jsonl(self) -> bool:
        return self.path.endswith(".jsonl")

    def diagnostics(self) -> list[Diagnostic]:
        if self.resolved is not None:
            return list(self.resolved)
        return [d for result in self.results for d in result.diagnostics()]


def collect_files(paths: Sequence[str], config: Config, errors: list[str]) -> list[str]:
    """Expand paths into the input files, in sorted order; problems go to ``errors``.

    Folders are searched recursively for files matching ``include`` (not
    ``exclude``); symlinked folders are followed once (loops are cut). A file
    named explicitly is always read, unless excluded.
    """
    files: list[str] = []
    for raw in paths:
        if raw == STDIN:
            files.append(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            files.extend(_walk(path, config))
        elif path.exists():
            if not config.is_excluded(path):
                files.append(str(path))
        elif path.is_symlink():
            errors.append(f"{raw}: broken symbolic link")
        else:
            errors.append(f"{raw}: no such file or directory")
    seen: set[str] = set()
    return [f for f in files if not (f in seen or seen.add(f))]


def _walk(root: Path, config: Config) -> list[str]:
    found: list[str] = []
    visited: set[tuple[int, int]] = set()
    for folder, dirs, names in os.walk(root, followlinks=True):
        try:
            st = os.stat(folder)
        except OSError:
            dirs[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:  # a symlink loop
            dirs[:] = []
            continue
        visited.add(key)
        excluded = config.is_excluded if config.exclude else _never  # matching resolves the path: skip it when idle
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not excluded(Path(folder, d)))
        for name in sorted(names):
            candidate = os.path.join(folder, name)
            if config.is_included(candidate) and not excluded(candidate):
                found.append(candidate)
    return sorted(found)


def _never(_path: Path) -> bool:
    return False


def read_input(path: str, stdin: Callable[[], bytes] | None = None) -> bytes:
    """The bytes of an input (``-`` reads standard input). Raises OSError."""
    if path == STDIN:
        return stdin() if stdin else b""
    with open(path, "rb") as handle:
        return handle.read()


def hash_stream(handle: BinaryIO, block: int = 1 << 20) -> str:
    """The hex sha256 of what is left in ``handle``, read in blocks (memory stays flat)."""
    hasher = hashlib.sha256()
    for piece in iter(lambda: handle.read(block), b""):
        hasher.update(piece)
    return hasher.hexdigest()


def settled_state(path: str | int) -> str | None:
    """A file's size, modification time and inode, if it was last changed more than a few seconds ago.

    As in git's index: two reads of a file in the same settled state see the
    same bytes, so its digest can be remembered by state instead of read again.
    A file changed in the last seconds has none, since another write within the
    file system's timestamp granularity might leave the state as it was.
    ``path`` may be an open file's descriptor.
    """
    try:
        status = os.stat(path)
    except OSError:
        return None
    if time.time_ns() - status.st_mtime_ns < SETTLED_NS:
        return None
    return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ino}"
