"""NL316: an embedded social-media post's signature or picture link left in the text when the page was flattened
('— Jane Doe (@janedoe) April 5, 2015', 'pic.twitter.com/…'; the post card's header is NL106's); a handle or a date in
a sentence stays silent. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import SPACED


@pytest.mark.parametrize("post, reported", [
    # the signature a post's quotation ends with, and its picture link
    ("The club thanked the fans for their support pic.twitter.com/Ab12Cd34 — Town FC (@TownFC) April 5, 2015 The "
     "club said", "— Town FC (@TownFC) April 5, 2015"),
    ("The club thanked the fans for their support pic.twitter.com/Ab12Cd34 — Town FC (@TownFC) April 5, 2015 The "
     "club said", "pic.twitter.com/Ab12Cd34"),
])
def test_an_embedded_posts_signature_or_picture_link(lint, post, reported):
    text = SPACED * 3 + post + " " + SPACED * 3
    assert reported in shown(lint, text, "NL316")


@pytest.mark.parametrize("sentence", [
    "Fans can follow the club (@TownFC) for updates on the new season, a spokesman said.",
    "The striker, who posts as @janedoe, said on April 5, 2015 that she would stay.",
    "The council's account (@TownCouncil) posted the times of the new bus service on Monday.",
])
def test_a_handle_or_a_date_in_a_sentence_stays_silent(lint, sentence):
    assert shown(lint, SPACED * 3 + sentence + " " + SPACED * 3, "NL316") == []


def test_an_embedded_posts_signature_on_its_line_is_named_and_its_removal_is_no_safe_fix(lint):
    """NL310: the signature on a line of its own is the post's furniture, as NL316's in a paragraph; the post's words
    above it may be kept where the story quotes them, and would be left without their author: no safe fix."""
    post = "Proud to open the new stand with the fans today. https://t.co/Ab12Cd34"
    text = SPACED + "The club posted on Saturday:\n\n" + post + "\n\n— Town FC (@TownFC) April 5, 2015\n\n" + SPACED
    [d] = lint(text, select=["NL310"])
    assert text[d.start:d.end] == "— Town FC (@TownFC) April 5, 2015" and "an embedded post's signature" in d.message
    assert d.fix["applicability"] == "unsafe"
