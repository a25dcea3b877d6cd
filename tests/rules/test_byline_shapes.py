"""NL315 and NL314: a byline read by its shape (an opener, a name, then only what a byline carries), in any
position of the body, a name over its role in sentence case, a byline heading glued into a flattened page, and the
page's date after a byline; with the edited text each must leave alone (made-up text only)."""

import pytest

PROSE = ("The council approved the new budget on Tuesday after a long debate about road repairs and school "
         "funding in the northern districts.")
MORE = ("Members said the plan would raise spending on parks by a tenth while holding property taxes steady for "
        "another year.")
HEADS = ("Spending on parks rises while taxes hold steady", "The council chamber on Tuesday evening")


def found(lint, code, *paragraphs, title="Council passes budget"):
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return [text[d.start:d.end] for d in lint(text, select=[code])]


@pytest.mark.parametrize("line", [
    "By Jane Doe for The Valley Post",        # an outlet after 'for'
    "By Jane van der Berg",                   # particles in the name
    "BY JANE DOE",                            # capitals
    "By Jane Doe in Brussels",                # a place
    "By Jane Doe, Oct. 13, 2020 at 5:00 p.m.",  # a date and time in another form
    "Reporter: Jane Doe",                     # a label before the name
    "By Jane Doe - 12:45 PM ET",
    "By The Valley Press - May 3, 2020",      # an outlet for a name
])
def test_a_byline_line_by_its_shape_below_the_head(lint, line):
    # below a headline, a dek and a caption: NL332 reads only the first lines
    assert found(lint, "NL315", *HEADS, line, PROSE, MORE) == [line]


@pytest.mark.parametrize("line", [
    "By the end of the year, the council had spent its reserve.",  # a sentence opening with 'By'
    "By Tuesday, October 13",                                      # a day is no name
    "By Jane Doe and the council said so.",                        # a clause after the name
    "By Train And Boat Across the Alps in winter",                 # lower-case words a byline does not carry
])
def test_lines_opening_with_by_that_are_no_byline(lint, line):
    assert found(lint, "NL315", *HEADS, PROSE, line, MORE) == []


def test_a_name_over_its_role_in_sentence_case(lint):
    assert found(lint, "NL315", *HEADS, "Jane Doe", "Political correspondent, Valley News", PROSE, MORE) \
        == ["Jane Doe", "Political correspondent, Valley News"]
    assert found(lint, "NL315", *HEADS, "Jane Doe", "Business reporter", PROSE, MORE) == ["Jane Doe", "Business reporter"]


def test_a_headline_about_a_reporter_is_no_role_line(lint):
    # a role line is read only under a name line: a headline with a role noun stays
    assert found(lint, "NL315", *HEADS, "Police question local reporter", PROSE, MORE) == []
    assert found(lint, "NL315", "Council meeting", "Police question local reporter", PROSE, MORE) == []


GLUED_PAGE = ("The trainer will decide this week whether the colt runs in the trial at York.The stable said the "
              "horse had come out of its last race well and would be ridden by the champion jockey.Valley Sport "
              "racing correspondent Jane DoeThe colt looked sharp on the gallops this morning and is the likely "
              "favourite for the race next month.")


def test_a_byline_heading_glued_into_a_flattened_page(lint):
    assert found(lint, "NL315", GLUED_PAGE) == ["Valley Sport racing correspondent Jane Doe"]


def test_a_role_and_name_in_prose_are_no_heading(lint):
    text = GLUED_PAGE.replace("correspondent Jane DoeThe colt", "correspondent Jane Doe said the colt")
    assert found(lint, "NL315", text) == []
    prose = ("The stable said the horse was well. Valley Sport racing correspondent Jane Doe wrote that the colt "
             "looked sharp on the gallops this morning and would start as the favourite next month.")
    assert found(lint, "NL315", prose) == []


@pytest.mark.parametrize("line, stamp", [
    ("By Jane Doe • 11/08/23 5:19pm", "11/08/23 5:19pm"),
    ("By Jane Doe, August 14, 2020 2:30 pm", "August 14, 2020 2:30 pm"),
    ("Written by Jane Doe on July 27, 2017", "on July 27, 2017"),
    ("By Jane Doe published 9 August 2012", "published 9 August 2012"),
    ("By The Valley Press - May 3, 2020", "May 3, 2020"),
])
def test_the_page_date_after_a_byline(lint, line, stamp):
    assert found(lint, "NL314", *HEADS, line, PROSE, MORE) == [stamp]


@pytest.mark.parametrize("line", [
    "By Jane Doe, Reuters",
    "By the end of March, prices had doubled.",
    "By Monday, 40 people had signed the letter",
])
def test_no_page_date_after_a_byline(lint, line):
    assert found(lint, "NL314", *HEADS, line, PROSE, MORE) == []


def test_a_name_and_its_outlet(lint):
    assert found(lint, "NL315", *HEADS, "Jane Doe, Valley Daily News", PROSE, MORE) == ["Jane Doe, Valley Daily News"]
    assert found(lint, "NL315", *HEADS, "Jane Doe / The Northern Herald", PROSE, MORE) \
        == ["Jane Doe / The Northern Herald"]


def test_a_company_and_its_legal_form_is_no_byline(lint):
    assert found(lint, "NL315", *HEADS, PROSE, "Big Valley Holdings, LLC", MORE) == []
