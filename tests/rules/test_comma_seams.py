"""NL103: a comma glued to the lower-case word after it, as when link text lost its space ('the end of his
term,which could'); and the commas without a space that edited text and data keep. Every text here is made up; none
is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown

from newslint.api import make_linter


def article(*paragraphs, title="Senator weighs his future"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "found"), [
    (article("He has not ruled out stepping down before the close of his term,which could force an early vote."),
     ["term,which"]),
    (article("Prices tried to move higher,it said, but the dollar held firm.", "The assets,the report said, were "
             "sold."), ["higher,it", "assets,the"]),
])
def test_nl103_finds_a_comma_glued_to_a_lower_case_word(lint, text, found):
    assert shown(lint, text, "NL103") == found


@pytest.mark.parametrize("text", [
    # figures, codes, lists of values and coordinates
    article("The firm sold 1,000 units and 2,500 more in March, at 3,99 euros each."),
    article("Enter the values as a,b,c or x,y in the form.", "The file holds lat,long pairs and red,green,blue."),
    # a comma after a space, an abbreviation or a non-word; a word no dictionary knows
    article("The band played ,and then left.", "Set the flag to true,false or none.", "We met at km,ft marks."),
    # properly spaced commas
    article("He has not ruled out stepping down before the close of his term, which could force an early vote."),
])
def test_nl103_leaves_commas_of_data_and_edited_text_alone(lint, text):
    assert shown(lint, text, "NL103") == []



GENTLY = "The Spirits are to be moved gently,and the flesh may grow,or the fault be removed by degrees."
VESSEL = "The Spirits,and the flesh are moved gently into the vessel.then the fault is removed by degrees."


@pytest.mark.parametrize(("paragraph", "ocr", "found"), [
    (GENTLY, "off", ["gently,and", "grow,or"]), (GENTLY, "on", []),
    (VESSEL, "off", ["Spirits,and", "vessel.then"]), (VESSEL, "on", []),  # after a name; a stop
])
def test_nl103_leaves_the_tight_commas_of_old_print_alone(paragraph, ocr, found):
    """OCR'd print of old books sets a comma or a stop tight to the next word: not news text that lost a space."""
    text = article(paragraph)
    linter = make_linter(select=["NL103"], ocr=ocr)
    assert [text[d.start:d.end] for d in linter.lint_text(text)] == found
