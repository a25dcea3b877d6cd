"""NL110: a box's lines run into the running text where an extractor lost their breaks, found by shape.

Two shapes, neither of which edited prose takes:

- labelled fields one after another with nothing between them but a space, as a fact box, a profile or a spec list
  prints them one a line ('Age: 43 Born: Leeds Job: Teacher', 'Matches: 58 Best score: 212 Runs: 4,917'):
  three labels or more, each value short, with no sentence's end and no separator (a comma, a semicolon, a bar and a
  space) before the next label;
- a long run of mostly capitalised words with no sentence's end, holding groups of four with nothing but a space
  between, one close after another, as a list of names or headings joined into one line leaves them ('Jane Ash Tom
  Birch, writer Ann Cole …').

A page's menu or box of links run into one line has the second shape too: the furniture rules report it (NL344,
NL311), and this rule, a fallback, yields to them.
"""

from __future__ import annotations

import bisect
from typing import Iterable, Iterator

from newslint import captions, native, regexcache
from newslint.model import Article
from newslint.rule import Cues, Finding, Trigger, quote
from newslint.rules.extraction._shared import _ExtractionRule

# a field's colon: after a letter or a closing bracket, before its value (a capital, a figure, a currency sign); not a
# time (10:30), a link (http://) or a quotation (said: "…")
_FIELD_COLON = regexcache.compile(r":[ \xa0]{0,2}(?=[A-Z0-9£$€(])")  # the colon first: a fast scan
_BEFORE_FIELD_COLON = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ)")
_LABEL_WORD = regexcache.compile(r"[A-Za-z][\w'’&-]*\Z")
_LABEL_WORDS = 5  # words of a label at most ('Highest score in an innings')
_VALUE_REACH = 90  # characters from one field's colon to the next one's
_FIELDS = 3  # labelled fields in a row that make a box
# a sentence's end or a line's inside a value: the field is prose, not a box's line
_SENTENCE_IN_VALUE = regexcache.compile(r"[.!?][\"”’')]?\s|\n")
# a list's separator and a space before the next label: fields set out inline by an editor ('Age: 43; born: Leeds');
# one glued to the label is a lost break ('De Villiers (249),Most sixes:')
_SEPARATED = regexcache.compile(r"[,;|/·•–—-]\s+\Z")
# four words in lower case in a row: a clause of prose (a caption, a headline), no box's value ('Director of cricket
# at Surrey' has three)
_CLAUSE = regexcache.compile(r"(?<![\w'’-])[a-z][\w'’-]*(?: [a-z][\w'’-]*){3}(?![\w'’-])")
# the first word of a run's last value, where its span ends
_WORD_OR_FIGURE = regexcache.compile(r"[£$€(]?[\w'’.,-]*\w\)?")

# a long run of capitalised words: the words of a paragraph; a sentence's end is a stop after two small letters (not
# an initial: 'David W. Blight')
_WORD = regexcache.compile(r"[^\W\d_][\w'’.&-]*")
# a stop that may end a sentence (the two letters before it are then checked: lower case, so not an initial)
_STOP = regexcache.compile(r"[.!?](?=[\"”’')]?(?:\s|\Z))")
_RUN_WORDS = 40  # words of a stretch with no sentence's end, at least
_RUN_CAPITALISED = 0.75  # share of them capitalised, at least
_NAME_GROUP = 4  # capitalised words in a row with only a space between them: two names with no comma between
_NAME_GROUPS = 3  # such groups in the stretch, one after another
_GROUP_GAP = 20  # white-space runs at most from a group's fourth word to the next group (19 words between)
_SPACES = regexcache.compile(r"[ \n]+")
# a row of capitalised words, each after one space (a word: anything but a space, so 'Cole,' counts): every list
# of names has one ('Jane Ash Tom Birch Ann Cole, Leeds University Ian Dale'); the trigger's own shape, found
# with the space first (a fast scan)
_ROW_WORDS = 8
_CAPITALISED_ROW = regexcache.compile(r" [A-Z\x80-\U0010ffff][^ \n]*" * _ROW_WORDS)  # unrolled: Python's re is faster


def _python_capitalised_rows(text: str) -> list[int]:
    """Where ``_CAPITALISED_ROW`` matches in ``text`` (the twin of the compiled ``capitalised_rows``, 35f)."""
    return [row.start() for row in _CAPITALISED_ROW.finditer(text)]


_capitalised_rows = native.pick("capitalised_rows", _python_capitalised_rows)
_ROW_CUE = Cues(r"(?: [A-Z\x{80}-\x{10FFFF}][^ \n]*){%d}" % _ROW_WORDS)  # the same in RE2, over a whole article
_SHORTEST_RUN = 250  # characters of a paragraph below which no run is looked for


def field_runs(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, fields) of each run of ``_FIELDS`` labelled fields or more in ``text`` (a paragraph), one after
    another with only a space (or nothing) between a value and the next label."""
    run: list[tuple[int, int]] = []  # (label start, colon end) of each field
    for colon in _close_colons(text):
        starts = _label_starts(text, colon.start(), run[-1][1] if run else 0)
        # the longest label that leaves the value before it joined to it ('Clubs: Leeds, Hull, Stoke Caps: 23')
        label = next((start for start in starts if _joined(text, run[-1][1], start, colon.start())), None) \
            if run else None
        if label is None:
            yield from _closed(text, run)
            run = []
            label = starts[0] if starts else None
        if label is not None:
            run.append((label, colon.end()))
    yield from _closed(text, run)


def _close_colons(text: str) -> list:
    """The fields' colons of ``text`` (matches) that stand in a row of ``_FIELDS`` or more, each within
    ``_VALUE_REACH`` characters of the last: the only ones a run may hold (a cheap pass before labels are read)."""
    colons = [colon for colon in _FIELD_COLON.finditer(text)
              if colon.start() and text[colon.start() - 1] in _BEFORE_FIELD_COLON]
    kept, row = [], []
    for colon in colons:
        if row and colon.start() - row[-1].end() > _VALUE_REACH:
            kept += row if len(row) >= _FIELDS else []
            row = []
        row.append(colon)
    return kept + (row if len(row) >= _FIELDS else [])


def _label_starts(text: str, colon: int, floor: int) -> list[int]:
    """Where the label before the colon at ``text[colon]`` may start, the farthest first: each capitalised word
    among the ``_LABEL_WORDS`` words before it, after ``floor`` (the last field's colon) and after no other
    punctuation than a bracket, a comma or a stop glued to the label."""
    start, starts = colon, []
    for _ in range(_LABEL_WORDS):
        space = text.rfind(" ", max(floor, colon - 60), start)
        glued = max(text.rfind(c, max(floor, space), start) for c in "),(.")
        word_start = max(space + 1, glued + 1, floor)
        if word_start >= start or not _LABEL_WORD.match(text[word_start:start]):
            break
        if text[word_start].isupper():
            starts.append(word_start)
        if word_start == floor or word_start != space + 1 or text[word_start - 2:word_start - 1] in ("", " "):
            break  # the previous colon, a bracket or a comma glued to the label, or two spaces before it
        start = space
    return starts[::-1]


def _joined(text: str, value_start: int, label: int, colon: int) -> bool:
    """Whether the value from ``value_start`` runs straight into the label at ``text[label]``: short, no sentence's
    end or clause of prose in it, and no separator and a space between it and the label."""
    value = text[value_start:label]
    return colon - value_start <= _VALUE_REACH and bool(value.strip()) and _SEPARATED.search(value) is None \
        and _SENTENCE_IN_VALUE.search(value) is None and _CLAUSE.search(value) is None


def _closed(text: str, run: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """The run's span when it has ``_FIELDS`` fields: from its first label to the first word of its last value (where
    that value ends, no break is left to tell)."""
    if len(run) >= _FIELDS:
        word = _WORD_OR_FIGURE.match(text, run[-1][1])
        yield run[0][0], word.end() if word else run[-1][1], len(run)


def name_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each stretch of ``text`` (a paragraph) with no sentence's end of ``_RUN_WORDS`` words or more,
    ``_RUN_CAPITALISED`` of them capitalised, holding ``_NAME_GROUPS`` groups of ``_NAME_GROUP`` capitalised words
    with nothing but a space between them, one close after another, and a row of eight capitalised words each after a
    space (``_CAPITALISED_ROW``): a list of names or headings joined into one line."""
    if len(text) < _SHORTEST_RUN:
        return
    rows = _capitalised_rows(text)
    if not rows:
        return
    start = 0
    for end in [*_sentence_stops(text), len(text)]:
        if end - start >= _SHORTEST_RUN and bisect.bisect_left(rows, start) < bisect.bisect_left(rows, end):
            words = list(_WORD.finditer(text, start, end))
            if len(words) >= _RUN_WORDS and _capitalised_share(words) >= _RUN_CAPITALISED \
                    and _chained_groups(text, words):
                yield words[0].start(), words[-1].end()
        start = end + 1


def _sentence_stops(text: str) -> list[int]:
    """Where a sentence may end in ``text``, in order: the matches of ``_STOP`` after two lower-case letters, its stops
    found by ``str.find`` (Python's re, led by the class of the three, tested it at every character: ~60 instructions
    each, 35f)."""
    return [at for at in captions._starts(text, (".", "!", "?"))
            if text[at - 2:at].isalpha() and text[at - 2:at].islower() and _STOP.match(text, at)]


def _capitalised_share(words: list) -> float:
    """The share of ``words`` (matches) that start with a capital."""
    return sum(word.group()[0].isupper() for word in words) / len(words)


def _chained_groups(text: str, words: list) -> bool:
    """Whether the ``words`` (matches in ``text``) hold ``_NAME_GROUPS`` groups of ``_NAME_GROUP`` capitalised words
    with one space between, each group within ``_GROUP_GAP`` white-space runs of the one before."""
    chain = length = 0
    last_end, group_end = -2, -1  # where the last word ended; where the last group's fourth word ended
    for word in words:
        capitalised = word.group()[0].isupper() and word.group()[-1] not in ".,"
        if capitalised and length and word.start() == last_end + 1 and text[last_end] == " ":
            length += 1
        else:
            length = 1 if capitalised else 0
        if length == 1:
            first = word.start()
        if length == _NAME_GROUP:
            near = group_end >= 0 and sum(1 for _ in _SPACES.finditer(text, group_end, first)) <= _GROUP_GAP
            chain = chain + 1 if near else 1
            if chain >= _NAME_GROUPS:
                return True
            group_end = word.end()
        last_end = word.end()
    return False


class FlattenedBox(_ExtractionRule):
    code = "NL110"
    name = "flattened-box"
    fallback = True  # a page's menu or link box run into one line is the furniture rules' (NL344, NL311): said once
    # reported despite the glued seams of its lines and NL317's run-in caption label at the box's edge
    fallback_despite = frozenset({"NL102", "NL103", "NL106", "NL317"})
    summary = "A fact box, a list or a table whose lines were run into one (labelled fields or names with no breaks)."
    bad = ("Ann Lee takes over in May. Age: 43 Born: Leeds Job: Chief executive of the trust\n"
           "She said she was delighted.")
    good = ("Ann Lee takes over in May.\n\nAge: 43\nBorn: Leeds\nJob: Chief executive of the trust\n\n"
            "She said she was delighted.")
    explanation = ("A fact box, a profile, a spec list or a table prints one field or one name a line; where an "
                   "extractor lost the line breaks its lines run into one ('Age: 43 Born: Leeds Job: Teacher'). "
                   "Reported: three labelled fields or more in a row with nothing but a space between a value and "
                   "the next label (edited text separates inline fields with commas, semicolons or stops), and a "
                   "stretch of forty words or more with no sentence's end, three in four capitalised, with a row of "
                   "eight capitalised words and three groups of four with no comma between them, each within twenty "
                   "words of the last (names run together: a list of names or headings joined into one line). A "
                   "sentence listing names separates them with commas and has verbs; a quotation after a colon is "
                   "no field; a value holding a clause of four lower-case words is prose.")
    # a field's colon, or a row of capitalised words (supersets of the shapes; a capital any letter beyond ASCII)
    trigger = Trigger(pattern=Cues(r"[A-Za-z)]:[ \xa0]{0,2}[A-Z0-9(£$€]|" + _ROW_CUE.pattern),
                      group="runs",  # a run of eight words: a set apart from the shared one's shapes (Triggers)
                      answers=(_ROW_CUE,))  # the set's pass tells it: no pass of its own

    def check(self, article: Article) -> Iterable[Finding]:
        rows = _ROW_CUE.found(article.text)  # a list of names may stand in the article (one pass of RE2)
        for paragraph in article.paragraphs:
            text = paragraph.text
            if text.count(":") >= _FIELDS:
                for start, end, fields in field_runs(text):
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       f"{fields} labelled fields run into one line (a fact box or list flattened): "
                                       f"{quote(text[start:end], 40)}")
            for start, end in name_runs(text) if rows else ():
                yield self.finding(paragraph.start + start, paragraph.start + end,
                                   f"a list of names or headings run into one line: {quote(text[start:end], 40)}")

