"""Shapes of lines that more than one of the line rules reads: sentence ends, headline words, names, credit
lines, the reader addressed, live-blog entry headings, a wire story's sign-off, a page's menus (``in_menu``).
"""

from __future__ import annotations

from collections import Counter
from itertools import repeat
from operator import contains, itemgetter
from typing import Iterable, Sequence

from newslint import regexcache
from newslint.furniture import (FUNCTION_WORDS as _FUNCTION, LINE_MARKS, WEB_STRICT as _WEB_STRICT, WEB_WORDS as _WEB,
                                line_forms)
from newslint.lineshapes import AGENCY, timestamp_line
from newslint.model import Article, Paragraph


# for a trigger's RE2 cues under (?i): the characters beyond ASCII that Python's re folds onto an ASCII letter under
# re.I and RE2 does not ('İ', 'ı', 'ſ', Kelvin sign), any of which makes the trigger fire
_FOLDED_LETTERS = r"[\x{130}\x{131}\x{17F}\x{212A}]"
_SENTENCE_ENDS = tuple(".!?\"”’)")
_UNWRAPPED = 100  # characters: a line this long was not wrapped by hand, it is a whole paragraph of its own


def _kept_lines(text: str) -> tuple[list[str], list[int]] | None:
    """The lines of a block whose line breaks an extractor kept between the page's paragraphs (a line too long to
    be a hard wrap: BeautifulSoup's get_text("\\n") of a whole page), with where each starts, else None."""
    lines = text.split("\n")
    if max(map(len, lines)) <= _UNWRAPPED:
        return None
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return lines, starts


def _set_apart(lines: list[str], index: int) -> bool:
    """The line stands apart from the lines around it in such a block, no piece of a sentence an inline link broke
    ('… was announced on' / 'May 3, 2020' / ', the board said'): the line above does not end in a comma or a
    function word, the line below does not go on in lower case or with punctuation."""
    above = lines[index - 1].split() if index else []
    below = lines[index + 1].lstrip()[:1] if index + 1 < len(lines) else ""
    if above and (above[-1].endswith(",") or above[-1].lower() in _FUNCTION):
        return False
    return not (below.islower() or below and below in ",.;:)")


# the marks of a line (``line_forms``'s third answer, made with the twin in furniture.py): a bit each
LINE_BREAK, SOFT_HYPHEN, HOLDS_BY, CLOSED, HOLDS_CUT, DOUBLE_SPACE, COLON_SPACE = LINE_MARKS


def marks_holding(bits: int) -> bytes:
    """A table for ``bytes.translate`` that turns each paragraph's mark byte into 1 where it holds any of ``bits``,
    else 0: which paragraphs hold them, in one C-level pass over the marks."""
    return bytes(1 if mark & bits else 0 for mark in range(256))


HOLDS_LINE_BREAK = marks_holding(LINE_BREAK)  # the paragraphs of lines (a text browser's wrapped blocks)

_FIRST_CHARACTER = itemgetter(slice(1))


def may_open_lists(texts: Sequence[str], marks: frozenset[str]) -> bool:
    """Whether a text opens with one of ``marks`` (a list's) or holds a line break, after which a line may: the
    cheap test of NL311's list forms (C-level passes over the texts, no bytecode per text; most pages hold neither)."""
    return not marks.isdisjoint(map(_FIRST_CHARACTER, texts)) or any(map(contains, texts, repeat("\n")))


def paragraph_forms(article: Article) -> tuple[list[str], list[tuple[int, bool]], bool, bytes]:
    """The article's paragraph texts with their line_forms (shapes, closed, marks), found once for the line rules
    that read them (NL311, NL312, NL315)."""
    return article.shared("lines.forms", _forms_of_paragraphs)


def _forms_of_paragraphs(article: Article) -> tuple[list[str], list[tuple[int, bool]], bool, bytes]:
    texts = article.paragraph_texts
    return (texts, *line_forms(texts))


_READER = _WEB_STRICT | frozenset("you your yours our us we".split())

# the time of a live blog's entry alone, or with its author after it, glued or after a space: '19:29', '14:05Jane
# Moore', '14:05 Jane Moore' (a text output's one line for both; not '10:30 AM', nor a page's date stamp, '21:22, 6 OCT
# 2020')
_CLOCK = regexcache.compile(r"\d{1,2}:\d{2}(?:[A-Z][\w'’. -]*| (?![AP]\.?M\b)[A-Z][\w'’. -]*)?")


def _live_entry_headings(article: Article) -> set[int]:
    """The entry headings of a live blog ('Council shares update on services', 'A plea from a Cork restaurant'): in
    a text with three or more lines that open with a clock time of the entry, a line of up to sixteen words without
    a final stop, not in capitals ('KEY EVENT' labels the page), with no word of the page or of the reader, right
    under a time or under the blog's author (a line of up to four capitalised words found under a time twice or
    more), and itself neither, not followed by a short label (a menu: 'News', 'Sport'). They are the story's
    headings."""
    paragraphs = article.paragraphs
    if article.text.count(":") < 3:
        return set()
    texts = [p.text.strip() for p in paragraphs]
    clocks = {i for i, text in enumerate(texts) if len(text) <= 40 and _CLOCK.fullmatch(text)}
    if len(clocks) < 3:
        return set()
    under_clocks = Counter(texts[i + 1] for i in clocks if i + 1 < len(texts) and len(texts[i + 1]) <= 40
                           and 1 <= len(texts[i + 1].split()) <= 4 and all(w[:1].isupper() for w in texts[i + 1].split()))
    authors = {i for i, text in enumerate(texts) if under_clocks[text] >= 2}
    found = set()
    for i in range(min(clocks), len(texts)):
        text = texts[i]
        if (i - 1 in clocks or i - 1 in authors) and i not in clocks and i not in authors and text \
                and len(text.split()) <= 16 and not text.endswith(_SENTENCE_ENDS) and not text.isupper() \
                and _READER.isdisjoint(w.lower() for w in _HEADLINE_WORDS.findall(text)) \
                and _WEB.isdisjoint(w.lower() for w in _HEADLINE_WORDS.findall(text)) \
                and not (i + 1 < len(texts) and i + 1 not in clocks and _short_label(texts[i + 1])):
            found.add(i)
    return found


def _short_label(text: str) -> bool:
    """One to three capitalised words without a stop ('Sport', 'Best of Cork' has a small word: it is not one)."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not text.endswith(_SENTENCE_ENDS)


_HEADLINE_WORDS = regexcache.compile(r"[^\W\d_][\w'’-]*")

_FINITE = frozenset("is are was were has have had will would said says did does can could may might".split())
_WIRE_SIGNOFF = regexcache.compile(r"\s+(?:Reuter|REUTER|reuter)$")


def _wire_copy(paragraphs: list[Paragraph]) -> bool:
    """A wire story as the agency filed it (its body ends with the signoff 'Reuter'): no web page came near it,
    and its short lines are results tables, dividend dates and notes to editors."""
    if not paragraphs:
        return False
    last = paragraphs[-1].text.rstrip()  # (the signoff ends it: a search of a long last paragraph only where it may)
    return last.endswith(_WIRE_SIGNOFFS) and _WIRE_SIGNOFF.search(" " + last) is not None


_WIRE_SIGNOFFS = ("Reuter", "REUTER", "reuter")

_CAPS_NAME = regexcache.compile(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,2}")

# a credit that is only an agency, or agencies: 'PA', 'AFP via Getty', 'Scottish SPCA/PA', 'Reuters'
_AGENCY_LINE = regexcache.deferred(r"(?:(?:[A-Z][\w&'’.-]* ){0,2}[A-Z][\w&'’.-]*\s?/\s?)?" + AGENCY
                                  + r"(?:\s?(?:/|via)\s?" + AGENCY + r")*(?:/[\w.-]+)?(?: for [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})?")  # 'Shutterstock/jdoe', 'Getty Images for Netflix'
# a credit line that names the picture: 'Featured image by Jane Doe/The Example Post.', 'Photo courtesy of Jane Doe',
# 'Express photo by Jane Doe'
_IMAGE_BY_LINE = regexcache.compile(r"[(\[]?(?:[A-Z][\w'’-]* )?(?:[Ii]mage|[Pp]hoto|[Pp]hotograph|[Pp]icture|[Pp]ic"
                                    r"|[Ii]llustration|[Pp]hoto[- ][Ii]llustration)s? (?:by|courtesy of|via) (?:[A-Z][\w'’.-]*|de|van|von|da|of|the)"
                                    r"(?: (?:[A-Z][\w'’.&-]*|de|van|von|da|of|the)){0,5}(?: ?/ ?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4})*\.?[)\]]?")

_CAPTION_STOPWORDS = frozenset("""a an the of in on at to for from with by and or as during after before near
over under into""".split())
_CLAUSE_WORDS = _FINITE | frozenset("i he she it we they you who which that".split())
# a quotation mark or a word of reported speech ('\bsaid\b'): each alternative opens with its character, so that a
# search skips to the next of them (the word edge before a word asked after its first letter: a search of '\b(?:said…'
# tried every character)
_REPORTED = regexcache.compile(r"\"|“|”|s(?<!\ws)(?:aid|ays)\b|t(?<!\wt)old\b|a(?<!\wa)ccording\b")


_STEM = 5  # letters: 'closed' and 'close', 'councils' and 'council' match on their first five


def _content_stems(words: Iterable[str]) -> set[str]:
    """The first letters of the words of substance: four letters or more, neither a function word nor a word that is
    rarely anything but the page's."""
    lowered = (_POSSESSIVE.sub("", w) if w[-1:] in _POSSESSIVE_LAST else w for w in map(str.lower, words))
    return {w[:_STEM] for w in lowered if len(w) > 3 and w not in _FUNCTION and w not in _WEB_STRICT}


_POSSESSIVE = regexcache.compile(r"['’]s?$")
_POSSESSIVE_LAST = "'’s\n"  # the last character of a word _POSSESSIVE matches in ('$' also before a last '\n')

_HEADED_REACH = 30  # words: a heading's words come back in the opening of the paragraph it heads
_HEADED_CHARS = 400  # characters of that paragraph read for them (thirty words fit)


def _heads_next_paragraph(texts: list[str], shapes: list[tuple[int, bool]], index: int) -> bool:
    """A heading of the paragraph under it (a subheading, a live blog's entry heading: 'Council shares update on
    services' / 'The council gave an update on its services…'): a line with no word that is rarely anything but
    the page's and three words of substance or more (a name alone may be a byline over a bio), two of which, and
    half of them, come back in the opening of the next paragraph of prose (more than fifteen words, three function
    words or more in its opening; one short line, a name or a place, may stand between). A related story's headline
    names another story, whose words the paragraph under it does not take up."""
    words = _HEADLINE_WORDS.findall(texts[index])
    own = _content_stems(words)
    if len(own) < 3 or not _WEB_STRICT.isdisjoint(w.lower() for w in words):
        return False
    for j in (index + 1, index + 2):
        if j >= len(texts):
            return False
        if shapes[j][0] > 15:
            break
        if not shapes[j][1] or shapes[j][0] > 4:
            return False
    else:
        return False
    if not _stems_may_stand(own, texts[j][:_HEADED_CHARS]):
        return False
    following = _HEADLINE_WORDS.findall(texts[j], 0, _HEADED_CHARS)[:_HEADED_REACH]
    if sum(w.lower() in _FUNCTION for w in following) < 3:
        return False
    shared = own & _content_stems(following)
    return len(shared) >= 2 and len(shared) * 2 >= len(own)


def _stems_may_stand(stems: set[str], opening: str) -> bool:
    """Whether two of ``stems`` or more may be stems of words of ``opening``: each such stem stands in the lowered
    text, a word's stem being the start of the word lowered (a capital sigma, which lowers by what surrounds it, lets
    every stem stand). A paragraph that takes up none of the heading's words is not split into its words."""
    if "Σ" in opening:
        return True
    lowered = opening.lower()
    return sum(stem in lowered for stem in stems) >= 2


# a lone byline opener, no name after it: 'By', 'by:', 'Written by'
_LONE_BY = regexcache.compile(r"(?:(?:Article|Story|Words|Written|Posted|Reported|Text) by|[Bb]y|BY):?")

_MENU_REACH = 2  # short items either side of a line, all of them, make it one of a menu's
_MENU_ITEM_WORDS = 6  # words of such an item at most ('Still Practicing: Tracking Problem Doctors')
_MENU_LABEL = 80  # characters: a longer line is no menu's label
_MENU_RUN = 3  # labels around a line, counted up to the first line that is none, make it one of the menu's


def in_menu(paragraphs: list[Paragraph], index: int, last: int | None = None, *,
            credits: Sequence[bool] = (), unmarked: dict[int, str] | None = None) -> bool:
    """Line ``index`` (down to ``last``: a caption with its credit) stands inside a menu of the page (NL312's and
    NL315's one test): the two lines above it and the two below are short items (_menu_item; no credit: a gallery's
    captions stand between their credits and dates), or the lines directly above and below are labels (_menu_label),
    _MENU_RUN or more on the two sides together (a byline stands under a headline, over a date or the story). A line
    with link markup is read without it (``unmarked``)."""
    def text(j: int) -> str:
        return unmarked.get(j, paragraphs[j].text) if unmarked else paragraphs[j].text

    below = (last if last is not None else index) + 1
    if all(0 <= j < len(paragraphs) and not (credits and credits[j]) and _menu_item(text(j))
           for j in (*range(index - _MENU_REACH, index), *range(below, below + _MENU_REACH))):
        return True
    counts = []
    for start, step in ((index - 1, -1), (below, 1)):
        count, j = 0, start
        while 0 <= j < len(paragraphs) and count < _MENU_RUN and _menu_label(text(j)):
            count, j = count + 1, j + step
        counts.append(count)
    return min(counts) > 0 and sum(counts) >= _MENU_RUN


def _menu_item(text: str) -> bool:
    """A short item of a menu: up to six words, no sentence's end, no date."""
    return 1 <= len(text.split()) <= _MENU_ITEM_WORDS and not text.rstrip().endswith(_SENTENCE_ENDS) \
        and not timestamp_line(text)


def _menu_label(text: str) -> bool:
    """A line of the shape of a menu's label: short, with a letter, not a date, a byline's opener or the end of a
    sentence, its words of four letters or more capitalised ('Made in Germany', 'Catalyst Podcast', 'What Are The
    Hurricane Categories?'; not 'Sign up for our newsletter', 'May 3, 2021', 'By')."""
    text = text.strip()
    return 0 < len(text) <= _MENU_LABEL and not text.endswith((".", ",", ":", ";")) \
        and any(map(str.isalpha, text)) and not _LONE_BY.fullmatch(text) and not timestamp_line(text) \
        and not any(word[0].islower() and len(word) >= 4 and word[:4].isalpha() for word in text.split())


