"""What more than one of the boilerplate rules uses: words, month names and the packs that delete a line."""

from __future__ import annotations

from newslint import regexcache

_WORD = regexcache.compile(r"[^\W_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"

# the packs (rules/boilerplate.yaml) whose fix deletes the line they name: NL310 and NL316 yield to them (Rule.yields_to)
LINE_PACKS = frozenset({"NL301", "NL302", "NL303", "NL304", "NL305", "NL306", "NL308", "NL309"})
# the line rules that name a line by what it is (a timestamp, a byline, a credit), their fix deleting it: NL310's
# generic line and NL316's phrase inside such a line yield to them (not to NL312's caption: a line of a page's
# furniture it reads as a caption is labelled boilerplate)
LINE_KINDS = frozenset({"NL314", "NL315", "NL320"})
