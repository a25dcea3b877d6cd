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


@pytest.mark.parametrize("middle, reported", [
    ("The cuts were agreed.By Jane SmithBBC political correspondentThe minister's plan is unlikely to pass.",
     "By Jane SmithBBC political correspondent"),  # a byline box glued between two paragraphs
    ("The cuts were agreed. By Jane Smith, Political editor The minister's plan is unlikely to pass.",
     "By Jane Smith, Political editor"),
    ("The team won. 18 March 2014 Last updated at 09:22 GMT The manager said he was pleased.",
     "18 March 2014 Last updated at 09:22 GMT"),  # a page's date and update time
    ("The man was charged.Read more on this story and other news from SuffolkJonathan Rees QC said it was good.",
     "Read more on this story and other news from Suffolk"),  # a prompt that ends where the next line was glued
])
def test_byline_boxes_update_times_and_glued_prompts(lint, middle, reported):
    assert shown(lint, page(middle), "NL316") == [reported]


@pytest.mark.parametrize("clean", [
    "By Monday Reuters reporters had left the city and the talks were over.",
    "By Tony Blair's own account, the editor said it was fine.",
    "By the time the editor arrived, the reporters had left.",
    "The story was last updated at 09:22 GMT, the editor said.",
])
def test_prose_with_by_and_updated_is_not_a_byline_or_a_stamp(lint, clean):
    assert shown(lint, page(clean), "NL316") == []


@pytest.mark.parametrize("middle, reported", [
    ("8 things to know about the mass killings of Armenians 100 years ago In 2006, after the envoy left, it changed.",
     "ago In"),  # a related-story link without a stop, then a sentence that opens with a year
    ("The share will reach 18.8 per cent by 2060 In March 1990, immigrants made up a smaller share.", "2060 In"),
])
def test_a_sentence_opening_with_a_year_after_a_line_without_a_stop(lint, middle, reported):
    assert shown(lint, page(middle), "NL317") == [reported]


@pytest.mark.parametrize("clean", [
    "The company said In 2006, it was sold to a rival.",  # 'said' leads into what was said
    "He was born in Leeds In 1990, he moved to London.",  # after a name only 'The' or a pronoun opens a sentence
    "The exhibition In 2006, Then and Now opened in May.",
])
def test_a_year_inside_a_sentence_is_no_seam(lint, clean):
    assert shown(lint, page(clean), "NL317") == []
