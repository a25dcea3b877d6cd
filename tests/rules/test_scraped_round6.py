"""Forms of one-line scraped pages (issue 12, round six): what NL316 must find in them, and clean professional
text it must leave alone. Made-up text only."""

from __future__ import annotations

import pytest

# a page flattened with its sentence breaks lost, as the summarisation datasets scraped the BBC's
GLUED = ("The council approved the plan on Monday after a long debate.Councillors said the scheme would bring new "
         "jobs to the town centre.")


def shown(lint, text, code):
    return [text[d.start:d.end] for d in lint(text, select=[code])]


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
