"""NL330–NL332: the page's metadata leaked into the body: a date line, a timestamp, a header byline."""

from __future__ import annotations

import re
from typing import Iterable

from newslint import regexcache
from newslint.dates import TIME_ZONE
from newslint.engine import ArticleGate
from newslint.fixes import delete_paragraph
from newslint.model import Article
from newslint.rule import Finding, Fix, Rule, Severity, quote
from newslint.rules.boilerplate._shared import _words


def _glued_date(article: Article) -> bool:
    """NL330's gate: a date glued before the body (no article of the BBC + scraped mix has one)."""
    date = article.date
    return date is not None and date.glued


class LeakedDate(Rule):
    code = "NL330"
    name = "leaked-date"
    severity = Severity.WARNING
    summary = "A 'date YYYY-MM-DD' metadata field glued in front of the body text."
    bad = " date 2021-12-02 Top U.S. diplomat Antony Blinken on Thursday warned Russia"
    good = "Top U.S. diplomat Antony Blinken on Thursday warned Russia"
    trigger = ArticleGate(_glued_date)  # (each rule that runs on every article costs a generator there, 61e)

    def check(self, article: Article) -> Iterable[Finding]:
        date = article.date
        if date is None or not date.glued:
            return
        start, end = date.span.start, date.span.end
        shown = article.text[start:end].strip()
        lead = len(article.text[start:end]) - len(article.text[start:end].lstrip())
        yield self.finding(start + lead, start + lead + len(shown), f"metadata glued to the text: {quote(shown)}",
                           Fix.replace(start, end, "", description="remove the metadata"))


_TIME = r"\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?" + TIME_ZONE + ")?"
# a labelled stamp, its label in any of a page's cases ('Published On', 'LAST UPDATED ON'), also as a list's item
# ('* Updated 21:22, 6 OCT 2020'), its time after a comma, 'at', a slash, a bar or a dash, its zone after a bare date
# too ('Updated: May 6, 2022 EDT'), or a relative time alone; a date it states in full (a year or a time: 'Published on
# Monday' in prose is none)
_STAMP_LABEL = (r"(?:(?:Last|First) (?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Mm]odified)"
                r"|(?:LAST|FIRST) (?:UPDATED|PUBLISHED|POSTED|MODIFIED)"
                r"|Updated|Published|Posted|Modified|UPDATED|PUBLISHED|POSTED|MODIFIED)")
TIMESTAMP = regexcache.compile((
    r"(?:[*+•-][ \t]+)?" + _STAMP_LABEL + r"(?:\s(?:on|at|On|At|ON|AT))?\s?:?\s+"
    r"(?:\d+ (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago"
    r"|(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?:(?:,| [/|–-])? _TIME| _ZONE)?"
    r"|(?=[\w ,.:/-]{0,40}\d)(?:[A-Z][a-z]+day,? |\d{1,2}[:.]\d{2}|\d{1,2} (?:[A-Z][a-z]{2,8}|_CAPS)\b"
    r"|(?:[A-Z][a-z]{2,8}|_CAPS)\.? \d{1,2}\b)"
    r"[\w ,.:/-]{0,40}?(?:\d{4}|_TIME)(?:(?:,? (?:at )?| [/|–-] )_TIME| _ZONE)?)"
    r"|^\d+ (?:minutes?|hours?|days?) ago(?=\s*$)").replace("_TIME", _TIME).replace("_ZONE", TIME_ZONE)
    .replace("_CAPS", "(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6}"))  # a month in capitals
# the first character of every TIMESTAMP match but a digit's (Python's \d: ``str.isdecimal``)
_TIMESTAMP_FIRST = "LFUPM*+•-"
# what a match opening with a letter opens with: a label's first word (a paragraph opening with 'Mr', 'Police' or 'Last
# year', most of those letters', is not matched; asked after the first character, which most paragraphs fail)
_TIMESTAMP_LABELS = ("Last ", "First ", "LAST ", "FIRST ", "Updated", "Published", "Posted", "Modified", "UPDATED",
                     "PUBLISHED", "POSTED", "MODIFIED")


# every TIMESTAMP match holds, as a word of the word analysis, the last word of its label (whitespace or a colon after
# it), or 'ago' after a unit of time: an article whose distinct words hold neither holds no match (NL331's gate)
_LABEL_WORDS = frozenset(("Updated", "updated", "UPDATED", "Published", "published", "PUBLISHED", "Posted", "posted",
                          "POSTED", "Modified", "modified", "MODIFIED"))
_AGE_UNITS = frozenset(("minute", "minutes", "hour", "hours", "day", "days"))


def _may_hold_timestamp(article: Article) -> bool:
    """NL331's gate: the article's words hold a label's or an age's (about one article in fifteen of the mix)."""
    words = article.distinct_words
    return not _LABEL_WORDS.isdisjoint(words) or "ago" in words and not _AGE_UNITS.isdisjoint(words)


class LeakedTimestamp(Rule):
    code = "NL331"
    name = "leaked-timestamp"
    severity = Severity.WARNING
    summary = "A 'Published/Updated …' page timestamp at the start of a paragraph."
    bad = "Published 14:32 GMT, 2 December 2021"
    good = "The report, published on 2 December 2021, found…"
    trigger = ArticleGate(_may_hold_timestamp)

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            first = paragraph.text[:1]
            if first not in _TIMESTAMP_FIRST and not first.isdecimal() \
                    or first.isalpha() and not paragraph.text.startswith(_TIMESTAMP_LABELS):
                continue  # (a test of one character, then of a label's word: not a match of TIMESTAMP on each paragraph)
            match = TIMESTAMP.match(paragraph.text)
            if not match:
                continue
            stop = stamps_end(paragraph.text, match)
            start, end = paragraph.start, paragraph.start + stop
            rest = paragraph.text[stop:]
            if not rest.strip(" |•·-–—,;"):
                fix = delete_paragraph(article, paragraph, "delete the timestamp line")
            else:
                fix = Fix.replace(start, end + _gap(rest, 0), "", safe=False, description="remove the timestamp")
            yield self.finding(start, end, f"page timestamp in the body: {quote(match.group())}", fix)


def stamps_end(text: str, match: re.Match[str]) -> int:
    """Where the page timestamps that open ``text`` end: ``match`` (TIMESTAMP's at its start) and the stamps repeated
    after it ('Published … | Updated …')."""
    stop = match.end()
    while again := TIMESTAMP.match(text, stop + _gap(text, stop)):
        stop = again.end()
    return stop


def _gap(text: str, at: int) -> int:
    """The length of the separators (spaces, bars, bullets, dashes, commas) at ``text[at:]``."""
    rest = text[at:]
    return len(rest) - len(rest.lstrip(" |•·-–—,;"))


_NAME = r"[A-Z][\w'’-]+(?: (?:[A-Z]\.|[A-Z][\w'’-]+|de|van|von|da|di|del|al|bin|le|la)){1,3}"
HEADER_BYLINE = regexcache.compile(
    r"By (?:" + _NAME + r")(?:(?:,| and| &) " + _NAME + r")*"
    r"(?:(?P<sep>\s?[|•·]\s?|,\s|\s[-–—]\s)[A-Z][\w&.’'-]*"
    r"(?: (?:News|Staff|Writer|Reporter|Correspondent|Editor|Press|Service|Media|Agency|Times|Post))*)?")
NON_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december the this that""".split())


_SEPARATORS = " |•·-–—,;:"  # what may follow a header byline on its line


def header_byline(text: str) -> re.Match | None:
    """The 'By Jane Doe | Reuters' byline (HEADER_BYLINE) that opens ``text``, its first name no day, month or 'the'
    (matched only where ``text`` opens with the pattern's own 'By ': most paragraphs are asked and few do)."""
    match = HEADER_BYLINE.match(text) if text.startswith("By ") else None
    return match if match and _words(match.group())[1].lower() not in NON_NAMES else None


def whole_header_byline(text: str) -> bool:
    """``text`` (a paragraph's own text) is a header byline and separators only: NL332 deletes it at the body's
    start, and NL315 leaves it to NL332 (one NL315 finds only without a link's markup, 'By [12]Jane Doe', is
    NL315's own)."""
    match = header_byline(text)
    return match is not None and not text[match.end():].strip(_SEPARATORS)


def _may_open_with_byline(article: Article) -> bool:
    """NL332's gate: one of the first two paragraphs opens with 'By ' (what :func:`header_byline` asks first)."""
    texts = article.paragraph_texts
    return any(text.startswith("By ") for text in texts[:2])


class HeaderByline(Rule):
    code = "NL332"
    name = "header-byline"
    severity = Severity.WARNING
    summary = "A 'By Jane Doe | Reuters' byline left at the start of the body."
    bad = "By Jane Doe | Reuters"
    good = "By Thursday, Jane Doe had left Reuters."
    trigger = ArticleGate(_may_open_with_byline)

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs[:2]:
            match = header_byline(paragraph.text)
            if not match:
                continue
            rest = paragraph.text[match.end():]
            if rest.strip(_SEPARATORS):
                # glued to the text: only when a separator marks where the byline ends
                if not match.group("sep") or "|" not in match.group() and "•" not in match.group():
                    continue
                yield self.finding(paragraph.start, paragraph.start + match.end(),
                                   f"byline glued to the text: {quote(match.group())}",
                                   Fix.replace(paragraph.start, paragraph.start + match.end() + len(rest) - len(rest.lstrip()),
                                               "", safe=False, description="remove the byline"))
            else:
                yield self.finding(paragraph.start, paragraph.end, f"byline in the body: {quote(paragraph.text)}",
                                   delete_paragraph(article, paragraph, "delete the byline"))
