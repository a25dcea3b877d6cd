"""Forms of one-line scraped pages (issue 12, round six): what NL316 must find in them, and clean professional
text it must leave alone. Made-up text only."""

from __future__ import annotations

import pytest
from conftest import shown

# a page flattened with its sentence breaks lost, as the summarisation datasets scraped the BBC's
GLUED = ("The council approved the plan on Monday after a long debate.Councillors said the scheme would bring new "
         "jobs to the town centre.")


@pytest.mark.parametrize("link", [
    "Listen to the manager's verdict on the final",
    "Town plans: All you need to know",
    "More on this and other Kent stories",
    "Local Live has the latest travel news",
    "Council tax rise approved, ministers say",
])
def test_a_link_line_glued_between_sentences(lint, link):
    text = GLUED + link + "The mayor said the work would start in May." + GLUED
    assert shown(lint, text, "NL316") == [link]


def test_a_run_of_glued_link_lines(lint):
    text = GLUED + "Voters urged to register earlyThe vote: what happens nextSit on any bench and you hear it." + GLUED
    assert shown(lint, text, "NL316") == ["Voters urged to register early", "The vote: what happens next"]


@pytest.mark.parametrize("clean", [
    # names whose own capitals glue a lower-case part to a capitalised one: the web writes them as one word
    "The airline easyJet said flights would resume on Monday.",
    "Shoppers on eBay paid more than expected.",
    "The YouTube channel had a million viewers.",
    # a mixed-case name unknown to the web's counts, after a capital
    "The shares of Spicejet and SpiceJet rose.",
    # a title glued to a name inside a sentence (a glued word: NL102's)
    "The party leaderJane Smith told reporters the plan would go ahead.",
    # a long sentence glued to a capital is not a short line
    "The council said the long delayed scheme would be finished before the end of the year and the town would "
    "then be given a new bus station and a market hallThe mayor agreed.",
])
def test_names_and_long_sentences_are_no_link_lines(lint, clean):
    assert shown(lint, GLUED + clean + GLUED, "NL316") == []


SPACED = ("The council approved the plan on Monday after a long debate about costs and the schedule of works in "
          "the town centre. ")


@pytest.mark.parametrize("run_in, reported", [
    ("Why the town still argues about the old market hall In her report, the inspector found",
     "hall In"),  # a related link run into a flattened page
    ("Her family launched an appeal in her memory as a tribute to her And while they grieve, they",
     "her And"),  # a caption run in
])
def test_and_or_in_after_a_word_without_a_stop_in_a_flattened_page(lint, run_in, reported):
    text = SPACED * 5 + run_in + " the plan. " + SPACED * 5
    assert reported in shown(lint, text, "NL317")


def test_and_or_in_without_a_stop_in_a_short_paragraph_are_left_to_the_editor(lint):
    # edited copy that lost a stop, in paragraphs of its own length: not a page's caption
    text = ("Sales of frozen food dipped by 3.4% In the US, revenue grew by 1.5% despite weak sales in Europe.\n\n"
            "He called for the UK to leave the European Union In his speech, he said the result was a chance.\n")
    assert shown(lint, text, "NL317") == []


@pytest.mark.parametrize("byline, reported", [
    ("By Jane Doe for MailOnline . PUBLISHED: . 12:01 EST, 3 March 2014 .",
     "By Jane Doe for MailOnline . PUBLISHED: . 12:01 EST, 3 March 2014 ."),
    ("By Jane Doe and John Roe for MailOnline Published: 10:22 EST, 5 May 2015 | Updated: 11:40 EST, 5 May 2015",
     "By Jane Doe and John Roe for MailOnline Published: 10:22 EST, 5 May 2015 | Updated: 11:40 EST, 5 May 2015"),
    ("By Jane Doe for the Daily Mail The council", "By Jane Doe for the Daily Mail"),
    ("By Jane Doe, Sports Reporter The council", "By Jane Doe, Sports Reporter"),  # a job with a capital
    ("Jane Doe, CNN Updated 10:22 AM ET, Tue May 5, 2015", "Updated 10:22 AM ET, Tue May 5, 2015"),
])
def test_bylines_and_stamps_in_forms_beyond_the_daily_mail_block(lint, byline, reported):
    text = SPACED * 3 + byline + " " + SPACED * 3
    assert shown(lint, text, "NL316") == [reported]


@pytest.mark.parametrize("clean", [
    "By New Year, London Mayor Boris Johnson had approved the plan.",
    "By Christmas Day for the Premier League clubs the season is half over.",
    "By John Smith's own account the plan failed.",
    "The figures were Updated on Monday to show a rise in 2014.",
    "The book was Published 10 years ago in 2015.",
    "Written by Jane Doe for the stage, the play opened in May.",
])
def test_sentences_that_open_with_by_or_hold_a_stamp_word_are_no_bylines(lint, clean):
    assert shown(lint, SPACED * 3 + clean + " " + SPACED * 3, "NL316") == []


@pytest.mark.parametrize("furniture, reported", [
    ("These are external links and will open in a new tab", "These are external links and will open in a new tab"),
    ("Image copyright Rex Features Image caption Fans gathered at the gates",
     "Image copyright Rex Features Image caption Fans gathered at the gates"),
    ("Your browser cannot play this clip.", "Your browser cannot play this clip."),
])
def test_a_sentence_about_the_pages_machinery(lint, furniture, reported):
    spaced = SPACED * 3 + furniture + " " + SPACED * 3
    assert shown(lint, spaced, "NL316") == [reported]
    glued = GLUED * 3 + furniture + GLUED * 3
    assert shown(lint, glued, "NL316") == [reported]


@pytest.mark.parametrize("clean", [
    "The firm said your browser should be updated at once.",
    "Users can delete cookies, the regulator said.",
    "The bakery sold cookies and cakes to the visitors on Saturday.",
    '"Check your device," the officer told the drivers.',
])
def test_news_about_browsers_and_devices_is_no_page_machinery(lint, clean):
    assert shown(lint, SPACED * 3 + clean + " " + SPACED * 3, "NL316") == []


@pytest.mark.parametrize("clean", [
    "Cards were on sale at eBay I was told by the shop.",
    "The app TikTok has fans across the town and beyond.",
    "Shoes were up on stockX and sold out at once.",
    "This site is protected by reCAPTCHA and its rules apply.",
])
def test_glue_inside_names_is_no_link_line(lint, clean):
    assert shown(lint, GLUED + clean + GLUED, "NL316") == []


@pytest.mark.parametrize("prompt", ["Join us on Facebook", "Click here for the full results"])
def test_a_prompt_ends_where_the_story_runs_in(lint, prompt):
    text = SPACED * 3 + prompt + " The mayor said the work would start in May. " + SPACED * 3
    assert shown(lint, text, "NL316") == [prompt]


def test_a_reader_prompt_to_use_the_pages_tools(lint):
    prompt = "Pick the side you think can win the cup - and then share it with your friends using our team selector."
    assert shown(lint, SPACED * 10 + prompt, "NL316") == [prompt]


@pytest.mark.parametrize("clean", [
    "Pick the ripest fruit first, the growers advise.",
    '"Vote for the plan," the mayor told the crowd at the town hall.',
    "Try the new bus route, which opened in May, if you live in the east of the town.",
])
def test_imperatives_that_are_not_about_the_page(lint, clean):
    assert shown(lint, SPACED * 10 + clean, "NL316") == []


def test_a_glued_link_line_around_a_share_prompt_is_reported_whole(lint):
    """Deleting the prompt alone would leave the rest of the line glued to the next sentence: the line goes as one."""
    line = "Local news Follow us on Twitter and Facebook for the latest"
    text = GLUED + line + "The mayor said the work would start in May." + GLUED
    assert shown(lint, text, "NL316") == [line]
