"""NL316: an embedded social-media post's header, signature or picture link left in the text when the page was
flattened ('Jane Doe \u200f@janedoe 15m', '— Jane Doe (@janedoe) April 5, 2015', 'pic.twitter.com/…'); a handle or
a date in a sentence stays silent. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import SPACED

RLM = "\u200f"


@pytest.mark.parametrize("post, reported", [
    # a post card's header: the name, the right-to-left mark before the handle, the post's age; its text glued on
    (f'the first step."Jane Doe {RLM}@janedoe15Congratulations to the team on the title.',
     f"Jane Doe {RLM}@janedoe15"),
    (f"that took courage.John Roe OBE {RLM}@JohnRoe 15mWhat a brave decision by the captain.",
     f"John Roe OBE {RLM}@JohnRoe 15m"),
    # the signature a post's quotation ends with, and its picture link
    ("The club thanked the fans for their support pic.twitter.com/Ab12Cd34 — Town FC (@TownFC) April 5, 2015 The "
     "club said", "— Town FC (@TownFC) April 5, 2015"),
    ("The club thanked the fans for their support pic.twitter.com/Ab12Cd34 — Town FC (@TownFC) April 5, 2015 The "
     "club said", "pic.twitter.com/Ab12Cd34"),
])
def test_an_embedded_posts_header_signature_or_picture_link(lint, post, reported):
    text = SPACED * 3 + post + " " + SPACED * 3
    assert reported in shown(lint, text, "NL316")


@pytest.mark.parametrize("sentence", [
    "Fans can follow the club (@TownFC) for updates on the new season, a spokesman said.",
    "The striker, who posts as @janedoe, said on April 5, 2015 that she would stay.",
    "The council's account (@TownCouncil) posted the times of the new bus service on Monday.",
])
def test_a_handle_or_a_date_in_a_sentence_stays_silent(lint, sentence):
    assert shown(lint, SPACED * 3 + sentence + " " + SPACED * 3, "NL316") == []
