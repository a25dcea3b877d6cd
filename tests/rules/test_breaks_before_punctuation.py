"""NL108: a line that opens on a comma, a semicolon or a stop after one that ends on a word, the rest of a sentence
whose last words (a link's, an emphasis's) an extractor set on a line of their own ('according to local news
reports' / '.'); and the lines it must leave alone. Every text here is made up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import article


@pytest.mark.parametrize(("text", "found"), [
    (article("The harbour was closed on Monday after the storm, according to", "the port authority", ".",
             "Boats were moved to the inner basin."), ["to\n\nthe", "authority\n\n."]),
    (article("Citing the weekly figures of the", "Regional Flood Office", ", the mayor said the river would fall."),
     ["the\n\nRegional", "Office\n\n,"]),
    (article("She told the council the plan was “a good one for the", "whole valley", ".”",
             "The vote is on Friday."), ["the\n\nwhole", "valley\n\n.”"]),
    (article("The ferry runs twice a day from the", "north quay", "; the bus runs every hour."),
     ["the\n\nnorth", "quay\n\n;"]),
])
def test_nl108_finds_a_line_that_opens_on_the_stop_or_comma_of_the_sentence_before(lint, text, found):
    assert shown(lint, text, "NL108") == found


def test_the_fix_joins_the_mark_to_the_word_before_it_with_no_space(lint):
    text = article("Boats were moved to the inner basin, said the", "Harbour Office", ".")
    [edit] = lint(text, select=["NL108"])[-1].fix["edits"]
    assert text[:edit["start"]] + edit["content"] + text[edit["end"]:] == text.replace("Office\n\n.", "Office.")


@pytest.mark.parametrize("text", [
    # the line before ends its own sentence, a list's item or a quotation: the mark is a stray one, not a break
    article("The harbour was closed on Monday.", ". . . and then the storm came."),
    article("The harbour reopened on Tuesday!", "!"),
    article("“We will reopen soon,”", ", he said, and the crowd cheered."),
    # a mark that opens a word or a number, not a line's end of sentence
    article("The fleet sails from the harbour at", ".5 knots over the bar at low tide."),
    article("Ports on the list", ",Harbour,Quay,Basin"),
])
def test_nl108_leaves_marks_that_end_no_broken_sentence_alone(lint, text):
    assert shown(lint, text, "NL108") == []
