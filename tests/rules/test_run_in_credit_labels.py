"""NL320: a labelled photo credit ('Photo: Jane Doe', 'Picture: Jane Doe/Reuters') run into a one-line page after a
caption's last word without its stop, and a labelled credit that ends where the next sentence starts; a 'photo:' in a
sentence, before a lower-case word, stays silent. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import flattened



@pytest.mark.parametrize("middle, credit", [
    # after a caption that lost its stop
    ("The mayor opens the new bridge over the river Photo: Jane Doe The bridge cost three million pounds.",
     "Photo: Jane Doe"),
    ("Crowds gather on the quay for the start of the race Picture: Jane Doe/Reuters He said the race was hard.",
     "Picture: Jane Doe/Reuters"),
    ("The old mill before the fire in 1998 Credit: Town Archive They plan to rebuild it.", "Credit: Town Archive"),
    # after a stop: the credit ends where the next sentence starts, not at its stop
    ("The mayor opens the new bridge over the river. Photo: Jane Doe The bridge cost three million pounds.",
     "Photo: Jane Doe"),
])
def test_a_labelled_credit_run_into_the_page(lint, middle, credit):
    assert credit in shown(lint, flattened(middle), "NL320")


@pytest.mark.parametrize("middle", [
    "The mayor showed reporters a new photo: the bridge will be finished in the spring, she said.",
    "The museum asked for a credit: the lender wants its name on every label in the hall.",
    "The council spent the money on the photo archive and the image library of the town.",
])
def test_a_label_word_inside_a_sentence_stays_silent(lint, middle):
    assert shown(lint, flattened(middle), "NL320") == []
