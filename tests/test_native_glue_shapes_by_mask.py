"""The compiled ``glue_shapes`` (block 17w) judging every byte from '0' to 'Z' of an eight-byte word from its mask, a
capital after a space passed over but for its row of capitals (35f), against its twin (the RE2 set of
``glue._GLUE_SHAPES``): drawn strings of capitals, spaces and the shapes' other characters at every offset of an
eight-byte step."""

from __future__ import annotations

import random

import pytest
from test_native import compiled, needs_compiled

from newslint.rules.extraction import glue

PIECES = [" ", " ", "A", "Z", "B", "a", "z", "1", "0", "%", '"', "“", "@", ",", ".", ":", "?", "AAAAAA", "é", "\n"]


def same(text: str) -> None:
    assert compiled.glue_shapes(text) == glue._python_glue_shapes(text), text


@needs_compiled
@pytest.mark.parametrize("text", ["ABCDEF GHIJKLM", " ABCDEFG", "ABC DEFGHIJ", "AB CDEFGH", "ab C", "1 Ab", '"ab" C',
                                  "ab “Cd", "x ABCDEFG h", "A" * 6 + " " + "B" * 6, "eBay A1"])
def test_capitals_after_a_space(text: str) -> None:
    for shift in range(8):
        same(" " * shift + text)
        same("x" * shift + text)


@needs_compiled
@pytest.mark.parametrize("seed", range(3))
def test_drawn_texts_at_every_offset(seed: int) -> None:
    draw = random.Random(seed)
    for _ in range(2000):
        text = "".join(draw.choice(PIECES) for _ in range(draw.randrange(0, 24)))
        for shift in range(8):
            same("b" * shift + text)
