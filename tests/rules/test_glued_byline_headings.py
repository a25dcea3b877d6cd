"""NL315: a box's byline heading that opens on the name ('Analysis: Jane Doe, Outlet, City'), glued at both its
ends into a page flattened to one line."""

import pytest


def _headings(lint, body):
    return [d.message.split(": ", 1)[1] for d in lint(f"Title\n\n{body}\n", select=["NL315"])]


@pytest.mark.parametrize("body, heading", [
    ("The ministers met for the first time in a year.Analysis: Jane Doe, BBC Africa, NairobiThe talks are the first "
     "sign of a thaw since the border closed in the spring.", "Analysis: Jane Doe, BBC Africa, Nairobi"),
    ("Officials said the count would take two days.By John Smith, Valley NewsThe result surprised many in the "
     "town, where the mill closed last year.", "By John Smith, Valley News"),
    ("The club confirmed the fee on Friday.Tom Brown, chief football writer, LeedsThe deal had been agreed weeks "
     "before the window opened.", "Tom Brown, chief football writer, Leeds"),
    ("The vote was close.Mary Lee, political correspondentIt was a night of surprises for every party in the "
     "region.", "Mary Lee, political correspondent"),
    ("The storm hit the coast on Monday.By Jane Doe BBC News, EdinburghThe storm cut power to thousands of homes.",
     "By Jane Doe BBC News, Edinburgh"),
    # the role first, in title case
    ("The race was run in heavy rain.BBC Sport Racing Correspondent Jane DoeThe favourite coped well with the "
     "soft ground, her trainer said.", "BBC Sport Racing Correspondent Jane Doe"),
    # a side story's byline after its headline, glued to its first sentence
    ("Charity warns of a youth jobs crisis\xa0By Tom Brown for Valley OnlineAs many as a million young people need "
     "help, the charity said.", "By Tom Brown for Valley Online"),
])
def test_a_glued_name_heading_is_reported(lint, body, heading):
    assert _headings(lint, body) == [f"'{heading}'"]


@pytest.mark.parametrize("body", [
    # the same words in prose: a space after the heading, or a sentence going on
    "The ministers met for the first time in a year. Jane Doe, BBC Africa editor, said the talks were a thaw.",
    "Officials said the count would take two days.John Smith, Valley News reporter, said it was close.",
    "The club confirmed the fee.Tom Brown, the manager, said the deal was done.",
    "Sales rose in the spring.Jane Doe, BBC Africa, Nairobi and Lagos all reported the same trend.",
    "The firm was founded by John McDonald, the chief executive.",  # a capital inside a name
    "The column was written By Jane Doe for The Herald and ran on Sunday.",
])
def test_names_and_roles_in_sentences_are_left_alone(lint, body):
    assert _headings(lint, body) == []
