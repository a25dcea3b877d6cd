"""NL103: a comma or a full stop glued to the lower-case word after it, as when link text lost its space: after a
name ('the Green Party,said'), after a figure ('fell to 40,679,those'), a sentence's stop before a sentence that lost
its capital too ('in years.perhaps the'); and what edited text, web addresses and data keep without a space. Every
text here is made up; none is corpus text. (Old print's tight stops and commas: ``test_comma_seams.py``.)
"""

from __future__ import annotations

import pytest
from conftest import shown


def article(*paragraphs, title="Council weighs the plan"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "found"), [
    (article("The mayor told Reuters,who first reported the plan, that the road would open in May."),
     ["Reuters,who"]),
    (article("A spokesman for the Green Party,said the council had ignored the residents."), ["Party,said"]),
    (article("Exports to the region fell to 40,679,those to Asia rose by a fifth.", "Sales peaked in 2019,the year "
             "the plant opened."), ["40,679,those", "2019,the"]),
    (article("It was the weakest budget in years.perhaps the council will think again."), ["years.perhaps"]),
])
def test_nl103_finds_a_comma_or_stop_glued_to_a_lower_case_word(lint, text, found):
    assert shown(lint, text, "NL103") == found


@pytest.mark.parametrize("text", [
    # web addresses, file names and abbreviations
    article("Read more at nature.com or on the dot.com pages, and see www.facebook.com/council for times.",
            "The plan is in report.pdf and the minutes.docx file.", "He brought pens, paper etc.then left."),
    # lists of values, tags and codes
    article("The form takes Paris,London or a,b,c values and 3,who codes.", "Tags: Politics,economy,trade"),
    # properly spaced text
    article("The mayor told Reuters, who first reported the plan, that it would open in May. Perhaps the council "
            "will think again."),
])
def test_nl103_leaves_addresses_values_and_spaced_text_alone(lint, text):
    assert shown(lint, text, "NL103") == []

