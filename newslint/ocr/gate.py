"""Whether a document is OCR output: a cheap pass over its text, before any OCR rule runs.

Edited copy keeps well under one unknown lower-case word in a hundred; OCR output has several,
plus its signatures: ``tbe``/``tho``/``aud`` for the commonest words, digits inside words
(``20U``), glyph runs (``^``, ``||``) and hard-wrapped lines that end in hyphens. The gate opens
when the evidence is strong enough for the text's length; ``ocr = "on"`` or ``"off"`` in the
configuration forces it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import filterfalse
from typing import NamedTuple, Sequence

from newslint import lexicon

_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z]{2,}(?![\w'’\-])")
_SIGNATURES = frozenset("tbe tho aud ol tlie ihe thc tiie aro wero bo ot io lo ia iu ho havo iho tne".split())
_DIGIT_IN_WORD = re.compile(r"\b[a-zA-Z]+[0-9][a-zA-Z]+\b|\b[a-z]+[015][a-z]+\b")
_GLYPH_RUN = re.compile(r"[\^|¦■]|\bI\|")
_HYPHEN_END = re.compile(r"[a-z]-\n[a-z]")
_MIN_WORDS = 20
_WRAPPED_RATE = 0.01  # lines of print with this share of non-words are OCR output (edited copy is never hard-wrapped)
_COMMON = 100  # how frequent in the word list a word must be for a non-word near it to count as its misreading
_SENTENCE_END = tuple(".!?:;\"”’')")
# Wire-copy abbreviations (Reuters: "1.5 mln dlrs", "3 pct") are conventions, not misreadings.
WIRE_ABBREVIATIONS = frozenset("mln dlrs pct cts dlr stg shrs mths div shr qtr unch bpd lbs lb km hrs prev gmt oper yr yrs bbl "
                  "gnp kg reuter avg vs revs cif fob usda plc bln".split())
# The commonest English words: OCR'd English still has plenty; other languages have few.
_FUNCTION = frozenset("the of and to in is was that for it as with be by on not he his at which from this "
                      "but have are had or an they were all been their one so".split()) | _SIGNATURES


class OcrDecision(NamedTuple):
    """What the gate decided for one document, and the evidence it weighed."""

    ocr: bool
    reason: str
    words: int = 0
    non_word_rate: float = 0.0
    signatures: int = 0
    glyph_runs: int = 0
    hyphen_line_ends: int = 0
    hard_wrapped: bool = False  # most lines end mid-sentence and the next goes on: lines of print, not paragraphs

    def describe(self) -> dict:
        return self._asdict()


def decide(text: str, mode: str = "auto", tokens: Sequence[str] | None = None) -> OcrDecision:
    """The gate's decision for ``text`` under ``mode`` (auto, on or off).

    ``tokens``: the text's word tokens when already known (``Article.words``), which saves a pass.
    """
    if mode == "off":
        return OcrDecision(False, "forced off by configuration (ocr = \"off\")")
    if mode == "on":
        return OcrDecision(True, "forced on by configuration (ocr = \"on\")")
    wrapped = hard_wrapped(text)
    if tokens is not None:
        quick = _edited_at_a_glance(tokens, wrapped)
        if quick is not None:
            return quick
    words = _LOWER_WORD.findall(text) if tokens is None else list(filter(str.isalpha, filter(str.islower, tokens)))
    if len(words) < _MIN_WORDS:
        return OcrDecision(False, f"too short to tell ({len(words)} lower-case words)", len(words), hard_wrapped=wrapped)
    unknown = [word for word in filterfalse(lexicon.frequencies().__contains__, words) if word not in WIRE_ABBREVIATIONS]
    rate = len(unknown) / len(words)
    signatures = sum(map(_SIGNATURES.__contains__, words))
    if rate < 0.01 and signatures < 3:  # the common case, decided without looking further
        return OcrDecision(False, f"reads as edited text ({rate:.1%} non-words, {signatures} OCR signatures)",
                           len(words), round(rate, 4), signatures, hard_wrapped=wrapped)
    glyphs = len(_GLYPH_RUN.findall(text)) + len(_DIGIT_IN_WORD.findall(text))
    hyphens = len(_HYPHEN_END.findall(text))
    evidence = OcrDecision(False, "", len(words), round(rate, 4), signatures, glyphs, hyphens, wrapped)
    signature_rate = signatures / len(words)
    if wrapped and rate >= _WRAPPED_RATE:
        return evidence._replace(ocr=True, reason=f"hard-wrapped lines of print with {rate:.1%} non-words")
    if sum(map(_FUNCTION.__contains__, words)) < 0.1 * len(words):
        return evidence._replace(reason="not English enough to judge (few common English words)")
    if rate >= 0.025:
        misread = _misreadings(unknown)
        if misread >= 2 and misread >= 0.01 * len(words) or (wrapped and misread and hyphens):
            return evidence._replace(ocr=True, reason=f"{rate:.1%} non-words, {misread} of them one OCR confusion "
                                                      "from a common word")
    if signature_rate >= 0.01 and signatures >= 3:
        return evidence._replace(ocr=True, reason=f"OCR misreadings of common words ({signatures}: tbe, tho, aud…)")
    return evidence._replace(reason=f"reads as edited text ({rate:.1%} non-words, {signatures} OCR signatures)")


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """The commonest words of the list: a small set that stays in the processor's cache.

    Its strings are fresh copies, made one after another, so that they lie together in memory
    rather than scattered among the whole list's.
    """
    return frozenset((word + " ")[:-1] for word, count in lexicon.frequencies().items()
                     if count >= _COMMON_ENOUGH and word.isalpha())


_COMMON_ENOUGH = 10_000  # about 5,000 words: most of any English text


def _edited_at_a_glance(tokens: Sequence[str], wrapped: bool) -> OcrDecision | None:
    """The gate's decision when the text is too short or reads as edited text; None when it needs a closer look.

    The same decision and evidence as counting word by word, reached over the text's distinct words:
    the commonest words are set aside by one set operation and only the few others are looked up in
    the full word list; a word that is unknown or an OCR signature is then counted in the tokens.
    """
    distinct = set(tokens)
    common = _common()
    rare = set(filter(str.isalpha, filter(str.islower, distinct.difference(common))))
    lower = rare.union(common.intersection(distinct))
    words = sum(map(lower.__contains__, tokens))
    if words < _MIN_WORDS:
        return OcrDecision(False, f"too short to tell ({words} lower-case words)", words, hard_wrapped=wrapped)
    unknown = [word for word in filterfalse(lexicon.frequencies().__contains__, rare) if word not in WIRE_ABBREVIATIONS]
    if len(unknown) >= 0.01 * words:
        return None
    rate = sum(map(tokens.count, unknown)) / words
    signatures = sum(map(tokens.count, _SIGNATURES.intersection(distinct)))
    if rate < 0.01 and signatures < 3:
        return OcrDecision(False, f"reads as edited text ({rate:.1%} non-words, {signatures} OCR signatures)",
                           words, round(rate, 4), signatures, hard_wrapped=wrapped)
    return None


def _misreadings(unknown: list[str]) -> int:
    """How many of the unknown words are one OCR confusion from a dictionary word (cornpany, tlie)."""
    from newslint.ocr.symspell import confusions

    table = lexicon.frequencies()
    return sum(1 for word in unknown if any(table.get(near, 0) >= _COMMON for near in confusions(word)))


def hard_wrapped(text: str) -> bool:
    """Whether lines of print: many lines end mid-sentence, the next going on in lower case or after a hyphen."""
    lines = text.split("\n")
    if len(lines) < 6:
        return False
    broken = sum(1 for line, following in zip(lines, lines[1:])
                 if line.strip() and following.strip() and not line.rstrip().endswith(_SENTENCE_END)
                 and (following.lstrip()[0].islower() or line.rstrip().endswith("-")))
    return broken >= max(5, (len(lines) - 1) // 4)
