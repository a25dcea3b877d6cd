"""The article model: header metadata and body paragraphs, with exact offsets.

Every rule reads the same :class:`Article`. Its text is the document's text with
line ends normalised to ``\\n`` (the original line ends are restored on write,
see :mod:`newslint.source`). Tokens, sentences and paragraphs are computed once
per article and shared by all rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, chain, pairwise, repeat
from operator import add
from typing import Any, Callable, NamedTuple, TypeVar

from newslint import native, regexcache, textutil
from newslint.diagnostic import slot_constructor
from newslint.lineshapes import BYLINE_LINE, timestamp_line
from newslint.ocr.gate import (OcrDecision, Tally, counts_of, decide, hard_wrapped, lower_alpha_words,
                              may_be_hard_wrapped, tally)


@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of code-point offsets into ``Article.text``."""

    start: int
    end: int


@dataclass(frozen=True)
class HeaderField:
    """A metadata value found in the article text (title, date line, URL line)."""

    value: str
    span: Span
    glued: bool = False  # True when it was glued in front of the body text


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph: its text and where it starts in ``Article.text`` (slotted: made and read faster than
    with a ``__dict__``, an article has a dozen)."""

    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# Paragraph(index, start, text) without the frozen __init__'s three object.__setattr__ calls: each slot set in place
# (equal, hashed and shown alike; tests/test_model.py)
_paragraph = slot_constructor(Paragraph)


class Token(NamedTuple):
    """A word token with its absolute span (a tuple: articles have thousands)."""

    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Sentence:
    """A sentence inside one paragraph, with its absolute span."""

    text: str
    start: int
    end: int
    paragraph: int


_DATE_LINE = regexcache.compile(r"[ \t]*(\d{8}|\d{4}-\d{2}-\d{2})[ \t]*")
_URL_LINE = regexcache.compile(r"[ \t]*(https?://\S+)[ \t]*")
_GLUED_DATE = regexcache.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2}|\d{8})[ \t]+", re.IGNORECASE)
_GLUED_DATE_FIRST = ("d", "D")  # what _GLUED_DATE's word opens with (no other character is a 'd' ignoring case)
_TITLE_MAX = 300
# a first line longer than this that holds a sentence's end and the next one's start ('… to improve the service. Staying
# on …', a cookie notice that is a whole output) is a paragraph of prose, no title; a headline is one phrase
_TITLE_PROSE = 150
_SENTENCE_INSIDE = regexcache.compile(r"[a-z]{3}[.!?] [A-Z][a-z]")
_LONG_PARAGRAPH = 500  # words; tokens_of looks a longer paragraph's words up in its index, not in the list
# Link markup, no prose (Article.link_targets): a Markdown link's or image's target, ``](…)`` to its closing
# parenthesis (html2text wraps a long one at its hyphens, and writes a title in quotes, a share link's text, escaped or
# paired parentheses inside), Pandoc's attributes (``{#id .class key="v"}``, wrapped with its lines, a value in quotes
# holding any character) and fenced divs' ``:::`` lines (found from the line break before; one on the first line
# by _FIRST_FENCE), these three Markdown's (_MARKDOWN_MARKS, a match's first character: the evidence that a text is
# Markdown); an autolink ``<http…>``; lynx's reference markers (``[12]`` before a link's text, ``#[1]`` before a
# ``<link>``'s), its image placeholders (the image's file name, ``[logo.png]``, or query, ``[?id=12&w=4]``, wrapped
# with its lines; not a Markdown image's text, before ``(``) and its ``References`` list of the page's links (to the
# end: lynx prints it last, and an item of it may run over lines; one paragraph; its first line indented, as lynx
# indents it: a story's own list of sources at a line's start is none). Each alternative starts with a
# character of its own, no group or anchor: the search goes from one of these characters to the next in C (re's
# charset prefix), where a line-start anchor made it try every alternative at every character (ten times the cost).
LINK_TARGET = regexcache.compile(r"\]\((?:\\[\s\S]|[^()\n\\]|\n(?![ \t]*\n)|\([^()\n]*\))*\)"
                                  r"|\{(?=[#.][A-Za-z_]|[\w-]+=\")"
                                  r"(?:\"(?:[^\"\\]|\\[\s\S])*\"|[^{}\"\n]|\n(?![ \t]*\n))*\}"
                                  r"|\n[ \t]*:::.*"
                                  r"|<https?://(?:[^<>\s]|-\n)*>|#\[[0-9]{1,5}\](?=[^\s()\].,;:!?])"
                                  r"|\[(?:[0-9]{1,5}\](?=[^\s()\].,;:!?])"
                                  r"|[^\s\[\]?]*(?:\.(?i:png|jpe?g|gif|svg|webp|bmp|ico|avif)"
                                  r"|\?[^\s\[\]=]*=(?:[^\s\[\]]|\n[ \t]*(?=[^\s\[\]]))*)\](?!\())"
                                  r"|R(?<![^\n]R)eferences\n\n(?=[ \t]+(?:Visible links:|1\.[ \t]+[a-z]+:))[\s\S]*\S")
_FIRST_FENCE = regexcache.compile(r"[ \t]*:::.*")
# Markdown's raw HTML on a line of its own (Pandoc's ``<div>`` and ``</div>`` around a block; after a block quote's
# ``>`` marks) and Pandoc's fenced raw HTML block (``<!-- -->`` between a ```{=html} line and a ``` line): markup, as
# a fenced div's line is, where the text is Markdown
_RAW_HTML_LINE = regexcache.compile(r"^[ \t]*(?P<line>(?:>[ \t]*)*(?:<!--(?:[^-\n]|-(?!->))*-->"
                                    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>)"
                                    r"|```\{=html\}\n(?:.*\n){0,20}?[ \t]*```)[ \t]*$", re.M)
_MARKDOWN_MARKS = "]{\n"

T = TypeVar("T")


class cached_attribute:
    """``functools.cached_property`` without the lock that Python 3.11 takes on every first read (a Python call and an
    RLock's acquire and release: an article's analyses are read by one thread): the value computed on first read is
    the instance's attribute from then on."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func, self.name, self.__doc__ = func, func.__name__, func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass
class Article:
    """A parsed article. ``text`` is what rules see; all spans index into it.

    ``meta`` holds metadata that came from outside the text (JSONL fields):
    keys ``title``, ``date`` and ``url`` with string values.
    """

    text: str
    path: str = "<text>"
    meta: dict[str, str] = field(default_factory=dict)
    title: HeaderField | None = None
    date: HeaderField | None = None
    url: HeaderField | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    ocr_mode: str = "auto"  # the OCR gate's mode: auto, on or off (newslint.ocr.gate)
    _shared: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _paragraph_tokens: dict[int, list[Token]] = field(default_factory=dict, repr=False, compare=False)
    _token_index: dict[int, dict[str, list[Token]]] = field(default_factory=dict, repr=False, compare=False)
    _hard_wrapped: bool | None = field(default=None, repr=False, compare=False)  # the gate's, when parse judged it
    # the spans of the text's link markup (LINK_TARGET: Markdown's link and image targets and Pandoc's attributes,
    # autolinks, lynx's reference markers and list; Markdown's raw HTML lines), in order, found by parse: none in most
    # texts
    link_targets: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)
    # the last of them where it is lynx's list of the page's links (``References``), one paragraph: a rule may report
    # it whole (engine._outside), none inside it
    link_list: tuple[int, int] | None = field(default=None, repr=False, compare=False)
    # the text is Markdown (a link's or image's target, Pandoc's attributes or fenced divs: _MARKDOWN_MARKS), found by
    # parse: its blocks are Markdown's, and its raw HTML on a line of its own is markup (link_targets)
    markdown: bool = field(default=False, repr=False, compare=False)

    @classmethod
    def parse(cls, text: str, path: str = "<text>", meta: dict[str, str] | None = None,
              has_header: bool = True, ocr: str = "auto") -> "Article":
        """Parse ``text`` (line ends already ``\\n``) into header and paragraphs.

        ``has_header`` is False for JSONL bodies, whose title/date/url come as
        separate fields in ``meta``. ``ocr`` (auto, on or off) is the OCR gate's
        mode (:mod:`newslint.ocr.gate`); in hard-wrapped text (most lines end
        mid-sentence) and with ``on``, lines with no blank line between them are one
        paragraph.
        """
        article = cls(text=text, path=path, meta=dict(meta or {}), ocr_mode=ocr)
        lines = _lines_with_offsets(text)
        body_from = 0
        if has_header:
            body_from = article._parse_header(lines)
        article._parse_glued_date(lines, body_from)
        blocks = _blocks(lines)
        if ocr == "auto":  # the lines' own test only where enough pairs of lines stand without a blank line between
            article._hard_wrapped = may_be_hard_wrapped(len(lines), sum(map(len, blocks)) - len(blocks)) \
                and hard_wrapped(text) and not _typeset(blocks)
        joined = ocr == "on" or (ocr == "auto" and article._hard_wrapped)
        body_blocks = _blocks(lines[body_from:]) if body_from else blocks
        markdown, width, found = False, 0, []
        # (a one-character search first: memchr, where CPython's search for two characters reads at a twentieth of
        # its speed; a text with fenced divs has links or attributes too)
        if "]" in text or "{" in text or "<" in text and "<http" in text:
            found = [*LINK_TARGET.finditer(text)]
            if first := _FIRST_FENCE.match(text):  # (the pattern's fences open at a line break)
                found = [first, *(match for match in found if match.start() >= first.end())]
            starts = [match.start() for match in found]
            # an autolink or a lynx marker is no Markdown
            markdown = any(text[start] in _MARKDOWN_MARKS for start in starts) or bool(first)
            # (a fence's span from its line's start, after the break the pattern found it by)
            article.link_targets = tuple((start + (text[start] == "\n"), match.end())
                                         for start, match in zip(starts, found))
        article.markdown = markdown
        if markdown and "<" in text:
            article.link_targets = _with_raw_html_lines(text, article.link_targets)
        if markdown:  # its blocks are paragraphs, list items and headings
            body_blocks = [part for block in body_blocks for part in _markdown_blocks(block)]
        elif not joined and (width := _wrap_width(body_blocks)):
            # laid out at a width by a converter or a text browser: its paragraphs are wrapped, and a block ends where
            # a line does before it is full (most texts have too few lines in a block for a width, told by a sum)
            apart = _lines_apart(body_blocks)
            body_blocks = [part for block in body_blocks for part in _wrapped_pieces(block, width, apart)]
        else:
            width = 0
        article.paragraphs = _split_paragraphs(text, body_blocks, article._glued_end(), joined,
                                               markdown or bool(width))
        if found and text.startswith("References\n", found[-1].start()):  # lynx's list of the page's links
            article.link_list = found[-1].span()
            article.paragraphs = _one_paragraph_from(text, article.paragraphs, found[-1].start())
        return article

    # -- header -------------------------------------------------------------
    def _parse_header(self, lines: list[tuple[int, str]]) -> int:
        """Recognise title / date / URL lines; return the index of the first body line."""
        if not lines:
            return 0
        i = 0
        first_start, first = lines[0]
        if len(lines) > 1:
            nxt = lines[1][1]
            header_next = bool(_DATE_LINE.fullmatch(nxt) or _URL_LINE.fullmatch(nxt))
            # a title may end on an abbreviation ('… IN U.S.') when a date or URL line follows it
            if _looks_like_title(first, header_next) and (header_next or not nxt.strip()):
                self.title = HeaderField(first.strip(), _strip_span(first_start, first))
                i = 1
        while i < len(lines):
            start, line = lines[i]
            date_match = _DATE_LINE.fullmatch(line)
            url_match = _URL_LINE.fullmatch(line)
            if date_match and self.date is None:
                self.date = HeaderField(date_match.group(1), Span(start + date_match.start(1), start + date_match.end(1)))
            elif url_match and self.url is None:
                self.url = HeaderField(url_match.group(1), Span(start + url_match.start(1), start + url_match.end(1)))
            elif not line.strip() and i > 0:
                pass
            else:
                break
            i += 1
        return i

    def _parse_glued_date(self, lines: list[tuple[int, str]], body_from: int) -> None:
        """Find ``date 2021-12-02`` glued in front of the first body paragraph."""
        for start, line in lines[body_from:]:
            if not line.strip():
                continue
            match = _GLUED_DATE.match(line) if line.lstrip(" \t")[:1] in _GLUED_DATE_FIRST else None
            if match and self.date is None:
                self.date = HeaderField(match.group(1), Span(start + match.start(), start + match.end()), glued=True)
            return

    def _glued_end(self) -> int:
        return self.date.span.end if self.date and self.date.glued else -1

    # -- shared analyses ------------------------------------------------------
    def _analysed(self, name: str) -> Any:
        """Every word analysis (``WORD_ANALYSES``) at once, kept as the attributes they are (so that the others are
        read without a call); ``name``'s. Together each costs a fraction of what it costs alone."""
        attributes = self.__dict__
        attributes.update(zip(WORD_ANALYSES, _word_analysis(self.paragraph_texts)))
        return attributes[name]

    @cached_attribute
    def paragraph_texts(self) -> list[str]:
        """The paragraphs' texts, in order: one list for the word analysis, the packs' pass and the line rules' forms
        (each made its own; not to be changed in place)."""
        return [p.text for p in self.paragraphs]

    @cached_attribute
    def paragraph_words(self) -> list[list[str]]:
        """The texts of each paragraph's word tokens, without spans.

        Cheap (:func:`textutil.word_texts`: a split and a C-level test per chunk): rules count and pre-check
        words here and ask for :meth:`paragraph_tokens` only where they may report.
        """
        return self._analysed("paragraph_words")

    @cached_attribute
    def words(self) -> list[str]:
        """The texts of the body's word tokens, in order (``[t.text for t in tokens]``): :attr:`paragraph_words`
        joined where asked (about one article in four), not by the word analysis."""
        return list(chain.from_iterable(self.paragraph_words))

    def paragraph_tokens(self, index: int) -> list[Token]:
        """The word tokens of paragraph ``index``, with absolute spans (computed on first use)."""
        tokens = self._paragraph_tokens.get(index)
        if tokens is None:
            tokens = self._paragraph_tokens[index] = self._locate(index)
        return tokens

    def _locate(self, index: int) -> list[Token]:
        """The spans of paragraph ``index``'s word texts, found in order with ``str.find``.

        Exact: every letter or digit belongs to a token and a token starts with one, so the text
        between two tokens cannot hold the next token's text. Twice as fast as ``WORD.finditer``;
        only the offsets are found in the Python loop, the tokens are made at C level.
        """
        paragraph = self.paragraphs[index]
        words = self.paragraph_words[index]
        find, offset = paragraph.text.find, paragraph.start
        starts: list[int] = []
        append, pos = starts.append, 0
        for word in words:
            pos = find(word, pos)
            append(pos)
            pos += len(word)
        if offset:
            starts = list(map(add, starts, repeat(offset)))
        return list(map(tuple.__new__, repeat(Token), zip(words, starts, map(add, starts, map(len, words)), repeat(index))))

    @cached_attribute
    def tokens(self) -> list[Token]:
        """Word tokens of the body, in order."""
        return [token for index in range(len(self.paragraphs)) for token in self.paragraph_tokens(index)]

    def tokens_of(self, word: str) -> list[Token]:
        """The body tokens whose text is exactly ``word`` (spans computed only where it occurs)."""
        return [token for index, words in enumerate(self.paragraph_words)
                if len(words) > _LONG_PARAGRAPH or word in words for token in self._paragraph_index(index).get(word, ())]

    def _paragraph_index(self, index: int) -> dict[str, list[Token]]:
        """Token text → the tokens of paragraph ``index`` (built on first use: a long paragraph is scanned once)."""
        table = self._token_index.get(index)
        if table is None:
            table = self._token_index[index] = {}
            for token in self.paragraph_tokens(index):
                table.setdefault(token.text, []).append(token)
        return table

    @cached_attribute
    def distinct_words(self) -> frozenset[str]:
        """The distinct texts of :attr:`words`: one set for the rules that ask whether a word occurs at all."""
        return self._analysed("distinct_words")

    @cached_attribute
    def ocr_suspects(self) -> list[str]:
        """The distinct words that may be OCR confusions (``textutil.ocr_suspects``: rn, 1 or 0 among three letters
        or more), in order of first occurrence: NL701's, judged by the word analysis once per distinct word."""
        return self._analysed("ocr_suspects")

    @cached_attribute
    def sentences(self) -> list[Sentence]:
        """Sentences of the body, in order (never crossing a paragraph)."""
        return [Sentence(p.text[s:e], p.start + s, p.start + e, p.index)
                for p in self.paragraphs for s, e in textutil.sentence_spans(p.text)]

    @cached_attribute
    def _plain(self) -> list[str]:
        """The plain lower-case words (the OCR gate's: ``islower`` and ``isalpha``), each once, in order of first
        occurrence."""
        return self._analysed("_plain")

    @cached_attribute
    def _plain_counts(self) -> bytes:
        """How often each of :attr:`_plain` occurs (int64 bytes, :func:`newslint.ocr.gate.counts_of`)."""
        return self._analysed("_plain_counts")

    @cached_attribute
    def _plain_words(self) -> dict[str, int]:
        """Plain lower-case word → count, in order of first occurrence: made where asked (the OCR gate's rarer
        questions, one article in forty), not by the word analysis, whose counts the gate's tally reads."""
        return dict(zip(self._plain, memoryview(self._plain_counts).cast("q")))

    @cached_attribute
    def _plain_kept(self) -> bytes | None:
        """Where the compiled word analysis keeps each of :attr:`_plain_words` across articles (None without it): the
        gate's tally asks the word list once per process for a kept word."""
        return self._analysed("_plain_kept")

    @cached_attribute
    def ocr(self) -> OcrDecision:
        """The OCR gate's decision for this article (judged on first use, from its words: the tally, which NL104 reads
        too, asked only where the gate is not forced on or off). In Markdown the gate reads the text without its
        link targets (:attr:`link_targets`), whose pieces are no words, and its own word tokens counted again (as
        the body's are: a link's text that is an address, ``advertising@site.com``, is one token, no words); its lines
        are wrapped at a width (html2text's 78 columns), at spaces and after a compound word's own hyphen
        ('front-|runner'), never through a word: neither lines of print nor words broken at their ends."""
        if self.link_targets and self.ocr_mode == "auto":
            text = _without(self.text, self.link_targets).replace("-\n", "-")
            return decide(text, tokens=textutil.word_texts(text), wrapped=False)
        return decide(self.text, self.ocr_mode, plain=self._plain_word_counts, wrapped=self._hard_wrapped,
                      tallied=self.plain_word_tally if self.ocr_mode == "auto" else None)

    def _plain_word_counts(self) -> dict[str, int]:
        """:attr:`_plain_words`, for the gate to ask where it needs a word's count (one article in forty)."""
        return self._plain_words

    @cached_attribute
    def plain_word_tally(self) -> Tally:
        """The OCR gate's look-ups of the body's plain lower-case words (:func:`newslint.ocr.gate.tally`): how many,
        how many the word list lacks, how many are OCR signatures, and the unknown words themselves (each once, in
        order of first occurrence). Done once for the gate and for NL104."""
        return tally(self._plain, self._plain_counts, self._plain_kept)

    @cached_attribute
    def word_count(self) -> int:
        return sum(map(len, self.paragraph_words))

    @cached_attribute
    def lower_words(self) -> list[str]:
        """:attr:`words` lower-cased."""
        return self._analysed("lower_words")

    @cached_attribute
    def vocabulary(self) -> Counter[str]:
        """Lower-cased word → count over the body (for rules that learn the article's own words), in order of first
        occurrence. Counted here, not in the word analysis: one article in four asks for it."""
        return _count_words(self.lower_words, Counter)

    def shared(self, key: str, compute: Callable[["Article"], T]) -> T:
        """An analysis that several rules need, computed once per article (``key`` names it)."""
        if key not in self._shared:
            self._shared[key] = compute(self)
        return self._shared[key]

    def body_text(self) -> str:
        """The paragraphs joined by blank lines (offsets are not preserved)."""
        return "\n\n".join(p.text for p in self.paragraphs)


# the article's attributes that word_analysis computes together (Article._analysed), in the order it gives them
WORD_ANALYSES = ("paragraph_words", "distinct_words", "lower_words", "_plain", "_plain_counts", "_plain_kept",
                 "ocr_suspects")


def _with_raw_html_lines(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``spans`` (in order, not overlapping) and the lines of Markdown's raw HTML (:data:`_RAW_HTML_LINE`) outside
    them, in order."""
    lines = [match.span("line") for match in _RAW_HTML_LINE.finditer(text)]
    if not lines:
        return spans
    starts = [start for start, _ in spans]
    return tuple(sorted([*spans, *((start, end) for start, end in lines
                                   if ((k := bisect_right(starts, start)) == 0 or start >= spans[k - 1][1])
                                   and (k == len(spans) or end <= starts[k]))]))


def _without(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` without the characters of ``spans`` (in order, not overlapping)."""
    ends = [0] + [end for _, end in spans]
    starts = [start for start, _ in spans] + [len(text)]
    return "".join(text[end:start] for end, start in zip(ends, starts))


def _python_lower_words(words: list[str]) -> list[str]:
    """``words`` lower-cased (:attr:`Article.lower_words`)."""
    return list(map(str.lower, words))


# compiled where built (newslint/_speedups.c): a word without capitals is given back as it is, not copied
_lower_words = native.pick("lower_words", _python_lower_words)


def _python_word_analysis(texts: list[str]) -> tuple:
    """The values of ``WORD_ANALYSES`` for paragraphs whose texts are ``texts``."""
    paragraph_words = [textutil.word_texts(text) for text in texts]
    words = list(chain.from_iterable(paragraph_words))
    lower_words = _lower_words(words)
    plain, counts = counts_of(Counter(lower_alpha_words(words)))
    suspects = textutil.ocr_suspects(dict.fromkeys(words))  # each distinct word once, in order of first occurrence
    return paragraph_words, frozenset(words), lower_words, plain, counts, None, suspects  # None: no words kept


# compiled where built: one pass over the text, and a word's tokens share one string (lowered and counted once)
_word_analysis = native.pick("word_analysis", _python_word_analysis)


def _python_count_words(words: list[str], counter: type[Counter]) -> Counter[str]:
    """``counter(words)``: the vocabulary counted (``counter``: its type, ``Counter``)."""
    return counter(words)


# compiled where built: each string object counted by its address (a word's tokens share one), then added up
_count_words = native.pick("count_words", _python_count_words)


def _python_lines_with_offsets(text: str) -> list[tuple[int, str]]:
    """Each of ``text``'s lines (``text.split("\\n")``) with the offset where it starts."""
    if "\n" not in text:  # a one-line text (a third of the BBC + scraped mix's bytes): `in` is memchr
        return [(0, text)]
    lines = text.split("\n")
    return list(zip(accumulate(map((1).__add__, map(len, lines)), initial=0), lines))  # a line starts after the last


# compiled where built: the line ends found by memchr, not by split's test of every character
_lines_with_offsets = native.pick("lines_with_offsets", _python_lines_with_offsets)


def _strip_span(start: int, line: str) -> Span:
    lead = len(line) - len(line.lstrip())
    return Span(start + lead, start + len(line.rstrip()))


def _looks_like_title(line: str, before_header_line: bool) -> bool:
    """Whether a first line reads as the page's title: short, no sentence's stop at its end (unless a date or URL
    line follows), no glued date, URL or page line (:func:`_page_line`), no prose of several sentences."""
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= _TITLE_MAX and (before_header_line or not stripped.endswith(".")) \
        and not _GLUED_DATE.match(line) and not _URL_LINE.fullmatch(line) and not _page_line(stripped) \
        and (len(stripped) <= _TITLE_PROSE or _SENTENCE_INSIDE.search(stripped) is None)


# a list's bullet (a menu's item, '• Sign in') or lynx's line of a page's ``<link>``s ('#[1]alternate'): no title
_NO_TITLE_START = regexcache.compile(r"[•·*+-][ \t]|#\[[0-9]")
_PAGE_LINE_LONGEST = 100  # characters: no longer line is a page's stamp or byline


def _page_line(line: str) -> bool:
    """Whether a first line is the page's, no title: a menu's item, its links, its date or time stamp ('Latest update
    May 6th, 2022 12:49 AM') or a byline ('By Jane Doe'), which the body's rules read (NL311, NL314, NL315)."""
    if _NO_TITLE_START.match(line):
        return True
    if len(line) > _PAGE_LINE_LONGEST:
        return False
    return timestamp_line(line) or bool(BYLINE_LINE.fullmatch(line))


def _python_blocks(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The runs of non-blank lines among ``lines`` (each line with its offset), in order. The twin of
    ``_speedups.blocks_of_lines``."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] | None = None  # the block being read, None after a blank line
    for item in lines:
        line = item[1]
        if line and not line.isspace():  # line.strip(), without making the stripped line
            if current is None:
                current = [item]
                blocks.append(current)
            else:
                current.append(item)
        else:
            current = None
    return blocks


# compiled where built: the test of each line and the lists made without a bytecode loop over the lines
_blocks = native.pick("blocks_of_lines", _python_blocks)


def _split_paragraphs(text: str, blocks: list[list[tuple[int, str]]], glued_end: int, joined: bool = False,
                      markdown: bool = False) -> list[Paragraph]:
    """Split the body's blocks of lines (:func:`_blocks`) into paragraphs.

    Every non-blank line is a paragraph, unless the text looks hard-wrapped (blank lines separate blocks and most
    blocks span several lines): then a block of consecutive non-blank lines is one paragraph where its lines break
    mid-sentence (:func:`_wrapped_block`), and each of its lines is one where they end like sentences or headings (an
    extractor's output keeps a page's single line breaks). ``joined``: the text is OCR output or hard-wrapped (most
    lines end mid-sentence, :func:`newslint.ocr.gate.hard_wrapped`), so that every block of lines is one paragraph.
    ``markdown``: the blocks are Markdown's (:func:`_markdown_blocks`) or a layout's (:func:`_wrapped_pieces`), each
    one paragraph where it wraps, however many of them are one line (a page's links, list items and headings).
    """
    apart = _lines_apart(blocks)
    if not joined and not markdown and apart and glued_end < 0:
        return _line_paragraphs(blocks)  # most texts: every non-blank line a paragraph
    if joined or markdown or not apart:
        if not joined:
            blocks = [part for block in blocks
                      for part in ((block,) if _wrapped_block(block) else ([item] for item in block))]
        # each block's start, end and, when it is one line, that line (the text between start and end, not copied)
        units = ((block[0][0], block[-1][0] + len(block[-1][1]), block[0][1] if len(block) == 1 else None)
                 for block in blocks)
    else:
        units = ((start, start + len(line), line) for block in blocks for start, line in block)
    paragraphs: list[Paragraph] = []
    for start, end, chunk in units:
        if start < glued_end <= end:
            start, chunk = glued_end, None
        if chunk is None:
            chunk = text[start:end]
        # trim surrounding whitespace so that paragraph text starts at its first character
        stripped = chunk.strip()
        if stripped:
            if stripped is not chunk:  # something was stripped (str.strip gives a line without any back as it is)
                start += len(chunk) - len(chunk.lstrip())
            paragraphs.append(_paragraph(len(paragraphs), start, stripped))
    return paragraphs


def _one_paragraph_from(text: str, paragraphs: list[Paragraph], start: int) -> list[Paragraph]:
    """``paragraphs`` with those from ``start`` to the text's end made one (lynx's ``References``,
    :attr:`Article.link_list`: a rule reports the page's list of links once)."""
    kept = [paragraph for paragraph in paragraphs if paragraph.start < start]
    return [*kept, _paragraph(len(kept), start, text[start:].rstrip())]  # (the target's span: to its last mark)


def _lines_apart(blocks: list[list[tuple[int, str]]]) -> bool:
    """Whether each line of ``blocks`` is a paragraph of its own: one block, or most blocks one line."""
    multi = len(blocks) - [*map(len, blocks)].count(1)  # blocks of several lines (in C: no generator per block)
    return len(blocks) < 2 or multi * 2 <= len(blocks)


def _python_line_paragraphs(cls: type, descriptors: tuple, blocks: list[list[tuple[int, str]]]) -> list[Paragraph]:
    """Each line of ``blocks`` (non-blank lines, each with its offset) a paragraph, its surrounding white space
    stripped: :func:`_split_paragraphs` where no block is one paragraph and no date is glued to the body, one loop
    over the lines (no generator of units and no tuple per line). ``cls`` and ``descriptors``: :data:`_paragraph`'s
    (the twin of ``_speedups.line_paragraphs``, which makes each as ``_speedups.slotted`` does)."""
    paragraphs: list[Paragraph] = []
    append = paragraphs.append
    for block in blocks:
        for start, line in block:
            stripped = line.strip()  # never empty: a block's lines are not blank
            if stripped is not line:  # something was stripped (str.strip gives a line without any back as it is)
                start += len(line) - len(line.lstrip())
            append(_paragraph(len(paragraphs), start, stripped))
    return paragraphs


# compiled where built: the loop in C, each paragraph made there (60a: about 8 k instructions an article in Python)
_line_paragraphs = partial(native.pick("line_paragraphs", _python_line_paragraphs), *_paragraph.args)


# a line that opens a Markdown list item or heading (html2text's ``  * ``, ``1. ``, ``## ``) or is a fenced div's
# (Pandoc's ``:::``)
_MARKDOWN_BLOCK_START = regexcache.compile(r"[ \t]*(?:[*+-][ \t]|[0-9]+\.[ \t]|#{1,6}[ \t]|:::)")
# a Markdown rule (``---``, ``***``, ``* * *``, ``___``) or a heading's underline (``===``, ``---``)
_MARKDOWN_RULE = regexcache.compile(r"[ \t]*([-*_=])(?:[ \t]*\1){2,}[ \t]*")


def _markdown_blocks(block: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A block of Markdown lines cut before each line that opens a list item or a heading, before and after a fenced
    div's line (markup, :data:`LINK_TARGET`: what follows it is a paragraph of its own) and after a hard line break
    (two spaces at a line's end: a page's ``<br>``): a paragraph wrapped over lines stays one block, each item of a
    list is one. A rule (``---``, ``* * *``) or a heading's underline is markup, in no block."""
    parts: list[list[tuple[int, str]]] = []
    cut = False
    for line in block:
        if _MARKDOWN_RULE.fullmatch(line[1]):
            cut = True
        elif parts and not cut and not (before := parts[-1][-1][1]).endswith("  ") \
                and not before.lstrip().startswith(":::") and not _MARKDOWN_BLOCK_START.match(line[1]):
            parts[-1].append(line)
        else:
            parts.append([line])
            cut = False
    return parts


_WIDEST_WRAP = 100  # no text is hard-wrapped wider than this
_GOES_ON = ("-", ",")  # a line that ends on one of these goes on in the next
_NARROWEST_LAYOUT = 70  # a converter's or a text browser's page is no narrower (pandoc's 72; a column of print is)
_WRAP_EVIDENCE = 8  # breaks before a lower-case word that a width must explain
_WRAPS_AGREE = 0.8  # the share of them one width explains


def _wrap_width(blocks: list[list[tuple[int, str]]], evidence: int = _WRAP_EVIDENCE,
                agree: float = _WRAPS_AGREE) -> int:
    """The width a converter or a text browser wrapped the text's lines at (pandoc's 72 columns, w3m's and lynx's
    80), or 0. A line broken before a lower-case word was full: the width is at least the line's length and less
    than its length with that word; where the share ``agree`` of such breaks, and ``evidence`` of them at least,
    agree on one width, it is the text's (the widest such, which joins fewest lines). An extractor's lines end where
    the page's blocks do, at no width."""
    if sum(map(len, blocks)) - len(blocks) < evidence:  # too few lines follow another (most texts)
        return 0
    bounds = [(len(line.rstrip()), len(line.rstrip()) + len(word))
              for block in blocks for (_, line), (_, following) in pairwise(block)
              if (word := following.split(None, 1)[0])[:1].islower()]
    if len(bounds) < evidence:
        return 0
    votes = Counter(width for low, high in bounds
                    for width in range(max(low, _NARROWEST_LAYOUT), min(high, _WIDEST_WRAP) + 1))
    if not votes:
        return 0
    agreed, width = max((count, width) for width, count in votes.items())
    return width if agreed >= agree * len(bounds) else 0


def _typeset(blocks: list[list[tuple[int, str]]]) -> bool:
    """Whether a program laid the lines out (a text browser's dump, pandoc's plain text), not a page of print that
    reads as hard-wrapped: every one of twenty breaks or more before a lower-case word at one width of 70 columns or
    more (:data:`_NARROWEST_LAYOUT`), exactly (a column of print, set in a proportional type, is narrower or less
    exact)."""
    return bool(_wrap_width(blocks, evidence=20, agree=1.0))


def fits_after(line: str, following: str, width: int) -> bool:
    """Whether the first word of ``following`` would have fitted after ``line`` at ``width``: a program that lays
    text out at that width did not break there, so the break is the text's own (a paragraph's end, a heading's)."""
    words = following.split(None, 1)
    return len(line.rstrip()) + 1 + (len(words[0]) if words else 0) <= width


# a line that is only an image's placeholder in brackets, a letter in it (w3m's ``[image]``, an image's alt text or
# file name, lynx's ``[logo.png]``; not lynx's ``[12]`` nor a form's field ``[      ]``): where it stands under a
# story's paragraph, the image and its caption start there
_PLACEHOLDER_LINE = regexcache.compile(r"[ \t]*\[[^\[\]\n]*[^\W\d_][^\[\]\n]*\][ \t]*")


def _wrapped_pieces(block: list[tuple[int, str]], width: int, apart: bool) -> list[list[tuple[int, str]]]:
    """A block of lines laid out at ``width`` cut where a line ends before it is full, that is where the next line's
    first word would have fitted after it: a paragraph wrapped over lines stays one piece, a heading, a menu's link
    or a list's item is one (as each line is where lines are ``apart``, :func:`_lines_apart`). A paragraph wrapped
    over lines ends before a line that is only an image's placeholder (:data:`_PLACEHOLDER_LINE`): the image and
    its caption are a piece of their own, whether lines are apart or not."""
    parts: list[list[tuple[int, str]]] = []
    wrapped = False  # whether the last piece holds a line the layout broke (its next word did not fit)
    for line in block:
        if not parts or wrapped and _PLACEHOLDER_LINE.fullmatch(line[1]) \
                and not _PLACEHOLDER_LINE.fullmatch(parts[-1][-1][1]):
            parts.append([line])
            wrapped = False
        elif not fits_after(parts[-1][-1][1], line[1], width):
            parts[-1].append(line)
            wrapped = True
        elif apart:
            parts.append([line])
            wrapped = False
        else:
            parts[-1].append(line)
    return parts


def _wrapped_block(block: list[tuple[int, str]]) -> bool:
    """Whether a block of lines is one paragraph, not a column of paragraphs, headings and captions.

    A block whose lines are all short enough to be a wrap's is one (a hard-wrapped paragraph, or a caption over its
    credit). Where a line is longer than any wrap, the block is a column of paragraphs (an extractor keeps a page's
    single line breaks), unless a line ends mid-sentence (a hyphen, a comma or a lower-case word), the next goes on
    in lower case or a quotation opened on a line goes on over the next (a quotation over several lines stays one
    paragraph).
    """
    if all(len(line.strip()) <= _WIDEST_WRAP for _, line in block):
        return True
    curly = straight = 0  # quotation marks opened and not closed so far: curly ones, straight ones (by parity)
    for (_, line), (_, following) in pairwise(block):
        end = line.strip()
        curly += end.count("“") - end.count("”")
        straight ^= end.count('"') & 1
        if curly > 0 or straight or end.endswith(_GOES_ON) or _ends_on_lower_case_word(end) or \
                following.split(None, 1)[0][:1].islower():
            return True
    return False


def _ends_on_lower_case_word(line: str) -> bool:
    """Whether ``line`` stops on a plain lower-case word, with no stop after it (``…about the plan were``)."""
    return line[-1].isalpha() and line.rsplit(None, 1)[-1][:1].islower()
