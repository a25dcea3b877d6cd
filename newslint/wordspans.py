"""The spans of the body tokens that are one of a few rare words, without locating every token of a paragraph.

``Article.paragraph_tokens`` locates all the tokens of a paragraph: a tenth of a second for a page of print
flattened into one paragraph of 100,000 words, where a rule may need the spans of three of them. Here each
word is looked for with ``str.find``, and an occurrence counts where the tokens of its white-space-separated
chunk (tokens never cross white space: ``textutil.word_texts``) have one that starts and ends there.
"""

from __future__ import annotations

import re

from newslint import textutil
from newslint.model import Article

_SPACE = re.compile(r"\s")  # the white space str.split() splits at


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
