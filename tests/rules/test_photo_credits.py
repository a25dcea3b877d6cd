"""NL320: photo credits and caption labels left in the body."""

from textwrap import fill

import pytest
from conftest import shown
from rule_texts import LONG, MORE, PROSE, STORY, found

from newslint.rules.boilerplate.credits import poll_source


# NL320: a stock agency with its photographer's user name ------------------------------------------------------
def test_a_stock_credit_with_a_user_name_ends_a_caption(lint):
    assert found(lint, "NL320", PROSE, "Empty classrooms. Shutterstock/jdoe", MORE) == ["Empty classrooms. Shutterstock/jdoe"]
    assert found(lint, "NL320", PROSE, "A poll by Reuters/Ipsos found most parents agreed with the plan.", MORE) == []


# NL320: credits in more forms ---------------------------------------------------------------------------------
def test_an_archive_credit_and_a_credit_glued_to_the_next_sentence(lint):
    caption = "The district plans to open two schools by 2030. Jane Doe/Reuters files"
    assert found(lint, "NL320", PROSE, caption, MORE) == [caption]
    glued = "Image Credit: Example Agency/Jane DoeDivers searched the harbour for two more days before the storm came."
    assert found(lint, "NL320", PROSE, glued, MORE) == ["Image Credit: Example Agency/Jane Doe"]


# NL320: a credit a converter wrapped ---------------------------------------------------------------------------
def test_a_bracketed_credit_wrapped_over_two_lines(lint):
    """w3m, lynx and pandoc wrap at a width: a line break inside a short bracket is a space, not two lines."""
    story = [fill(paragraph, 78) for paragraph in (PROSE, MORE, LONG)]
    caption = ("Dr Jane Okafor, chief medical officer, pictured this evening at a press\n"
               "conference at the health department. (Image:\nTom Reed, Valley Photos)")
    assert found(lint, "NL320", story[0], caption, *story[1:]) == [caption]
    prose = "The vote on the new schools was close, the council said, with the two parties (Labour/Green\ncoalition)."
    assert found(lint, "NL320", story[0], prose, *story[1:]) == []


# NL320: credit tails in more forms ----------------------------------------------------------------------------
def test_credit_tails_after_a_dash_in_capitals_and_in_brackets_without_a_stop(lint):
    for caption, credit in (("Pupils arrive at the school gates on Monday. – Photo: Jane Doe", "Photo: Jane Doe"),
                            ("Pupils arrive at the school gates on Monday. PHOTO: JANE DOE", "PHOTO: JANE DOE")):
        assert found(lint, "NL320", PROSE, caption, MORE) == [caption], caption
    caption = "Pupils arrive at the school gates on Monday (Jane Doe/The Example Post)"
    assert found(lint, "NL312", PROSE, caption, MORE) == [caption]
    assert found(lint, "NL312", PROSE, "The vote was close (Labour/Green coalition)", MORE) == []


def test_a_caption_ending_in_a_bracketed_agency_credit(lint):
    caption = "The minister and the head teacher during a visit in 2019. (Jane Doe/AFP/Getty Images)"
    reported = found(lint, "NL320", PROSE, caption, MORE)
    assert len(reported) == 1 and reported[0].startswith("The minister")


# NL320: a photographer and an outlet in brackets after a caption's last sentence ----------------------------------
def test_a_photographer_and_outlet_in_brackets_after_a_sentence(lint):
    for credit in ("(Jane Okafor/Valley Post)", "(Sgt. Jane L. Okafor/U.S. Army via AP)", "(John Roe Jr./Harbour News)"):
        caption = f"Pupils arrive at the school gates on the first day of term. {credit}"
        assert found(lint, "NL320", PROSE, caption, MORE) == [caption], credit
    # inside a line of text, the next caption or a headline after it: the credit alone (a flattened page's story
    # sentence may stand before a credit whose caption it dropped)
    block = "Pupils arrive at the school gates. (Jane Okafor/Valley Post) Harbour town keeps its ferry"
    assert found(lint, "NL320", PROSE, block, MORE) == ["(Jane Okafor/Valley Post)"]
    # a block of the story's lines that a text browser joined with the caption under them: not the story's lines
    joined = fill(f"{LONG} {PROSE} {MORE} Pupils arrive at the school gates. (Jane Okafor/Valley Post)", 70)
    assert [line.replace("\n", " ") for line in found(lint, "NL320", joined, LONG)] \
        == ["Pupils arrive at the school gates. (Jane Okafor/Valley Post)"]


def test_the_caption_before_a_credit_inside_a_block(lint):
    """A text browser joins a caption to the lines around it: inside a block of lines, the sentence before a credit (in
    brackets, or after a stop) is its caption, back to the stop, the credit or the short line before it; with no
    sentence start near, the credit alone."""
    two = fill(f"{LONG} {PROSE} {MORE} Pupils arrive at the school gates. (Jane Okafor/Valley Post) The harbour "
               "ferry leaves at dawn on Monday. (Tom Reed/Valley Post)", 70)
    assert [line.replace("\n", " ") for line in found(lint, "NL320", two, LONG)] \
        == ["Pupils arrive at the school gates. (Jane Okafor/Valley Post)",
            "The harbour ferry leaves at dawn on Monday. (Tom Reed/Valley Post)"]
    files = fill(f"{LONG} The old library on the high street in the spring. Jane Doe/Reuters files Share this", 70)
    assert [line.replace("\n", " ") for line in found(lint, "NL320", files, fill(MORE, 70))] \
        == ["The old library on the high street in the spring. Jane Doe/Reuters files"]
    # a card's headline and byline above it, each a short line (a wrap fills its lines), and a month's abbreviation
    cards = "\n".join(["  * The harbour ferry leaves at dawn on Monday. (Jane Okafor/Valley Post)", "    Ferry news",
                        "    Harbour town keeps its ferry for another year", "    By Tom Reed",
                        "  * Pupils arrive at the school gates on the first day of term in Valley Town, Feb. 25,",
                        "    2021. (AP Photo/Jane Doe)", "    Fares to rise"])
    item = "* Pupils arrive at the school gates on the first day of term in Valley Town, Feb. 25,     2021. " \
           "(AP Photo/Jane Doe)"
    assert [line.replace("\n", " ") for line in found(lint, "NL320", PROSE, cards, fill(MORE, 70))] \
        == ["* The harbour ferry leaves at dawn on Monday. (Jane Okafor/Valley Post)", item]
    # (the line above the item as long as a wrap's: the item's mark starts the caption)
    cards = cards.replace("By Tom Reed", "By Tom Reed and Jane Roe, with reporting from the harbour desk")
    assert [line.replace("\n", " ") for line in found(lint, "NL320", PROSE, cards, fill(MORE, 70))][-1] == item
    endless = fill(" ".join([LONG.rstrip(".")] * 4) + " at last. (Jane\0Okafor/Valley\0Post) Harbour town", 70).replace("\0", " ")
    assert [line.replace("\n", " ") for line in found(lint, "NL320", endless, fill(MORE, 70))] == ["(Jane Okafor/Valley Post)"]


def test_bracketed_pairs_that_name_no_photographer_are_left(lint):
    for line in ("The vote was close. (Smith/Jones)", "The limit is ten. (per cent/year)",
                 "The ministry said the rules (Jane Okafor/Valley Post) would change.",
                 "Pupils arrive at the school gates (Jane Okafor/Valley Post)"):
        assert found(lint, "NL320", PROSE, line, MORE) == [], line


def test_a_polls_source_in_brackets_after_its_figures_is_no_credit(lint):
    for line in ("Support for the harbour plan fell to 38 percent in March. (Reuters/Ipsos)",
                 "Most voters backed the new ferry in the survey. (Valley News/YouGov)",
                 "Four in ten respondents said rents had risen. (Harbour Post/Civic Polling)"):
        assert found(lint, "NL320", PROSE, line, MORE) == [], line
        assert found(lint, "NL312", PROSE, line, MORE) == [], line
    # a bracket naming a picture is no poll's source, a polling station or a percentage before it aside
    assert not poll_source("Voters at a polling station in May. (KTVL Photo/Jane Okafor)", 36)
    assert poll_source("Support fell to 38 percent. (Valley News/YouGov) Photo", 28)
    # a picture's caption that happens to hold a figure is still one when the poll's words are not there
    caption = "Pupils arrive at the school gates on the first day of term. (Jane Okafor/Valley Post)"
    assert found(lint, "NL320", PROSE, caption, MORE) == [caption]


# NL320: a credit followed by the bare label of a credit whose name was lost -----------------------------------
def test_a_credit_before_a_bare_label_ends_its_caption(lint):
    """'… (Photo by Jane Doe / AFP)Photo:': the label's name was lost, the paragraph is still a caption; deleting the
    credit alone would leave 'trench. Photo:' for the next run to read as a caption again."""
    caption = "A soldier walks along a trench. (Photo by Jane Doe / AFP)Photo:"
    assert found(lint, "NL320", PROSE, caption, MORE) == ["A soldier walks along a trench. (Photo by Jane Doe / AFP)"]
    story = "A soldier walks along a trench. (Photo by Jane Doe / AFP) The shelling went on all night, officials said."
    assert found(lint, "NL320", PROSE, story, MORE) == ["(Photo by Jane Doe / AFP)"]


# NL320: a labelled credit run into a page flattened onto one line ---------------------------------------------
_STORY_LINE = " ".join([STORY] * 8)  # a one-line page: 2,000 characters or more
_GOES_ON = "the town council said on Monday after months of talks with the unions and the harbour board"  # no stop near


@pytest.mark.parametrize("before, credit, after", [
    # after its caption's stop: the caption with it, up to the story going on (a capital, then a lower-case word)
    ("Harbour cranes at dusk in Valley, 1961.", "Photo: Example Archive/Valley Agency", "Ferry fares rise"),
    ("The old quay seen from the lighthouse.", "Illustration: Jane Doe/Valley Post", "As the council"),
    ("Crowds wait at the new bridge.", "Photos: Jane Doe and John Roe/Valley Post", "Work starts in May"),
    ("Divers at the harbour wall.", "Image : Example News", "After the storm"),
])
def test_a_labelled_credit_and_its_caption_run_into_a_one_line_page(lint, before, credit, after):
    text = f"Title\n\n{_STORY_LINE} {before} {credit} {after} {_GOES_ON} {_STORY_LINE}\n"
    assert shown(lint, text, "NL320") == [f"{before} {credit}"]


def test_a_labelled_credit_run_on_to_a_stop_is_one_finding_with_its_caption(lint):
    """CREDIT's label reads on to the next stop near it: the caption before it and that reach are one finding."""
    text = f"Title\n\n{_STORY_LINE} Cranes at dusk. Photo: Example Archive Fares rise again. {_STORY_LINE}\n"
    assert shown(lint, text, "NL320") == ["Cranes at dusk. Photo: Example Archive Fares rise again"]


def test_a_labelled_credit_after_a_heading_of_a_one_line_page_goes_alone(lint):
    """No stop before it: the caption is lost, the words before it are the page's (a heading)."""
    text = f"Title\n\n{_STORY_LINE} Harbour works begin again Illustration: Jane Doe/Valley Post As {_GOES_ON} {_STORY_LINE}\n"
    assert shown(lint, text, "NL320") == ["Illustration: Jane Doe/Valley Post"]


@pytest.mark.parametrize("words", [
    "The museum lent the picture: a harbour scene from 1961.",  # a label word in lower case, in prose
    "She kept one photo: the ferry leaving the quay at dawn.",
    "Photographs of the quay were shown at the meeting.",  # no label's colon
])
def test_a_one_line_page_s_prose_holds_no_run_in_credit(lint, words):
    assert shown(lint, f"Title\n\n{_STORY_LINE} {words} {_STORY_LINE}\n", "NL320") == []


def test_a_labelled_credit_in_a_short_paragraph_is_left_to_the_credit_forms(lint):
    """Not a one-line page: CREDIT's label runs to the paragraph's stop or end, as before."""
    assert found(lint, "NL320", PROSE, "Harbour cranes at dusk. Photo: Example Archive/Valley Agency", MORE) == [
        "Harbour cranes at dusk. Photo: Example Archive/Valley Agency"]


def test_labelled_credits_in_a_row_of_a_one_line_page_are_one_finding_each(lint):
    """A credit CREDIT reads on over the next caption leaves that caption out: no finding reaches over another."""
    row = "Harbour cranes at dusk. Photo: Jane Doe/Valley Agency " * 3
    text = f"Title\n\n{_STORY_LINE} {row}{_GOES_ON} {_STORY_LINE}\n"
    spans = [(d.start, d.end) for d in lint(text, select=["NL320"])]
    assert len(spans) == 3 and all(end <= start for (_, end), (start, _) in zip(spans, spans[1:]))


# NL320: a gallery's link under a plural label ------------------------------------------------------------------
def test_a_gallery_link_under_a_plural_label_is_no_credit(lint):
    """'Photos: <a gallery's headline>' links to a gallery (words in lower case, a headline's); a credit names people
    or an outlet under the same label."""
    gallery = "Photos: Before and after aerial pictures of the valley after a week of floods"
    assert found(lint, "NL320", PROSE, gallery, MORE) == []
    assert found(lint, "NL320", PROSE, "PHOTOS: Scenes from the harbour festival as crowds return", MORE) == []
    for credit in ("Photos: Jane Doe and John Roe/Valley Post Staff", "Photos: Jane Doe for the Valley Post",
                   "Photo: Before and after aerial pictures of the valley after a week of floods"):
        assert found(lint, "NL320", PROSE, credit, MORE) == [credit]


# NL320: a credit in a bracket a converter wrapped, handed on via an agency --------------------------------------
def test_a_photographer_and_outlet_via_an_agency_in_a_wrapped_bracket(lint):
    """The paragraph is asked whether it may hold a credit as it is read, its wrapped brackets made one line."""
    caption = ("Soldiers unload supplies from a landing craft on the beach during the exercise, which ended on\n"
               "Friday with a drill by air and sea. (Sgt. Jane L. Doe/U.S. Army via\nAP)")
    credit = "(Sgt. Jane L. Doe/U.S. Army via AP)"
    findings = found(lint, "NL320", fill(PROSE, 78), caption, fill(MORE, 78))
    assert len(findings) == 1 and findings[0].replace("\n", " ").endswith(credit)
    prose = "The drill, the army said, went as planned on both days (the navy and the air force took\npart)."
    assert found(lint, "NL320", fill(PROSE, 78), prose, fill(MORE, 78)) == []
