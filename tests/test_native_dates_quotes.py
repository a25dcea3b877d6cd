"""The compiled helpers of block 17d of ``newslint/_speedups.c`` against their pure-Python twins: the same answers on
hand cases, the seeds, the natural corpus beside the repository and drawn text."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint.model import Article
from newslint import dates
from newslint.rules import quotes
from conftest import natural_files
from tests.test_native import compiled, needs_compiled

# quotes, what comes before and after them (openers, closers, stops, digits, spaces beyond ASCII), letters
QUOTE_ALPHABET = '""""  ,.?!:;…’\'”)]([{—–-/\t\n\u00a0\u2003a Ab9٣é😀'
# months' letters in both cases, ſ and the Kelvin sign, ordinals, of, spaces, digits (ASCII, Arabic, beyond the BMP)
CUE_ALPHABET = "JjAaNnDdEeCcSsTtHhOoFfRr\u017f\u212aKk.,  \n\u00a0\u200b15٣\U0001d7d8😀é"


@pytest.fixture(scope="module")
def natural_texts() -> list[str]:
    files = natural_files(("bbc", "scraped", "reuters", "ocr"), 300)
    return [file.read_text(encoding="utf-8", errors="replace") for file in files]


@pytest.fixture(scope="module")
def natural_paragraphs(natural_texts) -> list[str]:
    return [p.text for text in natural_texts for p in Article.parse(text).paragraphs]


def test_the_compiled_helpers_are_picked_unless_no_native() -> None:
    if compiled is not None:
        assert quotes._straight_quote_scan is compiled.straight_quote_scan
    code = ("from newslint.rules import quotes as q; "
            "assert q._straight_quote_scan is q._python_straight_quote_scan")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})


STRAIGHT = [
    ('He said "yes" and left.', -1), ('"We will win," he said.', -1), ('He said: "We will win.', 9),
    ('"Open', 0), ('a 5" screen', -2), ('"No conflicts, "he said', -2), ('conflicts, "he said', 11), ('"One. "Two', 6), ('"One "two', 0),
    ('', -1), ('no quotes', -1), ('"', 0), ('x"', -1), ('"a" "b', 4), ('"end." "Next', 7), ('"end.” "Next', 7),
    ('he "said', 3), ('"a," "b"', -1), ('"a. \u00a0"b', -1), ('"a ٣" b', -2),
]


@pytest.mark.parametrize("text, expected", STRAIGHT)
def test_straight_quote_scan_hand_cases(text, expected):
    assert quotes._python_straight_quote_scan(text)[0] == expected
    if compiled is not None:
        assert compiled.straight_quote_scan(text)[0] == expected


SPACED = [
    ('He said "yes" and left.', -1), ('was " a worry', 4), ('a " b " c', 2), (' "', -1), ('" a', -1), ('a "', -1),
    ('a \u00a0" b', -1), ('a "  b', 2), ('a " b 5" c', -1), ('a " b, "he', -1),
]


@pytest.mark.parametrize("text, expected", SPACED)
def test_straight_quote_scan_reports_the_first_mark_spaced_on_both_sides(text, expected):
    assert quotes._python_straight_quote_scan(text)[1] == expected
    if compiled is not None:
        assert compiled.straight_quote_scan(text)[1] == expected


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=QUOTE_ALPHABET, max_size=24))
@example('a " b')
def test_the_spaced_mark_reported_is_the_first_that_a_search_finds(text):
    open_at, spaced_at = quotes._straight_quote_scan(text)
    if open_at != -2:
        assert spaced_at == (text.find(' " ') + 1 or -1)


def test_the_straight_scan_agrees_with_the_general_scan():
    """Where the straight-quote scan decides, the general scan finds the same (no misspaced or unopened mark)."""
    for text, expected in STRAIGHT:
        if expected != -2:
            found = quotes.scan(text)
            assert (found.open_at, found.misspaced, found.unopened) == (None if expected == -1 else expected, [], [])


@needs_compiled
def test_straight_quote_scan_matches_its_twin_on_natural_text(natural_paragraphs):
    with_quotes = [text for text in natural_paragraphs if '"' in text]
    assert len(with_quotes) > 100
    for text in with_quotes:
        assert compiled.straight_quote_scan(text) == quotes._python_straight_quote_scan(text)


@needs_compiled
@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=QUOTE_ALPHABET, max_size=24))
@example('"a, "b')
@example('x "')
def test_straight_quote_scan_matches_its_twin_on_drawn_text(text):
    assert compiled.straight_quote_scan(text) == quotes._python_straight_quote_scan(text)


@needs_compiled
@pytest.mark.parametrize("wide", ["", "\u2014", "\U0001f600"])  # a one-byte str (read by memchr), two, four bytes
def test_straight_quote_scan_matches_its_twin_on_long_lines(wide):
    filler = "word " * 20_000
    for text in [wide + filler + '"', '"' + filler + wide, wide + filler + '"x', wide + '"' * 100_000,
                 wide + filler + 'a. "B' + filler, wide + ('"a" ' + filler) * 3]:
        assert compiled.straight_quote_scan(text) == quotes._python_straight_quote_scan(text)


def test_straight_quote_scan_refuses_what_is_not_a_str():
    if compiled is not None:
        with pytest.raises(TypeError):
            compiled.straight_quote_scan(b'"a"')


def test_the_exact_cue_s_spaces_and_digits_are_the_loose_cue_s():
    """Every character that ``_SPACE`` or ``_NUMBER`` (RE2) matches is one that the loose cue takes as a space
    (``str.isspace``) or a digit (``str.isdecimal``, or any character beyond the BMP)."""
    import re2

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    spaces = set(re2.findall(dates._SPACE, every))
    digits = set(re2.findall(dates._NUMBER, every))
    assert spaces and all(c.isspace() for c in spaces)
    assert len(digits) > 100 and all(c.isdecimal() or c >= "\U00010000" for c in digits)


MONTH_CUES = [
    ("on 2 December 2021", True), ("Dec. 2", True), ("March 2023", True), ("2nd of Dec", True), ("DEC 2", True),
    ("decision 5", True), ("Decision, 5", True), ("the 5 decisions", True), ("5th of october", True),
    ("in 2021 we", False), ("no numbers here", False), ("", False), ("Dec", False), ("5", False), ("Dec.,5", False),
    ("Dec5", False), ("5Dec", False), ("5 of  \u00a0 nov", True), ("5\u3000Jan", True), ("Jan\u200b5", False),
    ("\u017fep 5", True), ("5 \u017fep", True), ("5 \u212aan", False), ("Mar \U0001d7d8", True), ("Mar \u0663", True),
    ("Ma r 5", False), ("5 o f Jan", False), ("5th\nJan", True), ("5sT Jan", True), ("5xt Jan", False),
    ("5 th Jan", False), ("Jan , 5", False), ("Jan., 5", True), ("Jan,. 5", False), ("x\ud800 Jan 5", True),
]


@pytest.mark.parametrize("text, expected", MONTH_CUES)
def test_may_hold_month_cue_hand_cases(text, expected):
    assert dates._python_may_hold_month_cue(text) is expected
    if compiled is not None:  # the compiled spans are found exactly where the twin's RE2 search finds a cue
        assert bool(compiled.date_cues(text)[0]) is expected


def test_the_loose_month_cue_holds_every_exact_one(natural_texts):
    """Wherever the exact cue (RE2, ``_MONTH_NUMBER_CUES``) finds a month beside a number, so does the loose one:
    skipping an article where the loose one finds none is safe. In most articles it finds none."""
    import re2

    exact = re2.compile(dates._MONTH_NUMBER_CUES.encode())
    found = 0
    for text in natural_texts + [text for text, _ in MONTH_CUES]:
        loose = dates._python_may_hold_month_cue(text)
        found += loose
        if exact.search(dates._utf8(text)) is not None:
            assert loose, text[:80]
    assert found < len(natural_texts) * 0.8


@needs_compiled
def test_the_date_pre_checks_match_their_twins_on_natural_text(natural_texts):
    for text in natural_texts:
        assert iso_hinted(text) is dates._python_iso_date_hint(text)
        assert bool(compiled.date_cues(text)[0]) is dates._python_may_hold_month_cue(text)


@needs_compiled
@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=CUE_ALPHABET, max_size=16))
@example("5 \u017fep")
@example("Dec\u00a0\U0001d7d8")
def test_month_cue_spans_are_found_where_the_twins_search_finds_a_cue_in_drawn_text(text):
    assert bool(compiled.date_cues(text)[0]) is dates._python_may_hold_month_cue(text)


# one-byte text past the compiled scan's eight bytes at a time: the bytes whose low seven bits are a digit's (°±²³ …)
# and the ASCII neighbours of the digits
LATIN1_CUE_ALPHABET = "Jj aAnN.,/:09\u00b0\u00b2\u00b9\u00ba\u00a0\u00ff"


@needs_compiled
@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=LATIN1_CUE_ALPHABET, max_size=40))
@example("\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9 Jan")
@example("\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8 Jan 5")
@example("abcdefgh/:/:/:/:Jan 5")
def test_month_cue_spans_match_the_twin_on_drawn_one_byte_text(text):
    assert compiled.date_cues(text)[0] == dates._python_month_cue_spans(text)
    assert bool(compiled.date_cues(text)[0]) is dates._python_may_hold_month_cue(text)


def iso_hinted(text: str) -> bool:
    """Whether the compiled ``date_cues`` finds ``dates._ISO_HINT`` in ``text``."""
    return compiled.date_cues(text)[1] & dates._ISO_HINTED != 0


ISO_HINTS = [
    ("on 2021-12-02", True), ("-12-31", True), ("-09-3", False), ("-19-30", True), ("-29-30", False), ("-12-40", False),
    ("x-1\u0663-2\u0663", True), ("-1\U0001d7d8-21", True), ("a-b-c", False), ("", False), ("-", False),
    ("--01-01", True), ("-01--01", False), ("\u00e9-10-11", True), ("\U0001f600-10-11", True), ("-10-1", False),
    ("ab-12-0", False), ("-0\u00b2-01", False),
]


@pytest.mark.parametrize("text, expected", ISO_HINTS)
def test_iso_date_hint_hand_cases(text, expected):
    assert dates._python_iso_date_hint(text) is expected
    if compiled is not None:
        assert iso_hinted(text) is expected


@needs_compiled
@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="-0123459\u0663\U0001d7d8 a\u00e9", max_size=24))
def test_iso_date_hint_matches_its_twin_on_drawn_text(text):
    assert iso_hinted(text) is dates._python_iso_date_hint(text)


def test_date_cues_refuse_what_is_not_a_str():
    if compiled is not None:
        with pytest.raises(TypeError):
            compiled.date_cues(b"-12-02")
