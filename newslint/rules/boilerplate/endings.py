"""NL318: the last words of a flattened page without a full stop."""

from __future__ import annotations

import re
from typing import Iterable

from newslint import regexcache
from newslint.model import Article
from newslint.rule import Finding, Rule, Severity, quote


_ENDED = regexcache.compile(r"[.!?…:;][\"'”’)\]]*\s*$")  # a closing quote without a stop does not end the text
_LAST_STOP = regexcache.compile(r".*[.!?…][\"'”’)\]]*(?=\s)", re.S)
MIN_FLAT_LENGTH = 500  # characters: a shorter last paragraph may be a list or a sign-off, not a flattened page


class UnfinishedEnding(Rule):
    code = "NL318"
    name = "unfinished-ending"
    severity = Severity.WARNING
    summary = "A long one-line text ends without a full stop: a caption or page line was left at the end."
    bad = "…as Real prepared for the derby. The Portuguese star shows off his skills in training on Monday"
    good = "…as Real prepared for the derby."
    explanation = ("A page flattened into one long paragraph ends with what followed the story: a photo caption, "
                   "'Follow X on Twitter', a link to a related page, a results table, all of which lack a full "
                   "stop. The finding covers the words after the last sentence stop (or the text was cut off).")

    def check(self, article: Article) -> Iterable[Finding]:
        if not article.paragraphs or len(article.paragraphs) > 2:
            return  # a page of several paragraphs was not flattened: its last line is NL311's
        last = article.paragraphs[-1]
        text = last.text.rstrip()
        if len(text) < MIN_FLAT_LENGTH or _ENDED.search(text[-4:]) or not text[-1].isalnum() and text[-1] not in ")'’\"”":
            return
        stop = _LAST_STOP.match(text, max(0, len(text) - 400))
        start = stop.end() if stop else max(0, len(text) - 400)
        start += len(text[start:]) - len(text[start:].lstrip())
        tail = text[start:]
        yield self.finding(last.start + start, last.start + len(text),
                           f"the text ends without a full stop (a caption or page line?): {quote(tail)}")
