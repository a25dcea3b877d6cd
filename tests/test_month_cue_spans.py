"""Where the date reader looks (``dates._cue_windows`` from the spans of ``date_cues``, compiled in block 17p of
``newslint/_speedups.c``, and its pure-Python twin): the twins agree, a span stands at each month beside a number, and
reading only the paragraphs and places the spans mark finds every date that reading every paragraph whole finds."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint import dates
from newslint.model import Article
from tests.test_native import compiled, needs_compiled
from tests.test_native_dates_quotes import CUE_ALPHABET, MONTH_CUES, natural_texts  # noqa: F401 (a fixture)

SPANS = [
    ("on 2 December 2021", [(3, 8), (5, 15)]), ("Dec. 2", [(0, 6)]), ("the 5th of May", [(4, 14)]),
    ("xJanuary 5", [(0, 10)]), ("5 \u017fep", [(0, 5)]), ("March\n\n12", [(0, 8)]), ("no dates 12 here", []),
    ("15 May", [(1, 6)]), ("May 15", [(0, 5)]),
]


@pytest.mark.parametrize("text, expected", SPANS)
def test_month_cue_spans_hand_cases(text, expected):
    assert dates._python_month_cue_spans(text) == expected
    if compiled is not None:
        assert compiled.date_cues(text)[0] == expected


def test_the_compiled_spans_are_picked_unless_no_native() -> None:
    if compiled is not None:
        assert dates._date_cues is compiled.date_cues
    code = "from newslint import dates as d; assert d._date_cues is d._python_date_cues"
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})


@pytest.mark.parametrize("text, expected", MONTH_CUES)
def test_a_span_wherever_the_loose_cue_finds_a_month(text, expected):
    assert bool(dates._python_month_cue_spans(text)) is expected


@needs_compiled
def test_month_cue_spans_match_the_twin_on_natural_text(natural_texts):  # noqa: F811
    for text in natural_texts:
        assert compiled.date_cues(text)[0] == dates._python_month_cue_spans(text)


@needs_compiled
@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=CUE_ALPHABET, max_size=16))
@example("5th\nJan")
def test_month_cue_spans_match_the_twin_on_drawn_text(text):
    assert compiled.date_cues(text)[0] == dates._python_month_cue_spans(text)


def _every_paragraph_whole(article: Article) -> dict[int, list[tuple[int, int]]]:
    return {i: [(0, len(p.text))] for i, p in enumerate(article.paragraphs)}


def _dates(text: str) -> list:
    return dates._body_dates(Article.parse(text))


# dates in every form, beside near misses, spaces beyond ASCII, line and paragraph breaks
_PIECES = ("Thursday, ", "2 ", "2nd ", "31 ", "of ", "December", "Dec.", "Dec", "sept", "May", "Mayor ", "March",
           " 2021", ", 2021", " 12", "\u00a0", "\n", "\n\n", "on ", "(", ")", "STOCKHOLM, ", " - ", "Reuters", "x",
           "2021-12-02 ", "\u0663", "\u017fep ", "yesterday ")


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_marked_places_find_every_date_of_the_whole_paragraphs(body):
    text = "Title\n\n" + body
    marked = _dates(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_cue_windows", _every_paragraph_whole)
        assert marked == _dates(text)


def test_the_marked_places_find_every_date_of_natural_text(natural_texts):  # noqa: F811
    found = 0
    for text in natural_texts[:400]:
        marked = _dates(text)
        found += len(marked)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(dates, "_cue_windows", _every_paragraph_whole)
            assert marked == _dates(text)
    assert found > 100


@needs_compiled
@pytest.mark.parametrize("offset", range(10))
@pytest.mark.parametrize("digit", ["5", "\u0663", "\U0001d7d8"])
@pytest.mark.parametrize("before", ["", "\u00e9", "\u2019", "\U0001f600"])
def test_a_cue_is_found_at_every_offset_of_a_word_of_eight_bytes(offset, digit, before):
    """The compiled scan reads a one-byte text eight characters at a time and a two-byte one four at a time to the
    next digit: a cue at each offset after text of each kind is found as the twin finds it."""
    for text in (before + "x" * offset + f"Jan {digit} and {digit}th of May" + "y" * offset,
                 before + "a." * offset + f"{digit}{digit} Dec" + ":" * offset):
        assert compiled.date_cues(text)[0] == dates._python_month_cue_spans(text), text


@needs_compiled
@pytest.mark.parametrize("text", ["5" * 100_000, "x" * 100_000, "\u2019" * 100_000, "\u0663" * 100_000,
                                  "Jan 5 " * 20_000, "\u2019 Jan 5" * 15_000, "5 " * 50_000 + "Jan"])
def test_month_cue_spans_match_the_twin_on_hostile_shapes(text):
    assert compiled.date_cues(text)[0] == dates._python_month_cue_spans(text)


# (text, the bits of what the date gates read near the spans: 1 a month without a 31st beside a day of 29 or more,
# 2 a weekday's first three letters at most 25 characters before a span, 8 an ISO date's hint, 16 a numeric date's cue)
GATE_CUES = [
    ("Feb 29", 1), ("Feb 28", 0), ("29 Feb", 1), ("30th of june", 1), ("\u017fEP 30", 1), ("Nov \u0663\u0660", 1),
    ("Jan 31", 0), ("31 Dec", 0), ("Mon" + " " * 22 + "5 Jan", 2), ("Mon" + " " * 23 + "5 Jan", 0), ("mon 5 Jan", 0),
    ("on 2021-12-02 and Sat 3 Jun", 26), ("2021-12-02", 24), ("Sun, 30 April", 3), ("Wed 31", 0),
    ("the 12/03/2021 vote", 16), ("1.2.2019", 16), ("v3.14.2021", 16), ("2020/12/39", 16), ("2020/1/30", 0),
    ("1/222/2021", 0), ("14/03/21", 0), ("2021-23-02", 0), ("19999-01-02", 8), ("\u0661/03/2021", 0),
    ("\u0661 1/03/2021", 16), ("12/03/18\u0661\u0662", 0),
]


@pytest.mark.parametrize("text, expected", GATE_CUES)
def test_the_gates_cues_hand_cases(text, expected):
    assert dates._python_date_cues(text)[1] == expected
    if compiled is not None:
        assert compiled.date_cues(text)[1] == expected


@needs_compiled
def test_date_cues_match_the_twin_on_natural_text(natural_texts):  # noqa: F811
    bits = 0
    for text in natural_texts:
        assert compiled.date_cues(text) == dates._python_date_cues(text)
        bits |= compiled.date_cues(text)[1]
    assert bits == 27  # each bit found somewhere


@needs_compiled
@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="FfEeBbNnOoVvSsPpJjUuMmTtWwDdAaHhIiRr\u017f\u212a  ,.-\n\u00a0\u00e90123489\u0663\U0001d7d8",
               max_size=40))
@example("Feb 29")
@example("x-12-31 Thu 30 jun")
def test_date_cues_match_the_twin_on_drawn_text(text):
    assert compiled.date_cues(text) == dates._python_date_cues(text)


@needs_compiled
@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="0123456789/.-1920 a\u0663\U0001d7d8", max_size=24))
@example("on 12/03/2021")
@example("2021/12-31")
def test_the_numeric_date_cue_matches_the_twin_on_drawn_text(text):
    assert compiled.date_cues(text) == dates._python_date_cues(text)
    assert bool(compiled.date_cues(text)[1] & dates._NUMERIC_HINTED) is (dates.NUMERIC_DATE_CUE.search(text) is not None)
