"""Issue 12, round five: glued words at the seams of extractor output (NL102) and bylines an extractor left at
the end of a headline or caption, split over two lines, or heading an author box (NL315, NL313)."""

import pytest
from conftest import shown

# NL102: a credit, heading or label glued to the sentence after it ----------------------

@pytest.mark.parametrize("text, glued", [
    ("Hughes, the magazine's editor and WriterFrom its hypnotic synths to its melodies, the record works.", "WriterFrom"),
    ("Check out the reveal trailer for the new Rocket PassAs you can see from the trailer, it is standard.",
     "PassAs"),
    ("Stream the new EP, Lift OffStill need convincing on why it is our top record this week?", "OffStill"),
    ("Log Out BUSINESSNapa County has entered an exclusive agreement with a resort firm. Napa voters agreed.",
     "BUSINESSNapa"),
    ("The tour ends at the Oaf Gallery Bar, SYDNEYTickets and more information are on the band's site.",
     "SYDNEYTickets"),
])
def test_glued_at_a_block_seam(lint, text, glued):
    assert shown(lint, text, "NL102") == [glued]


def test_a_split_vouches_for_its_parts_elsewhere(lint):
    """Once 'WriterFrom' is split, 'Writer' is a word of the article: 'WriterLuboku' (with Luboku used alone) is glue."""
    text = ("Luboku takes off with his new EP. Di Iorio, WriterFrom its synths to its melodies, it works. "
            "Kyle Hughes, WriterLuboku plays the record live in April.")
    assert shown(lint, text, "NL102") == ["WriterFrom", "WriterLuboku"]


@pytest.mark.parametrize("text", [
    "McDonald said the iPhone and YouTube deals with eBay and PlayStation would close, JavaScript or not.",
    "The U.S. said LinkedIn users saw the #BlackLivesMatter posts from @JohnSmith at https://example.com/FooBar.",
    "Users of the DoorDash app were told to log in again. The PayPal team said it was a glitch.",
    "FedEx and GlaxoSmithKline shares rose, while the BlackBerry maker fell; NASDAQ traders shrugged.",
    "The colour of the NHS logo was changed by the organisation last year, the spokesman said.",
    "WhatsApp users in the UK can now send voice notes, the firm said on Tuesday.",
])
def test_brands_names_and_handles_are_left_alone(lint, text):
    assert shown(lint, text, "NL102") == []


def test_a_brand_ending_in_a_small_word_needs_a_sentence_after_it(lint):
    """'PassAs' is glue only where a lower-case word follows: 'the PassAs Fund' keeps its name."""
    assert shown(lint, "He invested in the PassAs Fund last year, the filing shows.", "NL102") == []
