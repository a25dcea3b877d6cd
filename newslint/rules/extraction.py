"""NL1xx: extraction debris: lost drop caps, glued words, stray breaks, glued subheadings.

The rules work on the title and the body paragraphs and want dictionary evidence
(pyspellchecker's list, wordsegment's web n-gram counts and the article's own
words) before they call a token broken, so that names and brands pass.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from itertools import filterfalse
from operator import methodcaller
from typing import Container, Iterable, Iterator, Mapping

from newslint import lazyimport, regexcache
from newslint import cuewindows, lexicon, native, ngrams, textutil, wordspans
from newslint.model import Article, Paragraph
from newslint.ocr import gate as ocr_gate
from newslint.rule import Cues, Edit, Finding, Fix, Rule, Trigger, quote

statistics = lazyimport.module("statistics")  # imported when first used: fractions and decimal come with it

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TERMINAL = ".!?…:;\"”’')]»"
_LETTERS = regexcache.compile(r"[^\W\d_]+")
# name particles and lower-case brands that may legitimately start a paragraph or a sentence
_LOWERCASE_STARTS = frozenset("""
de di da du des del della dos das van von der den ter ten le la al el bin ibn ben zu
ebay iphone ipad ipod itunes imac ios easyjet
""".split())
# prefixes of legitimate inner capitals: McDonald, MacArthur, DeSantis, LaGuardia, O'Neill
_NAME_PREFIXES = frozenset("mc mac de di da du la le van von fitz st o al el".split())
# acronyms that are often glued to the next word by markup: USSecretary, UKGovernment
_COMMON_ACRONYMS = frozenset("US UK EU UN USA UAE NATO".split())
# capitalised words that start a sentence but never end a camel-case brand (unlike In, On, It)
_SENTENCE_STARTERS = frozenset("The He She They We This These Those There But And His Her Their Mr Mrs Ms However "
                               "When While After Police".split())
_TLDS = frozenset("com net org co uk gov edu io info biz tv de fr ru ua js".split())


# -- shared helpers -------------------------------------------------------------

def _segments(article: Article) -> Iterator[tuple[int, str]]:
    """(offset, text) of the title, when there is one, and of every paragraph."""
    if article.title is not None:
        span = article.title.span
        yield span.start, article.text[span.start:span.end]
    for paragraph in article.paragraphs:
        yield paragraph.start, paragraph.text


def _title_tokens(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, text) of the title's word tokens (none without a title)."""
    if article.title is None:
        return []
    offset = article.title.span.start
    return [(offset + m.start(), offset + m.end(), m.group()) for m in textutil.WORD.finditer(article.title.value)]


class _Counts:
    """Case-sensitive token counts of an article (title included, possessives also count their base).

    Counted on first look-up only, once per article for all the rules here.
    """

    def __init__(self, article: Article, extra: Counter[str] | None = None) -> None:
        self.article = article
        self.extra = extra or _NO_EXTRA

    def __getitem__(self, word: str) -> int:
        return self.article.shared("extraction.counts", _count_words)[word] + self.extra.get(word, 0)


_NO_EXTRA: dict[str, int] = {}  # no words split yet (a Counter made per article and rule cost more than its look-ups)


def _pieces(word: str, cuts: list[int]) -> list[str]:
    """``word`` cut at ``cuts``."""
    return [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)])] if cuts else []


def _count_words(article: Article) -> Counter[str]:
    counts = Counter(article.words)
    counts.update(word for _, _, word in _title_tokens(article))
    for token in _possessive_words(list(counts)):  # "Russia's" uses the name "Russia"
        counts[token[:-2]] += counts[token]
    return counts


def _python_possessive_words(words: list[str]) -> list[str]:
    """The words that end in 's or ’s, in order (the twin of the compiled ``possessive_words``: the method calls of
    this filter cost half of counting an article's words)."""
    return list(filter(methodcaller("endswith", ("'s", "’s")), words))


_possessive_words = native.pick("possessive_words", _python_possessive_words)


def _unigram(word: str) -> float:
    return ngrams.count(word.lower())


def _bigram(a: str, b: str) -> float:
    return ngrams.count(_bigram_key(a, b))


def _bigram_key(a: str, b: str) -> str:
    return f"{a.lower()} {b.lower()}"


class _ExtractionRule(Rule):
    """Shared dictionary look-ups that honour the user's accepted words."""

    def known(self, word: str) -> bool:
        return word in self.context.accept_words or lexicon.is_known(word)


# -- NL101 / NL108: paragraphs that start in lower case --------------------------

_LOWER_START = regexcache.compile(r"[\"“‘']?([a-z][^\W\d_]*)")
# a lower-case start by design: www.site, user@host, http:, e-mail, x-ray
_STYLED_START = regexcache.compile(r"[.@/_:]\w|://|-[a-z]")


def _lowercase_starts(article: Article) -> list[tuple[Paragraph, re.Match]]:
    """Paragraphs whose first word is lower case, unless the article is lower-case by design (found once per article
    for NL101 and NL108)."""
    return article.shared("extraction.lowercase-starts", _find_lowercase_starts)


def _find_lowercase_starts(article: Article) -> list[tuple[Paragraph, re.Match]]:
    found = []
    for paragraph in article.paragraphs:
        match = _LOWER_START.match(paragraph.text)
        if match is None or match.group(1).lower() in _LOWERCASE_STARTS or not match.group(1).islower():
            continue
        styled = _STYLED_START.match(paragraph.text, match.end(1))
        if styled and (styled.group()[0] != "-" or len(match.group(1)) == 1):
            continue
        found.append((paragraph, match))
    return found if len(found) <= max(2, len(article.paragraphs) // 2) else []


def _continues_previous(article: Article, paragraph: Paragraph) -> bool:
    """True when the paragraph before does not end a sentence (so this one continues it)."""
    return paragraph.index > 0 and not article.paragraphs[paragraph.index - 1].text.endswith(tuple(_TERMINAL))


class LostDropCap(_ExtractionRule):
    code = "NL101"
    name = "lost-drop-cap"
    summary = "A paragraph starts with a lower-case fragment: its first letter (a drop cap) was lost."
    bad = "r Blinken handed the warning to Lavrov."
    good = "Mr Blinken handed the warning to Lavrov."
    explanation = ("Drop caps are often set as a separate element and lost on extraction. The rule "
                   "guesses the lost letter from the dictionary and the article's own words; the fix is "
                   "safe only when a single restoration is possible.")

    def check(self, article: Article) -> Iterable[Finding]:
        counts = _Counts(article)
        for paragraph, match in _lowercase_starts(article):
            fragment = match.group(1)
            known = self.known(fragment)
            if known and _continues_previous(article, paragraph):
                continue  # a split paragraph (NL108)
            start, end = paragraph.start + match.start(1), paragraph.start + match.end(1)
            following = _LETTERS.match(paragraph.text, _skip_space(paragraph.text, match.end(1)))
            candidates = self._restorations(fragment, following.group() if following else "", counts)
            if known and not any(len(c) > len(fragment) for c in candidates):
                continue  # a whole word that lost its capital, not its first letter ("news Ukraine …")
            if not candidates:
                if known or _unigram(fragment) or counts[fragment] > 1 or paragraph.text.strip() == match.group():
                    continue  # a lower-case brand the web or the article knows (xbox, adidas, bitcoin twice), or a
                    # line of one token, no sentence (a page's class name or key that an extractor kept)
                yield self.finding(start, end, f"paragraph starts with an unknown lower-case fragment "
                                               f"{quote(fragment)}: lost drop cap or damaged text?")
                continue
            safe = len(candidates) == 1 and not known
            fix = Fix.replace(start, end, candidates[0], safe=safe, description=f"restore '{candidates[0]}'")
            guess = " or ".join(quote(c) for c in candidates[:3])
            message = f"paragraph starts with a lower-case fragment {quote(fragment)}: lost drop cap? ({guess})"
            yield self.finding(start, end, message, fix)

    def _restorations(self, fragment: str, following: str, counts: _Counts) -> list[str]:
        """Words the fragment may have been, most likely first."""
        options = {letter + fragment for letter in _UPPER}
        if self.known(fragment):
            options.add(fragment[0].upper() + fragment[1:])
        known = [w for w in options if counts[w] or self.known(w)]
        return sorted(known, key=lambda w: (-counts[w], -_bigram(w, following), -lexicon.frequency(w), w))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _skip_space_back(text: str, pos: int) -> int:
    """``pos`` moved back over the white space before it (``len(text[:pos].rstrip())`` without the copy)."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos


class SplitParagraph(_ExtractionRule):
    code = "NL108"
    name = "split-paragraph"
    summary = "A paragraph continues the sentence of the one before: a line break was inserted mid-sentence."
    bad = "Lavrov said the talks\n\nwere serious. / In Jamaica the\n\nBritish garrison was stationed"
    good = "Lavrov said the talks were serious. / In Jamaica the British garrison was stationed"
    explanation = ("Either the paragraph starts with a lower-case word the dictionary knows after one that "
                   "ends without a stop, or the paragraph before ends on a word no sentence or heading ends on "
                   "(the, of, to, a, and …) and this one starts with a capitalised word, as when a link or a "
                   "name was set on its own line. The finding spans the break.")

    def check(self, article: Article) -> Iterable[Finding]:
        text, wrapped = article.text, None
        starts = {paragraph.index: match for paragraph, match in _lowercase_starts(article)}
        for paragraph in article.paragraphs[1:]:
            previous = article.paragraphs[paragraph.index - 1]
            match = starts.get(paragraph.index)
            if match is not None:
                if not self.known(match.group(1)) or not _continues_previous(article, paragraph) \
                        or previous.index in starts and _short(previous.text) and _short(paragraph.text):
                    continue  # short lines that both start in lower case: items of a list
            else:
                if not previous.text[-1:].isalpha() or not paragraph.text[:1].isupper():
                    continue  # the common case: the paragraph before ends a sentence
                match = _CAPITALISED_START.match(paragraph.text)
                last = previous.text.rsplit(None, 1)[-1]
                if match is None or last.lower() not in _NEVER_LAST or last == "A" \
                        or previous.text.count(" ") < 2:
                    continue
            if wrapped is None:  # asked only here: most articles have no candidate
                wrapped = _hard_wrapped(article)
            if wrapped:
                return  # every line of a hard-wrapped page (OCR, a newspaper column) breaks mid-sentence by layout
            fix = Fix.replace(previous.end, paragraph.start, " ", safe=False, description="join the paragraphs")
            tail = text[max(previous.start, previous.end - 25):previous.end]
            last_word = _LAST_WORD.search(previous.text, max(0, len(previous.text) - 40))
            start = previous.start + last_word.start() if last_word else previous.end
            yield self.finding(start, paragraph.start + match.end(1),
                               f"paragraph {quote(match.group(1))} continues the previous one ({quote(tail)})", fix)


def _hard_wrapped(article: Article) -> bool:
    """True when the text was wrapped at a fixed width (OCR, a newspaper column): most prose-length
    lines end without a stop and the lines are of much the same length (an extractor that breaks
    lines at links leaves lines of every length)."""
    lines = [p.text for p in article.paragraphs[:-1] if p.text.count(" ") >= 5]
    open_ended = sum(1 for line in lines if not line.rstrip().endswith(tuple(_TERMINAL)))
    if len(lines) < 6 or open_ended * 2 <= len(lines):
        return False
    lengths = [len(p.text) for p in article.paragraphs]
    return statistics.pstdev(lengths) < 0.5 * statistics.fmean(lengths)


def _short(text: str) -> bool:
    return text.count(" ") < 6


_CAPITALISED_START = regexcache.compile(r"([A-Z][a-z]+)\b")
_LAST_WORD = regexcache.compile(r"[^\W\d_]+\Z")
# words no sentence, heading or caption ends on: a line that ends on one was cut
_NEVER_LAST = frozenset("the a an of to and or for with from by at in into on as than that its their his her our "
                        "my your whose".split())


# -- NL102 / NL103 / NL104: words and sentences glued together --------------------

# one boundary inside a letter run: lower→Upper (spokespersonDmitry) or ACRONYM→Word (USSecretary)
_CASE_BOUNDARY = regexcache.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# the capital of a case change inside a letter run (sB in spokespersonDmitry, the first S of USSecretary): a capital
# first, so that the search skips the lower-case letters between them at C speed
_INNER_CAPITAL = regexcache.compile(r"[A-Z](?:(?<=[a-z].)|(?=[A-Z][a-z]))")
# an amount glued to the next sentence: "$25The", "£106.8mLast", "11,314Deaths", "6.8Increase" (not 3Com, 4Kids)
_GLUED_AMOUNT = regexcache.compile(r"(?<![\w.,])(?P<amount>[$£€]\d[\d,.]*(?:m|bn|k)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
                           r"|\d+\.\d+(?:m|bn|k|%)?|\d+(?:%|m|bn)|\d{1,2}[ap]m|\d{2,})(?P<word>[A-Z][a-z]{2,})\b")

# a number glued to a lower-case word, as when a fact box's lines are run together: '4,200builders on site at
# peak3,000km of pipes120,000 tonnes of concrete2.4m cubic metres' (a thousands comma or a decimal with its
# unit: not mp3, covid19, python3.8 or 1,000th)
_GLUED_NUMBER = regexcache.compile(
    r"(?<![\w@#/,-])(?<!\d\.)(?:(?P<number>\d{1,3}(?:,\d{3})+)(?P<after>[a-z]{4,})(?![\w.])"
    r"|(?P<before>[A-Z]?[a-z]{4,})(?=(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+(?:m|bn|k))(?:[a-z]{1,3})?(?![\w.,])))")

# a digit glued to the letters (or the bracket) before it, where the lines of a box or table were run together:
# a clock time ('BBC iPlayer17:30-19:30', '(BST)17:30'), the number of a list's next item ('59secs2.  Name',
# '(Ita/Team)8. Name', and the first after a sentence's stop: 'the finish.1.  Name'); the digit first, for a fast scan
_GLUED_DIGITS = regexcache.compile(r"\d(?<=[A-Za-z).]\d)(?:(?P<clock>\d?:\d\d)(?![\d:])|(?P<item>\d?)\.[ \xa0]{1,2}(?=[A-Z]))")
_LIST_RUN = 3  # glued item numbers in a row (n, n + 1, n + 2) that make a run-together numbered list

# where every glued amount ends and its word starts ('5The', ',The', 'mLast', '%Analysts'): the cues of
# _GLUED_AMOUNT for cuewindows (a capital first, for a fast scan)
_AMOUNT_END = regexcache.compile(r"[A-Z](?<=[\d,.mkn%][A-Z])[a-z]{2}")
# a date's year ends a line: a capitalised word glued to it starts the next one ('April 26, 2022Richards confirms')
_YEAR = regexcache.compile(r"(?:19|20)\d\d")
_DATE_BEFORE_YEAR = regexcache.compile(r"(?:\d,?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?) \Z")
_AMOUNT_HINT = regexcache.compile(r"\d(?:%|m|bn|k|[ap]m)?[A-Z][a-z]")
# a day glued to the word before it, as when a timeline's lines are run together: "season29 April - …"
_DAY_HINT = regexcache.compile(r"\d (?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December)\b")
_LETTERS_BEFORE = regexcache.compile(r"(?<![^\W\d_])[^\W\d_]+\Z")
# a day or month in capitals glued to the all-caps word before it, as in a run-together list of dates and venues
# ('LIFT OFF TOURTHURSDAY APRIL 2', 'MELBOURNEFRIDAY'); not MAY, the end of too many words
_CAPS_DATE = regexcache.compile(r"(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY"
                                r"|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![^\W\d_])")
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
    identifier, not two words."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    if before.rstrip()[-1:] == "@":
        return True
    return text[start].islower() and before.strip(" \t\"'") == "" and text[end:end + 2].lstrip("\"'")[:1] == ":"


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
                   "word ('$25The', '10:41amThe', 'April 26, 2022Richards'), a word glued to a vouched all-caps word "
                   "('WriterLUBOKU') or a day or month in capitals ('TOURTHURSDAY'), a name glued to a sentence opener "
                   "('SmithThe man') or to the date after it ('SitaramanDecember 23'), a handle that spells the name "
                   "before it run into the post ('Jane Doe @JaneDoeCongratulations'), a number glued to a word in a "
                   "flattened fact box ('4,200builders', 'peak3,000km', 'concrete2.4m'), and, in a page with other glue, a "
                   "word glued to an opening quote ('megaproject\"I didn't'). A solid form the web's word counts know "
                   "(LeeAnne, BankAmerica) is a name, and two short parts with no word after them (tagDiv.) a code.")

    def check(self, article: Article) -> Iterable[Finding]:
        suspects = article.shared("extraction.glue-suspects", _GlueSuspects)
        if not suspects.any:
            return
        runs = [(offset + start, word, _Context(text, start, end), _word_parts(word))
                for offset, text, spans in suspects.runs() for start, end in spans
                if not _never_glued(word := text[start:end])]
        counts, cuts = _Counts(article), {}
        for _ in range(3):  # a word split here vouches for its parts, as it will once the fix is applied
            found = {at: self._cuts(word, parts, counts, context) for at, word, context, parts in runs}
            if found == cuts:
                break
            cuts = found
            if not any(found.values()):
                break  # nothing split: the counts stay as they are, and so would every cut
            counts = _Counts(article, Counter(part for at, word, _, _ in runs for part in _pieces(word, cuts[at])))
        for at, word, _, _ in runs:
            if cuts[at] and not _key_or_handle(article.text, at, at + len(word)):
                fixed = " ".join(_pieces(word, cuts[at]))
                edits = tuple(Edit(at + cut, at + cut, " ") for cut in cuts[at])
                yield self.finding(at, at + len(word), f"glued words {quote(word)}: missing space in {quote(fixed)}?",
                                   Fix(edits, description=f"insert a space: '{fixed}'"))
        amounts, days, caps_dates, handles = suspects.amounts, suspects.days, suspects.caps_dates, suspects.handles
        quotes = suspects.quotes
        for offset, text in _segments(article) if amounts or days or caps_dates or handles or quotes \
                or suspects.numbers or suspects.digits else ():
            for match in _glued_amounts(text) if amounts else ():
                word = match.group("word")
                if (lexicon.frequency(word) >= 1000 or counts[word] > 0 and self.known(word)
                        or _YEAR.fullmatch(match.group("amount")) and _DATE_BEFORE_YEAR.search(text, max(0, match.start() - 12), match.start())) \
                        and counts[match.group()] <= 1:  # not 100Mbps; 15mThomas (a name the article uses), 2022Richards
                    yield self._split_at(offset, text, match.start(), match.start("word"), match.end())
            for match in _GLUED_NUMBER.finditer(text) if suspects.numbers else ():
                if self._known_lower(match.group("after") or match.group("before")):
                    yield self._split_at(offset, text, *_number_cut(text, match))
            for start, cut, end in self._glued_digits(text) if suspects.digits else ():
                yield self._split_at(offset, text, start, cut, end)
            for match in _DAY_HINT.finditer(text) if days else ():
                day = match.start() - (match.start() > 0 and text[match.start() - 1].isdigit())
                word = _LETTERS_BEFORE.search(text, max(0, day - 30), day)
                if word and word.group()[1:].islower() and len(word.group()) > 1 \
                        and (self.known(word.group()) or counts[word.group()]):  # not a model: iPhone6 April
                    yield self._split_at(offset, text, word.start(), day, match.end())
            for match in _CAPS_DATE.finditer(text) if caps_dates else ():
                word = _CAPITALS_BEFORE.search(text, max(0, match.start() - 40), match.start())
                if word and self._known_caps(word.group(), counts):  # TOURTHURSDAY, MELBOURNEFRIDAY
                    yield self._split_at(offset, text, word.start(), match.start(), match.end())
            for match in _QUOTE_AFTER_WORD.finditer(text) if quotes else ():
                left = _LETTERS_BEFORE.search(text, max(0, match.start() - 40), match.start())
                if left and left.group()[0].islower() and _opens_quote(text, match.start()) \
                        and (self.known(left.group()) or counts[left.group()] > 0):
                    yield self._split_at(offset, text, left.start(), match.start(), match.end())
            for match in _HANDLE.finditer(text) if handles else ():
                cut = _handle_name_end(text, match)
                if cut and self.known(_LETTERS.match(text, cut).group()):  # 'Jane Doe ‏@JaneDoeCongratulations to'
                    yield self._split_at(offset, text, match.start(), cut, match.end())

    def _glued_digits(self, text: str) -> Iterator[tuple[int, int, int]]:
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
            if any(all(n + k in numbers for k in range(_LIST_RUN)) for n in range(number - _LIST_RUN + 1, number + 1)):
                before = match.start() - (text[match.start() - 1] == ".")
                word = _LETTERS_BEFORE.search(text, max(0, before - 30), before)
                yield (word.start() if word else match.start() - 1), match.start(), match.end("item")

    @staticmethod
    def _known_lower(word: str) -> bool:
        """A dictionary word of four letters or more that is not rare (not a unit or a code: 'builders', 'pipes')."""
        return lexicon.frequency(word) >= 100

    def _known_caps(self, word: str, counts: _Counts) -> bool:
        """An all-caps word of three letters or more that the dictionary or the article vouches for."""
        return len(word) > 2 and (self.known(word.lower()) or counts[word] > 0 or counts[word.capitalize()] > 0)

    def _split_at(self, offset: int, text: str, start: int, cut: int, end: int) -> Finding:
        glued, fixed = text[start:end], f"{text[start:cut]} {text[cut:end]}"
        return self.finding(offset + start, offset + end, f"glued words {quote(glued)}: missing space in {quote(fixed)}?",
                            Fix.replace(offset + cut, offset + cut, " ", description=f"insert a space: '{fixed}'"))

    def _cuts(self, word: str, parts: list[tuple[int, str, str]], counts: _Counts, context: _Context) -> list[int]:
        """The case boundaries of ``word`` (``parts``: :func:`_word_parts`) where two words lost their space."""
        return [cut for cut, left, right in parts if self._is_glued(word, left, right, counts, context)]

    def _is_glued(self, word: str, left: str, right: str, counts: _Counts, context: _Context) -> bool:
        """Whether ``word`` is two words ``left`` and ``right`` that lost their space (``context``: what
        surrounds the letter run ``word``; never one that :func:`_never_glued` passes)."""
        if left.lower() in _NAME_PREFIXES \
                or len(left) < 2 or len(right) < 2 and not (right in ("A", "I") and (left.islower() or counts[left])) \
                or counts[word] > 1 and not _repeated_glue(word, left) or counts[word.upper()] > 0:
            return False
        if left.isupper():  # USSecretary, LONDONThe (a dateline glued to the story), BUSINESSNapa (a section label)
            if not right[1:].islower():
                return False
            common = lexicon.frequency(right) >= 1000
            return common and (left in _COMMON_ACRONYMS or counts[left] > 0
                               or right in _SENTENCE_STARTERS and len(left) > 2 and self.known(left.lower())) \
                or len(left) > 3 and self.known(left.lower()) and (common or counts[right] > 0)
        if right.isupper() and len(right) > 2 and word.endswith(right):  # WriterLUBOKU, newsBBC (not SonyBMG, MySQL)
            return len(left) > 3 and (self.known(left) or counts[left] > 0) \
                and (counts[right] > 0 or counts[right.capitalize()] > 0 or len(right) > 3 and self.known(right.lower()))
        if not right[1:].islower() and len(right) > 1:  # OpenAI
            return False
        if left.islower():  # spokespersonDmitry, atLabour, inMay; two short parts need a word after them (tagDiv.)
            return word[0].islower() and (self.known(left) or counts[left] > 0) \
                and (len(left) + len(right) > 6 or left in _FUNCTION_PARTS or context.word_next())
        # TitleTitle: only when the article uses both parts on their own (KremlinDmitry), glues a sentence start,
        # or a headline to its first sentence; never a word the web writes solid (PlayStation, SoftBank)
        return right in _SENTENCE_STARTERS and self.known(left) \
            or counts[left] > 0 and counts[right] > 0 and right not in _SENTENCE_STARTERS and _unigram(word) == 0 \
            or word.endswith(right) and right.lower() in _SENTENCE_OPENERS and len(left) > 2 \
            and context.lower_next() and self.known(left) \
            or word == left + right and len(left) > 2 and right.lower() not in _PARTICLES and context.headline() \
            and self.known(left) and self.known(right) and _unigram(word) == 0 \
            or word == left + right and len(left) > 2 and len(right) > 2 and right in _SENTENCE_STARTERS \
            and left[1:].islower() and context.lower_next() \
            or word.endswith(right) and right in _DATE_NAMES and len(left) > 2 and context.date_next() \
            or word.endswith(right) and right == "Let" and len(left) > 2 and self.known(left) \
            and context.pronoun_next() \
            or word == left + right and len(left) > 2 and left[1:].islower() and not self.known(left) \
            and lexicon.frequency(right) >= 1000 and _unigram(word) == 0 and context.after_full_name()
        # RidersTuesday, 3 May; ContactLet us know (not OutLet store); a surname the word list does not know glued to
        # a common word that goes on as a sentence: a credit or byline run into the text ('Bill IngallsDivers secured')


def _never_glued(word: str) -> bool:
    """A letter run with a case change that is no glue at any of its cuts: a plural of capitals (MPs, CEOs: one in
    four runs of the news), a lower-case brand (iPhone)."""
    return word[:-1].isupper() and word[-1] == "s" or word.lower() in _LOWERCASE_STARTS


class _Context:
    """Where a letter run with a case change stands (``text[start:end]``), each question answered on first need."""

    __slots__ = ("text", "start", "end", "_headline")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end, self._headline = text, start, end, None

    def headline(self) -> bool:
        """It ends a title-case line glued to a sentence ('Storm Hits CoastResidents were told')."""
        if self._headline is None:
            self._headline = _after_headline(self.text, self.start, self.end)
        return self._headline

    def date_next(self) -> bool:
        """A date follows it ('SitaramanDecember 23, 2019', 'RidersTuesday, 3 May'; not 'CyberMonday 2 sale')."""
        return _DATE_NUMBER_NEXT.match(self.text, self.end) is not None

    def word_next(self) -> bool:
        """A word follows it after a space ('the open skyThe crowd', not 'Theme by tagDiv.')."""
        return _WORD_NEXT.match(self.text, self.end) is not None

    def pronoun_next(self) -> bool:
        """An object pronoun follows it ('ContactLet us know')."""
        return _PRONOUN_NEXT.match(self.text, self.end) is not None

    def lower_next(self) -> bool:
        """A lower-case word follows it ('WriterFrom its first', 'PassAs you can see')."""
        return _LOWER_WORD_NEXT.match(self.text, self.end) is not None

    def after_full_name(self) -> bool:
        """It ends a full name, a capitalised word before it ('Bill IngallsDivers', 'NASA/Jane DoeCrews'), and a
        sentence goes on after it (two of the next three words in lower case)."""
        return _FIRST_NAME_BEFORE.search(self.text, max(0, self.start - 20), self.start) is not None \
            and _prose_after(self.text, self.end)


# the names of the days and months that a date written after a glued name starts with (not May, a name too)
_DATE_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June "
                        "July August September October November December".split())
_DATE_NUMBER_NEXT = regexcache.compile(r",? \d{1,2}(?:st|nd|rd|th)?,? (?:(?:19|20)\d\d(?!\d)|[A-Z][a-z]+)|, \d{1,2}(?!\d)"
                                       r"| (?:19|20)\d\d(?!\d)")
# a capitalised word and a space just before a letter run: a first name before the surname the run starts with
_FIRST_NAME_BEFORE = regexcache.compile(r"(?<![^\W\d_])[A-Z][a-z]+ \Z")
# a space and a word in lower case
_LOWER_WORD_NEXT = regexcache.compile(r" [a-z]")
_WORD_NEXT = regexcache.compile(r" [^\W_]")
_PRONOUN_NEXT = regexcache.compile(r" (?:us|me|them|him|her|it)\b")
# closed-class words and sentence adverbs that open a sentence but do not end a camel-case brand (the particles
# of LinkedIn, LogOn and PopUp are left out): a heading or credit glued to the sentence after it ('WriterFrom its')
_SENTENCE_OPENERS = frozenset("""
the a an this that these those his her its their there here he she they we you
from as at for with by after before when while what who how why where if but and or so yet still also since
although though despite during according some many most all every each both not no now then today yesterday
meanwhile however instead later soon unlike
""".split())


class _GlueSuspects:
    """What NL102 may find in an article, judged before any per-token work from the article's text
    mapped byte by byte to its character classes (``a`` lower, ``A`` upper, ``0`` digit; one C-level
    ``bytes.translate``) and searched with ``in``: the segments with a case change inside a letter run
    (``spokespersonDmitry``, ``USSecretary``), and whether a glued amount (``$25The``, ``12%Analysts``),
    a glued day (``season29 April``), a glued day in capitals (``TOURTHURSDAY``), a handle run into a post
    (``@JaneDoeCongratulations``) or a word glued to an opening quote (``megaproject"I``) may occur."""

    def __init__(self, article: Article) -> None:
        shapes = _glue_shapes(article.text)
        case_change, amount, day, caps, at, number = (shapes >> index & 1 == 1 for index in range(6))
        self.segments = [(offset, text) for offset, text in _segments(article) if _has_case_change(text)] \
            if case_change else []
        self.amounts = amount and bool(_AMOUNT_HINT.search(article.text))
        self.days = day and bool(_DAY_HINT.search(article.text))
        self.numbers = number and bool(_GLUED_NUMBER.search(article.text))
        self.digits = day and bool(_GLUED_DIGITS.search(article.text))  # day: a letter before a digit
        # the rarer shapes are looked for only in a page with a case change inside a word, where markup was stripped
        glued = bool(self.segments)
        self.caps_dates = glued and caps and any(map(article.text.__contains__, _CAPS_DATE_CUES)) \
            and bool(_CAPS_DATE.search(article.text))
        self.handles = glued and at
        self.quotes = glued and _quote_before_capital(article.text)  # an opening quote (" or “) before a capital
        self.any = bool(self.segments or self.amounts or self.days or self.caps_dates or self.handles or self.quotes
                        or self.numbers or self.digits)
        self._runs: list[tuple[int, str, list[tuple[int, int]]]] | None = None

    def runs(self) -> list[tuple[int, str, list[tuple[int, int]]]]:
        """(offset, text, the spans of :func:`_glued_runs`) of each segment with a case change, found on first need
        and shared by NL102 and NL106."""
        if self._runs is None:
            self._runs = [(offset, text, list(_glued_runs(text))) for offset, text in self.segments]
        return self._runs


# the shapes _GlueSuspects asks about, as RE2 patterns over the text (its ASCII classes are the shape's classes: a
# character beyond ASCII is never a letter or digit there): a case change ('aA', 'AAa'), an amount before a capital
# ('0A', '0aA', '0aaA', '%A'), a letter before a digit, seven capitals, an '@', a number glued to a lower-case word
# ('peak3,000', 'concrete2.4m', '4,200buil')
_GLUE_SHAPES = (r"[a-z][A-Z]|[A-Z][A-Z][a-z]", r"[0-9][a-z]{0,2}[A-Z]|%[A-Z]", r"[a-zA-Z][0-9]", r"[A-Z]{7}", r"@",
                r"[a-z]{4}[0-9]{1,3},[0-9]{3}|[a-z]{4}[0-9]+\.[0-9]+[a-z]|[0-9],[0-9]{3}[a-z]{4}")
_NUMBER_SHAPE = regexcache.compile(rb"a{4}0{1,3},000|a{4}0+\.0+a|0,000a{4}")  # the last of _GLUE_SHAPES, on a shape
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
            _NUMBER_SHAPE.search(shape) is not None)
    return sum(1 << index for index, found in enumerate(held) if found)


_SHAPES = bytes(ord("a") if chr(b).islower() else ord("A") if chr(b).isupper() else ord("0") if chr(b).isdigit()
                else b if chr(b) in "%@\",." else ord(" ") for b in range(128)) \
    + bytes(b if b == 0x9C else ord(" ") for b in range(128, 256))  # 0x9C: the last byte of “ in UTF-8


def _shape(text: str) -> bytes:
    """``text`` as UTF-8 with every ASCII letter, digit and other byte mapped to its class."""
    return text.encode("utf-8", "surrogatepass").translate(_SHAPES)


def _case_change(shape: bytes) -> bool:
    return b"aA" in shape or b"AAa" in shape


def _python_has_case_change(text: str) -> bool:
    """Whether ``text`` holds a case change inside a letter run ('aA', 'AAa'; ASCII letters): the twin of the compiled
    ``has_case_change``."""
    return _case_change(_shape(text))


_has_case_change = native.pick("has_case_change", _python_has_case_change)


def _python_quote_before_capital(text: str) -> bool:
    """Whether ``text`` holds an opening quote (" or “) before a capital, by its shape (every character whose UTF-8
    form ends in the byte 0x9C counts as “): the twin of the compiled ``quote_before_capital``."""
    shape = _shape(text)
    return b'"A' in shape or b"\x9cA" in shape


_quote_before_capital = native.pick("quote_before_capital", _python_quote_before_capital)


# words that end compounds written with an inner capital: LinkedIn, LogOn, PopUp, CheckOut
_PARTICLES = frozenset("in on up out off it".split())
_HEADLINE_WORD = regexcache.compile(r"(?:[A-Z0-9][\w'’-]*|a|an|the|of|in|on|at|to|for|and|or|with|by|as|from|vs)[,:]?")
_WORDS_AFTER = regexcache.compile(r"\s+([^\W\d_]+)")


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


def _prose_after(text: str, end: int) -> bool:
    """At least two of the (up to) three words after ``text[end]`` are in lower case: a sentence goes on there."""
    after = [m.group(1) for m in itertools.islice(_WORDS_AFTER.finditer(text, end, end + 60), 3)]
    return sum(word.islower() for word in after) >= 2


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


def _repeated_glue(word: str, left: str) -> bool:
    """A lower-case word glued to a capitalised one may recur in a page whose menus were run together
    ('deathsSanto' twice): recurrence vouches for a brand only when the web writes the word solid."""
    return word[0].islower() and len(left) > 2 and _unigram(word) == 0


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


def _opens_quote(text: str, at: int) -> bool:
    """The quotation mark at ``text[at]`` opens a quotation: a curly opening one, or a straight one after an even
    number of them in the paragraph whose last one does not open a quotation itself (a flattened page's run-together
    paragraphs leave quotations open); never where German low quotes are used (their closing mark is “)."""
    if "„" in text:
        return False
    if text[at] == "“":
        return True
    before = text.rfind('"', 0, at)
    return text.count('"', 0, at) % 2 == 0 and (before < 0 or before > 0 and text[before - 1] not in _BEFORE_QUOTE)


def _number_cut(text: str, match: re.Match) -> tuple[int, int, int]:
    """(start, cut, end) of a match of ``_GLUED_NUMBER``: the number and the word after it, or the word and the
    number (with its unit) after it."""
    if match.group("number"):
        return match.start(), match.end("number"), match.end()
    end = match.end()
    while end < len(text) and (text[end].isalnum() or text[end] in ",." and text[end + 1:end + 2].isdigit()):
        end += 1
    return match.start(), match.end(), end


def _glued_amounts(text: str) -> list[re.Match]:
    """``_GLUED_AMOUNT.finditer(text)``, searched only near the places where an amount may end before a word."""
    return cuewindows.finditer_near(_GLUED_AMOUNT, text, (m.start() for m in _AMOUNT_END.finditer(text)))


def _glued_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the letter runs with a case change inside, except in handles, paths, domains and before a
    company suffix (a run is found from its first case change; the others in it are passed over)."""
    for start, end in _glued_run_spans(text):
        if not _company_name(text[start:end], text, end):
            yield start, end


def _python_glued_run_spans(text: str) -> list[tuple[int, int]]:
    """:func:`_glued_runs` but for the company suffix (the twin of the compiled ``glued_run_spans``)."""
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
        if before in "@#/.\\_" or before.isdigit() or after[:1] in "@/_" or after[:1].isdigit() \
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


def _word_parts(word: str) -> list[tuple[int, str, str]]:
    """(cut, part before, part after) at each case boundary of ``word``, each part reaching to the boundary (or the
    word's edge) beside it: found once per letter run, not again for every cut and every round of NL102's cuts."""
    cuts = [boundary.start() for boundary in _CASE_BOUNDARY.finditer(word)]
    edges = [0, *cuts, len(word)]
    return [(cut, word[edges[index]:cut], word[cut:edges[index + 2]]) for index, cut in enumerate(cuts)]


# A sentence end glued to the next sentence: the closing run (stops, quotes, brackets, a colon)
# directly followed by a capitalised word, maybe behind an opening quote or bracket:
# "jack.The", 'reported."The', "“No.”He", "in 2019.The", "up 12%.Analysts", "(CNN)Police", "note:It".
_JUNCTION = regexcache.compile(r"(?P<run>[.!?…\"”’')\]:;]+)(?P<open>[\"“‘(\[]?)(?P<word>[A-Z][^\W\d_]*)")
_STOPS = frozenset(".!?…")
_ELLIPSIS = frozenset(".…")
_QUOTES = frozenset('"”’\'')
_CLOSING_QUOTES = frozenset('"”')
# a stop or dash after a space and glued to the next word: "Chevron Corp .In a blog", "(Reuters) -The"
_SPACED_GLUE = regexcache.compile(r" (?:(?P<stop>[.!?])|[-–—]{1,2})(?P<word>[A-Z\"“][^\W\d_]*)")
_AMOUNT = regexcache.compile(r"[$£€]?\d[\d,]*(?:\.\d+)?(?:%|s|m|bn|k|p|th|st|nd|rd|am|pm|kg|km|mph|ft|lbs?)?")
# a closing quote glued to a small lower-case word: 'the ‘high number’of fighters', 'a "rebel"and'
_QUOTE_THEN_WORD = regexcache.compile(r"[’”\"](?:of|and|the|to|in|for|on|at|with|is|was|by|from|as|that|or|but|are"
                              r"|were|has|have|had|will|would|which|who|when|after|than|into)\b")
_CLOSING_SINGLE = regexcache.compile(r"’(?![^\W\d_])")  # a ’ that is not an apostrophe inside a word


def _closes_quote(text: str, at: int, marks: _Marks) -> bool:
    """Whether the quote mark at ``text[at]`` closes a quotation (an apostrophe, as in "rock’n’roll", does not;
    ``marks``: :class:`_Marks` of ``text``)."""
    mark = text[at]
    if mark == "”":
        return True
    if mark == '"':
        return marks.quotes_before(at) % 2 == 1
    opening = text.rfind("‘", max(0, at - 150), at)
    return opening >= 0 and not _CLOSING_SINGLE.search(text, opening + 1, at)


_OPENING_SINGLE = regexcache.compile(r"(?:^|(?<=[\s(\[]))['‘](?=[^\W\d_])")
_CLOSED_SINGLE = regexcache.compile(r"(?<=\S)['’](?![^\W\d_])")


def _closes_single_quote(text: str, at: int) -> bool:
    """Whether the single quote at ``text[at]`` closes a quotation opened within 150 characters (after a space),
    with no quotation closed between them."""
    window = max(0, at - 150)
    opened = [m.start() for m in _OPENING_SINGLE.finditer(text, window, at)]
    return bool(opened) and not _CLOSED_SINGLE.search(text, opened[-1] + 1, at)


# a stop glued to a number that starts the next sentence or line: 'moved to Mill Road.14 May - the club',
# 'damage the firm itself.4,200 staff' (a date or a thousands comma: not a decimal, a version or a footnote)
_STOP_BEFORE_NUMBER = regexcache.compile(r"[.!?](?<=[^\W\d_]{3}.)(?:\d{1,3}(?:,\d{3})+(?![\d.,])|\d{1,2} (?:January"
                                         r"|February|March|April|May|June|July|August|September|October|November"
                                         r"|December)\b)")
_STOP_BEFORE_NUMBER_CUES = Cues(r"[a-zA-Z]{3}[.!?][0-9]")
_GLUED_COPYRIGHT = regexcache.compile(r"(?<=[^\W\d_])[.!?][\"”’)]?©")  # 2019, 12%, 1990s, £35, 17th

# RE2 supersets of what NL103's regexes report (RE2's \s is ASCII: "[^\s]" holds every character that is no
# str.isspace() space): a junction after a non-space, a stop or dash after a space glued to a word, a closing quote
# after a non-space glued to a small word. One search of the article skips most articles (four in five hold none);
# one per paragraph skips a regex's Python scan there.
_JUNCTION_CUES = Cues(r"""[^\s][.!?…"”’')\]:;]+["“‘(\[]?[A-Z]""")
_SPACED_GLUE_CUES = Cues(r""" (?:[.!?]|[-–—]{1,2})[A-Z"“]""")
_QUOTE_THEN_WORD_CUES = Cues(r"[^\s]" + _QUOTE_THEN_WORD.pattern[:-len(r"\b")])
_GLUED_SENTENCE_CUES = Cues("|".join(f"(?:{cues.pattern})" for cues in (
    _JUNCTION_CUES, _SPACED_GLUE_CUES, _QUOTE_THEN_WORD_CUES)) + r"""|[.!?]["”’)]?©""")


# a sentence's stop glued to the en dash of the attribution after it, as when a pull quote's line break was lost
# ('blissful effect.– Jane Doe, Critic'; not the em dash that older print sets after a stop, 'turpentine.— There');
# the dash first, for a fast scan
_STOP_BEFORE_DASH = regexcache.compile(r"–(?:(?<=[a-z][.!?]–)|(?<=[a-z][.!?][\"”’]–)) (?=[A-Z][a-z])")
_STOP_BEFORE_DASH_CUES = Cues(r"[a-z][.!?][\"”’]?– [A-Z]")

# a comma glued to a capitalised word, as when a line break after a figure or a name's line was lost
# ('was £2,980,815,The Lib Dems', 'the newspaper,Der Spiegel'); the comma first, for a fast scan
_COMMA_SEAM = regexcache.compile(r",(?<=[a-z0-9],)(?=[A-Z][a-z]+ )")
_COMMA_SEAM_CUES = Cues(r"[a-z0-9],[A-Z][a-z]+ ")
_THOUSANDS = regexcache.compile(r"[$£€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")

# a superset of _STOP_BEFORE_NUMBER's matches in a segment (its look-behind's letters, the stop, a digit)
_STOP_BEFORE_NUMBER_SHAPE = regexcache.compile(r"[^\W\d_]{3}[.!?]\d")


def _python_glued_sentence_cues(text: str) -> int:
    """Which of NL103's scans may report in ``text``, a bit each: 1 ``_JUNCTION_CUES``, 2 ``_SPACED_GLUE_CUES``, 4
    ``_QUOTE_THEN_WORD_CUES``, 8 ``_STOP_BEFORE_NUMBER_SHAPE`` (the twin of the compiled ``glued_sentence_cues``: one
    C loop for four searches)."""
    return (1 if _JUNCTION_CUES.search(text) else 0) | (2 if _SPACED_GLUE_CUES.search(text) else 0) \
        | (4 if _QUOTE_THEN_WORD_CUES.search(text) else 0) | (8 if _STOP_BEFORE_NUMBER_SHAPE.search(text) else 0)


_glued_sentence_cues = native.pick("glued_sentence_cues", _python_glued_sentence_cues)


def _python_junctions(text: str) -> list[tuple[int, int, int, int]]:
    """(start, start of the opening mark, start of the word, end) of each match of ``_JUNCTION`` in ``text`` that
    neither starts it nor follows white space (a run after a space opens, it does not close: ' "The'): the twin of
    the compiled ``junctions``, which finds them five times faster than the regex's scan of a flattened page."""
    return [(match.start(), match.start("open"), match.start("word"), match.end()) for match in _JUNCTION.finditer(text)
            if match.start() and not text[match.start() - 1].isspace()]


_junctions = native.pick("junctions", _python_junctions)


class GluedSentence(_ExtractionRule):
    code = "NL103"
    name = "glued-sentence"
    summary = "A sentence glued to the next one: no space after its full stop, closing quote or bracket."
    bad = 'in Stockholm on 2 December.JONATHAN NACKSTRAND / AFP; Lavrov said."The talks; (CNN)Police said'
    good = 'in Stockholm on 2 December. JONATHAN NACKSTRAND / AFP; Lavrov said. "The talks; (CNN) Police said'
    explanation = ("A stop, closing quote, bracket or colon directly followed by a capitalised word, as when "
                   "paragraph breaks are lost (one-line scraped articles). Abbreviations and initials (U.S., "
                   "Mr.), tickers (<IBM.N>, BHP.AX, Sober.K), domains and dotted names (Amazon.com, One.Tel, "
                   "Node.js), decimals, inch marks (55\"TV), names with an apostrophe (O’Neill) and brands "
                   "written with '!' (Yahoo!) pass. Where a straight quote could open or close, the fix "
                   "(unsafe) puts the space on the side the quote count says. A colon glued to a capitalised word "
                   "after a label ('Pictured:Operation') and a closing quote glued to a small word ('the ‘high "
                   "number’of') are glue too; apostrophes inside words (rock’n’roll) are not. In a paragraph with "
                   "other glue, a stop after a word glued to a date or a thousands figure ('Road.14 May', "
                   "'itself.4,200') is one too; a rank or initials after a stop count when a name follows "
                   "('later.PC Jane Ross'). A stop glued to the en dash of an attribution ('effect.– Jane Doe') is glue too, and so is a comma glued to a "
                   "capitalised word after a lower-case word or a thousands figure ('newspaper,Der Spiegel').")

    trigger = Trigger(pattern=Cues(f"{_GLUED_SENTENCE_CUES.pattern}|{_STOP_BEFORE_DASH_CUES.pattern}"
                                   f"|{_COMMA_SEAM_CUES.pattern}"))

    def check(self, article: Article) -> Iterable[Finding]:
        counts, stop_numbers = _Counts(article), None
        comma_seams = _COMMA_SEAM.search(article.text) is not None
        for offset, text in _segments(article):
            cues = _glued_sentence_cues(text)
            marks = _Marks(text) if cues else None
            for start, opener, word, end in _junctions(text) if cues & 1 else ():
                space_at = self._glued_at(text, start, opener, word, end, counts, marks)
                if space_at is not None:
                    yield self._report(offset, text, start, end, space_at)
            if cues & 9 == 9 and stop_numbers is None:
                stop_numbers = bool(_STOP_BEFORE_NUMBER_CUES.search(article.text))
            for match in _STOP_BEFORE_NUMBER.finditer(text) if cues & 9 == 9 and stop_numbers else ():  # beside glue
                if self._word_ends_sentence(text, match.start()):
                    yield self._report(offset, text, match.start(), match.end(), match.start() + 1)
            for match in _SPACED_GLUE.finditer(text) if cues & 2 else ():
                finding = self._spaced(offset, text, match)
                if finding:
                    yield finding
            for match in _STOP_BEFORE_DASH.finditer(text) if "–" in text else ():  # 'effect.– Jane'
                stop = match.start() - 1 - (text[match.start() - 1] not in _STOPS)  # before a closing quote
                yield self._report(offset, text, stop, match.start() + 1, match.start())
            for match in _COMMA_SEAM.finditer(text) if comma_seams else ():  # 'newspaper,Der Spiegel said'
                if self._comma_seam(text, match.start(), counts):
                    yield self._report(offset, text, match.start(), _LETTERS.match(text, match.end()).end(), match.end())
            for match in _GLUED_COPYRIGHT.finditer(text) if "©" in text else ():  # 'Microsoft said.© Reuters'
                yield self._report(offset, text, match.start(), match.end(), match.end() - 1)
            for match in _QUOTE_THEN_WORD.finditer(text) if cues & 4 else ():  # "the ‘high number’of fighters"
                if text[match.start() - 1:match.start()].isalpha() and _closes_quote(text, match.start(), marks):
                    yield self._report(offset, text, match.start(), match.end(), match.start() + 1)

    def _comma_seam(self, text: str, comma: int, counts: _Counts) -> bool:
        """The comma at ``text[comma]``, glued to a capitalised word, ends a line: after a dictionary word in lower
        case or a thousands figure, before a word the dictionary or the article knows (not '9-10,Main Road')."""
        left, word = _token_before(text, comma), _LETTERS.match(text, comma + 1).group()
        begin = comma - len(left)
        return (left.isalpha() and left.islower() and len(left) > 2 and self.known(left)
                or _THOUSANDS.fullmatch(left) is not None) and (not begin or text[begin - 1].isspace()) \
            and (self.known(word) or counts[word] > 0)

    def _word_ends_sentence(self, text: str, stop: int) -> bool:
        """The stop at ``text[stop]`` ends a sentence: a dictionary word of three letters or more, after a space,
        before it, and no abbreviation ('Road.14 May', not 'Fig.26 April' or 'www.site.26 May')."""
        left = _token_before(text, stop)
        begin = stop - len(left)
        return len(left) > 2 and left.isalpha() and (not begin or text[begin - 1].isspace()) and self.known(left) \
            and not textutil.is_abbreviation_before(text, stop)

    def _spaced(self, offset: int, text: str, match: re.Match) -> Finding | None:
        """'Corp .In' (the stop on the wrong side of the space) or '(Reuters) -The' (a dateline's dash glued)."""
        word, stop = match.group("word"), match.group("stop")
        if stop:
            left = text[max(0, match.start() - 20):match.start()].rsplit(None, 1)[-1:] or [""]
            if not (left[0].isalpha() and len(left[0]) > 1 and left[0].lower() not in _NEVER_LAST
                    and len(word) > 1 and word[1:].islower() and self.known(word)):
                return None  # 'Robert .B', 'at .Westminster': an initial, a stray dot before a name
            at = offset + match.start()
            glued = _token_before(text, match.start()) + match.group()
            return self.finding(at - len(glued) + len(match.group()), offset + match.end(),
                                f"space before the stop instead of after it in {quote(glued)}",
                                Fix.replace(at, at + 2, stop + " ", description=f"write '{stop} '"))
        before = (text[max(0, match.start() - 40):match.start()].rsplit(None, 1) or [""])[-1]
        if len(word) > 1 and word[1:].islower() and (before.endswith(")") or before.isupper() and len(before) > 1):
            return self._report(offset, text, match.end() - len(word) - 1, match.end(), match.end() - len(word))
        return None

    def _report(self, offset: int, text: str, start: int, end: int, space_at: int) -> Finding:
        begin = start - len(_token_before(text, start))
        glued = text[begin:end]
        safe = '"' not in text[start:end] and "'" not in text[start:end]
        return self.finding(offset + begin, offset + end, f"missing space in {quote(glued)}",
                            Fix.replace(offset + space_at, offset + space_at, " ", safe=safe,
                                        description="insert a space"))

    def _glued_at(self, text: str, start: int, open_at: int, word_at: int, word_end: int, counts: _Counts,
                  marks: _Marks) -> int | None:
        """Where a space is missing at the junction ``text[start:word_end]`` (a match of ``_JUNCTION``: its closing
        run, opening mark and word start at ``start``, ``open_at`` and ``word_at``), or None when it is no glued
        sentence (``marks``: :class:`_Marks` of ``text``)."""
        run, opener, word = text[start:open_at], text[open_at:word_at], text[word_at:word_end]
        after = text[word_end:word_end + 2]
        if len(word) < 2 and not _one_letter_word(word, after) \
                or after[:1] == "@" or after[:1] == "/" and not _SLASH_PAIR.match(text, word_end) \
                or after[:1] == "." and after[1:2].isalnum():
            return None  # a ticker suffix (Sober.K), a domain, a path (not 'confirmed.Baseball/softball will')
        left = _token_before(text, start)
        if opener in "([" and opener and word.isupper():
            return None  # a wire routing code: 'said.(XYGP 1330)'
        if not _STOPS.isdisjoint(run):
            if run in (".", "!", "?"):
                return start + 1 if self._plain_stop(text, start, left, run, word, counts, marks) else None
            if _ELLIPSIS.issuperset(run) or run[-1] in _STOPS and not left:
                return None  # "best...We": an ellipsis is a style, ". . .The"
            return _quote_side(text, start, open_at, marks)
        if run[0] in ":;" and set(run[1:]) <= _QUOTES:  # "note:It", "smiling:’It", a caption's "Pictured:Operation"
            if run == ':"' and left.isalpha() and len(left) > 2 and word[1:].islower() \
                    and (self.known(word) or counts[word] > 0):
                return start + 1  # 'coach Denis Betts:"It's': a speaker's colon glued to the quotation
            ok = left.isalpha() and (left.islower() or left[1:].islower() and run == ":") and len(left) > 2 \
                and self.known(left) and word[1:].islower() and (self.known(word) or counts[word] > 0 or word == "I")
            return start + 1 if ok else None
        if run in (")", "]"):
            inside = text[text.rfind("(" if run == ")" else "[", 0, start) + 1:start]
            ok = len(inside) > 1 and (word[1:].islower() or len(word) == 1) and text[start - 1].isalnum()
            return start + 1 if ok else None
        if set(run) <= _CLOSING_QUOTES and text[start - 1].isalpha() and (word[1:].islower() or word == "I"):
            return _quote_side(text, start, start + len(run), marks)  # 'wonderful news"He', 'phone"I'm', not '55"TV'
        if run in ("'", "’") and len(left) > 1 and left[-1].islower() and word[1:].islower() and len(word) > 2 \
                and (self.known(word) or counts[word] > 0) and _closes_single_quote(text, start):
            return start + 1  # "to 'come out'Joseph", not "O'Neill", "rock'n'roll" or "sur l'Orange"
        return None

    def _plain_stop(self, text: str, stop: int, left: str, run: str, word: str, counts: _Counts,
                    marks: _Marks) -> bool:
        """'jack.The', '2019.The', 'Afghanistan?Stuck': a plain stop between two words (``marks``: :class:`_Marks` of
        ``text``)."""
        begin = stop - len(left)
        after = text[stop + 1 + len(word):stop + 2 + len(word)]
        hyphenated = after == "-"  # 'said.Co-founder', not '.co.uk'
        acronym = word in _COMMON_ACRONYMS and after == " "  # 'programme.UK Sport', not 'bbc.co.UK'
        if len(left) < 2 and not left.isdigit() or begin and text[begin - 1] in "@/\\_<" \
                or word.lower() in _TLDS and not hyphenated and not acronym or "'" not in left and "’" not in left \
                and textutil.is_abbreviation_before(text, stop) \
                or marks.inside_angle_brackets(stop):
            return False  # an initial, a handle or path, a domain, an abbreviation, a ticker <IBM.N>
        if word.isupper() and len(word) == 2 and not (
                (word in _COMMON_ACRONYMS or _NAME_NEXT.match(text, stop + 3))
                and (left.islower() and len(left) > 2 and self.known(left) or _AMOUNT.fullmatch(left)
                     or acronym and left[1:].islower() and len(left) > 2 and (self.known(left) or counts[left] > 0))):
            return False  # 'it.JM': two capitals are an initialism or noise, not a sentence start ('country.US',
            # 'later.PC Jane Ross', '12,000.AB Smith', 'Colwyn Bay.UK government' are: a rank or initials before a
            # name, a common acronym after a name)
        right_ok = self.known(word) or counts[word] > 0 or word.isupper() \
            or (left.isupper() or left.isdigit()) and len(word) > 2 and word[1:].islower() \
            and _NAME_NEXT.match(text, stop + 1 + len(word)) is not None  # a full name: 'BBC.Dilip Kumar', '2016.Aldred Drummond'
        if left.islower() and len(left) > 2 and word[1:].islower() and len(word) > 2 and self.known(left) \
                and (not begin or text[begin - 1].isspace()):
            return True  # 'the editors.Stormcloaks': a dictionary word ends a sentence, a name starts the next
        if _AMOUNT.fullmatch(left.rpartition("-")[2]):
            return right_ok and run == "."  # '2019.The', '24-10.Owens', 'mid-1990s.Sheerin'
        if _CODE_NUMBER.fullmatch(left) and (not begin or text[begin - 1].isspace()):
            return run == "." and word[1:].islower() and len(word) > 2 and self.known(word)  # 'WW2.The', 'G20.Leaders'
        if not _POSSESSIVE_S.sub("", left).replace("-", "").replace("'", "").replace("’", "").isalpha():
            return False  # www.Site.Com, a code ("L'Aquila.Six" passes)
        if left.isupper() and word.isupper() and len(word) <= 3:
            return False  # a ticker: BHP.AX, RTRS.L
        if left[0].isupper() and (run == "!" and word not in _SENTENCE_STARTERS
                                  or counts[left + run + word] > 1 and not self.known(word)):
            return False  # a brand: Yahoo!Finance, a dotted name used throughout
        if right_ok:
            return True
        # two names: 'Amr Warda.Tonny Mawejje' when the article names the first elsewhere
        return counts[left] > 0 and word[1:].islower() and len(word) > 2


class _Marks:
    """Where a segment holds angle brackets and straight double quotes, each found on first need, for NL103's questions
    at a junction: scans back from every junction of a long flattened page (``rfind``, ``count`` from its start)
    cost time quadratic in its length, a binary search in the places does not."""

    __slots__ = ("text", "_angles", "_quotes")

    def __init__(self, text: str) -> None:
        self.text, self._angles, self._quotes = text, None, None

    def inside_angle_brackets(self, at: int) -> bool:
        """Whether a '<' opens before ``at`` and no '>' closes it before ``at`` (``text.rfind("<", 0, at) >
        text.rfind(">", 0, at)``): a ticker such as <IBM.N>."""
        if self._angles is None:
            self._angles = [match.start() for match in _ANGLE_MARK.finditer(self.text)] if "<" in self.text else []
        last = bisect.bisect_left(self._angles, at) - 1
        return last >= 0 and self.text[self._angles[last]] == "<"

    def quotes_before(self, at: int) -> int:
        """``text.count('"', 0, at)``."""
        if self._quotes is None:
            self._quotes = [match.start() for match in _STRAIGHT_QUOTE.finditer(self.text)]
        return bisect.bisect_left(self._quotes, at)


_ANGLE_MARK = regexcache.compile(r"[<>]")
_STRAIGHT_QUOTE = regexcache.compile('"')


def _python_token_before(text: str, end: int) -> str:
    """The word or amount that ends at ``end``: 'jack', 'Smith's', '2019', '12%', '£35', 'U.S' (the twin of the
    compiled ``token_before``)."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,%$£€'’-"):
        start -= 1
    return text[start:end].lstrip(".,'’-")


_token_before = native.pick("token_before", _python_token_before)


# a slash between two words, then a space or a clause's punctuation: 'Baseball/softball will', not a path
_SLASH_PAIR = regexcache.compile(r"/[^\W\d_]+(?=[\s,;:]|\.(?:\s|$))")
_POSSESSIVE_S = regexcache.compile(r"['’]s?$")
_NAME_NEXT = regexcache.compile(r" [A-Z][a-z]{2,}")  # a capitalised word after a space
_CODE_NUMBER = regexcache.compile(r"[A-Z]{1,3}[0-9]{1,2}")  # a name of letters and a number: WW1, G20, M25


def _one_letter_word(word: str, after: str) -> bool:
    """'A' or 'I' as a word ('A court', 'I think', "I've"), or the initial of O'Brien."""
    return word in ("A", "I") and after[:1] in (" ", "'", "’") or after[:1] in ("'", "’") and after[1:2].isupper()


def _quote_side(text: str, start: int, end: int, marks: _Marks) -> int:
    """Where the space goes in a closing run ``text[start:end]`` that holds quotes ('."', '”', '".').

    A straight double quote closes when the paragraph so far holds an odd number of them; one that
    opens takes the space before it (``marks``: :class:`_Marks` of ``text``).
    """
    run = text[start:end]
    if '"' in run and marks.quotes_before(start + run.index('"')) % 2 == 0:
        return start + run.index('"')
    return end


# closed-class words that are never the first or last part of a word written solid
_FUNCTION_PARTS = frozenset("the of to and in for with its their his her our will that on from is was be are has have "
                            "by at as it this not an".split())


_PREFIX_PARTICLES = frozenset("in on by to as at".split())  # function words that also start compounds
_PHRASAL_PARTICLES = ("down", "up", "out", "off", "over", "through", "back", "away")  # writedown, buyout, payback


def _particle(word: str) -> str:
    return next(p for p in _PHRASAL_PARTICLES if word.endswith(p))
_DETERMINERS = frozenset("the a an its their his her our my your".split())  # not "that": "that willmean"

# longer tokens are not two words run together (and splitting them would cost time quadratic in length)
_MAX_RUN_TOGETHER = 40


def _python_unknown_words(words: Iterable[str], shortest: int, longest: int, table: Mapping[str, int],
                          accepted: Container[str]) -> list[str]:
    """The words of ``words`` (in its order) of ``shortest`` to ``longest`` characters, lower-case letters only, that
    ``table`` gives no frequency and ``accepted`` does not hold: NL104's candidates (``native.py``: compiled)."""
    long_words = [word for word in words if shortest <= len(word) <= longest]  # first: two in three words go
    # lower-case letters only, before the dictionary: a look-up in it costs more
    return [word for word in filterfalse(table.get, filter(str.islower, filter(str.isalpha, long_words)))
            if word not in accepted]


_unknown_words = native.pick("unknown_words", _python_unknown_words)


def _counts_among(words: list[str], lower_words: list[str]) -> Mapping[str, int]:
    """How often each of ``words`` occurs in ``lower_words`` (``Counter(lower_words)`` for those words only): one or
    two (most articles with any, on the mix) counted one by one, more in one pass. Not the article's vocabulary:
    counting every word cost NL104 more than the rest of its work."""
    if len(words) <= _COUNTED_ONE_BY_ONE:
        return {word: lower_words.count(word) for word in words}
    wanted = frozenset(words)
    return Counter(filter(wanted.__contains__, lower_words))


_COUNTED_ONE_BY_ONE = 2  # a list's count of one word costs 0.4 of a pass that looks every word up in a set


def _body_words_known(article: Article) -> bool:
    """True when the OCR gate (``article.ocr``, which every default run asks for) looked up every plain lower-case word
    of the body (``lexicon.frequencies()``, as NL104 does) and found each one but wire abbreviations (all shorter than
    NL104's words): its non-word rate is exactly 0. Below
    ``_EXACT_RATE_WORDS`` words one non-word rounds to a rate of 0.0001 or more; below the gate's ``_MIN_WORDS`` (and
    in a forced mode) it counts none. ``tests/rules/test_extraction_speed_17b.py`` holds it to that."""
    if article.ocr_mode != "auto":
        return False
    decision = article.ocr
    return decision.non_word_rate == 0 and ocr_gate._MIN_WORDS <= decision.words < _EXACT_RATE_WORDS


_EXACT_RATE_WORDS = 20_000  # the gate rounds its rate to 4 places: 1 in 20,000 would round to 0


def _unknown_body_words(article: Article, accepted: Container[str]) -> list[str]:
    """``_unknown_words`` of the body's words (7 to ``_MAX_RUN_TOGETHER`` letters, lower case, not in the word list
    nor ``accepted``), taken from the words the OCR gate's tally did not find (``Article.plain_word_tally``: the
    same plain words; its commonest words and wire abbreviations, shorter than 7 letters, are all in the word
    list), so no word is looked up twice. ``tests/test_small_costs_17m.py`` holds it to that."""
    return [word for word in article.plain_word_tally[3]
            if 7 <= len(word) <= _MAX_RUN_TOGETHER and word not in accepted]


class RunTogetherWords(_ExtractionRule):
    code = "NL104"
    name = "run-together-words"
    summary = "Two common lower-case words run together (thepresident, governmentofficials)."
    bad = "officials met thepresident on Monday"
    good = "officials met the president on Monday"
    explanation = ("Flags only a token that no dictionary knows, that splits into two common words, and "
                   "whose split is far more frequent in web text than the token itself.")

    def check(self, article: Article) -> Iterable[Finding]:
        text, title = article.text, _title_tokens(article)
        table, accepted = lexicon.frequencies(), self.context.accept_words
        unknown = _unknown_words([word for _, _, word in title], 7, _MAX_RUN_TOGETHER, table, accepted)
        # three articles in four: the OCR gate found every word of the body in the word list, so only the title's
        # words may be unknown; in the fourth the body's are among those its look-ups did not find
        if not _body_words_known(article):
            unknown = list(dict.fromkeys(_unknown_body_words(article, accepted) + unknown))
        counts = _counts_among(unknown, article.lower_words) if unknown else {}
        suspects = {word for word in unknown if counts[word] <= 1}  # twice: a coinage
        cuts = {word: found for word in suspects if (found := self._cuts(word)) is not None and self._may_split(*found)}
        if not cuts:
            return  # the common case: every long lower-case word is a known word, used twice or no two words
        counts = ngrams.counts(key for word, found in cuts.items() for key in self._count_keys(word, *found))
        splits = {word: cut for word, found in cuts.items() if (cut := self._split(word, *found, counts)) is not None}
        if not splits:
            return  # no two words
        spans = [(start, end, word) for start, end, word in title if word in splits]
        spans += wordspans.tokens_among(article, set(splits))  # a few rare words: not every token located
        for start, end, word in sorted(spans):
            if start and text[start - 1] in "@#/.\\'’-" or text[end:end + 1] in ("@", "/"):
                continue
            split = splits[word]
            if word[:split] in _FUNCTION_PARTS \
                    and _word_before(text, _skip_space_back(text, start)).lower() in _DETERMINERS:
                continue  # "the onstart of winter": a noun after a determiner is a typo, not "the on start"
            fixed = f"{word[:split]} {word[split:]}"
            yield self.finding(start, end, f"words run together {quote(word)}: {quote(fixed)}?",
                               Fix.replace(start + split, start + split, " ", description=f"insert a space: '{fixed}'"))

    @staticmethod
    def _cuts(word: str) -> tuple[list[int], list[int]] | None:
        """Where ``word``, a word in lower case (its parts are their own ``lower()``), may split: into two
        frequent words, and into a function word and a word (dealwill, ofasylum); None for the closed noun of
        a phrasal verb (writedown, followthrough, buyout)."""
        frequency = lexicon.frequencies().get  # lexicon.frequency without a call per look-up: (word, 0)
        if word.endswith(_PHRASAL_PARTICLES) and frequency(word[:-len(_particle(word))], 0) >= 5000:
            return None
        frequent, functional = [], []
        for cut in range(1, len(word) - 1):
            a, b = word[:cut], word[cut:]
            if a in _FUNCTION_PARTS and len(b) >= 4 and frequency(b, 0) >= 100 \
                    or b in _FUNCTION_PARTS and len(a) >= 4 and frequency(a, 0) >= 100:
                functional.append(cut)
            if cut >= 2 and frequency(a, 0) >= 5000 and frequency(b, 0) >= 5000:
                frequent.append(cut)
        return frequent, functional

    @staticmethod
    def _may_split(frequent: list[int], functional: list[int]) -> bool:
        """Whether :meth:`_split` can find a split point among these cuts (else the web counts are not looked up)."""
        return bool(frequent) or len(functional) == 1

    @staticmethod
    def _count_keys(word: str, frequent: list[int], functional: list[int]) -> Iterator[str]:
        """The web counts that :meth:`_split` may weigh, looked up for all suspects at once."""
        yield word.lower()
        for cut in (*frequent, *functional):
            yield _bigram_key(word[:cut], word[cut:])

    @staticmethod
    def _split(word: str, frequent: list[int], functional: list[int], counts: dict[str, float]) -> int | None:
        """The split point when one split is confidently better than the token and any other split.

        Evidence is either a web bigram far more frequent than the token, or a split into a
        function word and a common word (dealwill, ofasylum) that is the only one possible.
        ``counts``: the web counts of :meth:`_count_keys` (an unlisted key counts 0).
        """
        as_word = counts.get(word.lower(), 0.0)
        scored = sorted(((counts.get(_bigram_key(word[:cut], word[cut:]), 0.0), cut) for cut in frequent), reverse=True)
        if scored and scored[0][0] >= 300_000:
            best, cut = scored[0]
            runner_up = scored[1][0] if len(scored) > 1 else 0.0
            if best > 20 * runner_up and best > 50 * as_word:
                return cut
        if len(functional) != 1 or as_word >= 20_000:
            return None
        cut = functional[0]
        if word[:cut] in _PREFIX_PARTICLES and not counts.get(_bigram_key(word[:cut], word[cut:]), 0.0):
            return None  # a particle that also forms words ('incomings', 'onlookers') and no web evidence
        return cut


# -- NL105: a full stop in the middle of a sentence --------------------------------

_STRAY_STOP = regexcache.compile(r"\.(?<=[^\W_]\.)[ \t]+([a-z][^\W\d_]*)(?![^\W_]|\.\w)")  # "." first: fast scan
# a stop standing alone after a sentence's stop, before the next sentence (not a spaced ellipsis '. . .', not 'U.S. .')
_DOUBLED_STOP = regexcache.compile(r"(?<=[a-z]{2}[.!?]) \.(?=\s?[\"'‘“]?[A-Z])")
# lower-case abbreviations and units not in textutil's list
_MORE_ABBREVIATIONS = frozenset("ca c approx viz op cit ibid ff nr tel ext govt mins hrs yrs sq oz lb lbs in km kg mph".split())
# US state abbreviations of datelines and wire copy ('ATLANTA, Ga. division'), those that are no English word
_STATE_ABBREVIATIONS = frozenset("Ala Ariz Ark Calif Colo Conn Del Fla Ga Ind Kan Kans Ky Md Mich Minn Mont Neb Nev "
                                 "Okla Penn Tenn Tex Va Vt Wis Wisc Wyo".split())


class StraySentenceBreak(_ExtractionRule):
    code = "NL105"
    name = "stray-sentence-break"
    summary = "A full stop in mid-sentence, followed by a lower-case word."
    bad = "before talks with Lavrov at a time of crisis. tensions over Ukraine."
    good = "before talks with Lavrov at a time of crisis tensions over Ukraine."
    explanation = ("Abbreviations (Mr., U.S., e.g., a.m., No., etc., vs.), initials, numbers, ellipses, "
                   "domains and name particles after a stop (de Gaulle) are not breaks, nor is a stop after "
                   "a lower-case non-word: informal clipped words end sentences in quoted messages "
                   "(\"spoke to trev. think we should…\"). A second full stop standing alone after a sentence's own "
                   "('museums. .'One') is reported too.")

    def check(self, article: Article) -> Iterable[Finding]:
        if ". ." not in article.text and not _STRAY_STOP.search(article.text):
            return  # 49 articles in 50: one search of the whole text, whose segments are slices of it
        for offset, text in _segments(article):
            for match in _STRAY_STOP.finditer(text):
                stop = match.start()
                word = match.group(1)
                before = _word_before(text, stop)
                if self._is_abbreviation(text, stop) or word.lower() in _LOWERCASE_STARTS or not word.islower() \
                        or text.startswith("://", match.end(1)) \
                        or before.islower() and not self.known(before) \
                        or word == "reuter" and not text[match.end():].strip():  # the wire's signoff, lower-cased
                    continue  # "spoke to trev. think": a clipped or informal word, not a word cut by a stray stop;
                    # "mine. https://…": a link after a sentence (an embedded post)
                start, end = offset + stop, offset + match.end(1)
                fix = Fix.replace(offset + stop, offset + stop + 1, "", safe=False, description="delete the full stop")
                yield self.finding(start, end, f"stray full stop before lower-case {quote(match.group(1))} "
                                               f"in {quote(_word_before(text, stop) + text[stop:match.end()])}", fix)
            for match in _DOUBLED_STOP.finditer(text) if ". ." in text else ():  # 'various museums. .'One of'
                start, end = offset + match.start(), offset + match.end()
                space = "" if text[match.end():match.end() + 1].isspace() else " "  # '. .The' → '. The'
                yield self.finding(start - 1, end, "a second full stop after the sentence's own",
                                   Fix.replace(start, end, space, description="delete the stray stop"))

    @staticmethod
    def _is_abbreviation(text: str, stop: int) -> bool:
        before = _word_before(text, stop)
        if textutil.is_abbreviation_before(text, stop) or before.lower() in _MORE_ABBREVIATIONS \
                or before in _STATE_ABBREVIATIONS:
            return True
        start = stop - len(before)
        if before.isdigit() and (start == 0 or text[start - 1] in "(\n"):  # "1. introduction", a numbered list
            return True
        return start > 0 and text[start - 1] in "./@"  # an ellipsis, a domain, a path


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return text[start:end]


# -- NL106: a subheading run into the body ------------------------------------------

_GLUED_HEADING = regexcache.compile(r"(['‘\"“][A-Z][^.!?:;,'‘’\"“”\n]{3,60}['’\"”]) (?=[A-Z])")  # not 'Cos' I'm
# a sentence's end before the heading, not a name's initial ('C. J. "Pete" Silas')
_SENTENCE_BEFORE = regexcache.compile(r"(?<!\b[A-Z])[.!?][\"”’']? $")


# a title-case line between a sentence's glued full stop and the next sentence glued to its last word, where every
# paragraph break was lost ('era.A New Era of Space ExplorationThe crew'): found from the case change (NL102's letter
# runs) back to the stop, which the rule's trigger looks for
_TITLE_BREAK = regexcache.compile(r"[.!?\n]")
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
                   "dictionary words that the web never writes solid, a sentence opener or lower-case words after it.")
    # a match cannot cross a line end: one search of the whole article (with RE2, which has no look-ahead)
    trigger = Trigger(pattern=Cues(f"{_GLUED_HEADING.pattern.replace('(?=[A-Z])', '[A-Z]')}|[a-z0-9)][.!?][A-Z]"))

    def check(self, article: Article) -> Iterable[Finding]:
        yield from self._title_case_lines(article)
        for paragraph in article.paragraphs:
            for match in _GLUED_HEADING.finditer(paragraph.text):
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

    def _title_case_lines(self, article: Article) -> Iterator[Finding]:
        """Title-case lines glued to the sentences on both sides: from each case change inside a letter run (in the
        segments where NL102 found one) back to the last full stop glued to a capital before it."""
        for offset, text, spans in article.shared("extraction.glue-suspects", _GlueSuspects).runs():
            for run_start, run_end in spans:
                if not text[run_start].isupper():
                    continue  # a heading's last word is capitalised ('iPlayer', 'spokespersonDmitry' are not)
                stops = list(_GLUED_STOP.finditer(text, max(0, run_start - _HEADING_REACH), run_start))
                start = stops[-1].end() if stops else -1
                if start < 0 or _TITLE_BREAK.search(text, start, run_start):
                    continue
                for cut, _, _ in _word_parts(text[run_start:run_end]):
                    heading = text[start:run_start + cut]
                    words = heading.split(" ")
                    if not 3 <= len(words) <= 12 or sum(word[0].isupper() for word in words) < 3 \
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
        first = _LETTERS.match(text, cut).group()
        if not (self.known(last) and self.known(first)) or _unigram(last + first) > 0:
            return False
        return first in _SENTENCE_STARTERS or first.lower() in _SENTENCE_OPENERS or _prose_after(text, cut + len(first))


# -- NL107: a possessive that lost its apostrophe -----------------------------------

# "Xs" and the word after it (a compound whole: Nexts like-for-like sales)
_POSSESSIVE = regexcache.compile(r"([A-Z](?<![\w'’.-][A-Z])[a-z]+[a-z])s[ \t]+(?=([^\W\d_]+(?:-[^\W\d_]+)*))")
_PLURAL_CUES = frozenset("the two both all three four many several other some these those".split())
# words after a plural, never after a possessive: "Saabs to the US", "Hutus were killed", "Africans like savages"
_NOT_POSSESSED = frozenset("""
to in on at of for from with by as and or but than that which who whose are were was is have has had will would
can could may might should must do did not also more less
into onto through across against about after before between among under over during without within despite since
until like out up off
""".split())
_HONORIFICS = frozenset("mr mrs ms dr".split())
# web text writes the plural of a country or a person (Russias, Blairs) far less often than this
_PLURAL_RATIO = 0.005
# ... and the plural of a name that is also a word or a family (Labours, Frances, Browns) less often than this
_NAME_PLURAL_RATIO = 0.05
_WORD_BEFORE = regexcache.compile(r"([^\W\d_]+)[ \t]+\Z")


class MissingPossessiveApostrophe(_ExtractionRule):
    code = "NL107"
    name = "missing-possessive-apostrophe"
    summary = "A name with a possessive s but no apostrophe (Russias Lavrov)."
    bad = "Blinken urges Russias Lavrov to choose diplomacy"
    good = "Blinken urges Russia's Lavrov to choose diplomacy"
    explanation = ("Flags a capitalised word whose stem without the s is a name the article uses on its own, "
                   "when web text rarely writes that plural (Russias, Blairs), or when the article uses the "
                   "plural nowhere else and the name in the singular as a name (Labour's manifesto, Virgin "
                   "Blue said). Plurals after a plural cue (the two Koreas), before a verb (Saabs sold), of "
                   "peoples (Italians) and of longer names (Happy Mondays, Lib Dems) pass, as do names "
                   "ending in s (Texas, Wales, Lloyds).")

    def check(self, article: Article) -> Iterable[Finding]:
        counts, apostrophe = _Counts(article), ""
        # the common case, told without counting the article's words: counts[stem] == 0 for every "Xs word"
        for offset, text, start in _possessive_candidates(article, _used_words(article)):
            match = _POSSESSIVE.match(text, start)
            stem, following = match.groups()
            word = stem + "s"
            before = text[max(0, match.start() - 12):match.start()].split()
            previous = before[-1].lower() if before else ""
            if following.lower() in _NOT_POSSESSED or previous in _PLURAL_CUES \
                    or word in self.context.accept_words:
                continue  # first the tests that need no counting of the article's words
            if not counts[stem] or counts[word] > counts[stem]:
                continue
            if previous.rstrip(".") not in _HONORIFICS and not _plural_is_rare(word, _PLURAL_RATIO) \
                    and not _names_possessor(article, text, match, counts):  # "Mr Praters" is a person
                continue
            at = offset + match.end(1)
            # counted once per article (once per finding, it grew with the findings times the length)
            apostrophe = apostrophe or ("’" if article.text.count("’") > article.text.count("'") else "'")
            yield self.finding(offset + match.start(), at + 1,
                               f"missing apostrophe in possessive {quote(word)}: {quote(stem + apostrophe + 's')}?",
                               Fix.replace(at, at, apostrophe, safe=False, description=f"insert '{apostrophe}'"))


def _possessive_candidates(article: Article, used: Container[str]) -> Iterator[tuple[int, str, int]]:
    """(offset, text, start) of each segment's ``_possessive_starts``, in order: found by one scan of the article's
    text (a call per paragraph cost more than the scans), each kept where it starts a match in its own segment."""
    if article.date is not None and article.date.glued:  # the body starts right after it: no space before
        yield from ((offset, text, start) for offset, text in _segments(article)
                    for start in _possessive_starts(text, used))
        return
    starts = _possessive_starts(article.text, used)
    if not starts:
        return
    segments = list(_segments(article))
    offsets = [offset for offset, _ in segments]
    for at in starts:
        index = bisect.bisect_right(offsets, at) - 1
        if index >= 0:
            offset, text = segments[index]
            if at - offset < len(text) and _POSSESSIVE.match(text, at - offset):
                yield offset, text, at - offset


def _python_possessive_starts(text: str, used: Container[str]) -> list[int]:
    """Where ``_POSSESSIVE`` matches in ``text`` ("Xs word") and ``used`` holds X, X's or X’s: NL107's candidates (the
    twin of the compiled ``possessive_starts``)."""
    return [match.start() for match in _POSSESSIVE.finditer(text)
            if (stem := match.group(1)) in used or f"{stem}'s" in used or f"{stem}’s" in used]


_possessive_starts = native.pick("possessive_starts", _python_possessive_starts)


def _used_words(article: Article) -> frozenset[str]:
    """The words ``_Counts`` counts (the body's and the title's): a word it counts 0 times is not among them."""
    return article.shared("extraction.used_words", _body_and_title_words)


def _body_and_title_words(article: Article) -> frozenset[str]:
    title = [word for _, _, word in _title_tokens(article)]
    return article.distinct_words.union(title) if title else article.distinct_words


def _plural_is_rare(word: str, ratio: float) -> bool:
    """True when web text writes ``word`` less than ``ratio`` times as often as the word without its s."""
    return _unigram(word) <= ratio * _unigram(word[:-1])


def _names_possessor(article: Article, text: str, match: re.Match, counts: _Counts) -> bool:
    """True when the article's other words make "Xs" the possessive of a name X.

    The plural must occur nowhere else and come before a noun, not a determiner or a verb. After
    another capitalised word, that whole name must recur as a name (Virgin Blue said, not only Lib
    Dem leader or a Golden Globe), or X be a person (Mr X, or X said when web text rarely writes
    the plural) before a lower-case word. Otherwise X must be no people (Italians), and the article
    write "X's" with its apostrophe or, before a lower-case word, web text rarely write the plural
    and the article use X as a name (Labours, Frances).
    """
    stem, following = match.groups()
    word = stem + "s"
    if counts[word] > 1 or following.lower() in _DETERMINERS or _is_verb(following):
        return False
    rare_plural = _plural_is_rare(word, _NAME_PLURAL_RATIO)
    name_before = _name_before(text, match.start())
    if name_before:
        return _uses_as_name(article, f"{name_before} {stem}") or following[0].islower() and (
            _with_honorific(article, stem) or rare_plural and _before_verb(article, stem))
    if stem.endswith("an"):  # Italians, Mexicans, Europeans
        return False
    if following[0].isupper():  # Frances Snecma, not Presidents Bush and Putin
        return rare_plural and _writes_possessive(article, stem)
    return _writes_possessive(article, stem) or rare_plural and (
        _uses_as_name(article, stem) or _with_honorific(article, stem))


def _name_starts(article: Article) -> dict[str, list[int]]:
    """Where each word that may be a name starts in ``article.text``, in order: maximal runs of letters and
    digits that start with a letter other than a-z (every capitalised word among them)."""
    return _name_starts_in(article.text)


def _python_name_starts(text: str) -> dict[str, list[int]]:
    """:func:`_name_starts` of ``text`` (the twin of the compiled ``name_starts``, ten times faster: the regex
    tries its look-behind at every character)."""
    starts: dict[str, list[int]] = {}
    for match in _NAME_RUN.finditer(text):
        starts.setdefault(match.group(), []).append(match.start())
    return starts


_NAME_RUN = regexcache.compile(r"(?<![^\W_])[^\W\d_a-z][^\W_]*")
_name_starts_in = native.pick("name_starts", _python_name_starts)


def _name_matches(article: Article, name: str, before: re.Pattern, after: re.Pattern) -> Iterator[tuple[int, re.Match]]:
    """Where ``re.finditer(before + re.escape(name) + after, article.text)`` finds a match, when every match starts with
    the words of ``name`` (capitalised) as whole words and ``before`` is only look-behinds: (where it starts, the
    match of ``after`` right after ``name``), without compiling a pattern per name (compiling one cost half of NL107
    where names vary from article to article). In a long text it is tried only where the first word starts (an index
    built once per article), so that the cost does not grow with the length times the names looked up; in a
    shorter one, where ``name`` occurs (``str.find``: the look-behinds make ``re`` try every position of the text, a
    hundred times slower)."""
    text, end, size = article.text, 0, len(name)
    if len(text) < _INDEX_FROM:
        find = text.find
        start = find(name)
        while start != -1:
            tail = after.match(text, start + size) if before.match(text, start) else None
            if tail:
                end = tail.end()
                yield start, tail
            start = find(name, max(end, start + 1))
        return
    starts = article.shared("extraction.name_starts", _name_starts).get(name.split(" ", 1)[0], ())
    for start in starts:
        tail = after.match(text, start + size) if start >= end and text.startswith(name, start) \
            and before.match(text, start) else None
        if tail:
            end = tail.end()
            yield start, tail


_INDEX_FROM = 20_000  # characters: in a shorter text a few scans cost less than building the index


# before a surname: Mr, Mrs, Ms or Dr, with or without a full stop (fixed-width look-behinds)
_HONORIFIC_BEFORE = regexcache.compile("(?:" + "|".join(rf"(?<=\b{title}{stop} )" for title in ("Mr", "Mrs", "Ms", "Dr")
                                                        for stop in ("", r"\.")) + ")")
_BOUNDARY = regexcache.compile(r"\b")
_NO_LETTER_BEFORE = regexcache.compile(r"(?<![^\W_])")
_VERB_AFTER = regexcache.compile(r" ([a-z]+)\b")
_POSSESSIVE_AFTER = regexcache.compile(r"['’]s\b")
_NAME_USE_BEFORE = regexcache.compile(r"(?<![^\W_])(?<!\b[Aa] )(?<!\b[Aa]n )")
_NAME_USE_AFTER = regexcache.compile(r"(['’]s)?(?![^\W_])[ \t]*([^\W\d_]*)")


def _with_honorific(article: Article, surname: str) -> bool:
    """True when the article writes Mr, Mrs, Ms or Dr ``surname``."""
    return any(_name_matches(article, surname, _HONORIFIC_BEFORE, _BOUNDARY))


def _before_verb(article: Article, name: str) -> bool:
    """True when the article writes ``name`` before a verb (Rowling revealed)."""
    return any(_is_verb(tail.group(1)) for _, tail in _name_matches(article, name, _BOUNDARY, _VERB_AFTER))


def _writes_possessive(article: Article, name: str) -> bool:
    """True when the article writes "name's" on its own (Labour's), not ending a longer name (Christian Aid's)."""
    return any(not _name_before(article.text, start)
               for start, _ in _name_matches(article, name, _NO_LETTER_BEFORE, _POSSESSIVE_AFTER))


def _is_verb(word: str) -> bool:
    """True when web text has ``word`` after "they" or "who" more than after "the" (say, took), or it is a past form
    never after "the" (welcomed)."""
    if not word.isalpha():
        return False
    after_the = _bigram("the", word)
    return _bigram("they", word) + _bigram("who", word) > after_the or not after_the and word.endswith("ed")


def _name_before(text: str, start: int) -> str:
    """The capitalised word just before ``start`` unless a function word ("Virgin" in "Virgin Blues"); else ""."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    word = match.group(1) if match else ""
    return word if word[:1].isupper() and word.lower() not in _NOT_POSSESSED else ""


def _uses_as_name(article: Article, name: str) -> bool:
    """True when the article uses ``name`` as a name: not after "a", and before "'s", a punctuation mark, a function
    word or a verb (Def Jam's, Joss Stone, Virgin Blue said), not only before a noun (Lib Dem leader)."""
    for _, match in _name_matches(article, name, _NAME_USE_BEFORE, _NAME_USE_AFTER):
        following = match.group(2)
        if match.group(1) or not following or following.islower() and (following in _NOT_POSSESSED
                                                                        or _is_verb(following)):
            return True
    return False


RULES = (LostDropCap, GluedWords, GluedSentence, RunTogetherWords, StraySentenceBreak, GluedSubheading,
         MissingPossessiveApostrophe, SplitParagraph)
