"""The compiled helpers of block 17d of ``newslint/_speedups.c`` against their pure-Python twins: the same answers on
hand cases, the seeds, the natural corpus beside the repository and drawn text."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint.model import Article
from newslint.rules import quotes
from tests.test_native import CORPUS, ROOT, compiled, needs_compiled

# quotes, what comes before and after them (openers, closers, stops, digits, spaces beyond ASCII), letters
QUOTE_ALPHABET = '""""  ,.?!:;…’\'”)]([{—–-/\t\n\u00a0\u2003a Ab9٣é😀'


@pytest.fixture(scope="module")
def natural_paragraphs() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in ("bbc", "scraped", "reuters", "ocr"):
        files += sorted((CORPUS / folder).rglob("*.txt"))[:300]
    return [p.text for file in files for p in Article.parse(file.read_text(encoding="utf-8", errors="replace")).paragraphs]


def test_the_compiled_helpers_are_picked_unless_no_native() -> None:
    if compiled is not None:
        assert quotes._straight_quote_scan is compiled.straight_quote_scan
    code = "from newslint.rules import quotes as q; assert q._straight_quote_scan is q._python_straight_quote_scan"
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})


STRAIGHT = [
    ('He said "yes" and left.', -1), ('"We will win," he said.', -1), ('He said: "We will win.', 9),
    ('"Open', 0), ('a 5" screen', -2), ('"No conflicts, "he said', -2), ('conflicts, "he said', 11), ('"One. "Two', 6), ('"One "two', 0),
    ('', -1), ('no quotes', -1), ('"', 0), ('x"', -1), ('"a" "b', 4), ('"end." "Next', 7), ('"end.” "Next', 7),
    ('he "said', 3), ('"a," "b"', -1), ('"a. \u00a0"b', -1), ('"a ٣" b', -2),
]


@pytest.mark.parametrize("text, expected", STRAIGHT)
def test_straight_quote_scan_hand_cases(text, expected):
    assert quotes._python_straight_quote_scan(text) == expected
    if compiled is not None:
        assert compiled.straight_quote_scan(text) == expected


def test_the_straight_scan_agrees_with_the_general_scan():
    """Where the straight-quote scan decides, the general scan finds the same (no misspaced or unopened mark)."""
    for text, expected in STRAIGHT:
        if expected != -2:
            found = quotes.scan(text)
            assert (found.open_at, found.misspaced, found.unopened) == (None if expected == -1 else expected, [], [])


@needs_compiled
def test_straight_quote_scan_matches_its_twin_on_natural_text(natural_paragraphs):
    with_quotes = [text for text in natural_paragraphs if '"' in text]
    assert len(with_quotes) > 100
    for text in with_quotes:
        assert compiled.straight_quote_scan(text) == quotes._python_straight_quote_scan(text)


@needs_compiled
@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=QUOTE_ALPHABET, max_size=24))
@example('"a, "b')
@example('x "')
def test_straight_quote_scan_matches_its_twin_on_drawn_text(text):
    assert compiled.straight_quote_scan(text) == quotes._python_straight_quote_scan(text)


def test_straight_quote_scan_refuses_what_is_not_a_str():
    if compiled is not None:
        with pytest.raises(TypeError):
            compiled.straight_quote_scan(b'"a"')
