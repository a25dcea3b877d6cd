"""NL344: a site's menu or link list run into a page flattened onto one line (``get_text(" ")``)."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from newslint import captions, regexcache
from newslint.model import Article
from newslint.rule import Cues, Finding, Rule, Severity, quote

# a label starts with a capital, a digit, '#' or '@' (in ASCII)
_CAPITAL_START = "[A-Z0-9#@]"
_TOKEN = regexcache.compile(r"[^ \t\n\xa0]+")
MIN_CHAIN = 9  # capitalised labels in a row: a sentence's names and titles of works hold fewer ('Welsh First
# Minister Rhodri Morgan', 'They Liked You Better When You Were Dead'), a menu many ('Home News Sport Weather …')
# the signs that separate a menu's labels ('Food & Drink', 'Home | News'): they do not break a row of labels (a
# dash does: it also strings a list of prose's names and titles together, 'Drama - Jane Doe')
_SIGNS = frozenset("& | / • · » ›".split())
_SIGN = "(?:[&|/]|" + "|".join(sign for sign in _SIGNS if not sign.isascii()) + ")"
# what else may join a menu's labels ('Terms of Use', 'News - Sport'); a row of labels starts again after it
_JOINERS = _SIGNS | frozenset("- – — and of the for in on to a at by with".split())
# nine labels in a row, signs between them aside, none but the last ending in a comma, a colon or a stop: one RE2
# search of a long paragraph before its tokens are read (Python's re finds the same where RE2 cannot read it)
_CHAIN = Cues(rf"(?:(?:{_CAPITAL_START})(?:[^ \t\n\xa0]*[^ \t\n\xa0,;:.!?])?[ \t\xa0]+(?:{_SIGN}[ \t\xa0]+)*)"
              rf"{{{MIN_CHAIN - 1}}}(?:{_CAPITAL_START})")
# title-case function words: a title of a work or a headline has many ('I Still Haven't Found What I'm Looking
# For'), a menu of nouns few ('Sign In', 'About Us')
_FUNCTION_WORDS = frozenset("""the a an of and for with to in on at by or i you we he she it they when what who is are
was were be have has had will your my his her their our not no do does can that this from into than as if but so up
i'm it's me him them us all how why where which""".split())
MAX_FUNCTION_SHARE = 0.25
MAX_CAPITALS_SHARE = 0.8  # a run of words in capitals is shouting (a quoted post), not labels
MIN_LABEL_SHARE = 0.75  # labels among a run's words (its signs aside)
SENTENCE_SUBJECT = 4  # tokens before a lower-case word that may open the next sentence ('RTX 3080 and RTX 3090 cards')
_TITLE_SEPARATOR = regexcache.compile(r" [-–—|] ")
_TITLE_REACH = 200  # characters: a page's <title> ('Headline – Site') opens a flattened page


class RunInMenu(Rule):
    code = "NL344"
    name = "run-in-menu"
    severity = Severity.WARNING
    summary = "A site's menu or link list run into a page flattened onto one line ('… Home News Sport Weather …')."
    bad = ("…backs the plan. Home News Local News Sport Football Cricket Business Weather Opinion Letters to the Editor "
           "Contact Us Privacy Policy The council voted on Tuesday…")
    good = "…backs the plan. The council voted on Tuesday…"
    explanation = ("A page whose text was taken with its spaces as separators (BeautifulSoup's get_text(' ')) "
                   "stands on one line: the site's navigation, section menus, tags and footer links run into the "
                   "story. In a paragraph of 1,000 characters or more, a run of capitalised labels with no "
                   "sentence punctuation (nine or more in a row, few lower-case words between them, few "
                   "capitalised function words as a title of a work has, not all in capitals) is reported as one "
                   "finding. A sentence's names and titles are shorter; the page's own headline is left alone. "
                   "No fix: what to delete inside a line is not certain.")
    # no trigger: this pattern in the RE2 set of every rule's trigger made the set's automaton outgrow its cache
    # (the trigger stage 38 → 190 µs per article); asked of a long paragraph alone it costs what any search does

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            text = paragraph.text
            if len(text) < captions.MIN_PARAGRAPH_CHARS or not _CHAIN.found(text):
                continue
            if article.ocr.ocr:
                return  # a printed page's index or running heads, not a web page's menu
            headline = _headline(text) if paragraph is article.paragraphs[0] else None
            for start, end, labels in _menu_runs(text, headline):
                yield self.finding(paragraph.start + start, paragraph.start + end,
                                   f"a site's menu or link list runs into the text ({labels} capitalised labels "
                                   f"without a sentence): {quote(_shortened(text[start:end]))}")


def _headline(text: str) -> str | None:
    """The page's own headline where a flattened page opens with its <title>, 'Headline – Site': never furniture."""
    separator = _TITLE_SEPARATOR.search(text, 0, _TITLE_REACH)
    title = text[:separator.start()] if separator else ""
    return title if len(title.split()) >= 3 else None


def _shortened(text: str) -> str:
    """``text`` cut to its first twelve words, for a message."""
    words = text.split()
    return text if len(words) <= 12 else " ".join(words[:12]) + " …"


def _menu_runs(text: str, headline: str | None) -> Iterator[tuple[int, int, int]]:
    """(start, end, capitalised tokens) of each run of capitalised labels in ``text`` that looks like a menu: runs
    of capitalised tokens and lower-case joiners, ended by a sentence stop, a comma, a colon or any other word."""
    keep = _HeadlineSpans(text, headline)
    run: list[re.Match] = []
    for token in _TOKEN.finditer(text):
        word = token.group()
        if word in _JOINERS and run:
            run.append(token)
            continue
        if not _is_label(word) or keep.covers(token.start()):
            if run and word[0].islower() and word not in _JOINERS:
                del run[-SENTENCE_SUBJECT:]  # its last capitalised words may open the sentence this word goes on
            yield from _judged(run)
            run = []
            continue
        if word[-1] in ".!?":
            yield from _judged(run)  # the word ends a sentence: 'Co.', 'U.S.' belong to one
            run = []
            continue
        run.append(token)
        if word[-1] in ",;:":
            yield from _judged(run)
            run = []
    yield from _judged(run)


def _is_label(word: str) -> bool:
    """Whether ``word`` opens with a capital, a digit, '#' or '@' (in ASCII: ``_CAPITAL_START``)."""
    first = word[0]
    return "A" <= first <= "Z" or "0" <= first <= "9" or first in "#@"


def _judged(run: list[re.Match]) -> Iterator[tuple[int, int, int]]:
    """The run (without its joiners at either end) if it looks like a menu."""
    while run and run[-1].group() in _JOINERS:
        run.pop()
    if not run:
        return
    labels = words = chain = longest = functions = capitals = 0
    for token in run:
        word = token.group()
        if word in _SIGNS:
            continue
        words += 1
        if word in _JOINERS:
            chain = 0
            continue
        labels += 1
        chain += 1
        longest = max(longest, chain)
        bare = word.rstrip(",;:")
        functions += bare.lower() in _FUNCTION_WORDS
        capitals += len(bare) > 1 and bare.isupper()
    if (longest >= MIN_CHAIN and labels >= MIN_LABEL_SHARE * words and functions <= MAX_FUNCTION_SHARE * labels
            and capitals < MAX_CAPITALS_SHARE * labels):
        yield run[0].start(), run[-1].end(), labels


class _HeadlineSpans:
    """Where the page's headline stands in ``text`` (its <title> at the start, and every copy of it): a run of
    labels is cut there, so that the headline, main text, is never reported. Asked of offsets in increasing order."""

    __slots__ = ("spans", "_next")

    def __init__(self, text: str, headline: str | None) -> None:
        self.spans: list[tuple[int, int]] = []
        self._next = 0  # the first span that does not end before the last offset asked
        if headline:
            at = 0  # the <title>'s separator and the site's name after it stay in the run
            while (at := text.find(headline, at)) >= 0:
                self.spans.append((at, at + len(headline)))
                at += len(headline)

    def covers(self, offset: int) -> bool:
        spans = self.spans
        while self._next < len(spans) and spans[self._next][1] <= offset:
            self._next += 1
        return self._next < len(spans) and spans[self._next][0] <= offset
