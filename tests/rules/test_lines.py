"""NL311–NL315: whole lines of page furniture, captions, author bios, timestamps and bylines."""

import pytest

PROSE = ("The ministry said on Tuesday that the new rules would apply to every school in the district "
         "from the start of the next term, after months of talks with unions.")
MORE = ("Teachers welcomed the decision, although several head teachers said they had not been consulted "
        "and would need more money to put the plan into practice.")


def codes(lint, text, code):
    return [(d.line, text.split("\n")[d.line - 1]) for d in lint(text, select=[code])]


# NL311 furniture-line ------------------------------------------------------------------

def test_navigation_run_is_furniture(lint):
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\nHome\n\nNews\n\nSport\n\nWeather\n\nShare\n\nSubscribe to our newsletter\n"
    assert [line for _, line in codes(lint, text, "NL311")] == ["Home", "News", "Sport", "Weather"]
    assert [line for _, line in codes(lint, text, "NL310")] == ["Share", "Subscribe to our newsletter"]  # not NL311


def test_a_line_another_rule_names_is_reported_once(lint):
    """NL311 is a fallback: where a specific rule (here NL301) reports the line, the model stays quiet."""
    text = f"Title\n\nComments are moderated.\n\n{PROSE}\n\n{MORE}\n\nHome\n\nNews\n\nSport\n"
    found = [(d.code, d.line) for d in lint(text, select=["NL301", "NL311"])]
    assert found == [("NL301", 3), ("NL311", 9), ("NL311", 11), ("NL311", 13)]
    assert ("NL311", 3) in [(d.code, d.line) for d in lint(text, select=["NL311"])]  # alone, it does see it


def test_sign_up_prompt_at_the_end(lint):
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\nFollow us on Facebook and Twitter for the latest news from your area.\n"
    prompt = "Follow us on Facebook and Twitter for the latest news from your area."
    assert [(d.code, text.split("\n")[d.line - 1]) for d in lint(text, select=["NL311", "NL342"])] == [("NL342", prompt)]
    assert codes(lint, text, "NL311") == []  # reported once, by NL342


@pytest.mark.parametrize("lines", [
    ["Right-wing resistance"],                               # a subheading between two paragraphs
    ["- Spend three years on probation", "- Have random drug tests", "- Pay a fine"],  # a list
    ["Drama - Featherboy", "Animation - Brush Head", "Factual - Serious Desert"],      # award winners
])
def test_subheadings_and_lists_are_not_furniture(lint, lines):
    body = "\n\n".join(lines)
    text = f"Title\n\n{PROSE}\n\n{body}\n\n{MORE}\n\n{PROSE}\n"
    assert codes(lint, text, "NL311") == []


# NL314 timestamp-line ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Apr. 26, 2022", "November 08, 2023", "Nov 8, 2023 / 04:43 PM CST", "11/08/23 5:19pm",
    "09 Jun 2020, 02:32 PM IST", "Latest update May 6th, 2022 12:49 AM",
    "Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46", "| UPDATED:", "Posted on",
    "Thursday, April 21, 2022. 10:11 pm CST.",
])
def test_timestamp_lines(lint, line):
    text = f"Title\n\n{line}\n\n{PROSE}\n"
    assert codes(lint, text, "NL314") == [(3, line)]


@pytest.mark.parametrize("line", [
    "October 20: ACCIDENT – A vehicle struck a deer on 1600E Road.", "On April 29, 2022, the council met.",
    "2023 on Track to Break Temperature Records", "May", "Updated guidance", "1/5",
])
def test_dates_in_prose_and_headings_are_not_timestamps(lint, line):
    assert codes(lint, f"Title\n\n{line}\n\n{PROSE}\n", "NL314") == []


# NL315 byline-line ---------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "By", "Article by Kareem Smith", "Written by: Kimberly White", "By EARYEL BOWLEG", "Tribune Staff Reporter",
    "– David Dunkley", "ET Online|", "Jane Doe | The Herald", "Kulu Media News Desk",
])
def test_byline_lines(lint, line):
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\n{line}\n\n{PROSE}\n"
    assert codes(lint, text, "NL315") == [(7, line)]


def test_a_byline_at_the_start_is_left_to_nl332(lint):
    text = f"Title\n\nBy Jane Doe | Reuters\n\n{PROSE}\n"
    assert codes(lint, text, "NL315") == [] and codes(lint, text, "NL332") == [(3, "By Jane Doe | Reuters")]


def test_byline_glued_with_a_colon(lint):
    text = f"Title\n\nBy Aaron Humes: The Americas cannot ignore the risk of further COVID-19 surges, " \
           f"warns the director of the Pan American Health Organization.\n"
    [d] = lint(text, select=["NL315"])
    assert text[d.start:d.end] == "By Aaron Humes:"


def test_signatories_and_prose_are_not_bylines(lint):
    names = "Saladin Ambar, Rutgers University\n\nMartin Amis\n\nMarie Arana, author\n\nJohn Banville"
    assert codes(lint, f"Title\n\n{PROSE}\n\n{names}\n", "NL315") == []
    assert codes(lint, f"Title\n\n{PROSE}\n\nThe article by Kareem Smith was widely shared.\n", "NL315") == []


# NL313 author-bio ----------------------------------------------------------------------

def test_author_bio_at_the_end(lint):
    bio = ("Ramsey Khalifeh is a general assignment reporter on the NYC Accountability desk covering the "
           "city's most powerful institutions.")
    assert codes(lint, f"Title\n\n{PROSE}\n\n{MORE}\n\n{bio}\n", "NL313") == [(7, bio)]
    contact = "To reach the reporter behind this story, contact Tatyana@citylimits.org."
    assert codes(lint, f"Title\n\n{PROSE}\n\n{MORE}\n\n{contact}\n", "NL313") == [(7, contact)]


def test_a_first_paragraph_about_a_book_is_not_a_bio(lint):
    first = "Lily Tuck's The News From Paraguay is a fictionalised tale by an American author."
    named = "Howard Stern is a radio host whose show moves to satellite radio, his producer said."
    assert codes(lint, f"Title\n\n{first}\n\n{PROSE}\n", "NL313") == []
    assert codes(lint, f"Title\n\n{PROSE}\n\n{MORE}\n\n{named}\n\n{PROSE}\n\n{MORE}\n\n{PROSE}\n\n{MORE}\n",
                 "NL313") == []


# NL312 caption-line --------------------------------------------------------------------

def test_caption_above_its_credit(lint):
    caption = "Staff at the supermarket wait outside during its closure yesterday."
    text = f"Title\n\n{PROSE}\n\n{caption}\n\nNICOLE DRAYTON\n\n{MORE}\n"
    assert codes(lint, text, "NL312") == [(5, caption)]


def test_caption_ending_in_its_credit(lint):
    line = "Northward prison is considered a Category C facility. (FILE)"
    [d] = lint(f"Title\n\n{PROSE}\n\n{line}\n\n{MORE}\n", select=["NL312"])
    assert d.message.startswith("photo caption (with its credit)") and d.end - d.start == len(line)


def test_label_caption(lint):
    line = "Malcolm Borwick: World Polo Ambassador for Royal Salute."
    assert codes(lint, f"Title\n\n{PROSE}\n\n{line}\n\n{MORE}\n", "NL312") == [(5, line)]


@pytest.mark.parametrize("line", [
    "Background: Schools are experimenting with technology to secure students.",   # prose after a label
    "L.A. WEEKLY: What is your short answer to people who ask what your work is about?",
    "NOTE: Company went public in November 1986.",   # the story's own note (wire results)
    "Editor's note: Names in this story were changed.",
])
def test_labels_of_prose_and_interviews_are_not_captions(lint, line):
    assert codes(lint, f"Title\n\n{PROSE}\n\n{line}\n\n{MORE}\n", "NL312") == []


def test_a_wire_story_as_filed_has_no_captions(lint):
    """The signoff 'Reuter' ends agency copy: its 'label: text' lines are tables, not pictures."""
    table = "PARANA STATE: UMUARAMA NIL, PARANAVAI NIL, LONDRINA NIL."
    assert codes(lint, f"Title\n\n{PROSE}\n\n{table}\n\nMalcolm Borwick: World Polo Ambassador.\n\nREUTER\n", "NL312") == []
    assert codes(lint, f"Title\n\n{PROSE}\n\n{table}\n\n{MORE}\n", "NL312") == [(5, table)]


def test_prose_above_a_chart_credit_is_not_a_caption(lint):
    prose = "Coal has been in a slow decline. The country now burns half as much. That trend continued."
    text = f"Title\n\n{MORE}\n\n{prose}\n\n(Credit: Clayton Aldern / Grist)\n\n{PROSE}\n"
    assert codes(lint, text, "NL312") == []
