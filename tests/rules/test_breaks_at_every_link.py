"""NL108: a sentence an extractor broke at every link or emphasis, its short lines opening in lower case one after
another ('Satellite' / 'images have' / 'tracked the dust,' / 'which' / 'filled' / 'the valley.'), and the short
lower-case lines of a list, which stay alone. Every text here is made up; none is corpus text.
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
])
def test_nl108_leaves_short_lower_case_lines_of_a_list_alone(lint, lines):
    assert shown(lint, article(*lines), "NL108") == []
