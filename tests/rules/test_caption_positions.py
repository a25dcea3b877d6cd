"""NL312: captions told by what stands beside them or what they say of the picture: a label of where the picture is
('Pictured: …', 'Above: …'), a gallery's slide counter over the caption ('Image 3 of 12'), a portrait's caption (a
name of the story with where the person is or who they are); and the story's lines of the same look."""

import pytest
from rule_texts import LATER, LONG, MORE, PROSE, found

NAMED = ("Jane Doe, who runs a cafe across the road, said the smoke was so thick that she closed early and sent "
         "her staff home before lunch.")
PHOTOS = "Readers sent us their photos of the fire on Tuesday, and a gallery of them is shown below with their captions."


def between_paragraphs(lint, line):
    return found(lint, "NL312", PROSE, line, MORE, LONG, separator="\n")


@pytest.mark.parametrize("line", [
    "Pictured: firefighters at the warehouse on Tuesday.",    # a label of where the picture is
    "Above: the warehouse roof after the collapse",
    "Main picture: Crews at the harbour on Tuesday morning",
    "Inset: the owner of the warehouse",
    "The mayor is seen outside the court after the hearing on Tuesday.",   # a verb only captions use of a picture
    "The winning crew poses with the trophy at the harbour.",
    "Residents look on as the roof of the warehouse collapses.",
])
def test_a_caption_says_where_or_what_its_picture_is(lint, line):
    assert between_paragraphs(lint, line) == [line]


@pytest.mark.parametrize("line", [
    "Left: the reasons the plan failed are many, and most of them were known before the vote.",
    "Pictures of the flood were shared thousands of times on Tuesday, the council said.",
    "Topics: transport, schools, housing",
    "The ruling is seen as a blow to the government, which had hoped to pass the law this year.",
    "The flood poses a risk to homes along the river, the agency warned.",
    "The mayor, who was seen outside the court on Tuesday, said she would appeal the ruling.",
])
def test_story_lines_with_the_same_labels_and_verbs(lint, line):
    assert between_paragraphs(lint, line) == []


@pytest.mark.parametrize("counter", ["Image 3 of 12", "Photo 3/12", "3 of 12"])
def test_a_caption_under_a_slide_counter(lint, counter):
    caption = "Residents watch from the end of the street as the roof collapses"
    labelled = [] if counter[0].isdigit() else [counter]  # (a counter with its label is the gallery's widget too)
    assert found(lint, "NL312", PHOTOS, counter, caption, MORE, LONG, separator="\n") == labelled + [caption]


def test_a_slide_title_under_a_counter_is_a_heading(lint):
    assert found(lint, "NL312", PHOTOS, "3/12", "Pocket friendly", MORE, LONG, separator="\n") == []


@pytest.mark.parametrize("line", ["Jane Doe at her cafe on the port road", "Jane Doe, owner of the Harbour Cafe",
                                  "Jane Doe, owner of the Harbour Cafe."])
def test_a_portrait_caption_names_someone_of_the_story(lint, line):
    assert found(lint, "NL312", PROSE, NAMED, line, MORE, LONG, separator="\n") == [line]


@pytest.mark.parametrize("line", [
    "Find Us in Print",                      # a menu line of the same shape: nobody of the story
    "Jane Doe, staff writer",                # the author's line
    "Jane Doe at her cafe, where she says business is slow",
])
def test_names_that_are_no_portrait_captions(lint, line):
    assert found(lint, "NL312", PROSE, NAMED, line, MORE, LONG, separator="\n") == []


def test_a_name_the_story_never_speaks_of_is_no_portrait(lint):
    assert found(lint, "NL312", PROSE, "Jane Doe at the Valley Arts Festival", MORE, LONG, separator="\n") == []


def test_a_caption_glued_after_an_embedded_players_code(lint):
    """get_text() without a separator: the player's code, its caption and the story's dateline on one line."""
    caption = "The county has agreed a plan that could bring a resort hotel to the lake."
    page = ('<iframe width="476" height="267" src="https://example.com/video/embed/123" frameborder="0" '
            f'allowfullscreen></iframe>{caption}VALLEY COUNTY, Calif. -- A plan to build a resort on the lake moved '
            "ahead on Tuesday after the county board voted to enter talks with a developer over the old marina site.")
    assert found(lint, "NL312", PROSE, page, MORE) == [caption]


def test_text_after_a_players_code_that_is_the_story(lint):
    page = f'<iframe src="https://example.com/video/embed/123"></iframe>{PROSE} {MORE} {LONG}'
    assert found(lint, "NL312", PROSE, page, MORE) == []


def test_portrait_captions_inside_a_block_of_long_lines(lint):
    """Readability kept the page's single line breaks: each long line is a paragraph of the page, and a short line
    under one that names someone of the story is a caption."""
    block = "\n".join([NAMED, "Jane Doe, owner of the Harbour Cafe", LONG, "Jane Doe: Harbour at Dusk, 2022", MORE])
    assert found(lint, "NL312", PROSE, block, LATER) == ["Jane Doe, owner of the Harbour Cafe",
                                                         "Jane Doe: Harbour at Dusk, 2022"]
    assert found(lint, "NL312", PROSE, "\n".join([LONG, "Sunday, 12 March", MORE]), LATER) == []
