"""An author's bio that a whole page's output prints after its story, above the related stories and the footer (an
author box: 'Jane Doe is a senior writer for the Post.'), which NL313's look at the last paragraphs of a body does not
reach; a text browser keeps it in a box with the box's other lines ('Welcome to the Post!' / 'Jane Doe Is a Senior
Reporter at …', wrapped), read as the pieces a wrap joins (``text_browser.box_pieces``)."""

from __future__ import annotations

from typing import Callable, Iterable

from newslint import regexcache
from newslint.furniture import story_end
from newslint.lineshapes import _PERSON
from newslint.model import Article, Paragraph
from newslint.rules.lines._shared import paragraph_forms
from newslint.rules.lines.stamps import unmarked_paragraphs
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
    for start, end, words in _pieces(article, article.paragraphs[last:]):
        if is_bio(words):
            yield start, end


def _pieces(article: Article, paragraphs: Iterable[Paragraph], unmarked: dict[int, str] | None = None
            ) -> Iterable[tuple[int, int, str]]:
    """Each paragraph as a bio is read: a text browser's box as its pieces, else its words on one line (without its
    link markup where ``unmarked``, unmarked_paragraphs's, holds it), with its span."""
    for paragraph in paragraphs:
        pieces = box_pieces(article.text, paragraph) if "\n" in paragraph.text else []
        if not pieces:
            words = unmarked.get(paragraph.index) if unmarked else None
            pieces = [(paragraph.start, paragraph.end, words or " ".join(paragraph.text.split()))]
        yield from pieces


# an author box's template: the name (a link) and its bio in title case after it ('Jane Doe Is a Senior Reporter at
# the Post.'): no sentence of a story writes 'Is' after a name
_TITLED_BIO = regexcache.compile(_PERSON + r"(?<= Is) (?:a|an|the) ")
_BIO_LONGEST = 900  # characters: a longer paragraph is the story's


def titled_bios(article: Article, is_bio: Callable[[str], bool]) -> Iterable[Span]:
    """The bios of an author box anywhere in a whole page whose template writes its verb in title case after the
    name ('Jane Doe Is a Senior Reporter at the Post. Jane joined …'; ``is_bio``, NL313's test), ending with a stop,
    as their spans (asked where a word 'Is' stands)."""
    if "Is" not in article.distinct_words:
        return
    unmarked = dict((p.index, text) for p, text in unmarked_paragraphs(article))
    paragraphs = [p for p in article.paragraphs if " Is " in p.text or "\nIs " in p.text]
    for start, end, words in _pieces(article, paragraphs, unmarked):
        if len(words) < _BIO_LONGEST and words.endswith(".") and _TITLED_BIO.match(words) and is_bio(words):
            yield start, end


# a name's words and the lines an author box prints it on: lynx's reference numbers, a Markdown link and a list's
# bullet aside ('[12]Jane Doe', '[Jane Doe](/author/jane-doe)', '* Jane Doe')
_NAME_LINE = regexcache.compile(r"[ \t]*(?:[*+-] )?(?:\[\d+\])?\[?(" + _PERSON + r")(?:\]\([^)\s]*\))?[ \t]*")
_BIO_NAME = regexcache.compile(_PERSON + r"(?=(?<![’']s) [a-z])")  # the name that opens a bio: 'Jane Doe fell …'
_NAME_LINE_LONGEST = 120  # characters, a link's markup with the name


def author_name_lines(article: Article, is_bio: Callable[[str], bool]) -> Iterable[Span]:
    """The lines that are only the name of an author whose bio (``is_bio``, NL313's test) the page prints under it or
    elsewhere ('Jane Doe' / '+ FOLLOW' / … / 'Jane Doe fell for politics at 12. She has been writing about …'): the
    author box's name lines, and the byline the box repeats, as their spans. The bio is the page's evidence that the
    name alone on its line is its author's, not a list of people's (the name lines found first: most texts have
    none, and no bio is asked for)."""
    lines: dict[str, list[Span]] = {}
    for paragraph in article.paragraphs:
        if len(paragraph.text) <= _NAME_LINE_LONGEST or "\n" in paragraph.text:
            at = paragraph.start
            for line in paragraph.text.split("\n"):
                if len(line) <= _NAME_LINE_LONGEST and (match := _NAME_LINE.fullmatch(line)):
                    lines.setdefault(match.group(1), []).append((at + len(line) - len(line.lstrip()),
                                                                 at + len(line.rstrip())))
                at += len(line) + 1
    if not lines:
        return
    openings = tuple(lines)
    paragraphs = [p for p in article.paragraphs if len(p.text) < _BIO_LONGEST]
    for _, _, words in _pieces(article, paragraphs):
        if words.startswith(openings) and is_bio(words) and (opening := _BIO_NAME.match(words)) \
                and opening.group() in lines:
            yield from lines.pop(opening.group())
