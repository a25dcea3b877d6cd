"""NL311's shapes of a text browser's whole page (lynx, w3m): the links of the page's head over it, and its boxes'
lines. A text browser prints a box's lines without a blank line between them (a weather widget's 'Basseterre' /
'22.6 ° C' / 'Fri', a list of recent posts' label, headline and date, an archive's months, a card's 'Annual Fee' /
'$95'), which the parse takes for one hard-wrapped paragraph. Outside the story such a paragraph, each of whose lines
mostly ends where the next word would have fitted, is the page's; so is one of other stories' cards, each signed."""

from __future__ import annotations

from itertools import compress
from typing import Sequence

from newslint import regexcache
from newslint.furniture import story_extent
from newslint.lineshapes import timestamp_line
from newslint.model import Paragraph, fits_after
from newslint.rules.lines._shared import HOLDS_LINE_BREAK
from newslint.rules.lines.bulleted_menus import _BULLETS, _in_story
from newslint.rules.lines.page_headline import signed_headline
from newslint.rules.lines.prompts import reader_prompt
from newslint.textutil import word_texts

_HEAD = regexcache.compile(r"#(?:\[\d+\])?[^\s#]")  # lynx's mark before the head's links ('#alternate', '#[1]Site')
# lynx's number of a link, then a picture's file name or address (an address's '?', '=' or '&', or a dot) that the
# line leaves open (a wrap inside it)
_OPEN_PICTURE_NAME = regexcache.compile(r"\s*(?:\[\d+\])+\[[^\]\s]*[?=&.][^\]\s]*")
_HEAD_LINK = regexcache.compile(r"\b(?:alternate|Feed|publisher)\b")  # a head link's rel, or a feed's title
_LEAST_LINES = 3  # lines of a block at least
_WRAPPED_LEAST = 50  # characters of a line a wrap at 72 to 80 columns ended, at least (a word over 20 aside)
_OWN_SHARE = 2 / 3  # of a block's breaks at least that no wrap made (the next line's first word would have fitted)
_SENTENCE_WORDS = 8  # words of a line ending a sentence, at least, that no box's line holds
_SENTENCE_ENDS = (".", "!", "?", ".”", "!”", "?”", '."')
_CARDS_LEAST = 3  # bylines alone on their lines in a paragraph of other stories' cards at least
_CARD_BYLINE_WORDS = 6  # words of such a byline at most ('By AP and Times staff')
_DASHES = " -–—"  # a line of these alone parts a byline from its date ('By' / 'Jane Doe' / '-' / 'May 2, 2022')
Line = tuple[int, int]  # a line's text as offsets into the article's


def head_links(text: str) -> bool:
    """``text`` (a page's first paragraph) is lynx's list of the links of the page's head: '#' before the first, one of
    them an alternate version or a feed ('#Site » Feed Site » Comments Feed alternate alternate')."""
    return _HEAD.match(text) is not None and _HEAD_LINK.search(text) is not None


def _wraps(lines: list[str]) -> list[bool]:
    """Whether each break between ``lines`` (a paragraph's, indentation kept) is a wrap's: the line is
    ``_WRAPPED_LEAST`` characters or longer and the next line's first word would not have fitted on it, within the
    paragraph's longest line (a wrapped paragraph's lines reach its width but the last)."""
    width = max(map(len, lines))
    return [len(line.rstrip()) >= _WRAPPED_LEAST and below.strip() != "" and not fits_after(line, below, width)
            for line, below in zip(lines, lines[1:])]


def _lines(text: str, paragraph: Paragraph) -> tuple[int, list[str]]:
    """Where the first line of ``paragraph`` starts in ``text`` (the article's), and its lines, indentation kept."""
    first = text.rfind("\n", 0, paragraph.start) + 1
    return first, text[first:paragraph.start + len(paragraph.text)].split("\n")


def box_pieces(text: str, paragraph: Paragraph) -> list[tuple[int, int, str]]:
    """The pieces of a box of lines (``paragraph`` of ``text``, the article's; none where every break of it is a
    wrap's, one wrapped paragraph): runs of lines each a wrap (:func:`_wraps`) joins to the next, each as its start,
    its end and its words joined by single spaces."""
    first, lines = _lines(text, paragraph)
    wraps = _wraps(lines)
    if all(wraps):
        return []
    pieces, start, words = [], None, []
    for line, wrap in zip(lines, [*wraps, False]):
        if line.strip():
            if start is None:
                start = first + len(line) - len(line.lstrip())
            words.extend(line.split())
        if not wrap and start is not None:
            pieces.append((start, first + len(line.rstrip()), " ".join(words)))
            start, words = None, []
        first += len(line) + 1
    return pieces


def _wrapped_sentence(lines: list[str], wraps: list[bool]) -> bool:
    """A sentence goes on over a wrap (``wraps``) between ``lines``: the line under the wrap opens in lower case (a
    paragraph holding one may be the story's, its summary or its facts: 'What is it? The story of a town in the war' /
    'told ...'); not a wrap inside a bracket the line opens and leaves open (a picture's address lynx prints as its
    name, '[?uuid=…&w' / 'idth=440]')."""
    return any(wrap and below.lstrip()[:1].islower() and not _open_bracket(line)
               for wrap, line, below in zip(wraps, lines, lines[1:]))


def _open_bracket(line: str) -> bool:
    """``line`` opens with a bracket that it does not close, or with lynx's number of a link and a picture's name or
    address it leaves open ('[74][?uuid=…&type=previ'): a picture's name or address wrapped over lines."""
    return line.lstrip().startswith("[") and ("]" not in line or _open_picture_name(line))


def _open_picture_name(line: str) -> bool:
    """``line`` is lynx's number of a link and a picture's file name or address it leaves open, wrapped
    ('[74][?uuid=…&type=previ', '[12][harbour_at_da.'; ``_OPEN_PICTURE_NAME``)."""
    return _OPEN_PICTURE_NAME.fullmatch(line) is not None


def _sentence(line: str) -> bool:
    """A sentence of ``_SENTENCE_WORDS`` words or more ends ``line`` (a box holding one may be the story's list of
    points or its text), not the page's prompt to its reader ('Please enable JavaScript to view the comments.',
    ``prompts.reader_prompt``)."""
    end = line.rstrip()
    return end.endswith(_SENTENCE_ENDS) and len(end.split()) >= _SENTENCE_WORDS \
        and not reader_prompt(end.lstrip(), word_texts(end))


def _cards(lines: list[str]) -> bool:
    """``_CARDS_LEAST`` or more of ``lines`` are a byline alone ('By Jane Doe'): a list of other stories' cards (each a
    picture's caption, a headline, its byline, a teaser), wrapped or not."""
    return sum(line.lstrip().startswith("By ") and len(line.split()) <= _CARD_BYLINE_WORDS
               for line in lines) >= _CARDS_LEAST


def _stamped(lines: list[str]) -> bool:
    """``_CARDS_LEAST`` or more of ``lines`` are a stamp alone, a list's mark aside ('• 2 hours ago',
    ``lineshapes.timestamp_line``): after the story, a list of other stories' cards, each with its time."""
    return sum(timestamp_line(line.strip().lstrip(_BULLETS).strip()) for line in lines) >= _CARDS_LEAST


def blocks_of_lines(text: str, paragraphs: Sequence[Paragraph], texts: Sequence[str],
                    shapes: Sequence[tuple[int, bool]], marks: bytes) -> dict[int, list[Line]]:
    """The paragraphs outside the story's extent (``texts``, ``shapes``: the paragraphs' line forms) of a hard-wrapped
    page (``_OWN_SHARE`` of the breaks of the story's longest paragraph or more wraps) of ``_LEAST_LINES`` lines or
    more set line by line (``_OWN_SHARE`` of their breaks or more no wrap's, see :func:`_wraps`, no sentence going on
    over one, no line a sentence, :func:`_sentence`) or of other stories' cards (:func:`_cards`), not set in the
    story's prose (``bulleted_menus._in_story``), each with its lines but blank ones, dashes and, above the story,
    its headline (``text``: the article's; ``marks``: the paragraphs' line marks, which say those holding a line
    break)."""
    found: dict[int, list[Line]] = {}
    extent = None
    for i in compress(range(len(texts)), marks.translate(HOLDS_LINE_BREAK)):  # (most pages: none)
        paragraph = paragraphs[i]
        if texts[i].count("\n") < _LEAST_LINES - 1:
            continue
        first, lines = _lines(text, paragraph)
        wraps = _wraps(lines)
        stamped = False  # (a box read only as cards with their times: after the story alone, no sentence in it)
        sentence = any(map(_sentence, lines))
        if (wraps.count(False) < _OWN_SHARE * len(wraps) or _wrapped_sentence(lines, wraps) or sentence) \
                and not ("By " in texts[i] and _cards(lines)) and (sentence or not (stamped := _stamped(lines))):
            continue
        if extent is None:
            extent = story_extent(texts, shapes)
            longest = _lines(text, max(paragraphs[extent[0]:extent[1] + 1], key=lambda p: len(p.text)))[1]
            if _wraps(longest).count(True) < _OWN_SHARE * (len(longest) - 1) or len(longest) < 2:
                return found  # (the story's longest paragraph is not hard-wrapped: no text browser's page)
        if extent[0] <= i <= extent[1] or stamped and i < extent[0] or _in_story(texts, shapes, i, i):
            continue
        found[i] = []
        stripped = [line.strip() for line in lines]
        for k, line in enumerate(lines):  # (above the story, its headline among them stays)
            if line.strip(_DASHES) \
                    and not (i < extent[0] and signed_headline(stripped, k, extent.words(texts, shapes))):
                _add_line(text, found[i], first + len(line) - len(line.lstrip()), first + len(line.rstrip()))
            first += len(line) + 1
    return found


def _add_line(text: str, lines: list[Line], start: int, end: int) -> None:
    """Add the line from ``start`` to ``end`` of ``text`` to a box's ``lines``, or join it to the last of them where
    that one, right above it, leaves a picture's name open (:func:`_open_picture_name`): a picture's file name lynx
    wraps over lines ('[74][?uuid=…&type=pre' / 'view&width=440]') is one line, which ``furniture.nothing_to_read``
    reads whole."""
    if lines and text.count("\n", lines[-1][1], start) == 1 and _open_picture_name(text[lines[-1][0]:lines[-1][1]]):
        lines[-1] = (lines[-1][0], end)
    else:
        lines.append((start, end))
