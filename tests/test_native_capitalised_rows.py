"""The compiled ``capitalised_rows`` (``_speedups.c``, block 35f: where NL110's row of eight capitalised words
``flattened._CAPITALISED_ROW`` matches) against its twin, the regex's ``finditer``: edge cases, drawn strings of one,
two and four bytes a character, the seeds and the corpus beside the repository."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from conftest import natural_files
from test_native import compiled, needs_compiled

from newslint.rules.extraction import flattened

# words that open with a capital, a lower-case letter, a character beyond ASCII (one, two and four bytes) or a mark,
# and what ends a word: a space, two, a line feed, a tab (which does not)
PIECES = [" ", " ", " ", "  ", "\n", "\t", "Ann", "Ash", "A", "Z", "@", "[", "a", "cole", "É", "Ōta", "😀", ",", "Leeds,",
          "1", "\r", "\x7f", "\x80"]

ROW = " Jane Ash Tom Birch Ann Cole Ian Dale"
EDGE_CASES = ["", " ", ROW, ROW[1:], ROW + " and more", ROW + "\nMore", ROW.replace("Ian", "ian"), ROW * 3,
              ROW.replace(" Dale", "\nDale"), ROW.replace(" Ash", "  Ash"), ROW.replace("Ash", "Élan"),
              ROW.replace("Ash", "😀"), ROW + " Eve", " Ann" * 7, " Ann" * 7 + " ", " Ann" * 15, " Ann" * 16,
              ROW.replace("Tom", "Tom\tTim"), "x" + ROW, ROW.replace(" Cole", " Cole,")]


def same(text: str) -> None:
    assert compiled.capitalised_rows(text) == flattened._python_capitalised_rows(text), text


@needs_compiled
@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases(text: str) -> None:
    same(text)
    same("é" + text)  # one byte a character, a Latin-1 letter
    same("’" + text)  # two
    same("😀" + text)  # four


@needs_compiled
@pytest.mark.parametrize("seed", range(4))
def test_drawn_texts(seed: int) -> None:
    draw = random.Random(seed)
    found = 0
    for _ in range(3000):
        text = "".join(draw.choice(PIECES) for _ in range(draw.randrange(0, 60)))
        same(text)
        found += bool(compiled.capitalised_rows(text))
    for _ in range(1000):  # mostly capitalised words with one space between: rows, broken now and then
        text = "".join(" " + (draw.choice(["Ann", "Ōta", "Z"]) if draw.random() < 0.9 else draw.choice(PIECES))
                       for _ in range(draw.randrange(0, 30)))
        same(text)
        found += bool(compiled.capitalised_rows(text))
    assert found > 400  # rows are drawn


@needs_compiled
def test_natural_texts() -> None:
    for file in natural_files(("bbc", "scraped", "reuters", "ocr"), 300):
        text = file.read_text(encoding="utf-8", errors="replace")
        same(text)
        for line in text.splitlines():
            same(line)


@needs_compiled
def test_wrong_argument_raises_a_type_error() -> None:
    with pytest.raises(TypeError):
        compiled.capitalised_rows(b" Ann Ann Ann Ann Ann Ann Ann Ann")


def test_no_native_selects_the_python_twin() -> None:
    code = ("from newslint.rules.extraction import flattened; "
            "assert flattened._capitalised_rows is flattened._python_capitalised_rows")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})
