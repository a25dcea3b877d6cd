"""Input files: finding them, reading and hashing them, and what linting one produced.

Free of the rule engine, like :mod:`newslint.diagnostic`, so that a run answered
from the cache imports no rule.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterator, Sequence

from newslint import hashes
from newslint.config import Config
from newslint.diagnostic import Diagnostic

if TYPE_CHECKING:
    from newslint.engine import DocumentResult

STDIN = "-"
SETTLED_NS = 3_000_000_000  # a file last changed longer ago than this (ns) has a settled state


@dataclass
class FileResult:
    """Everything linting one input file produced.

    A streamed input has ``resolved`` diagnostics only (no ``data``, no ``results``); an input answered by
    the cache has ``replayed``: its cached entries' diagnostics, one entry (a file, a chunk of records) at a time.
    """

    path: str
    results: list[DocumentResult] = field(default_factory=list)
    digest: str = ""  # sha256 of the bytes read, to refuse a fix if the file changed meanwhile
    data: bytes = b""
    resolved: list[Diagnostic] | None = None
    source: str = ""  # the path that was read (``-`` for standard input), where a fix is written
    replayed: Callable[[], Iterator[list[Diagnostic]]] | None = None

    @property
    def is_jsonl(self) -> bool:
        return self.path.endswith(".jsonl")

    def diagnostics(self) -> list[Diagnostic]:
        if self.replayed is not None:
            return [d for entry in self.replayed() for d in entry]
        if self.resolved is not None:
            return list(self.resolved)
        return [d for result in self.results for d in result.diagnostics()]


def collect_files(paths: Sequence[str], config: Config, errors: list[str],
                  skipped: list[str] | None = None) -> list[str]:
    """Expand paths into the input files, in sorted order; problems go to ``errors``.

    Folders are searched recursively for regular files matching ``include``
    (not ``exclude``); symlinked folders are followed once (loops are cut); a
    folder that cannot be read is an error. What a walk leaves out for not being
    a regular file (a FIFO, a socket, a device) is listed in ``skipped``. A file
    named explicitly is always read, unless excluded: a FIFO or a device named so
    is read as a stream (no further than ``max-file-size``).
    """
    files: list[str] = []
    for raw in paths:
        if raw == STDIN:
            files.append(STDIN)
            continue
        path = Path(raw)
        try:
            if path.is_dir():
                files.extend(_walk(path, config, errors, skipped if skipped is not None else []))
            elif path.exists():
                if not config.is_excluded(path):
                    _add_file(files, str(path), errors)
            elif path.is_symlink():
                errors.append(f"{raw}: broken symbolic link")
            else:
                errors.append(f"{raw}: no such file or directory")
        except OSError as exc:  # a path inside a folder that may not be searched
            errors.append(f"{raw}: cannot read: {exc.strerror or exc}")
    seen: set[str] = set()
    return [f for f in files if not (f in seen or seen.add(f))]


def _walk(root: Path, config: Config, errors: list[str], skipped: list[str]) -> list[str]:
    found: list[str] = []
    visited: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        errors.append(f"{exc.filename}: cannot read folder: {exc.strerror or exc}")

    for folder, dirs, names in os.walk(root, onerror=unreadable, followlinks=True):
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
                kind = special_kind(candidate)
                if kind:
                    skipped.append(f"{candidate}: not a regular file ({kind})")
                else:
                    _add_file(found, candidate, errors)
    return sorted(found)


COMPRESSED = {".gz": "zcat", ".bz2": "bzcat", ".xz": "xzcat", ".zst": "zstdcat", ".zip": "unzip -p"}  # suffix: reader


def _add_file(files: list[str], path: str, errors: list[str]) -> None:
    """Add an input file, unless it is compressed (read as text, it is binary): that is a one-line error."""
    suffix = next((s for s in COMPRESSED if path.endswith(s)), None)
    if suffix is None:
        files.append(path)
        return
    inner = path[:-len(suffix)]
    errors.append(f"{path}: compressed input ({suffix}) is not supported: decompress it first, or pipe it "
                  f"({COMPRESSED[suffix]} {path} | newslint --stdin-filename {os.path.basename(inner)} -)")


_SPECIAL_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                  (stat.S_ISBLK, "a block device"))


def special_kind(path: str) -> str | None:
    """What ``path`` is if it exists and is not a regular file or folder (``"a FIFO"``…), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # a broken link: reading it reports the error
    return next((kind for test, kind in _SPECIAL_KINDS if test(mode)), None)


def _never(_path: Path) -> bool:
    return False


class InputTooLarge(Exception):
    """An input holds more than ``max-file-size`` bytes; ``size`` is None for a stream (read no further)."""

    def __init__(self, size: int | None, limit: int) -> None:
        super().__init__(size, limit)
        self.size, self.limit = size, limit

    @property
    def message(self) -> str:
        if self.size is None:
            return f"more than max-file-size ({self.limit} bytes): read no further; file skipped"
        return f"{self.size} bytes, over max-file-size ({self.limit}): file skipped"


def read_input(path: str, stdin: Callable[[int], bytes] | None = None, limit: int | None = None) -> bytes:
    """The bytes of an input (``-`` reads standard input, ``stdin``: None when it is closed).

    With ``limit``, a regular file larger than that is not read at all, and a
    stream (standard input, a FIFO, a device) no further than one byte more:
    both raise InputTooLarge. Raises OSError.
    """
    if path == STDIN:
        if stdin is None:
            raise OSError("standard input is closed")
        data = stdin(-1 if limit is None else limit + 1)
        regular = False
    else:
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())
            regular = stat.S_ISREG(status.st_mode)
            if limit is not None and regular and status.st_size > limit:
                raise InputTooLarge(status.st_size, limit)
            data = handle.read(-1 if limit is None else limit + 1)
    if limit is not None and len(data) > limit:
        raise InputTooLarge(None if not regular else len(data), limit)
    return data


def hash_stream(handle: BinaryIO, block: int = 1 << 20) -> str:
    """The hex sha256 of what is left in ``handle``, read in blocks (memory stays flat)."""
    hasher = hashes.sha256()
    for piece in iter(lambda: handle.read(block), b""):
        hasher.update(piece)
    return hasher.hexdigest()


def settled_state(path: str | int) -> str | None:
    """A regular file's size, modification and change times and inode, if it last changed more than a few seconds ago.

    As in git's index: two reads of a file in the same settled state see the
    same bytes, so its digest can be remembered by state instead of read again.
    The change time (ctime) is in it because nothing but a change sets it: a file
    rewritten with its old size and modification time put back (``utime``) has
    a new one. A file modified in the last seconds has none, since another write
    within the file system's timestamp granularity might leave the state as it
    was; nor has a FIFO or a device (what it yields is not in a state).
    ``path`` may be an open file's descriptor.
    """
    try:
        status = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(status.st_mode):
        return None
    if time.time_ns() - status.st_mtime_ns < SETTLED_NS:
        return None
    return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{status.st_ino}"
