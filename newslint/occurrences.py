"""How often short strings occur in one long text, as ``str.count`` counts, without a scan per question.

A rule that asks of each candidate in a paragraph "does this word occur elsewhere?" with
``text.count(word)`` scans the whole paragraph once per candidate: quadratic in the length
of one long line (a flattened page, an OCR page). :func:`of` answers the same questions from
two indexes built once per long text, each on the first question that needs it:

* a needle that starts with a space and holds another one (``" the word"``, ``" word "``)
  can only occur where a space is followed by its first word, whole: the text split at its
  spaces, each word mapped to where it stands (one split and a dict, no per-character work);
  the places of a frequent word are sorted by the characters that follow them, when first asked;
* a needle that starts with a capital letter can only occur at a capital: every capital's
  position, sorted by the characters that follow it;
* any other needle (``". Name "``, a word in lower case) can only occur where its first character
  stands: that character's positions, sorted the same way, one index per first character asked.

Among offsets sorted by what follows them, the occurrences of a needle are one contiguous
range: a binary search. No question scans the whole text, so that a rule asking one per
candidate stays linear in the length of one long line.

Texts shorter than ``LONG_TEXT`` (and the empty needle) are answered by ``str.count`` and
``in`` themselves. Answers are exactly theirs (``str.count`` counts non-overlapping occurrences).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache
from itertools import accumulate
from typing import Iterable, Iterator

LONG_TEXT = 20_000  # characters: a shorter text is scanned by str.count (in C) at every question
KEY_LENGTH = 32  # characters of the text after each sorted offset kept as its sort key
FEW_PLACES = 8  # a word that follows this many spaces or fewer is looked for at each; a more frequent one is sorted
_CAPITAL = re.compile(r"[A-Z]")


class Occurrences:
    """Questions about occurrences in ``text``; indexes when ``text`` is long, ``str.count`` otherwise."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.indexed = len(text) >= LONG_TEXT
        self._words: dict[str, list[int]] | None = None  # word -> the offsets of the spaces before it
        self._sorted_words: dict[str, _Sorted] = {}  # the same offsets of a frequent word, sorted by what follows
        self._capitals: _Sorted | None = None
        self._by_first: dict[str, _Sorted] = {}  # a character -> its offsets, sorted by what follows

    def twice(self, needle: str) -> bool:
        """``text.count(needle) > 1``."""
        return self._at_least(needle, 2)

    def contains(self, needle: str) -> bool:
        """``needle in text``."""
        return self._at_least(needle, 1)

    def _at_least(self, needle: str, times: int) -> bool:
        if self.indexed and needle:
            if needle[0] == " " and " " in needle[1:]:
                return _found(self._after_spaces(needle), needle, times)
            return _found(self._starting_with(needle[0]).starting(needle), needle, times)
        if times > 1 and needle:  # the second occurrence found, not every one counted (most needles recur early)
            first = self.text.find(needle)
            return first >= 0 and self.text.find(needle, first + len(needle)) >= 0
        return self.text.count(needle) >= times if times > 1 else needle in self.text

    def _starting_with(self, first: str) -> _Sorted:
        """The offsets of ``first`` (of every capital, for a capital) sorted by what follows them."""
        if "A" <= first <= "Z":
            if self._capitals is None:
                self._capitals = _Sorted(self.text, list(map(re.Match.start, _CAPITAL.finditer(self.text))))
            return self._capitals
        found = self._by_first.get(first)
        if found is None:
            starts = list(map(re.Match.start, re.finditer(re.escape(first), self.text)))
            found = self._by_first[first] = _Sorted(self.text, starts)
        return found

    def _after_spaces(self, needle: str) -> Iterator[int]:
        """The offsets where ``needle`` (a space, a word, a space…) occurs."""
        if self._words is None:
            self._words = _word_places(self.text)
        text, word = self.text, needle[1:needle.index(" ", 1)]
        places = self._words.get(word, ())
        if len(places) <= FEW_PLACES:
            return (at for at in places if text.startswith(needle, at))
        by_sequel = self._sorted_words.get(word)
        if by_sequel is None:
            by_sequel = self._sorted_words[word] = _Sorted(text, places)
        return by_sequel.starting(needle)


class _Sorted:
    """Offsets into a text sorted by the ``KEY_LENGTH`` characters that follow each: the offsets at which
    a needle occurs (among them) are one contiguous range, found by a binary search."""

    def __init__(self, text: str, starts: list[int]) -> None:
        keys = [text[at:at + KEY_LENGTH] for at in starts]
        order = sorted(range(len(keys)), key=keys.__getitem__)  # faster than sorting (key, start) pairs
        self.text, self.keys, self.starts = text, [keys[i] for i in order], [starts[i] for i in order]

    def starting(self, needle: str) -> Iterator[int]:
        """The offsets among these, in no particular order, at which ``needle`` occurs."""
        keys, key = self.keys, needle[:KEY_LENGTH]
        for at in range(bisect_left(keys, key), len(keys)):
            if not keys[at].startswith(key):
                break
            start = self.starts[at]
            if len(needle) <= KEY_LENGTH or self.text.startswith(needle, start):
                yield start


def _word_places(text: str) -> dict[str, list[int]]:
    """Each word that follows a space (the text split at single spaces) -> the offsets of those spaces, ascending."""
    words = text.split(" ")
    places: defaultdict[str, list[int]] = defaultdict(list)
    # the space before word i (i >= 1) stands where the words before it and their spaces end
    for word, end in zip(words[1:], list(accumulate([len(word) + 1 for word in words[:-1]]))):
        places[word].append(end - 1)
    return places


def _found(places: Iterable[int], needle: str, times: int) -> bool:
    """Whether ``places`` (every offset where ``needle`` occurs) hold ``times`` (1 or 2) non-overlapping occurrences."""
    first = last = None
    for start in places:
        if times == 1:
            return True
        first = start if first is None else min(first, start)
        last = start if last is None else max(last, start)
        if last - first >= len(needle):  # two occurrences that do not overlap: str.count counts both
            return True
    return False


def of(text: str) -> Occurrences:
    """The :class:`Occurrences` of ``text``: a long text's built once for the questions a rule asks of it in a row; a
    short text's (which keeps no index) made anew, without hashing the text to look it up."""
    return _indexed(text) if len(text) >= LONG_TEXT else Occurrences(text)


@lru_cache(maxsize=1)
def _indexed(text: str) -> Occurrences:
    return Occurrences(text)
