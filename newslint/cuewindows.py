"""``pattern.finditer(text)`` searched only near the literal cues that every match holds.

A rule's regex of many alternatives costs a try at every position of a paragraph; on a
flattened page of hundreds of kilobytes where one cue occurs, nearly all of that is
spent far from any possible match. :func:`finditer_near` searches only the windows of
``REACH`` characters either side of each cue (merged where they overlap), and gives the
same matches as the whole search: a match that comes within ``MARGIN`` characters of a
window's cut edge (where the search could see less than the whole text would show it)
makes it search the whole text instead. The pattern must be one in which every match
holds a cue and reaches no further than ``MARGIN`` characters from it (bounded repeats;
an unbounded one runs into the margin and is caught there, unless a look-behind or the
match's first character keeps the cut window from matching any part of it: such a match
is lost, so give a long one's whole run as cues, ``extraction._shared.whole_run_cues``).

:class:`SpansByRe2` finds a simple pattern's spans (the cues themselves, say) in one RE2 pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newslint.rule import utf8_for_re2

REACH = 2000  # characters of a window either side of a cue
MARGIN = 1000  # a match this near a cut edge is checked by the whole search


def finditer_near(pattern: re.Pattern, text: str, cues: Iterable[int], reach: int = REACH,
                  margin: int = MARGIN) -> list[re.Match]:
    """``list(pattern.finditer(text))``, searched only within ``reach`` characters of the (sorted) offsets ``cues``.

    ``margin=0`` where every match is known to lie within ``reach`` of a cue (no fallback is needed then)."""
    windows: list[list[int]] = []
    end = -1
    for at in cues:
        start = max(0, at - reach)
        if start <= end:
            windows[-1][1] = end = min(len(text), at + reach)
        else:
            end = min(len(text), at + reach)
            windows.append([start, end])
    found = []
    for start, end in windows:
        low = start + margin if start else -1
        high = end - margin if end < len(text) else len(text) + 1
        for match in pattern.finditer(text, start, end):
            if match.start() < low or match.end() > high:
                return list(pattern.finditer(text))
            found.append(match)
    return found


class SpansByRe2:
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
        return spans if end == len(text) else in_characters(encoded, spans)


def in_characters(encoded: bytes, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (byte offsets into the UTF-8 ``encoded``, in order, not overlapping) as character offsets."""
    found, chars, last = [], 0, 0
    for start, end in spans:
        chars += len(encoded[last:start].decode())
        begin = chars
        chars += len(encoded[start:end].decode())
        found.append((begin, chars))
        last = end
    return found
