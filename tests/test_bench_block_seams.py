"""bench/block_seams.py: the block and inline seams of a page's HTML, and where an output writes a block seam solid or
breaks a sentence at an inline seam (made-up pages and outputs)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("lxml.html")
BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import block_seams  # noqa: E402
from block_seams import Seam  # noqa: E402
from newslint.model import Article  # noqa: E402

PAGE = ("<html><head><title>Ignored title</title></head><body><h2>Rising waters</h2>"
        "<p>The river rose by <a href='/x'>two metres</a> overnight, said the warden of the lock.</p>"
        "<p>Boats were moved.</p><ul><li>Home</li><li>Weather 4</li></ul>"
        "<div><time>09:12</time><mark>Ann Lee</mark></div><script>var x = 'no text';</script></body></html>")


def test_a_block_seam_is_classed_by_the_characters_around_it_and_a_heading_before_it():
    blocks = [seam for seam in block_seams.page_seams(PAGE) if seam.mechanism == "block"]
    assert blocks[:4] == [
        Seam("block", "other", ("Rising", "waters"), ("The", "river", "rose")),
        Seam("block", "glued-sentence", ("of", "the", "lock."), ("Boats", "were", "moved.")),
        Seam("block", "glued-sentence", ("Boats", "were", "moved."), ("Home",)),
        Seam("block", "glued-words", ("Home",), ("Weather", "4")),
    ]
    assert not any("var" in seam.right or "Ignored" in seam.left for seam in blocks)


def test_a_drop_cap_is_no_block_seam_but_a_single_capital_before_a_capital_is():
    page = ("<html><body><div class='initial'>W</div><p>ild geese flew over the marsh at dawn.</p>"
            "<p>Plan</p><p>B</p><p>Route of the ferry</p></body></html>")
    blocks = [seam for seam in block_seams.page_seams(page) if seam.mechanism == "block"]
    assert not any(seam.left == ("W",) for seam in blocks)
    assert Seam("block", "glued-words", ("B",), ("Route", "of", "the")) in blocks


def test_an_inline_seam_is_an_inline_elements_edge_inside_a_sentence_of_prose():
    inline = [seam for seam in block_seams.page_seams(PAGE) if seam.mechanism == "inline"]
    assert inline == [Seam("inline", "stray-break", ("river", "rose", "by"), ("two", "metres", "overnight,")),
                      Seam("inline", "stray-break", ("by", "two", "metres"), ("overnight,", "said", "the"))]


def test_no_inline_seam_after_a_stop_between_inline_elements_alone_or_in_a_short_block():
    page = ("<html><body><p>It rained all day on the hills and the valleys of the north. <b>Then</b> it stopped "
            "for good, they said.</p><p>A short line by <a>Ann Lee</a> today.</p>"
            "<p><span>09:12</span><span>Ann Lee</span> wrote about the rain and the wind on the hills.</p>"
            "</body></html>")
    inline = [seam for seam in block_seams.page_seams(page) if seam.mechanism == "inline"]
    assert inline == [Seam("inline", "stray-break", ("the", "north.", "Then"), ("it", "stopped", "for")),
                      Seam("inline", "stray-break", ("09:12Ann", "Lee"), ("wrote", "about", "the"))]


def test_a_block_seam_is_located_where_the_output_writes_it_solid_only():
    seam = Seam("block", "glued-sentence", ("of", "the", "lock."), ("Boats", "were", "moved."))
    assert block_seams.located("warden of the\nlock.Boats were moved.", [seam]) == [(seam, 14, 19, 24)]
    assert block_seams.located("warden of the lock.\nBoats were moved.", [seam]) == []
    assert block_seams.located("warden of the lock.Boatswain", [seam]) == []


def test_an_inline_seam_is_located_where_a_line_break_cuts_it():
    seam = Seam("inline", "stray-break", ("river", "rose", "by"), ("two", "metres", "overnight,"))
    text = "The river rose by\ntwo metres\novernight, said the warden."
    assert block_seams.located(text, [seam]) == [(seam, 15, 17, 21)]
    assert block_seams.located("The river rose by two metres overnight,", [seam]) == []


def test_a_break_the_parse_joins_into_one_paragraph_is_told_apart():
    story = ("The river rose by\ntwo metres overnight, said the warden of the lock.\n\nBoats were moved to the\n"
             "upper basin before dawn, and the gates were shut.\n\nNobody was hurt, the warden said on the\n"
             "morning of the flood, and the water fell by noon.\n")
    wrapped, apart = "Headline\n\n" + story, "Headline\n\n" + story.replace("by\n", "by\n\n")
    cut = wrapped.index("by\n") + 2
    assert block_seams.joined_by_parse(Article.parse(wrapped), cut, cut + 4)
    assert not block_seams.joined_by_parse(Article.parse(apart), cut, cut + 5)


def test_blocks_whose_words_written_solid_make_a_number_or_open_on_a_mark_are_no_seam():
    page = ("<html><body><table><tr><td>11</td><td>12</td></tr></table><p>Updated at <b>10</b></p>"
            "<p>:49 today</p><p>See the list</p><p>“Rain” fell</p></body></html>")
    assert [(seam.left[-1], seam.right[0]) for seam in block_seams.page_seams(page) if seam.mechanism == "block"] \
        == [("12", "Updated"), ("today", "See"), ("list", "“Rain”")]


def test_a_label_before_its_value_is_no_broken_sentence_but_a_colon_inside_one_is():
    page = ("<html><body><p><b>Updated:</b> May 4, when the rain stopped and the river fell, the warden said.</p>"
            "<p>It was the first flood of the <i>century:</i> nobody had seen one like it in the valley.</p>"
            "</body></html>")
    inline = [(seam.left[-1], seam.right[0]) for seam in block_seams.page_seams(page) if seam.mechanism == "inline"]
    assert inline == [("the", "century:"), ("century:", "nobody")]
