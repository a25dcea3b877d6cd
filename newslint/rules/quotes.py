"""NL2xx: quotation marks — spacing, unbalanced quotations, mixed styles; a possessive's apostrophe apart from its word.

Only double quotes are tracked: single curly quotes double as apostrophes
(didn’t, the ’90s, rock ’n’ roll) and British quotes, so they are never counted
(NL206 reads one shape of them: a possessive's apostrophe with a space before it; NL205 another: a closing
single quote after a sentence stop, which no apostrophe is, with no single quotation opened in its paragraph).
A quotation left open at the end of a paragraph is correct when the next
paragraph reopens it (the news convention for multi-paragraph quotations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, NamedTuple, Sequence

from newslint import native, regexcache
from newslint.engine import ArticleGate
from newslint.model import Article, Paragraph
from newslint.rule import Cues, Edit, Finding, Fix, Rule, Severity, Trigger, quote
from newslint.rules.boilerplate import CREDIT

_OPEN, _CLOSE, _STRAIGHT = "“", "”", '"'
_MARKS = regexcache.compile(r'["“”]')
# feet-and-inches and dimensions: 5'10", 6' 2", 42" x 30"
_INCH = regexcache.compile(r"\d+['’′]\s?\d+(?:\.\d+)?\"|\d(?:\.\d+)?\"(?=\s?[x×]\s?\d)|(?<=[x×] )\d+(?:\.\d+)?\"|(?<=[x×])\d+(?:\.\d+)?\"")
_SENTENCE_STOPS = ".?!…:"
_AFTER_STOP = "’'”)]"
_OPENER_BEFORE = set(" \t\n([{—–-/")
_CLOSER_AFTER = set(" \t\n.,;:!?)]}—–-/…'’")


class Mark(NamedTuple):
    """One double quotation mark: its offset in the paragraph and its role."""

    pos: int
    char: str
    role: str  # "open", "close" or "either" (a straight quote whose shape does not tell)


@dataclass
class QuoteScan:
    """What the scan of one paragraph found."""

    open_at: int | None  # offset of the quotation still open at the paragraph end
    misspaced: list[tuple[int, str]]  # (offset of the mark, "open" or "close")
    unopened: list[int]  # offsets of closing marks with no quotation open
    # (offset of a curly quotation's opening mark, offset of the curly opening mark after a sentence stop that opens
    # another before the first closed): a lost paragraph break, or a closing mark lost (NL202 tells them apart)
    reopened: list[tuple[int, int]] = field(default_factory=list)


_NO_QUOTATION = QuoteScan(None, [], [])


def _straight_role(text: str, i: int) -> str:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPENER_BEFORE and not after.isspace()
    closes = after in _CLOSER_AFTER and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def marks(text: str) -> list[Mark]:
    """The double quotation marks of a paragraph, inch marks left out."""
    if '"' not in text and _OPEN not in text and _CLOSE not in text:
        return []  # most paragraphs: three C-level scans instead of a regex and a loop
    out = []
    euro = "€" in text
    for m in _MARKS.finditer(text):
        i = m.start()
        char = m.group()
        if char == _STRAIGHT and i and text[i - 1].isdecimal() and _inch_mark(text, i):  # every inch mark follows a digit
            continue
        if euro and char != _STRAIGHT and i and text[i - 1] == "€":
            continue  # 'â€“', 'â€”': an en or em dash read as cp1252 (mojibake, NL401's), no quotation mark
        role = "open" if char == _OPEN else "close" if char == _CLOSE else _straight_role(text, i)
        out.append(Mark(i, char, role))
    return out


def _inch_mark(text: str, i: int) -> bool:
    """The straight quote at ``i`` ends a measure (``5'10"``, ``42" x 30"``): a match of ``_INCH`` that starts in
    the few characters before it ends with it. Looked for there only: a page flattened into one paragraph has
    megabytes of text around its one mark after a digit."""
    match = _INCH.match
    return any((m := match(text, start)) is not None and m.end() == i + 1 for start in range(max(0, i - _INCH_REACH), i))


_INCH_REACH = 40  # characters: the longest measure _INCH reads ('12345′ 6789.25"' and more)


def _python_straight_quote_scan(text: str) -> tuple[int, int]:
    """What :func:`scan` finds in a paragraph of straight quotes only (nearly every paragraph with quotes), when
    no mark follows a digit (no inch mark) and no quotation is shut by a misspaced mark (``conflicts, "he``): where
    the quotation left open at the end starts, or -1 when none is; -2 for any other paragraph (the general scan
    decides). With it, the first mark with a space on each side (' " '), or -1 (also with -2), which spares
    :func:`_scan_straight` a search for one. A ``find`` per mark and no ``Mark`` made (the general scan costs 3–4 µs
    a mark). The twin of ``_speedups.straight_quote_scan``."""
    open_at = spaced_at = -1
    i = text.find(_STRAIGHT)
    while i >= 0:
        if i and text[i - 1].isdecimal():
            return -2, -1
        if spaced_at < 0 and i and text[i - 1:i + 2] == _SPACED_STRAIGHT:
            spaced_at = i
        role = _straight_role(text, i)
        if open_at < 0:
            if role != "close":
                open_at = i
        elif role != "open":
            open_at = -1
        elif text[i - 2:i] == ", " and text[i + 1:i + 2].isalpha():
            return -2, -1
        elif _after_sentence_end(text, i):
            open_at = i
        i = text.find(_STRAIGHT, i + 1)
    return open_at, spaced_at


_straight_quote_scan = native.pick("straight_quote_scan", _python_straight_quote_scan)


def _scan_straight(text: str) -> QuoteScan | None:
    """:func:`scan`'s answer for a paragraph of straight quotes that ``_straight_quote_scan`` can decide, else None."""
    open_at, spaced_at = _straight_quote_scan(text)
    if open_at == -2:
        return None
    misspaced = _spaced_straight_marks(text, spaced_at) if spaced_at >= 0 else []
    if misspaced is None:
        return None
    if not misspaced:
        return _NO_QUOTATION if open_at == -1 else QuoteScan(open_at, [], [])
    return QuoteScan(None if open_at == -1 else open_at, misspaced, [])


_MAX_SPACED = 8  # straight quotes with a space on each side judged from the scan of what stands before each; more: the
# general scan (each judgement scans the text before the mark)


def _spaced_straight_marks(text: str, first: int) -> list[tuple[int, str]] | None:
    """The straight quotes of a paragraph that ``_straight_quote_scan`` decides which stand inside a sentence with a
    space on each side (the first at ``first``), each with the side it is misspaced on: the scan of the text before
    it tells whether it opens a quotation or closes one; None where that scan cannot tell or there are too many (the
    general scan decides)."""
    found: list[tuple[int, str]] = []
    space = first - 1
    while space >= 0:
        i = space + 1
        if _spaced_inside_sentence(text, i):
            before, _ = _straight_quote_scan(text[:i])
            if before == -2 or len(found) == _MAX_SPACED:
                return None
            found.append((i, "open" if before == -1 else "close"))
        space = text.find(_SPACED_STRAIGHT, i)
    return found


def scan(text: str) -> QuoteScan:
    """Follow the quotations of one paragraph, which starts outside any quotation."""
    straight = _scan_straight(text) if _OPEN not in text and _CLOSE not in text else None
    return straight if straight is not None else _general_scan(text)


def _general_scan(text: str) -> QuoteScan:
    """:func:`scan` mark by mark, for any paragraph."""
    open_at: int | None = None
    misspaced: list[tuple[int, str]] = []
    unopened: list[int] = []
    reopened: list[tuple[int, int]] = []
    spaced = _STRAIGHT in text and _SPACED_STRAIGHT in text  # (a curly paragraph: one fast look for a straight one)
    for mark in marks(text):
        i = mark.pos
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if spaced and mark.char == _STRAIGHT and before == " " and after == " " and _spaced_inside_sentence(text, i):
            misspaced.append((i, "open" if open_at is None else "close"))  # was " a worry / confidence " in
        if open_at is None:
            if mark.role == "close":
                if mark.char == _CLOSE and not (before.isspace() and after.isalnum()):
                    unopened.append(i)  # a straight one may be a stray or an inch mark: left alone
                    continue
                if mark.char == _STRAIGHT:
                    continue
            if mark.char == _OPEN and (after in " \t" and text[i + 2:i + 3].isalnum()
                                       or not after and i and not _after_sentence_end(text, i)):
                misspaced.append((i, "open"))  # said,“ We / said “ We / would “ at a line's end, its quotation on the
                # next (not 'Branch. “': a mark the page left between two sentences, NL205's)
            open_at = i
            continue
        # a quotation is open
        if mark.char == _CLOSE and before in " \t" and i >= 2 and not text[i - 2].isspace():
            misspaced.append((i, "close"))  # conflicts, ”he said / conflicts ” he said
            open_at = None
        elif mark.role == "open" and mark.char == _STRAIGHT and before == " " and i >= 2 and text[i - 2] == "," \
                and after.isalpha():
            if _LOST_BREAK.search(text, open_at, i) is None:
                misspaced.append((i, "close"))  # conflicts, "he said
                open_at = None
            else:
                open_at = i  # the quotation was left open at a paragraph break lost since: this mark opens another
        elif mark.role == "open":
            # a quotation reopened: a lost paragraph break ("…end. "Next…") or a nested quote
            if _after_sentence_end(text, i):
                if mark.char == _OPEN and text[open_at] == _OPEN:
                    reopened.append((open_at, i))
                open_at = i
        else:
            open_at = None
    return QuoteScan(open_at, misspaced, unopened, reopened)


_SPACED_STRAIGHT = ' " '
# a paragraph break lost inside an open quotation ('… for money.He added …', a one-line page's seam, NL103's): the
# quotation was left open at its paragraph's end, so a mark after a comma beyond it ('the investment, "does not …')
# opens a quotation of the next paragraph rather than closing that one with its space misplaced
_LOST_BREAK = regexcache.compile(r"[a-z]{2}[.!?][A-Z][a-z]")


def _spaced_inside_sentence(text: str, i: int) -> bool:
    """Whether the straight quote at ``i``, with a space on each side, stands inside a sentence ('was " a worry',
    'added, " A devaluation', 'the Whirlwind " White'): not after a digit (an inch mark, '42 " screen'), nor alone
    between two sentences ('on re-opening. " Also', NL205's)."""
    j = _space_before(text, i)
    return j > 0 and not text[j - 1].isdecimal() and _LONE.match(text, i) is None


def _after_sentence_end(text: str, i: int) -> bool:
    """Whether ``text[:i]`` ends with a sentence stop, closing marks and whitespace ('end. ' or 'end.” ').

    Walks back from ``i`` only as far as that tail goes, so that a paragraph of megabytes with many
    quotation marks costs what its marks do, not their number times its length."""
    j = _space_before(text, i)
    if j == i:
        return False
    while j > 0 and text[j - 1] in _AFTER_STOP:
        j -= 1
    return j > 0 and text[j - 1] in _SENTENCE_STOPS


def _starts_quotation(paragraph: Paragraph) -> bool:
    found = marks(paragraph.text[:2])
    return bool(found) and found[0].pos == 0 and found[0].role != "close"


def _telling_scans(article: Article) -> list[tuple[Paragraph, QuoteScan]]:
    """The paragraphs whose scan leaves a quotation open or finds a misspaced or unopened mark, with their scans: all
    that NL201, NL202 and NL203 read (one pass over the paragraphs for the three; none in an article without a double
    quote; in one of straight quotes only, a fifth of the articles, a paragraph without one is not scanned)."""
    text, paragraphs = article.text, article.paragraphs
    if _OPEN in text or _CLOSE in text:
        scanned = [(paragraph, scan(paragraph.text)) for paragraph in paragraphs]
    elif _STRAIGHT in text:
        scanned = [(paragraph, _scan_straight(paragraph.text) or _general_scan(paragraph.text))
                   for paragraph in paragraphs if _STRAIGHT in paragraph.text]
    else:
        return []  # no double quote at all
    return [(paragraph, result) for paragraph, result in scanned
            if result is not _NO_QUOTATION and (result.open_at is not None or result.misspaced or result.unopened
                                                 or result.reopened)]


def _quotation_tells(article: Article) -> list[tuple[Paragraph, QuoteScan]]:
    """The telling scans of ``article`` (:func:`_telling_scans`, kept on it for the three rules): none in nearly every
    article, where NL201 and NL203 are not asked (their gate; NL202's asks a colon's quotation too)."""
    return article.shared("quotes.telling-scans", _telling_scans)


def _may_leave_open(article: Article) -> bool:
    """Whether NL202 may report in ``article``: a scan that tells something, or a quotation after a colon (its gate)."""
    return bool(_quotation_tells(article)) or _colon_before_quote(article.text)


def _holds_both_styles(article: Article) -> bool:
    """Whether ``article`` holds a straight and a curly double quote: NL204's first test, its gate (33c)."""
    return '"' in article.text and (_OPEN in article.text or _CLOSE in article.text)


class _QuoteRule(Rule):
    """Shared access to the per-article quotation scan (computed once for all quote rules)."""

    trigger = ArticleGate(_quotation_tells)  # one question for NL201 and NL203 (33c)

    def scans(self, article: Article) -> Iterable[tuple[Paragraph, QuoteScan]]:
        """Each paragraph whose scan has something to tell, with its scan (a scan that tells nothing reports
        nothing)."""
        return _quotation_tells(article)


class QuoteSpacing(_QuoteRule):
    code = "NL201"
    name = "quote-spacing"
    severity = Severity.WARNING
    summary = "A space on the wrong side of a quotation mark."
    bad = "“We do not want conflicts, ”he said."
    good = "“We do not want conflicts,” he said."

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph, result in self.scans(article):
            text = paragraph.text
            for i, side in result.misspaced:
                if side == "close":  # "x, ”he" → "x,” he"; "x ” he" → "x” he"
                    start, end = _space_before(text, i), i + 1  # (never a copy of the text: a paragraph may be MBs)
                    replacement = text[i] + (" " if text[i + 1:i + 2].isalnum() else "")
                elif i + 1 == len(text):  # 'she would “' / 'seek …': a line broken at a link detached the mark
                    if paragraph.index + 1 < len(article.paragraphs):
                        yield self._detached(article, paragraph, i)
                    continue
                else:  # "said,“ We" → "said, “We"; "said “ We" → "said “We"
                    start, end = i, _space_after(text, i + 1)
                    replacement = (" " if i and not text[i - 1].isspace() else "") + text[i]
                abs_start, abs_end = paragraph.start + start, paragraph.start + end
                context = text[max(0, start - 12): end + 12]
                yield self.finding(abs_start, abs_end, f"space on the wrong side of the quotation mark in {quote(context)}",
                                   Fix.replace(abs_start, abs_end, replacement, description="move the space"))


    def _detached(self, article: Article, paragraph: Paragraph, i: int) -> Finding:
        """The opening mark at ``i``, the end of ``paragraph``, whose quotation is the next paragraph's text: moved
        there."""
        after = article.paragraphs[paragraph.index + 1].start
        start = paragraph.start + _space_before(paragraph.text, i)
        fix = Fix((Edit(start, paragraph.start + i + 1, ""), Edit(after, after, _OPEN)), safe=False,
                  description="move the quotation mark to the next line")
        return self.finding(paragraph.start + i, paragraph.start + i + 1, "opening quotation mark at the end of a "
                            f"line, detached from its quotation in {quote(paragraph.text[-24:])}", fix)


def _space_before(text: str, i: int) -> int:
    """Where the run of whitespace that ends at ``i`` starts."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _space_after(text: str, i: int) -> int:
    """Where the run of whitespace that starts at ``i`` ends."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i


class UnclosedQuote(_QuoteRule):
    code = "NL202"
    name = "unclosed-quote"
    severity = Severity.WARNING
    summary = "A quotation left open at the end of a paragraph that the next paragraph does not continue."
    bad = "“The best way is diplomacy.\n\nA soldier walks along a trench. (Photo by X / AFP)"
    good = "“The best way is diplomacy.\n\n“And that is what I look forward to,” he said."
    explanation = ("A multi-paragraph quotation leaves each paragraph open and reopens the next one with an "
                   "opening quote; that is correct and not flagged. A quotation open at the very end of an "
                   "article is not flagged either: the text was cut there, which is not a quoting defect. A "
                   "quotation still open where another opens after a colon ('… unlimited. \"A notice on the site "
                   "states: \"It is …') lost its closing mark, or its opening mark is stray: reported at that mark. "
                   "So did a curly quotation that another reopens after a sentence stop inside one paragraph ('… "
                   "their exposure. “Because you …'), where the page's paragraph breaks are kept (an article of "
                   "several paragraphs, a paragraph of ordinary length): in paragraphs an extractor ran together, "
                   "that is the multi-paragraph convention, and is left alone.")
    trigger = ArticleGate(_may_leave_open)

    def check(self, article: Article) -> Iterable[Finding]:
        paragraphs = article.paragraphs
        for paragraph, result in self.scans(article):
            if result.reopened and _holds_its_paragraph(article, paragraph):
                for first, second in result.reopened:
                    yield self._reopened(paragraph, first, second)
            if result.open_at is None:
                continue
            if paragraph.index + 1 == len(paragraphs) or _starts_quotation(paragraphs[paragraph.index + 1]):
                continue  # the article ends here: truncated text, not a defect one can point at
            if _laid_out_in_lines(paragraph.text) and _closed_further_on(paragraphs, paragraph.index + 1):
                continue  # a quotation broken over lines (a story printed in short lines, a sentence a line)
            start = paragraph.start + result.open_at
            opened = quote(paragraph.text[result.open_at:], 40)
            following = paragraphs[paragraph.index + 1].text
            if _is_caption(following):
                message = f"quotation {opened} is interrupted by a photo caption ({quote(following, 40)})"
            else:
                message = f"quotation {opened} is never closed"
            yield self.finding(start, paragraph.end, message)
        text = article.text
        if _colon_before_quote(text):  # most articles: none
            for first, second in _reopened_after_colon(text):
                yield self.finding(first, first + 1, _reopened_message(text, first, second))

    def _reopened(self, paragraph: Paragraph, first: int, second: int) -> Finding:
        """A quotation another opens inside one paragraph with none closed between: reported at the second mark."""
        return self.finding(paragraph.start + second, paragraph.start + second + 1,
                            _reopened_message(paragraph.text, first, second))


def _reopened_message(text: str, first: int, second: int) -> str:
    """The message of a quotation opened at ``text[first]`` that another opens at ``text[second]`` before it closed."""
    return (f"quotation {quote(text[first:second], 40)} is never closed: another opens at "
            f"{quote(text[max(first, second - 20):second + 12])}")


def _holds_its_paragraph(article: Article, paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is one paragraph of the page, not several run together by an extractor that lost their
    breaks (where a quotation reopened after a sentence stop is the multi-paragraph convention): a paragraph of
    ordinary length in an article of several paragraphs."""
    return len(paragraph.text) <= _PARAGRAPH_CHARS and len(article.paragraphs) >= _KEPT_BREAKS


_PARAGRAPH_CHARS = 1500  # longer: paragraphs run together
_KEPT_BREAKS = 5  # fewer paragraphs in the article: its breaks may be lost


def _laid_out_in_lines(text: str) -> bool:
    """A paragraph that is a line of a text laid out in lines: it ends a sentence, or is shorter than a line of prose
    (a long line cut mid-sentence is a paragraph split by an extractor, whose quotation is cut too)."""
    return text.rstrip(_AFTER_STOP + '"').endswith(tuple(_SENTENCE_STOPS)) or text.count(" ") < _PROSE_LINE_SPACES


_PROSE_LINE_SPACES = 11  # a line of twelve words or more is prose


def _closed_further_on(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether a quotation left open before ``paragraphs[index]`` is closed a few lines on: the first mark of the
    next paragraphs that hold one closes it (a story printed in short lines, a sentence a line), and no caption
    stands between (a caption that cuts a quotation is NL202's)."""
    for paragraph in paragraphs[index:index + _CLOSING_REACH]:
        if _is_caption(paragraph.text):
            return False
        found = marks(paragraph.text)
        if found:
            return found[0].role == "close"
    return False


_CLOSING_REACH = 8  # paragraphs after an open quotation searched for its closing mark: a short line's quotation spans
# a few of them


def _colon_before_quote(text: str) -> bool:
    """Whether ``text`` holds ``: "`` or ``: “``: a look after each colon (about one an article), found by a
    ``memchr``-fast ``find``, where the two phrases cost a scan each."""
    colon = text.find(":")
    while colon >= 0:
        if text.startswith(_QUOTE_AFTER_COLON, colon + 1):
            return True
        colon = text.find(":", colon + 1)
    return False


_QUOTE_AFTER_COLON = (' "', " “")


def _reopened_after_colon(text: str) -> Iterator[tuple[int, int]]:
    """Quotations left open where another opens after a colon ('… is unlimited. "A statement on the site states:
    "It is …'): the mark before ': "' opens a quotation too, so the first was never closed (its closing mark was
    lost, or it is a stray mark). A quotation reopened after a sentence's stop is the multi-paragraph convention
    of a page flattened to one line, and is left alone; one quoted inside another takes single marks. Each ': "'
    is found with ``str.find`` and the mark before it, on its line, with ``str.rfind`` (a regex scan from every mark
    cost twice the rule's other work)."""
    curly = _OPEN in text or _CLOSE in text
    for colon_quote in (': "', ": “") if curly else (': "',):
        colon = text.find(colon_quote)
        while colon >= 0:
            second, window = colon + 2, max(0, colon - _QUOTATION_REACH)
            first = text.rfind(_STRAIGHT, window, colon)
            if curly:
                first = max(first, text.rfind(_OPEN, window, colon), text.rfind(_CLOSE, window, colon))
            # most marks before a colon's quotation close one ('." He said: "'): one look at the character before
            if first > 0 and text[first - 1] in _OPENER_BEFORE and _opens(text, first) and _opens(text, second) \
                    and text.find("\n", first, colon) < 0:
                yield first, second
            colon = text.find(colon_quote, second)


_QUOTATION_REACH = 2000  # characters back from a quotation to the mark before it: a longer quotation is not judged


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` can only open a quotation."""
    return text[i] == _OPEN or (text[i] == _STRAIGHT and _straight_role(text, i) == "open")


def _is_caption(text: str) -> bool:
    """A paragraph that ends with a photo credit (what NL320 calls a caption)."""
    return any(not text[match.end():].strip() for match in CREDIT.finditer(text))


class UnopenedQuote(_QuoteRule):
    code = "NL203"
    name = "unopened-quote"
    severity = Severity.WARNING
    summary = "A closing quotation mark with no quotation open."
    bad = "The best way is diplomacy,” Blinken said."
    good = "“The best way is diplomacy,” Blinken said."

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph, result in self.scans(article):
            for i in result.unopened:
                start = paragraph.start + i
                yield self.finding(start, start + 1, f"closing quotation mark in "
                                   f"{quote(paragraph.text[max(0, i - 30): i + 12])} has no opening quote")


class MixedQuoteStyle(Rule):
    code = "NL204"
    name = "mixed-quote-style"
    severity = Severity.INFO
    summary = "Straight and curly double quotes in one article; the minority style is flagged."
    bad = "He said “yes”. … He warned the \"nightmare scenario\" was returning."
    good = "He said “yes”. … He warned the “nightmare scenario” was returning."
    explanation = ("Only a minority style in one or two paragraphs is reported: that is a quotation the ingest left "
                   "unconverted. A page whose minority style runs through more paragraphs (a live blog, a page "
                   "assembled from several sources) sets each part in its own style, and is left alone.")
    trigger = ArticleGate(_holds_both_styles)

    def check(self, article: Article) -> Iterable[Finding]:
        if not _holds_both_styles(article):
            return  # one style or none
        per_paragraph = [(p, _outside_links(article, p, marks(p.text))) for p in article.paragraphs
                         if '"' in p.text or _OPEN in p.text or _CLOSE in p.text]
        straight = sum(1 for _, ms in per_paragraph for m in ms if m.char == _STRAIGHT)
        curly = sum(1 for _, ms in per_paragraph for m in ms if m.char != _STRAIGHT)
        if not straight or not curly:
            return
        minority_straight = straight < curly or (straight == curly and _first_is_curly(per_paragraph))
        style, other = ("straight", "curly") if minority_straight else ("curly", "straight")
        odd_paragraphs = [(paragraph, odd) for paragraph, ms in per_paragraph
                          if (odd := [m for m in ms if (m.char == _STRAIGHT) == minority_straight])]
        if len(odd_paragraphs) > _MAX_STRAY_PARAGRAPHS:
            return  # a live blog or a page of several sources sets each part in its own style: no ingest defect
        for paragraph, odd in odd_paragraphs:
            start, end = paragraph.start + odd[0].pos, paragraph.start + odd[-1].pos + 1
            fix = None
            if minority_straight and len(odd) % 2 == 0:
                fix = Fix(tuple(Edit(paragraph.start + m.pos, paragraph.start + m.pos + 1, _OPEN if k % 2 == 0 else _CLOSE)
                                for k, m in enumerate(odd)), safe=False, description="use curly quotes")
            yield self.finding(start, end, f"{style} quotes in an article set in {other} quotes: "
                               f"{quote(article.text[start:end], 50)}", fix)


# More paragraphs than this in the minority style: the page mixes styles by its parts (left alone).
_MAX_STRAY_PARAGRAPHS = 2


def _outside_links(article: Article, paragraph: Paragraph, found: list[Mark]) -> list[Mark]:
    """The marks of ``found`` (in ``paragraph``) outside the article's link markup (``Article.link_targets``: a
    Markdown link's title, ``[text](url "Title")``, is set straight by the format, whatever the story's style)."""
    if not article.link_targets:
        return found
    targets = [(start - paragraph.start, end - paragraph.start) for start, end in article.link_targets
               if start < paragraph.start + len(paragraph.text) and paragraph.start < end]
    return [m for m in found if not any(start <= m.pos < end for start, end in targets)] if targets else found


def _first_is_curly(per_paragraph: list[tuple[Paragraph, list[Mark]]]) -> bool:
    """On a tie, the style used first wins: True when the first mark is curly."""
    return next(m.char for _, ms in per_paragraph for m in ms) != _STRAIGHT


# a straight quote beside a curly one ('saying "“It’s', 'us.”"I think'), or two curly ones of one side ('““'):
# one of them belongs to no quotation ('”“', a quotation glued to the next, is NL103's; '""' is how CSV escapes a
# quote and how scrapes join two quoted paragraphs)
_DOUBLED = regexcache.compile(r'"[“”]|[“”]"|““|””')
# a straight quote between two sentences, with white space (or the paragraph's edge) on both sides, which opens
# or closes neither: 'on re-opening.\n" Also all…', 'on re-opening. " Also all…' (inside a sentence, 'added, " A',
# 'the "Whirlwind " White', it is misspaced rather than stray: left alone)
# three single quotation marks in a row ('''We): a double quote typed as two single ones beside a single one, or a
# stray mark; no quotation convention sets three (a double one closes beside a single one as '" or ’”)
_TRIPLED = regexcache.compile(r"['‘’]{3,}")
# the two searched in RE2 over the whole text first: Python's re tests a class of marks beyond ASCII at every character,
# about 170 instructions a character of a two-byte text
_DOUBLED_CUES, _TRIPLED_CUES = Cues(_DOUBLED.pattern), Cues(_TRIPLED.pattern)
# (the mark first, what stands before it looked back at from after it: ``re`` finds the literal mark at C speed where
# look-behinds first were tried at every character, 24 k instructions an article of the mix that NL205 runs on;
# held to that form in tests/rules/test_stray_quotes.py)
_LONE = regexcache.compile(_STRAIGHT + r"(?=\s|$)(?:(?<=^\")|(?<=[.!?…] \")|(?<=[.!?…][’'”)] \"))")
# a closing single quote after a word's sentence stop ('the governor added.’ Amidst'): a closing mark, never an
# apostrophe (those stand after a letter: didn’t, Jones’; 'Inc.’s' is followed by its s, 'U.S.’' ends a capital);
# stray when no single quotation opens before it in its paragraph (British quotes and nested ones open theirs there)
_SINGLE_CLOSE = regexcache.compile(r"’(?<=[a-z]{2}[.!?]’)(?=\s|$|[A-Z])")
_SINGLE_CLOSE_CUE = r"[a-z][a-z][.!?]’(?:\s|$|[A-Z])"  # the same for RE2, in the trigger
# an opening single mark other than ‘ (looked for first): a straight or a right single quote set after white space,
# a bracket or a double mark (pages that set every single quote straight, or as ’)
_SINGLE_OPEN = regexcache.compile(r"(?:^|[\s(\[“\"])['’]")


class StrayQuote(Rule):
    code = "NL205"
    name = "stray-quote"
    severity = Severity.WARNING
    summary = ("A quotation mark that belongs to no quotation: doubled, alone between two sentences, three single "
               "ones in a row, or a closing single one no single quotation opened.")
    bad = "He answered for a second time, saying \"“It is not about who is right.”"
    good = "He answered for a second time, saying: “It is not about who is right.”"
    explanation = ("Extractors and pages leave quotation marks that open or close nothing: a straight quote "
                   "beside a curly one ('saying \"“It'), two opening or two closing curly quotes side by side, or "
                   "a straight quote with spaces on both sides between two sentences ('re-opening. \" Also'), "
                   "which opens or closes neither. Two straight quotes ('\"\"') are left alone: "
                   "CSV escaping and scrapes that join quoted paragraphs write them. Three single quotation marks "
                   "in a row (\"'''We\") are a double quote typed as two single ones beside a single one, or a "
                   "stray mark: no quotation convention sets three. A closing single quote after a word's sentence "
                   "stop ('the governor added.’') with no single quotation opened before it in its paragraph closes "
                   "nothing: an apostrophe follows a letter, and British and nested quotations open theirs.")
    # (a paragraph starts after white space)
    trigger = Trigger(pattern=Cues(_DOUBLED.pattern + r'|(?:^|\s)"(?:\s|$)|' + _TRIPLED.pattern + "|"
                                   + _SINGLE_CLOSE_CUE))

    def check(self, article: Article) -> Iterable[Finding]:
        tripled = _TRIPLED_CUES.found(article.text)  # one search: most articles have no three in a row
        doubled = _DOUBLED_CUES.found(article.text)
        single = _SINGLE_CLOSE.search(article.text) is not None  # (the mark found at C speed, then its neighbours)
        for paragraph in article.paragraphs:
            body = paragraph.text
            for match in _DOUBLED.finditer(body) if doubled else ():
                start = paragraph.start + match.start()
                yield self.finding(start, start + 2, f"doubled quotation mark {quote(match.group())} in "
                                   f"{quote(body[max(0, match.start() - 30):match.end() + 20])}")
            if tripled:
                for match in _TRIPLED.finditer(body):
                    start = paragraph.start + match.start()
                    yield self.finding(start, paragraph.start + match.end(), f"{len(match.group())} single quotation "
                                       f"marks in a row in {quote(body[max(0, match.start() - 30):match.end() + 20])}")
            if single and "’" in body:
                yield from self._unopened_single(paragraph)
            if '"' not in body:
                continue
            for match in _LONE.finditer(body):
                start = paragraph.start + match.start()
                yield self.finding(start, start + 1, "straight quotation mark alone between two sentences in "
                                   f"{quote(body[max(0, match.start() - 30):match.end() + 20])}")

    def _unopened_single(self, paragraph: Paragraph) -> Iterator[Finding]:
        """Closing single quotes after a sentence stop with no single quotation opened before them in the
        paragraph ('… is not linked to the report,” the governor added.’')."""
        body = paragraph.text
        for match in _SINGLE_CLOSE.finditer(body):
            at = match.start()
            if body.find("‘", 0, at) < 0 and _SINGLE_OPEN.search(body, 0, at) is None:
                yield self.finding(paragraph.start + at, paragraph.start + at + 1, "closing single quotation mark "
                                   f"with no single quotation open in {quote(body[max(0, at - 30):at + 20])}")


# a possessive's apostrophe written apart from its word, where a page set the word as a link or in italics and the
# extractor spaced it: before the 's ('Agency 's daily', 'Chardin ‘s Basket') or after a plural's s ('rivals ’ plan');
# not a quoted letter ('the 's' key'), a Dutch name ('s-Hertogenbosch) or a mark between two spaces after any
# other letter (a quotation's misspaced mark)
_DETACHED_APOSTROPHE = regexcache.compile(
    r"['’‘](?<=[A-Za-z] .)s(?=[ \n,.;:!?)])(?! ['’])|['’](?<=[a-z]s .)(?= [a-z])")
_DETACHED_CUES = Cues(r"[A-Za-z] ['’‘]s[ \n,.;:!?)]|[a-z]s ['’] [a-z]")  # the same for RE2, the trigger


class DetachedApostrophe(Rule):
    code = "NL206"
    name = "detached-apostrophe"
    severity = Severity.WARNING
    summary = "A possessive's apostrophe written apart from its word ('Agency 's daily', 'rivals ’ plan')."
    bad = "The two rivals ’ plan is working, and the Harbour Agency 's figures show it."
    good = "The two rivals’ plan is working, and the Harbour Agency's figures show it."
    explanation = ("A page that sets a name as a link or in italics ends the element before the possessive; an "
                   "extractor that joins elements with a space leaves the apostrophe apart from its word; a page that "
                   "prints the space itself reads the same and is reported too. Left alone: "
                   "a quoted letter ('the 's' key'), a Dutch place name ('s-Hertogenbosch), and text the OCR gate "
                   "judges a scan's, whose spaces around marks are the scan's.")
    trigger = Trigger(pattern=_DETACHED_CUES)

    def check(self, article: Article) -> Iterable[Finding]:
        if _DETACHED_APOSTROPHE.search(article.text) is None or article.ocr.ocr:
            return
        for paragraph in article.paragraphs:
            text = paragraph.text
            for match in _DETACHED_APOSTROPHE.finditer(text):
                at = match.start()
                if text[at + 1] == " " and text.rfind("‘", 0, at) > text.rfind("’", 0, at):
                    continue  # after a plural's s, a single quotation open: its misspaced closing mark ('‘ reckless ’')
                shown = quote(text[max(0, at - 20):at + 12])
                yield self.finding(paragraph.start + at, paragraph.start + at + 1,
                                   f"apostrophe written apart from its word in {shown}",
                                   Fix.replace(paragraph.start + at - 1, paragraph.start + at, "", safe=False,
                                               description="join the apostrophe to its word"))


RULES = (QuoteSpacing, UnclosedQuote, UnopenedQuote, MixedQuoteStyle, StrayQuote, DetachedApostrophe)
