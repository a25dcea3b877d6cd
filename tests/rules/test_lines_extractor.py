"""NL311, NL313, NL314, NL315 on the shapes real HTML extractors leave (issue 12)."""

import pytest

from newslint.rules.lines import furniture
from newslint.rules.lines.furniture import _headline_first

PROSE = ("The ministry said on Tuesday that the new rules would apply to every school in the district "
         "from the start of the next term, after months of talks with unions.")
MORE = ("Teachers welcomed the decision, although several head teachers said they had not been consulted "
        "and would need more money to put the plan into practice.")


def lines(lint, code, *paragraphs, title="School rules"):
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return [text[d.start:d.end] for d in lint(text, select=[code])]


def test_a_byline_split_over_two_lines(lint):
    assert lines(lint, "NL315", PROSE, "by", "Jane R. Doe", MORE) == ["by", "Jane R. Doe"]
    assert lines(lint, "NL315", PROSE, "The report was written", "Jane Doe", MORE) == []


def test_two_glued_timestamps_are_a_timestamp_line(lint):
    assert lines(lint, "NL314", PROSE, "November 8, 2023 | 6:03 pmNovember 8, 2023 | 6:03 pm", MORE) \
        == ["November 8, 2023 | 6:03 pmNovember 8, 2023 | 6:03 pm"]


def test_an_author_bio_told_through_a_pronoun(lint):
    bio = ("Jane Doe fell for politics at the age of 12, when she ran her first campaign. She has been writing "
           "about local government for the paper since 2008.")
    assert lines(lint, "NL313", PROSE, MORE, PROSE, bio) == [bio]


def test_a_reader_comment_about_a_writer_is_not_a_bio(lint):
    comment = "Mr Forsyth is a wonderful writer and should keep his fiction to his novels."
    assert lines(lint, "NL313", PROSE, MORE, comment) == []
    story = ('Jane Doe moved to the city in 2008. "She has been writing about it ever since," her editor said.')
    assert lines(lint, "NL313", PROSE, MORE, story) == []


def test_the_headline_an_extractor_kept_as_the_first_line_is_not_furniture(lint, monkeypatch):
    first = "Woman charged with killing her mother"
    text = "\n".join([first, "Apr 28, 2022", "Save", PROSE, MORE]) + "\n"
    assert [d.line for d in lint(text, select=["NL311"])] == []
    monkeypatch.setattr(furniture, "furniture_score", lambda vector: 0.99)  # a model that takes every line
    assert 1 not in [d.line for d in lint(text, select=["NL311"])]
    monkeypatch.setattr(furniture, "_headline_first", lambda text: False)
    assert 1 in [d.line for d in lint(text, select=["NL311"])]


def test_a_page_title_with_the_site_name_is_not_taken_for_the_headline():
    assert _headline_first("Woman charged with killing her mother")
    assert not _headline_first("Woman charged with killing her mother - The Daily Courier")
    assert not _headline_first("Share this story on Facebook and Twitter")


def test_relative_dotted_and_iso_timestamps(lint):
    stamps = ["39 mins ago", "19.01.2020", "2020-03-03T10:41:00Z", "Sept. 3, 2020 10:41 a.m. ET"]
    assert lines(lint, "NL314", PROSE, *stamps, MORE) == stamps
    assert lines(lint, "NL314", PROSE, "Day 3", "Version 2.3.10", "3 days", "Two weeks ago, at dawn", MORE) == []


def test_a_wire_results_table_is_the_story_not_furniture(lint):
    table = ["Shr 14 cts vs 12 cts", "Net 221,376 vs 120,435", "Revs 8.2 mln vs 7.1 mln", "Nine mths",
             "Shr 40 cts vs 31 cts", "Net 1,376,000 vs 935,000"]
    assert lines(lint, "NL311", "Example Corp said on Monday its quarterly results were as follows.", *table,
                 "Terms were not disclosed.") == []


def test_a_section_label_before_the_headline(lint):
    text = "\n".join(["Storage", "New Disk Platters Promise Bigger Drives", PROSE, MORE]) + "\n"
    assert [(d.line, d.message.split(":")[0]) for d in lint(text, select=["NL311"])] \
        == [(1, "section label before the headline")]
    lede = "\n".join(["LONDON", "The ministry said on Tuesday that the rules would change.", PROSE, MORE]) + "\n"
    assert not [d for d in lint(lede, select=["NL311"]) if "section label" in d.message]


def test_the_dek_under_a_kept_headline_is_not_furniture():
    headline, dek = "Woman charged with killing her mother", "Police say the pair had argued for weeks before"
    assert furniture._headline_or_dek([headline, dek, PROSE], 1)
    assert not furniture._headline_or_dek(["Home", dek, PROSE], 1)
    assert not furniture._headline_or_dek([headline, "Share this story", PROSE], 1)


def nl311(lint, *paragraphs):
    text = "\n".join(paragraphs) + "\n"
    return [(text[d.start:d.end], d.message.split(":")[0]) for d in lint(text, select=["NL311"])]


def test_the_page_title_with_a_site_name_the_page_names_again(lint):
    title = "Family seeks funds to treat rising tennis star - The Haitian Times"
    found = nl311(lint, title, PROSE, MORE, "Copyright 2022 The Haitian Times")
    assert (title, "the page's title before the story") in found
    # the tail is not named again, or the line ends like a sentence: a headline with a dash, not a <title>
    assert nl311(lint, "Jerry Springer returns to the stage - The Opera", PROSE, MORE) == []
    assert nl311(lint, "Film to be made by the producer of Jerry Springer - The Opera.", PROSE, MORE,
                 "The Opera ran for two years.") == []


def test_separators_left_on_their_own_lines(lint):
    found = nl311(lint, "Kept headline of the story here", PROSE, "Tagged:", "Cocoa Brothers", ",", "Gerard Gbedey",
                  "»", MORE)
    assert [line for line, why in found if why == "a separator left on its own line"] == [",", "»"]
    # a full stop alone is a sentence's stop cut off (NL105's business); scene breaks stay
    assert nl311(lint, "Kept headline of the story here", PROSE, ".", "* * *", MORE) == []


def test_related_headlines_between_their_dates(lint):
    related = ["Council approves speed cameras in school zones", "November 8, 2023 | 2:19 pm",
               "Tax collections in the red as revenue falls", "November 8, 2023 | 2:08 pm"]
    found = nl311(lint, "Kept headline of the story here", PROSE, MORE, "Recent Stories", *related)
    assert [line for line, why in found if why == "a headline of a list of related stories"] \
        == ["Recent Stories", *related[0::2]]
    # one dated line after a heading is not a list
    assert nl311(lint, "Kept headline of the story here", PROSE, "Budget vote on Tuesday",
                 "November 8, 2023", MORE) == []


def test_a_breadcrumb_trail_ending_in_the_headline(lint):
    headline = "David Estwick and Ronnie Yearwood to contest the top post"
    found = nl311(lint, "Home / Local News / " + headline, headline, PROSE, MORE)
    assert found == [("Home / Local News / " + headline, "a breadcrumb trail before the headline")]
    # the headline repeated under a caption is the story's heading, not furniture
    assert nl311(lint, "Home Issues " + headline, "Prison is a Category C facility. Photo: A. Serey", headline,
                 PROSE, MORE)[0][1] == "a breadcrumb trail before the headline"
    assert furniture._breadcrumbs(["Home Issues " + headline, "Caption of a photo here.", headline, PROSE]) \
        == {0: 2}  # line 2, the heading the trail ends in, is skipped by the model
    assert furniture._breadcrumbs([headline, PROSE, MORE]) == {}
    assert furniture._breadcrumbs(["He said the council voted to " + headline, headline, PROSE]) == {}


def test_a_short_subheading_before_prose_is_not_furniture(lint):
    found = nl311(lint, "Kept headline of the story here", "Designed & Developed by", "INTRODUCTION", PROSE, MORE,
                  PROSE, MORE)
    assert [line for line, _ in found] == ["Designed & Developed by"]
    assert furniture._subheading(["x", "INTRODUCTION", PROSE, MORE, PROSE],
                                    furniture.shapes_of(["x", "INTRODUCTION", PROSE, MORE, PROSE]), 1)
    # a short line among the last lines is an agency or signature, and web words are never a subheading
    texts = ["x", PROSE, "GIS", PROSE, MORE]
    assert not furniture._subheading(texts, furniture.shapes_of(texts), 2)
    texts = ["x", "Advertisement", PROSE, MORE, PROSE]
    assert not furniture._subheading(texts, furniture.shapes_of(texts), 1)


def test_a_verbless_phrase_between_paragraphs_is_a_caption_or_related_headline(lint):
    caption = "Delegates at the opening session of the financial access roundtable in Barbados"
    found = nl311(lint, "Kept headline of the story here", PROSE, MORE, caption, PROSE, MORE)
    assert found == [(caption, "a caption or related headline between paragraphs")]


@pytest.mark.parametrize("line", [
    "They agreed on the plan after a long night of talks",           # a clause: a pronoun
    "Regional Leaders Meet In Barbados For Financial Talks",          # title case: a heading
    "Just east of Nashville, in Wilson County, in the state of Tennessee,",  # a sentence cut by a break
    "Money for the new school rules in the district",                 # a subheading that opens the next paragraph
])
def test_clauses_headings_and_subheadings_between_paragraphs_stay(lint, line):
    assert nl311(lint, "Kept headline of the story here", MORE, MORE, line, PROSE, MORE) == []


def test_the_heading_of_a_related_list_and_a_title_with_a_bar(lint):
    related = ["Council approves speed cameras in school zones", "November 8, 2023 | 2:19 pm",
               "Tax collections in the red as revenue falls", "November 8, 2023 | 2:08 pm"]
    found = nl311(lint, "Kept headline of the story here", PROSE, MORE, "Recent Stories", *related)
    assert ("Recent Stories", "a headline of a list of related stories") in found
    title = "Taiwan's leader has a playbook for Hong Kong | South China Morning Post"
    assert nl311(lint, title, PROSE, MORE)[:1] == [(title, "the page's title before the story")]
    assert nl311(lint, "Taiwan's leader has a playbook for Hong Kong", PROSE, MORE) == []


def test_a_bare_link_on_its_own_line(lint):
    link = "https://example.com/wp-content/uploads/2020/08/report-8.18-AM.mp3"
    assert nl311(lint, "Kept headline of the story here", PROSE, link, MORE) \
        == [(link, "a bare link on its own line")]
    assert nl311(lint, "Kept headline of the story here", PROSE, "Details are at https://example.com/rules today.",
                 MORE) == []


def test_a_reader_prompt_broken_at_its_links(lint):
    text = "\n".join(["Kept headline of the story here", PROSE, MORE, "Our reporting depends on readers",
                      "like you", ". Please", "subscribe", "today."]) + "\n"
    found = [(d.code, d.message.split(" (")[0]) for d in lint(text, select=["NL342"])]
    assert found == [("NL342", "the site speaks to the reader over 5 broken lines")]
    menu = "\n".join(["Kept headline of the story here", PROSE, MORE, "Subscribe", "Newsletters", "Sign In",
                      "Privacy Policy"]) + "\n"  # a menu: every line capitalised, each is NL311's
    assert not [d for d in lint(menu, select=["NL342"]) if "broken lines" in d.message]


def test_a_caption_ending_in_a_labelled_credit(lint):
    caption = ("Two astronauts sit in a Navy helicopter after splashdown off the coast of California.  "
               "Image Credit: NASA/Bill Ingalls")
    text = "\n".join(["Kept headline of the story here", PROSE, caption, MORE]) + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [caption]
    prose = "The agency said the credit: the loans would be repaid by March."
    assert lint("\n".join(["Kept headline of the story here", PROSE, prose, MORE]) + "\n", select=["NL312"]) == []


def test_a_wire_story_as_filed_has_no_page_furniture(lint):
    """A body that ends with the wire signoff is agency copy: its tables, dates and notes are the story."""
    story = ["BUENOS AIRES, March 3 - Temperatures and rainfall in the grain belt were as follows.",
             "...............MAX TEMP..MIN TEMP..RAINFALL", "CORDOBA............30.......17............0",
             "Pay April 16", "Record March 26", "NOTE: Example Income Fund. Reuter"]
    assert lines(lint, "NL311", *story) == []


def test_a_web_page_that_credits_reuters_keeps_its_furniture(lint):
    page = ["Home", "News", "Sport", "Weather", PROSE, MORE]
    found = lines(lint, "NL311", *page, "© Reuters")
    other = lines(lint, "NL311", *page, "© Example Agency")
    assert found == [line.replace("Example Agency", "Reuters") for line in other] and found[:2] == ["Home", "News"]
