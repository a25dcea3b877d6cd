"""NL311 on headlines and headings: the story's own headline on the first line, the headings of a live blog's entries
outside the story's largest block (both stay); the headlines of related stories that end the text under the page's
furniture or stand under the label of a box of links, and a gallery's title over its first slide (reported)."""

from conftest import lines_of
from rule_texts import LAST, LATER, LONG, MORE, PROSE

from newslint.furniture import shapes_of
from newslint.rules.lines.furniture import (_gallery_title, _headlines_after_furniture, _headline_first, label_of_links,
                                            _teaser_below)

RELATED = ["Ferry operator cancels winter timetable after storms damage two harbour walls",
           "Volunteers plant four thousand trees along the river to slow the spring floods"]


# related headlines at the end ------------------------------------------------------------------------------------

def test_related_headlines_under_a_labelled_link_at_the_end_are_furniture(lint):
    text = "\n".join(["Library to close", PROSE, MORE, LONG, "Next: The Last Ferry Home.", *RELATED]) + "\n"
    assert lines_of(lint, text, "NL311") == RELATED


def test_related_headlines_under_a_newsletter_line_at_the_end_are_furniture(lint):
    text = "\n".join(["Library to close", PROSE, MORE, LONG, LATER, "Subscribe to our newsletter", *RELATED]) + "\n"
    assert set(RELATED) <= set(lines_of(lint, text, "NL311"))


def test_a_story_ending_in_lines_without_a_stop_is_left_alone(lint):
    """Without furniture above them, stopless lines at the end are the story's (a list, a tribute's last lines)."""
    text = "\n".join(["Library to close", PROSE, MORE, LONG, *RELATED]) + "\n"
    assert lines_of(lint, text, "NL311") == []


def test_one_line_or_a_sentence_under_the_furniture_is_no_list_of_headlines():
    furniture = "Next: The Last Ferry Home."
    for tail in ([RELATED[0]], [RELATED[0], "The ferry will run again in March."], [RELATED[0], "Jane Doe"]):
        texts = [PROSE, MORE, furniture, *tail]
        assert not _headlines_after_furniture(texts, shapes_of(texts), set())
    texts = [PROSE, MORE, furniture, *RELATED]
    assert list(_headlines_after_furniture(texts, shapes_of(texts), set())) == [3, 4]


# a live blog's entry headings --------------------------------------------------------------------------------------

ENTRY = ("The county council has given an update on its services this morning, saying that every library and "
         "leisure centre will close from Thursday while the restrictions last.")
ENTRY_HEADING = "County council shares update on services"


def live_blog(heading_paragraph):
    """A live blog as an extractor gives it: the page's head, the first entry (the largest block of prose, which the
    model takes for the story), then entries parted by their time, author and share button."""
    return "\n".join(["Home", "News", "Restrictions live: the latest updates", "12:40", "Jane Doe", PROSE, MORE, LONG,
                      "Share this update", "Key events", "12:15", "Jane Doe", ENTRY_HEADING, heading_paragraph,
                      "Share this update", "Key events", "11:50", "Jane Doe", LAST]) + "\n"


def test_a_live_blog_entry_heading_taken_up_by_its_paragraph_is_not_furniture(lint):
    assert ENTRY_HEADING not in lines_of(lint, live_blog(ENTRY), "NL311")


def test_a_related_headline_over_its_teaser_outside_the_story_stays_furniture(lint):
    teaser = "The county council has given an update on its services this morning, saying that every library..."
    assert ENTRY_HEADING in lines_of(lint, live_blog(teaser), "NL311")


def test_a_teaser_cut_short_under_a_headline_makes_it_a_related_story():
    teaser = "The county council has given an update on its services this morning, saying that every library..."
    texts = [ENTRY_HEADING, teaser, PROSE]
    assert _teaser_below(texts, 0)
    assert not _teaser_below([ENTRY_HEADING, ENTRY, PROSE], 0)


# the headline first -------------------------------------------------------------------------------------------------

def test_a_headline_with_one_everyday_web_word_is_the_headline():
    assert _headline_first("A Letter on Fisheries and Open Water")
    assert _headline_first("Council to open a new library in the spring")


def test_a_label_or_the_page_before_the_headline_is_not_the_headline():
    assert not _headline_first("Video Why the harbour wall failed")          # a web word first: a label
    assert not _headline_first("Watch more videos from the show")          # two web words
    assert not _headline_first("Subscribe to the daily edition today")     # a word only the page has
    assert not _headline_first("Open letter")                              # too short


def test_the_headline_first_with_an_everyday_web_word_is_not_furniture(lint):
    text = "\n".join(["A Letter on Fisheries and Open Water", "July 7, 2020", PROSE, MORE, LONG]) + "\n"
    assert "A Letter on Fisheries and Open Water" not in lines_of(lint, text, "NL311")


# a headline under the label of a box of links ----------------------------------------------------------------------

def test_a_headline_under_a_related_label_between_paragraphs_is_furniture(lint):
    headline = "Harbour board approves plan to rebuild the north pier before the summer season"
    text = "\n".join(["Library to close", PROSE, MORE, "Related", headline, LONG, LATER]) + "\n"
    assert headline in lines_of(lint, text, "NL311")


def test_a_subheading_under_an_advertisement_line_stays(lint):
    """'Advertisement' labels no box of links: the heading under it is the story's."""
    heading = "Inside the ten day journey around the far side of the moon"
    text = "\n".join(["Library to close", PROSE, MORE, "Advertisement", heading, LONG, LATER]) + "\n"
    assert heading not in lines_of(lint, text, "NL311")


def test_labels_of_a_box_of_links():
    assert all(map(label_of_links, ["Related", "Most popular", "More on this story", "Recommended for you"]))
    assert not any(map(label_of_links, ["Advertisement", "Share", "Read more about the plan.", "Harbour news today"]))


# a gallery's title over its first slide ---------------------------------------------------------------------------

def test_a_gallery_title_over_its_first_slide_is_furniture(lint):
    title = "Harbour towns count the cost of the winter storms"
    slide = "1/12" + title
    text = "\n".join(["Library to close", PROSE, MORE, title, slide, "Boats lie on the quay at low tide on Monday.",
                      LONG, LATER]) + "\n"
    assert title in lines_of(lint, text, "NL311")


def test_a_heading_over_a_paragraph_that_repeats_it_is_no_gallery_title():
    assert not _gallery_title("Harbour towns count the cost", "Harbour towns count the cost of the winter storms.")
    assert not _gallery_title("Harbour towns count the cost", "12 Harbour towns count the cost")
    assert _gallery_title("Harbour towns count the cost", "3/20 Harbour towns count the cost")
