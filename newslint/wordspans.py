"""Token spans without locating every token of a paragraph.

``Article.paragraph_tokens`` locates all the tokens of a paragraph: a tenth of a second for a page of print
flattened into one paragraph of 100,000 words, where a rule may need the spans of three of them.
:func:`tokens_among` finds the tokens that are one of a few rare words: each word is looked for with
``str.find``, and an occurrence counts where the tokens of its white-space-separated chunk (tokens never cross
white space: ``textutil.word_texts``) have one that starts and ends there. :func:`paragraph_tokens` gives a
long paragraph's tokens as a sequence that locates only the stretches of it that are read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from newslint import textutil
from newslint.model import Article, Token

_SPACE = re.compile(r"\s")  # the white space str.split() splits at
STRETCH = 4096  # characters of a long paragraph located at once (cut at white space)


def tokens_among(article: Article, words: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, text) of the body tokens whose text is one of ``words``, in order of position.

    For a few words, each rare in the text: every occurrence of a word (a token or inside one) is tried, the
    tokens of each chunk that holds one found once per word.
    """
    found = []
    for paragraph, paragraph_words in zip(article.paragraphs, article.paragraph_words):
        text, offset = paragraph.text, paragraph.start
        for word in words.intersection(paragraph_words):
            at, chunk_end, tokens = text.find(word), -1, set()
            while at != -1:
                if at >= chunk_end:  # past the chunk tokenised last
                    chunk_end, tokens = _chunk_tokens(text, at)
                if (at, at + len(word)) in tokens:
                    found.append((offset + at, offset + at + len(word), word))
                at = text.find(word, at + 1)
    found.sort()
    return found


def _chunk_tokens(text: str, at: int) -> tuple[int, set[tuple[int, int]]]:
    """The end of the white-space-separated chunk of ``text`` that holds offset ``at``, and its tokens' spans."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    for space in _SPACE.finditer(text, start, at):  # a tab or a no-break space after the last space
        start = space.end()
    after = _SPACE.search(text, at)
    end = len(text) if after is None else after.start()
    return end, {token.span() for token in textutil.WORD.finditer(text, start, end)}


def paragraph_tokens(article: Article, index: int) -> Sequence[Token]:
    """The tokens of paragraph ``index`` (``article.paragraph_tokens(index)``); for a paragraph of more than
    ``STRETCH`` characters, a sequence of the same tokens that locates each stretch of it on first read."""
    paragraph = article.paragraphs[index]
    if len(paragraph.text) <= STRETCH:
        return article.paragraph_tokens(index)
    return _Stretches(paragraph.text, paragraph.start, index)


class _Stretches(Sequence):
    """The tokens of one long paragraph, located a stretch at a time (stretches cut at white space, so that the
    words of each are the paragraph's words between its cuts: ``word_texts`` splits at white space first)."""

    def __init__(self, text: str, offset: int, index: int) -> None:
        cuts = [0]
        while cuts[-1] + STRETCH < len(text) and (space := _SPACE.search(text, cuts[-1] + STRETCH)) is not None:
            cuts.append(space.start())
        self._bounds = list(zip(cuts, cuts[1:] + [len(text)]))
        self._words = [textutil.word_texts(text[start:end]) for start, end in self._bounds]
        self._firsts = [0, *accumulate(map(len, self._words))]  # the index of each stretch's first token
        self._located: dict[int, list[Token]] = {}
        self._text, self._offset, self._index = text, offset, index

    def __len__(self) -> int:
        return self._firsts[-1]

    def __getitem__(self, at):
        if isinstance(at, slice):
            return [self[k] for k in range(*at.indices(len(self)))]
        if at < 0:
            at += len(self)
        if not 0 <= at < len(self):
            raise IndexError("token index out of range")
        stretch = bisect_right(self._firsts, at) - 1  # the last stretch starting at or before: never an empty one
        tokens = self._located.get(stretch)
        if tokens is None:
            tokens = self._located[stretch] = self._locate(stretch)
        return tokens[at - self._firsts[stretch]]

    def _locate(self, stretch: int) -> list[Token]:
        """The tokens of one stretch, found in order with ``str.find`` (as ``Article`` locates a paragraph's)."""
        find, (pos, _), offset, index = self._text.find, self._bounds[stretch], self._offset, self._index
        tokens = []
        for word in self._words[stretch]:
            pos = find(word, pos)
            tokens.append(Token(word, offset + pos, offset + pos + len(word), index))
            pos += len(word)
        return tokens
