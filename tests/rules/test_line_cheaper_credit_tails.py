"""NL312's credit tail asked of a paragraph's last 160 characters by one compiled pass over its hints and cues
(``captions._tail_may_credit``, ``holds_any``), and the text's hint asked only of a paragraph whose tail passes
(``_credit_hinted``): the same answers as the regexes of the alternatives and the hint asked of every article."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.model import Article
from newslint.rules.lines import captions

_HINT = re.compile("|".join(map(re.escape, captions._TAIL_HINTS)))
_CUES = re.compile("|".join(map(re.escape, captions._TAIL_CUES)))


def long_way(text: str) -> bool:
    """The tail test as the regexes of the alternatives answered it."""
    start = max(0, len(text) - captions._TAIL_REACH)
    return (_HINT.search(text, start) is not None or text.rstrip().endswith((")", "]"))) \
        and _CUES.search(text, start) is not None


_PIECES = ["Firefighters at the warehouse", " on Tuesday", ".", ". ", " ", "(", ")", "[", "]", "/", "©", "Credit",
           "credit card", "redit:", "Photo", "PHOTO", "Pic", "Image", "Courtesy", "ourtesy", "Handout", "Pool", "POOL",
           "TODAY", "Supplied", "SUPPLIED", "Provided", "Submitted", "Contributed", "Composite", "Screen", "FILE",
           "Jane Doe", "AFP", "é", "€", "\n", "  ", "x" * 50, "y" * 120]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_the_tail_test_answers_as_the_regexes(text):
    assert captions._tail_may_credit(text) is long_way(text)


@pytest.mark.parametrize("text, held", [
    ("Firefighters at the warehouse on Tuesday. (AFP)", True), ("Firefighters at the warehouse on Tuesday.", False),
    ("He paid by credit card.", False),  # a hint, and none of a credit's cues
    ("Firefighters at the harbour. Credit: Jane Doe", True), ("Photo: Jane Doe. " + "x" * 170, False),  # (too far back)
    ("(" + "x" * 200 + ")", False), ("x" * 200 + " (AFP)", True), ("x" * 200 + ")", False), ("Jane Doe/AFP", True), ("© Jane Doe ", True),
])
def test_the_tail_is_the_last_160_characters(text, held):
    assert captions._tail_may_credit(text) is held is long_way(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join))
def test_a_caption_before_its_credit_passes_the_tail_test(tail):
    text = "Firefighters at the warehouse on Tuesday. " + tail
    assert captions._caption_before_credit(text) is None or captions._tail_may_credit(text)


@pytest.mark.parametrize("page, hinted", [
    ("Title\n\nThe council met on Monday.\n", False), ("Title\n\nThe council met on 12/05.\n", True),
    ("Title\n\nThe council met. © 2020\n", True), ("Title\n\nIts credit rating fell.\n", True),
    ("Title\n\nA Handout was given.\n", True), ("Title\n\nA handout was given.\n", False),
])
def test_the_text_s_hint(page, hinted):
    assert captions._credit_hinted(Article.parse(page, "page.txt", {}, False)) is hinted


@pytest.mark.parametrize("text", ["The mayor opened the harbour on Tuesday. (AFP)",
                                  "The mayor opened the harbour on Tuesday. Jane Doe/Valley Post"])
def test_a_caption_with_its_credit_is_still_reported(lint, text):
    page = f"The council met on Monday to discuss the harbour plan and its cost.\n\n{text}\n\nThe plan goes ahead next year."
    found = lint(page, select=["NL312"])
    assert [page[d.start:d.end] for d in found] == [text]


def test_a_story_paragraph_ending_in_brackets_is_left_alone(lint):
    page = ("The council met on Monday to discuss the harbour plan (and its cost).\n\nThe mayor said the plan would go "
            "ahead next year (subject to funding).\n")
    assert lint(page, select=["NL312"]) == []
