"""NL6xx date rules: what they must find (exact places) and what they must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.model import Article
from newslint.rules.dates import ClusterDateFormat, ClusterDateMismatch

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
ARTICLE_RULES = ["NL601", "NL602", "NL603", "NL604", "NL605", "NL606"]


def found(lint, text, code, **kwargs):
    return [(d.line, d.column, d.end_column, d.message) for d in lint(text, select=[code], **kwargs)]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seeds_have_no_date_findings(lint, path):
    diagnostics = lint(path.read_text(encoding="utf-8"), select=[c for c in ARTICLE_RULES if c != "NL604"])
    assert diagnostics == []


def test_unanchored_relative_dates_are_off_by_default(lint):
    text = (SEEDS[1]).read_text(encoding="utf-8")
    assert [d.code for d in lint(text) if d.code.startswith("NL6")] == []


# NL601 impossible-date ------------------------------------------------------------

@pytest.mark.parametrize("text, where, problem", [
    ("Title\n20211345\n\nBlinken met Lavrov.\n", (2, 1, 9), "header date '20211345': there is no month 13"),
    ("Title\n\nThe deal was signed on 31 February, he said.\n", (3, 24, 35),
     "date '31 February': February has at most 29 days"),
    ("Title\n\nIt was signed on 29 February 2021.\n", (3, 18, 34),
     "date '29 February 2021': February 2021 has 28 days"),
    ("Title\n\nIt was signed on April 31, 2021.\n", (3, 18, 32), "date 'April 31, 2021': April has 30 days"),
    ("Title\n\nThe file says 2021-02-30.\n", (3, 15, 25), "date '2021-02-30': February 2021 has 28 days"),
])
def test_impossible_dates(lint, text, where, problem):
    assert found(lint, text, "NL601") == [(*where, f"impossible {problem}")]


def test_impossible_metadata_date_is_reported_at_the_start(lint):
    diagnostics = lint("Blinken met Lavrov.", select=["NL601"], has_header=False, meta={"date": "2021-13-02"})
    assert [(d.line, d.column, d.message) for d in diagnostics] == [
        (1, 1, "impossible metadata date '2021-13-02': there is no month 13")]


@pytest.mark.parametrize("sentence", ["The deal was signed on 29 February 2004.", "In June 31 people were hurt.",
                                      "Sales rose 31% in February and 29 February is a leap day."])
def test_possible_dates_are_left_alone(lint, sentence):
    assert found(lint, f"Title\n\n{sentence}\n", "NL601") == []


# NL602 weekday-date-mismatch ---------------------------------------------------------

def test_weekday_that_does_not_fall_on_the_date(lint):
    diagnostics = lint("Title\n\nThe summit opened on Monday, 2 December 2021, in Stockholm.\n", select=["NL602"])
    [d] = diagnostics
    assert (d.line, d.column, d.end_column) == (3, 22, 45)
    assert d.message == "'Monday, 2 December 2021': 2 December 2021 is a Thursday, not a Monday"
    assert d.fix["applicability"] == "unsafe"
    assert [(e["column"], e["end_column"], e["content"]) for e in d.fix["edits"]] == [(22, 28, "Thursday")]


def test_date_without_year_takes_the_year_of_the_article_date(lint):
    text = "Title\n2021-12-02\n\nThe summit opened on Monday, Dec. 2, in Stockholm.\n"
    assert found(lint, text, "NL602") == [(4, 22, 36, "'Monday, Dec. 2': 2 December 2021 is a Thursday, not a Monday "
                                                       "(the year 2021 taken from the article date)")]


@pytest.mark.parametrize("text", [
    "Title\n2021-12-02\n\nBlinken met Lavrov on Thursday, 2 December, and on Thursday (Dec 2) again.\n",
    "Title\n\nThe summit opened on Monday, 2 December, in Stockholm.\n",  # no year and no article date
    "Title\n\nThe vote is on Thursday, 5 May 2005, and the count on Friday 6 May 2005.\n",
])
def test_matching_or_uncheckable_weekdays_are_left_alone(lint, text):
    assert found(lint, text, "NL602") == []


# NL603 date-source-mismatch ----------------------------------------------------------

@pytest.mark.parametrize("text, where, message", [
    ("Title\n20211202\nhttps://example.com/world/2021/12/09/blinken\n\nBlinken met Lavrov.\n", (3, 27, 37),
     "URL date '2021/12/09' (2021-12-09) is 7 days after the header date '20211202' (2021-12-02)"),
    ("Title\n20211202\n\nSTOCKHOLM, Nov 29 (Reuters) - Blinken met Lavrov.\n", (4, 12, 18),
     "dateline date 'Nov 29' (2021-11-29) is 3 days before the header date '20211202' (2021-12-02)"),
    ("Title\n2021-12-02\n\nPublished: 14:32 GMT, 5 December 2021\n\nBlinken met Lavrov.\n", (4, 23, 38),
     "'Published' date '5 December 2021' (2021-12-05) is 3 days after the header date '2021-12-02' (2021-12-02)"),
])
def test_date_sources_that_disagree(lint, text, where, message):
    assert found(lint, text, "NL603") == [(*where, message)]


@pytest.mark.parametrize("dateline", ["LANDOVER, Md., March 13 -", "Chicago, March 13 -", "CHICAGO, MARCH 13 -"])
def test_wire_datelines_in_any_case_are_compared(lint, dateline):
    text = f"TITLE\n1987-03-16\n\n{dateline} Dart Group said it would negotiate.\n"
    [(line, _, _, message)] = found(lint, text, "NL603")
    assert line == 4 and message.endswith("is 3 days before the header date '1987-03-16' (1987-03-16)")


@pytest.mark.parametrize("meta_date", ["1987-03-14", "1987-03-12"])
def test_a_dateline_one_day_off_is_the_wire_norm(lint, meta_date):
    """Copy filed overnight or from another time zone is dated a day apart (2.8 % of Reuters stories)."""
    text = f"TITLE\n{meta_date}\n\nLANDOVER, Md., March 13 - Dart Group said it would negotiate.\n"
    assert found(lint, text, "NL603") == []


def test_jsonl_metadata_dates_have_no_span_and_are_reported_at_the_start(lint):
    meta = {"date": "2005-03-16", "url": "https://example.com/2005/03/20/budget"}
    diagnostics = lint("The budget was announced.", select=["NL603"], has_header=False, meta=meta)
    assert [(d.line, d.column, d.message) for d in diagnostics] == [
        (1, 1, "URL date '2005/03/20' (2005-03-20) is 4 days after the metadata date '2005-03-16' (2005-03-16)")]


@pytest.mark.parametrize("text", [
    "Title\n20211202\nhttps://example.com/world/2021/12/03/blinken\n\nSTOCKHOLM, Dec 1 (Reuters) - Blinken met.\n",
    "Title\n20211202\nhttps://tribune.com.pk/story/2332116/blinken\n\nBlinken met Lavrov.\n",
    "Title\n\nSTOCKHOLM, Dec 9 (Reuters) - Blinken met Lavrov.\n",
])
def test_agreeing_or_single_sources_are_left_alone(lint, text):
    assert found(lint, text, "NL603") == []


def test_tolerance_is_configurable(lint):
    text = "Title\n20211202\nhttps://example.com/2021/12/03/blinken\n\nBlinken met Lavrov.\n"
    assert len(found(lint, text, "NL603", options={"NL603": {"tolerance-days": 0}})) == 1


# NL604 unanchored-relative-date ------------------------------------------------------

def test_relative_date_without_any_article_date(lint):
    text = "Title\n\nBlinken met Lavrov yesterday and again last Thursday.\n"
    assert found(lint, text, "NL604") == [
        (3, 20, 29, "'yesterday' cannot be anchored: the article has no date (2 relative date references)")]


@pytest.mark.parametrize("text", ["Title\n20211202\n\nBlinken met Lavrov yesterday.\n",
                                  "Title\n\nToday's talks are the first since June.\n"])
def test_anchored_or_generic_references_are_left_alone(lint, text):
    assert found(lint, text, "NL604") == []


# NL605 weekday-contradicts-date --------------------------------------------------------

@pytest.mark.parametrize("text, where, message", [
    ("Title\n2021-11-29\n\nBlinken met Lavrov yesterday (Wednesday) in Stockholm.\n", (4, 20, 41),
     "'yesterday (Wednesday)': the article is dated Monday 2021-11-29, so yesterday is a Sunday"),
    ("Title\n2021-11-29\n\nThe talks open on Friday (today) in Stockholm.\n", (4, 16, 33),
     "'on Friday (today)': the article is dated Monday 2021-11-29, so today is a Monday"),
    ("Title\n2021-11-30\n\nEarlier this week, on Friday, Blinken met Lavrov.\n", (4, 9, 29),
     "'this week, on Friday' in the past tense, but the article is dated Tuesday 2021-11-30: "
     "that Friday is still to come"),
])
def test_weekday_that_contradicts_the_article_date(lint, text, where, message):
    assert found(lint, text, "NL605") == [(*where, message)]


@pytest.mark.parametrize("text", [
    "Title\n2021-12-02\n\nBlinken met Lavrov yesterday (Wednesday) and on Thursday again.\n",
    "Title\n2021-12-03\n\nBlinken met Lavrov yesterday (Wednesday).\n",  # a day off: time zones
    "Title\n2021-11-29\n\nBlinken met Lavrov on Thursday, and the Kremlin said on Friday it was ready.\n",
    "Title\n2021-11-30\n\nBlinken will meet Lavrov this Friday in Stockholm.\n",
    "Title\n2021-12-05\n\nEarlier this week, on Thursday, Blinken met Lavrov.\n",
])
def test_consistent_weekdays_are_left_alone(lint, text):
    assert found(lint, text, "NL605") == []


# NL606 past-event-future-date ----------------------------------------------------------

@pytest.mark.parametrize("sentence, where", [
    ("The treaty was signed on 5 March 2023 in Minsk.", (4, 26, 38)),
    ("The pair met in March 2023 in Minsk.", (4, 17, 27)),
    ("Lavrov said on December 9, 2021 that talks had failed.", (4, 16, 32)),
    ("In May, the firm said it was sold on 5 March 2023.", (4, 38, 50)),
])
def test_past_event_after_the_article_date(lint, sentence, where):
    [(line, column, end, message)] = found(lint, f"Title\n2021-12-02\n\n{sentence}\n", "NL606")
    assert (line, column, end) == where
    assert message.endswith("is after the article's date 2021-12-02, but the text puts it in the past")


@pytest.mark.parametrize("sentence", [
    "The treaty is expected to be signed on 5 March 2023 in Minsk.",
    "The treaty, which will take effect soon, was signed on 5 March 2023.",
    "The vote was postponed until 5 March 2023.",
    "The deal was signed on 5 March 2021 and ratified in 2022.",
    "Blinken said on Friday, 3 December 2021 that talks would go on.",  # within a day
    "Talks are planned on 5 March 2023.",
    "The winners are crowned on 5 March 2023 and the prize is held in June 2023.",
])
def test_future_or_unclear_dates_are_left_alone(lint, sentence):
    assert found(lint, f"Title\n2021-12-02\n\n{sentence}\n", "NL606") == []


def test_no_article_date_no_future(lint):
    assert found(lint, "Title\n\nThe treaty was signed on 5 March 2023.\n", "NL606") == []


# NL607 / NL608: across a cluster --------------------------------------------------------

def seed_articles():
    return [Article.parse(p.read_text(encoding="utf-8"), p.name) for p in SEEDS]


def corpus_findings(rule, articles):
    return [(a.path, a.text[f.start:f.end], f.code, f.message) for a, f in rule.check_corpus(articles)]


def test_cluster_rules_are_opt_in():
    assert not ClusterDateMismatch.default_enabled and not ClusterDateFormat.default_enabled


def test_seed_cluster_dates_agree():
    assert corpus_findings(ClusterDateMismatch(), seed_articles()) == []


def test_article_dated_off_the_cluster():
    articles = seed_articles()
    articles[4] = Article.parse(articles[4].text.replace("2021-12-02", "2021-11-02", 1), "moved.txt")
    assert corpus_findings(ClusterDateMismatch(), articles) == [
        ("moved.txt", "2021-11-02", "NL607", "header date '2021-11-02' (2021-11-02) is 30 days from the cluster's "
                                             "date 2021-12-02 (2 of 3 dated articles)")]


def test_cluster_within_a_day_or_without_majority_is_left_alone():
    dated = [Article.parse(f"Title\n{d}\n\nBlinken met Lavrov.\n", f"{i}.txt")
             for i, d in enumerate(["20211202", "20211203", "20211201", "20211202"])]
    assert corpus_findings(ClusterDateMismatch(), dated) == []
    split = [Article.parse(f"Title\n{d}\n\nBlinken met Lavrov.\n", f"{i}.txt")
             for i, d in enumerate(["20211202", "20211110", "20211020"])]
    assert corpus_findings(ClusterDateMismatch(), split) == []


def test_seed_cluster_date_formats():
    assert corpus_findings(ClusterDateFormat(), seed_articles()) == [
        ("000_80c6854f606fe719.txt", "20211202", "NL608",
         "header date '20211202' is written YYYYMMDD; 2 other articles of the cluster write YYYY-MM-DD")]


def test_cluster_with_one_format_is_left_alone():
    articles = [Article.parse(f"Title\n2021-12-0{i}\n\nBlinken met Lavrov.\n", f"{i}.txt") for i in (1, 2, 3)]
    assert corpus_findings(ClusterDateFormat(), articles) == []


def test_dates_built_without_the_frozen_init_are_the_dataclasses_own():
    import dataclasses

    from newslint.dates import ArticleDates, DateMention, _built, _text_mention, article_dates
    fields = ("text", "3 March", 10, 17, None, 3, 3, 0)
    built, made = _text_mention(*fields), DateMention(*fields)
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert dataclasses.asdict(built) == dataclasses.asdict(made)
    assert dataclasses.replace(built, start=0) == dataclasses.replace(made, start=0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.start = 0
    article = Article.parse("Title\n\nThe talks opened on Monday, 3 March 2025 in Geneva. They went on yesterday.\n")
    found = article_dates(article)
    again = ArticleDates(found.mentions, found.anchor, found.published, article.paragraphs)
    assert found == again and repr(found) == repr(again) and found.relatives == again.relatives
    assert _built(ArticleDates, {"mentions": (), "anchor": None, "published": None, "paragraphs": ()}) \
        == ArticleDates((), None, None, ())
