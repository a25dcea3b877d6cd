"""A word longer than every word of the word list (a page that lost its spaces, a run of one character) costs the
OCR analysis, the OCR gate's confusions and NL701 what its length does: the look-ups that made one string per letter
of it, each as long as the word (quadratic: 30 GB for a word of 100 KB), are skipped where none of those strings can
be a listed word, with the same answers."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from newslint import lexicon
from newslint.model import Article
from newslint.ocr import analysis, symspell
from newslint.ocr.analysis import Analysis
from newslint.rules import spelling

LONGEST = max(map(len, lexicon.frequencies()))
# beyond the list, short enough for the plain computations: letters OCR confuses, a word the list holds run together
LONG_WORDS = ["rn" * 30, "li" * 25 + "m", "cornpany" * 7, "the" * 17, "1" * 60 + "0", "tbe" * 20, "a" * (LONGEST + 1),
              "a" * (LONGEST + 2), "a" * (LONGEST + 3)]


def test_a_length_beyond_the_list_is_longer_than_every_listed_word():
    assert [lexicon.longer_than_every_word(n) for n in range(LONGEST - 2, LONGEST + 3)] == [False, False, False, True, True]


@pytest.mark.parametrize("word", LONG_WORDS)
def test_the_confusions_callers_ask_for_are_the_same(word):
    listed = lexicon.frequencies().keys()
    assert listed & symspell.confusions(word) == listed & symspell._python_confusions(word, symspell._PARTNERS,
                                                                                       symspell.MULTI)


@pytest.mark.parametrize("word", LONG_WORDS)
def test_candidates_splits_and_readings_are_the_same(word):
    assert symspell.candidates(word) == symspell._candidates_in(word, symspell._variants(word), symspell.index())
    frequencies = lexicon.frequencies()
    common = analysis._COMMON_WORD
    splits = tuple(f"{word[:i]} {word[i:]}" for i in range(1, len(word))
                   if frequencies.get(word[:i], 0) >= common and frequencies.get(word[i:], 0) >= common
                   and (i > 1 or word[0] in "ai") and (i < len(word) - 1 or word[-1] in "ai"))
    assert analysis._splits(word) == splits
    readings = {word[:at] + good + word[at + len(bad):] for bad, good in spelling._OCR_PAIRS
                for at in range(len(word)) if word.startswith(bad, at)}
    readings |= {word.replace(bad, good) for bad, good in spelling._OCR_PAIRS}
    readings.add(word.replace("rn", "m").replace("1", "l").replace("0", "o"))
    best = max((r for r in readings if r.isalpha() and r != word), key=lexicon.frequency, default=None)
    expected = best if best and lexicon.frequency(best) >= spelling._COMMON and not lexicon.is_known(word) \
        and any(bad in word for bad, _ in spelling._OCR_PAIRS) else None
    assert spelling.ocr_reading(word) == expected


PAGE = ("At eleven o'clock on Wednesday tbe following portions of land will be offered by public auction for sale, "
        "at tho Colonial Treasury, at the upset price marked on each lot, commencing on Headman's Cieek. ")


@pytest.mark.parametrize("token", ["A" + "bcdefghijk" * 2_000, "R" + "rn" * 10_000, "1" * 40_000, "rn" * 20_000,
                                   "abcdefghij" * 4_000])
def test_a_long_token_costs_the_analysis_its_length(token):
    """(A capitalised one printed twice, as a page's own word, and once; digits, whose glyph test backtracked.)"""
    Analysis(Article.parse(PAGE * 3, "<page>", {}, False))  # the tables the analysis loads, outside the measure
    article = Article.parse(f"{PAGE}{token} and {token}. {PAGE}{token[:-1]}x.", "<page>", {}, False)
    tracemalloc.start()
    started = time.process_time()
    try:
        Analysis(article)
        spelling.ocr_reading(token)
        symspell.confusions(token)
        seconds, (_, peak) = time.process_time() - started, tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64e6 and seconds < 3.0, (peak, seconds)
