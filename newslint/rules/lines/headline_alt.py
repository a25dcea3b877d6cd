"""The lead picture's alt text that a whole page's output prints under the headline it repeats: WordPress and other
sites give the story's picture its headline as alt text, and a text browser or converter prints it a few lines
under the headline, once or several times (lynx's lazy-loaded picture: 'Polo in Rome Polo in Rome'; Pandoc's
'[Polo in Rome]'), between the byline, the share bar and the story. The copy is a caption of the picture (NL312);
the line it copies is the headline (NL311 leaves it)."""

from __future__ import annotations

from typing import Sequence

from newslint.furniture import content_words
from newslint.lineshapes import BYLINE_LINE, timestamp_line
from newslint.model import Article
from newslint.rules.lines._shared import paragraph_forms
from newslint.rules.lines.page_headline import tells_the_story

_WORDS = (3, 20)  # a headline's words, at least and at most
_COPIES = 3  # copies of the headline in its alt text's line, at most (a lazy-loaded picture printed three times)
_REACH = 10  # paragraphs under the headline within which its picture's alt text stands (byline, date, share bar)
_PROSE_WITHIN = 3  # paragraphs under the alt text within which the story's prose starts
_STORY = 30  # paragraphs under the alt text whose words the headline's tell (``tells_the_story``)
_PROSE_WORDS = 12  # words of a paragraph of the story's prose at least
_PROBE = 16  # characters of the headline searched for first under it (a C-level find)
_BRACKETS = "[]"  # Pandoc prints an image as its alt text in brackets
_STOPS = ".!?\"”’"  # how a paragraph of prose may end
Copy = tuple[int, int, int]  # the headline's paragraph, where its copy starts and ends in the article's text


def _headline(text: str) -> list[str] | None:
    """The words of ``text`` (a paragraph) where it may be a headline: one line of ``_WORDS`` words, a capital first,
    not all in capitals, neither a date nor a byline."""
    words = text.split()
    if "\n" in text or not _WORDS[0] <= len(words) <= _WORDS[1] or not text[:1].isupper() or text.isupper() \
            or timestamp_line(text) or BYLINE_LINE.match(text):
        return None
    return words


def _copy_in(lines: list[str], words: list[str], indented: bool) -> tuple[int, int] | None:
    """The first run of ``lines`` (a paragraph's, indentation kept) whose words are ``words`` said one to ``_COPIES``
    times in a form a picture's alt text takes and a headline does not: twice or more, in Pandoc's brackets, or
    (``indented``: the headline stands at the margin, as lynx prints a page's headings) indented as the body is; as
    the indexes of its first line and of the line after its last."""
    for first in range(len(lines)):
        said: list[str] = []
        for last in range(first, len(lines)):
            said.extend(lines[last].split())
            if len(said) > _COPIES * len(words):
                break
            joined = " ".join(said)
            bare = joined.strip(_BRACKETS).split()
            times = len(bare) // len(words)
            if bare and len(bare) % len(words) == 0 and bare == words * times \
                    and (times > 1 or joined != " ".join(bare) or indented and lines[first][:1].isspace()):
                return first, last + 1
    return None


def headline_alt_copy(article: Article) -> Copy | None:
    """The first headline of a page (a paragraph of one line, :func:`_headline`) whose copy as a picture's alt text
    (:func:`_copy_in`) stands in one of the ``_REACH`` paragraphs under it, the story's prose starting within
    ``_PROSE_WITHIN`` paragraphs under the copy (a card of a list of links has another card under it) and telling
    what the headline does (``page_headline.tells_the_story``), as the headline's paragraph and the copy's offsets;
    found once per article, none on most pages (a find of the headline's first characters under it)."""
    return article.shared("lines.headline-alt-copy", _headline_alt_copy)


def _headline_alt_copy(article: Article) -> Copy | None:
    paragraphs = article.paragraphs
    texts, shapes = paragraph_forms(article)[:2]
    text = article.text
    for i, paragraph in enumerate(paragraphs[:-1]):
        head = paragraph.text
        if len(head) < _PROBE or "\n" in head \
                or text.find(head[:_PROBE], paragraph.end, paragraphs[min(i + _REACH, len(paragraphs) - 1)].end) < 0 \
                or (words := _headline(head)) is None:
            continue
        indented = not text[text.rfind("\n", 0, paragraph.start) + 1].isspace()  # (the headline at the margin)
        for j in range(i + 1, min(i + 1 + _REACH, len(paragraphs))):
            first = text.rfind("\n", 0, paragraphs[j].start) + 1
            lines = text[first:paragraphs[j].end].split("\n")
            if (run := _copy_in(lines, words, indented)) is None:
                continue
            story = " ".join(texts[j + 1:j + 1 + _STORY])
            if not _prose_under(texts, shapes, j) or not tells_the_story(head, frozenset(content_words(story))):
                break
            start = first + sum(len(line) + 1 for line in lines[:run[0]])
            copy = text[start:first + sum(len(line) + 1 for line in lines[:run[1]]) - 1]
            start += len(copy) - len(copy.lstrip())
            return i, start, start + len(copy.strip())
    return None


def _prose_under(texts: Sequence[str], shapes: Sequence[tuple[int, bool]], index: int) -> bool:
    """A paragraph of prose (``_PROSE_WORDS`` words or more, a sentence's stop in it) among the ``_PROSE_WITHIN``
    paragraphs under paragraph ``index`` (a text browser's page breaks a paragraph where a page does, and Pandoc
    keeps its wrap: no sentence need end it)."""
    return any(shapes[k][0] >= _PROSE_WORDS and (". " in texts[k] or texts[k].rstrip()[-1:] in _STOPS)
               for k in range(index + 1, min(index + 1 + _PROSE_WITHIN, len(texts))))
