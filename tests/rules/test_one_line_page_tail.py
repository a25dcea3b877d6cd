"""NL344: what a one-line page prints after its story (its share links, teasers, footer), from the story's last
sentence to the page's end; the story's own last sentences, a story parted by a long box and a page joined without
spaces stay. Made-up text only.
"""

from __future__ import annotations

import pytest
from rule_texts import LATER, LONG, MORE, PROSE, STORY

BODY = " ".join([PROSE, MORE, LONG, LATER, STORY, PROSE, MORE])
MENU = ("Home News Local News Sport Football Cricket Business Money Weather Opinion Letters to the Editor Contact Us "
        "Privacy Policy")
HEAD = f"Bridge vote splits the town – The Example Gazette {MENU}"
SHARE = "Share this: Facebook Twitter Email Print"
# a box of other stories: headlines with their standfirsts cut short
TEASERS = ("Related Stories Harbour festival returns with two new stages The organisers hope to draw twice as many "
           "visitors as... Library hours extended over the summer holidays Readers can now borrow up to ten books "
           "at a...")
FOOTER = "About Us Careers Advertise With Us Terms and Conditions Cookie Settings Sitemap"
TAIL = f"{SHARE} {TEASERS} {FOOTER}"


def tails(lint, text):
    """The texts NL344 reports as the page after the story."""
    return [text[f.start:f.end] for f in lint(text, select=["NL344"]) if "after the story" in f.message]


def test_the_page_after_the_storys_last_sentence_is_one_finding(lint):
    text = f"{HEAD} {BODY} {BODY} {TAIL}\n"
    assert tails(lint, text) == [TAIL]


def test_the_lines_after_a_one_line_page_go_with_its_tail(lint):
    # what the page's HTML held with line breaks (an address, a copyright line) after the flattened page
    address = "The Example Gazette\n12 Harbour Road, Porttown\n© 2024 Example Media Group"
    text = f"{HEAD} {BODY} {BODY} {TAIL}\n{address}\n"
    assert tails(lint, text) == [f"{TAIL}\n{address}"]


def test_a_short_last_sentence_of_the_story_stays_out_of_the_tail(lint):
    # a stop after a bracket or a number ends the story's appeal, not the page's
    last = "Anyone who saw the crash should call the police (day or night)."
    text = f"{HEAD} {BODY} {BODY} {last} {TAIL}\n"
    assert tails(lint, text) == [TAIL]


def test_a_story_parted_by_a_long_box_keeps_its_second_half(lint):
    # a fact box of more than 300 characters without a sentence of prose parts the story: its second half, larger
    # than half the first, is no page's tail
    box = " ".join(["Key Dates 1901 Town founded 1946 Library opens 1988 Bridge closes 2024 Bridge vote."] * 4)
    text = f"{HEAD} {BODY} {box} {PROSE} {MORE} {LONG} {LATER} {STORY}\n"
    assert tails(lint, text) == []


@pytest.mark.parametrize("text", [
    # a page whose largest block of prose is less than a fifth of it: a gallery or a list of links, not its story
    f"{HEAD} {' '.join([MENU] * 60)} {BODY} {TAIL}\n",
    # a clean story on one line
    f"{BODY} {BODY}\n",
    # a page whose blocks were joined without a space: its sentences are glued, its story's end is not found
    f"{HEAD} {BODY.replace('. ', '.')} {BODY.replace('. ', '.')} {TAIL}\n",
    # a story that ends the page
    f"{HEAD} {BODY} {BODY}\n",
])
def test_a_page_without_a_tail_or_whose_story_is_not_found_stays(lint, text):
    assert tails(lint, text) == []


def test_a_box_of_links_run_into_a_sentence_is_no_sentence_of_the_story(lint):
    # a box's labels and headline run into a teaser's standfirst, which ends with a stop: not the story's last sentence
    box = ("Most Read Latest News Harbour Festival Returns With Two New Stages Organisers said the event would "
           "draw more visitors than ever.")
    text = f"{HEAD} {BODY} {BODY} {SHARE} {box} {FOOTER}\n"
    assert tails(lint, text) == [f"{SHARE} {box} {FOOTER}"]


def test_a_sentence_of_the_story_with_a_title_and_a_name_stays_in_the_story(lint):
    last = "The Deputy Harbour Master Jane Doe said the new berths would open in the spring."
    text = f"{HEAD} {BODY} {BODY} {last} {TAIL}\n"
    assert tails(lint, text) == [TAIL]


@pytest.mark.parametrize("last", [
    # a short quotation ends the story: too short and plain to read as a sentence of prose on its own
    "\u2018Nobody was hurt.\u2019",
    "\u201cLuckily, nobody was hurt.\u201d",
])
def test_a_short_quotation_that_ends_the_story_stays_out_of_the_tail(lint, last):
    text = f"{HEAD} {BODY} {BODY} {last} {TAIL}\n"
    assert tails(lint, text) == [TAIL]


def test_an_extracts_own_note_stays_with_the_story(lint):
    note = ("Excerpted from \u201cThe Harbour Book\u201d. Copyright \u00a9 2019 by Jane Doe. Reprinted by "
            "permission of Acme Books, New York. All rights reserved.")
    text = f"{HEAD} {BODY} {BODY} {note} {TAIL}\n"
    assert tails(lint, text) == [TAIL]
