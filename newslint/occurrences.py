"""How often short strings occur in one long text, as ``str.count`` counts, without a scan per question.

A rule that asks of each candidate in a paragraph "does this word occur elsewhere?" with
``text.count(word)`` scans the whole paragraph once per candidate: quadratic in the length
of one long line (a flattened page, an OCR page). :func:`of` answers the same questions from
an index built once per long text: every position where a space or a capital letter stands,
sorted by the characters that follow it, so that all occurrences of a needle that starts
with one of those are one contiguous range (a binary search). Other needles, and texts
shorter than ``LONG_TEXT``, are answered by ``str.count`` itself. Answers are exactly those
of ``str.count`` (non-overlapping occurrences) and ``in``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

LONG_TEXT = 20_000  # characters: a shorter text is scanned by str.count (in C) at every question
KEY_LENGTH = 32  # characters of the text after each indexed position kept as its sort key
_ANCHOR = re.compile(r"[ A-Z]")


class Occurrences:
    """Questions about occurrences in ``text``; an index when ``text`` is long, ``str.count`` otherwise."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._keys: list[str] | None = None  # the text after each indexed position, sorted
        self._starts: list[int] = []  # ... and those positions, in the same order
        if len(text) >= LONG_TEXT:
            starts = list(map(re.Match.start, _ANCHOR.finditer(text)))
            keys = [text[at:at + KEY_LENGTH] for at in starts]
            order = sorted(range(len(keys)), key=keys.__getitem__)  # faster than sorting (key, start) pairs
            self._keys, self._starts = [keys[i] for i in order], [starts[i] for i in order]

    def twice(self, needle: str) -> bool:
        """``text.count(needle) > 1``."""
        return self._at_least(needle, 2)

    def contains(self, needle: str) -> bool:
        """``needle in text``."""
        return self._at_least(needle, 1)

    def _at_least(self, needle: str, times: int) -> bool:
        keys = self._keys
        if keys is None or not needle or _ANCHOR.fullmatch(needle[0]) is None:
            return self.text.count(needle) >= times if times > 1 else needle in self.text
        key, text = needle[:KEY_LENGTH], self.text
        first = last = None
        for at in range(bisect_left(keys, key), len(keys)):
            start = self._starts[at]
            if not keys[at].startswith(key):
                break
            if len(needle) > KEY_LENGTH and not text.startswith(needle, start):
                continue
            if times == 1:
                return True
            first = start if first is None else min(first, start)
            last = start if last is None else max(last, start)
            if last - first >= len(needle):  # two occurrences that do not overlap: str.count counts both
                return True
        return False


@lru_cache(maxsize=1)
def of(text: str) -> Occurrences:
    """The :class:`Occurrences` of ``text``, built once for the questions a rule asks of it in a row."""
    return Occurrences(text)
