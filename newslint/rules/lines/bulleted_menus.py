"""NL311's menus written as bulleted lists: a whole-page output's site menu printed with its list's marks and
indentation (lynx '     * News' / '          + Hotels', w3m '  • Home' / '      □ Privacy', pandoc '-   Home', inscriptis
'* Home', html2text '* [Podcast](/podcasts)'), one line an item, which the marks hide from the furniture model."""

from __future__ import annotations

import re
from typing import Sequence

from newslint import regexcache

from newslint.furniture import prose_paragraph, story_extent
from newslint.model import Paragraph
from newslint.rule import Fix
from newslint.rules.lines._shared import _HEADLINE_WORDS

_BULLETS = "*+-•□☆○◦▪■●·–‣"  # the marks a text browser or converter writes before a list's item
_LYNX_NUMBER = regexcache.compile(r"^\[\d+\]")  # lynx's number of a link, before its text
_DEEP_MARKS = ("o ", "# ")  # lynx's marks of a list's items at its third and fourth levels, under '*' and '+'
_WIDGETS = ("(BUTTON)", "[ ]", "[X]", "(*)", "( )")  # a form's controls printed among a menu's items
_FIELD_FIRST = "[(_"  # how a form's control or field opens ('[ ]', '(BUTTON)', '____')
_ITEM_WORDS = 6  # words of a menu's label at most ('Birthday/Wedding/Anniversary', 'Do not sell my data')
_LEAST_ITEMS = 8  # labels of a menu at least (a shorter list may be a story's)
_INTRODUCTION_WORDS = 3  # words of a line introducing the story's list at least
_NEAR = 2  # paragraphs: a list with prose this near on both sides is the story's
_MENU_SHARE = 0.9  # the share of a menu's labels at least that are short ('Travel Tips')
_CAPITALISED = 0.8  # the share of a list's labels at least that open with a capital (not a figure: '2 cups flour')
_CLAUSE_ENDS = (".", "?", ":", ";", ",")  # how a label of a menu never ends
_PLAIN_LINES = 3  # lines without a mark among a paragraph's items at most ('E-Edition', 'Home Page' over '* News')
_LEAST_LINKS = 4  # headlines of other stories in a list at least
_HEADLINE_WORDS_MOST = 20  # words of a headline at most
_STOPS = (".", "!", ";", ",", ":")  # how a headline never ends ...
_CUT = ("...", "…")  # ... but where a teaser is cut short
_QUOTES = "\"“‘'"
_HEAD_WORDS = 12  # words of a line at most over a menu in its block (a masthead's, a log-in box's)
_HEAD_SENTENCE = 8  # words of a sentence at least that no such line is

_MARKED_LINE = regexcache.compile(r"\n[ \t]*[*+•□☆○◦▪■●·–‣-](?: |$)", re.M)  # a line of a paragraph opening with a mark
Line = tuple[int, int]  # a line's text as offsets into the article's


def _label(line: str) -> str | None:
    """The label of a list's item ('* [Podcast](/podcasts)' → 'Podcast', '+ Hotels' → 'Hotels', a bare mark → ''),
    '' for a form's control or field ('(BUTTON) Search', '____'), None for any other line."""
    text = line.strip()
    if text.startswith(_WIDGETS) or len(text) > 2 and not text.strip("_[] "):  # ('[          ]', '_____')
        return ""
    if not text or text[0] not in _BULLETS or text[1:2] not in ("", " "):
        return None
    label = text[1:].strip().lstrip("> ").strip("_ ")  # (inscriptis marks a related story '* > Title'; '* __' an icon)
    if label.startswith("[") and "](" in label:  # a Markdown link: its text
        label = label[1:label.index("](")].strip(" _")  # ("[ __Become a member](…)": an icon's mark, spaces)
    elif label[1:2].isdigit() and label[0] == "[":  # lynx's number of the link ('[13]Watch'): its text after it
        label = _LYNX_NUMBER.sub("", label, 1)
    return label


def _list_lines(text: str, start: int, column: int) -> tuple[list[tuple[Line, str]], bool]:
    """The lines of a paragraph (its text, opening at ``start``, in ``column``) that end it as a list's items and a
    form's controls, each with its item's label (see :func:`_label`), and whether they are all its lines: a line
    that goes on under an item's label (lynx wraps a long one) adds a line to that label (its own label is ''), and up to
    ``_PLAIN_LINES`` lines without a mark, fewer than the marked ones, are labels of their own ('E-Edition' over
    '* News'); an item nested deeper than the list's first, marked as lynx marks its third and fourth levels
    ('o Europe', '# Africa on the Move'), is an item too. Lines of another kind (a weather box's over a menu) end none;
    no list, no lines."""
    found: list[tuple[Line, str]] = []
    plain = marked = 0
    whole = True
    under = -1  # the column of the last item's label, where a line that goes on with it starts
    top = -1  # the column of the list's first item: lynx marks an item nested deeper than the second level 'o' or '#'
    for k, line in enumerate(text.split("\n")):
        lead = len(line) - len(line.lstrip()) + (column if k == 0 else 0)
        label = _label(line)
        if label is None and 0 <= top < lead and line.lstrip()[:2] in _DEEP_MARKS:
            label = _LYNX_NUMBER.sub("", line.strip()[2:].strip(), 1)
        if label and top < 0:
            top = lead
        if label is None and 0 <= under <= lead:  # the last item's label, going on
            item = len(found) - 1 - next(j for j, (_, kept) in enumerate(reversed(found)) if kept)
            found[item] = (found[item][0], found[item][1] + "\n" + line.strip())
            label = ""
        elif label is None:
            words = len(_HEADLINE_WORDS.findall(line))
            if not 1 <= words <= _ITEM_WORDS or line.rstrip().endswith(_CLAUSE_ENDS) or plain == _PLAIN_LINES:
                found, plain, marked, whole, under, top = [], 0, 0, False, -1, -1  # (the list, if any, starts below)
                start += len(line) + 1
                continue
            plain, label, under = plain + 1, line.strip(), -1
        elif label:
            marked, under = marked + 1, lead + 2
        found.append(((start + lead - (column if k == 0 else 0), start + len(line.rstrip())), label))
        start += len(line) + 1
    return (found, whole) if marked > plain or not plain else ([], False)  # (a form's controls alone go with a list)


def _menu(labels: list[str]) -> bool:
    """The labels of a site's menu or of its list of other stories, most (``_CAPITALISED``) opening with a capital
    (a story's list has lower-case things: 'two eggs'): ``_LEAST_ITEMS`` or more, nearly all of one to six words
    without a sentence's end ('Travel Tips'), or ``_LEAST_LINKS`` or more, each a headline (up to twenty words a
    line: lynx wraps a label and may print it twice, for a picture and a link; no stop at its end but a teaser's
    cut '...': a story's list of points has sentences)."""
    if len(labels) < _LEAST_LINKS:
        return False
    short = capitalised = headlines = 0
    for label in labels:
        words = len(_HEADLINE_WORDS.findall(label))
        short += 1 <= words <= _ITEM_WORDS and not label.endswith(_CLAUSE_ENDS)
        capitalised += label.lstrip(_QUOTES)[:1].isupper()
        headlines += 0 < words and all(len(_HEADLINE_WORDS.findall(part)) <= _HEADLINE_WORDS_MOST
                                       for part in label.split("\n")) \
            and (not label.endswith(_STOPS) or label.endswith(_CUT))
    return capitalised >= _CAPITALISED * len(labels) \
        and (len(labels) >= _LEAST_ITEMS and short >= _MENU_SHARE * len(labels) or headlines == len(labels))


def _opens_list(text: str) -> bool:
    """The paragraph opens with a list's mark or a form's control or field, or a line of it after the first does
    (the cheap test before any other)."""
    first = text[:1]
    return first != "" and (first in _BULLETS or first in _FIELD_FIRST and _label(text.partition("\n")[0]) == "") \
        or "\n" in text and _MARKED_LINE.search(text) is not None


def _in_story(texts: Sequence[str], shapes: Sequence[tuple[int, bool]], first: int, last: int) -> bool:
    """The list from paragraph ``first`` to ``last`` is the story's: it follows a line that introduces it ('The new
    trustees are:', not a label: 'Share this:'), or prose stands within ``_NEAR`` paragraphs on both sides of it."""
    def prose(indexes: range) -> bool:
        return any(prose_paragraph(texts[i], shapes[i][0]) for i in indexes)

    return first > 0 and texts[first - 1].rstrip().endswith(":") and shapes[first - 1][0] >= _INTRODUCTION_WORDS \
        or prose(range(max(0, first - _NEAR), first)) and prose(range(last + 1, min(len(texts), last + 1 + _NEAR)))


def _column(text: str, start: int) -> int:
    """The column of ``text`` at ``start`` (a paragraph's first line is indented as the next)."""
    return start - text.rfind("\n", 0, start) - 1


def bulleted_menus(text: str, paragraphs: Sequence[Paragraph], texts: Sequence[str],
                   shapes: Sequence[tuple[int, bool]]) -> dict[int, list[Line]]:
    """The paragraphs of a page's menus written as bulleted lists (``text``: the article's), each with its lines: a
    run of paragraphs of a list's items (:func:`_list_lines`; the first may open with other lines), outside the
    story's extent (``texts``, ``shapes``: the paragraphs' line forms) and not set in its prose (:func:`_in_story`),
    whose labels are a menu's (:func:`_menu`). Only paragraphs with a line that opens with a mark or a form's
    control are looked at."""
    found: dict[int, list[Line]] = {}
    opens = list(map(_opens_list, texts))
    if not any(opens):
        return found  # (most texts)
    extent = None
    run: dict[int, list[tuple[Line, str]]] = {}
    for i in range(len(texts) + 1):
        lines, whole = _list_lines(paragraphs[i].text, paragraphs[i].start, _column(text, paragraphs[i].start)) \
            if i < len(texts) and opens[i] else ([], False)
        if lines and whole and i - 1 in run:
            run[i] = lines
            continue
        if run and _menu([label for items in run.values() for _, label in items if label]) \
                and not _in_story(texts, shapes, min(run), max(run)):
            extent = extent or story_extent(texts, shapes)
            for j, items in run.items():
                if not extent[0] <= j <= extent[1]:
                    found[j] = _head_lines(text, paragraphs[j], items[0][0][0]) + [line for line, _ in items]
        run = {i: lines} if lines else {}
    return found


def _head_lines(text: str, paragraph: Paragraph, first: int) -> list[Line]:
    """The lines of ``paragraph`` over its menu's first item (at ``first`` in ``text``) where each is a box's line, a
    masthead's, a log-in box's or a form's (up to ``_HEAD_WORDS`` words, no sentence of ``_HEAD_SENTENCE`` words or
    more): the page's head printed in one block with its menu; none where one is not."""
    lines: list[Line] = []
    start = paragraph.start
    for line in text[start:first].split("\n")[:-1]:
        words = line.split()
        if len(words) > _HEAD_WORDS or len(words) >= _HEAD_SENTENCE and line.rstrip().endswith(_STOPS):
            return []
        if words:
            lines.append((start + len(line) - len(line.lstrip()), start + len(line.rstrip())))
        start += len(line) + 1
    return lines


def delete_line(text: str, start: int, end: int) -> Fix:
    """The (unsafe) fix that deletes the line of ``text`` holding ``start``–``end``, its indentation and line break."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return Fix.replace(first, len(text) if last < 0 else last + 1, "", safe=False, description="delete the line")
