"""Benchmark injectors for the NL6xx date rules (see newslint/rules/dates.py).

Each injector takes a clean article (title line, blank line, paragraphs) and a
seeded RNG and returns (new_text, start, end): where the finding is expected.
Injected header dates fall in early 2005, the BBC corpus's own time, so that
the corpus's yearless dates ("Sunday 27 February") stay consistent.
"""

from __future__ import annotations

import calendar
import datetime
import random
import re
from typing import Callable

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = tuple(calendar.month_name)[1:]
_ON_WEEKDAY = re.compile(r"\bon (" + "|".join(_WEEKDAYS) + r")\b(?! ?\()(?!,? \d)")
_PAST_ON_WEEKDAY = re.compile(r"\b(?:said|announced|released|published|issued|ruled|revealed|reported|confirmed|"
                              r"told|met|held|signed|unveiled|posted) on (" + "|".join(_WEEKDAYS) + r")\b")
_NOT_PAST = re.compile(r"\b(?:will|would|shall|won't|'ll|’ll|going to|to be|due|expect\w*|schedul\w*|plan\w*|slated|"
                       r"set (?:to|for)|until|till|before|deadline|next|could|should|might|may|must|can|postpon\w*|"
                       r"delay\w*|defer\w*|adjourn\w*|resched\w*|pushed|moved|extend\w*|forecast\w*|predict\w*|"
                       r"project\w*|estimat\w*|target\w*|if|unless|hope\w*|intend\w*|aim\w*)\b", re.I)
_DAY = datetime.timedelta(days=1)
_FULL_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r") (20\d\d)\b")

Injected = tuple[str, int, int] | None


def _publication_date(text: str, rng: random.Random) -> datetime.date:
    """A plausible date for the article: early 2005, or just after the latest full date it states."""
    stated = [datetime.date(int(y), _MONTHS.index(m) + 1, int(d)) for d, m, y in _FULL_DATE.findall(text)
              if int(d) <= calendar.monthrange(int(y), _MONTHS.index(m) + 1)[1]]
    start = max(stated) if stated and max(stated) > datetime.date(2005, 1, 10) else datetime.date(2005, 1, 10)
    return start + rng.randrange(1, 110 if start.month == 1 and start.day == 10 else 15) * _DAY


def _header_value(date: datetime.date, rng: random.Random) -> str:
    return date.strftime(rng.choice(("%Y%m%d", "%Y-%m-%d")))


def _split_title(text: str) -> tuple[str, str] | None:
    """(title, rest starting with the newline after the title) of a header-able article."""
    title, newline, rest = text.partition("\n")
    if not newline or not title.strip() or title.rstrip().endswith(".") or not rest.startswith("\n"):
        return None
    return title, rest


def _with_header(text: str, lines: list[str]) -> tuple[str, list[int]] | None:
    """The text with header lines after the title, and where each line starts."""
    parts = _split_title(text)
    if parts is None:
        return None
    title, rest = parts
    starts, pos = [], len(title) + 1
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return title + "\n" + "".join(line + "\n" for line in lines) + rest, starts


def _spoken(date: datetime.date, rng: random.Random, year: bool = True, weekday: str | None = None) -> str:
    """A date as a reporter writes it: '8 March 2005', 'March 8, 2005', 'Tuesday, 8 March 2005' ..."""
    month = _MONTHS[date.month - 1]
    if rng.random() < 0.3:
        month = month[:3] + ("." if rng.random() < 0.5 and len(month) > 3 else "")
    day_first = rng.random() < 0.6
    core = f"{date.day} {month}" if day_first else f"{month} {date.day}"
    if year:
        core += f" {date.year}" if day_first else f", {date.year}"
    if weekday:
        core = f"{weekday}{rng.choice((', ', ' ')) if day_first else ', '}{core}"
    return core


def _paragraph_ends(text: str) -> list[int]:
    """Offsets just after the final period of body paragraphs."""
    return [m.start() + 1 for m in re.finditer(r"\.(?=\n|$)", text) if text.find("\n\n") < m.start()]


def _insert_sentence(text: str, sentence: str, rng: random.Random, date_text: str) -> Injected:
    ends = _paragraph_ends(text)
    if not ends:
        return None
    at = rng.choice(ends)
    new = text[:at] + " " + sentence + text[at:]
    start = at + 1 + sentence.index(date_text)
    return new, start, start + len(date_text)


def _replace(text: str, start: int, end: int, replacement: str) -> tuple[str, int, int]:
    return text[:start] + replacement + text[end:], start, start + len(replacement)


def _body_start(text: str) -> int:
    return text.find("\n\n") + 2


def impossible_date(text: str, rng: random.Random) -> Injected:
    """An impossible date: in the header line, or written in the body in place of a weekday."""
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (2, 29), (13, 2), (14, 11), (0, 5)])
    year = 2005 if month == 2 and day == 29 else rng.choice((2004, 2005))
    on_weekday = [m for m in _ON_WEEKDAY.finditer(text) if m.start() > _body_start(text)]
    if month in range(1, 13) and on_weekday and rng.random() < 0.6:
        match = rng.choice(on_weekday)
        name = _MONTHS[month - 1]
        forms = [f"{day} {name} {year}", f"{name} {day}, {year}"] + ([f"{day} {name}"] if day > 29 else [])
        written = rng.choice(forms)
        return _replace(text, match.start(1), match.end(1), written)
    value = rng.choice((f"{year}{month:02d}{day:02d}", f"{year}-{month:02d}-{day:02d}"))
    header = _with_header(text, [value])
    return (header[0], header[1][0], header[1][0] + len(value)) if header else None


def weekday_mismatch(text: str, rng: random.Random) -> Injected:
    """A weekday written with a date it does not fall on ('Monday, 8 March 2005')."""
    date = _publication_date(text, rng) - rng.randrange(1, 20) * _DAY
    wrong = _WEEKDAYS[(date.weekday() + rng.randrange(1, 7)) % 7]
    with_year = rng.random() < 0.7
    header_lines = [] if with_year else [_header_value(date + rng.randrange(0, 5) * _DAY, rng)]
    written = _spoken(date, rng, year=with_year, weekday=wrong)
    on_weekday = [m for m in _ON_WEEKDAY.finditer(text) if m.start() > _body_start(text)]
    if on_weekday:
        match = rng.choice(on_weekday)
        injected = _replace(text, match.start(1), match.end(1), written)
    else:
        template = rng.choice(("The figures were published on {}.", "The decision was announced on {}.",
                               "A statement was issued on {}."))
        injected = _insert_sentence(text, template.format(written), rng, written)
    if injected is None or not header_lines:
        return injected
    header = _with_header(injected[0], header_lines)
    if header is None:
        return None
    shift = len(header[0]) - len(injected[0])
    return header[0], injected[1] + shift, injected[2] + shift


def source_mismatch(text: str, rng: random.Random) -> Injected:
    """A header date with a URL, dateline or 'Published' line dated days away from it."""
    date = _publication_date(text, rng)
    other = date + rng.choice((-1, 1)) * rng.randrange(2, 40) * _DAY
    value = _header_value(date, rng)
    kind = rng.choice(("url", "url", "dateline", "published"))
    if kind == "url":
        slug = "-".join(re.findall(r"[a-z]+", text.partition("\n")[0].lower())[:5]) or "story"
        path = rng.choice((other.strftime("%Y/%m/%d"), other.strftime("%Y%m%d"), other.strftime("%Y/%b/%d").lower(),
                           other.strftime("%Y-%m-%d")))
        host = rng.choice(("www.example.com", "news.example.co.uk"))
        url = f"https://{host}/{rng.choice(('business', 'news'))}/{path}/{slug}"
        header = _with_header(text, [value, url])
        if header is None:
            return None
        start = header[1][1] + url.index(path)
        return header[0], start, start + len(path)
    header = _with_header(text, [value])
    if header is None:
        return None
    new = header[0]
    body = _body_start(new)
    if kind == "dateline":
        city = rng.choice(("LONDON", "NEW YORK", "WASHINGTON", "BRUSSELS", "FRANKFURT", "TOKYO"))
        written = _spoken(other, rng, year=False)
        agency = rng.choice((" (Reuters)", " (AP)", " (AFP)", ""))
        prefix = f"{city}, {written}{agency} - "
        start = body + len(city) + 2
        return new[:body] + prefix + new[body:], start, start + len(written)
    written = _spoken(other, rng)
    time = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"
    line = rng.choice((f"Published: {time} GMT, {written}", f"Published {written}", f"Posted: {written}"))
    start = body + line.index(written)
    return new[:body] + line + "\n\n" + new[body:], start, start + len(written)


def weekday_contradiction(text: str, rng: random.Random) -> Injected:
    """'yesterday (Friday)' / 'today, Friday,' in an article whose date makes it another day."""
    date = _publication_date(text, rng)
    word, offset = rng.choice((("yesterday", -1), ("today", 0)))
    named = _WEEKDAYS[(date.weekday() + offset + rng.randrange(2, 6)) % 7]  # at least two days off
    on_weekday = [m for m in _ON_WEEKDAY.finditer(text) if m.start() > _body_start(text)]
    if on_weekday:
        match = rng.choice(on_weekday)
        forms = ["{w} ({d})", "on {d} ({w})"] + (["{w}, {d},"] if text[match.end():match.end() + 1] == " " else [])
        form = rng.choice(forms)
        phrase = form.format(w=word, d=named)
        new, start, end = _replace(text, match.start(), match.end(), phrase)
        end -= form.endswith(",")
    else:
        phrase = rng.choice(("{w} ({d})", "on {d} ({w})")).format(w=word, d=named)
        template = rng.choice(("The figures were released {}.", "A spokesman confirmed the move {}.",
                               "The statement was issued {}."))
        injected = _insert_sentence(text, template.format(phrase), rng, phrase)
        if injected is None:
            return None
        new, start, end = injected
    header = _with_header(new, [_header_value(date, rng)])
    if header is None:
        return None
    shift = len(header[0]) - len(new)
    return header[0], start + shift, end + shift


def future_past_event(text: str, rng: random.Random) -> Injected:
    """A past-tense event dated years after the article's date ('was signed on 5 March 2007')."""
    date = _publication_date(text, rng)
    future = date + rng.randrange(60, 900) * _DAY
    candidates = [m for m in _PAST_ON_WEEKDAY.finditer(text) if m.start() > _body_start(text)]
    candidates = [m for m in candidates if not _NOT_PAST.search(text[text.rfind(". ", 0, m.start()) + 1:m.start()])]
    if candidates and rng.random() < 0.6:
        match = rng.choice(candidates)
        injected = _replace(text, match.start(1), match.end(1), _spoken(future, rng))
    else:
        month_only = rng.random() < 0.2
        written = f"{_MONTHS[future.month - 1]} {future.year}" if month_only else _spoken(future, rng)
        on = "in" if month_only else "on"
        template = rng.choice(("The deal was signed {} {}.", "The figures were published {} {}.",
                               "The talks took place {} {}.", "The firm was founded {} {}.", "It was approved {} {}."))
        injected = _insert_sentence(text, template.format(on, written), rng, written)
    if injected is None:
        return None
    new = injected[0]
    header = _with_header(new, [_header_value(date, rng)])
    if header is None:
        return None
    shift = len(header[0]) - len(new)
    return header[0], injected[1] + shift, injected[2] + shift


INJECTORS: dict[str, Callable[[str, random.Random], Injected]] = {
    "NL601": impossible_date,
    "NL602": weekday_mismatch,
    "NL603": source_mismatch,
    "NL605": weekday_contradiction,
    "NL606": future_past_event,
}
