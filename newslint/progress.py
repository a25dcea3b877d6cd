"""A progress line on stderr for long runs: documents done, rate, share done and time left.

Shown only when stderr is a terminal, not in CI (``CI`` set) and not with a dumb
terminal, and only once a run has taken more than a second
(``NEWSLINT_PROGRESS_DELAY`` seconds): a short run, a piped run and a CI log get
nothing extra. The line is redrawn in place at most ten times a second and
erased at the end, so the report that follows starts on a clean line.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Sequence, TextIO

DEFAULT_DELAY = 1.0
_REDRAW_SECONDS = 0.1


class Progress:
    """Counts documents and input bytes as they are linted; the bytes give the share done and time left."""

    def __init__(self, total_bytes: int, stream: TextIO, delay: float = DEFAULT_DELAY) -> None:
        self.total_bytes = total_bytes
        self.stream = stream
        self.delay = delay
        self.documents = 0
        self.bytes_done = 0
        self.started = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0

    @classmethod
    def on_terminal(cls, files: Sequence[str]) -> "Progress | None":
        """A Progress for these input files if stderr is an interactive terminal outside CI, else None."""
        stream = sys.stderr
        if os.environ.get("CI") or os.environ.get("TERM") == "dumb" or not stream.isatty():
            return None
        total = 0
        for path in files:
            try:
                total += os.path.getsize(path)
            except OSError:  # standard input, or a file that went away: counted as it is read
                continue
        try:
            delay = float(os.environ.get("NEWSLINT_PROGRESS_DELAY", DEFAULT_DELAY))
        except ValueError:
            delay = DEFAULT_DELAY
        return cls(total, stream, delay)

    def advance(self, documents: int, nbytes: int) -> None:
        """Count ``documents`` linted (or answered from the cache) and ``nbytes`` of input read for them."""
        self.documents += documents
        self.bytes_done += nbytes
        now = time.monotonic()
        if now - self.started >= self.delay and now - self._drawn_at >= _REDRAW_SECONDS:
            self._drawn_at = now
            self._draw(self.line(now - self.started))

    def line(self, elapsed: float) -> str:
        """``newslint: 12,000 documents, 2,400/s, 40% done, about 8 s left``."""
        rate = self.documents / elapsed if elapsed > 0 else 0.0
        text = f"newslint: {self.documents:,} document{'s' if self.documents != 1 else ''}, {rate:,.0f}/s"
        if self.total_bytes and self.bytes_done:
            share = min(1.0, self.bytes_done / self.total_bytes)
            text += f", {share:.0%} done"
            if share < 1:
                text += f", about {_duration(elapsed * (1 - share) / share)} left"
        return text

    def close(self) -> None:
        """Erase the line, if one was drawn."""
        if self._width:
            self._draw("")
            self._width = 0

    def _draw(self, text: str) -> None:
        try:
            self.stream.write("\r" + text.ljust(self._width) + ("\r" if not text else ""))
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away: the run goes on without progress
            return
        self._width = max(self._width, len(text))


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    if seconds < 3600:
        return f"{int(seconds // 60)} min {int(seconds % 60):02d} s"
    return f"{int(seconds // 3600)} h {int(seconds % 3600 // 60):02d} min"
