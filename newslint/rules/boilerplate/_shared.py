"""What more than one of the boilerplate rules uses: words, month names, which of several cues a text holds."""

from __future__ import annotations

from newslint import regexcache
from newslint.rule import Cues, sorted_set_patterns, unbounded_repetitions, utf8_for_re2

_WORD = regexcache.compile(r"[^\W_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"


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
        loose = [unbounded_repetitions(cue.pattern, 8) for cue in self.cues]
        for pattern in sorted_set_patterns(loose):  # the same answers, smaller automaton states
            together.Add(pattern)
        together.Add(r"\z")  # matches every text (at its end): a search that fails leaves it out
        together.Compile()
        self._set = together
        self._loosened = frozenset(k for k, cue in enumerate(self.cues) if loose[k] != cue.pattern)
