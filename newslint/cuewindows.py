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
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
