"""What more than one of the boilerplate rules uses: words, month names, which of several cues a text holds
(``rule.CueSet``, by the name the rules import)."""

from __future__ import annotations

from newslint import regexcache
from newslint.rule import CueSet as _CueSet  # noqa: F401  (the boilerplate rules' name for it)

_WORD = regexcache.compile(r"[^\W_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
