"""Shapes of a whole line that the parse and the rules both read, below both: a page's date or time stamp
(``timestamp_line``: the parse's first line that is no title, :func:`newslint.model._page_line`; NL311, NL312,
NL314, NL315).
"""

from __future__ import annotations

from itertools import filterfalse

from newslint import regexcache


_STAMP_WORDS = frozenset("""posted published updated update last latest modified written date on at am pm a p m
first ago second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks t z et pt ct mt
st nd rd th edt est cst cdt mst mdt pst pdt gmt bst utc cet cest ist jst aest sgt hkt monday tuesday wednesday
thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
STAMP_LABELS = frozenset("posted published updated update modified written".split())
_MONTHS = frozenset("""january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec""".split())
_TOKEN = regexcache.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")  # 'pmNovember' (two stamps glued) is two words
_NUMERIC_DATE = regexcache.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}|\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}\b)")
_AGO = frozenset("second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks".split())
# a relative time without a figure or with a unit's letter: 'an hour ago', '3h ago', 'moments ago', 'Updated just now'
_RELATIVE_STAMP = regexcache.compile(
    r"(?i:(?:(?:last )?(?:posted|published|updated|modified):? )?(?:(?:an?|\d{1,2}) ?(?:[smhdw]|secs?|seconds?|mins?|minutes?"
    r"|hrs?|hours?|days?|weeks?|months?|years?|yrs?)|(?:a few )?moments|a few (?:seconds|minutes|hours|days)) ago"
    r"|(?:(?:posted|published|updated) )?just now)")
_RELATIVE_ENDS = ("ago", "now", "AGO", "NOW", "Now")
_NO_STAMP_MARK = regexcache.compile("[?!\"“”'’]")  # a mark no page date holds
STAMP_LONGEST = 80  # characters: a longer line is no timestamp line


def timestamp_line(text: str) -> bool:
    """True when the line is only a page date or time, or only its label ('Posted on', '| UPDATED:'). (Each test
    is one C-level call over the line's words: NL311 asks it of every short line of a page, several times.)"""
    if len(text) > STAMP_LONGEST or _NO_STAMP_MARK.search(text):
        return False
    if text.endswith(_RELATIVE_ENDS) and _RELATIVE_STAMP.fullmatch(text.strip()):
        return True
    tokens = _TOKEN.findall(text)
    if not tokens or len(tokens) > 14:
        return False
    lower = list(map(str.lower, tokens))
    if not _STAMP_WORDS.issuperset(filterfalse(str.isdigit, lower)):
        return False
    if not any(map(str.isdigit, lower)):
        return len(tokens) <= 3 and not STAMP_LABELS.isdisjoint(lower)
    return not _MONTHS.isdisjoint(lower) or bool(_NUMERIC_DATE.search(text)) \
        or lower[-1] == "ago" and len(lower) <= 5 and not _AGO.isdisjoint(lower)  # 'Updated 2 hours ago'
