"""NL108: a line broken mid-sentence beside a quotation, as where an extractor breaks the line at emphasis or a link:
after a quoted title or a quotation closed without a stop ('… in “The Parish Times”' / 'last week'), or before a
quoted title after a word no sentence ends on ('… reported in the' / '“Valley Gazette” …'); and the lines beside
quotations that edited text and reference lists keep. Every text here is made up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown

PROSE = "The council met on Tuesday to discuss the plan for the new road through the village centre."


def article(*paragraphs, title="Council weighs the road plan"):
    return title + "\n\n" + "\n\n".join((PROSE, *paragraphs, PROSE)) + "\n"


@pytest.mark.parametrize(("text", "found"), [
    (article("The mayor said the plan, which was first reported in “The Parish Times”", "last week, was sound."),
     ["Times”\n\nlast"]),
    (article("“We will build the road and we will build it this year,”", "said the mayor on Tuesday evening."),
     ["year,”\n\nsaid"]),
    (article("The mayor said the plan, which was first reported in the", "“Valley Gazette” last week, was sound."),
     ["the\n\n“Valley"]),
])
def test_nl108_finds_a_line_broken_beside_a_quotation(lint, text, found):
    assert shown(lint, text, "NL108") == found


@pytest.mark.parametrize("text", [
    # a quotation that ends its sentence, then a new one
    article("“We will build the road and we will build it this year.”", "The mayor said so on Tuesday evening."),
    # a reference list's short lines
    article("Valley Gazette 574, 16-17 (2019)", "doi: 10.1038/valley-2019"),
    # a short heading in quotes over a paragraph that opens with a capital
    article("Why the council said “no”", "The plan was rejected on Monday after a long debate."),
])
def test_nl108_leaves_quotations_that_end_a_line_alone(lint, text):
    assert shown(lint, text, "NL108") == []
