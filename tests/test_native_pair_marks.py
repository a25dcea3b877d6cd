"""NL312's pairs of characters found by the compiled scan (``_speedups.c``, block 17C, ``pair_marks``: eight bytes
at a time in a one-byte text) against its twin (``captions._python_pair_marks``: a str's ``in`` for each pair)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled

from newslint.rules.lines import captions
from newslint.rules.lines.captions import _COLON_SPACE


def same(text: str) -> None:
    assert compiled.pair_marks(text) == captions._python_pair_marks(text), text


@needs_compiled
def test_the_compiled_scan_is_in_use() -> None:
    assert captions._pair_marks is compiled.pair_marks


@needs_compiled
@pytest.mark.parametrize("text", ["", " ", "  ", ":", ": ", " :", ":  ", " : ", "a:b c", "a  b: c", "é  ", "😀: ",
                                  "\u3000\u3000", ":\u3000", "\xa0\xa0"])
def test_edge_cases(text: str) -> None:
    same(text)


@needs_compiled
@pytest.mark.parametrize("at", range(20))
def test_a_pair_at_every_place_of_the_words_read_at_once(at: int) -> None:
    for pair in ("  ", ": "):  # (across two eight-byte words, at their ends, in the tail after the last)
        for filler, length in (("x", 20), ("x", 23), ("é", 20), ("😀", 20)):
            text = (filler * at + pair + filler * length)[:max(length, at + 2)]
            same(text)
            same(filler * at + pair)
    same("x" * 7 + ":" + " " + "x" * 8)
    same("x" * 7 + " " + " " + "x" * 8)


@needs_compiled
@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab :\n\t.é😀", max_size=40) | st.text(max_size=30))
def test_drawn_strings(text: str) -> None:
    same(text)


@needs_compiled
def test_natural_paragraphs() -> None:
    texts = natural_paragraphs(("bbc",), 200)  # (the clean corpus: no held-out labels)
    for text in texts:
        same(text)
    assert sum(compiled.pair_marks(text) & _COLON_SPACE > 0 for text in texts) > 5  # (the BBC has no "  ")
