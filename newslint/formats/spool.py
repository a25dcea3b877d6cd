"""Text a streaming report keeps aside until its end, by key, in a temporary file rather than in memory.

A format that must write its findings in another order than they arrive
(``junit`` groups them under each file's test case, which only the end of the
run lists; ``dolma`` lines them up with documents read again at the end) writes
their text here as they come and reads it back per key: the report process then
holds a few offsets per key, not the findings.
"""

from __future__ import annotations

import codecs
import tempfile
from typing import Hashable, Iterator

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

