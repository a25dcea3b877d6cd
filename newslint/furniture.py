"""Page furniture by line shape: a small logistic model over features of short paragraphs.

A paragraph of a web page that is navigation, a share prompt, a date, a byline or a
credit has a shape that carries from site to site: it is short, it does not end like a
sentence, it lacks the function words of prose, it sits in a run of lines like it or
at the start or end of the body, it holds web vocabulary, separators, dates or links.
:func:`features` turns one paragraph (with its neighbours) into such signals;
``bench/train_furniture.py`` fits the weights on hand-labelled extractor output and
writes them to ``newslint/data/furniture.json`` (a few hundred bytes), which
:func:`furniture_score` reads once.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from operator import itemgetter, methodcaller, mul
from pathlib import Path
from typing import Iterable, Sequence

from newslint import native, regexcache
from newslint.rule import search_set, utf8_for_re2

MAX_WORDS = 45  # longer paragraphs are prose: never scored

_WORD = regexcache.compile(r"[^\W_][\w'’.-]*")
FUNCTION_WORDS = frozenset("""the a an of to in is are was were be been has have had will would could should and
for on with that this from at by as it its he she they his her their who which said says not but""".split())
# words of the page rather than of the story: navigation, sharing, sign-up, comments, ads, legal
WEB_WORDS = frozenset("""home menu search share shares tweet email print comment comments reply subscribe subscribed
subscription subscriber subscribers newsletter newsletters sign log login register account follow followers
like likes advertisement advertise advertising sponsored promoted related trending popular recommended read
more watch listen video videos podcast photos gallery click tap download app apps cookie cookies privacy
policy terms conditions rights reserved copyright contact donate support skip content navigation toggle
close open loading previous next prev top back archive archives tags tagged topics categories category
facebook twitter instagram linkedin youtube whatsapp pinterest reddit rss feed login logout
posted published updated views votes rating save saved bookmark website site inbox membership member members
unlimited offers deals partners sponsors notifications alerts edition epaper premium paywall""".split())
# the words of WEB_WORDS that are rarely anything else, even in a sentence of prose
WEB_STRICT = frozenset("""subscribe subscribed subscription subscriber subscribers newsletter newsletters login logout
register advertisement advertise advertising sponsored promoted click tap download app apps cookie cookies privacy
facebook twitter instagram linkedin youtube whatsapp pinterest reddit rss inbox website comments comment email
donate tagged bookmark epaper premium paywall unlimited notifications""".split())
DATE = regexcache.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}\b"
                   r"|\b\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
                   r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?|[AP]M)?")
LINK = regexcache.compile(r"https?://|www\.|\w@\w+\.\w|(?<!\w)@\w{2,}|\.(?:com|org|net|co\.uk)\b")
_SEPARATOR = regexcache.compile(r"\s[|•»›/]\s|\|")
_LINK_CUES = ("@", "://", "www.", ".co", ".org", ".net")  # one of them stands in every match of LINK
_SEPARATOR_MARKS = "|•»›/"  # one of them stands in every match of _SEPARATOR


def holds_link(text: str) -> bool:
    """``LINK.search(text)`` (an address, a handle), searched only where one of its cues stands: Python's ``re`` tries
    its five alternatives at every character of a line that holds none (most)."""
    return any(map(text.__contains__, _LINK_CUES)) and LINK.search(text) is not None


# 'comment' as a story's sentence uses it, the newsroom's request for a statement, not a page's comment section:
# someone declined or refused to comment, could not comment, was asked for (a) comment, had no (further) comment
# ('declined to comment.', 'our request for comment'; not 'You must be signed in to comment', 'Be the first to comment')
PRESS_COMMENT = regexcache.compile(r"\b(?:(?:declin|refus)\w* to|(?:could|would|did|will|can) not|for|no|without)"
                                   r"(?: an?| any| further| immediate)? comment\b")
SECOND_PERSON = frozenset("you your yours our us we".split())
_SENTENCE_END = tuple(".!?\"”’)")

FEATURES = ("bias", "tiny", "short", "sentence_end", "title_case", "all_caps", "web_words", "function_words",
            "separator", "date", "link", "second_person", "neighbour", "run", "near_start", "near_end",
            "colon", "mostly_digits", "repeated", "web_dense", "isolated", "long", "after_story",
            "before_story", "bracketed", "lower_case", "web_strict", "story_words")


_LONG = 320  # characters: a longer paragraph is prose, never scored
_LIST_MARKS = ("- ", "– ", "• ", "* ", "· ")


_LONG_SHAPE = (MAX_WORDS + 1, False)  # a long paragraph's shape
_RUN = 3  # loose lines in a row that make a run (the feature 'run')


def _shape(text: str) -> tuple[int, bool]:
    """The paragraph's number of words (MAX_WORDS + 1 when it is long) and whether it is a short non-sentence."""
    if len(text) > _LONG:
        return _LONG_SHAPE
    count = len(text.split())
    return count, 0 < count <= 8 and not text.rstrip().endswith(_SENTENCE_END) and not text.startswith(_LIST_MARKS)


def features(texts: Sequence[str], index: int, shapes: Sequence[tuple[int, bool]] | None = None,
             extent: tuple[int, int] | None = None, *, story: bool = True,
             counts: LineCounts | None = None) -> list[float]:
    """The feature vector of paragraph ``index`` among ``texts`` (see FEATURES), or [] when it is too long.
    ``extent`` is the story's first and last paragraph (:func:`story_extent`), computed when not given. With
    ``story=False`` the last feature, story_words (which reads the story's vocabulary), is left out: a caller that
    scores only some lines adds it to those with :func:`add_story_words`. A caller that scores many lines of a page
    passes one ``counts`` (:class:`LineCounts`) for them all."""
    shapes = shapes or [_shape(t) for t in texts]
    first, last = extent or story_extent(texts, shapes)
    text = texts[index]
    count, loose = shapes[index]
    words = _WORD.findall(text) if 0 < count <= MAX_WORDS else []
    if not words or len(words) > MAX_WORDS:
        return []
    lower = _lower(words)
    if "comment" in lower and PRESS_COMMENT.search(text) is not None:  # the story's 'declined to comment'
        lower = [word for word in lower if word != "comment"]
    initials = list(map(itemgetter(0), words))
    capitals = sum(map(str.isupper, initials))
    run = 1  # the loose lines in a row around it, counted to _RUN only (a page of 100,000 one-word lines was quadratic)
    for step in (-1, 1):
        j = index + step
        while run < _RUN and 0 <= j < len(texts) and shapes[j][1]:
            run += 1
            j += step
    neighbour = any(0 <= j < len(texts) and shapes[j][1] for j in (index - 1, index + 1))
    digits = sum(map(str.isdigit, text))
    web = (WEB_WORDS if len(words) <= 8 else WEB_STRICT).intersection(lower)
    vector = [
        1.0,
        float(len(words) <= 2),
        float(len(words) <= 8),
        float(text.rstrip().endswith(_SENTENCE_END)),
        float(capitals / len(words) >= 0.7),
        float(text.isupper() and _all_caps(text)),
        float(bool(web)),
        float(sum(map(FUNCTION_WORDS.__contains__, lower)) >= 2),
        float(any(map(text.__contains__, _SEPARATOR_MARKS)) and _SEPARATOR.search(text) is not None),
        float(digits > 0 and DATE.search(text) is not None),  # (every date holds a digit)
        float(holds_link(text)),
        float(not SECOND_PERSON.isdisjoint(lower)  # (a word of it is one of the lower-cased words too)
              and any(w.lower() in SECOND_PERSON and not w.isupper() for w in words)),  # 'us', not 'US'
        float(loose and neighbour),
        float(loose and run >= _RUN),
        float(index < 2),
        float(index >= len(texts) - 3),
        float(text.rstrip().endswith(":")),
        float(digits * 2 >= len(text.replace(" ", ""))),
        float((counts or LineCounts(texts))[text] > 1),
        float(len(web) >= 2),
        float(loose and _isolated(shapes, index)),
        float(len(words) > 20),
        float(index > last),
        float(index < first and first >= _PAGE_HEAD),  # the head of a whole page (title, menus), not of an extract
        float(text[0] in "([" and text.rstrip()[-1] in ")]"),
        float(sum(map(str.islower, initials)) * 2 >= len(words)),
        float(not WEB_STRICT.isdisjoint(lower)),
    ]
    if story:
        vector.append(float(_in_story(lower, texts, shapes, extent)))
    return vector


_SCANNED = 64  # paragraphs: a page this short is scanned for each line asked (hashing its prose would cost more)


class LineCounts:
    """How many times each paragraph's text stands in ``texts``: on a longer page than ``_SCANNED`` paragraphs,
    counted in one pass on first use (asking ``texts.count`` for every line made a page of many short lines cost
    the square of its length)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._counts: Counter[str] | None = None

    def __getitem__(self, text: str) -> int:
        if len(self._texts) <= _SCANNED:
            return self._texts.count(text)
        if self._counts is None:
            self._counts = Counter(self._texts)
        return self._counts[text]


def add_story_words(vector: list[float], texts: Sequence[str], index: int, shapes: Sequence[tuple[int, bool]],
                    extent: tuple[int, int]) -> list[float]:
    """``vector``, built by :func:`features` with ``story=False``, completed with its story_words feature."""
    vector.append(float(_in_story(_lower(_WORD.findall(texts[index])), texts, shapes, extent)))
    return vector


def _lower(words: list[str]) -> list[str]:
    return [w.lower().strip(".’'") for w in words]


def _all_caps(text: str) -> bool:
    """Two letters or more, every one a capital (asked only of a text with no lower-case letter)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _in_story(lower: list[str], texts, shapes, extent) -> bool:
    """Most of the line's content words are words of the story (a headline, a subheading, a caption of its photo),
    not of another story (a related headline) or of the page."""
    content = _content_words(lower)
    if len(content) < 2:
        return False
    if not isinstance(extent, Extent):
        extent = Extent(extent or story_extent(texts, shapes))
    words = extent.words(texts, shapes)
    return sum(w in words for w in content) * 2 >= len(content)


def _content_words(lower: list[str]) -> list[str]:
    """The words of ``lower`` (lower-cased) that carry content: longer than three letters, no function word."""
    return [w for w in lower if len(w) > 3 and w not in FUNCTION_WORDS]


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry content (see _content_words), lower-cased."""
    return _content_words(_lower(_WORD.findall(text)))


def prose_word_counts(texts: Sequence[str], shapes: Sequence[tuple[int, bool]], indexes: Iterable[int]) -> Counter:
    """How many of the prose paragraphs (more than fifteen words) among ``indexes`` hold each word, lower-cased."""
    return Counter(word for i in indexes if shapes[i][0] > 15
                   for word in set(_lower(_WORD.findall(texts[i]))))


def told_elsewhere(text: str, story: Counter, left: Counter, share: int = 2) -> bool:
    """Most of ``text``'s content words (two or more) stand in the story's prose paragraphs other than some
    (``story`` and ``left``: :func:`prose_word_counts` of the story's and of those left out): the story's own matter,
    not a box's (the site's note on a column, another story's teaser). ``share``: one in this many such words is
    enough (4: a quarter)."""
    content = content_words(text)
    return len(content) >= 2 and sum(story[w] > left[w] for w in content) * share >= len(content)


class Extent(tuple):
    """The story's first and last paragraph (:func:`story_extent`), with the words of its prose found on first use."""

    _words: frozenset[str] | None = None

    def words(self, texts: Sequence[str], shapes: Sequence[tuple[int, bool]]) -> frozenset[str]:
        if self._words is None:
            first, last = self
            self._words = frozenset(w for i in range(first, last + 1) if shapes[i][0] > 15
                                    for w in _lower(_WORD.findall(texts[i])))
        return self._words


def _isolated(shapes: Sequence[tuple[int, bool]], index: int) -> bool:
    """Both neighbours are prose (long paragraphs): the shape of a subheading, not of a menu."""
    around = [shapes[j][0] for j in (index - 1, index + 1) if 0 <= j < len(shapes)]
    return len(around) == 2 and all(count > 15 for count in around)


_EVIDENCE = [FEATURES.index(name) for name in ("all_caps", "web_words", "separator", "date", "link",
                                              "second_person", "run", "mostly_digits", "repeated", "after_story")]
_evidence_of = itemgetter(*_EVIDENCE)


def has_evidence(vector: Sequence[float]) -> bool:
    """Whether a line shows a sign of the page beyond being short: a bare short line may be a heading or a title."""
    return any(_evidence_of(vector))


def page_signs(vector: Sequence[float]) -> int:
    """How many signs of the page a line shows (has_evidence: one or more)."""
    return sum(_evidence_of(vector))


PROSE_WORDS = 12  # a paragraph of the story: this many words or more, ending like a sentence
_PAGE_HEAD = 3  # a story that starts before this paragraph is an extract of the story, not a whole page
_STORY_GAP = 4  # more other paragraphs than this between two of prose part two blocks of the page
_OUTWEIGHS = 4  # times the text of prose in the page's head: a later block holding this much is the story
_LETTERS = regexcache.compile(r"[^\W\d_]+")
_PROSE_MARKS = (" the ", " a ", " of ", " to ", " and ", " in ")
_ENDS_SENTENCE = regexcache.compile(r"[.!?\"”’)](?:\s+[A-Z]{2,}\S*)?\s*$")  # a wire signoff may follow ('… today. REUTER')


def prose_paragraph(text: str, words: int, colon: bool = False) -> bool:
    """A paragraph of prose (of ``words`` words, its shape's count): twelve words or more, ending like a sentence
    (or, with ``colon``, with a colon before a list), with function words; a short one (up to MAX_WORDS) without a
    word of the web page ('download our app')."""
    return words >= PROSE_WORDS \
        and (_ENDS_SENTENCE.search(text, max(0, len(text) - 40)) is not None or colon and text.rstrip().endswith(":")) \
        and any(map(text.__contains__, _PROSE_MARKS)) \
        and (words > MAX_WORDS or _no_strict_web_word(text.lower()))


def _no_strict_web_word(lower: str) -> bool:
    """``WEB_STRICT.isdisjoint(_LETTERS.findall(lower))`` (``lower``: a lower-cased text), its letter runs made only
    where one RE2 pass finds a word of WEB_STRICT with no a-z beside it (a run of letters that is such a word is one:
    the letters beside it are none; few paragraphs hold one), which making every run a str cost four times over
    (4.6 → 1.2 µs a short paragraph of the BBC + scraped mix). A failed search (``[]``, not the set's sentinel alone)
    makes the runs too."""
    return _strict_web_words().Match(utf8_for_re2(lower)) == _NONE_FOUND \
        or WEB_STRICT.isdisjoint(_LETTERS.findall(lower))


@lru_cache(maxsize=1)
def _strict_web_words():
    """The RE2 set (``rule.search_set``) of WEB_STRICT's words between two characters that are no a-z."""
    return search_set([r"(?:\A|[^a-z])(?:" + "|".join(sorted(WEB_STRICT)) + r")(?:[^a-z]|\z)"])


_NONE_FOUND = [1]  # the set's answer where no word is found: its sentinel, \z, alone


def markdown_link_paragraph(text: str) -> bool:
    """A paragraph that is one Markdown link or linked picture, its lines wrapped or not ('[A teaser's text …]
    (https://…)', '[ ![alt](…) ](…)', a list's item of one, '* [![alt](…)](…)'): a related story's card in
    html2text's or pandoc's page, never the story's prose, though it may hold twelve words and end with the link's
    ')'; a sentence that only opens with a link goes on after it."""
    return (text[:1] == "[" or text[:3] in ("* [", "- [")) and text[-1:] == ")" and "](" in text \
        and " " not in text[text.rfind("](") + 2:-1]


def story_extent(texts: Sequence[str], shapes: Sequence[tuple[int, bool]]) -> Extent:
    """The first and last paragraph of the story in a page an extractor flattened: the block of prose paragraphs
    (twelve words or more, ending like a sentence, with function words; a short one without a word of the web
    page, 'download our app') holding the most text, blocks being parted
    by more than four other paragraphs (a menu, a footer, a list of related headlines). Only a whole page, whose
    story starts after a head of three paragraphs or more (title, menus), is given lines after its story: an extract
    of the story alone (or a story ending in a list of names or results), whose prose starts within its first
    three paragraphs, is read to its end, unless a later block holds four times the text of that first one (the
    page's head held a newsletter's pitch or a privacy notice in sentences, over its menus and the story)."""
    best = (0, 0, len(texts) - 1)
    start = previous = -1
    size = opening = 0  # opening: the text of the first block of prose, where it starts in the page's head
    total = 0
    for i, text in enumerate(texts):
        if not _story_paragraph(text, shapes[i][0]):
            continue
        if previous < 0 and i < _PAGE_HEAD:
            total = sum(map(len, texts))
        if previous < 0 or i - previous - 1 > _STORY_GAP:
            if 0 <= start < _PAGE_HEAD:
                opening = size
            start, size = i, 0
        size += len(text)
        if start < _PAGE_HEAD and (_OUTWEIGHS + 1) * size > total:
            return Extent((start, len(texts) - 1))  # prose from the start that no later block can outweigh: an extract
        previous = i
        if size > best[0]:
            best = (size, start, i)
    _, first, last = best
    if opening and best[0] < _OUTWEIGHS * opening:  # (a story's list or table parted its prose)
        first = next(i for i, text in enumerate(texts) if _story_paragraph(text, shapes[i][0]))
    return Extent((first, last) if first >= _PAGE_HEAD else (first, len(texts) - 1))


_FORM_FIELD = regexcache.compile(r"\[[ _]{8,}\]|_{12,}")  # a text browser's field of a form ('[      ]', '____')
_TAIL_LINES = 4  # short lines at most under a paragraph's last sentence (a text browser's 'Share' / 'Print' / 'List')
_TAIL_WORDS = 2  # words of each at most, letters only


def _story_paragraph(text: str, words: int) -> bool:
    """A paragraph of the story's prose for :func:`story_extent`: :func:`prose_paragraph`, not one Markdown link (a
    card) nor a form's text a text browser printed with its fields ('[      ]your password'), or a text browser's
    paragraph whose lines up to its last sentence are prose, a few short lines of the page under it (a page's story
    wrapped in one block with its box of buttons, 'Share' / 'Print')."""
    if not prose_paragraph(text, words):
        if "\n" not in text or words < PROSE_WORDS:
            return False
        lines = text.rstrip().split("\n")
        end = next((k for k in range(len(lines) - 1, len(lines) - 2 - _TAIL_LINES, -1)
                    if k > 0 and lines[k].rstrip().endswith(_SENTENCE_END)), None)
        if end is None or not all(map(_button, lines[end + 1:])):
            return False
        text = " ".join(map(str.strip, lines[:end + 1]))  # (its words apart by spaces: 'arrested the\nCity')
        if not prose_paragraph(text, len(text.split()) if len(text) <= _LONG else MAX_WORDS + 1):
            return False
    return not (text[-1:] == ")" and markdown_link_paragraph(text)) \
        and not (("[" in text or "__" in text) and _FORM_FIELD.search(text))


def _button(line: str) -> bool:
    """A line that is a button's or a link's label alone: up to ``_TAIL_WORDS`` words of letters ('Share', 'Print')."""
    words = line.split()
    return 0 < len(words) <= _TAIL_WORDS and all(map(str.isalpha, words))


def story_end(texts: Sequence[str], shapes: Sequence[tuple[int, bool]]) -> int:
    """The story's last paragraph, ``story_extent(texts, shapes)[1]``, answered without reading a text of up to
    ``_PAGE_HEAD + 1`` paragraphs: only a whole page's story, which starts after a head of ``_PAGE_HEAD``, ends before
    the last paragraph, and such a page has one more (two in three of the texts NL313 asks of the BBC + scraped mix
    are that short)."""
    return len(texts) - 1 if len(texts) <= _PAGE_HEAD + 1 else story_extent(texts, shapes)[1]


def _python_line_shapes(texts: Sequence[str]) -> tuple[list[tuple[int, bool]], bool]:
    """Each text's shape (see _shape) and whether every text ends like a sentence, white space aside (the twin of the
    compiled ``line_shapes``, which reads each text once and counts a short line's words without splitting it)."""
    shapes = [_LONG_SHAPE if len(t) > _LONG else _shape(t) for t in texts]  # (most of a story's paragraphs: no call)
    return shapes, all(map(_ends_like_a_sentence, map(str.rstrip, texts)))


_ends_like_a_sentence = methodcaller("endswith", _SENTENCE_END)
line_shapes = native.pick("line_shapes", _python_line_shapes)

# the marks of a line (``line_forms``'s third answer): what the line rules ask of every paragraph, a bit each
LINE_BREAK, SOFT_HYPHEN, HOLDS_BY, CLOSED, HOLDS_CUT, DOUBLE_SPACE, COLON_SPACE = LINE_MARKS = 1, 2, 4, 8, 16, 32, 64


def _python_line_marks(texts: Sequence[str]) -> bytes:
    """A byte of marks for each text: LINE_BREAK where it holds '\\n', SOFT_HYPHEN '\\xad', HOLDS_BY 'By', CLOSED
    where it ends like a sentence, white space aside, HOLDS_CUT where a text of up to 320 characters holds '...' or
    '…' (NL311 reads it of a line that short only), DOUBLE_SPACE '  ' and COLON_SPACE ': ' (NL312's)."""
    return bytes(("\n" in text) * LINE_BREAK | ("\xad" in text) * SOFT_HYPHEN | ("By" in text) * HOLDS_BY
                 | text.rstrip().endswith(_SENTENCE_END) * CLOSED
                 | (len(text) <= _LONG and ("..." in text or "…" in text)) * HOLDS_CUT
                 | ("  " in text) * DOUBLE_SPACE | (": " in text) * COLON_SPACE for text in texts)


def _python_line_forms(texts: Sequence[str]) -> tuple[list[tuple[int, bool]], bool, bytes]:
    """``line_shapes(texts)``'s shapes and whether every text ends like a sentence, and the texts' marks (the twin of
    the compiled ``line_forms``, which reads each text's end once for both; the line rules ask it through
    ``rules.lines._shared``)."""
    return (*_python_line_shapes(texts), _python_line_marks(texts))


line_forms = native.pick("line_forms", _python_line_forms)


def shapes_of(texts: Sequence[str]) -> list[tuple[int, bool]]:
    """Each text's shape (see _shape)."""
    return line_shapes(texts)[0]


@lru_cache(maxsize=1)
def _model() -> tuple[list[float], float]:
    data = json.loads((Path(__file__).parent / "data" / "furniture.json").read_text(encoding="utf-8"))
    weights = data["weights"]
    return [weights.get(name, 0.0) for name in FEATURES], data["threshold"]  # a feature the weights lack weighs nothing


def furniture_score(vector: Sequence[float]) -> float:
    """The model's probability that a paragraph with this feature vector is page furniture."""
    weights, _ = _model()
    z = sum(map(mul, weights, vector))  # (the same products added in the same order as a generator would)
    return 1.0 / (1.0 + math.exp(-z))


def threshold() -> float:
    return _model()[1]


def may_reach(vector: list[float], cut: float) -> bool:
    """Whether a vector built with ``story=False`` scores ``cut`` or more with either value of its missing
    story_words feature (0 or 1): where neither does, the line is kept without reading the story's vocabulary."""
    return max(furniture_score(vector + [0.0]), furniture_score(vector + [1.0])) >= cut


_BARE_PICTURE = regexcache.compile(r"!\[\]\([^()]*\)|\[\s*\]\([^()]*\)")  # Markdown's picture or link, no text
# Pandoc's Markdown around no text: a list's number, a fenced div's fence with its name or attributes ('::: byline'),
# attributes after an element ('){style=…}', ']{.icon .icon-search}'; wrapped past the paragraph's end where its
# line is one paragraph: '![](https://…/a.jpg){.size-large'), a raw block's fence ('```{=html}'), an HTML
# comment, a hard break's backslash ('\\' at a line's end)
_PANDOC_MARKUP = regexcache.compile(r"^[ \t]*\d{1,3}[.)](?=\s)|:::+[ \t]*(?:\{[^{}]*\}|[\w-]*)|(?<=[\])`])\{[^{}]*(?:\}|\Z)"
                                    r"|```|<!--.*?-->|\\$", re.M | re.S)
# an empty link of the page's ('[](url)'), or a span of its ('[ ]{.pad}', '[ ![](…) ]{.icon}', its close: ']{.icon}')
_OWN_ELEMENT = regexcache.compile(r"(?<!!)\[\s*\]\(|\]\{")
_PANDOC_SIGNS = ("{", ":::", "```", "<!--", "\\")  # a mark of _PANDOC_MARKUP's in a line
_SHELL = regexcache.compile(r"\]\([^()]*\)|^[ \t]*[-*+](?=\s)|[\[\]\s]", re.M)  # a link's target, a list's mark, brackets


# lynx's numbers of links with nothing after them ('[41]', '[7][]'), or the name of a picture's file, wrapped or not
# ('[12][logo.png]', '[74][?uuid=…&type=previ\n   ew&width=440]'), on a line of their own
_LYNX_MARKS_ALONE = regexcache.compile(r"(?:\[\d+\](?:\[(?:[^\]\s]*(?:\.(?:jpe?g|png|gif|webp|svg)|[?=&])[^\]\s]*"
                                       r"(?:\n[ \t]*[^\]\s]+)*)?\])?\s*)+")


def _without_bare_pictures(text: str) -> str:
    """``text`` without Markdown's pictures and links of no text (``_BARE_PICTURE``), a picture inside a link too: its
    removal leaves the link empty ('[![](a.jpg)](url)' → '[](url)'), which a second pass removes."""
    return _BARE_PICTURE.sub("", _BARE_PICTURE.sub("", text))


def nothing_to_read(text: str, numbered: bool = False) -> bool:
    """A line of pictures without alt text alone, as Pandoc prints them ('[] []') or html2text, linked or not
    ('[ ![](https://…/a.jpg) ](https://…)'), or Pandoc's markup around no text ('-   ::: item-content', a lone
    '\\', '```{=html}', '-   [![](…)](…){.share}'): no word of the page's to delete. Not an empty link of the page's or
    a span of its, empty or round a picture ('-   [](https://…){target="_blank"}', '[ ![](…) ]{.icon}'): furniture of
    no words. In a text browser's page whose links it numbers (``numbered``: lynx, its References after the text), a
    line of its numbers alone is no word of the page's either, with no text after them or the file name it prints for
    a picture without alt text ('[41]', '[12][logo.png]')."""
    text = text.strip()
    if text[:2] == "[]":
        return not text.replace("[]", "").strip()
    if numbered and text[1:2].isdigit() and text[0] == "[" and _LYNX_MARKS_ALONE.fullmatch(text):
        return True  # (a link's words follow its number, where it has any)
    if not any(map(text.__contains__, _PANDOC_SIGNS)):  # (most lines, and every line of the other formats)
        return "![](" in text and not _without_bare_pictures(text).strip()
    if "{" in text and _OWN_ELEMENT.search(text):
        return False
    bare = _without_bare_pictures(_PANDOC_MARKUP.sub("", text))
    return bare != text and not _SHELL.sub("", bare)  # (a glyph left is the page's: '[+](#){.show}', '[✕]{.close}')
