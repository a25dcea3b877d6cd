"""NL317's last opening quotation mark before a seam, compiled (``_speedups.c``, block 31c) against its twin.

``last_opening`` must give exactly the place ``run_in._python_last_opening`` (``_UP_TO_LAST_OPENING.match``) gives:
on edge cases (a mark at the stretch's either end, a space just before its start, stretches out of range), on drawn
strings of every kind of str across eight-byte steps, and at every seam of the corpus's paragraphs and pages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled

from newslint.rules.boilerplate import run_in


def same(text: str, start: int, end: int) -> None:
    assert compiled.last_opening(text, start, end) == run_in._python_last_opening(text, start, end), (text, start, end)


def every_stretch(text: str) -> None:
    for start in range(-2, len(text) + 3):
        for end in range(-2, len(text) + 3):
            same(text, start, end)


@needs_compiled
def test_the_compiled_scan_is_in_use() -> None:
    assert run_in._last_opening is compiled.last_opening


@needs_compiled
@pytest.mark.parametrize("text", [
    "", " ", "'", " '", "x '", " 'x", "' ", "''", "  ''", " \"", " ‘", " “", " ’", " ”", "x\"", "a 'b' c 'd",
    "He said 'we won", "twelve bytes 'and then", "'" * 17, " '" * 9, "x" * 15 + " '", " '" + "x" * 15,
    "é 'x", "é x 'y" + "z" * 9, "‘x ‘y “z", "😀 'x 😀", " '\n '", "\t'", "\u00a0'",
])
def test_edge_cases(text: str) -> None:
    every_stretch(text)
    every_stretch("a" * 7 + text)  # the marks at other offsets of an eight-byte step


@needs_compiled
def test_none_opened_and_the_last_of_several() -> None:
    text = "The quay 'old harbour' at dusk 'He always wears a hat"
    assert compiled.last_opening(text, 0, len(text)) == text.rindex(" 'He")
    assert compiled.last_opening(text, 0, text.rindex(" 'He") + 1) == text.index(" 'old")
    assert compiled.last_opening("no marks at all in this one", 0, 27) == -1


PIECES = st.sampled_from([" ", "'", "\"", "‘", "“", "’", "x", "ab", "é", "😀", "\n", " '", "word ", ".", "’s"])


@needs_compiled
@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join), st.integers(-3, 90), st.integers(-3, 90))
def test_drawn_strings(text: str, start: int, end: int) -> None:
    same(text, start, end)


@needs_compiled
def test_natural_paragraphs_and_pages() -> None:
    opened = 0
    for text in natural_paragraphs(("bbc", "scraped"), 300, shortest=200):
        for seam in range(0, len(text), 37):
            start = max(0, seam - run_in._QUOTE_REACH)
            same(text, start, seam)
            opened += run_in._python_last_opening(text, start, seam) >= 0
    assert opened > 100  # the corpus's quotations: some marks were found and compared
