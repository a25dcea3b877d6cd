"""NL108: a line broken before a number ('… stranded at the crossing and' / '1,200 more arrived …'), a sum
('£40m'), a count joined to its noun ('44-member') or an acronym ('SNP'), and the lines it must leave alone. Every text here is made up; none is corpus text.
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
    (article("The ferry company said the new terminal would cost a total of",
             "£40m and open to passengers before the summer timetable starts."), ["of\n\n£40m"]),
    (article("Most of the votes against the plan came from members of the",
             "44-member transport committee, which met behind closed doors."), ["the\n\n44"]),
    (article("The minister has by far the most supporters among members from",
             "SNP constituencies, according to a count kept by the party."), ["from\n\nSNP"]),
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
    # an acronym or a sum after a finished line, or after a heading of two words
    article("The ferry company said the new terminal was nearly finished.",
            "SNP members said the cost had doubled since the plans were drawn up."),
    article("Prices from", "£40 a night for a double room, breakfast included."),
])
def test_nl108_leaves_numbers_after_a_finished_line_alone(lint, text):
    assert shown(lint, text, "NL108") == []
