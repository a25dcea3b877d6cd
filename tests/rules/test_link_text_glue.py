"""NL102: link text that lost its space beside a name ('news from SuffolkJonathan Rees QC said'); names written solid,
brands and capitalised words before a known word stay. Every text is made up.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import article


def test_a_place_glued_to_a_first_name_before_a_surname_no_dictionary_knows(lint):
    text = article("Read this story and other news from DevonMartin Quarrie QC said the inquiry had failed the families.")
    assert shown(lint, text, "NL102") == ["DevonMartin"]


@pytest.mark.parametrize("text", [
    # a brand written solid before a known word, a name written solid, a first name glued to a known surname
    "The report was written by Tom Lee for MailOnline As many as a million people were affected, it said.",
    "Share the story on WhatsApp Click to send this to a friend, the page said on Monday.",
    "The singer LeeAnn Quarrie said the tour would go ahead in the spring as planned.",
    "News from DevonMartin Smith said the inquiry had failed the families of the victims.",
])
def test_names_and_brands_stay(lint, text):
    assert shown(lint, article(text), "NL102") == []


@pytest.mark.parametrize(("text", "words"), [
    # a Markdown link (a teaser's byline) glued to the date after it, to a capitalised word, to a lower-case word
    ("By [Jane Doherty](https://example.com/author/jane-doherty/)March 14, 2024",
     ["[Jane Doherty](https://example.com/author/jane-doherty/)March"]),
    ("Read the [harbour report](/news/harbour-report)Tides rose again overnight, the office said.",
     ["[harbour report](/news/harbour-report)Tides"]),
    ("Fees were set by [the council](/council)yesterday at the meeting in the hall.",
     ["[the council](/council)yesterday"]),
])
def test_nl102_finds_a_markdown_link_glued_to_the_next_word(lint, text, words):
    assert shown(lint, article(text), "NL102") == words


@pytest.mark.parametrize("text", [
    # a link around a word's stem or a possessive, a picture, a link around a picture, a spaced link
    "She [tweet](https://example.com/t)ed the notice and the [council](/c)'s reply came at noon.",
    "The [head](/h)line was changed and the [sign](/s)ing was delayed by a day.",
    "![The harbour at dawn](https://example.com/harbour.jpg)Boats left early in the fog.",
    "[![](https://example.com/logo.png)](https://example.com/)Harbour News front page",
    "By [Jane Doherty](https://example.com/author/jane-doherty/) March 14, 2024",
])
def test_nl102_leaves_stems_pictures_and_spaced_links_alone(lint, text):
    assert shown(lint, article(text), "NL102") == []



# a converter's list of teasers (Pandoc wraps at 72 columns and indents a list item's lines; a line longer than any
# wrap makes each line a paragraph): each link's text wrapped over two or three lines, glued to the date after it
WRAPPED_TEASERS = (
    "Ferry news\n\nThe harbour reopened on Monday.\n\nThe ferry ran to time.\n\nStaff thanked the crew.\n\n"
    "Fares stay the same.\n\nLatest posts\n\n"
    "    [Harbour Board Agrees a New Ferry Timetable For the Coming\n    Winter]"
    "(https://www.example-harbour-news.com/harbour-board-agrees-a-new-ferry-timetable-for-the-coming-winter/)April\n"
    "    28, 2022\n\n"
    "    [Longstanding Members of the Rowing Club Mark Its\n    50th\n    Anniversary]"
    "(https://www.example-harbour-news.com/longstanding-members-of-the-rowing-club-mark-its-50th-anniversary/)April\n"
    "    26, 2022\n")


def test_nl102_finds_a_link_wrapped_over_indented_lines_glued_to_the_next_word(lint):
    found = shown(lint, WRAPPED_TEASERS, "NL102")
    assert [glued.endswith("/)April") for glued in found] == [True, True]
    assert found[0].startswith("Winter](") and found[1].startswith("Anniversary](")


def test_nl102_leaves_a_spaced_link_after_a_closed_one_alone(lint):
    text = WRAPPED_TEASERS.replace("/)April", "/) April").replace("    [Longstanding", "    [Rowing](/rowing) [Longstanding")
    assert shown(lint, text, "NL102") == []
