"""glue_shapes (block 17w, 30d) judges each shape at its capital, digit or '@' and passes over a one-byte text eight
bytes at a time to the next byte from '0' to 'Z': held to its twin, the RE2 set of ``glue._GLUE_SHAPES``."""

from __future__ import annotations

import random

import pytest

from newslint.rules.extraction import glue

compiled = pytest.importorskip("newslint._speedups")

# the shapes' characters, the edges of the byte range the scan stops at ('/' ':' '?' '[' '`' '{'), and Latin-1
# characters whose low seven bits are a digit, '@' or a capital ('°' '¹' 'À' 'Ú'), which are none
ALPHABET = "aAbZz09%@,. \n/:?[`{°¹ÀÚé"


@pytest.mark.parametrize("seed", range(4))
def test_drawn_texts_across_eight_byte_steps(seed: int) -> None:
    draw = random.Random(seed)
    for _ in range(4000):
        text = "".join(draw.choice(ALPHABET) for _ in range(draw.randrange(0, 40)))
        assert compiled.glue_shapes(text) == glue._python_glue_shapes(text), text


@pytest.mark.parametrize("shape, bits", [
    ("aB", 1), ("ABc", 1), ("AB", 0), ("9A", 2), ("9aB", 3), ("9abC", 3), ("9abcD", 1), ("%A", 2), ("a1", 4),
    ("ABCDEFG", 8), ("ABCDEF", 0), ("@", 16), ("1abcd", 32), ("abcd1,000", 36), ("1,000abcd", 32), ("abcd1.5m", 36),
    ("abc1.5m", 4), ("À1", 0), ("°A", 0), ("ÚÚÚÚÚÚÚ", 0),
])
def test_each_shape_after_prose_at_every_offset(shape: str, bits: int) -> None:
    """A shape is found where it stands after a stretch of prose of any length (and before more), not where it
    does not."""
    for shift in range(20):
        for text in (" " * shift + shape, "x" * shift + " " + shape + " the end", ("ab " * 9)[:shift] + shape):
            assert compiled.glue_shapes(text) == glue._python_glue_shapes(text), text
        assert compiled.glue_shapes(" " * shift + shape) == bits, shape
