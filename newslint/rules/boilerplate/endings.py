"""NL318: the last words of a flattened page without a full stop, and the page's furniture after its story."""

from __future__ import annotations

import re
from typing import Iterable

from newslint import regexcache
from newslint.model import Article
from newslint.rule import Finding, Rule, Severity, quote
from newslint.textutil import sentence_spans, word_texts


_ENDED = regexcache.compile(r"[.!?…:;][\"'”’)\]]*\s*$")  # a closing quote without a stop does not end the text
_LAST_STOP = regexcache.compile(r".*[.!?…][\"'”’)\]]*(?=\s)", re.S)
MIN_FLAT_LENGTH = 500  # characters: a shorter last paragraph may be a list or a sign-off, not a flattened page
MIN_PAGE_LINE = 2000  # characters of a one-line page (a whole page an extractor joined with spaces)
PAGE_LINE_SHARE = 0.9  # of the text that line holds: an extract with a few lines of its own is not such a page
STORY_SENTENCE_WORDS = 8  # words of a sentence that reads as the story's, where the story is looked for
STORY_REACH = 4000  # characters before the unfinished end searched for the story's last sentence


class UnfinishedEnding(Rule):
    code = "NL318"
    name = "unfinished-ending"
    severity = Severity.WARNING
    summary = "A long one-line text ends without a full stop: a caption or page line was left at the end."
    bad = "…as Real prepared for the derby. The Portuguese star shows off his skills in training on Monday"
    good = "…as Real prepared for the derby."
    explanation = ("A page flattened into one long paragraph ends with what followed the story: a photo caption, "
                   "'Follow X on Twitter', a link to a related page, a results table, all of which lack a full "
                   "stop. The finding covers the words after the last sentence stop (or the text was cut off). "
                   "Where the whole page stands on one line, what stands between the story's last sentence and "
                   "those words (a tag list, a footer's menu, a box of headlines, a newsletter's prompt) is "
                   "reported too.")

    def check(self, article: Article) -> Iterable[Finding]:
        if not article.paragraphs or len(article.paragraphs) > 2:
            return  # a page of several paragraphs was not flattened: its last line is NL311's
        last = article.paragraphs[-1]
        text = last.text.rstrip()
        if len(text) < MIN_FLAT_LENGTH or _ENDED.search(text[-4:]) or not text[-1].isalnum() and text[-1] not in ")'’\"”":
            return
        stop = _LAST_STOP.match(text, max(0, len(text) - 400))
        start = stop.end() if stop else max(0, len(text) - 400)
        start += len(text[start:]) - len(text[start:].lstrip())
        if len(text) >= MIN_PAGE_LINE and len(text) >= PAGE_LINE_SHARE * len(article.text):
            furniture = _after_story(text, start)
            if furniture:
                begin, end = furniture
                yield self.finding(last.start + begin, last.start + end,
                                   f"the page goes on after the story's last sentence: {quote(text[begin:end])}")
        tail = text[start:]
        yield self.finding(last.start + start, last.start + len(text),
                           f"the text ends without a full stop (a caption or page line?): {quote(tail)}")


def _after_story(text: str, end: int) -> tuple[int, int] | None:
    """The stretch of a one-line page between its story's last sentence and ``end``, the unfinished words that
    close the page: the story's sentence eight words long or more and reading as prose (``_prose``, one word of the
    site's business allowed: 'support his family'), then any shorter one of four words or more with none. None
    where no such sentence stands within ``STORY_REACH`` characters before ``end``, or none but white space follows."""
    window = max(0, end - STORY_REACH)
    spans = [(window + a, window + b) for a, b in sentence_spans(text[window:end])]
    story = next((i for i in range(len(spans) - 1, -1, -1)
                  if _prose(text[spans[i][0]:spans[i][1]], STORY_SENTENCE_WORDS, 1)), None)
    if story is None:
        return None
    while story + 1 < len(spans) and _prose(text[spans[story + 1][0]:spans[story + 1][1]], MIN_STORY_WORDS, 0):
        story += 1
    begin = spans[story][1]
    begin += len(text[begin:end]) - len(text[begin:end].lstrip())
    stop = begin + len(text[begin:end].rstrip())
    return (begin, stop) if begin < stop else None


MIN_STORY_WORDS = 4  # words of a shorter sentence of the story after its last long one ("He denies the charges.")
_SENTENCE_END = regexcache.compile(r"\w[.!?][\"'”’)]*$")


def _prose(sentence: str, min_words: int, business_words: int) -> bool:
    """Whether ``sentence`` reads as the story's: ``min_words`` words or more, two function words or more, a final
    stop, at most ``business_words`` words of the site's business (NL342's: 'subscribe', 'newsletter', 'terms')."""
    from newslint.rules.boilerplate.one_line import _FUNCTION_WORDS  # (one_line imports the line rules)
    from newslint.rules.lines.prompts import BUSINESS_HINTS
    words = [word.lower() for word in word_texts(sentence)]
    return len(words) >= min_words and sum(word in _FUNCTION_WORDS for word in words) >= 2 \
        and _SENTENCE_END.search(sentence.rstrip()) is not None \
        and len(BUSINESS_HINTS.intersection(words)) <= business_words
