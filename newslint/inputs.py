"""Input files: finding them, reading and hashing them, and what linting one produced.

Free of the rule engine, like :mod:`newslint.diagnostic`, so that a run answered
from the cache imports no rule.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Sequence

from newslint.config import Config
from newslint.diagnostic import Diagnostic

if TYPE_CHECKING:
    from newslint.engine import DocumentResult

STDIN = "-"


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
