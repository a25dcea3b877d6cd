"""NL311's menus written as bulleted lists: a whole-page output's site menu printed with its list's marks and
indentation (lynx '     * News' / '          + Hotels', w3m '  • Home' / '      □ Privacy', pandoc '-   Home', inscriptis
'* Home', html2text '* [Podcast](/podcasts)'), one line an item, which the marks hide from the furniture model."""

from __future__ import annotations

from typing import Sequence

from newslint.furniture import story_extent
from newslint.model import Paragraph
from newslint.rule import Fix
from newslint.rules.lines._shared import _HEADLINE_WORDS

_BULLETS = "*+-•□☆○◦▪■●·–‣"  # the marks a text browser or converter writes before a list's item
_WIDGETS = ("(BUTTON)", "[ ]", "[X]", "(*)", "( )")  # a form's controls printed among a menu's items
_ITEM_WORDS = 6  # words of a menu's label at most ('Birthday/Wedding/Anniversary', 'Do not sell my data')
_LEAST_ITEMS = 8  # labels of a menu at least (a shorter list may be a story's)
_MENU_SHARE = 0.9  # the share of a menu's labels at least that are short and open with a capital ('Travel Tips')
_CLAUSE_ENDS = (".", "?", ":", ";", ",")  # how a label of a menu never ends

Line = tuple[int, int]  # a line's text as offsets into the article's


def _label(line: str) -> str | None:
    """The label of a list's item ('* [Podcast](/podcasts)' → 'Podcast', '+ Hotels' → 'Hotels', a bare mark → ''),
    '' for a form's control or field ('(BUTTON) Search', '____'), None for any other line."""
    text = line.strip()
    if text.startswith(_WIDGETS) or text.strip("_[] ") == "" and "_" in text:
        return ""
    if not text or text[0] not in _BULLETS or text[1:2] not in ("", " "):
        return None
    label = text[1:].strip().lstrip("> ").strip("_ ")  # (inscriptis marks a related story '* > Title'; '* __' an icon)
    if label.startswith("[") and "](" in label:  # a Markdown link: its text
        label = label[1:label.index("](")]
    return label


def _list_lines(text: str, start: int) -> list[tuple[Line, str]] | None:
    """Each line of a paragraph (its text, opening at ``start``) with its label, if every line is an item of a list
    or a form's control and one at least has a mark; else None."""
    found: list[tuple[Line, str]] = []
    marked = False
    for line in text.split("\n"):
        label = _label(line)
        if label is None:
            return None
        marked = marked or line.lstrip()[:1] in _BULLETS
        lead = len(line) - len(line.lstrip())
        found.append(((start + lead, start + len(line.rstrip())), label))
        start += len(line) + 1
    return found if marked else None


def _menu(labels: list[str]) -> bool:
    """The labels of a site's menu: ``_LEAST_ITEMS`` or more, nearly all (``_MENU_SHARE``) of one to six words without
    a sentence's end and opening with a capital (a story's list has sentences, or lower-case things: 'two eggs')."""
    if len(labels) < _LEAST_ITEMS:
        return False
    short = capitalised = 0
    for label in labels:
        short += 1 <= len(_HEADLINE_WORDS.findall(label)) <= _ITEM_WORDS and not label.endswith(_CLAUSE_ENDS)
        capitalised += label[:1].isupper()
    return short >= _MENU_SHARE * len(labels) and capitalised >= _MENU_SHARE * len(labels)


def _opens_list(text: str) -> bool:
    """The paragraph opens with a list's mark or a form's control (the cheap test before any other)."""
    return text[:1] in _BULLETS and text[:1] != "" or text.startswith(_WIDGETS)


def bulleted_menus(paragraphs: Sequence[Paragraph], texts: Sequence[str],
                   shapes: Sequence[tuple[int, bool]]) -> dict[int, list[Line]]:
    """The paragraphs of a page's menus written as bulleted lists, each with its lines: a run of paragraphs whose
    every line is a list's item (a form's control among them), outside the story's extent (``texts``, ``shapes``:
    the paragraphs' line forms), whose labels are a menu's (:func:`_menu`). Only paragraphs that open with a mark or
    a control are looked at."""
    found: dict[int, list[Line]] = {}
    if not any(map(_opens_list, texts)):
        return found  # (most texts)
    extent = None
    run: dict[int, list[tuple[Line, str]]] = {}
    for i in range(len(texts) + 1):
        lines = _list_lines(paragraphs[i].text, paragraphs[i].start) if i < len(texts) and _opens_list(texts[i]) else None
        if lines is not None and (not run or i - 1 in run):
            run[i] = lines
            continue
        if run and _menu([label for items in run.values() for _, label in items if label]):
            extent = extent or story_extent(texts, shapes)
            for j, items in run.items():
                if not extent[0] <= j <= extent[1]:
                    found[j] = [line for line, _ in items]
        run = {i: lines} if lines is not None else {}
    return found


def delete_line(text: str, start: int, end: int) -> Fix:
    """The (unsafe) fix that deletes the line of ``text`` holding ``start``–``end``, its indentation and line break."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return Fix.replace(first, len(text) if last < 0 else last + 1, "", safe=False, description="delete the line")
