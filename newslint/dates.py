"""Every date an article states, with exact spans.

Sources: the header date line (or a date glued before the body), JSONL metadata
(``meta['date']``/``meta['url']``, not in the text: no span), the date in a URL
path, a wire dateline (``STOCKHOLM, Dec 2 (Reuters) -``), a ``Published:`` line,
explicit dates in the body (``Thursday, 2 December 2021``, ``Dec. 2``,
``March 2023``) and relative references (``yesterday``, ``last Thursday``,
``today (Thursday)``). Nothing here reads the clock: a date without a year takes
its year from the article's own publication date, or stays unresolved.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Iterator, Sequence

from newslint import native, regexcache
from newslint.model import Article
from newslint.rule import for_re2

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUMBER = {name.lower(): i for i, name in enumerate(WEEKDAYS)}
_WEEKDAY_NUMBER.update({name[:3].lower(): i for i, name in enumerate(WEEKDAYS)})
_WEEKDAY_NUMBER.update({"tues": 1, "thur": 3, "thurs": 3})
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
_MONTH_NUMBER = {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
_MONTH_NUMBER.update({name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, 1)})
_MONTH_NUMBER["sept"] = 9

_FULL_WEEKDAY = "|".join(WEEKDAYS)
_ANY_WEEKDAY = rf"{_FULL_WEEKDAY}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?"
MONTH = (r"(?:(?:" + "|".join(MONTH_NAMES) + r")\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)")
# a time zone after a clock ('10:57 BST', '4:53 pm ET', '09:00 AEST'): NL106's live-blog entries, NL314's dated clocks
TIME_ZONE = r"(?:GMT|BST|UTC|CET|CEST|IST|AEST|AEDT|[ECMP][SD]?T)\b"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[89]|20)\d\d\b(?![-/–]\d)"

# Scanning: a plain literal alternation finds candidates fast; anchored patterns read around them.
_MONTH_HINT = regexcache.compile("|".join(name[:3] for name in MONTH_NAMES))  # no two of them overlap
_MONTH_AT = regexcache.compile(MONTH)
_DAY_BEFORE = regexcache.compile(r"(?<![\w.,£$€/-])([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?\Z")
_DAY_AFTER = regexcache.compile(rf"\s+(?P<day>{_DAY})(?!\s*[-–]\s*\d|[:.]\d)(?:,?\s+(?P<year>{_YEAR}))?")
_YEAR_AFTER = regexcache.compile(rf",?\s+(?P<year>{_YEAR})")
# every match holds "day" (a full weekday's name ends on it): searched only where a str.find finds it
_FULL_WEEKDAY_BEFORE = regexcache.compile(rf"\b({_FULL_WEEKDAY})(?:,\s*|\s+|\s*\(\s*)(?:the\s+)?\Z")
_ANY_WEEKDAY_BEFORE = regexcache.compile(rf"\b({_ANY_WEEKDAY})(?:,\s*|\s+|\s*\(\s*)(?:the\s+)?\Z")
_LOOK_BACK = 24
_ISO_DATE = regexcache.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")
_ISO_HINT = regexcache.compile(r"-[01]\d-[0-3]\d")  # in every ISO date
# what every numeric date NL314 reads run into a flattened page holds (lines/stamps._RUN_IN_NUMERIC_DATE), from its
# day's last figure or its year on: its places are searched for (one RE2 pass of a long line) only in a text that holds
# one (_NUMERIC_HINTED), which date_cues tells from its pass over the digits (none of the mix's one-line pages does)
NUMERIC_DATE_CUE = regexcache.compile(
    r"[0-9][/.][0-9]{1,2}[/.](?:19|20)[0-9][0-9]|(?:19|20)[0-9][0-9][-/][01][0-9][-/][0-3][0-9]")


def _python_iso_date_hint(text: str) -> bool:
    """Whether ``text`` holds ``_ISO_HINT`` (``_python_date_cues``'s ``_ISO_HINTED``: the compiled ``date_cues`` reads
    it at each '-' before a digit it reads, where ``re`` tried every character)."""
    return _ISO_HINT.search(text) is not None


# Every written date and dateline holds a month name beside a number (``2 Dec``, ``December 2``, ``March 2023``,
# ``DEC 2``): one RE2 search of the whole article for that shape, a superset (any case, Python's Unicode spaces and
# digits), finds the few paragraphs where one may be, and only those are read.
_SPACE = r"[\t-\r\x1c-\x20\x85\xa0\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]"  # Python's \s
_NUMBER = r"[0-9\p{Nd}]"  # Python's \d
_MONTH_CUE = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_MONTH_NUMBER_CUES = (rf"(?i){_MONTH_CUE}[a-z]*\.?,?{_SPACE}+{_NUMBER}"
                      rf"|{_NUMBER}(?:st|nd|rd|th)?{_SPACE}+(?:of{_SPACE}+)?{_MONTH_CUE}")
# A looser form of the same, cheaper to rule out (``_speedups.date_cues``): letters as RE2's case folding has
# them (ASCII, ſ for s, the Kelvin sign for k), spaces and digits as Python's str.isspace and str.isdecimal have them,
# and any character beyond the BMP a digit (RE2 may know digits that this Python does not). Every match of
# _MONTH_NUMBER_CUES is a match of it, so an article without one holds no written date.
_CUE_LETTERS = {"s": r"[sS\x{17f}]", "k": r"[kK\x{212a}]"}


def _loose(word: str) -> str:
    return "".join(_CUE_LETTERS.get(c, f"[{c}{c.upper()}]") for c in word)


def _class_of(test) -> str:
    """An RE2 class of the characters of the BMP for which ``test`` (a ``str`` method) is true."""
    points = [c for c in range(0x10000) if test(chr(c))]
    starts = [c for i, c in enumerate(points) if i == 0 or points[i - 1] != c - 1]
    ends = [c for i, c in enumerate(points) if i + 1 == len(points) or points[i + 1] != c + 1]
    return "".join(rf"\x{{{a:x}}}-\x{{{b:x}}}" for a, b in zip(starts, ends))


@lru_cache(maxsize=1)
def _loose_month_cues() -> Any:
    month = "(?:" + "|".join(_loose(name[:3].lower()) for name in MONTH_NAMES) + ")"
    space, digit = f"[{_class_of(str.isspace)}]", rf"[{_class_of(str.isdecimal)}\x{{10000}}-\x{{10ffff}}]"
    ordinal = "|".join(map(_loose, ("st", "nd", "rd", "th")))
    import re2  # the packs import it in every run

    return re2.compile(rf"{month}[A-Za-z\x{{17f}}\x{{212a}}]*\.?,?{space}+{digit}"
                       rf"|{digit}(?:{ordinal})?{space}+(?:{_loose('of')}{space}+)?{month}".encode())


def _python_may_hold_month_cue(text: str) -> bool:
    """Whether ``_loose_month_cues()`` finds a match in ``text``, searched as UTF-8 bytes (where the compiled
    ``date_cues`` finds a span)."""
    return _loose_month_cues().search(_utf8(text)) is not None


def _utf8(text: str) -> bytes:
    """``text`` as UTF-8, a lone surrogate as U+FFFD (RE2 takes no other)."""
    try:
        return text.encode()
    except UnicodeEncodeError:
        return for_re2(text).encode()


_CUE_FOLDS = {"\u017f": "s", "\u212a": "k"}  # what RE2's case folding adds to an ASCII letter: ſ, the Kelvin sign
_MONTH_LETTERS = frozenset(name[:3].lower() for name in MONTH_NAMES)


def _cue_letter(char: str) -> str:
    """``char`` lower-cased as a letter of the loose cue (an ASCII letter, ſ or the Kelvin sign), else ''."""
    return char.lower() if char.isascii() and char.isalpha() else _CUE_FOLDS.get(char, "")


def _month_at(text: str, at: int, end: int) -> bool:
    return 0 <= at and at + 3 <= end and "".join(_cue_letter(c) for c in text[at:at + 3]) in _MONTH_LETTERS


def _python_month_cue_spans(text: str) -> list[tuple[int, int]]:
    """For each digit of ``text`` (in order) that the loose cue finds beside a month: (where the letters before it
    that hold the month start, the digit's end) when the month comes first, then (the digit's start, the end of the
    month's three letters) when the month follows (the spans of ``_speedups.date_cues``)."""
    spans = []
    for d, char in enumerate(text):
        if not (char.isdecimal() or char > "\uffff"):
            continue
        j = d
        while j and text[j - 1].isspace():
            j -= 1
        if j < d:  # the month before: letters, '.'?, ','?, spaces
            j -= text[j - 1:j] == ","
            j -= text[j - 1:j] == "."
            end = j
            while j and _cue_letter(text[j - 1]):
                j -= 1
            if any(_month_at(text, q, end) for q in range(j, end - 2)):
                spans.append((j, d + 1))
        ordinal = "".join(map(_cue_letter, text[d + 1:d + 3])) in ("st", "nd", "rd", "th")
        for start in (d + 1, d + 3) if ordinal else (d + 1,):  # the month after: st|nd|rd|th?, spaces, (of, spaces)?
            gap = start
            while gap < len(text) and text[gap].isspace():
                gap += 1
            if gap == start:
                continue
            after = gap + 2
            while after < len(text) and text[after].isspace():
                after += 1
            month = gap if _month_at(text, gap, len(text)) else after if after > gap + 2 and \
                "".join(map(_cue_letter, text[gap:gap + 2])) == "of" and gap + 2 < len(text) \
                and _month_at(text, after, len(text)) else -1
            if month >= 0:
                spans.append((d, month + 3))
                break
    return spans


def _python_cued_month_spans(text: str) -> list[tuple[int, int]]:
    """:func:`_python_month_cue_spans` where one RE2 search finds a cue (most texts hold none), else none: the spans
    of ``_speedups.date_cues``, which reads only the digits, one-byte text eight bytes at a time."""
    return _python_month_cue_spans(text) if _python_may_hold_month_cue(text) else []


_PUBLISHED_LINE = regexcache.compile(r"(?:(?P<pub>Published|First published|Posted)|Updated|Last updated|Last modified)\b")
_PUBLISHED_LINE_MAX = 120
# A wire dateline opens one of the first paragraphs: place (city, state or country, in any case),
# month and day (a year, ", Reuter" or an agency may follow), a dash, then the story's first word.
_DATELINE_PARAGRAPHS = 2
_DATELINE_MONTH = r"(?i:(?:" + "|".join(MONTH_NAMES) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
_DATELINE = regexcache.compile(
    r"(?P<place>[A-Za-z][\w.'’&-]*(?:[ ,]+[A-Za-z][\w.'’&-]*){0,5}?)\s*(?:,|\s[-–])\s*"
    rf"(?P<date>(?:(?P<month>{_DATELINE_MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"|(?P<day_first>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month_after>{_DATELINE_MONTH}))"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)"
    r"(?:\s*,\s*Reuters?\b)?\s*(?P<agency>\([A-Za-z][\w .&/-]{0,30}\)|/[A-Za-z][\w .-]{0,30}/)?"
    r"\s*(?:-{1,2}|–|—)\s+(?P<next>\S)")

_URL_DATES = (
    regexcache.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?!\d)"),
    regexcache.compile(r"/((?:19|20)\d\d)/([a-z]{3})/([0-3]?\d)(?!\d)", re.IGNORECASE),
    regexcache.compile(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)"),
    regexcache.compile(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)(?!\d)"),
)
_URL_HOST = regexcache.compile(r"[a-z][a-z0-9+.-]*://[^/\s]*", re.IGNORECASE)

_HEADER_VALUE = regexcache.compile(r"(\d{4})-?(\d{2})-?(\d{2})")  # the model's date line: 20211202 or 2021-12-02
_FORMATS = ((regexcache.compile(r"\d{8}"), "YYYYMMDD"), (regexcache.compile(r"\d{4}-\d\d-\d\d"), "YYYY-MM-DD"))
_DIGIT = regexcache.compile(r"\d")
_NUMERIC_DATE = regexcache.compile(
    r"\s*(\d{4})(?:-(\d{1,2})-(\d{1,2})|/(\d{1,2})/(\d{1,2})|\.(\d{1,2})\.(\d{1,2})|(\d{2})(\d{2}))(?!\d)")

_RELATIVE_WORD = r"[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow"
_RELATIVE_OFFSET = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_RELATIVE_HINT = regexcache.compile("|".join([*WEEKDAYS, *(v for w in _RELATIVE_OFFSET for v in (w, w.capitalize()))]))
_WEEKDAY_AFTER_WORD = regexcache.compile(rf"\s*(?:\(\s*({_FULL_WEEKDAY})\s*\)|,\s*({_FULL_WEEKDAY})(?=\s*[,.]))")
_WORD_AFTER_WEEKDAY = regexcache.compile(rf"\s*\(\s*(?P<word>{_RELATIVE_WORD})\s*\)|(?P<week>,?\s+this\s+week\b)")
_MODIFIER_BEFORE = regexcache.compile(
    r"(?:\b(?P<week>this\s+week,?\s+)(?:on\s+)?|\b(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\s+)\Z")


@dataclass(frozen=True)
class DateMention:
    """A date as the article states it.

    ``source`` is one of ``header``, ``meta``, ``url``, ``dateline``, ``published``,
    ``updated``, ``text``. ``start``/``end`` index ``Article.text``; they are -1
    for JSONL metadata, which is not in the text. Missing parts are None
    (``Dec. 2`` has no year, ``March 2023`` no day).
    """

    source: str
    text: str
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None  # the weekday written with the date (0 = Monday)

    @property
    def in_text(self) -> bool:
        return self.start >= 0

    @property
    def problem(self) -> str | None:
        """Why the date cannot exist (month 13, 31 February), or None."""
        return _impossible(self.year, self.month, self.day)

    def resolve(self, anchor: datetime.date | None) -> datetime.date | None:
        """The calendar date; a date without a year takes the year that puts it nearest ``anchor``."""
        if self.day is None or self.month is None or self.problem:
            return None
        if self.year is not None:
            return datetime.date(self.year, self.month, self.day)
        if anchor is None:
            return None
        candidates = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            if self.day <= _days_in(self.month, year):
                candidates.append(datetime.date(year, self.month, self.day))
        return min(candidates, key=lambda d: abs((d - anchor).days), default=None)



def _impossible(year: int | None, month: int | None, day: int | None) -> str | None:
    """Why a date of these parts cannot exist (month 13, 31 February), or None (:attr:`DateMention.problem`)."""
    if month is None:
        return None
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if day is None:
        return None
    days = _days_in(month, year or 2000)  # 2000: a leap year
    if day == 0:
        return "there is no day 0"
    if day > days:
        if month == 2:
            return f"February {year} has {days} days" if year else "February has at most 29 days"
        return f"{MONTH_NAMES[month - 1]} has {days} days"
    return None


def _days_in(month: int, year: int) -> int:
    """The days of ``month`` (1 to 12) in ``year``: ``calendar.monthrange(year, month)[1]`` (importing ``calendar``
    imports ``locale``: 3 ms of a one-file run)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31

@dataclass(frozen=True)
class RelativeMention:
    """A date stated relative to the publication date.

    ``word`` is ``yesterday``/``today``/``tonight``/``tomorrow`` or None;
    ``weekday`` the weekday named (0 = Monday) or None; ``modifier`` is
    ``last``/``next``/``this``/``on`` or None (``this`` also for ``Thursday this week``).
    ``today (Thursday)`` has both a word and a weekday.
    """

    text: str
    start: int
    end: int
    word: str | None
    weekday: int | None
    modifier: str | None


@dataclass(frozen=True)
class ArticleDates:
    """Every date of one article and its publication date (the anchor of relative dates); the relative dates
    are found on first use (only a dated article's rules and NL604 read them)."""

    mentions: tuple[DateMention, ...]
    anchor: DateMention | None  # the mention that gives the publication date
    published: datetime.date | None
    paragraphs: Sequence[Any] = field(repr=False, compare=False)  # the article's, where the relative dates are

    @cached_property
    def relatives(self) -> tuple[RelativeMention, ...]:
        taken = [(m.start, m.end) for m in self.mentions if m.in_text]
        return tuple(r for r in _relative_dates(self.paragraphs)
                     if not any(s < r.end and r.start < e for s, e in taken))

    def of(self, *sources: str) -> list[DateMention]:
        return [m for m in self.mentions if m.source in sources]


_ANCHOR_ORDER = ("header", "meta", "published", "url", "dateline")
def article_dates(article: Article) -> ArticleDates:
    """Every date the article states, extracted once per article and shared by the date rules."""
    return article.shared("dates", _extract_dates)


def _extract_dates(article: Article) -> ArticleDates:
    mentions = _body_dates(article)
    meta = article.meta
    if article.date is not None or article.url is not None or "date" in meta or "url" in meta:  # else none of theirs
        mentions = [*_header_dates(article), *_url_dates(article), *mentions]
    anchor = next((m for source in _ANCHOR_ORDER for m in mentions
                   if m.source == source and m.year is not None and m.resolve(None)), None) if mentions else None
    published = anchor.resolve(None) if anchor else None
    return _built(ArticleDates, {"mentions": tuple(mentions), "anchor": anchor, "published": published,
                                 "paragraphs": article.paragraphs})


def _built(cls: type, fields: dict[str, Any]) -> Any:
    """``cls(**fields)`` of a frozen dataclass without its ``__init__``'s ``object.__setattr__`` per field: the same
    fields in the same order in the instance's ``__dict__`` (equal, hashed and shown alike; ``tests/rules/test_dates.py``).
    ``fields`` names every field, in order."""
    built = object.__new__(cls)
    object.__setattr__(built, "__dict__", fields)
    return built


def _text_mention(source: str, text: str, start: int, end: int, year: int | None, month: int | None,
                  day: int | None, weekday: int | None = None) -> DateMention:
    """``DateMention(…)`` of a date in the body, built by :func:`_built` (an article may state hundreds)."""
    return _built(DateMention, {"source": source, "text": text, "start": start, "end": end, "year": year,
                                "month": month, "day": day, "weekday": weekday})


def publication_date(article: Article) -> datetime.date | None:
    """The date the article was published, from header, metadata, URL or dateline, if any."""
    return article_dates(article).published


def describe_dates(article: Article) -> dict[str, Any]:
    """Every date of the article as JSON-ready data (for ``newslint metadata FILE``).

    ``{"publication_date": "2021-12-02" | None, "publication_source": "header" | None,
    "dates": [{"source", "text", "start", "end", "date", "weekday", "year_inferred", "problem"}],
    "relative": [{"text", "start", "end", "refers_to", "weekday"}]}``. ``start``/``end``
    are offsets into the article text (-1 for JSONL metadata); ``date`` is ISO, or
    partial ISO when parts are missing (``--12-02``, ``2023-03``) or impossible.
    """
    found = article_dates(article)
    anchor = found.published
    dates = []
    for m in found.mentions:
        resolved = m.resolve(anchor)
        dates.append({"source": m.source, "text": m.text, "start": m.start, "end": m.end,
                      "date": resolved.isoformat() if resolved else _partial_iso(m),
                      "weekday": WEEKDAYS[m.weekday] if m.weekday is not None else None,
                      "year_inferred": bool(resolved and m.year is None), "problem": m.problem})
    relative = []
    for r in found.relatives:
        refers = relative_date(r, anchor)
        relative.append({"text": r.text, "start": r.start, "end": r.end,
                         "refers_to": refers.isoformat() if refers else None,
                         "weekday": WEEKDAYS[r.weekday] if r.weekday is not None else None})
    return {"publication_date": anchor.isoformat() if anchor else None,
            "publication_source": found.anchor.source if found.anchor else None,
            "dates": dates, "relative": relative}


def relative_date(mention: RelativeMention, anchor: datetime.date | None) -> datetime.date | None:
    """The date ``yesterday``/``today``/``tomorrow`` refers to, given the publication date."""
    if anchor is None or mention.word is None:
        return None
    return anchor + datetime.timedelta(days=_RELATIVE_OFFSET[mention.word])


def parse_date_value(value: str) -> tuple[int | None, int | None, int | None, int | None] | None:
    """(year, month, day, weekday) of a metadata date string, or None if it states no date.

    Numeric forms (``20211202``, ``2021-12-02T14:32Z``, ``2021/12/02``) are read as
    written, even when impossible; otherwise the first written date
    (``Thu, 02 Dec 2021 14:32:00 GMT``, ``December 2, 2021``).
    """
    match = _NUMERIC_DATE.match(value)
    if match:
        parts = [g for g in match.groups()[1:] if g is not None]
        return int(match.group(1)), int(parts[0]), int(parts[1]), None
    for _, _, *parts in _written_dates(value, _ANY_WEEKDAY_BEFORE):
        return tuple(parts)
    return None


def date_format(value: str) -> str:
    """The shape of a date value: ``YYYYMMDD``, ``YYYY-MM-DD``, or its digits as ``9``."""
    value = value.strip()
    for pattern, name in _FORMATS:
        if pattern.fullmatch(value):
            return name
    return _DIGIT.sub("9", value)


# -- extraction ----------------------------------------------------------------

def _header_dates(article: Article) -> list[DateMention]:
    out = []
    if article.date is not None:
        value = article.date.value
        match = _HEADER_VALUE.fullmatch(value)
        if match:
            start = article.text.index(value, article.date.span.start)
            year, month, day = map(int, match.groups())
            out.append(DateMention("header", value, start, start + len(value), year, month, day))
    meta = article.meta.get("date")
    if isinstance(meta, str) and meta.strip():
        parsed = parse_date_value(meta)
        if parsed:
            out.append(DateMention("meta", meta, -1, -1, *parsed))
    return out


def _url_dates(article: Article) -> list[DateMention]:
    if article.url is not None:
        url, offset = article.url.value, article.url.span.start
    elif isinstance(article.meta.get("url"), str):
        url, offset = article.meta["url"], None
    else:
        return []
    host = _URL_HOST.match(url)
    path_from = host.end() if host else 0
    for pattern in _URL_DATES:
        for match in pattern.finditer(url, path_from):
            year, month, day = match.groups()
            month_number = int(month) if month.isdigit() else _MONTH_NUMBER.get(month.lower())
            mention = DateMention("url", match.group().lstrip("/"), -1, -1, int(year), month_number, int(day))
            if month_number is None or mention.problem:
                continue  # URL numbers that are not dates (story ids)
            if offset is not None:
                start = offset + match.end() - len(mention.text)
                mention = dataclasses.replace(mention, start=start, end=offset + match.end())
            return [mention]
    return []


def _body_dates(article: Article) -> list[DateMention]:
    out: list[DateMention] = []
    paragraphs = article.paragraphs
    iso_dates = article_date_cues(article)[1] & _ISO_HINTED
    windows = _cue_windows(article)  # a written date or dateline is only there
    for i in range(len(paragraphs)) if iso_dates else sorted(windows):
        p = paragraphs[i]
        text = p.text
        source, weekdays = "text", _FULL_WEEKDAY_BEFORE
        if len(text) <= _PUBLISHED_LINE_MAX:
            line = _PUBLISHED_LINE.match(text)
            if line:
                source, weekdays = ("published" if line.group("pub") else "updated"), _ANY_WEEKDAY_BEFORE
        cued = i in windows
        dateline = _dateline(p) if i < _DATELINE_PARAGRAPHS and source == "text" and cued \
            and _may_open_dateline(text, windows[i]) else None
        if dateline:
            out.append(dateline)
        for start, end, *parts in _written_dates(text, weekdays, _month_hints(text, windows[i])) if cued else ():
            if dateline is None or p.start + end <= dateline.start or p.start + start >= dateline.end:
                out.append(_text_mention(source, text[start:end], p.start + start, p.start + end, *parts))
        for match in _ISO_DATE.finditer(text) if iso_dates else ():
            start, end = match.span()
            if _word_char_at(text, start - 1) or _word_char_at(text, end):
                continue
            year, month, day = map(int, match.group().split("-"))
            if not 1 <= month <= 12:
                continue  # "2012-19-30": a number, not a date
            out.append(_text_mention(source, match.group(), p.start + start, p.start + end, year, month, day))
    return out


def _cue_windows(article: Article) -> dict[int, list[tuple[int, int]]]:
    """:func:`_found_windows`, once per article (the extraction and the gates ask)."""
    return article.shared("date cue windows", _found_windows)


def _found_windows(article: Article) -> dict[int, list[tuple[int, int]]]:
    """Paragraph index → where in it a month of a written date may start, for each paragraph that a span of
    ``_date_cues`` in the article's text overlaps (offsets in the paragraph).

    Every written date holds a cue (``_MONTH_NUMBER_CUES``): its month, then spaces and the number after it, or the
    day before it (at most ``_LOOK_BACK`` characters before the month), spaces and the month. The loose cue finds a
    span at the number's digit next to the month (the number's last digit before a month, its first after one), from
    the start of the letters holding the month or to the month's end; so the month lies within a span or within
    ``_LOOK_BACK`` characters after its end."""
    matches = article_date_cues(article)[0]
    if not matches:
        return {}  # most articles: no month beside a number
    paragraphs = article.paragraphs
    starts = [p.start for p in paragraphs]
    windows: dict[int, list[tuple[int, int]]] = {}
    for start, end in matches:  # a match across a paragraph break marks each paragraph it overlaps
        for i in range(max(bisect.bisect_right(starts, start) - 1, 0), bisect.bisect_left(starts, end)):
            offset = starts[i]
            windows.setdefault(i, []).append((max(start - offset, 0), end + _LOOK_BACK - offset))
    return windows


def article_date_cues(article: Article) -> tuple[list[tuple[int, int]], int]:
    """The article's ``_date_cues``: found once for the extraction and the date rules' gates
    (:func:`may_state_impossible_date` and its siblings)."""
    return article.shared("date cues", _found_cues)


def may_hold_iso_date(article: Article) -> bool:
    """False where the article holds no ISO date (its cues found without ``_ISO_HINT``, '-MM-DD')."""
    return bool(article_date_cues(article)[1] & _ISO_HINTED)


def may_hold_numeric_date(article: Article) -> bool:
    """False where the article's text holds no ``NUMERIC_DATE_CUE`` (its cues found without ``_NUMERIC_HINTED``)."""
    return bool(article_date_cues(article)[1] & _NUMERIC_HINTED)


def _found_cues(article: Article) -> tuple[list[tuple[int, int]], int]:
    return _date_cues(article.text)


# -- the date rules' gates (34b): questions whose "no" proves that no date of the kind a rule reads is there, all
# answered at once from the cues, so that an article without such a date skips the extraction (held to it by
# tests/test_dates_gates.py) --------------------------------------------------------------------------------------

_IMPOSSIBLE, _WEEKDAY, _ANCHORED = 1, 2, 4  # the answers' bits (_date_gates)
_ISO_HINTED = 8  # a bit of _date_cues: the text holds _ISO_HINT
_NUMERIC_HINTED = 16  # a bit of _date_cues: the text holds NUMERIC_DATE_CUE
# a written date's day is 1 to 31: only these months lack one of those days (February its 29th in a common year)
_MONTH_WITHOUT_31 = regexcache.compile("feb|apr|jun|sep|nov", re.IGNORECASE)
_FIRST_IMPOSSIBLE_DAY = 29
_WEEKDAY_PREFIX = regexcache.compile("|".join(name[:3] for name in WEEKDAYS))  # every weekday pattern's match's start
# a written date holds a day or a year beside its month, so a cue span starts at its month or at its day's last
# digit (at most one character after the date's start); its weekday starts at most _LOOK_BACK characters before that
_WEEKDAY_BEFORE_CUE = _LOOK_BACK + 1


def _python_date_cues(text: str) -> tuple[list[tuple[int, int]], int]:
    """The month cue spans (:func:`_python_cued_month_spans`) and the bits of what the gates read near them: where a
    span holds a month without a 31st beside a day of 29 or more (``_IMPOSSIBLE``) and where a weekday's first three
    letters stand within ``_WEEKDAY_BEFORE_CUE`` characters before one (``_WEEKDAY``), with ``_ISO_HINTED`` where the
    text holds ``_ISO_HINT`` and ``_NUMERIC_HINTED`` where it holds ``NUMERIC_DATE_CUE`` (the twin of
    ``_speedups.date_cues``, which reads them in its pass over the digits)."""
    spans = _python_cued_month_spans(text)
    bits = (_ISO_HINTED if _python_iso_date_hint(text) else 0) | (_NUMERIC_HINTED if NUMERIC_DATE_CUE.search(text) else 0)
    for start, end in spans:
        if _WEEKDAY_PREFIX.search(text, max(start - _WEEKDAY_BEFORE_CUE, 0), start):
            bits |= _WEEKDAY
        if _MONTH_WITHOUT_31.search(text, start, end):
            for day in (text[max(start - 1, 0):start + 1], text[end - 1:end + 1]):  # before a month, after one
                if day.isdecimal() and int(day) >= _FIRST_IMPOSSIBLE_DAY:
                    bits |= _IMPOSSIBLE
    return spans, bits


_date_cues = native.pick("date_cues", _python_date_cues)


def may_state_impossible_date(article: Article) -> bool:
    """False where no date the article states can be impossible (NL601's gate): no header, metadata or ISO date,
    no dateline tried (its day is any of 0 to 39), and no cue span holding one of the months without a 31st beside
    a day of 29 or more (a written date's day is 1 to 31 and its number is a cue's digit and at most the one next
    to it: the first after a month, the last before one)."""
    return article.shared("date gates", _date_gates) & _IMPOSSIBLE != 0


def may_name_a_weekday(article: Article) -> bool:
    """False where no date the article states has its weekday written (NL602's gate): no metadata date (parsed as
    written) and no weekday's first three letters within ``_WEEKDAY_BEFORE_CUE`` characters before a cue span."""
    return article.shared("date gates", _date_gates) & _WEEKDAY != 0


def may_be_anchored(article: Article) -> bool:
    """False where the article has no publication date (``ArticleDates.published``; the gate of NL603, NL605 and
    NL606): no header, metadata, URL or ISO date, no dateline tried and no cued 'Published' line."""
    return article.shared("date gates", _date_gates) & _ANCHORED != 0


def _date_gates(article: Article) -> int:
    """The bits of the three questions' answers (``_IMPOSSIBLE``, ``_WEEKDAY``, ``_ANCHORED``), found together."""
    spans, cue_bits = article_date_cues(article)
    meta = article.meta
    iso = cue_bits & _ISO_HINTED
    bits = _IMPOSSIBLE | _ANCHORED if article.date is not None or iso or "date" in meta else 0  # read the long way
    if "date" in meta:
        bits |= _WEEKDAY  # a metadata date is parsed as written
    if article.url is not None or "url" in meta:
        bits |= _ANCHORED  # (a URL's date is never impossible: _url_dates drops it)
    if not spans:
        return bits  # most articles
    windows = _cue_windows(article)
    paragraphs = article.paragraphs
    for i in range(_DATELINE_PARAGRAPHS):  # a dateline is tried where _body_dates tries one
        if i in windows and _may_open_dateline(paragraphs[i].text, windows[i]):
            bits |= _IMPOSSIBLE | _ANCHORED
    for i in windows if not bits & _ANCHORED else ():  # a 'Published' line's date
        if len(paragraphs[i].text) <= _PUBLISHED_LINE_MAX and _PUBLISHED_LINE.match(paragraphs[i].text):
            bits |= _ANCHORED
    return bits | cue_bits & (_IMPOSSIBLE | _WEEKDAY)  # what the cues' pass read near its spans


_DATELINE_TOKENS = 7  # a dateline's date follows at most six words of place and a separator (',', '-' or '–')
_FOLDED_I = ("\u0131", "\u0130")  # ı and İ: 'i' to Python's IGNORECASE (Aprıl), not to the loose month cue


def _may_open_dateline(text: str, window: list[tuple[int, int]]) -> bool:
    """Whether a dateline may open ``text``, a paragraph whose cue windows (:func:`_cue_windows`) are ``window``: a
    dateline's date starts at most one character before the start of a window (its month's letters start one, or
    its day's last digit), so a text with more than ``_DATELINE_TOKENS`` whitespace-separated tokens before the
    earliest window, less one character, holds none (``_DATELINE.match`` tries the place's every split, some 50 k
    instructions; held to it by ``tests/test_date_extraction.py``). Where that stretch holds an ı or İ, which the
    loose cue does not read as the i of April, it may."""
    before = text[:max(min(start for start, _ in window) - 1, 0)]
    if not before.isascii() and any(map(before.__contains__, _FOLDED_I)):
        return True
    return len(before.split(None, _DATELINE_TOKENS)) <= _DATELINE_TOKENS


def _dateline(paragraph) -> DateMention | None:
    """The date of a wire dateline opening ``paragraph`` (``SEATTLE, Wash., March 3 -``), or None.

    After a place in mixed case the story must start with a word that is not lower case:
    ``Stockholm, Dec 2 - a day of talks`` is a sentence; ``CAMBRIDGE, Mass., Oct 20 - ended`` and
    ``omaha, april 7 - barrow`` (a story set in lower case) are datelines.
    """
    match = _DATELINE.match(paragraph.text)
    if match is None:
        return None
    first_word = match.group("place").split()[0].rstrip(",")
    if match.group("next").islower() and not (first_word.isupper() or first_word.islower()):
        return None
    month = _MONTH_NUMBER.get((match.group("month") or match.group("month_after")).rstrip(".").lower()[:3])
    year = match.group("year")
    start, end = match.span("date")
    return DateMention("dateline", match.group("date"), paragraph.start + start, paragraph.start + end,
                       int(year) if year else None, month, int(match.group("day") or match.group("day_first")))


def _written_dates(text: str, weekdays: re.Pattern[str], hints: list[int] | None = None) \
        -> Iterator[tuple[int, int, int | None, int, int | None, int | None]]:
    """(start, end, year, month, day, weekday) of every written date in ``text``.

    Forms: ``2 December 2021``, ``2nd of Dec.``, ``December 2, 2021``, ``Dec. 2``,
    ``March 2023``, each optionally led by a weekday (``Thursday, 2 December``,
    ``Thursday (Dec 2)``). A month-day without a year that cannot exist (``June 31
    people``) is not a date; ``31 June`` is (an impossible one). ``hints``: where a month may start, if known
    (each place holding a ``_MONTH_HINT`` that may start a date, in order; the others yield nothing).
    """
    last_end = 0
    for i in _month_hints(text) if hints is None else hints:
        month = _MONTH_AT.match(text, i) if i >= last_end and not _word_char_at(text, i - 1) else None
        if month is None:
            continue
        number = _MONTH_NUMBER[month.group().rstrip(".").lower()]
        start, day, end = i, None, month.end()
        before = _DAY_BEFORE.search(text, max(last_end, i - _LOOK_BACK), i)
        after = None if before else _DAY_AFTER.match(text, end)
        if before:
            start, day = before.start(), int(before.group(1))
        elif after:
            day, end = int(_digits(after.group("day"))), after.end()
        year = after.group("year") if after else None
        if not after:
            year_match = _YEAR_AFTER.match(text, end)
            if year_match:
                year, end = year_match.group("year"), year_match.end()
            elif not before:
                continue  # a month alone: "in June"
        if day is not None and not 1 <= day <= 31:
            continue
        if after and year is None and _impossible(None, number, day):
            continue
        since = max(last_end, start - _LOOK_BACK)
        weekday = weekdays.search(text, since, start) \
            if weekdays is not _FULL_WEEKDAY_BEFORE or text.find("day", since, start) >= 0 else None
        if weekday:
            start = weekday.start()
            if "(" in weekday.group() and text.startswith(")", end):
                end += 1
        last_end = end
        yield (start, end, int(year) if year else None, number, day,
               _WEEKDAY_NUMBER[weekday.group(1).rstrip(".").lower()] if weekday else None)


def _month_hints(text: str, windows: Sequence[tuple[int, int]] | None = None) -> list[int]:
    """Where ``text`` holds a ``_MONTH_HINT`` starting within one of ``windows`` (start, end), in order."""
    if windows is None:
        return [hint.start() for hint in _MONTH_HINT.finditer(text)]
    return sorted({hint.start() for start, end in windows for hint in _MONTH_HINT.finditer(text, start, end + 2)})


def _relative_dates(paragraphs: Sequence[Any]) -> list[RelativeMention]:
    out = []
    for p in paragraphs:
        text = p.text
        if "day" not in text and "onight" not in text and "omorrow" not in text:
            continue  # in every match of _RELATIVE_HINT: a C-level ``in`` is far faster than the regex's scan
        last_end = 0
        for hint in _RELATIVE_HINT.finditer(text):
            start, end = hint.span()
            if start < last_end or _word_char_at(text, start - 1) or _word_char_at(text, end):
                continue
            word, weekday, modifier = hint.group().lower(), None, None
            if word in _RELATIVE_OFFSET:
                pair = _WEEKDAY_AFTER_WORD.match(text, end)
                if pair:
                    weekday, end = pair.group(1) or pair.group(2), pair.end()
            else:
                word, weekday = None, hint.group()
                before = _MODIFIER_BEFORE.search(text, max(last_end, start - _LOOK_BACK), start)
                if before:
                    start, modifier = before.start(), "this" if before.group("week") else before.group("mod").lower()
                after = _WORD_AFTER_WEEKDAY.match(text, end)
                if after:
                    end = after.end()
                    word = after.group("word").lower() if after.group("word") else None
                    modifier = "this" if after.group("week") else modifier
            last_end = end
            out.append(RelativeMention(text[start:end], p.start + start, p.start + end, word,
                                       _WEEKDAY_NUMBER[weekday.lower()] if weekday else None, modifier))
    return out


def _partial_iso(m: DateMention) -> str:
    parts = [f"{m.year:04d}" if m.year is not None else "-"]
    return "-".join(parts + [f"{part:02d}" for part in (m.month, m.day) if part is not None])


def _word_char_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "-")


def _digits(day: str) -> str:
    return day.rstrip("stndrh")
