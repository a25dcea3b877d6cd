"""NL344's row of nine labels found by the compiled scan (``_speedups.c``, block 22f, ``labels_in_a_row``) against its
twin, the RE2 search of ``one_line._CHAIN`` (``Cues.found``), and Python's own search of the same pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled

from newslint.rules.boilerplate import one_line

PYTHON_CHAIN = re.compile(one_line._CHAIN.pattern)


def same(text: str, python_too: bool = True) -> bool:
    found = compiled.labels_in_a_row(text)
    assert found is one_line._CHAIN.found(text), text
    assert not python_too or found is (PYTHON_CHAIN.search(text) is not None), text
    return found


def row(labels: list[str], between: str = " ") -> str:
    return between.join(labels)


NINE = ["Home", "News", "Local", "Sport", "Football", "Cricket", "Business", "Weather", "Opinion"]


@needs_compiled
def test_the_compiled_scan_is_in_use() -> None:
    assert one_line._holds_chain is compiled.labels_in_a_row


@needs_compiled
@pytest.mark.parametrize("text", [
    "", "A", "A " * 8, "A " * 9, "A " * 8 + "A", "A\t" * 8 + "B", "A\xa0" * 8 + "B", "A\n" * 8 + "B", " A" * 9,
    row(NINE), row(NINE[:8]), row(NINE[:8]) + " x", row(NINE) + ".", "The end. " + row(NINE) + " The story",
    row(NINE, " | "), row(NINE, " & "), row(NINE, " / "), row(NINE, " • "), row(NINE, " · "), row(NINE, " » "),
    row(NINE, " › "), row(NINE, " - "), row(NINE, " |"), row(NINE, "| "), row(NINE, " |\n "), row(NINE, " | | "),
    "| " + row(NINE), row(NINE[:4]) + " | " + row(NINE[4:]), row(NINE[:4]) + " \n " + row(NINE[4:]),
    row(NINE[:4]) + ", " + row(NINE[4:]), row(["News,"] + NINE[1:]), row(NINE[:8] + ["Opinion,"]),
    row(NINE[:3] + ["Local:"] + NINE[4:]), row(["A."] + NINE[1:]), row(["a"] + NINE), row(["iPhone"] + NINE[1:]),
    row(["iPhone,"] + NINE[1:]), row(["x.Home"] + NINE[1:]), row(["eBay"] + NINE[1:]), row(["#1", "@x"] + NINE[2:]),
    row(["#", "@"] + NINE[2:]), row(["2024"] + NINE[1:]), row(["Éire"] + NINE[1:]), row(NINE[:8] + ["éire"]),
    row(["Home", "&amp;"] + NINE[1:]), row(["Home", "&"] + NINE[1:]), row(NINE[:5] + ["&&"] + NINE[5:]),
    row(NINE).replace(" ", "  "), row(NINE).replace(" ", " \t\xa0"), row(NINE).replace(" ", "\u2009"),
    row(NINE).replace(" ", "\r"), "x" + row(NINE), row(NINE[:8]) + " \ud800", "\ud800" + row(NINE),
    row(["Home\ud800"] + NINE[1:]), row(["😀Home"] + NINE[1:]), row(NINE[:8] + ["😀"]),
])
def test_edge_cases(text: str) -> None:
    same(text)


@needs_compiled
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["A", "Bc", "De,", "f", "gH", "1", "#", "@", "&", "|", "/", "•", "»", "-", ".",
                                 "X.", "Y:", "É", "😀", "\ud800"]), max_size=24),
       st.lists(st.sampled_from([" ", "  ", "\t", "\xa0", "\n", " \n", ""]), min_size=24, max_size=24))
def test_drawn_rows(tokens: list[str], spaces: list[str]) -> None:
    same("".join(token + space for token, space in zip(tokens, spaces)))


@needs_compiled
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="AZaz09#@,;:.!? \t\xa0\n&|/•·»›-é😀", max_size=80) | st.text(max_size=30))
def test_drawn_strings_and_their_words_as_labels(text: str) -> None:
    same(text)
    same(" ".join(word.capitalize() for word in text.split(" ")))  # (rows of labels, and their breaks, more often)


@needs_compiled
@pytest.mark.parametrize("text", ["A" * 100_000, " " * 100_000, "A " * 50_000, "A, " * 50_000, "| " * 50_000,
                                  "\n" * 100_000, "a" * 100_000, "A " * 7 + "a " * 50_000,
                                  ("A " * 8 + "b ") * 10_000, "Aa" * 500_000, ("A " * 8 + "\n") * 100_000])
def test_hostile_shapes(text: str) -> None:
    same(text, python_too=False)  # (Python's re backtracks over a long token at each of its capitals)


@needs_compiled
def test_natural_paragraphs() -> None:
    texts = natural_paragraphs(("scraped",), 300, shortest=1000)
    assert len(texts) > 100
    for text in texts:
        same(text, python_too=False)
