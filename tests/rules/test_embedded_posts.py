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
