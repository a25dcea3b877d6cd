"""NL102 and NL106: words glued at a case change ('spokespersonDmitry'), and a subheading glued to the text.

Both read one :class:`GlueSuspects` per article (``article.shared("extraction.glue-suspects")``), as does NL343
(:mod:`newslint.rules.lines.glued_blocks`).
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from collections import Counter
from typing import Iterable, Iterator

from newslint import regexcache
from newslint import captions, lexicon, native
from newslint.dates import TIME_ZONE
from newslint.engine import ArticleGate
from newslint.lineshapes import AGENCY
from newslint.model import Article
from newslint.rule import Cues, CueSet, Edit, Finding, Fix, Trigger, quote, unbounded_repetitions
from newslint.rules.extraction import run_in_headings
from newslint.rules.extraction.run_in_headings import prose_after as _prose_after
from newslint.rules.extraction._shared import (_COMMON_ACRONYMS, _FUNCTION_PARTS, _LETTERS, _LOWERCASE_STARTS,
                                               _SENTENCE_OPENERS, _SENTENCE_STARTERS, _Counts, _ExtractionRule,
                                               _segments, _unigram, run_around)


# prefixes of legitimate inner capitals: McDonald, MacArthur, DeSantis, LaGuardia, O'Neill
_NAME_PREFIXES = frozenset("mc mac de di da du la le van von fitz st o al el".split())


def _pieces(word: str, cuts: list[int]) -> list[str]:
    """``word`` cut at ``cuts``."""
    return [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)])] if cuts else []


# a word's ASCII letters as their case ('a' lower, 'A' upper; the other characters as they are): a boundary inside a
# letter run, lower→Upper (spokespersonDmitry) or ACRONYM→Word (USSecretary), is where 'aA' or 'AAa' stands in it
_CASES = str.maketrans(string.ascii_lowercase + string.ascii_uppercase, "a" * 26 + "A" * 26)
# the capital of a case change inside a letter run (sB in spokespersonDmitry, the first S of USSecretary): a capital
# first, so that the search skips the lower-case letters between them at C speed
_INNER_CAPITAL = regexcache.compile(r"[A-Z](?:(?<=[a-z].)|(?=[A-Z][a-z]))")
# an amount glued to the next sentence: "$25The", "£106.8mLast", "11,314Deaths", "6.8Increase" (not 3Com, 4Kids);
# a word with a capital after it ('2018FacebookTwitter': a date's share buttons) only after a date's year
_GLUED_AMOUNT = regexcache.compile(r"(?<![\w.,])(?P<amount>[$£€]\d[\d,.]*(?:m|bn|k)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
                           r"|\d+\.\d+(?:m|bn|k|%)?|\d+(?:%|m|bn)|\d{1,2}[ap]m|\d{2,})(?P<word>[A-Z][a-z]{2,})"
                           r"(?:\b|(?P<camel>(?=[A-Z])))")
# a number glued to a lower-case word, as when a fact box's lines are run together: '4,200builders on site at
# peak3,000km of pipes120,000 tonnes of concrete2.4m cubic metres' (a thousands comma or a decimal with its
# unit: not mp3, covid19, python3.8 or 1,000th), or a link's or a cell's figure glued to the word after it
# ('45minutes', '3people': one digit before five letters, not '4ever'; not a tabloid's solid '£5million')
_GLUED_NUMBER = regexcache.compile(
    r"(?<![\w@#/,-])(?<!\d\.)"
    r"(?:(?P<number>\d{1,3}(?:,\d{3})+|(?:\d{2,}(?=[a-z]{4})|\d(?=[a-z]{5}))(?!(?:m|b|tr)illion))"
    r"(?P<after>[a-z]{4,})(?![\w.])"
    r"|(?P<before>[A-Z]?[a-z]{4,})(?=(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+(?:m|bn|k))(?:[a-z]{1,3})?(?![\w.,])))")
# a digit glued to the letters (or the bracket) before it, where the lines of a box or table were run together:
# a clock time ('BBC iPlayer17:30-19:30', '(BST)17:30'), the number of a list's next item ('59secs2.  Name',
# '(Ita/Team)8. Name', and the first after a sentence's stop: 'the finish.1.  Name'); the digit first, for a fast scan
_GLUED_DIGITS = regexcache.compile(r"\d(?<=[A-Za-z).]\d)(?:(?P<clock>\d?:\d\d)(?![\d:])|(?P<item>\d?)\.[ \xa0]{1,2}(?=[A-Z]))")
# whether _GLUED_DIGITS matches anywhere, asked from its clock's colon and its item's stop (literal-led scans: its
# digit-led one tests a class at every character): the one or two digits after a letter, a bracket or a stop
_GLUED_DIGITS_BEFORE = r"(?:(?<=[A-Za-z).]\d{mark})|(?<=[A-Za-z).]\d\d{mark}))"
_GLUED_CLOCK_HINT = regexcache.compile(":" + _GLUED_DIGITS_BEFORE.format(mark=":") + r"\d\d(?![\d:])")
_GLUED_ITEM_HINT = regexcache.compile(r"\." + _GLUED_DIGITS_BEFORE.format(mark=r"\.") + r"[ \xa0]{1,2}(?=[A-Z])")
# the clock's colon of every clock match of _GLUED_DIGITS, without its look-ahead (_SEGMENT_CUES); the item hint's
# stop is every item match's
_GLUED_CLOCK_COLON = regexcache.compile(_GLUED_CLOCK_HINT.pattern.replace(r"(?![\d:])", ""))
# a clock time glued to the capitalised word after it, as a live blog's entry time runs into its author or its heading
# ('11:07Jane Doe', '3:55pmI would', '9:30AMThe') or its label in capitals ('18:28KEY EVENT', '9:05BREAKING': a word
# the dictionary knows, not a time zone, '10:30GMT'), and digits glued before such a clock (a post's number, 'Covid-19'
# or the last entry's time: '18:2821:22Jane'); the colon first, for a fast scan; the hour is read back by _glued_clocks
_GLUED_CLOCK_WORD = regexcache.compile(r":(?<=\d:)[0-5]\d(?:[ap]m|[AP]M)?"
                                       rf"(?=[A-Z][a-z]|[AI] [a-z]|(?!{TIME_ZONE})[A-Z]{{3,}}(?!\w))")
# a page's relative time glued to the word before it, as a teaser's byline or headline runs into its age ('By Jane
# Doe2 hours ago', 'in the sector20 hours ago'); the digit first, for a fast scan, searched only where ' ago' stands
_GLUED_AGE = regexcache.compile(r"\d(?<=[a-z]\d)\d? (?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?) ago\b")
# a Markdown link glued to the word after it, the link's text to the next block ('By [Jane Doe](/author/jane-doe/)March
# 14, 2024'): a link whose text ends in a letter or digit, not a picture or a link around one; its text wrapped over
# lines, and Pandoc's attributes after its target (``{.author key="v"}``, on one line) or in its place (a span,
# ``[Jane Doe]{.author}March``), as Pandoc writes them; the '[' first
_ATTRIBUTES = r"\{(?=[#.][A-Za-z_]|[\w-]+=\")(?:\"[^\"\n]*\"|[^{}\"\n])*\}"
_GLUED_LINK = regexcache.compile(r"(?<![!\]])\[[^\[\]\n]*(?:\n(?![ \t]*\n)[^\[\]\n]*)*(?<=[^\W_])(?P<close>\])"
                                 rf"(?:\([^()\s]*\)(?:{_ATTRIBUTES})?|{_ATTRIBUTES})(?P<next>[^\W_]+)")


def _glued_links(article: Article, offset: int, text: str) -> Iterator[re.Match]:
    """:data:`_GLUED_LINK`'s matches in the article's text that end in a segment (``text`` at ``offset``); in Markdown
    also one whose text opens on a line before (Pandoc wraps a link's text, a list item's lines indented, and each
    of its lines may be a paragraph: reported from the segment's start), up to ``_LINK_LINES`` lines back."""
    start = offset
    if article.markdown and (close := text.find("]")) > 0 and text[close + 1:close + 2] in ("(", "{") \
            and "[" not in text[:close]:
        line = article.text.rfind("\n", 0, offset) + 1  # the segment's own line, its indent included
        for _ in range(_LINK_LINES):
            line = article.text.rfind("\n", 0, max(0, line - 1)) + 1
            if (opening := article.text.rfind("[", line, offset)) >= 0:
                start = opening
                break
    return (match for match in _GLUED_LINK.finditer(article.text, start, offset + len(text)) if match.end() > offset)


_LINK_LINES = 3  # lines before a segment that a wrapped link's text may open on (72 columns: some 200 characters)


# Markdown's emphasis glued to the word after it, a bold byline to its date ('By **Jane Doe**March 14'), an italic
# name to the next sentence ('*Reuters*The'): a capital and a lower-case letter after the closing mark (not a bold
# drop cap, '**T**here'); the opening mark after no word character, holding no other mark
_GLUED_EMPHASIS = regexcache.compile(r"(?<![\w*\\])(?P<mark>\*\*?|__?)(?![\s*_])[^*_\n]{1,80}?(?<=[^\W_])(?P=mark)"
                                     r"(?P<next>[A-Z][a-z][^\W\d_]*)")
_NOT_BEFORE_AGE = "0123456789@#/\\_-."  # before a glued age's word: a code, a handle, a path or a domain
_SOLID_BLOCK = 2  # letter runs cut near a run that make its place a page's blocks written solid
_SOLID_REACH = 3000  # characters either side of a run that are near it
_LABEL_ITEMS = 3  # different words a label is glued to ('NewsThree', 'NewsIn', 'NewsSiren')
_LIST_RUN = 3  # glued item numbers in a row (n, n + 1, n + 2) that make a run-together numbered list
# a list item's rank glued to the item's first word where an extractor dropped the numbering's markup ('* 1Best
# monitors, * 2Best keyboards'): at a line's start, after its bullet, or after a comma and a bullet; glue only where the
# ranks glued so run (_LIST_RUN in a row), not a lone '3Com' or '4Kids'
_RANK_BEFORE = regexcache.compile(r"(?:^[ \t]*(?:[*•·+-] )?|[,;] [*•·+-] )\Z", re.M)
_RANK_INDENT = 40  # characters before a rank that _RANK_BEFORE reads (an indented line's white space)
# where every glued amount ends and its word starts ('5The', ',The', 'mLast', '%Analysts'): the cues of
# _GLUED_AMOUNT (a capital first, for a fast scan)
_AMOUNT_END = regexcache.compile(r"[A-Z](?<=[\d,.mkn%][A-Z])[a-z]{2}")
# a date's year ends a line: a capitalised word glued to it starts the next one ('April 26, 2022Richards confirms',
# 'Jun 18th 2022Facebook')
_YEAR = regexcache.compile(r"(?:19|20)\d\d")
_DATE_BEFORE_YEAR = regexcache.compile(r"(?:\d(?:st|nd|rd|th)?,?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?) \Z")
_AMOUNT_HINT = regexcache.compile(r"\d(?:%|m|bn|k|[ap]m)?[A-Z][a-z]")
# a day glued to the word before it, as when a timeline's lines are run together: "season29 April - …"
_DAY_HINT = regexcache.compile(r"\d (?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December)\b")
# where every _DAY_HINT match starts, without the word's end (_SEGMENT_CUES); found by _day_starts
_DAY_START = regexcache.compile(_DAY_HINT.pattern.removesuffix(r"\b"))
# the month names of _DAY_START, a capital first: Python's re skips to those letters by a table (led by \d, its search
# asked Unicode's digit class of every character: 35f)
_MONTH_NAME = regexcache.compile(_DAY_START.pattern.removeprefix(r"\d "))
_LETTERS_BEFORE = regexcache.compile(r"(?<![^\W\d_])[^\W\d_]+\Z")
# a day or month in capitals glued to the all-caps word before it, as in a run-together list of dates and venues
# ('LIFT OFF TOURTHURSDAY APRIL 2', 'MELBOURNEFRIDAY'); not MAY, the end of too many words
# (each word written out: Python's re skips to the first letters of a flat alternation by a table, and tried one
# with a group of the days' first parts before DAY at every character, 23 → 3 ns a character)
_CAPS_DATE = regexcache.compile(r"(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|JANUARY|FEBRUARY|MARCH"
                                r"|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![^\W\d_])")
_CAPS_DATE_CUES = ("DAY", "UARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "MBER", "OCTOBER")
_CAPITALS_BEFORE = regexcache.compile(r"[A-Z]+\Z")
# a social-media handle: in an embedded post flattened to text it follows the author's name and may run into the
# post's first word ('Jane Doe ‏@JaneDoeCongratulations to …')
_HANDLE = regexcache.compile(r"@(?<![\w.@]@)[A-Za-z][A-Za-z0-9_]{3,}")  # "@" first: a fast scan
_NAME_BEFORE_HANDLE = regexcache.compile(r"(?:[A-Z][\w'’.-]*[\s\u200e\u200f]+){1,4}\Z")
_NOT_IN_HANDLE = regexcache.compile(r"[^A-Za-z0-9_]")
_LONGEST_HANDLE = 15  # characters after the @ in a Twitter/X handle
# a word glued to the opening quote of the quotation after it: 'could bring $5B megaproject"I didn't believe'
_QUOTE_AFTER_WORD = regexcache.compile(r"[\"“](?<=[a-z]{2}.)[A-Z][^\W\d_]*(?= [^\W\d_])")  # the quote first: a fast scan
_LETTER_RUN = regexcache.compile(r"[^\W\d_]+")


def _key_or_handle(text: str, start: int, end: int) -> bool:
    """The camel-case run ``text[start:end]`` is a key of code or data an extractor kept (a line that opens with
    ``slidesToShow:`` or ``"insertPoint":``), or a social handle written after its '@' ('@ JaneDoe'): an
    identifier, not two words. Read back from the run only as far as the white space (or the quotes) before it, not to
    its line's start: a long line of glued words was quadratic."""
    before = start
    while before > 0 and text[before - 1] != "\n" and text[before - 1].isspace():
        before -= 1
    if text[before - 1:before] == "@":
        return True
    if not (text[start].islower() and text[end:end + 2].lstrip("\"'")[:1] == ":"):
        return False
    before = start
    while before > 0 and text[before - 1] in " \t\"'":
        before -= 1
    return before == 0 or text[before - 1] == "\n"


def _glue_suspected(article: Article) -> bool:
    """NL102's gate: its suspects (``GlueSuspects``, shared with NL104, NL312 and NL343) hold something (about one
    article in three)."""
    return article.shared("extraction.glue-suspects", GlueSuspects).any


class GluedWords(_ExtractionRule):
    code = "NL102"
    name = "glued-words"
    summary = "Two words joined without a space where markup was stripped (a case change inside a word)."
    bad = "Kremlin spokespersonDmitry Peskov; USSecretary of State"
    good = "Kremlin spokesperson Dmitry Peskov; US Secretary of State"
    explanation = ("Camel-case brands and names (iPhone, McDonald, YouTube, JPMorgan, DeSantis) pass: "
                   "a word is only split when the article or the dictionary vouches for both parts "
                   "and the glued form occurs once. A heading or credit glued to the sentence after it is split "
                   "where the glued part is a small word that opens a sentence and a lower-case word follows "
                   "('WriterFrom its', 'PassAs you'), and an all-caps section label where a known word meets a "
                   "word ('BUSINESSNapa'). Beyond the case change: an amount, a clock time or a date's year glued to a "
                   "word ('$25The', '10:41amThe', 'April 26, 2022Richards'; a clock to a label in capitals the "
                   "dictionary knows, '18:28KEY EVENT'), a word glued to a vouched all-caps word "
                   "('WriterLUBOKU') or a day or month in capitals ('TOURTHURSDAY'), a name glued to a sentence opener "
                   "('SmithThe man') or to the date after it ('SitaramanDecember 23'), a picture's credit glued to the "
                   "text after it ('Photo: GettyForget the', 'Jane Doe/AxiosA new': an agency or a name the page uses, "
                   "prose on the same line), a teaser's byline glued to the word or the day before it ('MaxBy AP', "
                   "'February 26By Jane Doe'), a relative time glued to the word before it ('By Jane Doe2 hours "
                   "ago'), a Markdown link glued to the next word ('[Jane Doe](/author/jane-doe/)March 14'; not a "
                   "picture, nor a link around a word's stem: '[tweet](…)ed'), a handle that spells the name "
                   "before it run into the post ('Jane Doe @JaneDoeCongratulations'), a word glued to US, UK, EU or "
                   "UN ('agoUS stocks'), a label the article ends a line with glued to a sentence ('OpinionVoters "
                   "in the'), a number glued to a word in a "
                   "flattened fact box ('4,200builders', 'peak3,000km', 'concrete2.4m'; a misspelt word too before a "
                   "thousands figure) or a plain figure glued to a "
                   "word ('45minutes'), a list's ranks glued to its items' first words, three or more numbered in a "
                   "row ('* 1Best lamps, * 2Best desks, * 3Best chairs'), a dateline in capitals glued to the story "
                   "('NAIROBIKenyan officials'), words written twice without a space (a page's title or a name, "
                   "'A Day In RomeA Day In Rome'), and, in "
                   "a page with other glue, a word glued to an opening quote ('megaproject\"I didn't') and, near two "
                   "other glued words, two words in title case the web never writes solid, each a dictionary word or "
                   "one the page uses on its own, not the page's domain ('Top StoriesHarbour'; twice too where each "
                   "copy has a lower-case word after it, a teaser the page prints in two lists), and a list's label "
                   "glued to three or more different capitalised words, none "
                   "of the runs one the web writes solid ('NewsThree', 'NewsSiren', 'NewsIn'). A solid form the "
                   "web's word counts know (LeeAnne, BankAmerica) is a name, and two short parts with no word "
                   "after them (tagDiv.) a code.")
    trigger = ArticleGate(_glue_suspected)

    def check(self, article: Article) -> Iterable[Finding]:
        suspects = article.shared("extraction.glue-suspects", GlueSuspects)
        if not suspects.any:
            return
        runs = [(offset + start, word, _Context(text, start, end), parts)
                for offset, text, spans in [*suspects.runs(), *suspects.credit_runs()] for start, end in spans
                if (parts := _run_parts(word := text[start:end])) is not None]
        cuts, counts = self._cuts_of_runs(article, runs)
        self._cut_solid_blocks(runs, cuts, counts)
        self._cut_labels(runs, cuts)
        for at, word, _, _ in runs:
            if cuts[at] and not _key_or_handle(article.text, at, at + len(word)):
                fixed = " ".join(_pieces(word, cuts[at]))
                edits = tuple(Edit(at + cut, at + cut, " ") for cut in cuts[at])
                yield self.finding(at, at + len(word), f"glued words {quote(word)}: missing space in {quote(fixed)}?",
                                   Fix(edits, description=f"insert a space: '{fixed}'"))
        amounts, days, caps_dates, handles = suspects.amounts, suspects.days, suspects.caps_dates, suspects.handles
        quotes, clocks, ages, links = suspects.quotes, suspects.clocks, suspects.ages, suspects.links
        for offset, text in _segments(article) if amounts or days or caps_dates or handles or quotes or clocks \
                or suspects.numbers or suspects.digits or ages or links or suspects.emphasis else ():
            for match in _GLUED_EMPHASIS.finditer(text) if suspects.emphasis else ():
                yield self._split_at(offset, text, match.start(), match.start("next"), match.end())
            for match in _GLUED_AGE.finditer(text) if ages else ():
                word = _LETTERS_BEFORE.search(text, max(0, match.start() - 30), match.start())
                if word and len(word.group()) > 1 \
                        and (word.start() == 0 or text[word.start() - 1] not in _NOT_BEFORE_AGE):
                    yield self._split_at(offset, text, word.start(), match.start(), match.end())
            for match in _glued_links(article, offset, text) if links else ():
                after, close = match.group("next"), match.start("close")
                last = _LETTERS_BEFORE.search(article.text, max(0, close - 40), close)
                # a capital or a digit after it, or a common word that does not end the link's last ('[tweet](…)ed')
                if after[0].isupper() or after[0].isdigit() or self._known_lower(after) \
                        and not (last and self.known(last.group() + after)):
                    yield self._split_at(0, article.text, max(offset, match.start()), match.start("next"), match.end())
            glued_clocks = [(start, cuts, end) for start, cuts, end in _glued_clocks(text)
                            if not text[cuts[-1]:end].isupper() or self._known_lower(text[cuts[-1]:end].lower())] \
                if clocks else []
            for start, cuts, end in glued_clocks:
                yield self._split_at_cuts(offset, text, start, cuts, end)
            ranks = suspects.ranks_in(offset, text) if amounts else []
            for start, cut, end in ranks:
                yield self._split_at(offset, text, start, cut, end)
            for match in suspects.amounts_in(offset, text) if amounts else ():
                word = match.group("word")
                if ranks and any(start == match.start() for start, _, _ in ranks) \
                        or glued_clocks and any(start <= match.start() < end for start, _, end in glued_clocks):
                    continue  # a list item's rank or a clock's minutes, reported above ('* 12Best', '10:41amThe')
                dated = _YEAR.fullmatch(match.group("amount")) \
                    and _DATE_BEFORE_YEAR.search(text, max(0, match.start() - 12), match.start())
                if (dated or match.group("camel") is None
                        and (lexicon.frequency(word) >= 1000 or counts.has(word) and self.known(word))) \
                        and not counts.more_than(match.group(), 1):
                    # not 100Mbps; 15mThomas (a name the article uses), 2022Richards
                    yield self._split_at(offset, text, match.start(), match.start("word"), match.end())
            for at in captions._starts(text, ("By ",)) if amounts and "By " in text else ():
                digits = _DIGITS_BEFORE_BYLINE.search(text, max(0, at - 5), at) if text[at - 1:at].isdigit() else None
                if digits and _BYLINE_NAME.match(text, at + 2):
                    yield self._split_at(offset, text, digits.start(), at, at + 2)
            for match in suspects.numbers_in(offset, text) if suspects.numbers else ():
                # a misspelt word too before a thousands figure ('the harbur4,200'): no code or name is written so
                if self._known_lower(match.group("after") or match.group("before")) \
                        or match.group("before") and _THOUSANDS.match(text, match.end()):
                    yield self._split_at(offset, text, *_number_cut(text, match))
            for start, cut, end in suspects.digits_in(offset, text) if suspects.digits else ():
                yield self._split_at(offset, text, start, cut, end)
            for match in suspects.days_in(offset, text) if days else ():
                day = match.start() - (match.start() > 0 and text[match.start() - 1].isdigit())
                word = _LETTERS_BEFORE.search(text, max(0, day - 30), day)
                if word and word.group()[1:].islower() and len(word.group()) > 1 \
                        and (self.known(word.group()) or counts.has(word.group())):  # not a model: iPhone6 April
                    yield self._split_at(offset, text, word.start(), day, match.end())
            for match in _CAPS_DATE.finditer(text) if caps_dates else ():
                word = _CAPITALS_BEFORE.search(text, max(0, match.start() - 40), match.start())
                if word and self._known_caps(word.group(), counts):  # TOURTHURSDAY, MELBOURNEFRIDAY
                    yield self._split_at(offset, text, word.start(), match.start(), match.end())
            openings = _QuoteOpenings(text) if quotes else None
            for match in _QUOTE_AFTER_WORD.finditer(text) if quotes else ():
                left = _LETTERS_BEFORE.search(text, max(0, match.start() - 40), match.start())
                if left and left.group()[0].islower() and openings.opens(match.start()) \
                        and (self.known(left.group()) or counts.has(left.group())):
                    yield self._split_at(offset, text, left.start(), match.start(), match.end())
            for match in _HANDLE.finditer(text) if handles else ():
                cut = _handle_name_end(text, match)
                if cut and self.known(_LETTERS.match(text, cut).group()):  # 'Jane Doe ‏@JaneDoeCongratulations to'
                    yield self._split_at(offset, text, match.start(), cut, match.end())

    def _cuts_of_runs(self, article: Article, runs: list[tuple[int, str, _Context, list[tuple[int, str, str]]]]
                      ) -> tuple[dict[int, list[int]], _Counts]:
        """Where each letter run of ``runs`` (at, word, context, parts) is cut, and the counts of the last round: a word
        split vouches for its parts, as it will once the fix is applied, so the runs are judged again with the parts
        counted (three rounds at most), each run only where a count it asked for changed (a round after a split judged
        every run again: a third of NL102's judgements on the BBC + scraped mix)."""
        counts, cuts, asked, changed = _RoundCounts(article), {}, {}, None
        for _ in range(3):
            found = {}
            for at, word, context, parts in runs:
                if changed is not None and asked[at].isdisjoint(changed):
                    found[at] = cuts[at]  # every count it asked for is as it was: the same cuts
                else:
                    counts.asked = asked[at] = set()
                    found[at] = self._cuts(word, parts, counts, context)
            if found == cuts:
                break
            cuts = found
            if not any(found.values()):
                break  # nothing split: the counts stay as they are, and so would every cut
            extra = Counter(part for at, word, _, _ in runs for part in _pieces(word, cuts[at]))
            changed = {word for word in extra.keys() | counts.extra.keys() if extra[word] != counts.extra.get(word, 0)}
            counts = _RoundCounts(article, extra)
        return cuts, counts

    def _cut_solid_blocks(self, runs: list[tuple[int, str, _Context, list[tuple[int, str, str]]]],
                          cuts: dict[int, list[int]], counts: _Counts) -> None:
        """Add to ``cuts`` the title-case words glued to a title-case word where a page's blocks were written solid:
        ``_SOLID_BLOCK`` other letter runs cut within ``_SOLID_REACH`` characters of it ('Top StoriesHarbour', 'Weekly
        ListingsGardens'); each a dictionary word or one the article uses on its own, the pair a form the web never
        writes solid (not 'YouTube' in 'fansYouTubeThis') nor a domain of the page ('CorkBeo' beside corkbeo.ie), the
        run written once (not a site's name on every block) or only before a lower-case word, a teaser the page
        prints twice (:func:`_teaser_copies`)."""
        places = sorted(at for at, _, _, _ in runs if cuts[at])
        if len(places) < _SOLID_BLOCK:
            return
        for at, word, context, parts in runs:
            near = bisect.bisect_right(places, at + len(word) + _SOLID_REACH) \
                - bisect.bisect_left(places, at - _SOLID_REACH) - bool(cuts[at])
            if near < _SOLID_BLOCK:
                continue
            found = [cut for cut, left, right in parts if cut not in cuts[at]
                     and self._solid_block_glue(left, right, counts, context)]
            if found:
                cuts[at] = sorted(cuts[at] + found)

    def _cut_labels(self, runs: list[tuple[int, str, _Context, list[tuple[int, str, str]]]],
                    cuts: dict[int, list[int]]) -> None:
        """Add to ``cuts`` a menu's or list's label glued to its items: a title-case dictionary word glued to
        ``_LABEL_ITEMS`` or more different capitalised words ('NewsThree', 'NewsSiren', 'NewsIn'), none of them but a
        sentence's opener ('NewsThe') a form the web writes solid (not Power in 'PowerPoint', 'PowerShell')."""
        labelled: dict[str, list[tuple[int, int, str, _Context]]] = {}
        for at, word, context, parts in runs:
            cut, left, right = parts[0] if parts else (0, "", "")
            if len(left) > 2 and left[0].isupper() and left[1:].islower() and len(right) > 1 \
                    and (right[1:].islower() or right.isupper()):
                labelled.setdefault(left, []).append((at, cut, right, context))
        for left, items in labelled.items():
            if len({right for _, _, right, _ in items}) >= _LABEL_ITEMS \
                    and left.lower() not in _NAME_PREFIXES \
                    and self.known(left) and all(context.web_count() == 0 or right.lower() in _SENTENCE_OPENERS
                                                 for _, _, right, context in items):
                for at, cut, _, _ in items:
                    if cut not in cuts[at]:
                        cuts[at] = sorted(cuts[at] + [cut])

    def _solid_block_glue(self, left: str, right: str, counts: _Counts, context: _Context) -> bool:
        """Two title-case words of a page written solid: see :meth:`_cut_solid_blocks`."""
        return len(left) > 2 and len(right) > 2 and left[0].isupper() and left[1:].islower() \
            and right[1:].islower() and left.lower() not in _NAME_PREFIXES and right.lower() not in _PARTICLES \
            and (self.known(left) or counts.has(left)) and (self.known(right) or counts.has(right)) \
            and (counts.has(left) or counts.has(right) or not context.in_sentence()) \
            and (not context.used_twice(counts) or _teaser_copies(context.run(), counts.article.text)) \
            and not context.used_in_capitals(counts) and _unigram(left + right) == 0 \
            and f"{left}{right}.".lower() not in counts.article.text  # not the site's name ('CorkBeo', news@corkbeo.ie)

    @staticmethod
    def _glued_digits(text: str) -> Iterator[tuple[int, int, int]]:
        """(start, cut, end) of the matches of ``_GLUED_DIGITS`` in ``text`` that are glue: a clock time after two
        letters or a bracket (not an ISO time's 'T'), an item number in a run of at least ``_LIST_RUN`` numbered in a
        row (the first may follow a sentence's stop)."""
        items = []
        for match in _GLUED_DIGITS.finditer(text):
            digit = match.start()
            word = _LETTERS_BEFORE.search(text, max(0, digit - 30), digit)
            after_stop = text[digit - 1] == "."
            if match.group("clock") is not None:
                if not after_stop and (text[digit - 1] == ")" or word and len(word.group()) > 1):
                    yield (word.start() if word else digit - 1), digit, match.end()
            elif not after_stop or digit > 1 and text[digit - 2].isalpha():  # not a section number: '3.1. The'
                items.append((int(text[digit:match.end("item")]), match))
        numbers = {number for number, _ in items}
        for number, match in items:
            if _in_numbered_run(number, numbers):
                before = match.start() - (text[match.start() - 1] == ".")
                word = _LETTERS_BEFORE.search(text, max(0, before - 30), before)
                yield (word.start() if word else match.start() - 1), match.start(), match.end("item")

    @staticmethod
    def _known_lower(word: str) -> bool:
        """A dictionary word of four letters or more that is not rare (not a unit or a code: 'builders', 'pipes')."""
        return lexicon.frequency(word) >= 100

    def _known_caps(self, word: str, counts: _Counts) -> bool:
        """An all-caps word of three letters or more that the dictionary or the article vouches for."""
        return len(word) > 2 and (self.known(word.lower()) or counts.has(word) or counts.has(word.capitalize()))

    def _split_at(self, offset: int, text: str, start: int, cut: int, end: int) -> Finding:
        glued, fixed = text[start:end], f"{text[start:cut]} {text[cut:end]}"
        return self.finding(offset + start, offset + end, f"glued words {quote(glued)}: missing space in {quote(fixed)}?",
                            Fix.replace(offset + cut, offset + cut, " ", description=f"insert a space: '{fixed}'"))

    def _split_at_cuts(self, offset: int, text: str, start: int, cuts: list[int], end: int) -> Finding:
        """:meth:`_split_at` with a space inserted at each of ``cuts`` (offsets in ``text``, in order)."""
        if len(cuts) == 1:
            return self._split_at(offset, text, start, cuts[0], end)
        fixed = " ".join(_pieces(text[start:end], [cut - start for cut in cuts]))
        edits = tuple(Edit(offset + cut, offset + cut, " ") for cut in cuts)
        return self.finding(offset + start, offset + end,
                            f"glued words {quote(text[start:end])}: missing space in {quote(fixed)}?",
                            Fix(edits, description=f"insert a space: '{fixed}'"))

    def _cuts(self, word: str, parts: list[tuple[int, str, str]], counts: _Counts, context: _Context) -> list[int]:
        """The case boundaries of ``word`` (``parts``: :func:`_word_parts`) where two words lost their space."""
        return [cut for cut, left, right in parts
                if context.repeated_at(cut) or self._is_glued(word, left, right, counts, context)]

    def _is_glued(self, word: str, left: str, right: str, counts: _Counts, context: _Context) -> bool:
        """Whether ``word`` is two words ``left`` and ``right`` that lost their space (``context``: what
        surrounds the letter run ``word``; never one that :func:`_never_glued` passes)."""
        if left in MONTHS and word.startswith(left) and len(right) > 2 and right[1:].islower() \
                and context.day_before():
            return True  # a date's month glued to the next line, in every row of a fixture list ('25 AprilRiverside')
        if right in DAY_NAMES and word.endswith(right) and len(left) > 2 and left[1:].islower() \
                and context.date_next():
            return True  # a line glued to the date after it, however often in a fixture list ('RidersFriday, 29 April')
        if left.lower() in _NAME_PREFIXES \
                or len(left) < 2 \
                or len(right) < 2 and not (right in ("A", "I") and (left.islower() or counts.has(left))) \
                or context.used_twice(counts) and not _repeated_glue(word, left, context) \
                or context.used_in_capitals(counts):
            return False
        if left.isupper():  # USSecretary, LONDONThe (a dateline glued to the story), BUSINESSNapa (a section label)
            if not right[1:].islower():
                return False
            common = lexicon.frequency(right) >= 1000
            return common and (left in _COMMON_ACRONYMS or counts.has(left)
                               or right in _SENTENCE_STARTERS and len(left) > 2 and self.known(left.lower())) \
                or len(left) > 3 and self.known(left.lower()) and (common or counts.has(right)) \
                or len(left) > 3 and context.starts_line() and self.known(right) and context.lower_next() \
                and (self.known(left.lower()) or counts.has(left.capitalize()))  # a dateline: NAIROBIKenyan officials
        if right.isupper() and len(right) > 2 and word.endswith(right):  # WriterLUBOKU, newsBBC (not SonyBMG, MySQL)
            return len(left) > 3 and (self.known(left) or counts.has(left)) \
                and (counts.has(right) or counts.has(right.capitalize()) or len(right) > 3 and self.known(right.lower()))
        if right in _COMMON_ACRONYMS and word == left + right:  # agoUS stocks, audibleUK (not macOS, webTV)
            return left.islower() and self.known(left)
        if not right[1:].islower() and len(right) > 1:  # OpenAI
            return False
        if left.islower():  # spokespersonDmitry, atLabour, inMay; two short parts need a word after them (tagDiv.)
            return word[0].islower() and (self.known(left) or counts.has(left)) \
                and (len(left) + len(right) > 6 or left in _FUNCTION_PARTS or context.word_next())
        # TitleTitle: only when the article uses both parts on their own (KremlinDmitry), glues a sentence start,
        # or a headline to its first sentence; never a word the web writes solid (PlayStation, SoftBank)
        return right in _SENTENCE_STARTERS and self.known(left) \
            or counts.has(left) and counts.has(right) and right not in _SENTENCE_STARTERS and context.web_count() == 0 \
            or word.endswith(right) and right.lower() in _SENTENCE_OPENERS and len(left) > 2 \
            and context.lower_next() and self.known(left) \
            or word == left + right and len(left) > 2 and right.lower() not in _PARTICLES and context.headline() \
            and self.known(left) and self.known(right) and context.web_count() == 0 \
            or word == left + right and len(left) > 2 and len(right) > 2 and right in _SENTENCE_STARTERS \
            and left[1:].islower() and context.lower_next() \
            or word.endswith(right) and right in _DATE_NAMES and len(left) > 2 and context.date_next() \
            or word.endswith(right) and right == "By" and len(left) > 1 and context.byline_next() \
            and context.web_count() == 0 \
            or word.endswith(right) and right == "Let" and len(left) > 2 and self.known(left) \
            and context.pronoun_next() \
            or word == left + right and len(left) > 2 and left[1:].islower() and not self.known(left) \
            and lexicon.frequency(right) >= 1000 and context.web_count() == 0 and context.after_full_name() \
            or word == left + right and len(left) > 2 and len(right) > 2 and left[1:].islower() \
            and context.web_count() == 0 and context.full_name_next() \
            and (counts.has(left) or self.known(left) and self.known(right) and not self.known(context.next_word())) \
            or word == left + right and len(left) > 2 and left[1:].islower() \
            and context.text[context.end:context.end + 1] in _WORD_GOES_ON and context.after_credit() \
            and (counts.has(left) or _AGENCY_WORD.fullmatch(left) is not None) and context.web_count() == 0 \
            and _prose_after(context.text, context.end) \
            or word == left + right and len(left) > 2 and len(right) > 2 and left[1:].islower() \
            and context.lower_next() and counts.has(left) and self.known(right) \
            and _ends_a_line(counts.article.text, left) and context.web_count() == 0


        # a picture's credit glued to the text after it ('Photo: GettyCollege students', 'Jane Doe/AxiosA new');
        # RidersTuesday, 3 May; ContactLet us know (not OutLet store); a surname the word list does not know glued to
        # a common word that goes on as a sentence: a credit or byline run into the text ('Bill IngallsDivers secured');
        # a word the article uses on its own glued to a full name that starts a sentence, as in a flattened list
        # ('Sunrisers HyderabadJos Buttler is with'), or a dictionary word glued to a first name before a surname no
        # dictionary knows, where link text lost its space ('news from SuffolkJonathan Rees QC said'); a label the
        # article ends a line with elsewhere glued to a sentence ('Opinion' … 'OpinionVoters in the valley')


class _RoundCounts(_Counts):
    """NL102's counts in one round of its cuts, each word asked of them put in ``asked`` (the set of the letter run
    being judged): a run none of whose words counts otherwise in the next round keeps its cuts, not judged again (a
    round after a split judged every run again: a third of NL102's judgements on the BBC + scraped mix)."""

    def __init__(self, article: Article, extra: Counter[str] | None = None) -> None:
        super().__init__(article, extra)
        self.asked: set[str] = set()

    def __getitem__(self, word: str) -> int:
        self.asked.add(word)
        return super().__getitem__(word)

    def has(self, word: str) -> bool:
        self.asked.add(word)
        return super().has(word)

    def more_than(self, word: str, count: int) -> bool:
        self.asked.add(word)
        return super().more_than(word, count)


def _never_glued(word: str) -> bool:
    """A letter run with a case change that is no glue at any of its cuts: a plural of capitals (MPs, CEOs: one in
    four runs of the news), a lower-case brand (iPhone)."""
    return word[:-1].isupper() and word[-1] == "s" or word.lower() in _LOWERCASE_STARTS


def _run_parts(word: str) -> list[tuple[int, str, str]] | None:
    """:func:`_word_parts` of the letter run ``word`` (a list shared by every run of that word: not to be changed), None
    where :func:`_never_glued` passes it; kept for up to ``_KEPT_RUNS`` runs of ``_KEPT_RUN_LENGTH`` letters at most (two
    runs in three on the BBC + scraped mix repeat one an earlier article had: a plural of capitals, a name, a page's row
    of share buttons)."""
    parts = _kept_runs.get(word, _NOT_KEPT)
    if parts is _NOT_KEPT:
        parts = None if _never_glued(word) else _word_parts(word)
        if len(word) <= _KEPT_RUN_LENGTH:
            if len(_kept_runs) >= _KEPT_RUNS:
                _kept_runs.clear()
            _kept_runs[word] = parts
    return parts


_kept_runs: dict[str, list[tuple[int, str, str]] | None] = {}
_KEPT_RUNS = 4096
_KEPT_RUN_LENGTH = 80  # characters: a longer run is split anew each time (the kept runs' memory stays bounded)
_NOT_KEPT = object()


class _Context:
    """Where a letter run with a case change stands (``text[start:end]``), each question answered on first need."""

    __slots__ = ("text", "start", "end", "_headline", "_web_count", "_used")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end, self._headline = text, start, end, None
        self._web_count: float | None = None
        self._used: tuple[_Counts, bool, bool] | None = None

    # The questions about the whole run are answered once for all its case boundaries: asked at each, they cost the
    # run's length per boundary, and a run of n boundaries ('aA' * n) cost n squared.

    def web_count(self) -> float:
        """How often the web writes the run as one word (``_unigram``)."""
        if self._web_count is None:
            self._web_count = _unigram(self.text[self.start:self.end])
        return self._web_count

    def run(self) -> str:
        """The letter run itself."""
        return self.text[self.start:self.end]

    def used_twice(self, counts: _Counts) -> bool:
        """The article has the run more than once (``counts``: the round's counts of NL102)."""
        return self._usage(counts)[1]

    def used_in_capitals(self, counts: _Counts) -> bool:
        """The article has the run in capitals (``counts``: the round's counts of NL102)."""
        return self._usage(counts)[2]

    def _usage(self, counts: _Counts) -> tuple[_Counts, bool, bool]:
        if self._used is None or self._used[0] is not counts:
            word = self.text[self.start:self.end]
            self._used = (counts, counts.more_than(word, 1), counts.has(word.upper()))
        return self._used

    def headline(self) -> bool:
        """It ends a title-case line glued to a sentence ('Storm Hits CoastResidents were told')."""
        if self._headline is None:
            self._headline = _after_headline(self.text, self.start, self.end)
        return self._headline

    def repeated_at(self, cut: int) -> bool:
        """The text from ``cut`` (an offset in the run) on repeats the words just before it, written solid, as where a
        page's title or a name was written twice ('A Day In RomeA Day In Rome', 'By Jane DoeJane Doe'): two words or
        more, up to ``_REPEAT_REACH`` characters, from a word's start to a word's end (or a third copy)."""
        text, at = self.text, self.start + cut
        if at + _REPEAT_SHORTEST > len(text):  # no room for a copy (and a probe cut short would find itself forever)
            return False
        low, place, probe = max(0, at - _REPEAT_REACH), at - _REPEAT_SHORTEST, text[at:at + 2]
        while place >= low and (place := text.rfind(probe, low, place + 2)) >= 0:
            words, end = text[place:at], at + at - place
            if (place == 0 or not text[place - 1].isalnum()) and " " in words and text.startswith(words, at) \
                    and not (text[end:end + 1].islower() or text[end:end + 1].isdigit()):
                return True
            place -= 1
        return False

    def after_credit(self) -> bool:
        """It ends a picture's credit: it follows a name and a slash ('Jane Doe/AxiosA new'), or a credit's label
        stands before it on its line ('Photo: GettyForget the'; ``_CREDIT_LABEL``)."""
        low = max(0, self.start - _CREDIT_REACH)
        return self.text[self.start - 1:self.start] == "/" or ":" in self.text[low:self.start] \
            and _CREDIT_LABEL.search(self.text, low, self.start) is not None

    def in_sentence(self) -> bool:
        """It stands where a name stands in a sentence (``_IN_SENTENCE_BEFORE``), not at a block's seam."""
        return _IN_SENTENCE_BEFORE.search(self.text, max(0, self.start - _IN_SENTENCE_REACH), self.start) is not None

    def date_next(self) -> bool:
        """A date follows it ('SitaramanDecember 23, 2019', 'RidersTuesday, 3 May'; not 'CyberMonday 2 sale')."""
        return _DATE_NUMBER_NEXT.match(self.text, self.end) is not None

    def word_next(self) -> bool:
        """A word follows it after a space ('the open skyThe crowd', not 'Theme by tagDiv.')."""
        return _WORD_NEXT.match(self.text, self.end) is not None

    def byline_next(self) -> bool:
        """A byline's name follows it: a full name or an agency ('HBO MaxBy Jane Doe', 'MaxBy AP')."""
        return _BYLINE_NAME.match(self.text, self.end) is not None

    def pronoun_next(self) -> bool:
        """An object pronoun follows it ('ContactLet us know')."""
        return _PRONOUN_NEXT.match(self.text, self.end) is not None

    def starts_line(self) -> bool:
        """It starts its segment or a line of it (a dateline's place)."""
        return self.start == 0 or self.text[self.start - 1] == "\n"

    def lower_next(self) -> bool:
        """A lower-case word follows it ('WriterFrom its first', 'PassAs you can see')."""
        return _LOWER_WORD_NEXT.match(self.text, self.end) is not None

    def day_before(self) -> bool:
        """A day's number comes just before it ('26 AprilKings')."""
        return _DAY_BEFORE.search(self.text, max(0, self.start - 4), self.start) is not None

    def full_name_next(self) -> bool:
        """It starts a full name, a capitalised word after it, and a sentence goes on after that ('HyderabadJos
        Buttler is with')."""
        return _CAPITALISED_NEXT.match(self.text, self.end) is not None \
            and _prose_after(self.text, self.end + len(_CAPITALISED_NEXT.match(self.text, self.end).group()))

    def next_word(self) -> str:
        """The word after it and a space ('' when none)."""
        word = _LETTERS.match(self.text, self.end + 1) if self.text[self.end:self.end + 1] == " " else None
        return word.group() if word else ""

    def after_full_name(self) -> bool:
        """It ends a full name, a capitalised word before it ('Bill IngallsDivers', 'NASA/Jane DoeCrews'), and a
        sentence goes on after it (two of the next three words in lower case)."""
        return _FIRST_NAME_BEFORE.search(self.text, max(0, self.start - 20), self.start) is not None \
            and _prose_after(self.text, self.end)


# the names of the days and months that a date written after a glued name starts with (not May, a name too)
_DATE_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June "
                        "July August September October November December".split())
DAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS = frozenset("January February March April May June July August September October November December".split())
_DAY_BEFORE = regexcache.compile(r"(?<![\d,.])\d{1,2} \Z")
# a picture's credit label, then names (no stop or line break) up to a letter run: 'Illustration: Jane Doe/', 'Photo: '
_CREDIT_LABEL = regexcache.compile(r"\b(?:Photo|Photograph|Picture|Image|Illustration|Credit)s?: [^.!?\n:]*\Z")
_CREDIT_REACH = 60  # characters of a credit read back from a letter run
_WORD_GOES_ON = (" ", "'", "’")  # what follows a sentence's first word on its line ('AxiosAs we', "AxiosMicrosoft's")
# the one-word picture agencies (lineshapes' list) that a credit may end with ('Photo: GettyForget the')
_AGENCY_WORD = regexcache.compile(AGENCY)
# a name before a slash and a letter run with a case change: a credit written 'Jane Doe/AxiosA new' (the slash makes
# it no letter run of _glued_runs, a path's); not a path's or a domain's part
_NAME_BEFORE_SLASH = regexcache.compile(r"(?<![\w./:])[A-Z][a-z]+\Z")
_REPEAT_REACH = 200  # characters of words a run may repeat (a page's title, a name)
_REPEAT_SHORTEST = 8  # characters of the shortest repeat
_CAPITALISED_NEXT = regexcache.compile(r" [A-Z][a-z]+(?![\w'’-])")
_DATE_NUMBER_NEXT = regexcache.compile(r",? \d{1,2}(?:st|nd|rd|th)?,? (?:(?:19|20)\d\d(?!\d)|[A-Z][a-z]+)|, \d{1,2}(?!\d)"
                                       r"| (?:19|20)\d\d(?!\d)")
# a capitalised word and a space just before a letter run: a first name before the surname the run starts with
_FIRST_NAME_BEFORE = regexcache.compile(r"(?<![^\W\d_])[A-Z][a-z]+ \Z")
# a space and a word in lower case
_LOWER_WORD_NEXT = regexcache.compile(r" [a-z]")
# what a name in a sentence follows, read back from a letter run: a word in lower case and a space, a comma and a
# space, a hyphen ('owner ByteDance', 'Company, ByteDance', 'Post-GandCrab')
_IN_SENTENCE_BEFORE = regexcache.compile(r"(?:(?<![^\W\d_])[a-z]+ |, |-)\Z")
_IN_SENTENCE_REACH = 30  # characters read back for it
_WORD_NEXT = regexcache.compile(r" [^\W_]")
# a byline's name after its 'By' and a space: a full name (a middle initial too) or an agency
_BYLINE_NAME = regexcache.compile(rf" (?:[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][\w'’-]+|{AGENCY})(?![\w'’-])")
# a day's or a count's digits glued to a byline's 'By' ('for February 26By Jane Doe'), read back from the 'By'
_DIGITS_BEFORE_BYLINE = regexcache.compile(r"(?<![\w.,])\d{1,4}\Z")
_PRONOUN_NEXT = regexcache.compile(r" (?:us|me|them|him|her|it)\b")
class GlueSuspects:
    """What NL102 may find in an article, judged before any per-token work from the article's text
    mapped byte by byte to its character classes (``a`` lower, ``A`` upper, ``0`` digit; one C-level
    ``bytes.translate``) and searched with ``in``: the segments with a case change inside a letter run
    (``spokespersonDmitry``, ``USSecretary``), and whether a glued amount (``$25The``, ``12%Analysts``),
    a glued day (``season29 April``), a glued day in capitals (``TOURTHURSDAY``), a handle run into a post
    (``@JaneDoeCongratulations``) or a word glued to an opening quote (``megaproject"I``) may occur."""

    def __init__(self, article: Article) -> None:
        shapes = _glue_shapes(article.text)  # bit i: _GLUE_SHAPES[i] (a generator of the seven cost more than the tests)
        case_change, amount, day, caps, at, number, quote = shapes & 1 != 0, shapes & 2 != 0, shapes & 4 != 0, \
            shapes & 8 != 0, shapes & 16 != 0, shapes & 32 != 0, shapes & 64 != 0
        self.segments = [(offset, text) for offset, text in _segments(article) if _has_case_change(text)] \
            if case_change else []
        self.amounts = amount and _holds(_AMOUNT_HINT, article.text)
        # day: a letter before a digit (a glued day or glued digits may stand)
        self._text = article.text
        self._cue_starts: dict[re.Pattern, list[int]] = {}  # a segment cue → the starts of its whole-text matches
        self.days, self.digits = _day_and_digit_hints(article.text, self._day_starts) if day else (False, False)
        if number:  # the number cue's starts by one compiled pass (Python's re tried its digit class at every character)
            self._cue_starts[_NUMBER_CUE] = _number_cue_starts(article.text)
        self.numbers = number and bool(_glued_numbers(article.text, self._whole_text_starts(_NUMBER_CUE)))
        # the rarer shapes are looked for only in a page with a case change inside a word, where markup was stripped
        glued = bool(self.segments)
        self.caps_dates = glued and caps and any(map(article.text.__contains__, _CAPS_DATE_CUES)) \
            and bool(_CAPS_DATE.search(article.text))
        self.handles = glued and at
        # a word glued to an opening quote before a capital (a segment's match is one of the whole text's)
        self.quotes = glued and quote and bool(_QUOTE_AFTER_WORD.search(article.text))
        # a clock glued to the word after it ('11:07Jane'; its minutes before the capital are an amount's shape)
        self.clocks = amount and _GLUED_CLOCK_WORD.search(article.text) is not None
        # a relative time glued to a word ('Doe2 hours ago'), and a Markdown link glued to the next word (a ']' looked
        # for first: a one-character search, a fifth of the cost of the pair's)
        self.ages = day and " ago" in article.text and _GLUED_AGE.search(article.text) is not None
        self.links = "]" in article.text and ("](" in article.text or "]{" in article.text) \
            and _GLUED_LINK.search(article.text) is not None
        self.emphasis = article.markdown and ("*" in article.text or "_" in article.text) \
            and _GLUED_EMPHASIS.search(article.text) is not None  # Markdown's emphasis glued to the next word
        self.any = bool(self.segments or self.amounts or self.days or self.caps_dates or self.handles or self.quotes
                        or self.numbers or self.digits or self.clocks or self.ages or self.links or self.emphasis)
        self._runs: list[tuple[int, str, list[tuple[int, int]]]] | None = None
        self._numbers: dict[str, list[re.Match]] = {}
        self._digits: dict[str, list[tuple[int, int, int]]] = {}
        self._ranks: list[tuple[int, int, int]] | None = None

    def numbers_in(self, offset: int, text: str) -> list[re.Match]:
        """``list(_glued_numbers(text))`` of the segment ``text`` at ``offset``, from the whole text's number cues
        (no segment without one is searched), found once per text for NL102 and NL106 both (NL106 scanned each
        paragraph again: 8 % of its instructions on the BBC + scraped mix)."""
        found = self._numbers.get(text)
        if found is None:
            cues = self.cues_in(_NUMBER_CUE, offset, text)
            found = self._numbers[text] = _glued_numbers(text, cues) if cues else []
        return found

    def digits_in(self, offset: int, text: str) -> list[tuple[int, int, int]]:
        """``list(GluedWords._glued_digits(text))`` of the segment ``text`` at ``offset``, found once per text for
        NL102 and NL106 both, and only in a segment holding a clock's colon or a list item's stop of the kind
        ``_GLUED_DIGITS`` matches (found by literal-led scans of the whole text: its digit-led one costs four times
        as much)."""
        found = self._digits.get(text)
        if found is None:
            found = self._digits[text] = list(GluedWords._glued_digits(text)) \
                if self.cues_in(_GLUED_CLOCK_COLON, offset, text) or self.cues_in(_GLUED_ITEM_HINT, offset, text) \
                else []
        return found

    def amounts_in(self, offset: int, text: str) -> list[re.Match]:
        """``_glued_amounts(text)`` of the segment ``text`` at ``offset``, from the whole text's amount ends."""
        ends = self.cues_in(_AMOUNT_END, offset, text)
        return _glued_amounts(text, ends) if ends else []

    def ranks_in(self, offset: int, text: str) -> list[tuple[int, int, int]]:
        """(start, cut, end) of :func:`_glued_ranks` in the segment ``text`` at ``offset``, found in the whole text
        once (a run's ranks may stand a line each)."""
        if self._ranks is None:
            self._ranks = _glued_ranks(self._text, self._whole_text_starts(_AMOUNT_END))
        low = bisect.bisect_left(self._ranks, (offset,))
        high = bisect.bisect_left(self._ranks, (offset + len(text),), low)
        return [(start - offset, cut - offset, end - offset) for start, cut, end in self._ranks[low:high]]

    def days_in(self, offset: int, text: str) -> list[re.Match]:
        """``list(_DAY_HINT.finditer(text))`` of the segment ``text`` at ``offset``: its matches at the starts of its
        cue's (the day and the month without the word's end)."""
        return [match for match in map(_DAY_HINT.match, itertools.repeat(text), self.cues_in(_DAY_START, offset, text))
                if match is not None]

    def cues_in(self, cue: re.Pattern, offset: int, text: str) -> list[int]:
        """``[m.start() for m in cue.finditer(text)]`` of the segment ``text`` at ``offset`` of the article, for a cue
        of ``_SEGMENT_CUES``: the starts of one search of the whole text that fall in the segment, each matched again
        on the segment alone. A long article whose text holds a shape somewhere is no longer searched paragraph by
        paragraph for it."""
        starts = self._whole_text_starts(cue)
        low = bisect.bisect_left(starts, offset)
        high = bisect.bisect_left(starts, offset + len(text), low)
        return [at - offset for at in starts[low:high] if cue.match(text, at - offset)]

    def _whole_text_starts(self, cue: re.Pattern) -> list[int]:
        starts = self._cue_starts.get(cue)
        if starts is None:
            starts = self._cue_starts[cue] = _day_starts(self._text) if cue is _DAY_START \
                else [match.start() for match in cue.finditer(self._text)]
        return starts

    def _day_starts(self, text: str) -> list[int]:
        """:func:`_day_starts` of the article's text ``text``, found once for the day hint and the segments."""
        return self._whole_text_starts(_DAY_START)

    def credit_runs(self) -> list[tuple[int, str, list[tuple[int, int]]]]:
        """(offset, text, spans) of the letter runs with a case change right after a credit's name and slash ('Jane
        Doe/AxiosA new'), which :meth:`runs` leaves out: NL102's alone."""
        found = []
        for offset, text in self.segments if "/" in self._text else ():
            spans = [(slash + 1, run.end()) for slash in captions._starts(text, ("/",))
                     if "A" <= text[slash + 1:slash + 2] <= "Z"
                     and _NAME_BEFORE_SLASH.search(text, max(0, slash - _CREDIT_REACH), slash)
                     and _has_case_change((run := _LETTER_RUN.match(text, slash + 1)).group())]
            if spans:
                found.append((offset, text, spans))
        return found

    def runs(self) -> list[tuple[int, str, list[tuple[int, int]]]]:
        """(offset, text, the spans of :func:`_glued_runs`) of each segment with a case change, found on first need
        and shared by NL102 and NL106."""
        if self._runs is None:
            self._runs = [(offset, text, list(_glued_runs(text))) for offset, text in self.segments]
        return self._runs


# the shapes GlueSuspects asks about, as RE2 patterns over the text (its ASCII classes are the shape's classes: a
# character beyond ASCII is never a letter or digit there): a case change ('aA', 'AAa'), an amount before a capital
# ('0A', '0aA', '0aaA', '%A'), a letter before a digit, seven capitals, an '@', a number glued to a lower-case word
# ('peak3,000', 'concrete2.4m', '4,200buil'), a word glued to an opening quote before a capital ('megaproject"I': in
# each of _QUOTE_AFTER_WORD's matches; a scan of its own before 34e)
_GLUE_SHAPES = (r"[a-z][A-Z]|[A-Z][A-Z][a-z]", r"[0-9][a-z]{0,2}[A-Z]|%[A-Z]", r"[a-zA-Z][0-9]", r"[A-Z]{7}", r"@",
                r"[a-z]{4}[0-9]{1,3},[0-9]{3}|[a-z]{4}[0-9]+\.[0-9]+[a-z]|[0-9],[0-9]{3}[a-z]{4}|[0-9][a-z]{4}",
                r"[a-z]{2}[\"“][A-Z]")
_NUMBER_SHAPE = regexcache.compile(rb"a{4}0{1,3},000|a{4}0+\.0+a|0,000a{4}|0a{4}")  # the last of _GLUE_SHAPES, on a shape
_glue_shape_set: list = []  # the RE2 set of _GLUE_SHAPES, built on first use


def _python_glue_shapes(text: str) -> int:
    """Which of ``_GLUE_SHAPES`` ``text`` holds, bit i for the i-th: one pass of an RE2 set (its shape searched with
    ``in`` eight times cost twice as much), or :func:`_glue_shapes_of` where RE2 cannot take the text (a lone
    surrogate). The twin of the compiled ``glue_shapes`` (one C loop: the RE2 set cost half of NL102's pre-check)."""
    if not _glue_shape_set:
        import re2  # the packs import it in every run

        together = re2.Set.SearchSet()
        for pattern in _GLUE_SHAPES:
            together.Add(pattern)
        together.Compile()
        _glue_shape_set.append(together)
    try:
        found = _glue_shape_set[0].Match(text) or ()
    except UnicodeEncodeError:
        return _glue_shapes_of(_shape(text))
    return sum(1 << index for index in found)


_glue_shapes = native.pick("glue_shapes", _python_glue_shapes)


def _glue_shapes_of(shape: bytes) -> int:
    """:func:`_glue_shapes` from a text's shape (:func:`_shape`)."""
    held = (_case_change(shape), b"0A" in shape or b"0aA" in shape or b"0aaA" in shape or b"%A" in shape,
            b"a0" in shape or b"A0" in shape, b"AAAAAAA" in shape, b"@" in shape,
            _NUMBER_SHAPE.search(shape) is not None, b'aa"A' in shape)
    return sum(1 << index for index, found in enumerate(held) if found)


_SHAPES = bytes(ord("a") if chr(b).islower() else ord("A") if chr(b).isupper() else ord("0") if chr(b).isdigit()
                else b if chr(b) in "%@,.\"" else ord(" ") for b in range(128)) + b" " * 128


def _shape(text: str) -> bytes:
    """``text`` as UTF-8 with every ASCII letter, digit and other byte mapped to its class (an opening curly quote read
    as a straight one)."""
    return text.replace("“", '"').encode("utf-8", "surrogatepass").translate(_SHAPES)


def _case_change(shape: bytes) -> bool:
    return b"aA" in shape or b"AAa" in shape


def _python_has_case_change(text: str) -> bool:
    """Whether ``text`` holds a case change inside a letter run ('aA', 'AAa'; ASCII letters): the twin of the compiled
    ``has_case_change``."""
    return _case_change(_shape(text))


_has_case_change = native.pick("has_case_change", _python_has_case_change)


# words that end compounds written with an inner capital: LinkedIn, LogOn, PopUp, CheckOut
_PARTICLES = frozenset("in on up out off it".split())
_HEADLINE_WORD = regexcache.compile(r"(?:[A-Z0-9][\w'’-]*|a|an|the|of|in|on|at|to|for|and|or|with|by|as|from|vs)[,:]?")

# a full stop glued to a capital after a word or number: where a lost paragraph break let a subheading follow a
# sentence ('the Apollo era.A New Era of Space ExplorationThe crew'); the stop first, for a fast scan
_GLUED_STOP = regexcache.compile(r"[.!?](?<=[a-z0-9)][.!?])(?=[A-Z])")
_HEADING_REACH = 80  # characters of a title-case line before the sentence glued to it


def _heading_start(text: str, start: int) -> int:
    """Where a title-case line that ends at ``text[start]`` may begin: just after the last full stop glued to a
    capital within ``_HEADING_REACH`` characters before it, else the paragraph's start when it is that near; -1
    when neither is."""
    stops = list(_GLUED_STOP.finditer(text, max(0, start - _HEADING_REACH), start))
    return stops[-1].end() if stops else 0 if start <= _HEADING_REACH else -1


def _after_headline(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends a title-case line and starts a sentence ('… Hits CoastResidents were told
    to'): everything before it since the paragraph's start or a glued full stop (:func:`_heading_start`) is a short
    run of capitalised and small words (two capitalised at least), and at least two of the three words after it are
    in lower case."""
    heading = _heading_start(text, start)
    if heading < 0:
        return False
    before = text[heading:start].split()
    if sum(word[0].isupper() for word in before) < 2 or not all(map(_HEADLINE_WORD.fullmatch, before)):
        return False
    return _prose_after(text, end)


def _ends_a_line(text: str, word: str) -> bool:
    """``text`` has ``word`` as the last word of a line: a block's end, where a label or a name stands alone. The
    pattern is matched at each ``str.find`` of the word only (its search tried it at every character: a megabyte's
    line cost 30 ms a call, and a longer text makes more calls)."""
    last = re.compile(rf"(?<![^\W\d_]){re.escape(word)}[ \t]*$", re.MULTILINE)
    at = text.find(word)
    while at >= 0:
        if last.match(text, at):
            return True
        at = text.find(word, at + 1)
    return False


def _teaser_copies(word: str, text: str) -> bool:
    """Every letter run ``word`` of ``text`` has a lower-case word after it: the copies of a teaser a page prints in
    two lists ('Harbour AirportQueues grew' twice), not a site's name (before a capital too, or a stop)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalpha() or text[end:end + 1].isalpha()) and not _LOWER_WORD_NEXT.match(text, end):
            return False
        at = text.find(word, end)
    return True


def _repeated_glue(word: str, left: str, context: _Context) -> bool:
    """A lower-case word glued to a capitalised one may recur in a page whose menus were run together
    ('deathsSanto' twice): recurrence vouches for a brand only when the web writes the word solid (``context``: the
    letter run ``word``'s)."""
    return word[0].islower() and len(left) > 2 and context.web_count() == 0


def _handle_name_end(text: str, handle: re.Match) -> int:
    """Where the handle ``handle`` (a match of ``_HANDLE`` in ``text``) stops spelling the name written before it,
    when a capitalised word follows inside it ('Jane Doe @JaneDoeCongratulations': after 'JaneDoe'); 0 otherwise."""
    name = _NAME_BEFORE_HANDLE.search(text, max(0, handle.start() - 60), handle.start())
    if name is None:
        return 0
    words, body = name.group().split(), handle.group()[1:].lower()
    names = {_NOT_IN_HANDLE.sub("", "".join(words[i:j])).lower() for i in range(len(words))
             for j in range(i + 1, len(words) + 1)}  # a title may follow the name: 'Jane Doe OBE @JaneDoe'
    spelt = max((len(name) for name in names if len(name) > 3 and body.startswith(name)), default=0)
    rest = handle.group()[1 + spelt:]  # the longest name first: 'Jane Doe Fan @JaneDoeFan' is no glue
    word = _LETTERS.match(rest).group() if spelt and rest[:1].isupper() and rest[1:2].islower() else ""
    # a longer handle than Twitter allows, or a sentence's first word: 'Jane Doe @JaneDoeNews' stays a handle
    return handle.start() + 1 + spelt if word and (len(body) > _LONGEST_HANDLE or word in _SENTENCE_STARTERS) else 0


_BEFORE_QUOTE = frozenset(" \t\n([:—–-")  # what comes before an opening quotation mark


class _QuoteOpenings:
    """Which quotation marks of a paragraph open a quotation, from its straight marks found once (counted again before
    each quote a word is glued to, they cost the paragraph's length per quote: a page of them was quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._low_quotes = "„" in text
        self._straight: list[int] | None = None  # where the straight marks stand, found on first need

    def opens(self, at: int) -> bool:
        """The quotation mark at ``text[at]`` opens a quotation: a curly opening one, or a straight one after an even
        number of them in the paragraph whose last one does not open a quotation itself (a flattened page's
        run-together paragraphs leave quotations open); never where German low quotes are used (their closing mark
        is “)."""
        text = self.text
        if self._low_quotes:
            return False
        if text[at] == "“":
            return True
        if self._straight is None:
            self._straight = [mark.start() for mark in _STRAIGHT_QUOTE.finditer(text)]
        count = bisect.bisect_left(self._straight, at)
        before = self._straight[count - 1] if count else -1
        return count % 2 == 0 and (before < 0 or before > 0 and text[before - 1] not in _BEFORE_QUOTE)


_STRAIGHT_QUOTE = regexcache.compile('"')


def _number_cut(text: str, match: re.Match) -> tuple[int, int, int]:
    """(start, cut, end) of a match of ``_GLUED_NUMBER``: the number and the word after it, or the word and the
    number (with its unit) after it."""
    if match.group("number"):
        return match.start(), match.end("number"), match.end()
    end = match.end()
    while end < len(text) and (text[end].isalnum() or text[end] in ",." and text[end + 1:end + 2].isdigit()):
        end += 1
    return match.start(), match.end(), end


# every character Python's \d matches, for RE2: the ASCII digits and the two stretches of code points that hold all the
# others (not the punctuation, the Latin letters or the CJK between them); RE2's \p{Nd} cost 8 ms to compile
DIGIT_OR_MORE = r"[0-9\x{660}-\x{1c59}\x{a620}-\x{1fbf9}]"
# every _GLUED_DIGITS match as RE2 reads it (its look-behind's character and digits before the clock or the item)
_GLUED_DIGITS_CUES = Cues(r"[A-Za-z).]D?D(?::DD|\.[ \xa0]{1,2}[A-Z])".replace("D", DIGIT_OR_MORE))
# the hints in RE2 (and RE2's ASCII \b holds wherever Python's does): a superset of their matches, so a text RE2 finds
# none in holds none (a whole-text search by Python's re tried a class at every character)
_HINT_CUES = {pattern: Cues(pattern.pattern.replace(r"\d", DIGIT_OR_MORE)) for pattern in (_AMOUNT_HINT, _DAY_HINT)}


def _in_numbered_run(number: int, numbers: set[int]) -> bool:
    """``number`` is one of ``_LIST_RUN`` numbers in a row all in ``numbers``."""
    return any(all(n + k in numbers for k in range(_LIST_RUN)) for n in range(number - _LIST_RUN + 1, number + 1))


def _glued_ranks(text: str, ends: list[int]) -> list[tuple[int, int, int]]:
    """(start, cut, end) of each list item's rank glued to its first word in ``text`` (``_RANK_BEFORE``), from the
    starts of ``_AMOUNT_END``'s matches ``ends`` (each such word's capital), where the ranks so glued make a run."""
    items = []
    for capital in ends:
        digit = capital
        while digit > capital - 2 and digit > 0 and text[digit - 1] in "0123456789":
            digit -= 1
        if digit < capital and (digit == 0 or not text[digit - 1].isdigit()) \
                and _RANK_BEFORE.search(text, max(0, digit - _RANK_INDENT), digit):
            items.append((int(text[digit:capital]), digit, capital))
    numbers = {number for number, _, _ in items}
    return [(digit, capital, _LETTERS.match(text, capital).end()) for number, digit, capital in items
            if _in_numbered_run(number, numbers)]


def _glued_clocks(text: str) -> list[tuple[int, list[int], int]]:
    """(start, cuts, end) of each clock time in ``text`` glued to the capitalised word after it (``_GLUED_CLOCK_WORD``):
    an hour of one or two digits after no letter, digit or colon ('.11:07Jane'), or the last two of four digits or more,
    cut from those before it too ('Covid-1914:43Jane'; not three: 'Psalm 119:10'), the hour at most 23."""
    found = []
    for match in _GLUED_CLOCK_WORD.finditer(text):
        colon = digits = match.start()
        while digits > 0 and text[digits - 1] in "0123456789" and colon - digits < _LONGEST_GLUED_DIGITS:
            digits -= 1
        count = colon - digits
        if count == 3 or int(text[colon - min(count, 2):colon]) > 23 \
                or count < 3 and digits > 0 and (text[digits - 1].isalnum() or text[digits - 1] == ":"):
            continue  # not an hour, or a letter's glue (_GLUED_DIGITS) or a clock's seconds ('12:30:45')
        cuts = [colon - 2, match.end()] if count > 3 else [match.end()]
        found.append((max(digits, colon - 4), cuts, _LETTERS.match(text, match.end()).end()))
    return found


_LONGEST_GLUED_DIGITS = 8  # digits read back from a glued clock's colon (a post's number may be longer)


def _holds(hint: re.Pattern, text: str) -> bool:
    """``hint.search(text) is not None`` for ``_AMOUNT_HINT`` or ``_DAY_HINT``, asked of RE2 first."""
    return _HINT_CUES[hint].found(text) and hint.search(text) is not None


# the day hint's cue and the glued digits', asked together: one pass where a letter stands before a digit
_DAY_AND_DIGIT_CUES = CueSet(_HINT_CUES[_DAY_HINT], _GLUED_DIGITS_CUES)


def _day_starts(text: str) -> list[int]:
    """Where ``_DAY_START`` matches in ``text`` (``[m.start() for m in _DAY_START.finditer(text)]``): at the digit and
    space before each month name (no two of its matches overlap, nor do two month names)."""
    return [month.start() - 2 for month in _MONTH_NAME.finditer(text, 2)
            if text[month.start() - 1] == " " and text[month.start() - 2].isdecimal()]  # \d: a decimal digit


def _day_and_digit_hints(text: str, day_starts=_day_starts) -> tuple[bool, bool]:
    """``(_DAY_HINT.search(text) is not None, _GLUED_DIGITS.search(text) is not None)``, RE2's supersets of both
    asked first in one pass; the day hint matched only where ``day_starts(text)`` (:func:`_day_starts`) puts its
    cue."""
    held = _DAY_AND_DIGIT_CUES.held(text)
    return (0 in held and any(map(_DAY_HINT.match, itertools.repeat(text), day_starts(text))),
            1 in held and (_GLUED_CLOCK_HINT.search(text) is not None or _GLUED_ITEM_HINT.search(text) is not None))


def _glued_numbers(text: str, starts: Iterable[int] | None = None) -> list[re.Match]:
    """``_GLUED_NUMBER.finditer(text)``, matched only in the run of letters, digits, commas and stops around a digit
    after four lower-case letters or before them (every match lies in one; its word-first form tried every lower-case
    letter: a long page holding one '2001alleging' cost it 0.3 s a megabyte). ``starts``: those of ``_NUMBER_CUE``'s
    matches in ``text``, where they are known."""
    if starts is None:
        starts = _number_cue_starts(text)
    return _matches_in_runs(_GLUED_NUMBER, text, starts, ",.")


def _matches_in_runs(pattern: re.Pattern, text: str, cues: Iterable[int], marks: str) -> list[re.Match]:
    """``list(pattern.finditer(text))`` for ``_GLUED_NUMBER`` or ``_GLUED_AMOUNT``, each match of which lies in the run
    of letters, digits and ``marks`` around one of ``cues`` (sorted offsets: :func:`run_around`) and, by its
    look-behind, starts after no letter or digit: matched there alone, in order, each from where the last ended (its
    search of the windows round the cues tried it at every character, a look-behind first: ~500 instructions each,
    35f)."""
    found, end, walked = [], 0, 0  # the matches; where the last ended; where the last run walked ended
    for at in cues:
        if at < walked:
            continue  # in a run walked for an earlier cue
        start, run_end = run_around(text, at, marks)
        for place in range(max(start, walked, end), run_end):
            if place >= end and (place == 0 or not text[place - 1].isalnum()):
                match = pattern.match(text, place)
                if match is not None:
                    found.append(match)
                    end = match.end()
        walked = run_end
    return found


_THOUSANDS = regexcache.compile(r"\d{1,3},\d{3}")
_NUMBER_CUE = regexcache.compile(r"\d(?:(?<=[a-z]{4}\d)|(?=[a-z]{4}))")  # the digit first, for a fast scan


def _python_number_cue_starts(text: str) -> list[int]:
    """Where ``_NUMBER_CUE`` matches in ``text`` (the twin of the compiled ``number_cue_starts``, 34e)."""
    return [cue.start() for cue in _NUMBER_CUE.finditer(text)]


_number_cue_starts = native.pick("number_cue_starts", _python_number_cue_starts)
# the cues GlueSuspects.cues_in finds in the whole text once and reads segment by segment: none holds a negative
# look-around or an anchor (each match in a segment is one of the whole text, at the same place) and no two of a cue's
# matches can overlap (one search of the whole text finds every place one starts)
_SEGMENT_CUES = (_AMOUNT_END, _NUMBER_CUE, _GLUED_CLOCK_COLON, _GLUED_ITEM_HINT, _DAY_START)


def _glued_amounts(text: str, ends: Iterable[int] | None = None) -> list[re.Match]:
    """``_GLUED_AMOUNT.finditer(text)``, matched only in the run of letters, digits and the amount's marks around each
    place where an amount may end before a word (every match lies in one). ``ends``: the starts of ``_AMOUNT_END``'s
    matches in ``text``, where they are known."""
    if ends is None:
        ends = [end.start() for end in _AMOUNT_END.finditer(text)]
    return _matches_in_runs(_GLUED_AMOUNT, text, ends, _AMOUNT_MARKS)


_AMOUNT_MARKS = ",.$£€%"  # what an amount holds besides letters and digits


def _glued_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the letter runs with a case change inside, except in handles, paths, domains and before a
    company suffix (a run is found from its first case change; the others in it are passed over)."""
    for start, end in _glued_run_spans(text):
        if not _company_name(text[start:end], text, end):
            yield start, end


def _python_glued_run_spans(text: str) -> list[tuple[int, int]]:
    """:func:`_glued_runs` but for the company suffix (the twin of the compiled ``glued_run_spans``). A run before a
    digit is left where it ends in a capital, a code's or a model's name ('SARSCoV2', 'iOS14', 'SpaceX2'); one that
    ends in a lower-case letter is a word with a number glued after it ('saidMarch3') or a brand's name before its
    model's number ('PlayStation5'), which NL102 judges as it judges the run without the number."""
    spans, last = [], -1
    for inner in _INNER_CAPITAL.finditer(text):
        if inner.start() < last:
            continue
        start = inner.start()
        while start > 0 and (text[start - 1].isalpha()):
            start -= 1
        last = _LETTER_RUN.match(text, start).end()
        before = text[start - 1] if start else " "
        after = text[last:last + 2]
        if before in "@#/.\\_" or before.isdigit() or after and after[0] in "@/_" \
                or after[:1].isdigit() and not text[last - 1].islower() \
                or after[:1] == "." and after[1:2].islower():
            continue
        spans.append((start, last))
    return spans


_glued_run_spans = native.pick("glued_run_spans", _python_glued_run_spans)

# the words that end a company's name: a capitalised word written solid before one is the name ('BankAmerica Corp')
_COMPANY_SUFFIX = regexcache.compile(r" (?:Corp|Inc|Co|Ltd|Plc|PLC|LLC|Bancorp|Group|Holdings|AG|SA|NV)\b")


def _company_name(word: str, text: str, end: int) -> bool:
    """A word like ``BankAmerica`` (a capital, lower case, a capital) right before a company suffix."""
    return word[0].isupper() and word[1:2].islower() and _COMPANY_SUFFIX.match(text, end) is not None


def _case_boundaries(word: str) -> list[int]:
    """Where a case boundary stands in ``word`` (the offset of its capital), from the word's cases (``_CASES``), found
    by ``str.find``: a regex's look-arounds, ``(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])``, cost about 14,000
    instructions a letter run."""
    cases, cuts = word.translate(_CASES), []
    for shape in ("aA", "AAa"):
        at = cases.find(shape)
        while at >= 0:
            cuts.append(at + 1)
            at = cases.find(shape, at + 1)
    return sorted(cuts)


def _word_parts(word: str) -> list[tuple[int, str, str]]:
    """(cut, part before, part after) at each case boundary of ``word``, each part reaching to the boundary (or the
    word's edge) beside it: found once per letter run, not again for every cut and every round of NL102's cuts."""
    cuts = _case_boundaries(word)
    edges = [0, *cuts, len(word)]
    return [(cut, word[edges[index]:cut], word[cut:edges[index + 2]]) for index, cut in enumerate(cuts)]


_GLUED_HEADING = regexcache.compile(r"(['‘\"“][A-Z][^.!?:;,'‘’\"“”\n]{3,60}['’\"”]) (?=[A-Z])")  # not 'Cos' I'm
_HEADING_QUOTES = ("'", "‘", '"', "“")  # what every match of _GLUED_HEADING opens with


def _glued_headings(text: str) -> list[re.Match]:
    """``list(_GLUED_HEADING.finditer(text))``, matched only at the opening quotes (``_HEADING_QUOTES``), each found by
    ``str.find``, in order and each from where the last match ended (its search, led by the class of the four, tested
    it at every character, 35f)."""
    found, end = [], 0
    for at in captions._starts(text, _HEADING_QUOTES):
        if at >= end and (match := _GLUED_HEADING.match(text, at)) is not None:
            found.append(match)
            end = match.end()
    return found


# a superset of its matches in any paragraph (RE2's classes: the look-ahead's capital taken): one search of the article
# answers for most, where the quote-first scan of each paragraph tests a class at every character
_GLUED_HEADING_CUES = Cues(_GLUED_HEADING.pattern.replace("(?=[A-Z])", "[A-Z]"))
# the same with the heading's length unbounded (a superset again), which NL106 asks: the counted run ({3,60}) cost 6 %
# of NL106's instructions on the BBC + scraped mix more (compiled, and its automaton's states built on new text)
_LOOSE_HEADING_CUES = Cues(unbounded_repetitions(_GLUED_HEADING_CUES.pattern))
# a sentence's end before the heading, not a name's initial ('C. J. "Pete" Silas')
_SENTENCE_BEFORE = regexcache.compile(r"(?<!\b[A-Z])[.!?][\"”’']? $")

# a title-case line between a sentence's glued full stop and the next sentence glued to its last word, where every
# paragraph break was lost ('era.A New Era of Space ExplorationThe crew'): found from the case change (NL102's letter
# runs) back to the stop, which the rule's trigger looks for
# a bracketed count glued to the next row of a flattened table ('De Villiers (249),Most sixes', 'Warner (90*)Most')
_BOX_COUNT = regexcache.compile(r"\(\d{1,4}\*?\),?(?=[A-Z][a-z])")
_BOX_SEAMS = 3  # seams glued at a figure that make a flattened box
_BOX_GAP = 160  # characters at most between two of them
_TITLE_BREAK = regexcache.compile(r"[.!?\n]")
# a full stop glued to a heading's capital, or before it a section break's asterisks or a no-break space ('goals.* * *An')
_HEADING_AFTER_STOP = regexcache.compile(r"[.!?](?<=[a-z0-9)][.!?])(?:\* \* \*|\xa0)?(?=[A-Z])")
_CREDIT_LINE = regexcache.compile(r",|\b[Bb]y\b")


class GluedSubheading(_ExtractionRule):
    code = "NL106"
    name = "glued-subheading"
    summary = "A quoted subheading run into the body text between two sentences."
    bad = "Blinken said. 'Nightmare scenario' The U.S., Russia and Ukraine were all in Stockholm."
    good = "Blinken said.\n\n'Nightmare scenario'\n\nThe U.S., Russia and Ukraine were all in Stockholm."
    explanation = ("Also a title-case line glued to the full stop before it and to the sentence after it is a subheading "
                   "whose breaks were lost ('era.A New Era of Space ExplorationThe crew'): three to twelve capitalised "
                   "and small words, three capitalised at least, its last word and the next sentence's first both "
                   "dictionary words that the web never writes solid, a sentence opener or lower-case words after it. "
                   "Where the breaks were lost, also a short heading in sentence case or ending on a name the text "
                   "uses ('schedule.Local pubsSome pubs'), a question glued to the sentence after it ('tasks.What "
                   "makes a group smart?Before we'), a short phrase between readability's double-space joins "
                   "('disagree.  Heard it through the grape vine  It was'), an embedded post's header ('Jane Doe "
                   "\u200f@JaneDoe'), a fact box or table glued at three figures or more ('4,200builders on site "
                   "at peak3,000km of pipes'), a numbered list run into one paragraph ('… the last step.1. Plan the "
                   "routeMost walkers … 2. Pack light …') and a list of fixtures ('Town v CityRovers v United …').")
    # a match cannot cross a line end: one search of the whole article (with RE2, which has no look-ahead)
    trigger = Trigger(pattern=Cues(f"{_GLUED_HEADING_CUES.pattern}|[a-z0-9)][.!?][A-Z]"
                                   "|[.!?](?:\\* \\* \\*|\xa0)[A-Z]|[.!?][\"”’']?  [A-Z]|\u200f@"
                                   f"|{_GLUE_SHAPES[5]}|[A-Za-z).][0-9]{{1,2}}\\.[ \xa0]{{1,2}}[A-Z]"
                                   "|[.!?:\"”’')] 1\\. ?[A-Z'\"‘“]|[a-z\n]1\\. ?[A-Z'\"‘“]"  # a numbered list's first item
                                   "|[A-Za-z] vs?\\.? [A-Z]"  # a fixture
                                   f"|{run_in_headings.SPACED_PUNCTUATION.pattern}"),  # a page joined with spaces
                      group="runs",  # judged with NL110's run of capitals, apart from the shared set (Triggers)
                      answers=(_LOOSE_HEADING_CUES, run_in_headings.SPACED_PUNCTUATION))  # the set's pass tells them

    def check(self, article: Article) -> Iterable[Finding]:
        title_case = list(self._title_case_lines(article))
        yield from title_case
        reported = {finding.start for finding in title_case}
        yield from (finding for finding in self._run_in_lines(article) if finding.start not in reported)
        yield from self._flattened_boxes(article)
        for paragraph in article.paragraphs if _LOOSE_HEADING_CUES.found(article.text) else ():
            for match in _glued_headings(paragraph.text):
                heading = match.group(1)
                if len(heading.split()) > 7 or match.start() and not _SENTENCE_BEFORE.search(
                        paragraph.text, max(0, match.start() - 3), match.start()):
                    continue
                start, end = paragraph.start + match.start(1), paragraph.start + match.end(1)
                edits = Fix.replace(end, end + 1, "\n\n").edits
                if start > paragraph.start:
                    edits = (Fix.replace(start - 1, start, "\n\n").edits[0],) + edits
                yield self.finding(start, end, f"subheading {quote(heading)} run into the text",
                                   Fix(edits, safe=False, description="put the subheading on its own line"))

    def _flattened_boxes(self, article: Article) -> Iterator[Finding]:
        """A fact box or a table run into one line: at least ``_BOX_SEAMS`` seams of its lines glued at a figure
        (NL102's numbers and list items, a bracketed count glued to the next row: '4,200builders', '59secs2.  Name',
        '(249),Most sixes'), each within ``_BOX_GAP`` characters of the last."""
        suspects = article.shared("extraction.glue-suspects", GlueSuspects)
        for paragraph in article.paragraphs if suspects.numbers or suspects.digits else ():
            text = paragraph.text
            numbers = suspects.numbers_in(paragraph.start, text) if suspects.numbers else ()
            items = suspects.digits_in(paragraph.start, text) if suspects.digits else ()
            seams = sorted([*(_number_cut(text, match)[::2] for match in numbers
                              if GluedWords._known_lower(match.group("after") or match.group("before"))),
                            *((start, end) for start, _, end in items),
                            *(match.span() for match in _BOX_COUNT.finditer(text))])
            for box in run_in_headings.clusters(seams, _BOX_SEAMS, _BOX_GAP):
                start, end = paragraph.start + box[0][0], paragraph.start + box[-1][1]
                yield self.finding(start, end, f"a fact box or table run into the text ({len(box)} lines glued at a "
                                               f"figure, from {quote(text[box[0][0]:box[0][1]])})")
        for paragraph in article.paragraphs if run_in_headings.may_hold_fixture(article.text) else ():
            for start, end in run_in_headings.fixture_lists(paragraph.text):
                yield self.finding(paragraph.start + start, paragraph.start + end, "a list of fixtures run into the "
                                   f"text: {quote(paragraph.text[start:end], 40)}")

    def _run_in_lines(self, article: Article) -> Iterator[Finding]:
        """The shapes of :mod:`.run_in_headings`: a short heading ending at one of NL102's letter runs, a question,
        a phrase between a readability page's double-space joins, an embedded post's header, each run into the text."""
        for offset, text, spans in article.shared("extraction.glue-suspects", GlueSuspects).runs():
            for start, end in run_in_headings.short_headings(text, spans, self._glued_sentence):
                yield self._heading_finding(offset, text, start, end, "subheading")
        questions, spaced, posts, lists = run_in_headings.paragraph_shapes(article)
        for paragraph in article.paragraphs if questions or any(spaced) or posts or lists else ():
            text, offset = paragraph.text, paragraph.start
            for start, end in itertools.chain(run_in_headings.question_headings(text) if questions else (),
                                               run_in_headings.spaced_headings(text, *spaced) if any(spaced) else ()):
                yield self._heading_finding(offset, text, start, end, "subheading")
            for start, end in run_in_headings.post_headers(text) if posts else ():
                yield self._heading_finding(offset, text, start, end, "embedded post's header")
            for start, end in run_in_headings.numbered_items(text) if lists else ():
                yield self.finding(offset + start, offset + end, f"a numbered list run into the text: item "
                                                                 f"{quote(text[start:end])}")

    def _heading_finding(self, offset: int, text: str, start: int, end: int, what: str) -> Finding:
        """A finding for the line ``text[start:end]`` run into the text, with a fix that puts it on a line of its own
        (the spaces around it, if any, become the line ends)."""
        before, after = start, end
        while before > 0 and text[before - 1] == " ":
            before -= 1
        while after < len(text) and text[after] == " ":
            after += 1
        edits = (Edit(offset + before, offset + start, "\n\n"), Edit(offset + end, offset + after, "\n\n"))
        return self.finding(offset + start, offset + end, f"{what} {quote(text[start:end])} run into the text",
                            Fix(edits, safe=False, description="put it on its own line"))

    def _title_case_lines(self, article: Article) -> Iterator[Finding]:
        """Title-case lines glued to the sentences on both sides: from each case change inside a letter run (in the
        segments where NL102 found one) back to the last full stop glued to a capital before it."""
        for offset, text, spans in article.shared("extraction.glue-suspects", GlueSuspects).runs():
            for run_start, run_end in spans:
                if not text[run_start].isupper():
                    continue  # a heading's last word is capitalised ('iPlayer', 'spokespersonDmitry' are not)
                stops = list(_HEADING_AFTER_STOP.finditer(text, max(0, run_start - _HEADING_REACH), run_start))
                start = stops[-1].end() if stops else -1
                if start < 0 or _TITLE_BREAK.search(text, start, run_start):
                    continue
                last_word = text.rfind(" ", start, run_start) + 1 or start  # where the heading's last word starts
                for cut, _, _ in _word_parts(text[run_start:run_end]):
                    if self._longer_than_every_known_word(run_start + cut - last_word):
                        break  # a last word no later cut makes known (_glued_sentence): linear in a long run
                    heading = text[start:run_start + cut]
                    words = heading.split(" ")
                    if not 3 <= len(words) <= 12 or sum(word[:1].isupper() for word in words) < 3 \
                            or not all(map(_HEADLINE_WORD.fullmatch, words)) or _CREDIT_LINE.search(heading) \
                            or not self._glued_sentence(words[-1], text, run_start + cut):
                        continue  # a byline or credit ('By Name', 'Photograph by Name, Agency') is not a subheading
                    end = offset + run_start + cut
                    edits = (Edit(offset + start, offset + start, "\n\n"), Edit(end, end, "\n\n"))
                    yield self.finding(offset + start, end, f"subheading {quote(heading)} run into the text",
                                       Fix(edits, safe=False, description="put the subheading on its own line"))

    def _glued_sentence(self, last: str, text: str, cut: int) -> bool:
        """A sentence starts at ``text[cut]``, glued to the heading's last word ``last``: both dictionary words the web
        never writes solid, and the first a sentence opener or followed by words in lower case."""
        if not self.known(last):
            return False  # (asked first: the first word after a cut in a long run is the rest of the run)
        first = _LETTERS.match(text, cut).group()
        if not self.known(first) or _unigram(last + first) > 0:
            return False
        return first in _SENTENCE_STARTERS or first.lower() in _SENTENCE_OPENERS or _prose_after(text, cut + len(first))
