"""NL311 on the text of a box among its furniture (32f): after the story's last paragraph that tells or reports, one
to three lines between two lines NL311 reported, a label and a sentence or three in the present tense that reports no
speech, says neither 'I' nor 'you' and is not the story's matter (the site's note on a column, its sponsors); the
story's own paragraphs, a reader's words, a list's pieces and what a repeated marker parts stay."""

from rule_texts import LAST, LATER, MORE, PROSE

from newslint.furniture import shapes_of
from newslint.rules.lines import furniture

NOTE = ("Partner Views pieces come from invited writers across the region's farming trade. Each piece is edited "
        "for length and checked against the paper's standards.")
STORY = [PROSE, MORE, LATER, LAST]


def boxes(texts, flagged):
    return furniture._boxed_prose(texts, shapes_of(texts), None, set(flagged))


def test_the_sites_note_between_furniture_after_the_story(lint):
    text = "\n".join([*STORY, "Share this article", "Facebook", "Twitter", "Guest Voices", NOTE, "Sponsored Content",
                      "Most Popular", "Privacy Policy"]) + "\n"
    found = [(d.line, d.message.split(":")[0]) for d in lint(text, select=["NL311"])]
    assert (9, "the text of a box among the page's furniture") in found
    assert (8, "the text of a box among the page's furniture") in found  # its label
    assert not [line for line, _ in found if line <= 4]  # the story stays


def test_a_box_of_the_sites_text_under_its_label_and_alone():
    page = [*STORY, "Share", "Guest Voices", NOTE, "Sponsored"]
    assert boxes(page, {4, 7}) == [5, 6]
    assert boxes([*STORY, "Share", NOTE, "Sponsored"], {4, 6}) == [5]


def test_a_box_before_the_storys_last_paragraph_is_the_storys():
    """A standfirst, a box of facts or a caption between two lines the model took, with the story going on under
    them, is left to the story."""
    assert boxes(["Home", "News", NOTE, "Share", *STORY], {0, 1, 3}) == []


def test_a_paragraph_that_reports_or_tells_or_speaks_to_the_reader_stays():
    for text in ("The council's plan is described in detail in the report, the mayor said on Friday.",
                 "The council's plan was described in detail in the report published on Friday.",
                 "If you want to help the council's plan, the report sets out what to do next.",
                 "I think the council's plan is the best thing to happen to the valley in years."):
        assert boxes([*STORY, "Share", text, "Sponsored"], {4, 6}) == [], text


def test_the_storys_own_matter_between_furniture_stays():
    matter = "Head teachers and unions want more money for the district's schools before the next term."
    assert boxes([*STORY, "Share", matter, "Sponsored"], {4, 6}) == []


def test_a_repeated_marker_a_lists_numbers_a_colon_label_and_a_credit_box_nothing():
    assert boxes([*STORY, "Advertisement", NOTE, "Advertisement"], {4, 6}) == []
    assert boxes([*STORY, "2.", NOTE, "3."], {4, 6}) == []
    assert boxes([*STORY, "Profile:", NOTE, "Sponsored"], {4, 6}) == []
    assert boxes([*STORY, "Jane Doe/Reuters", NOTE, "Sponsored"], {4, 6}) == []


def test_labels_alone_or_a_long_run_between_furniture_are_no_box():
    assert boxes([*STORY, "Share", "Guest Voices", "Opinion", "Sponsored"], {4, 7}) == []  # (_between_furniture's)
    assert boxes([*STORY, "Share", "Guest Voices", NOTE, NOTE, NOTE, "Sponsored"], {4, 9}) == []
    assert boxes([*STORY, "Share", "Guest Voices", "Multiplayer?", "Sponsored"], {4, 7}) == []  # a row, no text


def test_a_box_text_that_nl342_reports_is_left_to_it():
    description = "The Valley Courier is an independent, nonprofit newsroom serving the North Bay since 1998."
    prompt = "Sign up for our free newsletter to get the day's top stories in your inbox every morning."
    assert boxes([*STORY, "Share", description, "Sponsored"], {4, 6}) == []
    assert boxes([*STORY, "Share", prompt.replace("your", "the reader's"), "Sponsored"], {4, 6}) == []


TEASER = ("A close look at the region's dairy markets shows that small farms are struggling to keep pace with rising "
          "feed costs.")


def test_another_storys_teaser_under_the_story_over_the_pages_furniture(lint):
    """The story's last paragraph is the upper edge of a box of one sentence (33f)."""
    text = "\n".join([*STORY, TEASER, "Facebook", "Twitter", "Most Popular", "Privacy Policy"]) + "\n"
    found = [(d.line, d.message.split(":")[0]) for d in lint(text, select=["NL311"])]
    assert (5, "the text of a box among the page's furniture") in found
    assert not [line for line, _ in found if line <= 4]  # the story stays
    assert boxes([*STORY, TEASER, "Authors", "Staff Writer"], {5, 6}) == [4]


def test_the_storys_close_under_it_stays():
    """The story's own last line, more than one sentence, two lines, or a teaser over one line of furniture alone
    (a share bar under the story's close) is no teaser."""
    close = "The new rules apply to every school in the district from the start of the next term."
    assert boxes([*STORY, close, "Authors", "Staff Writer"], {5, 6}) == []
    assert boxes([*STORY, TEASER + " Prices rise again in June.", "Authors", "Staff Writer"], {5, 6}) == []
    assert boxes([*STORY, TEASER, TEASER.replace("dairy", "grain"), "Authors", "Staff Writer"], {6, 7}) == []
    assert boxes([*STORY, TEASER, "Share", "The next story begins here and goes on at length."], {5}) == []


def test_the_storys_last_paragraph_under_a_box_of_links_inside_it_stays(lint):
    """A box of related links printed inside the story (html2text: '### Related' over its list), the story's last
    paragraph under it in the present tense, then the page's next box: that paragraph is the story's close, no box's
    text; a site's note under the story's last paragraph is still found (above)."""
    related = ["### Related", "* [Ferry fares rise again](/news/ferry-fares)", "* [Harbour board names a chair](/news/board)",
               "* [Night buses return to the coast](/news/night-buses)"]
    close = ("Conventional ferries today carry two hundred passengers a crossing, but the board believes its new "
             "boats could carry twice as many by the end of the decade.")
    further = ["### Further Reading", "* [Tide tables for the spring](/news/tides)", "* [Pier repairs start](/news/pier)",
               "* [Cafe opens at the terminal](/news/cafe)"]
    head, tail = ["Home", "News", "Reviews", "Shop", "Newsletters"], ["About Us", "Privacy Policy", "Terms of Use"]
    text = "\n\n".join([*head, *STORY, *related, close, *further, *tail]) + "\n"
    reported = [text[d.start:d.end] for d in lint(text, select=["NL311"])]
    assert "### Related" in reported and "### Further Reading" in reported, reported
    assert close not in reported and not set(STORY) & set(reported)
