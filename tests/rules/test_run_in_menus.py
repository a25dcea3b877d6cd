"""NL344: a site's menu or link list run into a page flattened onto one line; one-line stories with names, titles,
quotations and lists stay. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import LATER, LONG, MORE, PROSE, STORY

# a flattened page's story: one paragraph of more than 1,000 characters
BODY = " ".join([PROSE, MORE, LONG, LATER, STORY, PROSE, MORE])
MENU = ("Home News Local News Sport Football Cricket Business Money Weather Opinion Letters to the Editor Contact Us "
        "Privacy Policy")


def test_a_menu_between_the_page_title_and_the_story_is_one_finding(lint):
    text = f"Bridge vote splits the town – The Example Gazette {MENU} {BODY}\n"
    found = shown(lint, text, "NL344")
    assert len(found) == 1
    # up to a few labels before the story's first sentence, whose subject may be capitalised words too
    assert found[0].startswith("The Example Gazette Home News") and found[0] in "The Example Gazette " + MENU
    assert "Letters to the Editor" in found[0] and "ministry" not in found[0]


def test_a_footer_after_the_story_is_reported(lint):
    footer = ("About Us Careers Advertise With Us Terms and Conditions Cookie Settings Accessibility Sitemap RSS Feeds "
              "Newsletters Archive")
    found = shown(lint, f"{BODY} {footer}\n", "NL344")
    assert found == [footer]


def test_labels_between_bars_and_ampersands_are_one_menu(lint):
    menu = "Home | News | Sport | Food & Drink | Travel | Money | Jobs | Puzzles | Events | Archive"
    assert shown(lint, f"{BODY} {menu}\n", "NL344") == [menu]


def test_the_first_words_of_a_sentence_after_a_menu_are_not_in_the_finding(lint):
    # 'Harbour Board Chair Ann Lee says' opens the story: a lower-case word after the run may follow its subject
    text = f"{MENU} Harbour Board Chair Ann Lee says the new bridge will open in May. {BODY}\n"
    found = shown(lint, text, "NL344")
    assert len(found) == 1 and "Ann Lee" not in found[0] and found[0].startswith("Home News")


def test_the_pages_own_headline_in_title_case_is_left_out(lint):
    headline = "Town Council Approves New Bridge Over River After Long Debate"
    text = f"{headline} | Example Gazette {MENU} {BODY} Latest Stories {headline} Weather Alert Issued\n"
    for finding in shown(lint, text, "NL344"):
        assert headline not in finding


HEADLINE = "Harbour town votes to close its old library after long debate"


@pytest.mark.parametrize("glue, site", [(" ", "The Example Gazette"), ("", "The Example Gazette")])
@pytest.mark.parametrize("separator", [" | ", " – ", " - "])
def test_the_pages_title_that_opens_a_one_line_page_is_reported(lint, glue, site, separator):
    # get_text(" ") or get_text(): the <title> 'Headline | Site' first, the headline again over the story
    text = f"{HEADLINE}{separator}{site}{glue}{MENU} {HEADLINE} {BODY} {BODY}\n"
    found = shown(lint, text, "NL344")
    title = f"{HEADLINE}{separator}{site}"
    assert found[0] == title + (" Home News" if glue else "")  # a name's five words at most, to a glued capital
    assert not any(HEADLINE in finding for finding in found[1:])  # the copy over the story is the page's headline


def test_the_sites_name_in_the_title_stops_before_a_phrase_of_the_page(lint):
    # the labels after the site's name, before the menu: 'Skip to main content' opens a phrase, not the name
    text = f"{HEADLINE} | Example Gazette Skip to main content {MENU} {HEADLINE} {BODY} {BODY} Leave a Reply {BODY}\n"
    found = shown(lint, text, "NL344")
    assert found[0] == f"{HEADLINE} | Example Gazette"


GALLERY = " ".join(f"Harbour life in pictures {day} October 2020 {caption}" for day, caption in (
    (26, "A fishing boat returns to the quay at dawn."), (25, "Children race model yachts on the pond."),
    (24, "The lifeboat crew trains off the point.")))


def test_a_label_the_one_line_page_repeats_before_each_date_is_reported(lint):
    # a gallery's slides, each its label and date over its caption
    found = shown(lint, f"{MENU} {BODY} {BODY} {GALLERY} {BODY}\n", "NL344")
    assert [finding for finding in found if "in pictures" in finding] == [  # the label's last three words
        "life in pictures 26 October 2020", "life in pictures 25 October 2020", "life in pictures 24 October 2020"]


@pytest.mark.parametrize("dates", [
    # the same words before two dates only
    "The council met on 2 May 2021 and again on 9 May 2021 to discuss it.",
    # different words before each date: a story's chronology
    "Work began on 2 May 2021, paused on 9 June 2021 and resumed on 1 July 2021 after the inquiry.",
])
def test_dates_in_a_one_line_story_are_no_repeated_label(lint, dates):
    assert not any("2021" in finding for finding in shown(lint, f"{MENU} {BODY} {dates} {BODY} {BODY}\n", "NL344"))


@pytest.mark.parametrize("opening", [
    # no headline printed again over the story: a one-line story's own first sentence
    f"Harbour board hears engineers' plan - Example Gazette {MENU} {BODY} {BODY}",
    # the words after the dash go on in lower case: a sentence, not a site's name
    f"Jane Doe, the harbour master - who retires in May - said {HEADLINE} {BODY} {BODY}",
    # two words before the separator: no title
    f"Harbour vote | Example Gazette {MENU} Harbour vote {BODY} {BODY}",
])
def test_a_one_line_page_without_its_title_first_keeps_its_opening(lint, opening):
    assert not any(finding.startswith(opening[:20]) for finding in shown(lint, opening + "\n", "NL344"))


def test_a_title_over_a_short_story_is_left_to_the_line_rules(lint):
    text = f"{HEADLINE} | Example Gazette {MENU} {HEADLINE} {PROSE}\n"
    assert not any(HEADLINE in finding for finding in shown(lint, text, "NL344"))


@pytest.mark.parametrize("sentence", [
    # names and titles joined by 'and', 'of', 'in': no nine capitalised words in a row
    "Wales Secretary Jane Hill and Welsh First Minister Tom Price met in Cardiff and Northern Ireland Minister "
    "Sam Reid joined them by video on Friday.",
    "Crown Prince Ahmed Bin Khalid Al Rashid of the Gulf Republic arrived on Tuesday.",
    # a song title in title case: many capitalised function words
    "The band closed with I Still Wonder Why You Never Came Back To Me At All and left the stage.",
    # a quoted post in capitals is shouting, not a menu
    "She wrote: \u201cI AM GOING TO TELL EVERYONE WHAT YOU DID TO ME AND YOUR FRIENDS THIS YEAR\u201d, then deleted it.",
    # a list after a colon, with commas
    "The squad is: Adams, Brown, Clarke, Davies, Evans, Foster, Green, Hughes, Irwin, Jones and King.",
])
def test_names_titles_quotations_and_lists_in_a_one_line_story_stay(lint, sentence):
    assert shown(lint, f"{BODY} {sentence} {BODY}\n", "NL344") == []


def test_a_menu_in_a_short_paragraph_is_left_to_the_line_rules(lint):
    assert shown(lint, f"Title\n\n{MENU}\n\n{PROSE}\n", "NL344") == []


def test_a_clean_one_line_story_stays(lint):
    assert shown(lint, f"{BODY} {BODY}\n", "NL344") == []


# -- the site's own sentences run into a one-line page: each asked of the line rules as a line of its own ----------

def one_line_page(furniture, menu=MENU):
    """A whole page flattened onto one line: a menu, the story, the site's ``furniture``, the story again."""
    return f"{menu} {BODY} {BODY} {furniture} {BODY}\n"


@pytest.mark.parametrize("furniture, expected", [
    # a WordPress comment form: the label of the box goes with the sentence under it
    ("Leave a Reply Cancel reply Your email address will not be published.",
     ["Leave a Reply Cancel reply Your email address will not be published."]),
    ("Copyright © 2024 Example Media Group. All rights reserved.",
     ["Copyright © 2024 Example Media Group.", "All rights reserved."]),
    ("When you buy through links in our reviews, we may earn an affiliate commission.",
     ["When you buy through links in our reviews, we may earn an affiliate commission."]),
    ("We use cookies to make your visit to our website run smoothly. You can unsubscribe at any time.",
     ["We use cookies to make your visit to our website run smoothly.", "You can unsubscribe at any time."]),
    ("Weather Alerts Latest News COMMENT POLICY We welcome comments from readers on the stories of the day.",
     ["Weather Alerts Latest News COMMENT POLICY We welcome comments from readers on the stories of the day."]),
])
def test_the_sites_sentences_in_a_one_line_page_are_reported_one_by_one(lint, furniture, expected):
    found = [finding for finding in shown(lint, one_line_page(furniture), "NL344") if not finding.startswith("Home")]
    assert found == expected


def test_a_plain_sentence_after_a_reported_run_of_labels_is_left_out(lint):
    # a review's verdict after its byline box: the labels are the page's, the sentence may be the story's
    labels = "By Jane Doe 5 March 2024 Comments Shares Our Verdict"
    found = shown(lint, one_line_page(f"{labels} A gripping strategy game that rewards patience and careful planning."),
                  "NL344")
    assert labels in found and not any("gripping" in finding for finding in found)


@pytest.mark.parametrize("sentence", [
    "\u201cWe use cookies to make your visit to our website run smoothly,\u201d the notice said.",  # quoted
    "The most popular stories on the site this week were about the bridge and the library.",
])
def test_quotations_and_the_storys_own_words_about_the_site_stay(lint, sentence):
    assert [finding for finding in shown(lint, one_line_page(sentence), "NL344")
            if not finding.startswith("Home")] == []


@pytest.mark.parametrize("statement", [
    # a club's statement quoted over several sentences, each of its paragraphs reopened and only the last closed
    '"We are sorry to close the pool for the winter. " Also the season tickets will be extended. We use cookies to '
    'make your visit to our website run smoothly. "We hope to reopen in the spring."',
    "\u201cWe are sorry to close the pool for the winter. \u201cAlso the season tickets will be extended. We use "
    "cookies to make your visit to our website run smoothly. We hope to reopen in the spring.\u201d",
])
def test_the_sites_words_inside_a_statement_quoted_over_several_sentences_stay(lint, statement):
    assert [finding for finding in shown(lint, one_line_page(statement), "NL344")
            if not finding.startswith("Home")] == []


def test_the_sites_sentence_after_a_closed_quotation_is_still_reported(lint):
    closed = '"We are sorry to close the pool," the manager said. We use cookies to make your visit run smoothly.'
    found = [finding for finding in shown(lint, one_line_page(closed), "NL344") if not finding.startswith("Home")]
    assert found == ["We use cookies to make your visit run smoothly."]


def test_a_one_line_story_without_a_menu_keeps_one_or_two_notes_of_its_own(lint):
    # a book extract's notice at the end of a story on one line: a whole page holds more of the site's sentences
    text = f"{BODY} {BODY} Copyright © 2018 by Jane Doe. All rights reserved. {BODY}\n"
    assert shown(lint, text, "NL344") == []
    # a whole page without a menu: many words of the site's business, three of its sentences or more
    footer = ("Copyright © 2018 Example Media. All rights reserved. You can unsubscribe from our newsletter at any "
              "time. This website uses cookies; read our privacy policy.")
    assert len(shown(lint, f"{BODY} {BODY} {footer} {BODY}\n", "NL344")) >= 3


def test_a_sentence_another_rule_reports_in_the_long_line_is_not_reported_again(lint):
    text = one_line_page("Please enable JavaScript to view the comments powered by Disqus.")
    assert any("Disqus" in finding for finding in shown(lint, text, "NL316"))
    assert not any("Disqus" in finding for finding in shown(lint, text, "NL344"))


def test_the_label_of_a_box_of_links_is_reported_with_the_first_headline(lint):
    links = ("Most Popular Council approves second bridge after long debate Library to move into community centre "
             "Trending Stories Harbour festival returns next summer")
    boxes = [links[d.start - len(MENU) - 2 * len(BODY) - 3:d.end - len(MENU) - 2 * len(BODY) - 3]
             for d in lint(one_line_page(links), select=["NL344"]) if "box of links" in d.message]
    assert [f.split()[:2] for f in boxes] == [["Most", "Popular"], ["Trending", "Stories"]]
    assert all(len(f.split()) <= 14 for f in boxes)


@pytest.mark.parametrize("sentence", [
    "The most popular stories on the site this week were about the bridge and the library.",
    "Top officials met on Monday, and Related Industries said the plan was sound.",  # a company's name
    "More on Increasing Exports Within the Region was the title of the minister's speech.",
    "Example News – Police in the north of the county said the road would reopen on Friday.",  # a dateline
])
def test_a_label_inside_a_sentence_or_a_dateline_is_no_box_of_links(lint, sentence):
    assert [f for f in shown(lint, one_line_page(sentence), "NL344") if not f.startswith("Home")] == []


# a headline list with no stop runs the splitter's sentence past 40 words: the plain sentence at its end is asked
HEADLINES = ("Council approves new budget for schools in the district Library opening hours to change in spring "
             "Harbour festival announces dates for next summer Mayor opens second bridge after long debate "
             "Local team wins cup final in extra time at the old ground")


@pytest.mark.parametrize("sentence", [
    "Your email address will not be published.",  # WordPress's comment form
    "Post was not sent - check your email addresses!",  # a share-by-email form
    "It looks like you're running an ad blocker.",
])
def test_the_sites_sentence_after_a_long_run_without_a_stop_is_reported(lint, sentence):
    found = shown(lint, one_line_page(f"{HEADLINES} Leave a Reply Cancel reply {sentence}"), "NL344")
    assert sentence in found


def test_a_plain_sentence_after_a_long_run_without_a_stop_stays(lint):
    found = shown(lint, one_line_page(f"{HEADLINES} The council said the bridge would open next year."), "NL344")
    assert not any("bridge would open" in finding for finding in found)


HOUSE_RULES = ("COMMENT POLICY We welcome comments from readers on the stories of the day. {} Please understand "
               "that comments are moderated and not all of them can be published. You can unsubscribe at any time.")


@pytest.mark.parametrize("sentence", [
    "Some of them may be printed in the newspaper on the following day.",  # a box of house rules
    "Daily news about the town, its council and its schools.",  # a newsletter's description
])
def test_a_sentence_between_two_of_the_sites_sentences_is_reported(lint, sentence):
    assert sentence in shown(lint, one_line_page(HOUSE_RULES.format(sentence)), "NL344")


def test_a_sentence_between_the_sites_sentences_stays_where_the_page_has_few_or_it_is_an_extracts_note(lint):
    two = "We welcome comments from readers on the stories of the day. {} You can unsubscribe at any time."
    middle = "The council will meet again in March to agree the budget."
    assert middle not in shown(lint, one_line_page(two.format(middle)), "NL344")
    # a book extract's permission between its copyright lines, on a page with more of the site's sentences: the
    # extract's whole note stays (its author's copyright, the permission and 'All rights reserved.' after it)
    extract = ("Copyright © 2019 by Jane Doe. Reprinted by permission of Example Books, New York. All rights reserved. "
               "You can unsubscribe at any time.")
    found = shown(lint, one_line_page(extract), "NL344")
    assert "You can unsubscribe at any time." in found
    assert not any("Reprinted" in finding or "Jane Doe" in finding or "rights" in finding for finding in found)


def test_an_extracts_copyright_note_stays_and_the_sites_own_is_reported(lint):
    """An extract's note ('Copyright © 2018 by Jane Doe. Used with permission of …') is the story's; the site's
    sentence after it and the site's own copyright line are reported."""
    note = ("Copyright © 2018 by Jane Doe. Used with permission of Example Books, Leeds. All rights reserved. "
            "Share this page More from the section Sign up to our free daily newsletter.")
    found = shown(lint, one_line_page(note), "NL344")
    assert not any("Jane Doe" in finding or "rights" in finding for finding in found)
    assert found[-1].endswith("Sign up to our free daily newsletter.")
    site = "Copyright © 2024 Example Media Group. All rights reserved. Sign up to our free daily newsletter."
    assert {"Copyright © 2024 Example Media Group.", "All rights reserved."} <= set(shown(lint, one_line_page(site), "NL344"))


@pytest.mark.parametrize("tags, expected", [
    ("Filed Under: Politics , Courts , Jane Doe , City Council", "Filed Under: Politics , Courts , Jane Doe , City"),
    ("Tagged harbour , festival", "Tagged harbour , festival"),  # WordPress's tags
    ("KEYWORDS bridge , library , council budget", "KEYWORDS bridge , library , council"),
    ("Posted in News , Local", "Posted in News , Local"),
])
def test_the_list_of_the_pages_tags_is_reported(lint, tags, expected):
    assert expected in shown(lint, one_line_page(f"{tags} Share this article"), "NL344")


@pytest.mark.parametrize("sentence", [
    "Topics included the bridge, the library and the budget, the mayor said.",  # a sentence's commas
    "Tags on the new bins will show when they are emptied.",
    "Topics Politics Courts Business Weather Sport",  # a menu's label: no list of tags
])
def test_a_tag_word_without_a_list_of_links_is_no_list_of_tags(lint, sentence):
    assert not any("list of tags" in diagnostic.message
                   for diagnostic in lint(one_line_page(sentence), select=["NL344"]))


# -- the site's sentence without its stop runs into the next one: asked as a part between seams -------------------
# (on a page where a sentence is reported whole: here the copyright line)

@pytest.mark.parametrize("story_before, story_after", [
    ("Jane Doe said the plan was sound", "The council met on Monday."),
    ("The vote was close", "He said the bridge would open next year."),
])
def test_the_sites_sentence_run_into_the_next_without_its_stop_is_reported(lint, story_before, story_after):
    page = one_line_page(f"{story_before} Sign up for our newsletter {story_after} All rights reserved.")
    found = shown(lint, page, "NL344")
    assert "Sign up for our newsletter" in found
    assert not any(story_before in finding or story_after in finding for finding in found)


@pytest.mark.parametrize("sentences", [
    "The mayor spoke to reporters on Monday Council members said the bridge would open next year.",
    "Jane Doe said the plan was sound The vote was close and the council met again in March.",
])
def test_the_storys_sentences_run_together_without_a_stop_stay(lint, sentences):
    found = shown(lint, one_line_page(f"{sentences} All rights reserved."), "NL344")
    assert [finding for finding in found if not finding.startswith("Home")] == ["All rights reserved."]


# -- a short stretch between two pieces of the site's furniture is the site's too ----------------------------------

FOOTER = ("About Us Careers Advertise With Us Terms and Conditions Cookie Settings Accessibility Sitemap RSS Feeds "
          "Newsletters Archive")
BOX = "Most Popular Council approves second bridge after long debate Library to move into community centre"
NOTICES = "We use cookies to make your visit to our website run smoothly. {} You can unsubscribe at any time."


@pytest.mark.parametrize("furniture, stretch", [
    # a comment form's notes between a notice and the footer's menu
    (f"You can unsubscribe at any time. Your reply will appear once a moderator has approved it . {FOOTER}",
     "Your reply will appear once a moderator has approved it ."),
    # the end of a box's first headline and the labels of boxes left empty, before the next box
    (f"{BOX} Popular videos Trending Stories Harbour festival returns next summer", "centre Popular videos"),
    # the footer's blurb between a notice and the footer's menu (which takes the blurb's capitalised end)
    (f"You can unsubscribe at any time. Published since 1901 by Example Media Group {FOOTER}", "Published since"),
])
def test_a_short_stretch_between_two_pieces_of_the_sites_furniture_is_reported(lint, furniture, stretch):
    assert stretch in shown(lint, one_line_page(furniture), "NL344")


@pytest.mark.parametrize("text", [
    # the story's sentences between two of the site's notices
    one_line_page(NOTICES.format("The council met on Monday.")),
    one_line_page(NOTICES.format("The mayor said the bridge would open next year. The vote was close.")),
    # more than 60 words between two notices: the story's paragraph
    one_line_page(NOTICES.format(f"Jane Doe said the plan was sound {PROSE} {LATER}")),
    # the page's headline between its menu and a box of links
    f"Bridge vote splits the town – The Example Gazette {MENU} Bridge vote splits the town {BOX} {BODY} {BODY}\n",
])
def test_the_story_between_two_pieces_of_the_sites_furniture_stays(lint, text):
    assert not any("short stretch" in diagnostic.message for diagnostic in lint(text, select=["NL344"]))


def test_a_footer_menu_that_ends_the_page_is_reported_once_as_the_pages_tail(lint):
    """NL318 reports the page going on after the story's last sentence: the menu that is that tail yields to it (one
    defect, one finding); a menu between the story's sentences is NL344's alone."""
    footer = ("About Us Careers Advertise With Us Terms and Conditions Cookie Settings Accessibility Sitemap RSS Feeds "
              "Newsletters Archive")
    text = f"{BODY} {footer}\n"
    assert [(d.code, text[d.start:d.end]) for d in lint(text, select=["NL318", "NL344"])] == [("NL318", footer)]
    assert shown(lint, text, "NL344") == [footer]  # (selected alone, it still reports the menu)
    text = f"{BODY} {MENU} {BODY}\n"
    assert [d.code for d in lint(text, select=["NL318", "NL344"])] == ["NL344"]
