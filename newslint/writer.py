"""Writing fixes back: only what the fixes promise, atomically, never over a file that changed."""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass

from newslint.fixes import select_fixes
from newslint.rule import Finding
from newslint.runner import FileResult


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


def fix_file(result: FileResult, unsafe: bool = False) -> FixOutcome:
    """Apply the allowed, non-overlapping fixes of one file's findings to its bytes."""
    if result.is_jsonl:
        return _fix_jsonl(result, unsafe)
    (doc_result,) = result.results
    chosen = select_fixes(doc_result.findings, unsafe) if doc_result.article is not None else []
    if not chosen:
        return FixOutcome(result.path, result.data, [])
    text = doc_result.document.fixed_source(e for f in chosen for e in f.fix.edits)
    return FixOutcome(result.path, text.encode("utf-8"), chosen)


def _fix_jsonl(result: FileResult, unsafe: bool) -> FixOutcome:
    """Rewrite only the records that have fixes; every other byte stays as it was."""
    lines = result.data.split(b"\n")
    fixed: list[Finding] = []
    for doc_result in result.results:
        chosen = select_fixes(doc_result.findings, unsafe) if doc_result.article is not None else []
        if not chosen:
            continue
        document = doc_result.document
        index = document.record_line - 1
        raw = lines[index]
        ending = b"\r" if raw.endswith(b"\r") else b""
        bom = b"\xef\xbb\xbf" if index == 0 and raw.startswith(b"\xef\xbb\xbf") else b""
        record = json.loads(raw[len(bom):].decode("utf-8"))
        record[document.text_field] = document.fixed_source(e for f in chosen for e in f.fix.edits)
        ascii_only = raw.isascii()
        lines[index] = bom + json.dumps(record, ensure_ascii=ascii_only).encode("utf-8") + ending
        fixed.extend(chosen)
    return FixOutcome(result.path, b"\n".join(lines), fixed)


def unified_diff(outcome: FixOutcome, original: bytes) -> str:
    """A unified diff of the fix (empty when nothing changes)."""
    before = original.decode("utf-8", errors="replace").splitlines(keepends=True)
    after = outcome.new_data.decode("utf-8", errors="replace").splitlines(keepends=True)
    lines = difflib.unified_diff(before, after, f"a/{outcome.path}", f"b/{outcome.path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def write_atomic(path: str, data: bytes, expected_digest: str) -> None:
    """Replace ``path`` with ``data`` via a temporary file and a rename.

    Keeps the file's permissions; refuses (FileChangedError) when the file's
    bytes are no longer those that were linted.
    """
    path = os.path.realpath(path)  # write through a symlink, never over it
    with open(path, "rb") as handle:
        if hashlib.sha256(handle.read()).hexdigest() != expected_digest:
            raise FileChangedError(f"{path}: changed on disk during the run; not fixed")
    mode = os.stat(path).st_mode & 0o7777
    folder = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=".newslint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
