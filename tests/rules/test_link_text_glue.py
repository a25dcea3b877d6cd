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
