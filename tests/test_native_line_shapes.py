"""The line rules' shapes of an article's lines from the compiled pass (``_speedups.c``, block 26c, ``line_shapes``:
each line's words counted without splitting it, its last character found back from its end) against its twin
(``furniture._python_line_shapes``: ``str.split`` and ``str.rstrip`` per line)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import ALPHABET, compiled, needs_compiled

from newslint import furniture


def same(texts: list[str]) -> None:
    assert compiled.line_shapes(texts) == furniture._python_line_shapes(texts), texts


@needs_compiled
def test_the_compiled_pass_is_in_use() -> None:
    assert furniture.line_shapes is compiled.line_shapes


@needs_compiled
@pytest.mark.parametrize("text", ["", " ", "\n", "a", "a.", "a. ", "a .\n", ".", "- a", "-a", "– a", "• a b", "* a",
                                  "· a", "-", "- ", "a b c d e f g h", "a b c d e f g h i", "Home\xa0\xa0News",
                                  "Home\u2009News\u3000", "News\x1c", "It ended.”", "It ended’  ", "(pictured)",
                                  "Is it?", "Wow!", "a\u2028b", "é😀 b", "x" * 320, "x" * 321, "x " * 160,
                                  "x " * 160 + "x", "He said \"no\""])
def test_edge_cases(text: str) -> None:
    same([text])
    same([text, "It ended."])
    same(["It ended.", text, "Home"])


@needs_compiled
def test_no_lines_and_other_sequences() -> None:
    same([])
    assert compiled.line_shapes(("Home", "It ended.")) == furniture._python_line_shapes(("Home", "It ended."))
    with pytest.raises(TypeError):
        compiled.line_shapes(["Home", 3])


@needs_compiled
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET + "-–•*·…", max_size=40) | st.text(max_size=30), max_size=8))
def test_drawn_lines(texts: list[str]) -> None:
    same(texts)


@needs_compiled
def test_natural_paragraphs() -> None:
    texts = natural_paragraphs(("bbc",), 200)  # (the clean corpus: no held-out labels)
    for k in range(0, len(texts), 7):
        same(texts[k:k + 7])
    assert any(shape[1] for shape in compiled.line_shapes(texts)[0])


@needs_compiled
@pytest.mark.parametrize("character", ["a", " ", ".", "\n", "é", "😀"])
def test_hostile_lines_of_one_character(character: str) -> None:
    text = character * 100_000
    same([text, text[:300], text[:8]])
    same([character + " "] * 10_000)
