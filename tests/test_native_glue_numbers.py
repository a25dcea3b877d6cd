"""The compiled ``number_cue_starts`` (``_speedups.c``, block 34e: where NL102's number cue ``glue._NUMBER_CUE``
matches, a digit after or before four a-z) against its twin, the regex's ``finditer``: edge cases, drawn strings
across eight-byte steps, the seeds and the corpus beside the repository."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from conftest import natural_files
from test_native import compiled, needs_compiled

from newslint.rules.extraction import glue

# a-z and its edges ('`', '{'), other letters, ASCII digits and the edges of their byte range ('/', ':'), decimal
# digits beyond ASCII ('٣', '߀' and a mathematical digit past U+FFFF), digits that are not decimal ('²', '½', 'Ⅻ'), and
# Latin-1 characters whose low seven bits are an ASCII digit ('°', '¹', '¸', '¹'), which none of them is
ALPHABET = "abcz`{A09/:,. \n٣߀\U0001d7d9²½Ⅻ°¹¸é😀"

EDGE_CASES = ["", "1", "abcd1", "abc1", "1abcd", "1abc", "abcd", "peak3,000km", "4,200builders", "45minutes",
              "covid19", "abcd٣", "٣abcd", "abcd\U0001d7d9", "Abcd1", "abcD1", "1abcD", "abcd²", "²abcd", "abcd12abcd",
              "a1b2c3d4abcd5", "aaaa1111aaaa", "ÿabcd1", "abcd1" * 20, " " * 13 + "abcd7" + " " * 13]


def same(text: str) -> None:
    assert compiled.number_cue_starts(text) == glue._python_number_cue_starts(text), text


@needs_compiled
@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases(text: str) -> None:
    same(text)
    same("é" + text)  # the same in a str of one byte a character after a Latin-1 letter
    same("’" + text)  # two bytes a character
    same("😀" + text)  # four


@needs_compiled
@pytest.mark.parametrize("seed", range(4))
def test_drawn_texts_across_eight_byte_steps(seed: int) -> None:
    draw = random.Random(seed)
    for _ in range(2500):
        same("".join(draw.choice(ALPHABET) for _ in range(draw.randrange(0, 40))))
    for _ in range(1000):  # long stretches of a-z and spaces, a digit or another character now and then
        same("".join(draw.choice("abcd ") if draw.random() < 0.9 else draw.choice(ALPHABET)
                     for _ in range(draw.randrange(0, 80))))


@needs_compiled
def test_natural_texts() -> None:
    for file in natural_files(("bbc", "scraped", "reuters", "ocr"), 300):
        same(file.read_text(encoding="utf-8", errors="replace"))


@needs_compiled
def test_wrong_argument_raises_a_type_error() -> None:
    with pytest.raises(TypeError):
        compiled.number_cue_starts(b"abcd1")


def test_no_native_selects_the_python_twin() -> None:
    code = "from newslint.rules.extraction import glue; assert glue._number_cue_starts is glue._python_number_cue_starts"
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})
