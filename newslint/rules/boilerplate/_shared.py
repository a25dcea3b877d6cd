"""What more than one of the boilerplate rules uses: words, month names, a pattern's spans found by RE2."""

from __future__ import annotations

import re

from newslint import regexcache

_WORD = regexcache.compile(r"[^\W_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"


class _SpansByRe2:
    """``[m.span() for m in pattern.finditer(text)]`` found by RE2, one pass of its automaton (Python's re tries the
    pattern at every character that can open a match: each capital for 28 literals, each lower-case letter for
    ``[a-z][A-Z]``), or by ``pattern`` itself where RE2 cannot take the text (a lone surrogate). Only for patterns
    that both engines read alike: ASCII classes and literals, no look-around (``in_re2``: the same pattern written
    for RE2, where it differs: ``\\p{Nd}`` for ``\\d``)."""

    __slots__ = ("pattern", "in_re2", "_compiled")

    def __init__(self, pattern: re.Pattern, in_re2: str | None = None) -> None:
        self.pattern, self.in_re2, self._compiled = pattern, in_re2 or pattern.pattern, None

    def __call__(self, text: str) -> list[tuple[int, int]]:
        if self._compiled is None:
            import re2  # the packs import it in every run

            self._compiled = re2.compile(self.in_re2)
        try:
            return [found.span() for found in self._compiled.finditer(text)]
        except UnicodeEncodeError:
            return [found.span() for found in self.pattern.finditer(text)]
