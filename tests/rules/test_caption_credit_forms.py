"""NL312: a caption that ends in a credit of a form the agencies' credit rule (NL320) does not know, and credit lines
of such forms under a caption; and the story's lines of the same look that are no captions."""

import pytest
from rule_texts import LATER, LONG, MORE, PROSE, found

CAPTION = "Firefighters tackle the blaze at a warehouse near the harbour on Tuesday"


@pytest.mark.parametrize("credit", [
    " | Photo: Jane Doe",                    # after a bar, the caption without a stop
    " – Picture: Jane Doe",                  # after a dash
    ". (Courtesy of the Valley Fire Service)",
    ". (Photo/Jane Doe)",
    ". © Jane Doe",
    ". [Jane Doe/Valley Post]",
    ". Jane Doe/Valley Post",                # a photographer and an outlet no list holds
])
def test_caption_ending_in_its_credit(lint, credit):
    line = CAPTION + credit
    assert found(lint, "NL312", PROSE, line, MORE, LONG, separator="\n") == [line]


@pytest.mark.parametrize("credit", ["Jane Doe/Valley Post", "JANE DOE/VALLEY POST", "Photo / Jane Doe", "(Jane Doe)",
                                    "Supplied"])
def test_caption_above_a_credit_line(lint, credit):
    assert found(lint, "NL312", PROSE, CAPTION + ".", credit, MORE, LONG, separator="\n") == [f"{CAPTION}.\n{credit}"]


@pytest.mark.parametrize("line", [
    "Valley Post Copyright © 2022 Developed by Example Labs",   # the site's rights, not a credit
    "Example Magazine © 2011-2019. All Rights Reserved.",
    "The council will publish its budget and/or a revised plan in the spring, officials said.",
    "The new rules apply to both staff and pupils, the ministry said. Jane Doe reported from Valleytown.",
    "Prices rose at the fastest pace in a decade (see chart), and wages lagged behind.",
])
def test_story_lines_and_rights_are_no_captions(lint, line):
    assert found(lint, "NL312", PROSE, line, MORE, LONG, LATER, separator="\n") == []


@pytest.mark.parametrize("line", ["Photo: Firefighters at the warehouse on the port road on Tuesday.",
                                  "File photo: The warehouse on the port road before the fire."])
def test_a_labelled_caption_is_no_credit_of_the_paragraph_above(lint, line):
    """A caption under a picture label is not a credit line: the story's paragraph above it is no caption."""
    assert found(lint, "NL312", PROSE, line, MORE, LONG, separator="\n") == []


def test_a_labelled_credit_still_credits_the_caption_above(lint):
    credit = "Photo: courtesy of the Doe family"
    assert found(lint, "NL312", PROSE, CAPTION + ".", credit, MORE, LONG, separator="\n") == [f"{CAPTION}.\n{credit}"]
