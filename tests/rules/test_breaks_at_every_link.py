"""NL108: a sentence an extractor broke at every link or emphasis, its short lines opening in lower case one after
another ('Survey' / 'maps have' / 'tracked the dust,' / 'which' / 'settled' / 'on the farms.'), or a link's line
in capitals set apart in a line of prose ('… the state assembly passing' / 'House Bill 12' / 'in June.'); and the
short lines of a list or a menu, which stay alone. Every text here is made up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown

PROSE = "The council met on Tuesday to discuss the plan for the new road through the village centre."


def article(*lines, title="Council weighs the road plan"):
    return title + "\n\n" + "\n\n".join((PROSE,) * 4 + lines + (PROSE,) * 4) + "\n"


def test_nl108_finds_every_break_of_a_sentence_broken_at_every_link(lint):
    text = article("Survey", "maps have", "tracked the dust over the hills,", "which", "settled", "on",
                   "the farms near the river. Farmers said the harvest was late.")
    assert shown(lint, text, "NL108") == ["Survey\n\nmaps", "have\n\ntracked", "hills,\n\nwhich", "which\n\nsettled",
                                          "settled\n\non", "on\n\nthe"]


@pytest.mark.parametrize("lines", [
    ("The kit holds:", "salt", "pepper and oil", "a cup of flour"),  # a list's items: no stop closes them
    ("Topics:", "road works", "village news", "planning."),  # after a colon, its last item closed by a stop
    ("Read more:", "road works", "village news.", "planning"),  # a stop on an item before the last
    ("Food", "o Recipes", "o Wine Country", "o Local Reviews!"),  # a menu's items behind their marks
    ("* Sections", "+ Sport", "o Hockey", "o Sailing", "+ Arts", "o Film"),  # a text browser's nested list
])
def test_nl108_leaves_short_lower_case_lines_of_a_list_alone(lint, lines):
    # (the break after the list's heading is the first item's own question, the same with a list or without)
    assert [found for found in shown(lint, article(*lines), "NL108") if not found.startswith(lines[0])] == []



def test_nl108_reads_no_line_before_the_first_as_the_one_a_run_goes_on_from(lint):
    # a run of short lower-case lines that opens the text, and a last line without a stop
    text = "\n\n".join(("Road plan", "tracked the dust,", "which", "settled.", *(PROSE,) * 8, "It rained and")) + "\n"
    assert shown(lint, text, "NL108") == []


def test_nl108_finds_a_link_in_capitals_set_apart_in_a_line_of_prose(lint):
    text = article("The new rule came into force after a long debate over the plan and the state assembly passing",
                   "House Bill 12", "in June. The mayor welcomed it.")
    assert shown(lint, text, "NL108") == ["passing\n\nHouse", "\n\nin"]


@pytest.mark.parametrize("lines", [
    ("The Village Fund Gives A Boost To Farms And Shops Along The River Road", "June 4", "in-house."),  # headlines
    ("Read the council's notes on the plan and what the village said about it", "Jane Doe", "and"),  # no stop after
])
def test_nl108_leaves_a_capitalised_line_after_a_headline_or_before_an_open_line(lint, lines):
    assert not any(found.startswith(lines[0].split()[-1] + "\n") for found in shown(lint, article(*lines), "NL108"))


def test_nl108_leaves_a_headline_set_on_two_short_lines_and_finds_a_short_line_that_goes_on(lint):
    # a letters page's headline over its letter: two short lines, no stop, the letter opening in capitals
    assert shown(lint, article("Bus lane plan will", "divide the village"), "NL108") == []
    # a short line that goes on with the sentence and ends it, or goes on to a third line: a stray break
    assert shown(lint, article("The mayor said the plan", "was a mistake."), "NL108") == ["plan\n\nwas"]
    assert shown(lint, article("Survey", "maps have", "tracked the dust over the hills."), "NL108") \
        == ["Survey\n\nmaps", "have\n\ntracked"]
