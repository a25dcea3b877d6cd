"""Issue 12, round five: glued words at the seams of extractor output (NL102) and bylines an extractor left at
the end of a headline or caption, split over two lines, or heading an author box (NL315, NL313)."""

import pytest
from conftest import shown

PROSE = ("The ministry said on Tuesday that the new rules would apply to every school in the district "
         "from the start of the next term, after months of talks with unions.")
MORE = ("Teachers welcomed the decision, although several head teachers said they had not been consulted "
        "and would need more money to put the plan into practice.")


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


# NL315: bylines at the end of a line, or split over two lines ---------------------------

def test_byline_after_a_dash_at_the_end_of_a_headline(lint):
    text = f"{PROSE}\n\nCandidates to contest the party's top post  - by Kareem Smith\n\n{MORE}\n"
    assert shown(lint, text, "NL315") == ["Kareem Smith"]


def test_byline_after_a_caption_sentence(lint):
    text = (f"{PROSE}\n\nAgents found cocaine concealed inside a vessel at the ramp. By U.S. CUSTOMS AND BORDER "
            f"PROTECTION\n\n{MORE}\n")
    assert shown(lint, text, "NL315") == ["U.S. CUSTOMS AND BORDER PROTECTION"]


def test_article_by_and_the_name_on_the_next_line(lint):
    text = f"{PROSE}\n\nArticle by\nKareem Smith\n\n{MORE}\n"
    assert shown(lint, text, "NL315") == ["Kareem Smith"]


@pytest.mark.parametrize("middle", [
    "Prices fell sharply - by Friday the market had recovered most of its losses, traders said.",
    "The work was nearly finished. By Friday\nthe team had left the site and gone home.",
    "The bill was passed by Congress",
    "Shares fell 3% - by far the largest drop among the group's peers this year.",
])
def test_prose_with_by_is_not_a_byline(lint, middle):
    assert shown(lint, f"{PROSE}\n\n{middle}\n\n{MORE}\n", "NL315") == []


# NL313: the name heading an author box -------------------------------------------------

def test_name_line_above_a_bio(lint):
    text = (f"{PROSE}\n\n{MORE}\n\n{PROSE}\n\nJ.O. Haselhoef\n\nJ.O. Haselhoef is the author of a book about "
            "charity work in Haiti. She writes and lives in Milwaukee, Wisconsin.\n")
    assert shown(lint, text, "NL313")[0] == "J.O. Haselhoef"
    assert len(shown(lint, text, "NL313")) == 2


def test_a_name_line_before_other_prose_is_left_alone(lint):
    text = (f"{PROSE}\n\n{MORE}\n\n{PROSE}\n\nJane Doe\n\nThe council said it is a matter for the courts and "
            "would not comment further on the case.\n")
    assert shown(lint, text, "NL313") == []


# NL314: a page's date and time glued to the next block ------------------------------------

def test_stamps_glued_to_the_next_headline(lint):
    text = (f"{PROSE}\n\nApril 15, 2022 | 9:28 amCity streets deserted after Easter...April 14, 2022 | 2:12 pmNo "
            f"Covid deaths for 28 days\n\n{MORE}\n")
    assert shown(lint, text, "NL314") == ["April 15, 2022 | 9:28 am", "April 14, 2022 | 2:12 pm"]


def test_stamp_glued_after_a_byline(lint):
    text = f"{PROSE}\n\nBy J.R. Stone Thursday, November 9, 2023 7:35AMEMBED <>More Videos\n\n{MORE}\n"
    assert shown(lint, text, "NL314") == ["November 9, 2023 7:35AM"]


@pytest.mark.parametrize("sentence", [
    "The meeting on April 14, 2022 at 2:12 pm was short. Officials said little.",
    "On 4/5/2022 at 10:00 AM ET the talks began, and the 10:30 PM Show aired later.",
    "Doors open on May 3, 2024 at 7:30 pm; tickets cost $20.",
])
def test_dates_and_times_in_prose_are_left_alone(lint, sentence):
    assert shown(lint, f"{PROSE}\n\n{sentence}\n\n{MORE}\n", "NL314") == []


# NL312: captions in the shapes extractors leave ---------------------------------------------

def test_caption_ending_in_a_bracketed_photographer_and_outlet(lint):
    caption = "Police Commissioner Christine Elow said the bust shines a light on trafficking. (Matt Stone/Boston Herald)"
    assert shown(lint, f"{PROSE}\n\n{caption}\n\n{MORE}\n", "NL312") == [caption]


def test_caption_with_its_credit_glued_to_the_last_stop(lint):
    caption = "FAST will enable highly sensitive measurements of astronomical phenomena.Credit: Ou Dongqu/Xinhua"
    assert shown(lint, f"{PROSE}\n\n{caption}\n\n{MORE}\n", "NL312") == [caption]


def test_label_caption_line_between_long_lines_of_one_block(lint):
    text = f"{PROSE}\n\n{MORE}\nMalcolm Borwick: World Polo Ambassador for Royal Salute.\n{PROSE}\n"
    assert shown(lint, text, "NL312") == ["Malcolm Borwick: World Polo Ambassador for Royal Salute."]


@pytest.mark.parametrize("middle", [
    "Support for the party rose to 40 percent in the survey. (Reuters/Ipsos)",
    "Officials said the toll was rising. (Reporting by Jane Doe/Editing by John Smith)",
])
def test_bracketed_sources_in_prose_are_not_credits(lint, middle):
    assert shown(lint, f"{PROSE}\n\n{middle}\n\n{MORE}\n", "NL312") == []


def test_a_hard_wrapped_block_has_no_caption_lines():
    """Within a block of short (hand-wrapped) lines, a 'Label: caption.' line is a line of the text, not a caption."""
    from newslint.rules.lines.captions import _caption_lines

    block = ("The ministry said on Tuesday that the new rules, which\nJane Okafor: Head of school board.\n"
             "would apply in the district from the start of the next term, were agreed.")
    assert list(_caption_lines(block)) == []
    unwrapped = block.replace("which\n", "which " + "x" * 60 + "\n").replace("\nwould", "\nwould" + " y" * 30)
    assert [unwrapped[a:b] for a, b, _ in _caption_lines(unwrapped)] == ["Jane Okafor: Head of school board."]


def test_caption_with_credit_as_the_last_line_of_a_block(lint):
    caption = "Police Commissioner Christine Elow said the bust shines a light on trafficking. (Matt Stone/Boston Herald)"
    assert shown(lint, f"{PROSE}\n\n{MORE}\n{caption}\n", "NL312") == [caption]


def block_findings(text, code):
    """The findings of rule ``code`` on ``text`` parsed with its single line breaks inside paragraphs (as the
    parser reads an extractor's output whose lines mostly end mid-sentence)."""
    from newslint.api import make_linter
    from newslint.model import Article

    article = Article.parse(text, "page.txt", ocr="on")
    assert any("\n" in p.text for p in article.paragraphs)
    return [text[f.start:f.end] for f in make_linter(select=[code]).rules[0].check(article)]


def test_bio_as_the_last_line_of_a_block():
    bio = ("Candice Sealey is the Founder & Principal Consultant at Ignite! a marketing consultancy. She is also a "
           "freelance content writer.")
    assert block_findings(f"{PROSE}\n\n{MORE}\n{PROSE}\n{bio}\n", "NL313") == [bio]


def test_a_person_described_in_the_last_line_of_a_story_is_not_a_bio():
    last = "Jane Doe is the mayor of the town and said she would attend the meeting on Friday."
    assert block_findings(f"{PROSE}\n\n{MORE}\n{PROSE}\n{last}\n", "NL313") == []


def test_caption_lines_inside_a_block():
    caption = "Police Commissioner Jane Elow said the bust shines a light on trafficking. (Matt Stone/Boston Herald)"
    label = "Malcolm Borwick: World Polo Ambassador for Royal Salute."
    text = f"{PROSE}\n\n{MORE}\n{label}\n{PROSE}\n{caption}\n"
    assert block_findings(text, "NL312") == [label, caption]
