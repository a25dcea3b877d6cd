"""Text primitives shared by the model and the rules: words, sentences, abbreviations."""

from __future__ import annotations

import re
from typing import Iterable

from newslint import native, regexcache

# A word: letters/digits, with inner apostrophes, hyphens and periods (U.S., didn't, build-up, 1.5).
WORD = regexcache.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*\.?(?<![^\W_]{2}\.)")


def _word_texts(text: str) -> list[str]:
    """``WORD.findall(text)``, in about half the time (the pure-Python version of :func:`word_texts`).

    No token holds white space (``\\w`` excludes it) and every token ends where the
    regex would end it whatever lies beyond a blank, so the tokens are those of each
    white-space-separated chunk in turn; a chunk of letters only (most of them) is
    one token as it stands, as is one before a comma or a full stop, and only the
    others need the regex.
    """
    words: list[str] = []
    append, extend, findall = words.append, words.extend, WORD.findall
    for chunk in text.split():
        if chunk.isalpha():
            append(chunk)
        elif chunk[-1] in ",." and len(chunk) > 2 and chunk[:-1].isalpha():
            append(chunk[:-1])  # "word," or "word." (a stop after two letters or more is no abbreviation's)
        else:
            extend(findall(chunk))
    return words


# WORD.findall(text): compiled (newslint/_speedups.c, a fifth of findall's time) where built, else _word_texts
word_texts = native.pick("word_texts", _word_texts)


def ocr_suspects(tokens: Iterable[str]) -> list[str]:
    """The tokens that may be OCR confusions, told from their characters: rn, 1 or 0 among at least three letters
    (NL701's suspects; the word analysis judges each distinct word so, ``_speedups.c``'s ``is_ocr_suspect``)."""
    return [token for token in tokens  # the tests of rn, 1 and 0 first: most tokens stop there
            if ("rn" in token or "1" in token or "0" in token) and _letters_at_least_three(token)]


def _letters_at_least_three(token: str) -> bool:
    """``sum(c.isalpha() for c in token) >= 3``, without counting when the whole token is letters."""
    return len(token) >= 3 and token.isalpha() or sum(map(str.isalpha, token)) >= 3


# Abbreviations after which a period does not end a sentence (lower-cased, without the final period).
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt ft rev gen col lt sgt capt cmdr adm gov sen rep pres supt insp
no nos vol vols fig figs p pp ed eds est approx dept univ assn corp inc ltd co bros plc
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
e.g i.e etc vs v cf al a.m p.m u.s u.k u.n e.u u.s.a d.c n.y l.a ph.d b.a m.a
""".split())

# a sentence's end: its stops and closing marks, the white space after them (group 1) before the next one's start
# (``[.!?…][.!?…]*``, not ``[.!?…]+``: a pattern that opens on a class is searched for by that class, a third sooner)
_SENTENCE_END = regexcache.compile(r"[.!?…][.!?…]*[\"”’')\]]*(?=(\s+)[\"“‘'(\[]?[A-Z0-9])")
_RUN_WINDOW = 16  # characters before a period in which the space before its word is looked for
_DOTTED_ACRONYM = regexcache.compile(r"(?:[a-z]\.)+[a-z]")


def is_abbreviation_before(text: str, period_index: int) -> bool:
    """True when the period at ``period_index`` ends an abbreviation or an initial: the run of letters, digits and
    periods before it is one."""
    space = text.rfind(" ", max(0, period_index - _RUN_WINDOW), period_index)
    word = text[space + 1:period_index]
    letters = word.replace(".", "")
    if space < 0 or letters and not letters.isalnum():  # the run starts elsewhere: followed back to its start
        start = period_index
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
            start -= 1
        word = text[start:period_index]
    word = word.lower()
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "Christi C. Elwood"
        return True
    # dotted acronyms: U.S., a.m., e.g.
    return "." in word and _DOTTED_ACRONYM.fullmatch(word) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split one paragraph into sentence spans (relative to ``text``)."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        first_punct = match.start()
        if text[first_punct] == "." and match.end() - first_punct == 1 and is_abbreviation_before(text, first_punct):
            continue
        spans.append((start, match.end()))
        start = match.end(1)  # the next sentence starts after the white space
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


LONE_SURROGATE = regexcache.compile("[\ud800-\udfff]")  # (how Python keeps bytes that were not UTF-8)


def first_surrogate(text: str) -> re.Match[str] | None:
    """The match of the first lone surrogate in ``text`` (how Python keeps bytes that were not UTF-8), or None;
    searched for only where encoding the text to UTF-8 fails (nothing else makes it fail): a regex search of every
    character cost a JSONL record ten times more."""
    found = None if text.isascii() else utf8_or_surrogate(text)
    return found if isinstance(found, re.Match) else None


def utf8_or_surrogate(text: str) -> bytes | re.Match[str]:
    """``text`` as UTF-8, or the match of its first lone surrogate (:func:`first_surrogate`) where it has one."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return LONE_SURROGATE.search(text)
