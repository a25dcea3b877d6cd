"""NL102's and NL106's whole-text scans found a cheaper way (35f): each the same answers as the search it replaces, on
drawn text and the corpus's."""

from __future__ import annotations

import random
import re

import pytest

from newslint.rules.extraction import glue
from conftest import natural_files


def drawn_texts(pieces: list[str], count: int, seed: int, longest: int = 30) -> list[str]:
    """Texts of ``pieces`` drawn at random (the same texts every run)."""
    draw = random.Random(seed)
    return ["".join(draw.choice(pieces) for _ in range(draw.randrange(0, longest))) for _ in range(count)]


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    files = natural_files(("bbc", "scraped", "reuters", "ocr"), 150)
    return [file.read_text(encoding="utf-8", errors="replace") for file in files]


# a glued day's cue: a digit (any Unicode decimal digit) and a space before a month's name
DAY_PIECES = ["1", "29", "٣", "𝟙", "²", " ", "  ", "\n", "a", "season", "May", "Mayday", "June", "Ju", "March", "4 ", "٣ ",
              "December", "Decem", "ber", "April", "é", "_", "."]


@pytest.mark.parametrize("text", ["season29 April", "on 3 May17:30", "1 May", " 1 May", "٣ June", "² June", "5  May",
                                  "x 5 Mayday", "MayJune 4 March", "", "May", "4 ", "12 December 2 January"])
def test_day_starts_are_where_the_day_cue_matches(text):
    assert glue._day_starts(text) == [match.start() for match in glue._DAY_START.finditer(text)]


def test_day_starts_on_drawn_and_corpus_text(corpus_texts):
    texts = drawn_texts(DAY_PIECES, 6000, 3501) + corpus_texts
    held = 0
    for text in texts:
        starts = glue._day_starts(text)
        assert starts == [match.start() for match in glue._DAY_START.finditer(text)], text
        held += bool(starts)
    assert held > 1000  # both answers are drawn


# glued numbers and amounts, matched only where a look-behind lets a match start in the runs round their cues
NUMBER_PIECES = ["peak", "builders", "Peak", "3,000", ",000", "4,200", "2.4m", "km", "12", "5", "٣", "years", " ", ".",
                 ",", "_", "@", "#", "/", "-", "\n", "a" * 30, "9" * 40, "million", "x", "4.", "é"]
AMOUNT_PIECES = ["Tonnes", "Fans", "The", "Th", "at", "$", "£", "€", "%", "m", "bn", "k", "pm", "am", "2", "12", ",000",
                 ".5", "٣", "9" * 40, "4,", " ", ".", ",", "_", "\n", "-", "é", "a"]


@pytest.mark.parametrize("pattern, in_runs, pieces, seed, least", [
    (glue._GLUED_NUMBER, glue._glued_numbers, NUMBER_PIECES, 3503, 300),
    (glue._GLUED_AMOUNT, glue._glued_amounts, AMOUNT_PIECES, 3504, 200),
], ids=["numbers", "amounts"])
def test_glued_numbers_and_amounts_matched_in_their_runs_are_the_whole_search_on_drawn_and_corpus_text(
        corpus_texts, pattern, in_runs, pieces, seed, least):
    found = 0
    for text in drawn_texts(pieces, 6000, seed, 40) + corpus_texts:
        whole = [(match.span(), match.groupdict()) for match in pattern.finditer(text)]
        assert [(match.span(), match.groupdict()) for match in in_runs(text)] == whole, text
        found += len(whole)
    assert found > least


def test_a_long_run_of_cues_finds_what_the_whole_search_finds():
    """Many cues in one long run (walked once, matched only where a match may start) and many short runs."""
    text = "The figures show " + "abcd1" * 2000 + " in all, then" + " 15Tonnes" * 2000 + "."
    assert [m.span() for m in glue._glued_numbers(text)] == [m.span() for m in glue._GLUED_NUMBER.finditer(text)]
    assert [m.span() for m in glue._glued_amounts(text)] == [m.span() for m in glue._GLUED_AMOUNT.finditer(text)] != []


# a quoted subheading run into the text, matched only at its opening quotes
HEADING_PIECES = ["'", "‘", '"', "“", "’", "”", "Nightmare", "scenario", "The", "U.S.", "said.", " ", "\n", "a", "Cos",
                  "I'm", ",", ":", "x" * 70, "'Nightmare scenario' ", "“Big Day Out” ", "‘Home"]


def test_glued_headings_matched_at_their_quotes_are_the_search_on_drawn_and_corpus_text(corpus_texts):
    found = 0
    for text in drawn_texts(HEADING_PIECES, 6000, 3508, 30) + corpus_texts:
        whole = [(match.span(), match.groups()) for match in glue._GLUED_HEADING.finditer(text)]
        assert [(match.span(), match.groups()) for match in glue._glued_headings(text)] == whole, text
        found += len(whole)
    assert found > 300


# a day or month in capitals: the words, their parts and what may stand beside them
CAPS_DATE_PIECES = ["MONDAY", "MON", "TUES", "WEDNES", "THURS", "FRI", "SATUR", "SUN", "DAY", "DAYS", "JANUARY", "JUNE",
                    "JULY", "MARCH", "MARCHING", "AUGUST", "SEPTEMBER", "MBER", "OCTOBER", "DECEMBER", "TOUR", " ", "é",
                    "1", "_", "-", "\n"]


def test_a_caps_date_written_out_is_the_search_with_the_days_parts_grouped(corpus_texts):
    """NL102's _CAPS_DATE, each word written out (a flat alternation, which Python's re skips to by its first letters),
    matches where the pattern with a group of the days' first parts before DAY does."""
    grouped = re.compile(r"(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY"
                         r"|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![^\W\d_])")
    assert [m.span() for m in glue._CAPS_DATE.finditer("SPRING TOURTHURSDAY MAY 7 LEEDSFRIDAY SUNDAYS JUNE")] \
        == [(11, 19), (31, 37), (46, 50)]
    for text in drawn_texts(CAPS_DATE_PIECES, 6000, 4702) + corpus_texts:
        assert [m.span() for m in glue._CAPS_DATE.finditer(text)] == [m.span() for m in grouped.finditer(text)], text
