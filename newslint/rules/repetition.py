"""NL5xx: repetition: doubled words and phrases, names echoed by their own stem.

The consistency checks of this family (one article spelling a name two ways) are
the declarative pack ``rules/consistency.yaml``.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from itertools import compress, count, repeat
from operator import eq, itemgetter
from typing import Callable, Iterable, Iterator, Sequence

from newslint import native
from newslint.engine import ArticleGate
from newslint.model import Article, Token
from newslint.rule import Cues, Finding, Fix, Rule, quote

# doubled words that are never right: the fix deletes the repeat
_NEVER_DOUBLED = frozenset("the a an of to and or but for with from into onto than by its their our my your also".split())
# doubled words that can be right: "had had", "that that", "what it is is", "very very", "bye bye", "carried on on",
# "way way too much", "her great great grandfather"
_MAY_DOUBLE = frozenset("""
had that is was this do does there here now then so no yes very really well never far many much long
over on in up out off down about around through ha ho oh ah yeah bye boo tut hush
chop knock tick night big bad pretty too little go come hear wow blah la way great
""".split())
# words of a doubled phrase: no conjunctions, so "on and on and on" passes
_FUNCTION_WORDS = (_NEVER_DOUBLED - {"and", "or", "but"}) | frozenset("in on at is was it he she they we be as that this".split())
_LONGEST_PHRASE = 3


class DoubledWord(Rule):
    code = "NL501"
    name = "doubled-word"
    summary = "A word or short phrase repeated by accident (the the, in the in the)."
    # the writer's typo, which ingest copies faithfully, not ingest damage (ingest repeats whole elements, a caption or
    # a logo's alt text printed twice, which the line rules report): opt in with --extend-select NL501, as NL702
    default_enabled = False
    bad = "Lavrov met the the US Secretary of State."
    good = "Lavrov met the US Secretary of State."
    explanation = ("Doubles that grammar allows (had had, that that, what it is is), reduplications "
                   "(very very, bye bye) and names (Duran Duran, Talk Talk) pass. The fix, deleting the "
                   "repeat, is safe only for words that are never doubled (the, a, of, to ...). Off by default: "
                   "a doubled word is the writer's typo, which ingest copies as it stands; turn it on with "
                   "`--extend-select NL501` to proofread the copy itself.")

    def check(self, article: Article) -> Iterable[Finding]:
        lower = article.lower_words
        if not _may_repeat(lower):
            return  # the common case (a repeat across a paragraph break only costs the look below)
        start = 0
        for index, words in enumerate(article.paragraph_words):
            paragraph_lower, start = lower[start:start + len(words)], start + len(words)
            if _may_repeat(paragraph_lower) and _may_report(words, paragraph_lower):
                yield from self._check_paragraph(_ParagraphSpans(article, index), paragraph_lower, article.text, words)

    def _check_paragraph(self, tokens: Sequence[Token], words: list[str], text: str,
                         texts: list[str] | None = None) -> Iterator[Finding]:
        """The repeats in one paragraph (``words`` are its tokens lower-cased; ``texts``, as they stand, where
        given: only the repeats that may pass ``_judge`` told from them are looked at, the rest pass at once)."""

        white_gap = _white_gap(tokens, text)

        def spaced(i: int, j: int) -> bool:
            """True when tokens i..j are separated by nothing but white space."""
            return all(map(white_gap, range(i, j)))

        i = 0
        for candidate in _repeat_starts(words):  # where words[i] == words[i + size] for some size: the rest pass
            if candidate < i or texts is not None and not _may_report_at(texts, words, candidate):
                continue  # inside a repeat already reported, or no repeat there can pass _judge
            i = candidate
            if i + 1 >= len(words) or not white_gap(i):  # a repeat from i needs white space after word i ('a,a,a')
                i += 1
                continue
            for size in range(1, _LONGEST_PHRASE + 1):
                if i + size >= len(words) or words[i] != words[i + size]:
                    continue
                unit = words[i:i + size]
                end = i + size
                while words[end:end + size] == unit and spaced(end - 1, end + size - 1):
                    end += size
                if end > i + size and spaced(i, i + size - 1):
                    finding = self._judge(tokens, i, size, end, text)
                    if finding is not None:
                        yield finding
                        i = end - 1
                        break
            i += 1

    def _judge(self, tokens, i: int, size: int, end: int, text: str) -> Finding | None:
        first, repeats = tokens[i:i + size], tokens[i + size:end]
        if size == 1:
            word, lower = first[0].text, first[0].text.lower()
            if not word.isalpha() or lower in _MAY_DOUBLE:
                return None
            if lower not in _NEVER_DOUBLED and (word[0].isupper() or len(word) == 1
                                                or any(t.text != word for t in repeats)):
                return None  # names (Duran Duran), letters, and "law lord Lord Bingham"
            safe = lower in _NEVER_DOUBLED
        elif all(t.text.lower() in _FUNCTION_WORDS for t in first):
            safe = True
        else:
            return None
        start, stop = first[0].start, repeats[-1].end
        fix = Fix.replace(first[-1].end, stop, "", description="delete the repeat") if safe else None
        kind = "word" if size == 1 else "phrase"
        return self.finding(start, stop, f"repeated {kind} {quote(' '.join(text[start:stop].split()))}", fix)


def _white_gap(tokens: Sequence[Token], text: str) -> Callable[[int], bool]:
    """k → whether nothing but white space stands between tokens k and k + 1 of ``text`` (read from the starts
    ``_ParagraphSpans`` found, no token made)."""
    if isinstance(tokens, _ParagraphSpans):
        return tokens.white_gap
    return lambda k: text[tokens[k].end:tokens[k + 1].start].isspace()


def _python_word_starts(text: str, words: Sequence[str]) -> list[int]:
    """Where each of ``words`` (``text``'s word tokens, in order) starts in ``text``, found in turn with ``str.find``
    (exact: the text between two tokens cannot hold the next one; the twin of ``_speedups.word_starts``)."""
    starts, pos, find = [], 0, text.find
    for word in words:
        if (pos := find(word, pos)) < 0:
            raise ValueError("word_starts(): a word is not in the text after the one before")
        starts.append(pos)
        pos += len(word)
    return starts


_word_starts = native.pick("word_starts", _python_word_starts)


class _ParagraphSpans(Sequence):
    """A paragraph's tokens (``Article.paragraph_tokens``'), each made where read: all starts are found at once at C
    level, where locating them in Python (and making every token) cost up to a millisecond on a page of print."""

    def __init__(self, article: Article, index: int) -> None:
        paragraph = article.paragraphs[index]
        self._words = article.paragraph_words[index]
        self._starts = _word_starts(paragraph.text, self._words)
        self._offset, self._index, self._text = paragraph.start, index, article.text

    def __len__(self) -> int:
        return len(self._words)

    def __getitem__(self, at):
        if isinstance(at, slice):
            return [self[k] for k in range(*at.indices(len(self)))]
        word, start = self._words[at], self._starts[at] + self._offset
        return Token(word, start, start + len(word), self._index)

    def white_gap(self, k: int) -> bool:
        """Whether nothing but white space stands between tokens k and k + 1."""
        end = self._offset + self._starts[k] + len(self._words[k])
        return self._text[end:self._offset + self._starts[k + 1]].isspace()


def _may_report(words: list[str], lower: list[str]) -> bool:
    """False when no repeat in a paragraph can pass ``DoubledWord._judge`` (told from its words alone, before any
    token span is located): a repeated word must be a lower-case word that is never doubled, or one of
    ``_NEVER_DOUBLED``; a repeated phrase must be of function words. Most repeats are neither (numbers, had had)."""
    return any(_may_report_at(words, lower, i) for i in _repeat_starts(lower))


def _may_report_at(words: list[str], lower: list[str], i: int) -> bool:
    """Whether a repeat that starts at word ``i`` can pass ``DoubledWord._judge`` (see :func:`_may_report`)."""
    word = lower[i]
    if i + 1 < len(lower) and word == lower[i + 1] and words[i].isalpha() and word not in _MAY_DOUBLE and (
            word in _NEVER_DOUBLED or len(words[i]) > 1 and not words[i][0].isupper() and words[i + 1] == words[i]):
        return True
    return any(lower[i:i + size] == lower[i + size:i + 2 * size] and _FUNCTION_WORDS.issuperset(lower[i:i + size])
               for size in range(2, _LONGEST_PHRASE + 1))


def _python_repeat_starts(words: list[str], longest: int) -> list[int]:
    """In order, every i at which ``words[i] == words[i + size]`` for a size of 1 to ``longest`` (C-level passes;
    the twin of ``_speedups.repeat_starts``)."""
    starts: set[int] = set()
    for size in range(1, longest + 1):
        starts.update(compress(count(), map(eq, words, words[size:])))
    return sorted(starts)


_repeat_starts_within = native.pick("repeat_starts", _python_repeat_starts)


def _repeat_starts(words: list[str]) -> list[int]:
    """In order, every i at which ``words[i] == words[i + size]`` for a size of 1 to 3."""
    return _repeat_starts_within(words, _LONGEST_PHRASE)


def _phrase_twice(longest: int) -> re.Pattern[bytes]:
    """Bytes other than 0, two to ``longest`` of them, followed at once by the same bytes."""
    alternatives, group = [], 0
    for size in range(2, longest + 1):
        alternatives.append(rb"([^\x00])" * size + b"".join(rb"\%d" % (group + k) for k in range(1, size + 1)))
        group += size
    return re.compile(b"|".join(alternatives))


_FUNCTION_PHRASE_TWICE = _phrase_twice(_LONGEST_PHRASE)


@lru_cache(maxsize=4)
def _function_phrases(function_words: frozenset[str]) -> tuple[Cues, dict[str, int]]:
    """Four of ``function_words`` in a row, as whole words of the words joined by spaces: in every phrase of two or
    more of them followed by itself (RE2: one pass over the joined words, where coding every word costs twice that);
    and the function words as one byte each (0: any other word), for ``_FUNCTION_PHRASE_TWICE``."""
    four = Cues("(?:^| )(?:{0})(?: (?:{0})){{3}}(?: |$)".format("|".join(sorted(function_words))))
    return four, {word: code for code, word in enumerate(sorted(function_words), 1)}


def _python_doubled_word_candidates(words: list[str], function_words: frozenset[str]) -> bool:
    """Whether a word is followed at once by itself, or a phrase of two to three ``function_words`` is (the twin
    of ``_speedups.doubled_word_candidates``)."""
    if any(map(eq, words, words[1:])):
        return True
    four, codes = _function_phrases(function_words)
    return four.search(" ".join(words)) is not None and \
        _FUNCTION_PHRASE_TWICE.search(bytes(map(codes.get, words, repeat(0)))) is not None


_doubled_word_candidates = native.pick("doubled_word_candidates", _python_doubled_word_candidates)


def _may_repeat(words: list[str]) -> bool:
    """False when ``DoubledWord`` cannot report in these lower-cased words (a cheap pre-check): no word is
    followed at once by itself, and no phrase of function words (all a longer repeat may be) is."""
    return _doubled_word_candidates(words, _FUNCTION_WORDS)


_STEM_MIN = 4


def _echoes(first: str, last: str) -> bool:
    """True when ``last`` is a shorter form of ``first``: Crimean → Crimea, Ukrainian → Ukraine."""
    common = 0
    for x, y in zip(first.lower(), last.lower()):
        if x != y:
            break
        common += 1
    return len(first) > len(last) and common >= max(_STEM_MIN, len(last) - 1) and len(first) - common <= 4


# a cheap superset of what EchoedName reports: three capitalised words, single spaces, the last starting
# like the first (capitals as [A-Z] where no other capital occurs, which is faster; any letter elsewhere)
# (\S*+ where Python has possessive repetitions, 3.11 on: giving back part of a word, which the space after it makes
# useless, was a third of the scan)
_WHOLE = "+" if sys.version_info >= (3, 11) else ""
_ECHO_SHAPE = re.compile(rf"([A-Z]\S{{3}})\S*{_WHOLE} [A-Z]\S*{_WHOLE} (?i:\1)")
_ECHO_SHAPE_UNICODE = re.compile(rf"([^\W\d_]\S{{3}})\S*{_WHOLE} [^\W\d_]\S*{_WHOLE} (?i:\1)")
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")


def _capitals_are_ascii(text: str) -> bool:
    """True when no character beyond ASCII in ``text`` is upper case (a pound sign or a curly quote is not)."""
    return text.isascii() or not any(map(str.isupper, "".join(_BEYOND_ASCII.findall(text))))


def _may_share_start(first: str, last: str) -> bool:
    """Whether ``first`` and ``last`` may share their first four characters once lower-cased (as ``_echoes`` needs):
    those characters (fewer in a short word) are not all ASCII, or are four alike but for the case of letters."""
    first, last = first[:4], last[:4]
    if not (first.isascii() and last.isascii()):
        return True  # a lower-cased form may be longer or shorter, or equal to an ASCII letter (the Kelvin sign)
    return len(first) == len(last) == 4 and first.lower() == last.lower()


def _python_echo_starts(words: list[str]) -> list[int]:
    """Every i at which ``words[i:i + 3]`` start with a capital and the first and the third may share their first four
    letters (:func:`_may_share_start`; the twin of ``_speedups.echo_starts``)."""
    capitals = bytes(map(str.isupper, map(itemgetter(0), words)))  # 1 where a word starts with a capital
    starts, i = [], capitals.find(b"\x01\x01\x01")
    while i != -1:
        if _may_share_start(words[i], words[i + 2]):
            starts.append(i)
        i = capitals.find(b"\x01\x01\x01", i + 1)
    return starts


def _python_echo_paragraphs(paragraph_words: Sequence[list[str]]) -> list[int]:
    """The indexes of the paragraphs in which three words in a row start with a capital and the first and the third
    may share their first four letters (:func:`_may_share_start`): a superset of where ``EchoedName`` reports (the
    twin of ``_speedups.echo_paragraphs``)."""
    return [index for index, words in enumerate(paragraph_words) if _python_echo_starts(words)]


_echo_paragraphs = native.pick("echo_paragraphs", _python_echo_paragraphs)
_echo_starts = native.pick("echo_starts", _python_echo_starts)


def _bare_name(word: str) -> str:
    """``word`` without a possessive 's (European Union Europe's)."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _may_echo(article: Article) -> list[int]:
    """The paragraphs of ``article`` where NL502 looks for an echo (none in most articles): its gate (33c)."""
    return _echo_paragraphs(article.paragraph_words)


_ECHOES_LOOKED_FOR = 4  # echoes of a paragraph each looked for as one string before any word is located (more: a
# pass of spaced_starts costs less than their searches)


class EchoedName(Rule):
    code = "NL502"
    name = "echoed-name"
    summary = "A name phrase followed at once by the bare name (Crimean Peninsula Crimea): a gloss merged into the text."
    bad = "The Kremlin annexed the Crimean Peninsula Crimea from Ukraine in 2014."
    good = "The Kremlin annexed the Crimean Peninsula from Ukraine in 2014."
    explanation = ("Typical of machine translation and of link or tooltip text merged into the sentence. "
                   "Only the pattern 'Adjective Noun Name' with the name (or its possessive: European Union "
                   "Europe's) as the adjective's stem is flagged, so that names like David Davis or Nighty Night pass.")
    trigger = ArticleGate(_may_echo)

    def check(self, article: Article) -> Iterable[Finding]:
        for index in _may_echo(article):  # in most articles, none
            words = article.paragraph_words[index]
            echoing = [i for i in _echo_starts(words) if _echoes(words[i], _bare_name(words[i + 2]))]
            if not echoing:
                continue  # told from the words alone
            found = list(self._check_paragraph(article, index, echoing))
            if found and _has_echo_shape(article.paragraphs[index].text):
                yield from found

    def _check_paragraph(self, article: Article, index: int, echoing: list[int]) -> Iterator[Finding]:
        """Three capitalised words in a row starting at each of ``echoing``, the first and the last echoing (told from
        the words alone), separated by single spaces: told from where the words start, located up to the last echo
        at C level (no token made; a long paragraph almost always holds an echo that is not spaced, and locating
        every token of it or searching it whole for the shape first cost more than all the rest). Where the echoes
        are few, those whose three words joined by spaces are nowhere in the paragraph are dropped first (a
        ``str.find`` each, which skips through a long text: no echo left, no word located)."""
        paragraph, words = article.paragraphs[index], article.paragraph_words[index]
        if len(echoing) <= _ECHOES_LOOKED_FOR:  # a spaced echo's words stand in the text as one string
            echoing = [i for i in echoing if " ".join(words[i:i + 3]) in paragraph.text]
        for i, start in zip(echoing, _spaced_starts(paragraph.text, words, echoing)):
            if start >= 0:
                name = _bare_name(words[i + 2])
                start += paragraph.start
                end = start + len(words[i]) + len(words[i + 1]) + 2 + len(name)
                yield self.finding(start, end, f"echoed name {quote(article.text[start:end])}: {quote(name)} repeats "
                                               f"{quote(words[i])}")


def _has_echo_shape(text: str) -> bool:
    """Whether a paragraph has the shape ``EchoedName`` asks of it before it reports (``_ECHO_SHAPE``)."""
    shape = _ECHO_SHAPE if _capitals_are_ascii(text) else _ECHO_SHAPE_UNICODE
    return shape.search(text) is not None


def _python_spaced_starts(text: str, words: list[str], indexes: list[int]) -> list[int]:
    """For each i of ``indexes`` (ascending), where word i of ``text``'s word tokens ``words`` starts when words i,
    i + 1 and i + 2 are each separated from the next by one space and nothing else, else -1 (the twin of
    ``_speedups.spaced_starts``)."""
    starts = _python_word_starts(text, words[:indexes[-1] + 3]) if indexes else []

    def spaced(k: int) -> bool:
        end = starts[k] + len(words[k])
        return starts[k + 1] == end + 1 and text[end] == " "

    return [starts[i] if spaced(i) and spaced(i + 1) else -1 for i in indexes]


_spaced_starts = native.pick("spaced_starts", _python_spaced_starts)

RULES = (DoubledWord, EchoedName)
