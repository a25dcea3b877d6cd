"""What more than one of the boilerplate rules uses: words and month names."""

from __future__ import annotations

from newslint import regexcache

_WORD = regexcache.compile(r"[^\W_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
