"""NL6xx: dates that are impossible or contradict each other.

Every rule reads the dates extracted once per article by :mod:`newslint.dates`.
Nothing reads the clock: "the future" means after the article's own date.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from typing import Iterable, Sequence

from newslint import regexcache
from newslint.dates import (WEEKDAYS, ArticleDates, DateMention, article_dates, date_format, may_be_anchored,
                            may_name_a_weekday, may_state_impossible_date, relative_date)
from newslint.engine import ArticleGate
from newslint.model import Article, Sentence
from newslint.rule import CorpusRule, Finding, Fix, Option, Rule, Severity, quote

_TOLERANCE = {"tolerance-days": Option(int, 1, "days two dates may differ by (time zones, wire copy filed overnight)")}
_SOURCE_LABEL = {"header": "header date", "meta": "metadata date", "url": "URL date", "dateline": "dateline date",
                 "published": "'Published' date", "updated": "'Updated' date", "text": "date"}
_DAY = datetime.timedelta(days=1)
_YEAR_DOUBT_DAYS = 240  # a yearless date this far from the article's date may be of either year

# Tense, kept simple and conservative: a clause counts as past only with a past
# verb and without any word that points at the future, a plan or a condition.
_IRREGULAR_PAST = ("said|told|met|held|began|took|came|went|gave|made|born|won|lost|fell|rose|left|sent|paid|sold|"
                   "bought|struck|spoke|wrote|broke|ran|saw|found|became|brought|thought|kept|led|fought|flew|"
                   "drew|grew|knew|threw|chose|stood|sat|hit|cut|shut|quit|spent|built|fled")
_PAST_WORD = regexcache.compile(rf"\b(?:was|were|had|did|{_IRREGULAR_PAST}|(?!hundred\b)[a-z]{{2,}}[a-df-z]ed)\b")
_PAST_BEFORE_DATE = regexcache.compile(
    rf"(?:\b(?P<aux>[a-z']+)\s+)?\b(?:(?:was|were|had been|has been|have been)\s+[a-z]+|{_IRREGULAR_PAST}|"
    rf"[a-z]{{2,}}[a-df-z]ed|took place)\s+(?:on|in)\s+(?:the\s+)?$")
_PRESENT_AUX = frozenset("is are am be being 's get gets getting".split())  # "are crowned on": not past
_NOT_PAST = regexcache.compile(
    r"\b(?:will|would|shall|won't|wouldn't|'ll|’ll|going to|to be|due|expect\w*|schedul\w*|plan\w*|slated|set to|"
    r"set for|until|till|before|deadline|next|could|should|might|(?-i:may)|must|can|postpon\w*|delay\w*|defer\w*|"
    r"adjourn\w*|resched\w*|pushed|moved|extend\w*|forecast\w*|predict\w*|project\w*|estimat\w*|target\w*|"
    r"if|unless|hope\w*|intend\w*|aim\w*)\b", re.IGNORECASE)


def _where(mention: DateMention, fallback: DateMention | None = None) -> tuple[int, int]:
    """The span to report a date at: its own, else the fallback's, else the start of the text."""
    for m in (mention, fallback):
        if m is not None and m.in_text:
            return m.start, m.end
    return 0, 0


def _label(mention: DateMention) -> str:
    return f"{_SOURCE_LABEL[mention.source]} {quote(mention.text)}"


def _day(date: datetime.date) -> str:
    return f"{WEEKDAYS[date.weekday()]} {date.isoformat()}"


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def _sentence_at(article: Article, offset: int) -> Sentence | None:
    """The sentence containing ``offset``."""
    sentences = article.sentences
    i = bisect.bisect_right([s.start for s in sentences], offset) - 1
    return sentences[i] if i >= 0 and offset < sentences[i].end else None


class ImpossibleDate(Rule):
    code = "NL601"
    name = "impossible-date"
    severity = Severity.WARNING
    summary = "A date that cannot exist: month 13, 31 February, 29 February in a common year."
    bad = "20211345  /  signed on 31 February"
    good = "20211202  /  signed on 28 February"
    explanation = ("Header, metadata and body dates are read as written. A date without a year "
                   "(\"29 February\") is only impossible when no year could have it.")
    trigger = ArticleGate(may_state_impossible_date)  # the extraction only where the gate opens (34b)

    def check(self, article: Article) -> Iterable[Finding]:
        for m in article_dates(article).mentions:
            problem = m.problem
            if problem:
                start, end = _where(m)
                yield self.finding(start, end, f"impossible {_label(m)}: {problem}")


class WeekdayMismatch(Rule):
    code = "NL602"
    name = "weekday-date-mismatch"
    severity = Severity.WARNING
    summary = "A weekday written with a date does not fall on that date."
    bad = "Monday, 2 December 2021"
    good = "Thursday, 2 December 2021"
    explanation = ("A date without a year takes the year that puts it nearest the article's date, and is "
                   "accepted if its weekday fits another year within 240 days of it ('Saturday 20 August' in an "
                   "article of February); with no article date it is not checked. "
                   "The fix (unsafe: the date may be the wrong part) replaces the weekday.")
    trigger = ArticleGate(may_name_a_weekday)  # the extraction only where the gate opens (34b)

    def check(self, article: Article) -> Iterable[Finding]:
        found = article_dates(article)
        for m in found.mentions:
            if m.weekday is None:
                continue
            date = m.resolve(found.published)
            if date is None or date.weekday() == m.weekday or _fits_another_year(m, found.published):
                continue
            actual = WEEKDAYS[date.weekday()]
            written = re.match(r"\w+", m.text).group()
            inferred = f" (the year {date.year} taken from the article date)" if m.year is None else ""
            message = (f"{quote(m.text)}: {date.day} {date:%B} {date.year} is a {actual}, "
                       f"not a {WEEKDAYS[m.weekday]}{inferred}")
            start, end = _where(m)
            fix = None
            if m.in_text:
                replacement = actual if written in WEEKDAYS else actual[:3]
                fix = Fix.replace(start, start + len(written), replacement, safe=False,
                                  description=f"change the weekday to {actual}")
            yield self.finding(start, end, message, fix)


def _fits_another_year(mention: DateMention, anchor: datetime.date) -> bool:
    """True when a yearless date falls on its weekday in a year that is also near the article's date."""
    if mention.year is not None:
        return False
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = DateMention(mention.source, mention.text, -1, -1, year, mention.month, mention.day).resolve(None)
        if candidate and abs((candidate - anchor).days) <= _YEAR_DOUBT_DAYS and candidate.weekday() == mention.weekday:
            return True
    return False


class _DatedRule(Rule):
    """A rule that holds the article to its own date (``found.published``, within tolerance-days): asked where the
    gate says the article may have one, ``check_dated`` where it has."""

    options = _TOLERANCE
    trigger = ArticleGate(may_be_anchored)  # the extraction only where the gate opens (34b)

    def check(self, article: Article) -> Iterable[Finding]:
        found = article_dates(article)
        if found.published is not None:
            yield from self.check_dated(article, found)

    def check_dated(self, article: Article, found: ArticleDates) -> Iterable[Finding]:
        """The findings of an article whose date is ``found.published``."""
        raise NotImplementedError


class DateSourceMismatch(_DatedRule):
    code = "NL603"
    name = "date-source-mismatch"
    severity = Severity.WARNING
    summary = "The article's date disagrees with the date in its URL, its dateline or its 'Published' line."
    bad = "20211202 / https://example.com/2021/12/09/story / STOCKHOLM, Dec 9 (Reuters) -"
    good = "20211202 / https://example.com/2021/12/02/story / STOCKHOLM, Dec 2 (Reuters) -"
    explanation = ("The article's date is the first of: header date, metadata date, 'Published' line, "
                   "URL date, dateline with a year; every other source is compared with it. A difference of one "
                   "day is not reported (tolerance-days): copy filed overnight or from another time zone carries "
                   "the next or previous day's dateline (2.8 % of Reuters stories); two days or more is a real "
                   "disagreement. A dateline is the place and date opening one of the first two paragraphs, in "
                   "any case ('SEATTLE, Wash., March 3 -', 'Chicago, April 9 -'); without a year it takes the "
                   "nearest year.")

    def check_dated(self, article: Article, found: ArticleDates) -> Iterable[Finding]:
        anchor, published = found.anchor, found.published
        for m in found.of("header", "meta", "published", "url", "dateline"):
            date = m.resolve(published)
            if m is anchor or date is None:
                continue
            diff = (date - published).days
            if abs(diff) > self.config["tolerance-days"]:
                start, end = _where(m, anchor)
                side = "after" if diff > 0 else "before"
                yield self.finding(start, end, f"{_label(m)} ({date.isoformat()}) is {_days(abs(diff))} {side} "
                                               f"the {_label(anchor)} ({published.isoformat()})")


class UnanchoredRelativeDate(Rule):
    code = "NL604"
    name = "unanchored-relative-date"
    severity = Severity.INFO
    default_enabled = False
    summary = "The text says 'yesterday' or 'last Thursday' but the article has no date to anchor it."
    bad = "(no date line) Blinken met Lavrov yesterday."
    good = "20211202 / Blinken met Lavrov yesterday."
    explanation = ("Off by default: corpora that strip dates (the BBC set, many scrapes) would get one finding "
                   "per article. Reported once per article, at the first reference; 'today' is not counted "
                   "(it is mostly generic).")

    def check(self, article: Article) -> Iterable[Finding]:
        found = article_dates(article)
        if found.published is not None:
            return
        refs = [r for r in found.relatives
                if r.word in ("yesterday", "tomorrow") or (r.weekday is not None and r.modifier)]
        if refs:
            first = refs[0]
            more = f" ({len(refs)} relative date references)" if len(refs) > 1 else ""
            yield self.finding(first.start, first.end,
                               f"{quote(first.text)} cannot be anchored: the article has no date{more}")


class WeekdayContradictsDate(_DatedRule):
    code = "NL605"
    name = "weekday-contradicts-date"
    severity = Severity.WARNING
    summary = "A weekday named as today/yesterday/this week contradicts the article's date."
    bad = "(dated Monday 2021-11-29) Blinken met Lavrov yesterday (Wednesday)."
    good = "(dated Thursday 2021-12-02) Blinken met Lavrov yesterday (Wednesday)."
    explanation = ("Conservative: a bare 'on Thursday' fits any date (it may be last Thursday or next), so only "
                   "weekdays tied to the article's own day are checked: 'today (Thursday)', 'yesterday, "
                   "Wednesday,', 'Friday (tomorrow)', and 'this Thursday' / 'Thursday this week' in a past-tense "
                   "sentence when that day is still to come in the article's week (whether weeks start on Sunday "
                   "or Monday). Every day within tolerance-days of the article's date is accepted.")

    def check_dated(self, article: Article, found: ArticleDates) -> Iterable[Finding]:
        anchor = found.published
        tolerance = self.config["tolerance-days"]
        days = [anchor + k * _DAY for k in range(-tolerance, tolerance + 1)]
        for r in found.relatives:
            if r.weekday is None:
                continue
            if r.word is not None:
                offset = relative_date(r, anchor) - anchor
                if all((d + offset).weekday() != r.weekday for d in days):
                    yield self.finding(r.start, r.end, f"{quote(r.text)}: the article is dated {_day(anchor)}, "
                                                       f"so {r.word} is a {WEEKDAYS[(anchor + offset).weekday()]}")
            elif r.modifier == "this" and all(_later_in_week(r.weekday, d.weekday()) for d in days):
                sentence = _sentence_at(article, r.start)
                if sentence and _PAST_WORD.search(sentence.text) and not _NOT_PAST.search(sentence.text):
                    yield self.finding(r.start, r.end, f"{quote(r.text)} in the past tense, but the article is dated "
                                                       f"{_day(anchor)}: that {WEEKDAYS[r.weekday]} is still to come")


def _later_in_week(weekday: int, today: int) -> bool:
    """True when ``weekday`` comes after ``today`` in a week starting Monday and in one starting Sunday."""
    return weekday > today and (weekday + 1) % 7 > (today + 1) % 7


class FutureDateInPast(_DatedRule):
    code = "NL606"
    name = "past-event-future-date"
    severity = Severity.WARNING
    summary = "A past-tense event is dated after the article was published."
    bad = "(dated 2021-12-02) The treaty was signed on 5 March 2023."
    good = "(dated 2021-12-02) The treaty was signed on 5 March 2021."
    explanation = ("Conservative: only a date with a year, right after a past verb and 'on'/'in' (\"was signed "
                   "on\", \"met in\"), in a sentence with no word of plan, condition or future before it "
                   "(will, would, expected, scheduled, due, until, if ...).")

    def check_dated(self, article: Article, found: ArticleDates) -> Iterable[Finding]:
        anchor = found.published
        latest = anchor + self.config["tolerance-days"] * _DAY
        for m in found.of("text"):
            if m.year is None or m.problem:
                continue
            date = datetime.date(m.year, m.month, m.day or 1)
            if date <= latest:
                continue
            sentence = _sentence_at(article, m.start)
            before = article.text[sentence.start: m.start] if sentence else ""
            past = _PAST_BEFORE_DATE.search(before)
            if past and past.group("aux") not in _PRESENT_AUX and not _NOT_PAST.search(before):
                yield self.finding(m.start, m.end, f"{quote(m.text)} is after the article's date "
                                                   f"{anchor.isoformat()}, but the text puts it in the past")


class ClusterDateMismatch(CorpusRule):
    code = "NL607"
    name = "cluster-date-mismatch"
    severity = Severity.WARNING
    summary = "In a cluster of articles about one event, an article's date disagrees with the others'."
    bad = "four articles dated 2021-12-02, one dated 2021-11-02"
    good = "all five dated 2021-12-02 (or 2021-12-03: a day apart is allowed)"
    explanation = ("Run on a cluster (--cluster). The cluster's date is the one most articles agree with "
                   "(within tolerance-days); it must be agreed by more than half of the dated articles "
                   "(at least 3), otherwise nothing is reported.")
    options = _TOLERANCE

    def check_corpus(self, articles: Sequence[Article]) -> Iterable[tuple[Article, Finding]]:
        dated = [(a, found) for a in articles if (found := article_dates(a)).published is not None]
        if len(dated) < 3:
            return
        tolerance = self.config["tolerance-days"]
        center, support = _cluster_date([found.published for _, found in dated], tolerance)
        if support * 2 <= len(dated):
            return
        for article, found in dated:
            diff = (found.published - center).days
            if abs(diff) > tolerance:
                start, end = _where(found.anchor)
                message = (f"{_label(found.anchor)} ({found.published.isoformat()}) is {_days(abs(diff))} from the "
                           f"cluster's date {center.isoformat()} ({support} of {len(dated)} dated articles)")
                yield article, self.finding(start, end, message)


def _cluster_date(dates: list[datetime.date], tolerance: int) -> tuple[datetime.date, int]:
    """The date with the most dates within ``tolerance`` of it (ties: the earliest), and that count."""
    counts = Counter(d.toordinal() for d in dates)
    days = sorted(counts)
    cumulative = [0]
    for day in days:
        cumulative.append(cumulative[-1] + counts[day])
    best, support = days[0], 0
    for day in days:
        n = cumulative[bisect.bisect_right(days, day + tolerance)] \
            - cumulative[bisect.bisect_left(days, day - tolerance)]
        if n > support:
            best, support = day, n
    return datetime.date.fromordinal(best), support


class ClusterDateFormat(CorpusRule):
    code = "NL608"
    name = "cluster-date-format"
    severity = Severity.INFO
    summary = "Articles of one cluster write their header date in different formats."
    bad = "20211202 in one file, 2021-12-02 in the others"
    good = "2021-12-02 everywhere"
    explanation = ("Run on a cluster (--cluster). The articles whose format differs from the most common one "
                   "are reported.")

    def check_corpus(self, articles: Sequence[Article]) -> Iterable[tuple[Article, Finding]]:
        stated = [(a, m) for a in articles for m in _stated_date(article_dates(a))]
        formats = Counter(date_format(m.text) for _, m in stated)
        if len(formats) < 2:
            return
        common, count = formats.most_common(1)[0]
        for article, m in stated:
            shape = date_format(m.text)
            if shape != common:
                start, end = _where(m)
                others = f"{count} other article{'s' if count > 1 else ''} of the cluster write{'' if count > 1 else 's'}"
                yield article, self.finding(start, end, f"{_label(m)} is written {shape}; {others} {common}")


def _stated_date(found: ArticleDates) -> list[DateMention]:
    """The header date, else the metadata date: the date whose format a cluster should share."""
    return found.of("header")[:1] or found.of("meta")[:1]


RULES = (ImpossibleDate, WeekdayMismatch, DateSourceMismatch, UnanchoredRelativeDate, WeekdayContradictsDate,
         FutureDateInPast, ClusterDateMismatch, ClusterDateFormat)
