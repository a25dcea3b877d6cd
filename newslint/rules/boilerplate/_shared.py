"""What more than one of the boilerplate rules uses: words, month names and the packs that delete a line."""

from __future__ import annotations

from newslint import regexcache

_WORD = regexcache.compile(r"[^\W_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"

# the packs (rules/boilerplate.yaml) whose fix deletes the line they name: NL310, NL311 and NL316 yield to them
# (Rule.yields_to)
LINE_PACKS = frozenset({"NL301", "NL302", "NL303", "NL304", "NL305", "NL306", "NL308", "NL309"})
