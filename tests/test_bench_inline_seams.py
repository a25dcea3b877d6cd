"""bench/inline_seams.py: the word pairs that only a white-space-only text between inline elements keeps apart, and
where an output writes them solid (made-up pages)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("lxml.html")
BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import inline_seams  # noqa: E402


def test_white_space_between_two_inline_elements_keeps_their_words_apart():
    page = "<html><body><p>a study by <i>The</i> <i>Courier</i> found</p></body></html>"
    assert inline_seams.seam_pairs(page) == [("The", "Courier")]


def test_an_inline_element_holding_only_white_space_keeps_the_words_around_it_apart():
    page = "<html><body><p>the lamps<em> </em>were lit, <b>4,300</b><i> </i>lamps</p></body></html>"
    assert inline_seams.seam_pairs(page) == [("lamps", "were"), ("300", "lamps")]


def test_white_space_beside_text_or_a_block_element_is_no_seam():
    page = ("<html><body><p><i>The</i> Courier, <a>read</a> <div>more</div>"
            "<i>one</i>, <i>two</i></p></body></html>")
    assert inline_seams.seam_pairs(page) == []


def test_a_pair_is_a_seam_only_where_the_output_writes_it_solid_at_a_word_start():
    text = "by TheCourier found; The Courier; AnotherTheCourier; TheCourier"
    assert inline_seams.seams_in(text, [("The", "Courier"), ("lamps", "were")]) == [(3, 6, 13), (53, 56, 63)]
