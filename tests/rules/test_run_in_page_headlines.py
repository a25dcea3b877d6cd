"""NL317 and a one-line page's headline: the headline before its standfirst, which repeats the page's title, is no
damage to the story (``run_in._page_headline``); the same words run into a date, a list of links or a later repeat
stay seams. Made-up text only.
"""

from __future__ import annotations

from conftest import shown
from rule_texts import SPACED

TITLE = "Ferry Crossing to Marrow Island Reopens | The Kestrel Gazette "
MENU = "Home News Sport Weather Opinion Puzzles Sign in Subscribe Search "
HEADLINE = "Ferry Crossing to Marrow Island Reopens "
STANDFIRST = "The boats sailed again on Monday after a winter of repairs to the old pier. "


def test_the_headline_before_its_standfirst_is_no_seam(lint):
    text = TITLE + MENU * 3 + HEADLINE + STANDFIRST + SPACED * 10
    assert "Reopens The" not in shown(lint, text, "NL317")  # (the menu run into the headline is another matter)


def test_a_part_of_the_title_between_its_separators_is_the_headline_too(lint):
    text = ("Travel - Ferry Crossing to Marrow Island Reopens | The Kestrel Gazette " + MENU * 3 + HEADLINE
            + STANDFIRST + SPACED * 10)
    assert "Reopens The" not in shown(lint, text, "NL317")


def test_the_headline_repeated_among_the_links_later_is_still_a_seam(lint):
    text = TITLE + MENU * 3 + HEADLINE + STANDFIRST + SPACED * 10 + "Read more " + HEADLINE + STANDFIRST
    assert shown(lint, text, "NL317").count("Reopens The") == 1


def test_words_that_end_no_part_of_the_title_are_still_a_seam(lint):
    # 'to Marrow Island' stands in the title, but runs on there: no headline of the page ends with them
    text = (TITLE + MENU * 3 + "Tourists flock to Marrow Island " + STANDFIRST + SPACED * 10)
    assert "Island The" in shown(lint, text, "NL317")


def test_a_text_whose_first_line_is_no_title_keeps_its_seams(lint):
    text = (SPACED * 3 + "Tourists flock to Marrow Island " + STANDFIRST + SPACED * 10)
    assert shown(lint, text, "NL317") == ["Island The"]
