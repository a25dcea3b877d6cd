"""The compiled photo cues of a paragraph (``_speedups.c``, block 30c) against their pure-Python twin.

``caption_cue_positions`` must give exactly the places ``captions._python_cue_positions`` gives: on edge cases,
drawn strings of the cues' words, brackets and word characters of every kind, and the corpus's paragraphs and pages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled

from newslint import captions


def same(text: str) -> None:
    assert compiled.caption_cue_positions(text) == captions._python_cue_positions(text), text


@needs_compiled
def test_the_compiled_cues_are_in_use() -> None:
    assert captions._cue_positions is compiled.caption_cue_positions


@needs_compiled
@pytest.mark.parametrize("text", [
    "", "(", ")", "()", "(left)", "(left", "left)", "((left)", "(left))", "(pictured)pictured", "pictured",
    "(L-R)", "(l-r)", "(Left)", "(LEFT)", "(xleft)", "(x left)", "(_left)", "(2left)", "(é left)", "(éleft)",
    "(leftx)", "(left_)", "(left2)", "(left-wing)", "(left, right)", "(centre,center)", "(inset:)",
    "(sixteen chars!!!left)", "(seventeen chars!!left)", "(" + "x" * 15 + " left)", "(" + "x" * 16 + " left)", "(a sixteen-char left)", "(left twelve char)",
    "(left thirteen chs)", "(left (right)", "(left ( right)", "(from left to right: Jane, John)",
    "(above)(below)(inset)", "file photo", "file photos", "file picture", "file picturesque", "file image_",
    "afile photo", "2file photo", "_file photo", "éfile photo", "٣file photo", "²pictured", "épictured",
    "file file photo", "(file photo)", "(file photo, right)", "(left: file photo)", "pictured (left) pictured",
    "the mayor (left) and a file image of (the) pictured (right)", "pictured\n(left)", "(\nleft\n)",
    "(ΣΣ left)", "😀(left)😀 pictured", "(left\u00a0)", "(\u2019left)",
])
def test_edge_cases(text: str) -> None:
    for page in (text, text * 3, "x " + text, text + " x"):
        same(page)


PIECES = st.sampled_from(["(", ")", "left", "right", "centre", "center", "pictured", "above", "below", "inset",
                          "L-R", "file ", "file", "photo", "picture", "image", " ", "x", "_", "2", "é", "٣", "ΣΣ",
                          "😀", "-", ",", ": ", "a", "pic", "tured", "\n", "(from ", " to "])


@needs_compiled
@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_drawn_strings(text: str) -> None:
    same(text)


@needs_compiled
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="()leftrighpcu dLR-_é2", max_size=80))
def test_drawn_characters(text: str) -> None:
    same(text)


@needs_compiled
def test_natural_paragraphs_and_pages() -> None:
    cues = 0
    for text in natural_paragraphs(("bbc", "scraped"), 300, shortest=200):
        same(text)
        cues += len(captions._python_cue_positions(text))
    assert cues > 20  # the corpus's pages hold photo cues: some were compared
