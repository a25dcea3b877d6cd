"""The line rules' marks of an article's lines from the compiled pass (``_speedups.c``, block 27b, ``line_marks``: a
one-byte text searched by memchr for a line break, a soft hyphen and 'By', a wider one read once, the last character
found back from the end) against its twin (``rules.lines._shared._python_line_marks``: ``in`` and ``str.rstrip``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import ALPHABET, compiled, needs_compiled

from newslint.rules.lines import _shared


def same(texts: list[str]) -> None:
    assert compiled.line_marks(texts) == _shared._python_line_marks(texts), texts


@needs_compiled
def test_the_compiled_pass_is_in_use() -> None:
    assert _shared.line_marks is compiled.line_marks


@needs_compiled
@pytest.mark.parametrize("text", ["", " ", "\n", "B", "y", "By", "BY", "by", "xBy", "BBy", "B\ny", "B y", "aB",
                                  "\xad", "a\xadb", "Bé", "Byé", "é By", "😀By", "😀\xad", "😀\n", "a.", "a. ",
                                  "a .\n", "It ended.”", "It ended’\u2003", "(pictured)", "Is it?", "Wow!",
                                  "He said \"no\"", "a\u2028", "x" * 320])
def test_edge_cases(text: str) -> None:
    same([text])
    same([text, "It ended."])
    same(["It ended.", text, "By Jane Doe"])


@needs_compiled
def test_each_mark() -> None:
    marks = compiled.line_marks(["a\nb", "PE\xadTER", "By Jane Doe", "It ended.  ", "Home"])
    assert list(marks) == [_shared.LINE_BREAK, _shared.SOFT_HYPHEN, _shared.HOLDS_BY, _shared.CLOSED, 0]


@needs_compiled
def test_no_lines_and_other_iterables() -> None:
    same([])
    assert compiled.line_marks(iter(("By", "a."))) == _shared._python_line_marks(("By", "a."))
    with pytest.raises(TypeError):
        compiled.line_marks(["Home", 3])


@needs_compiled
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET + "By\xad\n\u2003", max_size=40) | st.text(max_size=30), max_size=8))
def test_drawn_lines(texts: list[str]) -> None:
    same(texts)


@needs_compiled
def test_natural_paragraphs() -> None:
    texts = natural_paragraphs(("bbc",), 200)  # (the clean corpus: no held-out labels)
    for k in range(0, len(texts), 7):
        same(texts[k:k + 7])
    assert any(mark & _shared.CLOSED for mark in compiled.line_marks(texts))


@needs_compiled
@pytest.mark.parametrize("character", ["a", "B", "y", " ", ".", "\n", "\xad", "é", "😀"])
def test_hostile_lines_of_one_character(character: str) -> None:
    text = character * 100_000
    same([text, text[:300], text[:8], text + "By", "By" + text])
    same([character + " "] * 10_000)
