"""Forms of one-line scraped pages: what NL103, NL316, NL317 and NL320 must find in them,
and clean professional text they must leave alone."""

from __future__ import annotations

import pytest
from conftest import shown

BODY = ("The council approved the plan on Monday after a long debate about costs and the schedule of works in "
        "the town centre. ")


def page(middle: str) -> str:
    """A flattened one-line page with ``middle`` inside it."""
    return "Title\n\n" + BODY * 3 + middle + " " + BODY * 3 + "\n"


@pytest.mark.parametrize("glued, reported", [
    ("Pictured:The harbour bridge in May 1962", "Pictured:The"),  # a caption label lost its space
    ("Watch:Dramatic footage shows the crash", "Watch:Dramatic"),
    ("The shop closes at 5pm.The staff then go home", "5pm.The"),
    ("The dog weighed 12kg.The vet was surprised", "12kg.The"),
    ("the ‘large share’of new voters", "share’of"),  # a closing quote glued to the next word
    ("a “rebel”and a rival", "rebel”and"),
    ('a "rebel"and a rival', 'rebel"and'),
])
def test_glue_after_labels_amounts_and_closing_quotes(lint, glued, reported):
    assert shown(lint, page(glued + "."), "NL103") == [reported]


@pytest.mark.parametrize("clean", [
    "It was rock’n’roll and nothing else",
    "She said ‘no’ to the offer and ‘yes’ to the other one",
    "He could not say ‘I can’t’ and the crowd laughed",
    "The Jones’ house is on the corner of the street",
    "the ’90s and the ’80s were different",
    "The band’s fans call it ‘the rock’n’roll’ of the age",
    "At 10:30 The Times published the story",
    "Chapter 5:The Return is the best part",
    "Re:Invent is the firm’s conference and BBC:The Story is a show",
    "He left at 5pm. The staff stayed",
    "The 55\"of screen is large",
])
def test_clean_text_with_colons_quotes_and_amounts_passes(lint, clean):
    assert shown(lint, page(clean + "."), "NL103") == []


@pytest.mark.parametrize("block", [
    "By . Daily Mail Reporter . PUBLISHED: . 12:01 EST, 3 March 2014 . | . UPDATED: . 12:59 EST, 3 March 2014 .",
    "By . Jill Reilly . and Associated Press Reporter . PUBLISHED: . 08:35 EST, 21 November 2013 . | . UPDATED: . "
    "09:16 EST, 21 November 2013 .",
    "By . Sam Webb . Last updated at 4:22 PM on 12th December 2011 .",
    "By . Daily Mail Reporter .",
])
def test_flattened_byline_blocks(lint, block):
    text = "Title\n\n" + block + " " + BODY * 10 + "\n"
    assert shown(lint, text, "NL316") == [block]


def test_a_timestamp_block_without_a_byline():
    from newslint.api import lint_text

    stamps = "PUBLISHED: . 12:01 EST, 3 March 2014 . | . UPDATED: . 12:59 EST, 3 March 2014 ."
    text = stamps + " " + BODY * 10
    assert [text[d.start:d.end] for d in lint_text(text, has_header=False, select=["NL316"])] == [stamps]


@pytest.mark.parametrize("clean", [
    "The report was published on 3 March 2014 by the council. The page was last updated in 2019 by staff.",
    "The company said. Updated at 12:59 EST, 3 March 2014, the figures showed a rise.",
    "Please Stand By . The show resumes at ten.",
    "The book, By the Sea, was published in March 2014.",
])
def test_prose_about_publishing_and_by_is_not_a_byline(lint, clean):
    assert shown(lint, page(clean), "NL316") == []


@pytest.mark.parametrize("middle, credit", [
    ("The minister at the launch John Smith | AFP | Getty Images", "John Smith | AFP | Getty Images"),
    ("Crowds gathered outside. Jane Doe | The Times | Reuters", "Jane Doe | The Times | Reuters"),
])
def test_credits_whose_parts_a_bar_separates(lint, middle, credit):
    assert shown(lint, page(middle), "NL320") == [credit]


@pytest.mark.parametrize("clean", ["Ratings | Reviews | Photos", "By Jane Doe | Reuters", "He chose Red | Blue | Green"])
def test_bar_separated_lists_are_not_credits(lint, clean):
    assert shown(lint, page(clean), "NL320") == []


@pytest.mark.parametrize("prompt", [
    "Subscribe to the Harbour Sport newsletter to get our pick of news, features and video sent to your inbox.",
    "Find all the latest cricket signings on our dedicated page.",
    "Read more on this story and more news from Harbury.",
    "Share your views in the comments below.",
    "Download our app for the latest news.",
    "You can follow Jane on Twitter at @janedoe.",
])
def test_a_sentence_in_which_the_site_talks_to_the_reader(lint, prompt):
    assert shown(lint, page(prompt), "NL316") == [prompt]
    glued = "Title\n\n" + BODY.strip() + prompt + "\n"  # a short one-line page, the prompt glued to the last stop
    assert shown(lint, glued, "NL316") == [prompt]


@pytest.mark.parametrize("clean", [
    "See page 5 for the full table.",
    "Like many people in the town, she uses the app every day.",
    "Watch your step.",
    "Follow the link to the council website, the minister told reporters.",
    "\"Visit our website,\" the club said.",
])
def test_imperatives_that_are_not_the_site_talking(lint, clean):
    assert shown(lint, page(clean), "NL316") == []


def test_a_prompt_in_edited_text_is_left_to_the_paragraph_rules(lint):
    text = ("Title\n\n" + BODY + "\n\n" + BODY + "Click on the link below her picture to read her own account on our "
            "website.\n\n" + BODY + "\n")
    assert shown(lint, text, "NL316") == []


@pytest.mark.parametrize("doubled, repaired", [
    ("It came from various museums. .'One of my favourites is", "It came from various museums. 'One of my favourites is"),
    ("It was over. . 'We won the cup", "It was over. 'We won the cup"),
    ("It was over. .The cup was ours", "It was over. The cup was ours"),
])
def test_a_stray_second_full_stop(lint, fixed, doubled, repaired):
    text = page(doubled + ".")
    [finding] = lint(text, select=["NL105"])
    assert text[finding.start:finding.end] == ". ."
    assert fixed(text, select=["NL105"]) == page(repaired + ".")


@pytest.mark.parametrize("clean", ["He paused . . . and then went on", "She said. . . . The end came",
                                   "Troops left the U.S. . The base closed"])
def test_spaced_ellipses_and_abbreviations_are_not_doubled_stops(lint, clean):
    assert shown(lint, page(clean + "."), "NL105") == []


def test_a_label_before_a_list_of_names_is_not_a_caption(lint):
    squad = "after a knee knock. Provisional squad: Ashby, Brook, Cole, Hale, Reed, Ward."
    assert shown(lint, page(squad), "NL317") == []
    caption = "after a knee knock. Scroll down for video Dispute: Lord Ashby, who is not to face charges"
    assert "video Dispute" in shown(lint, page(caption), "NL317")


@pytest.mark.parametrize("link, reported", [
    ("Read more from Nick.", True), ("Find out more about the scheme.", True), ("See more of the pictures.", True),
    ("Read more books, the minister urged.", False), ("Find out more, she said.", False),
])
def test_a_more_link_is_site_talk_by_itself(lint, link, reported):
    assert shown(lint, page(link), "NL316") == ([link] if reported else [])


# -- glue after names, scores, acronyms and quotes; byline boxes; a year after a line without a stop --------
@pytest.mark.parametrize("glued, reported", [
    ("The quake was felt in L'Aquila.Six scientists were later convicted", "L'Aquila.Six"),  # a name with an apostrophe
    ("Hallam played for Ashby. He won a cap in the mid-1990s.Hallam went on to coach", "mid-1990s.Hallam"),
    ("Brook made it 24-10.Jones then grabbed a second try", "24-10.Jones"),  # a score
    ("only 3% had left the region.US Defence Secretary Jane Doe said", "region.US"),  # a common acronym
    ('Ashby coach Dan Hale:"It\'s been coming for weeks', 'Hale:"It'),  # a speaker's colon and the quote
    ("the first player to 'come out'Joseph Ashby wrote", "out'Joseph"),  # a closing single quote
    ("the first player to ‘come out’Joseph Barlow wrote", "out’Joseph"),
])
def test_glue_after_names_scores_acronyms_and_quotes(lint, glued, reported):
    assert shown(lint, page(glued + "."), "NL103") == [reported]


@pytest.mark.parametrize("clean", [
    "The painting 'Un Trou sur l'Orange' by Soto was shown in Paris",  # an elision inside a quoted title
    "Tom O'Neill and Mary O'Brien met the players' union officials",
    "He listened to rock'n'roll and the 'Sixties' sound all night",
    "The data arrived as {\"Name\":\"John\"} from the server",  # JSON is not a speaker's colon
    "He shares were listed as BHP.AX and RIO.L on the exchange",
    "It ended 2-1.5 on aggregate in the end",
    "She works at it.JM and the group said no",
])
def test_clean_quotes_elisions_and_codes_pass(lint, clean):
    assert shown(lint, page(clean + "."), "NL103") == []


@pytest.mark.parametrize("middle, reported", [
    ("The cuts were agreed.By Jane SmithBBC political correspondentThe minister's plan is unlikely to pass.",
     "By Jane SmithBBC political correspondent"),  # a byline box glued between two paragraphs
    ("The cuts were agreed. By Jane Smith, Political editor The minister's plan is unlikely to pass.",
     "By Jane Smith, Political editor"),
    ("The team won. 21 May 2013 Last updated at 11:47 GMT The manager said he was pleased.",
     "21 May 2013 Last updated at 11:47 GMT"),  # a page's date and update time
    ("The man was charged.Read more on this story and more news from HarburyJane Doe QC said it was good.",
     "Read more on this story and more news from Harbury"),  # a prompt that ends where the next line was glued
])
def test_byline_boxes_update_times_and_glued_prompts(lint, middle, reported):
    assert shown(lint, page(middle), "NL316") == [reported]


@pytest.mark.parametrize("clean", [
    "By Monday Reuters reporters had left the city and the talks were over.",
    "By Tony Blair's own account, the editor said it was fine.",
    "By the time the editor arrived, the reporters had left.",
    "The story was last updated at 09:22 GMT, the editor said.",
])
def test_prose_with_by_and_updated_is_not_a_byline_or_a_stamp(lint, clean):
    assert shown(lint, page(clean), "NL316") == []


@pytest.mark.parametrize("middle, reported", [
    ("8 things to know about the great flood of the valley 80 years ago In 1994, after the envoy left, it changed.",
     "ago In"),  # a related-story link without a stop, then a sentence that opens with a year
    ("The share will reach 18.8 per cent by 2060 In March 1990, immigrants made up a smaller share.", "2060 In"),
])
def test_a_sentence_opening_with_a_year_after_a_line_without_a_stop(lint, middle, reported):
    assert shown(lint, page(middle), "NL317") == [reported]


@pytest.mark.parametrize("clean", [
    "The company said In 2006, it was sold to a rival.",  # 'said' leads into what was said
    "He was born in Leeds In 1990, he moved to London.",  # after a name only 'The' or a pronoun opens a sentence
    "The exhibition In 2006, Then and Now opened in May.",
])
def test_a_year_inside_a_sentence_is_no_seam(lint, clean):
    assert shown(lint, page(clean), "NL317") == []
