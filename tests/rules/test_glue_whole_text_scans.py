"""NL102's and NL106's whole-text scans found a cheaper way (35f): each the same answers as the search it replaces, on
drawn text and the corpus's."""

from __future__ import annotations

import random
import re

import pytest

from newslint.rules.extraction import glue, run_in_headings
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


# a full stop's double-space join before a capital A-Z
STOP_JOIN_PIECES = [".", ".  ", ". ", "  ", " ", "A", "Z", "a", "É", "[", "@", "\n", "x.", "?  "]
STOP_JOIN = re.compile(r"\.  (?=[A-Z])")  # the search _has_stop_join stands for


@pytest.mark.parametrize("text", ["disagree.  Heard it", "end.  ", "end.  a", "end. . Z", "a.  É", "x.  @", ".  Z", "",
                                  ".   Z", "x..  Q"])
def test_stop_join_is_the_search_of_a_stop_two_spaces_and_a_capital(text):
    assert run_in_headings._has_stop_join(text) == (STOP_JOIN.search(text) is not None)


def test_stop_join_on_drawn_and_corpus_text(corpus_texts):
    texts = drawn_texts(STOP_JOIN_PIECES, 6000, 3502) + corpus_texts
    held = 0
    for text in texts:
        assert run_in_headings._has_stop_join(text) == (STOP_JOIN.search(text) is not None), text
        held += run_in_headings._has_stop_join(text)
    assert held > 500


def test_nl106_still_finds_a_phrase_between_double_space_joins(lint):
    text = ("They said it would work.  Heard it through the grape vine  It was a rumour that spread fast.  "
            "Nobody knew who started it.  The council said nothing.  Then the mayor spoke.")
    assert any(d.code == "NL106" for d in lint(text, select=["NL106"]))
