"""NL344: a site's menu or link list run into a page flattened onto one line; one-line stories with names, titles,
quotations and lists stay. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import LATER, LONG, MORE, PROSE, STORY

# a flattened page's story: one paragraph of more than 1,000 characters
BODY = " ".join([PROSE, MORE, LONG, LATER, STORY, PROSE, MORE])
MENU = ("Home News Local News Sport Football Cricket Business Money Weather Opinion Letters to the Editor Contact Us "
        "Privacy Policy")


def test_a_menu_between_the_page_title_and_the_story_is_one_finding(lint):
    text = f"Bridge vote splits the town – The Example Gazette {MENU} {BODY}\n"
    found = shown(lint, text, "NL344")
    assert len(found) == 1
    # up to a few labels before the story's first sentence, whose subject may be capitalised words too
    assert found[0].startswith("The Example Gazette Home News") and found[0] in "The Example Gazette " + MENU
    assert "Letters to the Editor" in found[0] and "ministry" not in found[0]


def test_a_footer_after_the_story_is_reported(lint):
    footer = ("About Us Careers Advertise With Us Terms and Conditions Cookie Settings Accessibility Sitemap RSS Feeds "
              "Newsletters Archive")
    found = shown(lint, f"{BODY} {footer}\n", "NL344")
    assert found == [footer]


def test_labels_between_bars_and_ampersands_are_one_menu(lint):
    menu = "Home | News | Sport | Food & Drink | Travel | Money | Jobs | Puzzles | Events | Archive"
    assert shown(lint, f"{BODY} {menu}\n", "NL344") == [menu]


def test_the_first_words_of_a_sentence_after_a_menu_are_not_in_the_finding(lint):
    # 'Harbour Board Chair Ann Lee says' opens the story: a lower-case word after the run may follow its subject
    text = f"{MENU} Harbour Board Chair Ann Lee says the new bridge will open in May. {BODY}\n"
    found = shown(lint, text, "NL344")
    assert len(found) == 1 and "Ann Lee" not in found[0] and found[0].startswith("Home News")


def test_the_pages_own_headline_in_title_case_is_left_out(lint):
    headline = "Town Council Approves New Bridge Over River After Long Debate"
    text = f"{headline} | Example Gazette {MENU} {BODY} Latest Stories {headline} Weather Alert Issued\n"
    for finding in shown(lint, text, "NL344"):
        assert headline not in finding


@pytest.mark.parametrize("sentence", [
    # names and titles joined by 'and', 'of', 'in': no nine capitalised words in a row
    "Wales Secretary Jane Hill and Welsh First Minister Tom Price met in Cardiff and Northern Ireland Minister "
    "Sam Reid joined them by video on Friday.",
    "Crown Prince Ahmed Bin Khalid Al Rashid of the Gulf Republic arrived on Tuesday.",
    # a song title in title case: many capitalised function words
    "The band closed with I Still Wonder Why You Never Came Back To Me At All and left the stage.",
    # a quoted post in capitals is shouting, not a menu
    "She wrote: \u201cI AM GOING TO TELL EVERYONE WHAT YOU DID TO ME AND YOUR FRIENDS THIS YEAR\u201d, then deleted it.",
    # a list after a colon, with commas
    "The squad is: Adams, Brown, Clarke, Davies, Evans, Foster, Green, Hughes, Irwin, Jones and King.",
])
def test_names_titles_quotations_and_lists_in_a_one_line_story_stay(lint, sentence):
    assert shown(lint, f"{BODY} {sentence} {BODY}\n", "NL344") == []


def test_a_menu_in_a_short_paragraph_is_left_to_the_line_rules(lint):
    assert shown(lint, f"Title\n\n{MENU}\n\n{PROSE}\n", "NL344") == []


def test_a_clean_one_line_story_stays(lint):
    assert shown(lint, f"{BODY} {BODY}\n", "NL344") == []
