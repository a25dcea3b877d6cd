"""The line rules' compiled passes over an article's lines against their twins: ``line_shapes`` (``_speedups.c``,
block 26c: each line's words counted without splitting it, its last character found back from its end; twin
``furniture._python_line_shapes``: ``str.split`` and ``str.rstrip`` per line) and ``line_forms`` (its answers and the
marks of block 27b in one call, 28b: a one-byte text searched by memchr for a line break, a soft hyphen, 'By' and, up
to 320 characters, '...', a wider one read once; NL312's '  ' and ': ' (block 17C) in blocks of 64 characters by a
loop without a branch (35d); twin ``furniture._python_line_forms``: ``in``, and ``str.rstrip``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import ALPHABET, compiled, needs_compiled

from newslint import furniture
from newslint.rules.lines import _shared

PASSES = {"line_shapes": furniture._python_line_shapes, "line_forms": furniture._python_line_forms}


def same(texts: list[str], name: str = "line_shapes") -> None:
    assert getattr(compiled, name)(texts) == PASSES[name](texts), texts


def same_both(texts: list[str]) -> None:
    for name in PASSES:
        same(texts, name)


@needs_compiled
def test_the_compiled_passes_are_in_use() -> None:
    assert furniture.line_shapes is compiled.line_shapes
    assert _shared.line_forms is compiled.line_forms


@needs_compiled
@pytest.mark.parametrize("text", ["", " ", "\n", "a", "a.", "a. ", "a .\n", ".", "- a", "-a", "– a", "• a b", "* a",
                                  "· a", "-", "- ", "a b c d e f g h", "a b c d e f g h i", "Home\xa0\xa0News",
                                  "Home\u2009News\u3000", "News\x1c", "It ended.”", "It ended’  ", "(pictured)",
                                  "Is it?", "Wow!", "a\u2028b", "é😀 b", "x" * 320, "x" * 321, "x " * 160,
                                  "x " * 160 + "x", "He said \"no\"",
                                  # the marks': 'By', a soft hyphen, a cut, in each width of str
                                  "B", "y", "By", "BY", "by", "xBy", "BBy", "B\ny", "B y", "aB", "\xad", "a\xadb",
                                  "Bé", "Byé", "é By", "😀By", "😀\xad", "😀\n", "..", "...", ". ..", "a..", "é...",
                                  "é..", "…", "a…b", "😀.. .", "1", "a1", "a1 ", "٣", "é²", "😀5", "5😀",
                                  # NL312's pairs
                                  "  ", ":", ": ", " :", ":  ", " : ", "a:b c", "a  b: c", "é  ", "😀: ", "\u3000\u3000",
                                  ":\u3000", "\xa0\xa0"])
def test_edge_cases(text: str) -> None:
    same_both([text])
    same_both([text, "It ended."])
    same_both(["It ended.", text, "Home"])


@needs_compiled
def test_each_mark() -> None:
    marks = compiled.line_forms(["a\nb", "PE\xadTER", "By Jane Doe", "It ended.  ", "Home", "May 3, 2021",
                                 "in the town... >", "in the…", "a" * 317 + "...", "a" * 318 + "é…"])[2]
    assert list(marks) == [_shared.LINE_BREAK, _shared.SOFT_HYPHEN, _shared.HOLDS_BY,
                           _shared.CLOSED | _shared.DOUBLE_SPACE, 0, 0,
                           _shared.HOLDS_CUT, _shared.HOLDS_CUT, _shared.HOLDS_CUT | _shared.CLOSED, _shared.HOLDS_CUT]


@needs_compiled
def test_a_cut_is_marked_in_a_short_line_only() -> None:
    """NL311 reads a cut of a line of 320 characters or fewer only: a longer text is not searched for one."""
    for cut in ("...", "…"):
        for text in ("a" * 318 + cut, "é" * 318 + cut, "a" * 320 + cut, cut + "é" * 320, "😀" * 400 + cut):
            assert bool(compiled.line_forms([text])[2][0] & _shared.HOLDS_CUT) == (len(text) <= 320), text
            same_both([text])


@needs_compiled
@pytest.mark.parametrize("at", [*range(20), 62, 63, 64, 65, 66, 127, 128, 129, 191, 192])
def test_a_pair_at_every_place_of_the_words_read_at_once(at: int) -> None:
    for pair in ("  ", ": "):  # (across two blocks of 64 characters, at their ends, in the tail after the last)
        for filler, length in (("x", 20), ("x", 23), ("x", 70), ("x", 140), ("é", 20), ("ŝ", 20), ("ŝ", 130),
                               ("😀", 20)):
            text = (filler * at + pair + filler * length)[:max(length, at + 2)]
            same_both([text, filler * at + pair])
    same_both(["x" * 7 + ":" + " " + "x" * 8, "x" * 7 + " " + " " + "x" * 8])
    marks = compiled.line_forms(["x" * 7 + ": " + "x" * 8, "x" * 7 + "  " + "x" * 8, "x" * 7 + " :" + "x" * 8])[2]
    assert list(marks) == [_shared.COLON_SPACE, _shared.DOUBLE_SPACE, 0]


@needs_compiled
@pytest.mark.parametrize("filler", ["ŝ", "x ŝ", "😀"])
def test_each_mark_at_every_place_of_a_wide_text(filler: str) -> None:
    # (a two-byte text is read up to its last two characters by a loop without a branch, those two one by one: 35d)
    for mark in ("\n", "\xad", "By", "...", "…", ".."):
        for length in (0, 1, 2, 3, 5, 40, 300, 330):
            body = (filler * length)[:length]
            for at in {0, 1, length // 2, max(length - 3, 0), max(length - 2, 0), max(length - 1, 0), length}:
                same_both([body[:at] + mark + body[at:], body[:at] + mark[:1] + "x" + mark[1:] + body[at:]])


@needs_compiled
@pytest.mark.parametrize("space", [c for c in map(chr, range(256)) if c.isspace()] + ["\u2003", "\u3000"])
def test_words_parted_by_each_space(space: str) -> None:
    # (a one-byte text's words are counted by a test of each character without a branch: str.isspace's, 35d)
    for text in (f"a{space}b", f"{space}a{space}{space}b{space}", space * 3, f"a{space}b{space}c{space}d" * 20,
                 f"Öl{space}ça{space}\xa0x"):
        same_both([text, text + "."])


@needs_compiled
def test_the_forms_are_the_shapes_and_the_marks() -> None:
    texts = ["Home", "It ended.", "By Jane Doe\n", "x" * 400 + "..."]
    shapes, closed, marks = compiled.line_forms(texts)
    assert (shapes, closed) == compiled.line_shapes(texts)
    assert marks == furniture._python_line_marks(texts)


@needs_compiled
def test_no_lines_and_other_sequences() -> None:
    same_both([])
    same_both(("Home", "It ended."))
    assert compiled.line_forms(iter(("By", "a."))) == furniture._python_line_forms(["By", "a."])
    for name in PASSES:
        with pytest.raises(TypeError):
            getattr(compiled, name)(["Home", 3])


@needs_compiled
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET + "-–•*·…By\xad\u20030", max_size=40) | st.text(max_size=30), max_size=8))
def test_drawn_lines(texts: list[str]) -> None:
    same_both(texts)


@needs_compiled
def test_natural_paragraphs() -> None:
    texts = natural_paragraphs(("bbc",), 200)  # (the clean corpus: no held-out labels)
    for k in range(0, len(texts), 7):
        same_both(texts[k:k + 7])
    assert any(shape[1] for shape in compiled.line_shapes(texts)[0])
    assert any(mark & _shared.CLOSED for mark in compiled.line_forms(texts)[2])
    assert sum(mark & _shared.COLON_SPACE > 0 for mark in compiled.line_forms(texts)[2]) > 5  # (the BBC has no "  ")


@needs_compiled
@pytest.mark.parametrize("character", ["a", " ", ".", "\n", "é", "😀", "B", "y", "\xad", "…", "7", ":"])
def test_hostile_lines_of_one_character(character: str) -> None:
    text = character * 100_000
    same_both([text, text[:300], text[:8], text + "By", "By" + text, text + "...", "..." + text + "1"])
    same_both([character + " "] * 10_000)
