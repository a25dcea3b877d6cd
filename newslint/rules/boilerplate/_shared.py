"""What more than one of the boilerplate rules uses: words, month names, a pattern's spans found by RE2, which of
several cues a text holds."""

from __future__ import annotations

import re

from newslint import regexcache
from newslint.rule import Cues, unbounded_repetitions, utf8_for_re2

_WORD = regexcache.compile(r"[^\W_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"


class _SpansByRe2:
    """``[m.span() for m in pattern.finditer(text)]`` found by RE2, one pass of its automaton (Python's re tries the
    pattern at every character that can open a match: each capital for 28 literals, each lower-case letter for
    ``[a-z][A-Z]``). Only for patterns that both engines read alike: ASCII classes and literals, no look-around, no
    empty match (``in_re2``: the same pattern written for RE2, where it differs: ``\\p{Nd}`` for ``\\d``); a lone
    surrogate, which UTF-8 cannot hold, is read as U+FFFD (``rule.for_re2``), which such a pattern matches where
    Python's re matches the surrogate. The text's UTF-8 is ``rule.utf8_for_re2``'s: an article's text kept by the
    trigger sets (a one-line page is its one paragraph) is not encoded again. The binding's own ``finditer`` makes a
    match object, and maps its byte offsets to characters, in Python for every match (a flattened page holds hundreds
    of ``[a-z][A-Z]``): here RE2's match is asked directly, and byte offsets are characters in an ASCII text."""

    __slots__ = ("in_re2", "_compiled")

    def __init__(self, pattern: re.Pattern, in_re2: str | None = None) -> None:
        self.in_re2, self._compiled = in_re2 or pattern.pattern, None

    def __call__(self, text: str) -> list[tuple[int, int]]:
        if self._compiled is None:
            import re2  # the packs import it in every run

            # the binding's RE2 object's match (spans in bytes) and its unanchored mode
            self._compiled = re2.compile(self.in_re2)._regexp.Match, re2._Anchor.UNANCHORED
        encoded = utf8_for_re2(text)
        (match, unanchored), end = self._compiled, len(encoded)
        spans, at = [], 0
        while (span := match(unanchored, encoded, at, end)[0])[0] >= 0:
            spans.append(span)
            at = span[1] + (span[0] == span[1])  # (an empty match, which these patterns never make: no endless loop)
        return spans if end == len(text) else _in_characters(encoded, spans)


def _in_characters(encoded: bytes, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (byte offsets into the UTF-8 ``encoded``, in order, not overlapping) as character offsets."""
    found, chars, last = [], 0, 0
    for start, end in spans:
        chars += len(encoded[last:start].decode())
        begin = chars
        chars += len(encoded[start:end].decode())
        found.append((begin, chars))
        last = end
    return found


class _CueSet:
    """Which of several cues a text holds, from one RE2 set over its UTF-8 bytes: one pass over an article where
    a search per cue costs one each. The answers are each cue's own ``found``: a cue loosened in the set (its wide
    bounded repetitions unbounded, as :class:`newslint.rule.Triggers` does, lest they multiply the automaton's states)
    is asked on its own where the set reports it, and a text the set fails on (out of automaton memory: its answer
    lacks the last pattern, ``\\z``) is asked cue by cue."""

    __slots__ = ("cues", "_set", "_loosened")

    def __init__(self, *cues: Cues) -> None:
        self.cues = cues
        self._set = None  # built on first use (a set does not pickle)
        self._loosened: frozenset[int] = frozenset()

    def held(self, text: str) -> set[int]:
        """The indexes in ``cues`` of the cues ``text`` holds."""
        if self._set is None:
            self._compile()
        found = set(self._set.Match(utf8_for_re2(text)))
        sentinel = len(self.cues)
        if sentinel not in found:
            return {k for k, cue in enumerate(self.cues) if cue.found(text)}
        found.discard(sentinel)
        return {k for k in found if k not in self._loosened or self.cues[k].found(text)}

    def _compile(self) -> None:
        import re2  # the packs import it in every run

        together = re2.Set.SearchSet()
        loosened = set()
        for k, cue in enumerate(self.cues):
            loose = unbounded_repetitions(cue.pattern, 8)
            together.Add(loose)
            if loose != cue.pattern:
                loosened.add(k)
        together.Add(r"\z")  # matches every text (at its end): a search that fails leaves it out
        together.Compile()
        self._set, self._loosened = together, frozenset(loosened)
