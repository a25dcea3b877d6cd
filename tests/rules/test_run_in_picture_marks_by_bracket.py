"""NL317's marks that point at a picture ('(pictured)', '(left)', '(file photo)'), tried only at each '(' (31c).

``run_in._picture_marks`` must give what it gave when ``_PICTURE_MARK.finditer`` searched every character of a page:
held to that reading on edge cases, drawn strings of the marks' pieces and the corpus's paragraphs and pages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs

from newslint.rules.boilerplate import run_in


def searched(text: str) -> list[tuple[int, int]]:
    """The sentences up to each mark as the search of every character found the marks."""
    found = []
    for mark in run_in._PICTURE_MARK.finditer(text):
        reach = max(0, mark.start() - run_in._CAPTION_REACH)
        ends = [end.end() for end in run_in._SENTENCE_END.finditer(text, reach, mark.start())]
        found.append((ends[-1] if ends else text.find(" ", reach, mark.start()) + 1 if reach else 0, mark.end()))
    return found


def same(text: str) -> None:
    assert list(run_in._picture_marks(text)) == searched(text), text


@pytest.mark.parametrize("text", [
    "", "(", "()", "(left)", "((left)", "(left))", "(left)(right)", "((pictured))", "(pictured (left))",
    "The mayor (left) and her deputy (right) at the opening.", "(pictured)" + "x" * 70 + ")",
    "A view of the harbour (file photo) Ships were moored there", "(artist's impression of the bridge)",
    "(second left) (far right) (from left to right and right)", "(inset)(above)(below)", "( left)",
    "A sentence ends here. Another (centre) follows", "x" * 250 + ". The crowd (above) waits",
])
def test_edge_cases(text: str) -> None:
    same(text)
    same(text * 3)


def test_a_mark_is_reported_with_its_sentence() -> None:
    text = "The market reopened on Monday. Traders at the stalls (pictured) The council said it would review fees."
    assert list(run_in._picture_marks(text)) == [(31, text.index(")") + 1)]


PIECES = st.sampled_from(["(", ")", "left", "right", "pictured", "file photo", "above", "inset", "far ", "centre",
                          "artist's impression", " ", "x", ". ", "é", "😀", "\n", "from left to right"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_drawn_strings(text: str) -> None:
    same(text)


def test_natural_paragraphs_and_pages() -> None:
    marks = 0
    for text in natural_paragraphs(("bbc", "scraped"), 300, shortest=200):
        same(text)
        marks += len(searched(text))
    assert marks > 5  # the corpus's pages hold such marks: some were compared
