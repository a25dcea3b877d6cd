"""What more than one of the extraction rules uses: an article's segments and word counts, dictionary look-ups,
small word lists, and the base class.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from operator import methodcaller
from typing import Iterable, Iterator

from newslint import regexcache
from newslint import lexicon, native, ngrams, textutil
from newslint.model import Article
from newslint.model import _count_words as _counter_of
from newslint.rule import Rule


_LETTERS = regexcache.compile(r"[^\W\d_]+")
# name particles and lower-case brands that may legitimately start a paragraph or a sentence
_LOWERCASE_STARTS = frozenset("""
de di da du des del della dos das van von der den ter ten le la al el bin ibn ben zu
ebay iphone ipad ipod itunes imac ios easyjet
""".split())
# acronyms that are often glued to the next word by markup: USSecretary, UKGovernment
_COMMON_ACRONYMS = frozenset("US UK EU UN USA UAE NATO".split())
# capitalised words that start a sentence but never end a camel-case brand (unlike In, On, It)
_SENTENCE_STARTERS = frozenset("The He She They We This These Those There But And His Her Their Mr Mrs Ms However "
                               "When While After Police".split())
# closed-class words and sentence adverbs that open a sentence but do not end a camel-case brand (the particles
# of LinkedIn, LogOn and PopUp are left out): a heading or credit glued to the sentence after it ('WriterFrom its')
_SENTENCE_OPENERS = frozenset("""
the a an this that these those his her its their there here he she they we you
from as at for with by after before when while what who how why where if but and or so yet still also since
although though despite during according some many most all every each both not no now then today yesterday
meanwhile however instead later soon unlike
""".split())


def _segments(article: Article) -> Iterator[tuple[int, str]]:
    """(offset, text) of the title, when there is one, and of every paragraph."""
    if article.title is not None:
        span = article.title.span
        yield span.start, article.text[span.start:span.end]
    for paragraph in article.paragraphs:
        yield paragraph.start, paragraph.text


def _title_tokens(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, text) of the title's word tokens (none without a title), found once per article for NL104, NL107
    and the word counts."""
    return article.shared("extraction.title_tokens", _find_title_tokens) if article.title is not None else []


def _find_title_tokens(article: Article) -> list[tuple[int, int, str]]:
    offset = article.title.span.start
    return [(offset + m.start(), offset + m.end(), m.group()) for m in textutil.WORD.finditer(article.title.value)]


class _Counts:
    """Case-sensitive token counts of an article (title included, possessives also count their base).

    Counted on first look-up only, once per article for all the rules here; :meth:`has` and :meth:`more_than` answer
    most questions without counting.
    """

    def __init__(self, article: Article, extra: Counter[str] | None = None) -> None:
        self.article = article
        self.extra = extra or _NO_EXTRA

    def __getitem__(self, word: str) -> int:
        return self.article.shared("extraction.counts", _count_words)[word] + self.extra.get(word, 0)

    def has(self, word: str) -> bool:
        """``self[word] > 0``: the article uses the word, or its possessive (whose count goes to it)."""
        used = _used_words(self.article)
        return word in used or f"{word}'s" in used or f"{word}’s" in used or self.extra.get(word, 0) > 0

    def more_than(self, word: str, count: int) -> bool:
        """``self[word] > count``, counted only where the article's text holds the word more than ``count`` times
        (each token it counts is a place of its own there: the word, or the word starting its possessive). A text
        longer than ``_SEARCHED_TEXT`` is counted at once: a search per question would grow with its length squared."""
        text = self.article.text
        if len(text) <= _SEARCHED_TEXT and text.count(word) + self.extra.get(word, 0) <= count:
            return False
        return self[word] > count


_SEARCHED_TEXT = 20_000  # characters: the longest text searched for each word asked (most articles: under 5,000)


def _used_words(article: Article) -> frozenset[str]:
    """The words ``_Counts`` counts (the body's and the title's): a word it counts 0 times is not among them, nor
    are its possessives."""
    return article.shared("extraction.used_words", _body_and_title_words)


def _body_and_title_words(article: Article) -> frozenset[str]:
    title = [word for _, _, word in _title_tokens(article)]
    return article.distinct_words.union(title) if title else article.distinct_words


_NO_EXTRA: dict[str, int] = {}  # no words split yet (a Counter made per article and rule cost more than its look-ups)


def _count_words(article: Article) -> Counter[str]:
    counts = _counter_of(article.words, Counter)  # compiled: a word's tokens are one string, counted by its address
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
    return _web_count(word.lower())


def _bigram(a: str, b: str) -> float:
    return _web_count(_bigram_key(a, b))


@lru_cache(maxsize=4096)
def _web_count(key: str) -> float:
    """``ngrams.count(key)``, kept: an SQLite query each, and NL107 asked two in five of its words again (a plural and
    its name in two ratios, the same names in other articles)."""
    return ngrams.count(key)


def _bigram_key(a: str, b: str) -> str:
    return f"{a.lower()} {b.lower()}"


class _ExtractionRule(Rule):
    """Shared dictionary look-ups that honour the user's accepted words."""

    def known(self, word: str) -> bool:
        return self.context.knows(word)

    def _longer_than_every_known_word(self, length: int) -> bool:
        """Whether no word of ``length`` letters or more is :meth:`known` (the word list's or the user's): a loop
        over ever longer words may stop there, not run on over a run of letters a megabyte long."""
        return lexicon.longer_than_every_word(length) and all(len(word) < length for word in self.context.accept_words)


# words no sentence, heading or caption ends on: a line that ends on one was cut
_NEVER_LAST = frozenset("the a an of to and or for with from by at in into on as than that its their his her our "
                        "my your whose".split())

# closed-class words that are never the first or last part of a word written solid
_FUNCTION_PARTS = frozenset("the of to and in for with its their his her our will that on from is was be are has have "
                            "by at as it this not an".split())
_DETERMINERS = frozenset("the a an its their his her our my your".split())  # not "that": "that willmean"


def whole_run_cues(text: str, cues: Iterable[int], reach: int, marks: str = ",.") -> list[int]:
    """``cues`` (offsets in ``text``) with more, ``reach`` apart, over the letters, digits and ``marks`` (commas and
    stops) around each (a space just before it passed over): given to ``cuewindows.finditer_near`` with that ``reach``, each window holds
    the whole run and ``reach`` characters beyond both ends, so a pattern whose every match lies in such a run around
    a cue (a look-behind before it, a look-ahead after it) finds there what the whole search finds, however long the
    run (a fixed reach cut a long word or number and lost its match). Each run is walked once: a later cue inside
    the run of the one before (sorted cues) takes its ends, so many cues in one long run cost no more than one."""
    stretched = []
    anchor, run_end = -1, -1  # a cue walked in full, and where its run ends
    for at in cues:
        if anchor < at <= run_end:  # every character from the anchor to here is the run's: the same end, and its
            stretched += (at, run_end)  # start's grid of cues is already there
            continue
        start, end = run_around(text, at, marks)
        stretched += range(start, end, reach)
        stretched += (at, end)
        anchor, run_end = at, end
    return sorted(stretched)


def run_around(text: str, at: int, marks: str = ",.") -> tuple[int, int]:
    """The run of letters, digits and ``marks`` (commas and stops) around offset ``at`` of ``text`` (a space just
    before it passed over), as (start, end)."""
    start = at - 1 if at > 0 and text[at - 1] == " " else at
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in marks):
        start -= 1
    end = at
    while end < len(text) and (text[end].isalnum() or text[end] in marks):
        end += 1
    return start, end


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return text[start:end]
