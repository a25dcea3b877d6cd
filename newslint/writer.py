"""Writing fixes back: only what the fixes promise, atomically, never over a file that changed."""

from __future__ import annotations

import difflib
import json
import os
import re
import signal
import stat
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Callable

from newslint import hashes
from newslint.engine import DocumentResult
from newslint.fixes import select_fixes
from newslint.inputs import FileResult
from newslint.rule import Finding
from newslint.source import Document, decode, normalise_newlines


class FileChangedError(OSError):
    """The file changed on disk while newslint was running: the fix is refused."""


@dataclass
class FixOutcome:
    """The fixed bytes of one input and the findings whose fixes made them."""

    path: str
    new_data: bytes
    fixed: list[Finding]

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


MAX_PASSES = 10


def fix_file(result: FileResult, unsafe: bool = False, lint: Lint | None = None) -> FixOutcome:
    """Apply the allowed, non-overlapping fixes of one file's findings to its bytes.

    With ``lint``, the fixed text is linted and fixed again until no fix
    applies (at most MAX_PASSES), since a fix can reveal another finding
    (``Russiaâ€™s`` → ``Russia’s``, then a missing space before it): fixing a
    fixed file then changes nothing. ``fixed`` lists the first pass's findings.
    """
    if result.is_jsonl:
        return _fix_jsonl(result, unsafe, lint)
    if len(result.results) != 1:  # streamed: diagnostics only, nothing to fix from
        return FixOutcome(result.path, result.data, [])
    (doc_result,) = result.results
    chosen = _chosen(doc_result, unsafe)
    if not chosen:
        return FixOutcome(result.path, result.data, [])
    return FixOutcome(result.path, _fixed_source(doc_result.document, chosen, unsafe, lint).encode("utf-8"), chosen)


Lint = Callable[[Document], DocumentResult]


def _chosen(doc_result: DocumentResult, unsafe: bool) -> list[Finding]:
    if doc_result.article is None:  # an input problem: nothing was linted, nothing may change
        return []
    return select_fixes(doc_result.findings, unsafe, len(doc_result.document.text))


def _fixed_source(document: Document, chosen: list[Finding], unsafe: bool, lint: Lint | None) -> str:
    """The document's source with ``chosen`` applied, then (with ``lint``) fixed until nothing changes."""
    source = document.fixed_source(e for f in chosen for e in f.fix.edits)
    for _ in range(MAX_PASSES - 1 if lint else 0):
        document = _reread(document, source)
        chosen = _chosen(lint(document), unsafe)
        if not chosen:
            break
        source = document.fixed_source(e for f in chosen for e in f.fix.edits)
    return source


def _reread(document: Document, source: str) -> Document:
    """The document that ``source`` (a fixed version of ``document``'s source) reads as."""
    if not document.is_record:
        return decode(source.encode("utf-8"), document.path)
    text, removed = normalise_newlines(source)
    return replace(document, text=text, removed_cr=removed, original=source if text != source else None)


def _fix_jsonl(result: FileResult, unsafe: bool, lint: Lint | None) -> FixOutcome:
    """Rewrite only the text field of the records that have fixes; every other byte stays as it was."""
    lines = result.data.split(b"\n")
    fixed: list[Finding] = []
    for doc_result in result.results:
        chosen = _chosen(doc_result, unsafe)
        if not chosen:
            continue
        document = doc_result.document
        index = document.record_line - 1
        raw = lines[index].decode("utf-8")
        start, end = _field_span(raw, document.text_field)
        token = json.dumps(_fixed_source(document, chosen, unsafe, lint), ensure_ascii=raw[start:end].isascii())
        lines[index] = (raw[:start] + token + raw[end:]).encode("utf-8")
        fixed.extend(chosen)
    return FixOutcome(result.path, b"\n".join(lines), fixed)


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\r\n]*")


def _field_span(line: str, key: str) -> tuple[int, int]:
    """Where the value of top-level ``key`` is in one JSON object line (the last one, as json.loads takes)."""
    i = line.index("{") + 1  # after a BOM, if any
    span = None
    while True:
        i = _SPACE.match(line, i).end()
        if line[i] == "}":
            break
        i = _SPACE.match(line, i + (line[i] == ",")).end()
        name, i = json.decoder.scanstring(line, i + 1)
        i = _SPACE.match(line, _SPACE.match(line, i).end() + 1).end()  # past the colon
        _, end = _DECODER.raw_decode(line, i)
        if name == key:
            span = (i, end)
        i = end
    if span is None:
        raise KeyError(key)
    return span


def unified_diff(outcome: FixOutcome, original: bytes) -> str:
    """A unified diff of the fix (empty when nothing changes)."""
    before = original.decode("utf-8", errors="replace").splitlines(keepends=True)
    after = outcome.new_data.decode("utf-8", errors="replace").splitlines(keepends=True)
    lines = difflib.unified_diff(before, after, f"a/{outcome.path}", f"b/{outcome.path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


class FixWriter:
    """Writes the fixes of one run. A file reached by two names (hard or symbolic links) is written once:
    the second name finds the same fixed bytes there and counts as fixed."""

    def __init__(self, allow_read_only: bool = False) -> None:
        self.allow_read_only = allow_read_only
        self._written: dict[tuple[int, int], tuple[str, bytes]] = {}  # (device, inode) -> (digest before, bytes)

    def write(self, path: str, data: bytes, expected_digest: str) -> None:
        """Write ``data`` to ``path`` (see :func:`write_atomic`), unless this run just did so under another name."""
        if self._written.get(_identity(path)) == (expected_digest, data):
            return
        write_atomic(path, data, expected_digest, self.allow_read_only)
        self._written[_identity(path)] = (expected_digest, data)


def _identity(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def write_atomic(path: str, data: bytes, expected_digest: str, allow_read_only: bool = False) -> None:
    """Replace the content of ``path`` with ``data``, keeping the file what it was: mode, owner, group, links.

    The usual way is a temporary file beside it, given the file's mode, owner
    and group, then renamed over it. A file with several hard links, or whose
    owner or group this process cannot give the new file, is instead written
    in place (a rename would cut the links or change the owner). Refuses
    (FileChangedError) when the file's bytes are no longer those that were
    linted, and (ReadOnlyError) a file whose mode forbids writing unless
    ``allow_read_only``. SIGINT and SIGTERM are held until the write is done or
    undone, so an interrupted run leaves the file old or new, and no temporary file.
    """
    shown, path = path, os.path.realpath(path)  # write through a symlink, never over it
    folder = os.path.dirname(path)
    with _signals_deferred():
        _check_unchanged(path, expected_digest, shown)
        st = os.stat(path)
        if not allow_read_only and not (st.st_mode & 0o222 and os.access(path, os.W_OK)):
            raise ReadOnlyError(f"{shown}: read-only (mode {stat.S_IMODE(st.st_mode):04o}): not fixed "
                                "(--fix-read-only fixes it anyway)")
        if st.st_nlink > 1:
            _write_in_place(path, data)
            return
        fd, temp = tempfile.mkstemp(prefix=".newslint-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            kept = _copy_owner_and_mode(temp, st)
            _check_unchanged(path, expected_digest, shown)  # narrow the window for a concurrent edit
            if kept:
                os.replace(temp, path)
        except BaseException:
            _unlink(temp)
            raise
        if not kept:
            _unlink(temp)
            _write_in_place(path, data)
            return
        _fsync_folder(folder)


class ReadOnlyError(OSError):
    """The file's mode forbids writing and the run did not ask to fix such files: the fix is refused."""


def _write_in_place(path: str, data: bytes) -> None:
    """Overwrite the file itself (its inode, links, owner and group stay)."""
    with open(path, "r+b") as handle:
        handle.write(data)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _check_unchanged(path: str, expected_digest: str, shown: str) -> None:
    try:
        with open(path, "rb") as handle:
            digest = hashes.sha256(handle.read()).hexdigest()
    except FileNotFoundError:
        raise FileChangedError(f"{shown}: removed during the run; not fixed") from None
    if digest != expected_digest:
        raise FileChangedError(f"{shown}: changed on disk during the run; not fixed")


def _copy_owner_and_mode(temp: str, st: os.stat_result) -> bool:
    """Give ``temp`` the mode, owner and group of ``st``; False if the owner or group cannot be given."""
    if hasattr(os, "chown"):
        current = os.stat(temp)
        if (current.st_uid, current.st_gid) != (st.st_uid, st.st_gid):
            try:
                os.chown(temp, st.st_uid, st.st_gid)
            except PermissionError:  # only root may give a file away, and a group only to its members
                return False
    os.chmod(temp, st.st_mode & 0o7777)
    return True


def _fsync_folder(folder: str) -> None:
    """Make the rename durable (best effort: not every platform can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_DEFERRED = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def _signals_deferred():
    """Hold SIGINT and SIGTERM for the duration; deliver a held one afterwards (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {sig: signal.signal(sig, lambda number, _frame: held.append(number)) for sig in _DEFERRED}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)
        if held:
            signal.raise_signal(held[0])
