"""An author's bio that a whole page's output prints after its story, above the related stories and the footer (an
author box: 'Jane Doe is a senior writer for the Post.'), which NL313's look at the last paragraphs of a body does not
reach; a text browser keeps it in a box with the box's other lines ('Welcome to the Post!' / 'Jane Doe Is a Senior
Reporter at …', wrapped), read as the pieces a wrap joins (``text_browser.box_pieces``)."""

from __future__ import annotations

from typing import Callable, Iterable

from newslint.furniture import story_end
from newslint.model import Article
from newslint.rules.lines._shared import paragraph_forms
from newslint.rules.lines.text_browser import box_pieces

Span = tuple[int, int]  # a bio's start and end in the article's text


def bios_after_story(article: Article, is_bio: Callable[[str], bool]) -> Iterable[Span]:
    """The bios (``is_bio``, NL313's test, of a paragraph's words or of a text browser's box's pieces) that stand after
    the story of a whole page or end it (``story_end``: an author box right under the story is its last paragraph; an
    extract's story runs to its end, and leaves none to ask), as their spans."""
    texts, shapes = paragraph_forms(article)[:2]
    last = story_end(texts, shapes)
    if last == len(texts) - 1:
        return  # (an extract: its last paragraph is NL313's edges')
    for paragraph in article.paragraphs[last:]:
        pieces = box_pieces(article.text, paragraph) if "\n" in paragraph.text else []
        for start, end, words in pieces or [(paragraph.start, paragraph.end, " ".join(paragraph.text.split()))]:
            if is_bio(words):
                yield start, end
