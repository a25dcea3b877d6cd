"""NL314: a line that is only a date or a time stamp, alone or glued to the text."""

from __future__ import annotations

import re
from itertools import chain, islice
from typing import Iterable

from newslint import native, regexcache
from newslint.cuewindows import SpansByRe2
from newslint.dates import (MONTH, NUMERIC_DATE_CUE, TIME_ZONE, article_date_cues, may_hold_iso_date,
                            may_hold_numeric_date)
from newslint.fixes import delete_paragraph
from newslint.furniture import FUNCTION_WORDS
from newslint.lineshapes import (ITEM_OPENINGS, MONTH_DAY_YEAR, STAMP_LABELS, STAMP_LONGEST, _PERSON,
                                 _RELATIVE_STAMP, _STAMP_WORDS, timestamp_line)
from newslint.model import Article, Paragraph, fits_after
from newslint.rule import Finding, Fix, Rule, Severity, quote
from newslint.rules.boilerplate import NON_NAMES, TIMESTAMP
from newslint.rules.lines._shared import (HOLDS_BY, LINE_BREAK, _UNWRAPPED, _kept_lines, _set_apart, marks_holding,
                                          paragraph_forms)


def _stamp_closing_block(text: str) -> int | None:
    """Where the last line of a short block starts when it is only the page's date ('… top post - by Jane Doe' /
    'April 21, 2022'), under a line that ends in a name, a number or a stop rather than in the middle of a
    sentence ('… was announced on' / 'March 3, 2020.', a hard-wrapped sentence, stays), else None."""
    cut = text.rstrip().rindex("\n")
    line, above = text[cut + 1:].strip(), text[:cut].rstrip()
    if not line or line.endswith(".") or not timestamp_line(line):
        return None
    last_word = above.rsplit(None, 1)[-1] if above else ""
    if not last_word or not (last_word[0].isupper() or last_word[-1].isdigit() or last_word[-1] in ".!?|"):
        return None
    return cut + 1 + (len(text[cut + 1:]) - len(text[cut + 1:].lstrip()))


def _stamp_lines(lines: list[str], starts: list[int]) -> Iterable[tuple[int, int]]:
    """(start, end) of each line of a block whose line breaks an extractor kept (_kept_lines: a whole page's text,
    one element a line) that is only the page's date or time (timestamp_line; the first line not in NL331's labelled
    form, which NL331 reads at a paragraph's start only) and not a piece of a sentence broken at a link
    (_set_apart)."""
    for k, line in enumerate(lines):
        stripped = line.strip()
        if stripped and not stripped.endswith(".") and timestamp_line(stripped) \
                and (k or not TIMESTAMP.match(stripped)) \
                and _set_apart(lines, k):
            start = starts[k] + len(line) - len(line.lstrip())
            yield start, start + len(stripped)


_BYLINE_OPENINGS = ("By ", "by ", "BY ", "Posted by ", "Written by ")


def _python_stamp_paragraphs(texts: list[str], marks: bytes, openings: tuple[str, ...]) -> list[int]:
    """The paragraphs NL314's loop reads (the twin of the compiled ``stamp_paragraphs``): 80 characters or fewer, a
    line break (``marks``: line_forms's), a digit last or a byline's opening (``openings``) first; no other holds
    anything it reports (34d)."""
    return [i for i, text in enumerate(texts) if len(text) <= STAMP_LONGEST or marks[i] & LINE_BREAK
            or text[-1:].isdigit() or text.startswith(openings)]


stamp_paragraphs = native.pick("stamp_paragraphs", _python_stamp_paragraphs)
# where a byline's date may start: after a separator, or at a label ('… published 9 August 2012', '… on May 3, 2021')
_STAMP_START = regexcache.compile(r"\s*(?:[•|·,]|\s[-–—/])\s*|\s(?=(?:[Pp]ublished|[Uu]pdated|[Pp]osted|on) )")
_BYLINE_WITH_STAMP = 90  # characters
# a date or time after a byline's names with only a space before it ('By Jane Doe 11 February 2020'): where a figure,
# a weekday or a month starts after a space, taken where the line before it is 'By' and names alone
_DATE_START = regexcache.compile(r" (?=\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")
# a name with a date's label after it ('Jane Doe Updated 3:41 PM EST, Mon March 2, 2020'): a byline joined to its date
_STAMP_LABEL = r"(?:Published|Updated|Posted|PUBLISHED|UPDATED|POSTED)\b"
_LABELLED_NAME = regexcache.compile(_PERSON + r"(?: (?:and|&) " + _PERSON + r")? (?=" + _STAMP_LABEL + ")")
_NAMED_BYLINE = regexcache.compile(r"(?:By|BY|by|Posted by|Written by):? " + _PERSON + r"(?:(?:,| and| &) " + _PERSON
                                   + r")*")


def _stamp_after_byline(text: str) -> int | None:
    """Where the page's date starts in a byline line that ends with it ('By Jane Doe • 11/08/23 5:19pm', 'By Jane
    Doe, August 14, 2020 2:30 pm', 'By Jane Doe published 9 August 2012', 'By Jane Doe 8 January 2020, 3:51 pm'):
    the first place after which the rest of the line is only a date or time (timestamp_line), else None. The
    byline itself is NL315's."""
    if len(text) > _BYLINE_WITH_STAMP or "\n" in text:
        return None
    starts = [start.end() for start in _STAMP_START.finditer(text, 3)]
    starts += [start.end() for start in _DATE_START.finditer(text, 3) if _NAMED_BYLINE.fullmatch(text, 0, start.start())]
    for start in sorted(starts):
        rest = text[start:].rstrip()
        if rest and timestamp_line(rest):
            return start
    return None


# after a byline run into a line, besides a date in words: a date in figures or the page's label of a date
_NUMBERS_OR_LABEL = (r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b"
                     r"|(?:Published|Updated|Posted|PUBLISHED|UPDATED|POSTED)\b")
# a byline inside a line (matched where a space stands before it), the page's date or its label after it (a separator
# between them or none): '… strategy game. By Jane Doe 11 February 2020 Comments', '… purchase. By Jane Doe •
# 11/08/23 5:19pm For …'
_SPACED_BYLINE = regexcache.compile(
    r"By (" + _PERSON + r"(?: (?:and|&) " + _PERSON + r")?)(?= (?:[•|·–—-] )?(?:"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{4}\b|" + _NUMBERS_OR_LABEL + "))")
_NOT_FIRST_NAMES = FUNCTION_WORDS | _STAMP_WORDS | NON_NAMES  # no name's first word: 'By Tuesday', 'By the'


def spaced_bylines(text: str) -> Iterable[re.Match[str]]:
    """Each byline run into a line after a space, the page's date or its label after it (_SPACED_BYLINE), its
    name's first word no function word, day, month or label: NL315 reports the byline, NL314 an unlabelled date."""
    at = text.find("By ", 1)
    while at > 0:  # (each 'By' found by str.find: a search by the pattern tried it at every character)
        match = _SPACED_BYLINE.match(text, at) if text[at - 1] in " \xa0" else None
        at = text.find("By ", at + 3)
        if match and match.group(1).split(None, 1)[0].lower().rstrip(".") not in _NOT_FIRST_NAMES:
            yield match


_FLAT_PAGE = 2000  # characters: a line this long is a page flattened to one line (get_text(' ')), no paragraph
# in a page flattened to one line, a byline of another opening than 'By ' ('… harbour notes by Valley Desk Staff
# October 12, 2022 in …', 'by: Jane Doe Posted: …', 'Author: Jane Doe August 4, 2018 2:05 pm', 'Written by Jane Doe
# …': matched from 'by'), a full date or a date's label after it (in prose a name after 'by' may go on with a weekday:
# 'signed by President Jane Doe Monday')
_FLAT_BYLINE = regexcache.compile(
    r"(?:By:|by:?|Author:?) (" + _PERSON + r"(?: (?:and|&) " + _PERSON
    + r")?)(?= (?:[•|·–—-] )?(?:" + MONTH_DAY_YEAR
    + "|" + _NUMBERS_OR_LABEL + "))")
_FLAT_BYLINE_CUES = (" by", " By:", " Author")  # a space, then where a _FLAT_BYLINE starts
_NAME_OPENINGS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZdvaebl")  # a _PERSON's first letter (a capital, a particle's)


def _python_flat_byline_starts(text: str) -> list[int]:
    """Where a _FLAT_BYLINE may match in ``text``, in order (the twin of the compiled ``flat_byline_starts``): each of
    _FLAT_BYLINE_CUES's openings, then a colon or none, a space and a name's first letter ('Abby', 'bypass', 'by the'
    are none)."""
    starts = []
    for cue in _FLAT_BYLINE_CUES:
        at = text.find(cue)
        while at >= 0:
            after = at + len(cue)
            name = after + (text[after:after + 1] == ":")
            if text[name:name + 1] == " " and text[name + 1:name + 2] in _NAME_OPENINGS:
                starts.append(at + 1)
            at = text.find(cue, after)
    return sorted(starts)


_flat_byline_starts = native.pick("flat_byline_starts", _python_flat_byline_starts)


def flat_page_bylines(article: Article) -> list[tuple[Paragraph, re.Match[str]]]:
    """Each _FLAT_BYLINE in a paragraph of _FLAT_PAGE characters or more, with its paragraph, in order, its name's
    first word no function word, day, month or label (found once for NL315, which reports the byline, and NL314, an
    unlabelled date after it)."""
    return article.shared("lines.flat-bylines", _flat_page_bylines) if _holds_flat_page(article) else []


def _holds_flat_page(article: Article) -> bool:
    """A paragraph of the article has _FLAT_PAGE characters or more (most have none: no line of a page flattened),
    answered once for NL314 and NL315."""
    return len(article.text) >= _FLAT_PAGE and article.shared("lines.flat-page", _longest_paragraph) >= _FLAT_PAGE


def _longest_paragraph(article: Article) -> int:
    return max(map(len, paragraph_forms(article)[0]), default=0)


def _flat_page_bylines(article: Article) -> list[tuple[Paragraph, re.Match[str]]]:
    """flat_page_bylines, each matched where ``_flat_byline_starts`` says it may (a search by the pattern tried it at
    every character of a long page)."""
    found = []
    for paragraph in article.paragraphs:
        text = paragraph.text
        if len(text) < _FLAT_PAGE:
            continue
        for at in _flat_byline_starts(text):  # (most long pages: none)
            match = _FLAT_BYLINE.match(text, at)
            if match and match.group(1).split(None, 1)[0].lower().rstrip(".") not in _NOT_FIRST_NAMES:
                found.append((paragraph, match))
    return found


_STAMP_REACH = 8  # words after a byline that its date may span ('Thursday, November 9, 2023 4:41 PM EST')


def _date_after(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the longest run of words after ``at`` (a spaced byline's end; a separator skipped) that is a
    date or time with a figure (timestamp_line) and opens with no label ('Updated …' stamps after a byline are
    NL316's), else None."""
    words = list(islice(_WORD_SPAN.finditer(text, at), _STAMP_REACH + 1))
    if words and words[0].group() in _SEPARATOR_WORDS:
        words = words[1:]
    if not words or words[0].group().lower().rstrip(":") in STAMP_LABELS:
        return None
    start = words[0].start()
    for word in reversed(words[:_STAMP_REACH]):
        end = word.end() - (len(word.group()) - len(word.group().rstrip(",;")))
        stamp = text[start:end]
        if any(map(str.isdigit, stamp)) and timestamp_line(stamp):
            return start, end
    return None


_WORD_SPAN = regexcache.compile(r"[^\s]+")
_HOLDS_BY_FLAG = marks_holding(HOLDS_BY)  # a paragraph's marks → 1 where it holds 'By'
_SEPARATOR_WORDS = frozenset("•|·–—-")


def _lines_under_bylines(text: str) -> Iterable[tuple[int, str]]:
    """Where each line of a block under a line that is only a byline starts, with the line stripped ('by Jane Doe' /
    '2 May 2018, 9:15am' / 'Share'); a line that is only a separator may stand between them, and the byline may be a
    lone 'By' over the name ('By' / 'Jane Doe' / '-' / 'April 28, 2022': a page template's byline and date, one
    element a line)."""
    lines, at = text.split("\n"), 0
    for k, line in enumerate(lines):
        j = k - 1 - (k > 1 and _is_separator_line(lines[k - 1]))  # the line above, past a separator's
        above = lines[j].strip() if j >= 0 else ""
        if above.startswith(_BYLINE_OPENINGS) and _NAMED_BYLINE.fullmatch(above) \
                or j > 0 and lines[j - 1].strip() in _LONE_BY and _NAME_LINE.fullmatch(above):
            yield at + len(line) - len(line.lstrip()), line.strip()
        at += len(line) + 1


_LONE_BY = frozenset(("By", "by", "BY", "By:", "by:"))
_NAME_LINE = regexcache.compile(_PERSON)


def _is_separator_line(line: str) -> bool:
    """The line is only a separator ('-', '•', '|'): a template's mark between a byline and its date."""
    stripped = line.strip()
    return len(stripped) == 1 and stripped in _SEPARATOR_WORDS


_TAIL_SEPARATOR = regexcache.compile(r" [/|•·] ")
_LABEL_WORDS = 4  # words at most before a stamp's separator: a section's label or a name ('Travel / 14 hours ago')


def _stamp_tail(text: str) -> str:
    """The date or time with a figure that ends a short line after a byline (_stamp_after_byline) or after a label
    of a few words and a separator ('Travel / 14 hours ago', 'By Jane Doe • 11/08/23 5:19pm'), else ''."""
    if len(text) > _BYLINE_WITH_STAMP:
        return ""
    if text.startswith(_BYLINE_OPENINGS):
        at = _stamp_after_byline(text)
    else:
        separator = _TAIL_SEPARATOR.search(text)
        at = separator.end() if separator and len(text[:separator.start()].split()) <= _LABEL_WORDS else None
    rest = text[at:].strip() if at is not None else ""
    return rest if any(map(str.isdigit, rest)) and timestamp_line(rest) else ""


def _stamp_after_name(text: str) -> int | None:
    """Where the page's date starts in a line of a name and its labelled date ('Jane Doe Updated May 6, 2022, 12:49
    AM', _LABELLED_NAME): the label, where the rest of the line is only a date or time, else None."""
    name = _LABELLED_NAME.match(text) if len(text) <= _BYLINE_WITH_STAMP else None
    return name.end() if name and timestamp_line(text[name.end():].rstrip()) else None


# a page's date and time glued to the next block of a page extracted without separators: 'April 14, 2022 | 2:12
# pmNo Covid deaths', 'Thursday, November 9, 2023 4:41AMEMBED' (the time's am/pm runs straight into a word or number)
_GLUED_STAMP = regexcache.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"[ ,|•·-]{0,4}(?:at )?\d{1,2}:\d{2}(?::\d{2})? ?(?:[ap]m|[AP]M)(?=[A-Z0-9])")
# the unit of a teaser's age written solid to the text ('5 minutes ago', '2 hrs ago'): one vocabulary for the glued
# forms below (lineshapes._RELATIVE_STAMP, a line that is only an age, also reads 's', 'h', 'secs', 'years')
_AGE_UNIT = r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
# a list item's time glued to its headline, as readabilipy joins a list ('* 5:12 pmFerry fares rise, * 27 minutes
# agoHarbour wall …'): a clock with am/pm or a relative time after the bullet, a capital or a quote straight after
_GLUED_ITEM_STAMP = regexcache.compile(
    r"[*•] (\d{1,2}:\d{2} ?(?:[ap]m|[AP]M)|(?:\d{1,2}|an?) " + _AGE_UNIT + r" ago)(?=[A-Z“‘\"'])")
# a page's date glued to the last sentence of a dek or paragraph, with no space: '… its recovery?Monday, 6 January 2020'
_TRAILING_STAMP = regexcache.compile(
    r"[a-z][.!?\"”]((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} (?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December) \d{4}|(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December) \d{1,2}, \d{4}))$")
# what every glued stamp holds, searched in the whole article first (the colon, a rare character, leads the search)
_GLUED_STAMP_CUE = regexcache.compile(r":\d\d(?::\d\d)? ?(?:[ap]m|[AP]M)[A-Z0-9]")
_COLONS_MATCHED = 4  # colons a text's cue is matched at one by one; the regex searches on from the next


def _holds_glued_stamp_cue(text: str) -> bool:
    """``_GLUED_STAMP_CUE.search(text) is not None``, its colons found by ``str.find`` (memchr, where the regex's
    search reads each character in turn) and the cue matched at the first few; the regex searches the rest from the
    next colon (a text of many colons costs no more than one search)."""
    colon = text.find(":")
    for _ in range(_COLONS_MATCHED):
        if colon < 0:
            return False
        if _GLUED_STAMP_CUE.match(text, colon):
            return True
        colon = text.find(":", colon + 1)
    return colon >= 0 and _GLUED_STAMP_CUE.search(text, colon) is not None


# a page's date written solid after a name or a headline, no space between ('By Jane DoeMarch 17, 2024', '… the
# harbourApril 21, 2022', '… in pictures17 September 2020'): a month, or a day before it, straight after a
# lower-case letter; in prose a space stands there ('in March 2024')
_SOLID_DATE = (r"(?:" + MONTH + r" ?\d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} " + MONTH + r",? \d{4})(?!\d)"
               r"(?:,? (?:at )?\d{1,2}:\d{2} ?(?:[ap]m|[AP]M)?)?")
_GLUED_DATE = regexcache.compile(r"(?<=[a-z])" + _SOLID_DATE)
_LINKED_DATE = regexcache.compile(_SOLID_DATE)  # matched where a link's ')' stands before the month
_CUE_REACH = 2, 40  # characters a glued date reaches before and after its cue span (dates.article_date_cues)


# a Markdown link closing straight before a date: a converter writes a link and the date element after it with no
# space between ('[Jane Doe](/author/jane-doe/)March 17, 2024', a list of latest posts' '[Ferry fares rise](…)April 26,
# 2022'); in prose a space stands after a link
_LINK_BEFORE = regexcache.compile(r"\]\([^()\s]+\)\Z")
_LINK_REACH = 300  # characters: a link's target


def glued_dates(article: Article) -> list[tuple[int, int]]:
    """(start, end) of each date written solid after a lower-case letter (_GLUED_DATE) or a Markdown link
    (_LINKED_DATE), looked for only at the article's month cues (dates.article_date_cues, found once for the date
    rules) whose letters are not one capitalised word ('PrescottMarch 17', 'coastApril 19') or stand after a link's
    ')' (_LINK_BEFORE), or whose day a lower-case letter stands before ('pictures17 September')."""
    text, found = article.text, {}
    for start, end in article_date_cues(article)[0]:
        if text[start].isdigit():  # the day before the month: the cue starts at its last digit
            at = start - 1 - text[start - 1:start].isdigit()
            if at < 0 or not text[at].islower():
                continue
        elif text[start].isupper() and text[start + 1:end].islower():  # (most cues: 'March 17', 'Sept. 3')
            if text[start - 1:start] == ")" and _LINK_BEFORE.search(text, max(start - _LINK_REACH, 0), start) \
                    and (linked := _LINKED_DATE.match(text, start)):
                found[start] = linked.end()
            continue
        for match in _GLUED_DATE.finditer(text, max(start - _CUE_REACH[0], 0), end + _CUE_REACH[1]):
            found[match.start()] = match.end()
    return sorted(found.items())


# a full date and the clock time straight after it, no 'at' between, inside a line ('… @janedoe Tuesday 14 July 2021
# 08:05 3 comments', '… Notice issued: Friday, 9 June 2023 – 4:20pm We thank …'): a page's stamp
_DATED_CLOCK = regexcache.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:" + MONTH + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} "
    + MONTH + r",? \d{4}),? (?:[-–|•/] )?(?:\d{1,2}:\d{2}(?::\d{2})?(?: ?(?:[ap]m|[AP]M)\b)?|\d{1,2}(?:\.\d{2})? ?(?:[ap]m|[AP]M)\b)"
    r"(?: " + TIME_ZONE + ")?")
_DATE_REACH = 16, 48  # characters a dated clock reaches before and after its cue span (a weekday; the year and time)
# in every dated clock, within _YEAR_REACH characters after its cue span ('…tember 2020 – 1'): searched first, cheaply
_YEAR_AND_FIGURE = regexcache.compile(r"\d{4},? (?:[-–|•/] )?\d")
_YEAR_REACH = 18
# the word before a date in a sentence ('… began on Tuesday 14 July 2021 08:05', 'from 3 May 2021 10:00')
_PROSE_BEFORE = frozenset("on since until till from by before after of to between and or at as dated through in".split())


def dated_clocks(article: Article) -> list[tuple[int, int]]:
    """(start, end) of each full date with a clock time straight after it (_DATED_CLOCK) that stands apart from a
    sentence (_apart_in_line), looked for only at the article's month cues (dates.article_date_cues)."""
    text, found = article.text, {}
    for start, end in article_date_cues(article)[0]:
        if not _YEAR_AND_FIGURE.search(text, end, end + _YEAR_REACH):
            continue  # (most cues: a date in a sentence)
        for match in _DATED_CLOCK.finditer(text, max(start - _DATE_REACH[0], 0), end + _DATE_REACH[1]):
            if _apart_in_line(text, match.start(), match.end()):
                found[match.start()] = match.end()
    return sorted(found.items())


# a date or time in a span whose attributes the page gave it as a date's (Pandoc's Markdown keeps them: '[2 days
# ago]{.date .meta-item}', '[[4:53 pm]{timestamp="1582728797"}](…)', '[May 3, 2021]{.entry-date .published}'): the
# span's words, a date or time alone (timestamp_line), maybe wrapped over lines
_ATTRIBUTED_SPAN = regexcache.compile(r"\[([^\[\]{}]{1,60})\]\{([^{}]{1,300})\}")
_DATE_ATTRIBUTE = regexcache.compile(r"(?:^|\s)\.[\w-]*(?:date|time|stamp|published|updated|posted)[\w-]*(?![^\s}])"
                                     r"|(?:^|\s)(?:timestamp|datetime|data-timestamp|data-time)=", re.I)


def attributed_stamps(article: Article) -> list[tuple[int, int]]:
    """(start, end) of the words of each span that the page's attributes call a date (_ATTRIBUTED_SPAN,
    _DATE_ATTRIBUTE) and that are only a date or time; looked for only in a text that holds an attribute's '{'. A
    span that is a whole line is left to NL311 (see _unmarked_stamps)."""
    text = article.text
    if text.find("{") < 0:  # (most articles: one search of one character)
        return []
    found = []
    for span in _ATTRIBUTED_SPAN.finditer(text):
        start, end = span.span()
        line_end = text.find("\n", end)
        beside = text[text.rfind("\n", 0, start) + 1:start] + text[end:line_end if line_end >= 0 else None]
        if beside.strip() and _DATE_ATTRIBUTE.search(span.group(2)) and timestamp_line(" ".join(span.group(1).split())):
            found.append(span.span(1))
    return found


# a full date run into a page flattened to one line, between its elements ('… Sign Out Sunday, March 14, 2021
# E-Edition …', '… ferry fares to rise March 14, 2021 Latest News …', '… Posted on May 3, 2021 Share …'): its label
# with it, nothing after it but a space and a capital or a figure, or the line's end (in prose a comma, a stop or a
# lower-case word goes on from a date)
# its clock time maybe after it ('… March 2nd, 2020 at 3:41 pm The …', '… 2 March 2020, 13:21 GMT Comments …')
_RUN_IN_CLOCK = r"(?:,? (?:at )?\d{1,2}[:.]\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: " + TIME_ZONE + r")?(?![\w:]))?"
_RUN_IN_DATE = regexcache.compile(
    r"(?:(?:Posted|Published|Updated|Last updated)(?:[^\S\n]+on)?[^\S\n]+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]+)?"
    r"(?P<date>" + MONTH + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} " + MONTH + r",? \d{4})" + _RUN_IN_CLOCK)
# what follows it (matched on its own: the end of the window searched would bound a lookahead); a capitalised word
# written solid after the year is the next block too ('… stay-at-home orders August 19, 2020The time …': soup)
_AFTER_RUN_IN = regexcache.compile(r"[^\S\n]+[A-Z\d]|[^\S\n]*(?:\n|\Z)|[A-Z][a-z]")
# in every run-in date, within _YEAR_REACH characters after its cue span: its year, and a capital, a figure or the
# line's end after it, or its clock's first figure after a comma or 'at' (searched first, cheaply; the end of the
# window searched may pass for the line's end)
_YEAR_THEN_CAPITAL = regexcache.compile(r"\d{4}(?:[^\S\n]+[A-Z\d]|[^\S\n]*(?:\n|\Z)|[A-Z][a-z]|,? (?:at )?\d)")
_RUN_IN_REACH = 30, 40  # characters a run-in date reaches before its cue span (a label, a weekday) and after it (its
# year, its clock)
_NOT_BEFORE_RUN_IN = _PROSE_BEFORE | FUNCTION_WORDS  # 'the March 14, 2021 Harbour Board vote', 'dated June 9, 1911'
# a numeric date, its clock maybe after it, run into a flattened page as _RUN_IN_DATE is ('… at the police station
# 2022-04-26 ST CATHERINE …', '… Lineup 03/11/2023 TV Guide …'): a day and a month that can be, either way round
# with slashes, the day first with stops ('14.03.2021'; not a version's '3.14.2021'), or ISO
_DAY, _MONTH_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])"
_RUN_IN_NUMERIC_DATE = regexcache.compile(
    rf"(?<![\w/.:-])(?:(?:{_DAY}/{_MONTH_NUMBER}|{_MONTH_NUMBER}/{_DAY})/(?:19|20)\d\d|{_DAY}\.{_MONTH_NUMBER}\.(?:19|20)\d\d"
    r"|(?:19|20)\d\d[-/][01]\d[-/][0-3]\d)(?![\w/.:-])(?:,? \d{1,2}:\d\d(?: ?[AaPp][Mm])?(?![\w:]))?")
# what every numeric date holds from its day's last figure or its year on, found by one RE2 pass of a long line of an
# article that holds one (dates.may_hold_numeric_date)
_numeric_date_cues = SpansByRe2(NUMERIC_DATE_CUE)
# a line shorter than a page (_FLAT_PAGE) but of _TEASER_LINE characters or more holds run-in dates only as a list of
# teasers does, headline, date, headline, date: two of them _TEASER_REACH characters apart at most
_TEASER_LINE = 500
_TEASER_REACH = 400


def run_in_dates(article: Article) -> list[tuple[int, int]]:
    """(start, end) of each full date run into a page flattened to one line (_RUN_IN_DATE, looked for only at the
    article's month cues) in a line of _FLAT_PAGE characters or more, or in a shorter one beside another (a list of
    teasers), that stands apart from a sentence (_run_in_apart), with its clock time where that stands apart too; so
    is each numeric date and relative time of a line of _FLAT_PAGE characters or more (_numeric_dates,
    _relative_times)."""
    if not _holds_long_line(article):
        return []
    cues, flat = article_date_cues(article)[0], _holds_flat_page(article)
    if len(cues) < 2 and not flat:
        return []  # (a shorter line's dates count only two by two, as a list of teasers holds them)
    text, found, listed, line = article.text, {}, [], (0, -1)
    for start, end in cues:
        if not _YEAR_THEN_CAPITAL.search(text, end, end + _YEAR_REACH):
            continue  # (most cues: a date in a sentence, a comma or a stop after its year)
        if not line[0] <= start < line[1]:
            line = text.rfind("\n", 0, start) + 1, text.find("\n", end) % (len(text) + 1)
        if line[1] - line[0] < _TEASER_LINE:
            continue
        for match in _RUN_IN_DATE.finditer(text, max(start - _RUN_IN_REACH[0], line[0]), end + _RUN_IN_REACH[1]):
            if match.start() <= start < match.end():  # (with its clock, else the date alone: '… 2020 10:30 hrs …')
                at = next((at for at in (match.end(), match.end("date")) if _run_in_apart(text, match.start(), at)), 0)
                if at:
                    listed.append((line, match.start(), at))
    numeric = may_hold_numeric_date(article) if flat else False
    for paragraph in article.paragraphs if flat else ():  # (most articles: no page's line)
        if len(paragraph.text) >= _FLAT_PAGE:
            for start, end in chain(_numeric_dates(paragraph) if numeric else (), _relative_times(paragraph)):
                line = text.rfind("\n", 0, start) + 1, text.find("\n", end) % (len(text) + 1)
                if line[1] - line[0] >= _FLAT_PAGE:
                    listed.append((line, start, end))
    listed.sort(key=lambda item: item[1])
    for i, (line, start, end) in enumerate(listed):  # a shorter line's: only beside another date of its list
        if line[1] - line[0] >= _FLAT_PAGE or any(other[0] == line and other[1] != start
                                                   and abs(other[1] - start) <= _TEASER_REACH
                                                   for other in listed[max(i - 1, 0):i + 2]):
            found[start] = end
    return sorted(found.items())


def _numeric_dates(paragraph: Paragraph) -> Iterable[tuple[int, int]]:
    """(start, end) in the article of each _RUN_IN_NUMERIC_DATE in the long ``paragraph`` (one line) that stands apart
    from a sentence (_run_in_apart), matched only at the cues one RE2 pass finds."""
    text, at = paragraph.text, paragraph.start
    for cue, _ in _numeric_date_cues(text):
        match = _RUN_IN_NUMERIC_DATE.match(text, cue - (cue > 0 and text[cue - 1].isdigit()))  # (a day of 2 figures)
        if match is not None and _run_in_apart(text, *match.span()):
            yield at + match.start(), at + match.end()


# a relative time run into a flattened page as _RUN_IN_DATE is, a teaser's ('… Ferry fares to rise 2 hours ago Quay to
# reopen …'): read back from each ' ago' (_RELATIVE_STAMP's end) within _RELATIVE_REACH characters
_RELATIVE_REACH = 40
_AGO_END = regexcache.compile(r"(?<!\S)(?:" + _RELATIVE_STAMP.pattern + r")\Z")


def _relative_times(paragraph: Paragraph) -> Iterable[tuple[int, int]]:
    """(start, end) in the article of each relative time ('2 hours ago', 'Updated 3h ago') in the long ``paragraph``
    (one line) that stands apart from a sentence (_run_in_apart), looked for back from each ' ago'."""
    text, at = paragraph.text, paragraph.start
    end = text.find(" ago")
    while end >= 0:
        end += len(" ago")
        match = _AGO_END.search(text, max(end - _RELATIVE_REACH, 0), end)
        if match is not None and _run_in_apart(text, match.start(), end):
            yield at + match.start(), at + end
        end = text.find(" ago", end)


def _run_in_apart(text: str, start: int, end: int) -> bool:
    """The run-in date at ``text[start:end]`` stands between two blocks: a capital, a figure or the line's end after
    it (_AFTER_RUN_IN), apart from a sentence (_apart_in_line), no function word before it either, in any case
    ('Talks Set For March 14, 2021')."""
    before = text[max(start - 12, 0):start].split()
    return bool(_AFTER_RUN_IN.match(text, end)) and _apart_in_line(text, start, end) \
        and not (before and before[-1].lower() in _NOT_BEFORE_RUN_IN)


def _holds_long_line(article: Article) -> bool:
    """A paragraph of the article has _TEASER_LINE characters or more (where run-in dates and times may stand)."""
    return len(article.text) >= _TEASER_LINE and article.shared("lines.flat-page", _longest_paragraph) >= _TEASER_LINE


_STAMP_SEPARATORS = " /|•·-–—,;"
# an ISO date and a clock time to the second, a program's stamp ('2022-04-26 21:21:50', 'Written: 2023-11-07
# 15:03:30'): in prose a time is not written to the second
_MACHINE_STAMP = regexcache.compile(r"(?:(?:Written|Published|Posted|Updated|Modified|Created|Date):? )?"
                                    r"(?<![\w:/.-])(?:19|20)\d\d-[01]\d-[0-3]\d[ T][0-2]\d:[0-5]\d:[0-5]\d(?![\w:])")


def machine_stamps(article: Article) -> list[tuple[int, int]]:
    """(start, end) of each run of ISO dates and times to the second (_MACHINE_STAMP, with its label; 'Written: …
    / Updated: …' is one) that stands apart from a sentence (_apart_in_line), looked for only where the article's
    date cues found an ISO date's hint. A line with Pandoc's attributes is NL311's (it reads the page's markup)."""
    if not may_hold_iso_date(article):
        return []
    text, found = article.text, []
    for match in _MACHINE_STAMP.finditer(text):
        start, end = match.span()
        line_end = text.find("\n", end)
        if "]{" in text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)] \
                or not _apart_in_line(text, start, end):
            continue
        if found and not text[found[-1][1]:start].strip(_STAMP_SEPARATORS):
            start = found.pop()[0]
        found.append((start, end))
    return found


# the date or time after an icon's empty emphasis: html2text writes an empty <i> (a clock's or a calendar's icon) as
# '__', and the date element after it ('__May 06, 2022 __[News](…)', '[ __4:53 pm](…)'); no prose holds '__'
_ICON_STAMP = regexcache.compile(r"(?<![^\s\[*-])__ ?([^_\n]{3,60}?) ?(?=__|\]\(|[ \t]*$)", re.M)


def icon_stamps(article: Article) -> list[tuple[int, int]]:
    """(start, end) of each page date or time (timestamp_line) after an icon's empty emphasis (_ICON_STAMP), where
    the text holds Markdown's links (a converter's page: most texts hold none, and are not searched) and '__'."""
    if not article.link_targets or "__" not in article.text:
        return []
    return [match.span(1) for match in _ICON_STAMP.finditer(article.text) if timestamp_line(match.group(1))]


# a teaser's age written solid after its headline, as get_text() without a separator or readabilipy joins a list's
# headline and its time ('… trending very positively2 days ago', '… digital assets sector20 hours agoHarbour …'): in
# prose a space stands before a number. NL102 reports the same glue as glued words (glue._GLUED_AGE, which also
# takes years and wants a word's end after 'ago': not the next headline glued on, 'agoHarbour')
_GLUED_AGE = regexcache.compile(r"(?<=[a-z])\d{1,2} " + _AGE_UNIT + " ago")


_AGE_REACH = 12  # characters before ' ago' that a _GLUED_AGE reaches: two digits, a space, the unit


def glued_ages(article: Article) -> list[tuple[int, int]]:
    """(start, end) of each relative time written solid after a lower-case letter (_GLUED_AGE) and ending with an
    'ago' no lower-case letter goes on from ('agony'), searched for only just before each ' ago' of a text whose
    words hold 'ago' (str.find: a search by the pattern tried it at every character)."""
    if "ago" not in article.distinct_words:  # (a set's look-up: a teaser's list holds a word 'ago' after a space)
        return []
    text, found = article.text, []
    at = text.find(" ago")
    while at >= 0:
        if not text[at + 4:at + 5].islower() and (match := _GLUED_AGE.search(text, max(at - _AGE_REACH, 0), at + 4)) \
                and match.end() == at + 4:
            found.append(match.span())
        at = text.find(" ago", at + 4)
    return found


def _apart_in_line(text: str, at: int, end: int) -> bool:
    """The stamp at ``text[at:end]`` stands apart from a sentence: no preposition or letter stands before it and no
    lower-case word goes on from it (no clause around it: '… on Tuesday 14 July 2021 08:05', 'March 3, 2021, 10:41
    is when …'), and no labelled stamp opening its line holds it (NL331's: 'Posted: Nov 8, 2023 / 04:43 PM CST')."""
    before, after = text[max(at - 12, 0):at].split(), text[end:end + 2].lstrip()
    line = text[text.rfind("\n", 0, at) + 1:at]
    opening = at - len(line.lstrip())  # where the line's words start: NL331 reads a labelled stamp there
    label = TIMESTAMP.match(text, opening) if text[opening:opening + 1].isalpha() else None
    return not text[at - 1:at].isalnum() and not (before and before[-1] in _PROSE_BEFORE) \
        and not after[:1].islower() and not (label and label.end() > at)


_LAID_OUT = 60  # characters: a program that laid a page out at a width (70 to 100) filled a line this long at least


def lone_lines(text: str, items: bool = False) -> Iterable[tuple[int, str]]:
    """Where each line of a block laid out at a width starts, with the line stripped, for the lines that are a piece
    of their own: the line above ended before it was full (this line's first word would have fitted after it) and so
    does this line, and it is no piece of a sentence (_set_apart: '… dated Foochow,' / '24th January :'): a heading,
    a date or a byline among a text browser's or a converter's wrapped paragraphs ('Study begins in US …' / 'By Jane
    Doe' / 'Holocaust survivors attend …'). The block's longest line is its width, _LAID_OUT to _UNWRAPPED
    characters (a longer line is an extractor's kept line: _kept_lines). With ``items``, a line that opens with a
    list's bullet ('• 3:02 pm') starts a piece whatever the line above (a list's item starts a line of its own)."""
    lines = text.split("\n")
    width = max(map(len, lines))
    if not _LAID_OUT <= width <= _UNWRAPPED:
        return
    at = 0
    for k, line in enumerate(lines):
        stripped = line.strip()
        if stripped and (k == 0 or items and stripped.startswith(ITEM_OPENINGS)
                         or fits_after(lines[k - 1], stripped, width)) \
                and (k + 1 == len(lines) or fits_after(line, lines[k + 1], width)) and _set_apart(lines, k):
            yield at + len(line) - len(line.lstrip()), stripped
        at += len(line) + 1


# a line's markup around its words: a list item's bullet or a heading's marks, Markdown's link brackets and emphasis
_MARKUP = regexcache.compile(r"(?m:^[ \t]*(?:[*+•-]|#{1,6})[ \t]+)|\*\*|__|[\[\]]|(?<!\w)[*_]|[*_](?!\w)")
_UNMARKED_LONGEST = 600  # characters: a longer paragraph is prose, whatever its links
_MONTH_LINK = regexcache.compile(r"[A-Z][a-z]{2,8}\.? \d{4}")  # 'March 2022': a month's archive
_EMPHASIS = ("*", "_")  # what a paragraph in emphasis or a list's item opens with ('**By Jane Doe**', '_May 3_')


def unmarked_paragraphs(article: Article) -> list[tuple[Paragraph, str]]:
    """The paragraphs that hold link markup (Article.link_targets: a Markdown link's target, Pandoc's attributes,
    lynx's reference markers) or open with an emphasis mark or a list's bullet, each read without its link markup,
    brackets, emphasis marks and a list item's bullet,
    its words on one line: '* [7 hours ago](https://…)' is '7 hours ago', 'By [Jane Doe](https://…)' 'By Jane Doe'
    (found once for NL314 and NL315)."""
    return article.shared("lines.unmarked", _unmarked_paragraphs)


def _unmarked_paragraphs(article: Article) -> list[tuple[Paragraph, str]]:
    targets = article.link_targets
    emphasis = "*" in article.text or "_" in article.text
    if not targets and not emphasis:
        return []
    found, k = [], 0
    for paragraph in article.paragraphs:
        while k < len(targets) and targets[k][1] <= paragraph.start:
            k += 1
        spans = []
        while k < len(targets) and targets[k][0] < paragraph.end:
            spans.append(targets[k])
            if targets[k][1] > paragraph.end:
                break
            k += 1
        if (spans or emphasis and paragraph.text.startswith(_EMPHASIS)) and len(paragraph.text) <= _UNMARKED_LONGEST:
            pieces, at = [], paragraph.start
            for start, end in spans:
                pieces.append(article.text[at:max(at, start)])
                at = max(at, end)
            pieces.append(article.text[at:paragraph.end])
            found.append((paragraph, " ".join(_MARKUP.sub(" ", "".join(pieces)).split())))
    return found


class TimestampLine(Rule):
    code = "NL314"
    name = "timestamp-line"
    severity = Severity.WARNING
    summary = ("A line that is only a page date or time ('Apr. 26, 2022', 'Nov 8, 2023 / 04:43 PM CST'), or a date "
               "and time glued to the next block ('April 14, 2022 | 2:12 pmNo Covid deaths').")
    bad = "Posted on April 29, 2022\nThe ministry said on Tuesday…"
    good = "On April 29, 2022, the ministry said…"
    explanation = ("A paragraph made only of date and time words (months, weekdays, numbers, am/pm, time zones) "
                   "and page labels (Posted, Published, Updated), with a month or a numeric date, or a relative "
                   "time ('2 hours ago', 'an hour ago', '3h ago', 'Just now'), is the page's "
                   "timestamp, not the story, also at the end of a byline line ('By Jane Doe • 11/08/23 5:19pm', 'By "
                   "Jane Doe 11 February 2020', 'Jane Doe Updated May 6, 2022') "
                   "and as a line of a whole page kept one element a line, where it is not a piece of a sentence "
                   "broken at a link. "
                   "So is a full date and a clock time whose am/pm runs straight into the next word or number, as "
                   "BeautifulSoup's get_text() leaves a list of related stories, and a full date written solid after a "
                   "lower-case letter or a Markdown link ('By Jane DoeMarch 17, 2024', a related headline's '…the "
                   "coastApril 19, 2022', a list of latest posts' '[Ferry fares rise](…)April 26, 2022'), and a "
                   "teaser's age written solid after its headline ('… fares to rise2 days ago'): "
                   "in prose a space stands before a date. So are a list item's time glued to its headline ('* 5:12 "
                   "pmFerry fares rise …'), a date or time after a link's label ('[Travel](…) / 14 hours ago') or on the "
                   "line under a byline (past a separator's line: 'By' / 'Jane Doe' / '-' / 'April 28, 2022'), a date "
                   "or time in a span the page's attributes call a date (Pandoc's '[2 days ago]{.date}', "
                   "'[4:53 pm]{timestamp=\"…\"}'), a date or time after an icon's empty emphasis (html2text's '__May 06, "
                   "2022 __[News](…)'), and a full date with its clock time inside a line where no preposition "
                   "stands before it and no lower-case word goes on after it ('… @janedoe Tuesday 14 July 2021 "
                   "08:05 3 comments'). In a page flattened to one line (2,000 characters or more), a full date "
                   "without its clock is one too where no function word stands before it and only a capital or a "
                   "figure follows it ('… ferry fares to rise March 14, 2021 Latest News …') or a capitalised word is "
                   "written solid after its year ('… stay-at-home orders August 19, 2020The time …'); in a shorter "
                   "line (500 characters or more) so is each date of a list of teasers run into it, another such "
                   "date 400 characters away at most ('… to rise May 06, 2022 Quay to reopen May 05, 2022 …'). A numeric "
                   "date stands so in a page flattened to one line too ('… at the quay 2022-04-26 VALLEY TOWN …', "
                   "'… Lineup 03/11/2023 TV Guide …'), and a teaser's relative time ('… Ferry fares to rise 2 hours "
                   "ago Quay to reopen …'); a run-in date's clock time is reported with it ('… March 2nd, 2020 at "
                   "3:41 pm The …').")

    def check(self, article: Article) -> Iterable[Finding]:
        glued = glued_dates(article) + glued_ages(article)
        clocks = dated_clocks(article) + machine_stamps(article) + run_in_dates(article) + attributed_stamps(article) \
            + icon_stamps(article)
        if not glued and not clocks:  # most articles
            yield from self._stamps(article)
            return
        reported = []
        for finding in self._stamps(article):
            reported.append((finding.start, finding.end))
            yield finding
        text = article.text
        for spans, what in ((glued, "page date glued to the word before it"), (clocks, "page timestamp inside the line")):
            for start, end in spans:
                if not any(at < end and start < to for at, to in reported):  # (a stamp reported whole, a glued time)
                    reported.append((start, end))
                    gap = " " if text[end:end + 1].isalnum() else ""
                    yield self.finding(start, end, f"{what}: {quote(text[start:end])}",
                                       Fix.replace(start, end, gap, safe=False, description="remove the timestamp"))

    def _stamps(self, article: Article) -> Iterable[Finding]:
        if _holds_glued_stamp_cue(article.text):
            yield from self._glued_stamps(article)
        if "*" in article.text or "•" in article.text:  # (a character's search: "* " costs a hundred times more)
            yield from self._glued_item_stamps(article)
        texts, _, _, marks = paragraph_forms(article)  # (NL312 has asked them)
        paragraphs = article.paragraphs
        for i in stamp_paragraphs(texts, marks, _BYLINE_OPENINGS):  # (most paragraphs: long prose, none read)
            paragraph, text = paragraphs[i], texts[i]
            if text[-1:].isdigit() and (tail := _TRAILING_STAMP.search(text, max(0, len(text) - 40))):
                start = paragraph.start + tail.start(1)
                yield self.finding(start, paragraph.end, f"page date glued after the last sentence: {quote(tail.group(1))}",
                                   Fix.replace(start, paragraph.end, "", safe=False, description="remove the date"))
                continue
            if len(text) <= 80 and timestamp_line(text) and not TIMESTAMP.match(text):  # NL331 has those
                yield self.finding(paragraph.start, paragraph.end, f"page timestamp line: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the timestamp line"))
            elif (at := _stamp_after_byline(text) if text.startswith(_BYLINE_OPENINGS)
                  else _stamp_after_name(text)) is not None:
                start, end = paragraph.start + at, paragraph.start + len(text.rstrip())
                yield self.finding(start, end, f"page timestamp after the byline: {quote(text[at:].strip())}",
                                   Fix.replace(start, end, "", safe=False, description="remove the timestamp"))
            elif "\n" in text and len(text) > _UNWRAPPED and (kept := _kept_lines(text)) is not None:
                for start, end in _stamp_lines(*kept):
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       f"page timestamp line: {quote(text[start:end])}",
                                       Fix.replace(paragraph.start + start, paragraph.start + end + 1, "", safe=False,
                                                   description="remove the timestamp line"))
            elif "\n" in text:  # a hard-wrapped paragraph: its first line may be the stamp
                line = text[:text.index("\n")].rstrip()
                closing = None
                stamp = timestamp_line(line)
                labelled = stamp and TIMESTAMP.match(line) is not None  # NL331's where the paragraph opens so
                if stamp and (not labelled or not TIMESTAMP.match(text)):  # (a relative time over more lines it leaves)
                    yield self.finding(paragraph.start, paragraph.start + len(line),
                                       f"page timestamp line: {quote(line)}",
                                       Fix.replace(paragraph.start, paragraph.start + len(line), "", safe=False,
                                                   description="remove the timestamp line"))
                if (labelled or not stamp) and len(text) <= 400 and (closing := _stamp_closing_block(text)) is not None:
                    start, end = paragraph.start + closing, paragraph.start + len(text.rstrip())
                    yield self.finding(start, end, f"page timestamp line: {quote(text[closing:].strip())}",
                                       Fix.replace(start, end, "", safe=False, description="remove the timestamp line"))
                # a date among a laid-out page's wrapped paragraphs or under a byline (NL331 reads first lines only)
                for at, line in sorted(dict([*lone_lines(text, items=True), *_lines_under_bylines(text)]).items()):
                    if at and at != closing and timestamp_line(line) and not line.endswith("."):
                        start = paragraph.start + at
                        yield self.finding(start, start + len(line), f"page timestamp line: {quote(line)}",
                                           Fix.replace(start, start + len(line) + 1, "", safe=False,
                                                       description="remove the timestamp line"))
        yield from self._unmarked_stamps(article)
        if 1 in (held := marks.translate(_HOLDS_BY_FLAG)):  # (C-level: a paragraph holding 'By', none in most)
            yield from self._dates_after_spaced_bylines(article, held)
        yield from self._dates_after(article, flat_page_bylines(article))

    def _dates_after_spaced_bylines(self, article: Article, held: bytes) -> Iterable[Finding]:
        """The date after a byline run into a line ('… strategy game. By Jane Doe 11 February 2020 Comments …': a page
        flattened to one line; the byline is NL315's), the date itself up to its last word (_date_after), in the
        paragraphs that hold 'By' (``held``: 1 for each, found by a C-level search, not a loop over them all)."""
        i = held.find(1)
        while i >= 0:
            paragraph = article.paragraphs[i]
            yield from self._dates_after(article, [(paragraph, match) for match in spaced_bylines(paragraph.text)])
            i = held.find(1, i + 1)

    def _dates_after(self, article: Article, bylines: Iterable[tuple[Paragraph, re.Match[str]]]) -> Iterable[Finding]:
        """The date after each of ``bylines`` (a match in its paragraph's text) up to its last word (_date_after)."""
        for paragraph, match in bylines:
            if span := _date_after(paragraph.text, match.end()):
                start, end = paragraph.start + span[0], paragraph.start + span[1]
                yield self.finding(start, end, f"page timestamp after the byline: {quote(article.text[start:end])}",
                                   Fix.replace(start, end, "", safe=False, description="remove the timestamp"))

    def _unmarked_stamps(self, article: Article) -> Iterable[Finding]:
        """A paragraph that is only a date or time once its link markup is read away: '* [7 hours ago](https://…)',
        '[ 4:53 pm ](https://…)' (see unmarked_paragraphs); NL331 has one its label or relative time opens. A month
        and year linked is an archive's menu item ('[March 2022](/archives/2022/03)'), no page's date. A line with
        Pandoc's attributes ('[May 3, 2021]{.entry-date}') is left to NL311, which reads it with the page's markup
        around it (its finding stands for the element's other classes too: on fold a's Pandoc outputs, 39 captions).
        So is the date or time that ends a line of a link and its stamp (_stamp_tail: '[Travel](https://…) / 14
        hours ago', 'By [Jane Doe](https://…) • 11/08/23 5:19pm'), where the paragraph as written ends with it (its
        words maybe wrapped over two lines)."""
        for paragraph, text in unmarked_paragraphs(article):
            whole = len(text) <= STAMP_LONGEST and timestamp_line(text)
            if whole and not _MONTH_LINK.fullmatch(text) \
                    and "{" not in paragraph.text and not TIMESTAMP.match(paragraph.text) \
                    and not (len(paragraph.text) <= STAMP_LONGEST and timestamp_line(paragraph.text)):  # (read above)
                yield self.finding(paragraph.start, paragraph.end, f"page timestamp line: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the timestamp line"))
            elif not whole and (tail := _stamp_tail(text)) \
                    and (written := re.search(r"\s+".join(map(re.escape, tail.split())) + r"\s*\Z", paragraph.text)) \
                    and not (paragraph.text.startswith(_BYLINE_OPENINGS) and _stamp_after_byline(paragraph.text)):
                start, end = paragraph.start + written.start(), paragraph.start + len(paragraph.text.rstrip())
                yield self.finding(start, end, f"page timestamp after the link: {quote(tail)}",
                                   Fix.replace(start, end, "", safe=False, description="remove the timestamp"))

    def _glued_item_stamps(self, article: Article) -> Iterable[Finding]:
        """A list item's time glued to its headline (_GLUED_ITEM_STAMP), its bullet at a line's start or after the
        comma that ends the item before: in prose no bullet stands before a time."""
        text = article.text
        for match in _GLUED_ITEM_STAMP.finditer(text):
            at = match.start()
            if at == 0 or text[at - 1] == "\n" or text[at - 2:at] == ", ":
                start, end = match.span(1)
                yield self.finding(start, end, f"page timestamp glued to the text: {quote(match.group(1))}",
                                   Fix.replace(start, end, "", safe=False, description="remove the timestamp"))

    def _glued_stamps(self, article: Article) -> Iterable[Finding]:
        """Stamps glued to the next block, except in a line that is only stamps (reported whole, here or by
        NL331 when it opens the paragraph)."""
        for paragraph in article.paragraphs:
            text = paragraph.text
            if len(text) <= 80 and timestamp_line(text):
                continue
            opening = TIMESTAMP.match(text)
            for match in _GLUED_STAMP.finditer(text):
                if opening and match.start() < opening.end():
                    continue
                start, end = paragraph.start + match.start(), paragraph.start + match.end()
                yield self.finding(start, end, f"page timestamp glued to the text: {quote(match.group())}",
                                   Fix.replace(start, end, " ", safe=False, description="remove the timestamp"))
