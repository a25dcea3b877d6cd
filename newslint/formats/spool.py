"""Text a streaming report keeps aside until its end, by key, in a temporary file rather than in memory.

A format that must write its findings in another order than they arrive
(``junit`` groups them under each file's test case, which only the end of the
run lists; ``dolma``, ``html`` and ``labelstudio`` line them up with the documents
read again at the end) writes their text here as they come and reads it back per
key: the report process then holds a few offsets per key, not the findings.
:class:`FindingsByDocument` does that for findings grouped by document.
"""

from __future__ import annotations

import codecs
import json
import tempfile
from itertools import groupby
from typing import Any, Callable, Generic, Hashable, Iterable, Iterator, TypeVar

from newslint.diagnostic import Diagnostic
from newslint.formats.json import dumps

Kept = TypeVar("Kept")

_IN_MEMORY = 4 << 20  # bytes kept in memory before the spool moves to a file on disk
_CHUNK = 1 << 20


class Spool:
    """Text appended under keys, read back per key in the order it was appended."""

    def __init__(self) -> None:
        self._file = tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY)  # binary: offsets stay valid on rollover
        self._segments: dict[Hashable, list[list[int]]] = {}  # key → [start, end) byte ranges in the file
        self._end = 0

    def add(self, key: Hashable, text: str) -> None:
        """Append ``text`` under ``key``."""
        data = text.encode("utf-8", "surrogatepass")
        self._file.seek(self._end)
        self._file.write(data)
        start, self._end = self._end, self._end + len(data)
        segments = self._segments.setdefault(key, [])
        if segments and segments[-1][1] == start:  # the key's last text ends here: one range grows
            segments[-1][1] = self._end
        else:
            segments.append([start, self._end])

    def keys(self) -> list[Hashable]:
        """The keys, in the order each first got text."""
        return list(self._segments)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._segments

    def chunks(self, key: Hashable) -> Iterator[str]:
        """The text appended under ``key``, in pieces of at most about a megabyte (none for an unknown key)."""
        decoder = codecs.getincrementaldecoder("utf-8")("surrogatepass")  # a piece may end inside a character
        for start, end in self._segments.get(key, ()):
            self._file.seek(start)
            while start < end:
                data = self._file.read(min(_CHUNK, end - start))
                start += len(data)
                yield decoder.decode(data, final=start >= end)

    def lines(self, key: Hashable) -> Iterator[str]:
        """The text under ``key`` split into lines (without their ends)."""
        rest = ""
        for chunk in self.chunks(key):
            *whole, rest = (rest + chunk).split("\n")
            yield from whole
        if rest:
            yield rest

    def close(self) -> None:
        self._file.close()



DocumentKey = tuple[str, "int | None"]  # (path, a record's line or None)


class FindingsByDocument(Generic[Kept]):
    """Each document's findings kept aside as they arrive (in report order), read back document by document.

    ``keep`` turns a diagnostic into what the format needs of it (JSON-ready);
    ``restore(path, kept)`` turns that back. :meth:`of` must be asked in the
    order the findings came (inputs in path order, a file's records by line),
    as ``Report.documents`` yields them; :meth:`unread` then gives the findings
    of the documents that were never asked for (a file removed since the run).
    """

    def __init__(self, keep: Callable[[Diagnostic], Any], restore: Callable[[str, Any], Kept]) -> None:
        self._spool = Spool()
        self._keep, self._restore = keep, restore
        self._path: str | None = None
        self._lines: Iterator[str] = iter(())
        self._next: list | None = None
        self._skipped: list[tuple[DocumentKey, list[Kept]]] = []
        self._visited: set[str] = set()

    def add(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Keep the next diagnostics (one line per document and batch, under the document's path)."""
        for (path, record_line), found in groupby(diagnostics, key=_document_of):
            self._spool.add(path, dumps([record_line, [self._keep(d) for d in found]], separators=(",", ":")) + "\n")

    def of(self, path: str, record_line: int | None) -> list[Kept]:
        """The findings of one document, in the order they came."""
        if path != self._path:
            self._skip_rest_of_path()
            self._path, self._lines, self._next = path, self._spool.lines(path), None
            self._visited.add(path)
            self._advance()
        found: list[Kept] = []
        while self._next is not None and (record_line is None or self._next[0] is None
                                          or self._next[0] <= record_line):
            if self._next[0] == record_line:
                found.extend(self._restored(path))
            else:
                self._skipped.append(((path, self._next[0]), self._restored(path)))
            self._advance()
        return found

    def unread(self) -> Iterator[tuple[DocumentKey, list[Kept]]]:
        """The findings of documents :meth:`of` was not asked for, by document, in the order they came."""
        self._skip_rest_of_path()
        for key, found in groupby(self._skipped, key=lambda item: item[0]):
            yield key, [kept for _, batch in found for kept in batch]
        for path in self._spool.keys():
            if path not in self._visited:
                lines = (json.loads(line) for line in self._spool.lines(path))
                for record_line, batches in groupby(lines, key=lambda entry: entry[0]):
                    yield (path, record_line), [self._restore(path, kept) for _, found in batches for kept in found]

    def close(self) -> None:
        self._spool.close()

    def _skip_rest_of_path(self) -> None:
        while self._next is not None:
            self._skipped.append(((self._path, self._next[0]), self._restored(self._path)))
            self._advance()

    def _restored(self, path: str) -> list[Kept]:
        return [self._restore(path, kept) for kept in self._next[1]]

    def _advance(self) -> None:
        line = next(self._lines, None)
        self._next = json.loads(line) if line is not None else None


def keeping_findings(keep: Callable[[Diagnostic], Any], restore: Callable[[str, Any], Kept]):
    """A format's ``start`` and ``add`` that keep each document's findings aside until its ``finish``
    (``report.state``: a :class:`FindingsByDocument` of ``keep`` and ``restore``)."""
    def start(report) -> None:
        report.state = FindingsByDocument(keep, restore)

    def add(report, diagnostics) -> None:
        report.state.add(diagnostics)

    return start, add


def _document_of(d: Diagnostic) -> DocumentKey:
    return d.path, d.line if d.field is not None else None
