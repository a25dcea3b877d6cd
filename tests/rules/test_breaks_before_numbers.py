"""NL108: a line broken before a number ('… stranded at the crossing and' / '1,200 more arrived …'), and the lines it
must leave alone. Every text here is made up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import article


@pytest.mark.parametrize(("text", "found"), [
    (article("Aid groups say thousands of people are stranded at the crossing and",
             "1,200 more arrived on Sunday, according to the local authorities."), ["and\n\n1,200"]),
    (article("The firm, which was founded by two brothers in a garage, moved its offices to the city in",
             "2019, when it first made a profit."), ["in\n\n2019"]),
    (article("Turnout fell sharply this year, to just over a third of the",
             "45% recorded at the last election, officials said."), ["the\n\n45%"]),
])
def test_nl108_finds_a_line_broken_before_a_number(lint, text, found):
    assert shown(lint, text, "NL108") == found


@pytest.mark.parametrize("text", [
    # the line before ends its sentence
    article("Aid groups say thousands of people are stranded at the crossing.",
            "1,200 more arrived on Sunday, according to the local authorities."),
    # a short heading over a numbered list
    article("Winners of", "1. The town hall garden, for its roses."),
    # the line before ends on a word a sentence may end on
    article("The number of people who crossed the border last month was about",
            "The figures were published on Monday by the interior ministry."),
])
def test_nl108_leaves_numbers_after_a_finished_line_alone(lint, text):
    assert shown(lint, text, "NL108") == []
