"""The one-byte scans of block 17w that go to the next byte they look at eight bytes at a time from any offset (30d):
``glue_shapes`` (each shape judged at its capital, digit or '@'), ``has_case_change`` and ``glued_run_spans`` (to the
next capital A-Z), ``glued_sentence_cues`` and ``junctions`` (to the next byte that may
be a mark), held to their twins on drawn texts that cross eight-byte steps."""

from __future__ import annotations

import random

import pytest

from newslint.rules.extraction import glue, sentences

compiled = pytest.importorskip("newslint._speedups")

# the characters the scans stop at and the edges of their byte ranges (' ' '!' '/' ':' '?' '@' 'A' 'Z' '[' '\\' ']'
# '^' '`' 'a' 'z' '{'), and Latin-1 characters whose low seven bits are such a byte ('¡' '°' '¹' '½' 'À' 'Á' 'Ú' 'Ý'),
# which none of them is
ALPHABET = "aAbZz09%@,. \n!/:?[\\]^`{\"')-;°¹À¡½ÁÚÝé"


def same(text: str) -> None:
    assert compiled.glue_shapes(text) == glue._python_glue_shapes(text), text
    assert compiled.has_case_change(text) is glue._python_has_case_change(text), text
    assert compiled.glued_run_spans(text) == glue._python_glued_run_spans(text), text
    assert compiled.glued_sentence_cues(text) == sentences._python_glued_sentence_cues(text), text
    assert compiled.junctions(text) == sentences._python_junctions(text), text


@pytest.mark.parametrize("seed", range(4))
def test_drawn_texts_across_eight_byte_steps(seed: int) -> None:
    draw = random.Random(seed)
    for _ in range(2500):
        same("".join(draw.choice(ALPHABET) for _ in range(draw.randrange(0, 40))))


@pytest.mark.parametrize("seed", range(2))
def test_drawn_prose_with_rare_stops(seed: int) -> None:
    """Long stretches of a-z and spaces with a stop now and then: each found after a step of any length."""
    draw = random.Random(seed)
    for _ in range(1500):
        text = "".join(draw.choice("abc ") if draw.random() < 0.9 else draw.choice(ALPHABET)
                       for _ in range(draw.randrange(0, 60)))
        same(text)


@pytest.mark.parametrize("shape, bits", [
    ("aB", 1), ("ABc", 1), ("AB", 0), ("9A", 2), ("9aB", 3), ("9abC", 3), ("9abcD", 1), ("%A", 2), ("a1", 4),
    ("ABCDEFG", 8), ("ABCDEF", 0), ("@", 16), ("1abcd", 32), ("abcd1,000", 36), ("1,000abcd", 32), ("abcd1.5m", 36),
    ("abc1.5m", 4), ("À1", 0), ("°A", 0), ("ÚÚÚÚÚÚÚ", 0), ('ab"C', 64), ('b"C', 0), ('ab"c', 0), ("ab“C", 64),
])
def test_each_shape_after_prose_at_every_offset(shape: str, bits: int) -> None:
    """A shape is found where it stands after a stretch of prose of any length (and before more), not where it
    does not."""
    for shift in range(20):
        for text in (" " * shift + shape, "x" * shift + " " + shape + " the end", ("ab " * 9)[:shift] + shape):
            same(text)
        assert compiled.glue_shapes(" " * shift + shape) == bits, shape
