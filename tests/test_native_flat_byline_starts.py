"""Where a flattened page's byline may open, compiled (``_speedups.c``, block 44a: ``flat_byline_starts``) against
its twin ``rules.lines.stamps._python_flat_byline_starts`` (``str.find`` of each opening, then a colon or none, a
space and a name's first letter): edge cases and drawn strings, each in a str of one, two and four bytes a character,
and the corpus beside the repository; and that every _FLAT_BYLINE match after a space opens at one of them."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from conftest import natural_files
from test_native import compiled, needs_compiled

from newslint.rules.lines import stamps

PIECES = [" ", " ", "  ", "by", "By", "b", "B", "y", ":", "::", "Author", "A", "uthor", "Auth", "Jane", "de", "van",
          "the", "la", "x", "\n", "\t", "é", "’", "😀", "Z", "l", "e",
          "\u0179", "\u0141", "\u7979", "\u4141", "\U00010079"]  # a 'y' or an 'A' as a wider character's low byte or high

EDGE_CASES = ["", " by", " by ", " by J", " by: J", " by:: J", " By J", " By: J", " By:J", "by Jane", " bye Jane",
              " Abby Jane", " Author Jane", " Author: Jane", " Authors Jane", " Author:  Jane", " by de Vries",
              " by the way", " by van Dam", " by bin Said", " by Élan", " by\nJane", "  by  Jane", " by Jane by Jo",
              " Author", " Autho", " by", " By:", " by 9", " by l", " by e", " by a", " by v", " by d", " by c"]


def same(text: str) -> None:
    """The two agree on ``text``, on it with a tail, and after a character of one, two and four bytes."""
    for variant in (text, text + " tail", "é" + text, "’" + text, "😀" + text):
        assert compiled.flat_byline_starts(variant) == stamps._python_flat_byline_starts(variant), variant


@needs_compiled
def test_edge_cases_and_drawn_texts() -> None:
    for text in EDGE_CASES:
        same(text)
    draw, found = random.Random(44), 0
    for _ in range(6000):  # pieces solid or words apart (openings, then names)
        text = (" " if draw.random() < 0.5 else "").join(draw.choice(PIECES) for _ in range(draw.randrange(0, 60)))
        same(text)
        found += bool(compiled.flat_byline_starts(text))
    assert found > 600  # openings are drawn


@needs_compiled
def test_openings_at_every_offset_of_a_long_text() -> None:
    """The 'y's and 'A's found by memchr (45b): an opening, and a 'y' or an 'A' that opens none, at every offset of
    a text longer than memchr's steps, the two kinds of stops interleaved."""
    for filler in ("x" * 70, "ya" * 35, "AyAy xx" * 10):
        for at in range(len(filler) + 1):
            for opening in (" by Jane", " By: Jo", " Author de", " Abby Jo", " bye A", "yA"):
                same(filler[:at] + opening + filler[at:] + opening + " by Jo")


@needs_compiled
def test_natural_texts() -> None:
    for file in natural_files(("bbc", "scraped", "reuters", "ocr"), 300):
        same(file.read_text(encoding="utf-8", errors="replace"))


def test_every_flat_byline_opens_where_the_twin_says() -> None:
    words = ["by", "by:", "By:", "By", "Author", "Author:", "Jane", "Doe", "de", "van", "the", "and", "x", "May 3, 2021",
             "12 May 2021", "3/4/2022", "Posted", "\n"]
    draw, matched = random.Random(7), 0
    for _ in range(3000):
        text = " " + " ".join(draw.choice(words) for _ in range(12))
        starts = set(stamps._python_flat_byline_starts(text))
        for at in range(1, len(text)):
            if text[at - 1] == " " and stamps._FLAT_BYLINE.match(text, at):
                assert at in starts, text
                matched += 1
    assert matched > 100


@needs_compiled
def test_wrong_argument_raises_a_type_error() -> None:
    with pytest.raises(TypeError):
        compiled.flat_byline_starts(b" by Jane")


def test_no_native_selects_the_python_twin() -> None:
    code = "from newslint.rules.lines import stamps; assert stamps._flat_byline_starts is stamps._python_flat_byline_starts"
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})
