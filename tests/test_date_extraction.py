"""Date extraction (newslint.dates): every date an article states, with exact spans."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from newslint import dates as dates_module
from newslint.dates import article_dates, describe_dates, parse_date_value, publication_date
from newslint.model import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def dates_of(text, **kwargs):
    article = Article.parse(text, **kwargs)
    return article, article_dates(article)


def spans(article, found, source=None):
    return [article.text[m.start:m.end] for m in found.mentions if source in (None, m.source)]


@pytest.mark.parametrize("name, value", [("000_80c6854f606fe719.txt", "20211202"),
                                         ("003_5e0098f0fbf781ad.txt", "2021-12-02"),
                                         ("004_4ff2f3123b6d360c.txt", "2021-12-02")])
def test_seed_header_dates_are_parsed_with_exact_spans(name, value):
    article = Article.parse((SEEDS / name).read_text(encoding="utf-8"), name)
    found = article_dates(article)
    assert found.published == datetime.date(2021, 12, 2)
    assert found.anchor.source == "header"
    assert article.text[found.anchor.start:found.anchor.end] == value


def test_seed_without_header_date_has_no_publication_date():
    article = Article.parse((SEEDS / "001_9676635609fdc54d.txt").read_text(encoding="utf-8"))
    assert publication_date(article) is None
    assert [r.text for r in article_dates(article).relatives] == ["yesterday"]


@pytest.mark.parametrize("sentence, expected, parts", [
    ("Talks began on Thursday, 2 December 2021, in Stockholm.", "Thursday, 2 December 2021", (2021, 12, 2, 3)),
    ("Talks began on December 2, 2021 in Stockholm.", "December 2, 2021", (2021, 12, 2, None)),
    ("Talks began on 2 Dec 2021 in Stockholm.", "2 Dec 2021", (2021, 12, 2, None)),
    ("Talks began on Dec. 2 in Stockholm.", "Dec. 2", (None, 12, 2, None)),
    ("Talks began on the 2nd of December in Stockholm.", "2nd of December", (None, 12, 2, None)),
    ("Talks began on Thursday (Dec 2) in Stockholm.", "Thursday (Dec 2)", (None, 12, 2, 3)),
    ("The treaty was signed in March 2023 in Minsk.", "March 2023", (2023, 3, None, None)),
    ("The file is dated 2021-12-02 in the archive.", "2021-12-02", (2021, 12, 2, None)),
    ("The deal was signed on 31 February.", "31 February", (None, 2, 31, None)),
])
def test_written_dates(sentence, expected, parts):
    article, found = dates_of(f"Title\n\n{sentence}\n")
    [mention] = found.mentions
    assert article.text[mention.start:mention.end] == expected
    assert (mention.year, mention.month, mention.day, mention.weekday) == parts


@pytest.mark.parametrize("sentence", [
    "In June 31 people were hurt.",  # a month-day that cannot exist is not a date
    "The Minsk process, in place since 2014, stalled in June.",
    "Prices rose in mid-December and in May, the Sunday Times said.",
    "He won 1,2 December votes and sold 3.2 March futures.",
    "She met Mark Bradshaw and May Ling at Marchmont.",
])
def test_things_that_are_not_dates(sentence):
    _, found = dates_of(f"Title\n\n{sentence}\n")
    assert found.mentions == ()


@pytest.mark.parametrize("line, source, expected", [
    ("Published: 14:32 GMT, 2 December 2021", "published", "2 December 2021"),
    ("Thu 2 Dec 2021 14.32 GMT", "text", "2 Dec 2021"),
    ("Posted Thu 2 Dec 2021 14.32 GMT", "published", "Thu 2 Dec 2021"),
    ("Last updated: 3 December 2021", "updated", "3 December 2021"),
])
def test_published_lines(line, source, expected):
    article, found = dates_of(f"Title\n\n{line}\n\nBlinken met Lavrov.\n")
    assert [(m.source, article.text[m.start:m.end]) for m in found.mentions] == [(source, expected)]


@pytest.mark.parametrize("paragraph, expected, parts", [
    ("STOCKHOLM, Dec 2 (Reuters) - Blinken met Lavrov.", "Dec 2", (None, 12, 2)),
    ("LONDON, Feb 26 - Shares rose.", "Feb 26", (None, 2, 26)),
    ("WASHINGTON, D.C., Dec. 2, 2021 /PRNewswire/ -- A firm said.", "Dec. 2, 2021", (2021, 12, 2)),
    ("Stockholm, Dec 2 (AFP) - Blinken met Lavrov.", "Dec 2", (None, 12, 2)),
    ("SEATTLE, Wash., March 3 - Boeing said.", "March 3", (None, 3, 3)),
    ("DOVER, Del, June 2 - A firm said.", "June 2", (None, 6, 2)),
    ("Chicago, April 9 - Grain prices rose.", "April 9", (None, 4, 9)),
    ("KANSAS CITY, Mo. - March 13 - A firm said.", "March 13", (None, 3, 13)),
    ("PARIS,March 16 - Club Med said.", "March 16", (None, 3, 16)),
    ("WASHINGTON, April 8, Reuter - Vexed by slow trains.", "April 8", (None, 4, 8)),
    ("CHICAGO, APRIL 9 - Shr 41 cts vs 18 cts", "APRIL 9", (None, 4, 9)),
    ("CAMBRIDGE, Mass., Oct 20 - ended in the third quarter", "Oct 20", (None, 10, 20)),
    ("omaha, april 7 - hog and cattle prices fell.", "april 7", (None, 4, 7)),
    ("BRUSSELS, 6 January (Reuters) - The life of a singer.", "6 January", (None, 1, 6)),
    ("TOKYO, 23 December - WPP said.", "23 December", (None, 12, 23)),
])
def test_datelines(paragraph, expected, parts):
    article, found = dates_of(f"Title\n\n{paragraph}\n")
    [mention] = found.mentions
    assert mention.source == "dateline"
    assert article.text[mention.start:mention.end] == expected
    assert (mention.year, mention.month, mention.day) == parts


@pytest.mark.parametrize("text", [
    "Title\n\nStockholm, Dec 2 - a day of talks.\n",  # a sentence goes on after the dash
    "Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nLONDON, Feb 26 - Shares rose.\n",  # not where datelines are
    "Title\n\nSales rose on March 3 - a record.\n",
])
def test_dates_that_are_not_datelines(text):
    _, found = dates_of(text)
    assert [m.source for m in found.mentions] == ["text"]


@pytest.mark.parametrize("url, expected", [
    ("https://example.com/world/2021/12/02/blinken-lavrov", "2021/12/02"),
    ("https://example.com/news/20211202/blinken-lavrov.html", "20211202"),
    ("https://www.theguardian.com/world/2021/dec/02/blinken-lavrov", "2021/dec/02"),
    ("https://example.com/story-2021-12-02-blinken", "2021-12-02"),
])
def test_url_dates(url, expected):
    article, found = dates_of(f"Title\n20211202\n{url}\n\nBlinken met Lavrov.\n")
    [mention] = found.of("url")
    assert article.text[mention.start:mention.end] == expected
    assert mention.resolve(None) == datetime.date(2021, 12, 2)


@pytest.mark.parametrize("url", ["https://tribune.com.pk/story/2332116/blinken-urges-russias-lavrov",
                                 "https://www.bbc.co.uk/news/world-europe-59500000",
                                 "https://example.com/2021/12/345/story", "https://example.com/id/20211345"])
def test_url_numbers_that_are_not_dates(url):
    _, found = dates_of(f"Title\n{url}\n\nBlinken met Lavrov.\n")
    assert found.of("url") == []


def test_jsonl_metadata_has_no_span():
    article = Article.parse("Blinken met Lavrov yesterday.", meta={"date": "2021-12-02T14:32:00Z",
                                                                  "url": "https://example.com/2021/12/03/x"},
                            has_header=False)
    found = article_dates(article)
    assert [(m.source, m.start, m.resolve(None)) for m in found.mentions] == [
        ("meta", -1, datetime.date(2021, 12, 2)), ("url", -1, datetime.date(2021, 12, 3))]
    assert found.published == datetime.date(2021, 12, 2)


@pytest.mark.parametrize("value, parts", [
    ("20211202", (2021, 12, 2, None)), ("2021-12-02 14:32", (2021, 12, 2, None)),
    ("2021/12/02", (2021, 12, 2, None)), ("20211345", (2021, 13, 45, None)),
    ("Thu, 02 Dec 2021 14:32:00 GMT", (2021, 12, 2, 3)), ("December 2, 2021", (2021, 12, 2, None)),
    ("soon", None),
])
def test_parse_date_value(value, parts):
    assert parse_date_value(value) == parts


@pytest.mark.parametrize("sentence, text, word, weekday, modifier", [
    ("Blinken met Lavrov yesterday.", "yesterday", "yesterday", None, None),
    ("Blinken met Lavrov yesterday (Wednesday).", "yesterday (Wednesday)", "yesterday", 2, None),
    ("Blinken met Lavrov today, Thursday, in Stockholm.", "today, Thursday", "today", 3, None),
    ("Blinken meets Lavrov on Friday (tomorrow).", "on Friday (tomorrow)", "tomorrow", 4, "on"),
    ("Blinken met Lavrov last Thursday.", "last Thursday", None, 3, "last"),
    ("Blinken met Lavrov on Thursday this week.", "on Thursday this week", None, 3, "this"),
    ("Earlier this week, on Friday, they met.", "this week, on Friday", None, 4, "this"),
])
def test_relative_dates(sentence, text, word, weekday, modifier):
    _, found = dates_of(f"Title\n\n{sentence}\n")
    [r] = found.relatives
    assert (r.text, r.word, r.weekday, r.modifier) == (text, word, weekday, modifier)


def test_weekday_of_a_written_date_is_not_a_relative_reference():
    _, found = dates_of("Title\n\nTalks began on Thursday, 2 December 2021.\n")
    assert found.relatives == ()


def test_year_is_taken_nearest_to_the_article_date():
    _, found = dates_of("Title\n2021-12-30\n\nTalks resume on Jan. 4 and ended on 2 December.\n")
    assert [m.resolve(found.published) for m in found.of("text")] == [datetime.date(2022, 1, 4),
                                                                        datetime.date(2021, 12, 2)]


def test_describe_dates_shape():
    article = Article.parse("Title\n20211202\n\nTalks began on Dec. 2 and were held yesterday.\n")
    assert describe_dates(article) == {
        "publication_date": "2021-12-02", "publication_source": "header",
        "dates": [{"source": "header", "text": "20211202", "start": 6, "end": 14, "date": "2021-12-02",
                   "weekday": None, "year_inferred": False, "problem": None},
                  {"source": "text", "text": "Dec. 2", "start": 31, "end": 37, "date": "2021-12-02",
                   "weekday": None, "year_inferred": True, "problem": None}],
        "relative": [{"text": "yesterday", "start": 52, "end": 61, "refers_to": "2021-12-01", "weekday": None}]}


def test_describe_dates_without_an_anchor_keeps_partial_dates():
    article = Article.parse("Title\n\nTalks began on 31 February.\n")
    [entry] = describe_dates(article)["dates"]
    assert (entry["date"], entry["problem"]) == ("--02-31", "February has at most 29 days")


def test_dateline_whose_month_the_loose_cue_misses_is_read_where_a_later_date_is_cued():
    # 'Aprıl' (dotless i) is April to Python's IGNORECASE, not to the month cue: the paragraph is cued by '3 March'
    # alone, after more tokens than a dateline's place holds, and the dateline is still read
    article, found = dates_of("Title\n\nSEATTLE, Aprıl 3 - Boeing said its new plane would be flying on 3 March.\n")
    assert [(m.source, article.text[m.start:m.end]) for m in found.mentions] == [("dateline", "Aprıl 3"),
                                                                                 ("text", "3 March")]


def test_a_date_after_more_tokens_than_a_dateline_place_is_not_tried_as_one():
    text = "The minister of the interior said in a statement on Friday, March 3 - a day late."
    article = Article.parse(f"Title\n\n{text}\n")
    assert not dates_module._may_open_dateline(text, dates_module._cue_windows(article)[0])
    assert dates_module._dateline(article.paragraphs[0]) is None


_DATELINE_PIECES = ("SEATTLE", "Wash.", "D.C.", ",", "-", "–", "—", "--", "said", "Dec", "Dec.", "March", "april",
                    "Aprıl", "APRİL", "3", "23", "3rd", "of", "2021", "(Reuters)", "Reuter", "/PRNewswire/", "x", "ſept")
_DATELINE_GAPS = (" ", ", ", ",", "  ", "\t", "\xa0", " - ", "\n")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DATELINE_PIECES), st.sampled_from(_DATELINE_GAPS)), max_size=14))
def test_dateline_pre_check_never_skips_a_dateline(pieces):
    text = "".join(piece + gap for piece, gap in pieces).strip() + " Story"
    article = Article.parse(f"Title\n\n{text}\n")
    windows = dates_module._cue_windows(article)
    for index, paragraph in enumerate(article.paragraphs[:2]):
        if index in windows and dates_module._dateline(paragraph) is not None:
            assert dates_module._may_open_dateline(paragraph.text, windows[index])
