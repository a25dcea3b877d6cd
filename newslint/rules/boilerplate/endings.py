"""NL318: what a page printed after its story: the last words of a flattened page without a full stop, the page's
furniture after its story's last sentence, another document after the story."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain, compress
from operator import itemgetter
from typing import Iterable

from newslint import regexcache
from newslint.engine import ArticleGate
from newslint.model import Article
from newslint.rule import Finding, Rule, Severity, quote
from newslint.textutil import sentence_spans, word_texts


_ENDED = regexcache.compile(r"[.!?…:;][\"'”’)\]]*\s*$")  # a closing quote without a stop does not end the text
_LAST_STOP = regexcache.compile(r".*[.!?…][\"'”’)\]]*(?=\s)", re.S)
MIN_FLAT_LENGTH = 500  # characters: a shorter last paragraph may be a list or a sign-off, not a flattened page
MIN_PAGE_LINE = 2000  # characters of a one-line page (a whole page an extractor joined with spaces)
PAGE_LINE_SHARE = 0.9  # of the text that line holds: an extract with a few lines of its own is not such a page
STORY_SENTENCE_WORDS = 8  # words of a sentence that reads as the story's, where the story is looked for
STORY_REACHES = (600, 4000)  # characters before the unfinished end searched for the story's last sentence, near first


def _may_end_unfinished(article: Article) -> bool:
    """NL318's gate: more than two paragraphs, enough for ``second_document`` to read, or a last paragraph of
    ``MIN_FLAT_LENGTH`` characters or more."""
    paragraphs = article.paragraphs
    if len(paragraphs) > 2:
        return len(paragraphs) >= MIN_DOCUMENT_PARAGRAPHS and len(article.text) >= MIN_DOCUMENT_TEXT
    return bool(paragraphs) and len(paragraphs[-1].text) >= MIN_FLAT_LENGTH


class UnfinishedEnding(Rule):
    code = "NL318"
    name = "unfinished-ending"
    severity = Severity.WARNING
    summary = ("A long one-line text ends without a full stop (a caption or page line was left at the end), or "
               "the page's footer runs to its copyright notice, or another document follows the story.")
    bad = "…as Real prepared for the derby. The Portuguese star shows off his skills in training on Monday"
    good = "…as Real prepared for the derby."
    explanation = ("A page flattened into one long paragraph ends with what followed the story: a photo caption, "
                   "'Follow X on Twitter', a link to a related page, a results table, a sign-off byline ('… By Jane "
                   "Doe, CNN'), all of which lack a full stop. The finding covers the words after the last sentence stop (or the text was cut off). "
                   "Where the whole page stands on one line, what stands between the story's last sentence and "
                   "those words (a tag list, a footer's menu, a box of headlines, a newsletter's prompt) is "
                   "reported too, and so is the page's footer before a copyright notice that ends it. In a text of "
                   "many paragraphs, another document after the story (another article, a programme's description "
                   "the page carries below it), told apart by its names: the "
                   "capitalised words it repeats are not the story's, and the story's are not its own.")
    trigger = ArticleGate(_may_end_unfinished)

    def check(self, article: Article) -> Iterable[Finding]:
        if len(article.paragraphs) > 2:  # a page of several paragraphs was not flattened: its last line is NL311's
            start = second_document(article)
            if start is not None:
                first, last = article.paragraphs[start], article.paragraphs[-1]
                yield self.finding(first.start, last.end, f"another document follows the story (its names are not "
                                                          f"the story's): {quote(article.text[first.start:last.end])}")
            return
        if not article.paragraphs:
            return
        last = article.paragraphs[-1]
        text = last.text.rstrip()
        if len(text) < MIN_FLAT_LENGTH:
            return
        one_line = len(text) >= MIN_PAGE_LINE and len(text) >= PAGE_LINE_SHARE * len(article.text)
        if _ENDED.search(text[-4:]) or not text[-1].isalnum() and text[-1] not in ")'’\"”":
            if one_line:
                yield from self._footer(article, last.start, text)
            return
        stop = _LAST_STOP.match(text, max(0, len(text) - 400))
        start = stop.end() if stop else max(0, len(text) - 400)
        start += len(text[start:]) - len(text[start:].lstrip())
        if one_line:
            furniture = _after_story(text, start)
            if furniture and not article.ocr.ocr:  # an OCR page's sentences are broken by its misreadings
                begin, end = furniture
                yield self.finding(last.start + begin, last.start + end,
                                   f"the page goes on after the story's last sentence: {quote(text[begin:end])}")
        tail = text[start:]
        yield self.finding(last.start + start, last.start + len(text),
                           f"the text ends without a full stop (a caption or page line?): {quote(tail)}")

    def _footer(self, article: Article, offset: int, text: str) -> Iterable[Finding]:
        """A one-line page (``text``) that ends with a copyright notice ('© 2021 Valley Media. All rights reserved.'):
        what stands between the story's last sentence and the notice is the page's footer (its menus, links, motto,
        address), reported with the notice."""
        reach = len(text) - COPYRIGHT_REACH
        notice = _COPYRIGHT.search(text, reach) if any(map(text[reach:].__contains__, _COPYRIGHT_SIGNS)) else None
        furniture = _after_story(text, notice.start()) if notice else None
        if furniture and not article.ocr.ocr:
            begin = furniture[0]
            yield self.finding(offset + begin, offset + len(text),
                               f"the page's footer after the story's last sentence: {quote(text[begin:])}")


# a copyright notice: the sign or the word, then a year or the rights reserved within the sentence ('Copyright ©
# The Valley Post Limited 2020.', '© 2021 Valley Media. All rights reserved.'), not 'Copyright lawyers said …'
_COPYRIGHT = regexcache.compile(r"(?:©|Copyright|COPYRIGHT)[^.!?\n]{0,60}?"
                                r"(?:\b(?:19|20)[0-9][0-9]\b|[Rr]ights [Rr]eserved)")
_COPYRIGHT_SIGNS = ("©", "Copyright", "COPYRIGHT")  # one opens every _COPYRIGHT match (asked first)
COPYRIGHT_REACH = 200  # characters at the page's end searched for its copyright notice


def _after_story(text: str, end: int) -> tuple[int, int] | None:
    """The stretch of a one-line page between its story's last sentence and ``end``, the unfinished words that
    close the page: the story's sentence eight words long or more and reading as prose (``_prose``, one word of the
    site's business allowed: 'support his family'), then any shorter one of four words or more with none. None
    where no such sentence stands within ``STORY_REACHES[-1]`` characters before ``end``, or none but white space
    follows."""
    for reach in STORY_REACHES:
        window = max(0, end - reach)
        spans = [(window + a, window + b) for a, b in sentence_spans(text[window:end])]
        story = next((i for i in range(len(spans) - 1, -1, -1)
                      if _prose(text[spans[i][0]:spans[i][1]], STORY_SENTENCE_WORDS, 1)), None)
        if story is not None and (story > 0 or window == 0):
            break  # a whole sentence (the window's first may be cut short); most pages' story ends close by
    else:
        return None
    while story + 1 < len(spans) and _prose(text[spans[story + 1][0]:spans[story + 1][1]], MIN_STORY_WORDS, 0):
        story += 1
    begin = spans[story][1]
    begin += len(text[begin:end]) - len(text[begin:end].lstrip())
    stop = begin + len(text[begin:end].rstrip())
    return (begin, stop) if begin < stop else None


MIN_STORY_WORDS = 4  # words of a shorter sentence of the story after its last long one ("He denies the charges.")
_SENTENCE_END = regexcache.compile(r"\w[.!?][\"'”’)]*$")
SENTENCE_END_REACH = 16  # characters of a sentence's end searched for its stop (and the closing marks after it)


def _prose(sentence: str, min_words: int, business_words: int) -> bool:
    """Whether ``sentence`` reads as the story's: ``min_words`` words or more, two function words or more, a final
    stop, at most ``business_words`` words of the site's business (NL342's: 'subscribe', 'newsletter', 'terms')."""
    from newslint.rules.boilerplate.one_line import _FUNCTION_WORDS  # (one_line imports the line rules)
    from newslint.rules.lines.prompts import BUSINESS_HINTS
    if _SENTENCE_END.search(sentence.rstrip()[-SENTENCE_END_REACH:]) is None:
        return False  # (asked first, of its end: a menu's run of labels, thousands of characters without a stop)
    words = [word.lower() for word in word_texts(sentence)]
    return len(words) >= min_words and sum(word in _FUNCTION_WORDS for word in words) >= 2 \
        and len(BUSINESS_HINTS.intersection(words)) <= business_words


MIN_DOCUMENT_PARAGRAPHS = 12  # paragraphs of a text read for a second document (a page, or a long extract)
MIN_DOCUMENT_TEXT = 5000  # characters of such a text
MIN_SIDE_PROSE = 1500  # characters of prose paragraphs (fifteen words or more, a final stop) on each side of a cut
PROSE_PARAGRAPH_WORDS = 15
OWN_NAME_MENTIONS = 3  # mentions of a capitalised word that make it one of a side's own names
MIN_STORY_NAMES = 3  # own names of the story before a cut
MIN_SECOND_NAMES = 6  # own names of the document after it: a cast of its own, not a story's last turn
MAX_STORY_NAMES_AFTER = 0.25  # share of the story's own names the text after the cut mentions
MAX_SECOND_NAMES_BEFORE = 0.15  # share of the second document's own names the story mentions
_PROSE_END = ('.', '!', '?', '"', '”', '’')
_NOT_NAMES = frozenset("""the a an of and for with to in on at by or i you we he she it they when what who is are
was were be have has had will your my his her their our not no do does can that this from into than as if but so up
me him them us all how why where which mr mrs ms dr said says also however after before while""".split())


def second_document(article: Article) -> int | None:
    """The index of the paragraph where another document starts after the story (another article, a programme's
    description, a report the page carries below it), or None. A cut between paragraphs, with prose on each side,
    where the capitalised words the text after it mentions three times or more (its own names, six at the least)
    are nearly all absent before it, and the story's own names nearly all absent after it: a story that turns to a
    new side keeps naming its subject. The document starts at the first paragraph after the cut that names one of
    its own names. Only the words the whole text mentions three times or more are tallied: no other can be a
    side's own name."""
    paragraphs = article.paragraphs
    if len(paragraphs) < MIN_DOCUMENT_PARAGRAPHS or len(article.text) < MIN_DOCUMENT_TEXT:
        return None
    names = [[word for word in compress(words, map(str.isupper, map(itemgetter(0), words)))
              if len(word) > 1 and word.lower() not in _NOT_NAMES] for words in article.paragraph_words]
    mentions = Counter(chain.from_iterable(names))
    if sum(count >= OWN_NAME_MENTIONS for count in mentions.values()) < MIN_SECOND_NAMES:
        return None  # no cut can leave six own names after it
    names = [[word for word in paragraph if mentions[word] >= OWN_NAME_MENTIONS] for paragraph in names]
    prose = [len(p.text) if len(words) >= PROSE_PARAGRAPH_WORDS and p.text.rstrip().endswith(_PROSE_END) else 0
             for p, words in zip(paragraphs, article.paragraph_words)]
    tally = _CutTally(mentions, names)
    before, after = 0, sum(prose)
    for i in range(len(paragraphs) - 1):
        tally.move(names[i])
        before, after = before + prose[i], after - prose[i]
        if before >= MIN_SIDE_PROSE and after >= MIN_SIDE_PROSE and tally.apart():
            start = i + 1
            while start < len(paragraphs) - 1 and not tally.names_the_second(names[start]):
                start += 1
            return start
    return None


class _CutTally:
    """Each name's mentions before and after a cut moved paragraph by paragraph, and how many names are each
    side's own (``OWN_NAME_MENTIONS``) and named on the other side, kept as each mention moves (linear)."""

    def __init__(self, mentions: Counter[str], names: list[list[str]]) -> None:
        self.before: dict[str, int] = {}
        self.after: dict[str, int] = {name: mentions[name] for paragraph in names for name in paragraph}
        self.own_before = self.own_before_named_after = 0
        self.own_after = len(self.after)  # (every name tallied is mentioned three times or more)
        self.own_after_named_before = 0

    def move(self, paragraph: list[str]) -> None:
        """Moves a paragraph's mentions from after the cut to before it, each side's counts kept as they go."""
        own = OWN_NAME_MENTIONS
        for name in paragraph:
            before, after = self.before.get(name, 0), self.after[name]
            self.before[name], self.after[name] = before + 1, after - 1
            # the counts change only where a side's tally crosses ``own`` or the other side's leaves or reaches zero
            if before + 1 == own:
                self.own_before += 1
                self.own_before_named_after += after > 1
            elif before >= own and after == 1:
                self.own_before_named_after -= 1
            if after == own:
                self.own_after -= 1
                self.own_after_named_before -= before > 0
            elif after > own and before == 0:
                self.own_after_named_before += 1

    def apart(self) -> bool:
        """Whether the two sides name different casts (see ``second_document``)."""
        return self.own_before >= MIN_STORY_NAMES and self.own_after >= MIN_SECOND_NAMES \
            and self.own_before_named_after <= MAX_STORY_NAMES_AFTER * self.own_before \
            and self.own_after_named_before <= MAX_SECOND_NAMES_BEFORE * self.own_after

    def names_the_second(self, paragraph: list[str]) -> bool:
        """Whether a paragraph names one of the second document's own names that the story does not."""
        return any(self.after[name] >= OWN_NAME_MENTIONS and not self.before.get(name) for name in paragraph)
