"""Forms of one-line scraped pages (issue 12, round four): what the glue and caption rules must find in
them, and clean professional text they must leave alone."""

from __future__ import annotations

import pytest

BODY = ("The council approved the plan on Monday after a long debate about costs and the schedule of works in "
        "the town centre. ")


def shown(lint, text, code):
    return [text[d.start:d.end] for d in lint(text, select=[code])]


def page(middle: str) -> str:
    """A flattened one-line page with ``middle`` inside it."""
    return "Title\n\n" + BODY * 3 + middle + " " + BODY * 3 + "\n"


@pytest.mark.parametrize("glued, reported", [
    ("The quake was felt in L'Aquila.Six scientists were later convicted", "L'Aquila.Six"),  # a name with an apostrophe
    ("Sheerin played for Aberdeen. He won a cap in the mid-1990s.Sheerin went on to coach", "mid-1990s.Sheerin"),
    ("Bridge made it 24-10.Owens then grabbed a second try", "24-10.Owens"),  # a score
    ("only 4% had left the country.US Defence Secretary Chuck Hagel said", "country.US"),  # a common acronym
    ('Widnes coach Denis Betts:"It\'s been coming for weeks', 'Betts:"It'),  # a speaker's colon and the quote
    ("the first player to 'come out'Joseph Barton wrote", "out'Joseph"),  # a closing single quote
    ("the first player to ‘come out’Joseph Barton wrote", "out’Joseph"),
])
def test_glue_after_names_scores_acronyms_and_quotes(lint, glued, reported):
    assert shown(lint, page(glued + "."), "NL103") == [reported]


@pytest.mark.parametrize("clean", [
    "The painting 'Un Trou sur l'Orange' by Soto was shown in Paris",  # an elision inside a quoted title
    "Tom O'Neill and Mary O'Brien met the players' union officials",
    "He listened to rock'n'roll and the 'Sixties' sound all night",
    "The data arrived as {\"Name\":\"John\"} from the server",  # JSON is not a speaker's colon
    "He shares were listed as BHP.AX and RIO.L on the exchange",
    "It ended 2-1.5 on aggregate in the end",
    "She works at it.JM and the group said no",
])
def test_clean_quotes_elisions_and_codes_pass(lint, clean):
    assert shown(lint, page(clean + "."), "NL103") == []
