"""NL108: a name broken over two lines ('… is the Harbury' / 'Training Depot founded in 1862 …'), and the lines it
must leave alone (headlines, captions, related-story lists, sentences that end on a name). Every text here is made up;
none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown


def article(*paragraphs, title="A fort in the hills"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "found"), [
    (article("High in the cool hills, among tree ferns, wild orchids and a profusion of lilies, stands the Hillside",
             "Barracks Museum built in 1850 by a general of the colonial army."), ["Hillside\n\nBarracks"]),
    (article("The report, published on Monday after two years of work by the auditors, was sent to the Westfield",
             "Water Board chairman and the minister."), ["Westfield\n\nWater"]),
])
def test_nl108_finds_a_name_broken_over_two_lines(lint, text, found):
    assert shown(lint, text, "NL108") == found


@pytest.mark.parametrize("text", [
    # a headline of a related-stories list, then the next headline
    article("Singer wins husband of the year as he collects his wife's cat from the kennels after going public on "
            "Valentine's Day", "Presenter discusses her twenty-year marriage as she reveals they share everything."),
    # a short headline over the story
    article("Landslide blocks the road to the Summit", "Rescue teams worked through the night, officials said."),
    # a caption with no final stop over the story, which opens a sentence
    article("Protesters, many of them students, gather outside the parliament building on Monday to oppose the "
            "Government", "The vote is due on Thursday."),
    # the line after opens a sentence with a pronoun or an article
    article("The museum, which reopened this spring after repairs to its roof and walls, is run by the Trust",
            "It charges no entry fee and opens every day but Monday."),
    # a line in title case (a headline that ends on a name)
    article("Why Voters In The North Turned Away From The Party, And What It Means For The Union",
            "Analysts say the result was years in the making."),
])
def test_nl108_leaves_lines_that_end_on_a_name_alone(lint, text):
    assert shown(lint, text, "NL108") == []
