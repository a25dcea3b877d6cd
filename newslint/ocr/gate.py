"""Whether a document is OCR output: a cheap pass over its text, before any OCR rule runs.

Edited copy keeps well under one unknown lower-case word in a hundred; OCR output has several,
plus its signatures: ``tbe``/``tho``/``aud`` for the commonest words, digits inside words
(``20U``), glyph runs (``^``, ``||``) and hard-wrapped lines that end in hyphens. The gate opens
when the evidence is strong enough for the text's length; ``ocr = "on"`` or ``"off"`` in the
configuration forces it.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from itertools import filterfalse, repeat
from typing import Callable, Container, Iterable

from newslint import lexicon, native
from newslint.diagnostic import slot_constructor

_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z]{2,}(?![\w'’\-])")
_SIGNATURES = frozenset("tbe tho aud ol tlie ihe thc tiie aro wero bo ot io lo ia iu ho havo iho tne".split())
_DIGIT_IN_WORD = re.compile(r"\b[a-zA-Z]+[0-9][a-zA-Z]+\b")
_GLYPHS = "^|¦■"  # and I| (counted by its |)
_DIGIT_BETWEEN_LETTERS = re.compile(r"[0-9](?<=[a-zA-Z][0-9])(?=[a-zA-Z])")  # a digit first: a fast scan for digits
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LINE_END_HYPHEN = re.compile(r"-\n(?<=[a-z]-\n)[a-z]")
_TAIL = re.compile(r"(?<=[a-z]-\n)[a-z]+")
# a token of a web page that holds no words of print: an address (a scheme, ``www.`` or an e-mail's ``@host.``) or a
# text browser's placeholder for an image, its file name or alt text in brackets with no space
_WEB_TOKEN = re.compile(r"[^\s\[\]()<>]*(?:://|www\.|@[\w-]+\.)[^\s\[\]()<>]*|\[[^\s\[\]]+\]")
_MIN_WORDS = 20
_WRAPPED_RATE = 0.01  # lines of print with this share of non-words are OCR output (edited copy is never hard-wrapped)
_BROKEN_WORDS = 2  # words hyphenated at line ends that make a text lines of print (edited copy has none)
_FEW_SIGNS = 2  # OCR signatures and glyph runs, each at least this many, that tell OCR in a list of names
_GARBLED_RATE = 0.1  # this share of non-words with glyph runs (a page of formulas or tables) is OCR output
# Non-words at this rate open the gate when 1 % of the words are OCR confusions of words, this many distinct ones
# below 2.5 % non-words:
_MISREAD_RATE = 0.015
_FEW_MISREADINGS = 3
# An opening bracket before a lower-case word, never closed: ``(hall``, ``(he``, a long s misread (when an s before
# the word makes a word); this many, at the non-word rate above, open the gate:
_UNCLOSED_BRACKET = re.compile(r"\((?<!\S\()([a-z]+)(?=[^()]*(?:\(|$))")  # the bracket first: a fast scan
_LONG_S_BRACKETS = 2
_COMMON = 100  # how frequent in the word list a word must be for a non-word near it to count as its misreading
_SENTENCE_END = tuple(".!?:;\"”’')")
_WORD_END = ",;:.!?)\"”’'"
_INDENTED = ("    ", "\t")
_OPENS_BLOCK = tuple("{([=<")
_PRINT_WIDTH = 150  # characters: no column of print is wider
_WIDE_LINES = 3  # lines wider than print: an extractor's paragraphs broken where each link starts and ends
# Wire-copy abbreviations (Reuters: "1.5 mln dlrs", "3 pct") are conventions, not misreadings; so are the terms of
# an earnings or commodity report that the word list lacks ("pro forma", "per annum", "tax loss carryforwards", "cwt").
WIRE_ABBREVIATIONS = frozenset("mln dlrs pct cts dlr stg shrs mths div shr qtr unch bpd lbs lb km hrs prev gmt oper yr yrs bbl "
                  "gnp kg reuter avg vs revs cif fob usda plc bln "
                  "forma annum carryforward carryforwards writedown writedowns writeoff writeoffs cwt".split())
# The commonest English words: OCR'd English still has plenty; other languages have few.
_FUNCTION = frozenset("the of and to in is was that for it as with be by on not he his at which from this "
                      "but have are had or an they were all been their one so".split()) | _SIGNATURES


_FIELDS = ("ocr", "reason", "words", "non_word_rate", "signatures", "glyph_runs", "hyphen_line_ends", "hard_wrapped")


class OcrDecision:
    """What the gate decided for one document, and the evidence it weighed (``describe()``: the fields by name).

    ``glyph_runs`` (glyph runs and digits inside words) is counted on first read where the decision did not need it
    (``text`` is kept for that): past the common case most decisions never ask, and only ``newslint metadata``
    prints it."""

    __slots__ = ("ocr", "reason", "words", "non_word_rate", "signatures", "_glyph_runs", "hyphen_line_ends",
                 "hard_wrapped", "_text")

    def __init__(self, ocr: bool, reason: str, words: int = 0, non_word_rate: float = 0.0, signatures: int = 0,
                 glyph_runs: int | None = 0, hyphen_line_ends: int = 0, hard_wrapped: bool = False,
                 text: str | None = None) -> None:
        """``glyph_runs=None``: counted in ``text`` when first read."""
        self.ocr = ocr
        self.reason = reason
        self.words = words
        self.non_word_rate = non_word_rate
        self.signatures = signatures
        self._glyph_runs = glyph_runs
        self.hyphen_line_ends = hyphen_line_ends
        self.hard_wrapped = hard_wrapped
        self._text = text

    @property
    def glyph_runs(self) -> int:
        """Glyph runs and words with a digit inside (:func:`glyph_runs`, :func:`digits_in_words`)."""
        if self._glyph_runs is None:
            self._glyph_runs, self._text = _glyph_evidence(self._text), None
        return self._glyph_runs

    def describe(self) -> dict:
        return {name: getattr(self, name) for name in _FIELDS}

    def __eq__(self, other: object) -> bool:
        return type(other) is OcrDecision and self.describe() == other.describe()

    __hash__ = None  # type: ignore[assignment]  (mutable: glyph_runs is counted on first read)

    def __repr__(self) -> str:
        return f"OcrDecision({', '.join(f'{name}={value!r}' for name, value in self.describe().items())})"


# OcrDecision(ocr, reason, words, non_word_rate, signatures, glyph_runs, hyphen_line_ends, hard_wrapped, text), every
# slot given, each set in place (diagnostic.slot_constructor): the decisions the common cases make, without
# __init__'s Python call and keywords (tests/test_ocr_fast_paths.py holds them to the constructor)
_decision = slot_constructor(OcrDecision)


def decide(text: str, mode: str = "auto", tokens: list[str] | None = None,
           plain: dict[str, int] | Callable[[], dict[str, int]] | None = None,
           wrapped: bool | None = None, tallied: Tally | Callable[[], Tally] | None = None) -> OcrDecision:
    """The gate's decision for ``text`` under ``mode`` (auto, on or off).

    What is already known saves a pass: ``plain``, the text's plain lower-case words counted (``{word: count}``
    in order of first occurrence, ``Article``'s word analysis; or a function that gives them, called only where a
    word's count is asked: one article in forty), else ``tokens``, its word tokens; ``wrapped``:
    :func:`hard_wrapped` of the text; ``tallied``: :func:`tally` of ``plain`` (or a function that gives it), where
    the caller keeps it for others (``Article.plain_word_tally``: NL104 reads its unknown words).
    """
    if mode == "off":
        return OcrDecision(False, "forced off by configuration (ocr = \"off\")")
    if mode == "on":
        return OcrDecision(True, "forced on by configuration (ocr = \"on\")")
    if "\xad" in text:  # soft hyphens a web page sets inside words ('Thou\xadsands') are not broken print
        text, plain, tokens, tallied = text.replace("\xad", ""), None, None, None
    if plain is None:
        plain = Counter(_LOWER_WORD.findall(text) if tokens is None else lower_alpha_words(tokens))
    if wrapped is None:
        wrapped = hard_wrapped(text)
    # unknown: each distinct non-word once
    words, missing, signatures, unknown = (tallied() if callable(tallied) else tallied) if tallied \
        else tally(*counts_of(plain))
    if words < _MIN_WORDS:
        return _decision(False, f"too short to tell ({words} lower-case words)", words, 0.0, 0, 0, 0, wrapped, None)
    rate = missing / words
    if rate < 0.01 and signatures < 3:  # the common case, decided without looking further
        return _edited(words, rate, signatures, wrapped)
    plain = plain() if callable(plain) else plain
    if addresses := _web_words(text):  # a web page's addresses and image names are no words of print
        plain = {word: left for word, count in plain.items() if (left := count - addresses.get(word, 0)) > 0}
        words, missing, signatures, unknown = tally(*counts_of(plain))
        if words < _MIN_WORDS:
            return _decision(False, f"too short to tell ({words} lower-case words besides web addresses)", words,
                             0.0, 0, 0, 0, wrapped, None)
        rate = missing / words
        if rate < 0.01 and signatures < 3:
            return _edited(words, rate, signatures, wrapped)
    hyphens = hyphen_line_ends(text)
    glyphs: list[int] = []  # counted where a test asks (else where the decision's glyph_runs is first read)

    def counted() -> int:
        if not glyphs:
            glyphs.append(_glyph_evidence(text))
        return glyphs[0]

    ocr, reason = _verdict(text, plain, words, missing, signatures, unknown, wrapped, hyphens, counted)
    return OcrDecision(ocr, reason, words, round(rate, 4), signatures, glyphs[0] if glyphs else None, hyphens, wrapped,
                       None if glyphs else text)


def _web_words(text: str) -> Counter:
    """The plain lower-case words that stand in web addresses (``https://…``, ``www.…``, an e-mail address) and in a
    text browser's image placeholders (w3m's ``[carissa-etienne]``, ``[svg]``: one bracketed token, no space), each
    counted; empty (and cheap) for a text with none, as print is."""
    if "://" not in text and "www." not in text and "@" not in text and "[" not in text:
        return Counter()
    return Counter(word for match in _WEB_TOKEN.finditer(text) for word in _LOWER_WORD.findall(match.group()))


def _verdict(text: str, plain: dict[str, int], words: int, missing: int, signatures: int, unknown: list[str],
             wrapped: bool, hyphens: int, glyphs: Callable[[], int]) -> tuple[bool, str]:
    """Whether a text past the common case (non-words at 1 % or more, or three OCR signatures) is OCR output, and
    why; ``glyphs`` counts its glyph runs and digits inside words where a test asks."""
    rate = missing / words
    if wrapped and rate >= _WRAPPED_RATE:
        return True, f"hard-wrapped lines of print with {rate:.1%} non-words"
    if hyphens >= _BROKEN_WORDS and (rest := _rate_without_tails(text, missing, words)) >= _WRAPPED_RATE:
        return True, f"{hyphens} words broken at line ends, {rest:.1%} non-words besides their second halves"
    if _occurrences(plain, _FUNCTION) < 0.1 * words:
        if signatures >= _FEW_SIGNS and glyphs() >= _FEW_SIGNS:  # a list (names, prices): few common words
            return True, (f"OCR misreadings of common words ({signatures}: tbe, tho…) "
                          f"and {glyphs()} glyph runs or digits inside words")
        return False, "not English enough to judge (few common English words)"
    if rate >= _GARBLED_RATE and glyphs() >= _FEW_SIGNS:
        return True, f"{rate:.1%} non-words and {glyphs()} glyph runs or digits inside words"
    if rate >= _MISREAD_RATE:
        times = {word: plain[word] for word in unknown}
        misread_words = _misread(times)
        misread = sum(times[word] for word in misread_words)
        if misread >= 2 and misread >= 0.01 * words \
                and (rate >= 0.025 or len(misread_words) >= _FEW_MISREADINGS):
            return True, f"{rate:.1%} non-words, {misread} of them one OCR confusion from a common word"
        table = lexicon.frequencies()
        long_s = sum(1 for word in _UNCLOSED_BRACKET.findall(text) if "s" + word in table)
        if long_s >= _LONG_S_BRACKETS:
            return True, f"{rate:.1%} non-words and {long_s} brackets that never close before words an s would " \
                         "complete (a long s misread)"
    if signatures / words >= 0.01 and signatures >= 3:
        return True, f"OCR misreadings of common words ({signatures}: tbe, tho, aud…)"
    return False, _edited_reason(rate, signatures)


def _edited_reason(rate: float, signatures: int) -> str:
    return f"reads as edited text ({rate:.1%} non-words, {signatures} OCR signatures)"


_CLEAN_REASON = _edited_reason(0.0, 0)  # three articles in four of the BBC + scraped mix


def _edited(words: int, rate: float, signatures: int, wrapped: bool) -> OcrDecision:
    """The common case's decision, edited text; for a text without non-words or signatures, with the reason
    formatted once and the rate not rounded (0.0: ``round`` converts a float to decimal digits and back, a few
    thousand instructions)."""
    if not rate and not signatures:
        return _decision(False, _CLEAN_REASON, words, rate, 0, 0, 0, wrapped, None)
    return _decision(False, _edited_reason(rate, signatures), words, round(rate, 4), signatures, 0, 0, wrapped, None)


def _python_lower_alpha_words(words: list[str]) -> list[str]:
    """The plain lower-case words (``islower`` and ``isalpha``) among ``words``."""
    return list(filter(str.isalpha, filter(str.islower, words)))


def _python_words_not_in(words: list[str], first: Container[str], second: Container[str]) -> list[str]:
    """The words that neither ``first`` nor ``second`` holds."""
    return list(filterfalse(second.__contains__, filterfalse(first.__contains__, words)))


# compiled where built (newslint/_speedups.c): one C loop each instead of filter chains calling methods
lower_alpha_words = native.pick("lower_alpha_words", _python_lower_alpha_words)
_words_not_in = native.pick("words_not_in", _python_words_not_in)


def _python_plain_word_tally(plain: list[str], counts: bytes, common: Container[str], table: Container[str],
                             other: Container[str], signatures: Container[str], kept_indexes: bytes | None = None
                             ) -> tuple[int, int, int, list[str]]:
    """The occurrences of the distinct words ``plain`` (each as often as ``counts``, int64 bytes, says), those of the
    words that none of ``common``, ``table`` and ``other`` holds, those of the words ``signatures`` holds, and the
    unknown words themselves in ``plain``'s order (the twin of ``_speedups.plain_word_tally``; ``kept_indexes``,
    which the compiled word analysis gives for its words kept across articles so that the compiled tally asks the
    tables once per process for each, is not used here)."""
    times = dict(zip(plain, memoryview(counts).cast("q")))
    rare = _words_not_in(plain, common, ())
    unknown = _words_not_in(rare, table, other) if rare else rare
    return sum(times.values()), sum(map(times.__getitem__, unknown)), _occurrences(times, signatures), unknown


_plain_word_tally = native.pick("plain_word_tally", _python_plain_word_tally)


Tally = tuple[int, int, int, list[str]]


def counts_of(plain: dict[str, int]) -> tuple[list[str], bytes]:
    """``plain`` (word → count) as the word analysis gives it to :func:`tally`: its words, and their counts (int64
    bytes, native byte order)."""
    return list(plain), array("q", plain.values()).tobytes()


def tally(plain: list[str], counts: bytes, kept_indexes: bytes | None = None) -> Tally:
    """The gate's counts of the distinct plain lower-case words ``plain``, each occurring as often as ``counts``
    (:func:`counts_of`) says: how many, how many are in neither the word list nor the wire abbreviations, how many
    are OCR signatures, and the unknown ones (each once). Most words are found among the commonest, in a small set
    that stays in the CPU cache, before the large table is asked. ``kept_indexes``: the word analysis's for
    ``plain`` (``Article._plain_kept``), where the compiled tally keeps each kept word's answer (asked once per
    process)."""
    return _plain_word_tally(plain, counts, lexicon.common_words(), lexicon.frequencies(), WIRE_ABBREVIATIONS,
                             _SIGNATURES, kept_indexes)


def _occurrences(counts: dict[str, int], words: Iterable[str]) -> int:
    """How many times ``words`` occur, by ``counts`` (word → count)."""
    return sum(map(counts.get, words, repeat(0)))


def _glyph_evidence(text: str) -> int:
    """The glyph runs and words with a digit inside that ``text`` holds (``OcrDecision.glyph_runs``)."""
    return glyph_runs(text) + digits_in_words(text)


def glyph_runs(text: str) -> int:
    """Glyph runs (``^``, ``|``, ``¦``, ``■``, ``I|``): matches of ``[\\^|¦■]|\\bI\\|``, counted by character (an
    ``I|`` counts once, by its ``|``)."""
    return sum(map(text.count, _GLYPHS))


def digits_in_words(text: str) -> int:
    """Words with a digit inside (``20U``): matches of ``_DIGIT_IN_WORD``, each a whole word holding one digit
    between letters, so only the words around such a digit (found by a scan for digits) are tried."""
    count = 0
    for match in _DIGIT_BETWEEN_LETTERS.finditer(text):
        start = match.start()
        while start and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        count += _DIGIT_IN_WORD.match(text, start) is not None
    return count


def hyphen_line_ends(text: str) -> int:
    """Words broken at line ends: matches of ``[a-z]-\\n[a-z]`` (found by a scan for ``-\\n``), without overlaps."""
    count, free = 0, 0  # free: where the next match may start
    for match in _LINE_END_HYPHEN.finditer(text) if "-\n" in text else ():
        start = match.start() - 1
        if start >= free:
            count, free = count + 1, start + 4
    return count


def _rate_without_tails(text: str, missing: int, words: int) -> float:
    """The non-word rate when the second halves of words hyphenated at line ends (ruary of Feb-/ruary) are set aside."""
    table = lexicon.frequencies()
    tails = sum(1 for tail in _TAIL.findall(text) if tail not in table)
    return max(missing - tails, 0) / words


# A non-word the web writes this many times as often as the word it is one confusion from is the web's own word (tech
# 290 times lech, url 55 times urn, dev 75 times dey), no misreading: the most an OCR corpus's non-word reaches is 34
# (ny beside ry; tbe, aud, ot are a thousandth of the, and, of or less)
_WEB_TIMES = 50.0


def _misread(unknown: Iterable[str]) -> list[str]:
    """The unknown words (each distinct one once) that are one OCR confusion from a dictionary word (cornpany, tlie),
    unless the web writes the unknown word ``_WEB_TIMES`` times as often as the most frequent such word (a tech
    page's ``tech`` is no misreading of ``lech``; wordsegment's web counts, :mod:`newslint.ngrams`, asked once for
    all the words)."""
    from newslint import ngrams
    from newslint.ocr.symspell import confusions

    table = lexicon.frequencies()
    listed = table.keys()  # the strings near a word that the word list holds, found at C level
    nearby = {word: near for word in unknown if (near := [near for near in listed & confusions(word)
                                                           if table[near] >= _COMMON])}
    web = ngrams.counts(word for pair in nearby.items() for word in (pair[0], *pair[1]))
    return [word for word, near in nearby.items()
            if web.get(word, 0.0) < _WEB_TIMES * max(web.get(other, 0.0) for other in near)]


def hard_wrapped(text: str, lines: list[str] | None = None) -> bool:
    """Whether lines of print: many lines end mid-sentence, the next going on in lower case or after a hyphen.

    A line that goes on must read as print: not indented (HTML source wrapped by ``get_text()`` is), and, after a
    line that does not end in a hyphen, starting with a plain lower-case word (not an address, a name of code or a
    table's next cell: ``robin.smith@…``, ``mobile_iframe``), after a line that does not open a block (``{``).
    ``lines``: ``text.split("\n")``, where the caller has it. A text with ``_WIDE_LINES`` lines wider than any
    column of print is a web page whose paragraphs an extractor broke at their links, not print.
    """
    if lines is None:
        lines = text.split("\n")
    if len(lines) < 6:
        return False
    broken = sum(1 for line, following in zip(lines, lines[1:])
                 if line.strip() and following.strip() and not following.startswith(_INDENTED)
                 and not (end := line.rstrip()).endswith(_SENTENCE_END)
                 and (end.endswith("-") or (not end.endswith(_OPENS_BLOCK) and _goes_on(following))))
    return broken >= max(5, (len(lines) - 1) // 4) \
        and sum(1 for line in lines if len(line) > _PRINT_WIDTH) < _WIDE_LINES  # asked only where lines break


def may_be_hard_wrapped(lines: int, adjacent: int) -> bool:
    """Whether a text of ``lines`` lines, ``adjacent`` pairs of them non-blank one after the other, may be
    :func:`hard_wrapped`: only such a pair can end mid-sentence and go on, and it needs as many as it counts."""
    return lines >= 6 and adjacent >= max(5, (lines - 1) // 4)


def _goes_on(line: str) -> bool:
    """Whether ``line`` starts with a plain lower-case word, as a sentence going on from the line before does."""
    word = line.split(None, 1)[0].rstrip(_WORD_END)
    return word[:1].islower() and word.replace("'", "").replace("’", "").replace("-", "").isalpha()
