"""The date rules' gates (``dates.may_state_impossible_date``, ``may_name_a_weekday``, ``may_be_anchored``, 34b):
where one says no, the extraction the long way finds no date of the kind its rules read (made-up text, drawn text
and the corpus)."""

from __future__ import annotations

import pytest

from conftest import drawn_texts, natural_files
from newslint.api import make_linter
from newslint.dates import (_extract_dates, article_dates, may_be_anchored, may_name_a_weekday,
                            may_state_impossible_date)
from newslint.engine import ArticleGate
from newslint.model import Article

LINTER = make_linter()
GATES = {"NL601": may_state_impossible_date, "NL602": may_name_a_weekday, "NL603": may_be_anchored,
         "NL605": may_be_anchored, "NL606": may_be_anchored}


def _assert_gates_hold(article: Article) -> None:
    """Each gate that says no is right: the dates found the long way hold none of its kind."""
    found = _extract_dates(article)
    if not may_state_impossible_date(article):
        assert not [m for m in found.mentions if m.problem], article.text
    if not may_name_a_weekday(article):
        assert not [m for m in found.mentions if m.weekday is not None], article.text
    if not may_be_anchored(article):
        assert found.anchor is None and found.published is None, article.text


def test_the_date_rules_are_gated_by_their_questions():
    gated = {rule.code: rule.trigger for rule in LINTER.rules if rule.code in GATES}
    assert {code: trigger.question for code, trigger in gated.items() if isinstance(trigger, ArticleGate)} == GATES


@pytest.mark.parametrize("text, impossible, weekday, anchored", [
    ("He arrived on 3 March and left in June.", False, False, False),
    ("It was signed on 31 March 2021.", False, False, False),  # March has a 31st
    ("It was signed on 30 February.", True, False, False),
    ("The deal of Sept. 31 held.", True, False, False),
    ("The vote of 29 February 2021 stood.", True, False, False),  # a common year's
    ("Wednesday," + " " * 14 + "28th of February", False, True, False),  # the farthest a weekday stands
    ("Wednesday," + " " * 15 + "28th of February", False, False, False),
    ("The talks on Monday, 2 March went on.", False, True, False),
    ("On Monday the whole board met; 2 March was a holiday.", False, False, False),
    ("On Monday, 2 March was a holiday.", False, True, False),
    ("Published: 2 March 2021", False, False, True),
    ("LONDON, March 2 (Reuters) - Shares rose.", True, False, True),  # a dateline's day is any of 0 to 39
    ("The code 2021-02-30 is on file.", True, False, True),  # an ISO date: read the long way
])
def test_gates_on_made_up_paragraphs(text, impossible, weekday, anchored):
    opening = "" if text.startswith("LONDON") else "A first paragraph.\n\nA second one.\n\n"
    article = Article.parse(f"Title\n\n{opening}{text}\n")  # a dateline opens one of the first two
    assert (may_state_impossible_date(article), may_name_a_weekday(article), may_be_anchored(article)) == \
        (impossible, weekday, anchored)
    _assert_gates_hold(article)


@pytest.mark.parametrize("spaces, weekday", [(14, 2), (15, None)])
def test_the_farthest_weekday_of_a_date_is_within_the_gates_reach(spaces, weekday):
    article = Article.parse(f"Title\n\nOne.\n\nTwo.\n\nWednesday,{' ' * spaces}28th of February 2021\n")
    assert [m.weekday for m in article_dates(article).mentions] == [weekday]
    assert may_name_a_weekday(article) is (weekday is not None)


def test_a_header_date_or_metadata_opens_every_gate_but_the_weekdays_without_metadata():
    article = Article.parse("Title\n20210230\n\nNo date in the text.\n")
    assert may_state_impossible_date(article) and may_be_anchored(article) and not may_name_a_weekday(article)
    assert [f.code for f in LINTER.lint_article(article)] == ["NL601"]
    meta = Article.parse("No date in the text.", has_header=False, meta={"date": "Mon, 02 Dec 2021"})
    assert may_state_impossible_date(meta) and may_be_anchored(meta) and may_name_a_weekday(meta)
    url = Article.parse("No date in the text.", has_header=False, meta={"url": "https://example.com/2021/12/02/a"})
    assert may_be_anchored(url) and not may_state_impossible_date(url)


def test_the_extraction_is_skipped_where_every_gate_says_no():
    article = Article.parse("Title\n\nA first paragraph.\n\nA second.\n\nHe came on 3 March and left on 12 June.\n")
    assert LINTER.lint_article(article) == []
    assert "dates" not in article._shared
    assert [m.text for m in article_dates(article).mentions] == ["3 March", "12 June"]


_PIECES = ["Feb ", "February ", "Sept. ", "Sep ", "Nov ", "April ", "Apr. ", "June ", "Dec ", "March ", "may ",
           "29", "30", "31", "0", "00", "28", "2", "3", "9", "1", "٣", "٠", "th", "st", " of ", "Monday, ",
           "Thursday (", "Thu ", "Tues. ", "Sunday ", "the ", "Wednesday,", " " * 9, ") ", ", ", " - ", " — ", "(Reuters) ", "LONDON, ",
           "Aprıl ", "APRİL ", "Published ", "Updated: ", "Posted ", "\n\n", "\n", "2021", "1999", "-02-", "-12-",
           " ", "  ", "\xa0", "said ", "was signed on ", "met in ", "yesterday ", "today ", "will ", "x", "ſept "]


def test_gates_hold_on_drawn_text():
    for text in drawn_texts(_PIECES, 400, 34, 40, 1):
        _assert_gates_hold(Article.parse(f"Title\n\n{text}\n"))
        _assert_gates_hold(Article.parse(text, has_header=False))


@pytest.mark.parametrize("folder", ["bbc", "scraped", "reuters"])
def test_gates_hold_on_natural_articles(folder):
    for file in natural_files((folder,), 60):
        text = file.read_text(encoding="utf-8", errors="replace")
        _assert_gates_hold(Article.parse(text))
        _assert_gates_hold(Article.parse(" ".join(text.split("\n")), has_header=False))
