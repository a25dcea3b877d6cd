"""Subheadings and embedded-post headers run into the text where an extractor lost the paragraph breaks (NL106).

Five shapes besides the title-case line of :mod:`.glue` (``era.A New Era of Space ExplorationThe crew``), each a short
line with no final stop between the end of one sentence and the start of the next:

- a question glued to the sentence after it, at a line's start or glued to the stop before it
  (``tasks.What makes a group smart?Before we``);
- a heading in sentence case glued to both sentences (``schedule.Local pubsSome pubs``);
- in a paragraph whose paragraphs were joined with double spaces (readability), a short phrase between two such joins
  (``disagree.  Heard it through the grape vine  It was``);
- in a page whose breaks became single spaces, a heading in sentence or title case (after a stop, or a quotation's
  closing mark) before a word that opens sentences or, ending in lower case, before a word the text writes in lower
  case or the name whose possessive it opened on (``the group. Arrested development That's not all``, ``the group.
  Fitness doubts Coach and doctors will``, ``"… it said." Fitness After``, ``Harlow’s part in the win Harlow’s
  doctors``);
- in a live blog run into one line, an entry's title after its clock (24- or 12-hour) and the author most entries
  share, if any, and before its text (``schedule.10:57Jane DoeLocal pubsSome pubs``, ``schedule. 10:57am Local pubs
  Some pubs``);

and the header of an embedded social-media post (``homophobia."Jane Doe \u200f@JaneDoeCongratulations``). A sentence's
stop may be followed by a section break's asterisks or a no-break space before the heading (``goals.* * *An``).
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Iterator

from newslint import regexcache
from newslint.dates import MONTH, TIME_ZONE
from newslint.model import Article
from newslint.rule import Cues
from newslint.rules.extraction._shared import _SENTENCE_OPENERS, _SENTENCE_STARTERS

# where a heading may start after a sentence: its stop glued to the heading, with the closing quote, a section break's
# asterisks or a no-break space between them; the stop first, for a fast scan
_HEADING_START = regexcache.compile(r"[.!?](?<=[a-z0-9)][.!?])[\"”’']?(?:\* \* \*|\xa0)?(?=[A-Z])")
# a question glued to the capital of the next sentence, the question mark first for a fast scan
_QUESTION_END = regexcache.compile(r"\?(?=[A-Z][a-z])")
# a question of three to ten words; no quotation, comma or second stop in it
_QUESTION = regexcache.compile(r"[A-Z][a-z]*(?: [\w’'-]+){2,9}\?")
# a short heading, two to six words, the first capitalised or an acronym (and acronyms, a dash, a comma or a colon
# among them), whose last word is glued to the next sentence's first: 'schedule.Local pubsSome pubs around',
# 'idea.Straight outta HelgenI create', 'eyes.Reaching RiverwoodSoon', 'said.NHS: a week of strikesStaff at'
_SHORT_HEADING = regexcache.compile(
    r"(?P<heading>(?:[A-Z][a-z]+|[A-Z]{2,6}(?:[’']s)?)(?:(?: [-–—]|[,:])? (?:[A-Za-z][a-z’'-]*|[A-Z]{2,6}(?:[’']s)?)){0,4}"
    r" (?P<last>[A-Za-z][a-z]{2,}))(?P<next>[A-Z][a-z]*)\b")
# a paragraph join of readability: a sentence's end, two spaces or more, a capital
_DOUBLE_SPACE_JOIN = regexcache.compile(r"[.!?][\"”’']?(?= {2,}[A-Z])")
_JOINS_IN_PARAGRAPH = 3  # joins that show a paragraph is a page's paragraphs joined with double spaces
# a short phrase between two such joins: 'disagree.  Heard it through the grape vine  It was'
_SPACED_HEADING = regexcache.compile(r" {2,}(?P<heading>[A-Z][\w’'-]*(?: [\w’'-]+){1,7})(?= {2,}[A-Z])")
# the header of an embedded post run into the text: a name (and a title) before a handle with the right-to-left mark
# such embeds print, glued to the sentence before it ('homophobia."Jane Doe \u200f@JaneDoe')
_POST_HEADER = regexcache.compile(
    r"(?m)(?:^|(?<=[.!?\"”’'])|(?<=[.!?\"”’'] ))(?P<name>(?:[A-Z][\w'’.-]* ){1,4})\u200f@(?P<handle>[A-Za-z0-9_]{2,15})"
    r"(?P<age> \d{1,2}[mh](?![a-z]))?")
# a full stop before a double-space join: a page whose paragraphs readability joined with double spaces has some (a
# literal first: Python's search for two spaces alone, or RE2's for the join, cost 5-7 µs per article)
_STOP_JOIN = regexcache.compile(r"\.  (?=[A-Z])")
_BYLINE = regexcache.compile(r"\b[Bb]y\b")
_SPACES = regexcache.compile(r" +")
_WORDS_AFTER = regexcache.compile(r"\s+([^\W\d_]+)")
_INNER_CAPITAL = regexcache.compile(r"[a-z][A-Z]")
# a word that opens sentences, capitalised (of two letters or more: 'group A was' goes on a sentence)
_OPENING_WORD = "|".join(sorted((word.capitalize() for word in _SENTENCE_OPENERS if len(word) > 1),
                                key=lambda w: (-len(w), w)))


def prose_after(text: str, end: int) -> bool:
    """At least two of the (up to) three words after ``text[end]`` are in lower case: a sentence goes on there."""
    after = [m.group(1) for m in itertools.islice(_WORDS_AFTER.finditer(text, end, end + 60), 3)]
    return sum(word.islower() for word in after) >= 2


def _next_word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


def paragraph_shapes(article: Article) -> tuple[bool, tuple[bool, bool, bool], bool, bool]:
    """Which of the paragraph shapes the ``article`` may hold: a question heading (a question mark somewhere), the
    spaced headings (a full stop's double-space join; a page joined with single spaces, :func:`_space_joined`, that
    the OCR gate does not judge a scan's, whose lines of verse and running heads look the same; a live blog run into
    one line, :func:`_live_blog_line`), a post's header (a post's handle), a numbered list run into the text (its
    first item's number before a capital)."""
    text = article.text
    return "?" in text, (_STOP_JOIN.search(text) is not None, _space_joined(text) and not article.ocr.ocr,
                         _live_blog_line(text)), "\u200f@" in text, _has_first_item(text)


_JOINED_LINE = 2500  # characters: a longer line is a page's paragraphs joined (the BBC corpus's longest, 1,719)
# a link's text and the punctuation after it written apart ('on Facebook , Twitter'): an extractor joined the page's
# elements with spaces (NL106's trigger answers it for the article's text)
SPACED_PUNCTUATION = Cues(r"[a-z] [,.;:] ")


def _space_joined(text: str) -> bool:
    """Whether ``text`` is a page whose breaks became single spaces: a link's punctuation written apart
    (``SPACED_PUNCTUATION``) and a line of ``_JOINED_LINE`` characters or more (the lines measured only then)."""
    return len(text) >= _JOINED_LINE and SPACED_PUNCTUATION.found(text) \
        and max(map(len, text.split("\n"))) >= _JOINED_LINE


def _live_blog_line(text: str) -> bool:
    """Whether ``text`` may hold a live blog's entries run into one line: a clock before a capital
    (``_CLOCK_BEFORE_CAPITAL``) and a line of ``_JOINED_LINE`` characters or more (the lines measured only then)."""
    return len(text) >= _JOINED_LINE and _CLOCK_BEFORE_CAPITAL.search(text) is not None \
        and max(map(len, text.split("\n"))) >= _JOINED_LINE


# a clock's minutes before a capital ('17:32Frances', '10:57 Gavin', '9:05pm Local'), the colon first: a search for a
# literal ('[:.]' first, for clocks written with a dot, cost five times as much)
_CLOCK_BEFORE_CAPITAL = regexcache.compile(r":\d\d ?(?:[AaPp]\.?[Mm]\.? ?)?[A-Z]")


def _has_first_item(text: str) -> bool:
    """Whether a list's first item may stand in ``text``: a '1.' before a capital (or a quotation), glued to a word or
    a stop, or after a sentence's end and a space (each '1.' found with ``str.find``: a regex search of the whole
    article, with no literal to look for first, cost 10 µs)."""
    at = text.find("1.")
    while at >= 0:
        if _LIST_NUMBER.match(text, at) or text[at - 1:at] in ("", "\n") and _ITEM_START.match(text, at + 2):
            return True  # glued to a word or after a stop, or opening a paragraph
        at = text.find("1.", at + 2)
    return False


def question_headings(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the questions in ``text`` that stand as a heading glued to the sentence after it, at a line's
    start or glued to the sentence before it ('tasks.What makes a group smart?Before we conducted'); not a heading
    of glued menu words ('NewsletterHow does …?')."""
    if "?" not in text:
        return
    for end in _QUESTION_END.finditer(text):
        start = max(text.rfind("\n", 0, end.start()) + 1, _heading_start(text, end.start()))
        if _QUESTION.fullmatch(text, start, end.end()) and _INNER_CAPITAL.search(text, start, end.end()) is None \
                and prose_after(text, _next_word_end(text, end.end())):
            yield start, end.end()


_REACH = 90  # characters a heading's start is looked for before its end


def _heading_start(text: str, end: int) -> int:
    """Where the last heading start (``_HEADING_START``) before ``text[end]`` is, within ``_REACH`` characters; -1
    when there is none."""
    found = -1
    for found in (match.end() for match in _HEADING_START.finditer(text, max(0, end - _REACH), end)):
        pass
    return found


def short_headings(text: str, runs: list[tuple[int, int]], glued_sentence) -> Iterator[tuple[int, int]]:
    """(start, end) of the short headings glued to the sentence before them and, at the case change of one of the
    letter runs ``runs`` (NL102's), to the sentence after them ('schedule.Local pubsSome pubs around'):
    ``glued_sentence(last, text, cut)`` says whether a sentence starts at ``text[cut]`` glued to the heading's last
    word ``last``; a last word no dictionary knows is a name, which the paragraph must use elsewhere, before a
    sentence's first word ('Reaching RiverwoodSoon, though … Riverwood')."""
    words = _WordPlaces(text)
    for run_start, run_end in runs:
        if text[run_start - 1:run_start] != " ":
            continue  # the heading's last word, a word of its own (not 'era.A New')
        start = _heading_start(text, run_start)
        match = _SHORT_HEADING.match(text, start) if start >= 0 else None
        if match is None or not run_start < match.start("next") < run_end:
            continue
        last, first = match.group("last"), match.group("next")
        if _BYLINE.search(match.group("heading")):
            continue  # 'By Jane Doe' glued to a date or a sentence is a byline
        if glued_sentence(last, text, match.start("next")) \
                or last[0].isupper() and (first == "I" or first in _SENTENCE_STARTERS or first.lower() in _SENTENCE_OPENERS) \
                and prose_after(text, match.end("next")) and words.used_elsewhere(last, match.start("last")):
            yield match.start("heading"), match.end("heading")


_WORD_CHARACTERS = regexcache.compile(r"\w+")


class _WordPlaces:
    """Where each word of a paragraph stands as a word of its own (a run of word characters, as ``\bword\b`` finds
    it), found in one pass on first need: a search of the paragraph per heading grew with the paragraph's length times
    its headings."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[str, list[int]] | None = None

    def used_elsewhere(self, word: str, at: int) -> bool:
        """The paragraph writes ``word`` as a word of its own somewhere else than at ``text[at]``: a name it uses."""
        if self._starts is None:
            self._starts = {}
            for found in _WORD_CHARACTERS.finditer(self.text):
                self._starts.setdefault(found.group(), []).append(found.start())
        return any(start != at for start in self._starts.get(word, ()))


def spaced_headings(text: str, double_spaced: bool, space_joined: bool, live: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of the headings set apart by spaces in a paragraph that is a page's paragraphs joined: the short
    phrases between readability's double-space joins (:func:`double_space_headings`, in a page with such joins,
    ``double_spaced``) and, in a paragraph ``_JOINED_LINE`` characters long or more of a page joined with single
    spaces (``space_joined``), the headings in sentence or title case after a sentence's stop
    (:func:`sentence_case_headings`); and in such a paragraph of a page with a clock before a capital (``live``), the
    titles of a live blog's entries, set apart or glued (:func:`entry_titles`)."""
    if double_spaced:
        yield from double_space_headings(text)
    if space_joined and len(text) >= _JOINED_LINE:
        yield from sentence_case_headings(text)
    if live and len(text) >= _JOINED_LINE:
        yield from entry_titles(text)


_NAME_WORD = r"(?:Ma?c|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# a live blog's entry header run into the text: a clock in 24- or 12-hour form ('17:32', '9:05pm', '10:57 BST'), perhaps
# a date after it ('10:57, 12 October 2020'), then (glued or after a space) the capital of its author's name or its
# title ('restrictions17:32Jane DoeLocal pubs', '10:57am Local pubs Some')
_MERIDIEM = r"(?: ?[AaPp]\.?[Mm](?![a-z])\.?)"
_ENTRY_HEADER = regexcache.compile(
    rf"(?<![\d:£$€])(?<!\d[.,])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d){_MERIDIEM}?"
    rf"(?: {TIME_ZONE})?(?:,? (?:\d{{1,2}} {MONTH}|{MONTH} \d{{1,2}})(?:,? \d{{4}})?,?)? ?"
    rf"(?=[A-Z'\"‘“])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})?")
_ENTRIES = 3  # entry headers in a line that show a live blog; the author (two or three words) of as many is no title
# a word before a clock in a sentence ('at 10:57 Jane Doe said'), not before an entry's
_TIME_WORD_BEFORE = regexcache.compile(
    r"(?i)\b(?:at|by|from|until|till|to|before|after|around|about|since|between|and|or|of|past|than) \Z")
# where an entry's title ends: a sentence glued to it ('pubsSome', 'midnight"It'), its question mark, a double space,
# a link, the next entry's clock; or a stop (the entry opens on a sentence, no title)
_TITLE_END = regexcache.compile(r"(?<=[a-z]{2})(?=['\"“‘]?[A-Z][a-z])|(?<=\d)(?=[A-Z][a-z])|(?<=[?!])"
                                rf"|(?=  | https?:| ?\d{{1,2}}:\d{{2}}(?!\d)| (?:{_OPENING_WORD}) [a-z])|(?P<stop>[.;:])")
_TITLE_REACH = 160  # characters an entry's title ends within


def entry_titles(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the titles of a live blog's entries run into the line ``text``, each after its entry's header
    (:data:`_ENTRY_HEADER`, ``_ENTRIES`` at least in the line, none after a word that leads to a time: 'at 10:57'; the
    two or three words after the clock that ``_ENTRIES`` headers share are the author's) and before the entry's text,
    a link or the next entry (:data:`_TITLE_END`)."""
    headers = [header for header in _ENTRY_HEADER.finditer(text)
               if not _TIME_WORD_BEFORE.search(text, max(0, header.start() - 9), header.start())]
    if len(headers) < _ENTRIES:
        return
    names = Counter(name for header in headers if header.group("name") for name in _names(header.group("name")))
    for header in headers:
        name = max((name for name in _names(header.group("name") or "") if names[name] >= _ENTRIES),
                   key=lambda name: (names[name], len(name)), default="")  # 'Jane Doe', not 'Jane Doe Title'
        start = (header.start("name") if header.group("name") else header.end()) + len(name)
        start += text.startswith(" ", start)
        if start == len(text) or not text[start].isupper() and text[start] not in "'\"‘“":
            continue  # no title: a digit, a bracket
        end = _TITLE_END.search(text, start + 1, start + _TITLE_REACH)
        if end is not None and end.group("stop") is None and end.end() > start + 1:
            yield start, end.end()
        elif (seam := _title_seam(text, start, end.start() if end is not None else start + _TITLE_REACH)) > 0:
            yield start, seam  # no end found, or a stop: the title ends before a capital


# a title's last word in lower case before the capital that opens the entry's text ('on services Cork County Council
# have given', 'NPHET's letter Ireland could see')
_TITLE_SEAM = regexcache.compile(r"(?<=[a-z]{2}) (?=[A-Z][a-z])")


def _title_seam(text: str, start: int, end: int) -> int:
    """Where an entry's title that starts at ``text[start]`` ends before ``end``: at the first word in lower case
    followed by a capital (:data:`_TITLE_SEAM`; a capitalised word before one goes on a name), a word in lower case
    among the three after that capital (the entry's sentence goes on), the title two words or more and its last word
    none a clause goes on after nor one between names ('NPHET vs Government'); -1 where none does."""
    for seam in _TITLE_SEAM.finditer(text, start, end):
        last = text[text.rfind(" ", start, seam.start()) + 1:seam.start()]
        if not last.islower():
            continue  # 'Cork County Council', a name
        after = text[seam.end():seam.end() + 60].split(" ")[1:4]
        if " " not in text[start:seam.start()] or last in _NEVER_LAST_WORDS or last in _TITLE_LINKS \
                or _SAYING.fullmatch(last) or not any(word[:1].islower() for word in after):
            return -1
        return seam.start()
    return -1


_SAYING = regexcache.compile(r"said|says|told|added|asked|called|named|urged|thanked|visit|visited|join|joined")
_TITLE_LINKS = frozenset("v vs versus and or".split())  # words inside a title between two names ('NPHET vs Government')


def _names(words: str) -> list[str]:
    """The names ``words`` may be: its first two words, and all three."""
    split = words.split(" ")
    return [" ".join(split[:count]) for count in range(2, len(split) + 1)]


# a heading in sentence or title case (two to twelve words, the first capitalised) after a sentence's stop (and the
# quotation mark it closes) and a space, before the first word that opens sentences (of two letters or more: 'group A
# was' goes on a sentence) and a word in lower case: 'the group. Arrested development That's not all'
_SENTENCE_CASE_HEADING = regexcache.compile(r"[.!?][\"”’']? (?P<words>[A-Z][\w’'-]*(?: [A-Za-z][\w’'-]*){2,13})")
_NEXT_WORD = regexcache.compile(r"(?P<next>[A-Z][a-z]+|[A-Z]{2,6})(?:’s|'s)?")
_OPENING_WORDS = frozenset(_OPENING_WORD.split("|"))
_LOWER_WORD = regexcache.compile(r"\b[a-z]+\b")
_ONE_WORD_HEADING = regexcache.compile(r"[A-Z][a-z]{3,}")  # a heading of one word: no name's initials, no acronym
_SENTENCE_CASE_WORDS = 8  # words of a heading in sentence case before a sentence that opens on a word of the text's


def sentence_case_headings(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the headings in sentence or title case (two to twelve words, or one plain word of four letters
    or more before a word that opens sentences: 'questions. Accountability After running') between a sentence's stop
    and the next sentence ('the group. Arrested development That's not all'): the next sentence's first word, a word
    in lower case after it, one that opens sentences or that the text writes in lower case elsewhere (a name or a
    title goes on a sentence: 'reads The Times'; not where the heading opened on the same name's possessive: 'LVMH’s
    role in the sale LVMH’s first'), a sentence going on after it; no heading opens on a pronoun or ends on a word a
    clause goes on after."""
    lower: frozenset[str] | None = None
    for match in _SENTENCE_CASE_HEADING.finditer(text):
        if not text[match.start() - 2:match.start()].isalpha() or not text[match.start() - 1].islower():
            continue  # an initial's or an abbreviation's stop: 'J. Doe', 'a.m. Later'
        words = match.group("words").split(" ")
        start = end = match.start("words")
        for count in range(1, len(words) - 1):
            end += len(words[count - 1]) + 1
            following = _NEXT_WORD.fullmatch(words[count])
            if following is None or not words[count + 1][0].islower():
                continue
            if count < 2:  # one word before an opener: a heading of one plain word ('Accountability After running')
                if following.group("next") in _OPENING_WORDS and _ONE_WORD_HEADING.fullmatch(words[0]) \
                        and words[0] not in _OPENING_WORDS and words[0].lower() not in _NEVER_FIRST_WORDS \
                        and prose_after(text, end + len(following.group("next"))):
                    yield start, end - 1
                    break
                continue
            if following.group("next") not in _OPENING_WORDS:
                if count > _SENTENCE_CASE_WORDS or not words[count - 1][0].islower():
                    continue  # a capitalised word goes on a name ('After the Great Crash of 2008')
                if lower is None:
                    lower = frozenset(_LOWER_WORD.findall(text))
                if following.group("next").lower() not in lower \
                        and (following.group() != words[0] or following.group() == following.group("next")):
                    continue  # a name goes on the sentence, unless the heading opened on its possessive, a noun
                    # phrase, and the sentence does too ('LVMH’s role in the sale LVMH’s first')
            if words[0].lower() not in _NEVER_FIRST_WORDS and words[count - 1] not in _NEVER_LAST_WORDS \
                    and prose_after(text, end + len(following.group("next"))):
                yield start, end - 1
            break


# words no heading opens on (a sentence's subject)
_NEVER_FIRST_WORDS = frozenset("i you he she it we they his her its our their this that there".split())


def double_space_headings(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the short phrases with no final stop between two double-space joins of a paragraph whose
    paragraphs readability joined with double spaces ('disagree.  Heard it through the grape vine  It was'), a sentence
    going on after them; not a label, a credit or a list item (a colon, a comma, a bracket or a digit)."""
    if text.count("  ") < _JOINS_IN_PARAGRAPH:
        return
    joins = [match.end() for match in _DOUBLE_SPACE_JOIN.finditer(text)]
    if len(joins) < _JOINS_IN_PARAGRAPH:
        return
    for join in joins:
        match = _SPACED_HEADING.match(text, join)
        if match is None:
            continue
        heading = match.group("heading")
        if any(c.isdigit() or c in ",:;()" for c in heading) or _INNER_CAPITAL.search(heading) \
                or heading.split()[-1].lower() in _NEVER_LAST_WORDS:
            continue
        if prose_after(text, _next_word_end(text, _SPACES.match(text, match.end()).end())):
            yield match.start("heading"), match.end("heading")


# words no heading ends on (a clause goes on after them)
_NEVER_LAST_WORDS = frozenset("the a an of to and or for with from by at in into on as than that".split())


def post_headers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the headers of embedded social-media posts run into the text: a name before the handle with
    the right-to-left mark such embeds print (and the post's age, '15m'), glued to the sentence before it."""
    if "\u200f@" not in text:
        return
    for match in _POST_HEADER.finditer(text):
        yield match.start("name"), match.end("age") if match.group("age") else _handle_end(match)


def _handle_end(match) -> int:
    """Where the handle of a :data:`_POST_HEADER` match ends: after the part that spells the name before it when a
    capitalised word follows inside it, as where the post's first word is glued to it ('Jane Doe @JaneDoeWell done')."""
    handle, words = match.group("handle"), [word.lower() for word in match.group("name").split()]
    spelt = max((len(name) for name in ("".join(words[:n]) for n in range(1, len(words) + 1))
                 if handle.lower().startswith(name)), default=0)
    return match.start("handle") + (spelt if handle[spelt:spelt + 1].isupper() else len(handle))


def numbered_items(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the number and first word of each item of a numbered list run into the paragraph ``text``
    (its items' breaks lost: '… the last step.1. Plan the route Most walkers … 2. Pack light Take …'): items numbered
    1, 2, 3 … in text order, at least ``_LIST_ITEMS`` of them, each within ``_LIST_GAP`` characters of the one before,
    every number after a sentence's end or glued to a word. Edited prose numbers a point in brackets ('(1)')."""
    numbers = [number for number in _LIST_NUMBER_CANDIDATE.finditer(text) if _LIST_NUMBER.match(text, number.start())]
    taken = -1
    for index, first in enumerate(numbers):
        if first.group(1) != "1" or first.start() < taken:
            continue
        run = [first]
        for position in range(index + 1, len(numbers)):  # no slice: a copy of the rest for every '1' is quadratic
            later = numbers[position]
            if later.start() - run[-1].start() > _LIST_GAP:
                break
            if int(later.group(1)) == len(run) + 1:
                run.append(later)
        if len(run) >= _LIST_ITEMS:
            taken = run[-1].end()
            for item in run:
                yield item.start(1), _next_word_end(text, item.end())


# a list item's number after a sentence's end (and a space) or glued to a word, before a capital or a quotation
_LIST_NUMBER = regexcache.compile(r"(?:^|(?<=[.!?'\"”’):] )|(?<=[.!?'\"”’)]{2} )|(?<=[a-z.!?'\"”’)]))(\d{1,2})[.)] ?"
                                  r"(?=[A-Z'\"‘“])")
# the same number without what must stand before it, searched first: a search that starts with a digit skips to the
# next digit in C, while the lookbehinds above are tried at every position of the text (75 µs per KB)
_LIST_NUMBER_CANDIDATE = regexcache.compile(r"(\d{1,2})[.)] ?(?=[A-Z'\"‘“])")
_ITEM_START = regexcache.compile(r" ?[A-Z'\"‘“]")
_LIST_ITEMS = 3
_LIST_GAP = 1500  # characters from one item's number to the next


def fixture_lists(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the fixture lists or results run into the paragraph ``text``: at least ``_FIXTURES`` matches
    ('Town v City', 'Rovers vs United'), each within ``_FIXTURE_GAP`` characters of the one before, as a flattened box
    of a match preview or a table of fixtures leaves them ('… on Saturday.Town v CityRovers v United …'); prose
    names one match, or two."""
    if not may_hold_fixture(text):
        return
    spans = [span for match in _VERSUS.finditer(text) if (span := _fixture(text, match)) is not None]
    for run in clusters(spans, _FIXTURES, _FIXTURE_GAP):
        yield run[0][0], run[-1][1]


def _fixture(text: str, versus) -> tuple[int, int] | None:
    """The span of the match named around ``versus`` (' v '), one to four capitalised words before it ('Kings XI
    Punjab v Mumbai'), or None when a word in lower case stands before it."""
    found = _TEAM_BEFORE.search(text, max(0, versus.start() - _TEAM_REACH), versus.start())
    return (found.start(), versus.end()) if found else None


def may_hold_fixture(text: str) -> bool:
    """Whether ``text`` may name a match: ' v ' or ' vs' in it, found from each ' v' (a search for a space after a
    common letter tried the rest at nearly every space: both searches of three characters cost twice this one of two
    and the few places it finds, two an article)."""
    at = text.find(" v")
    for _ in range(_V_TRIES):
        if at < 0:
            return False
        if text[at + 2:at + 3] in (" ", "s"):
            return True
        at = text.find(" v", at + 2)
    return at >= 0 and (" v " in text or " vs" in text)  # a page of many ' v': the two searches, not a loop


_V_TRIES = 16  # ' v' tried one by one (the mix: two an article)


_VERSUS = regexcache.compile(r" vs?\.? [A-Z][\w'’.&-]*")  # ' v ' first: a literal to look for
_TEAM_BEFORE = regexcache.compile(r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}\Z")  # searched up to the ' v '
_TEAM_REACH = 60  # characters: four words of a team's name
_FIXTURES = 3
_FIXTURE_GAP = 150  # characters between two fixtures of one list: a date, a time, a ground


def clusters(spans: list[tuple[int, int]], least: int, gap: int) -> Iterator[list[tuple[int, int]]]:
    """The runs of at least ``least`` of the sorted ``spans``, each starting within ``gap`` characters of the end
    of the one before it."""
    run: list[tuple[int, int]] = []
    for span in spans:
        if run and span[0] - run[-1][1] > gap:
            if len(run) >= least:
                yield run
            run = []
        run.append(span)
    if len(run) >= least:
        yield run
