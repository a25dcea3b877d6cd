"""NL317's captions that repeat a sentence of the story (a flattened page's caption copies its story's sentence, and
one of the two lost its stop), and the compiled search for them (``_speedups.c``, block 38d) against its twin
``run_in._python_echoed_seams``: on edge cases, drawn strings of every kind of str, and the corpus's pages. Made-up
text only.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_files
from rule_texts import SPACED
from test_native import compiled, needs_compiled

from newslint.rules.boilerplate import run_in

STORY = "Their savings ran out and the family had to move to a small house in Fenwick Bay. "
CAPTION = "The couple moved to a small house in Fenwick Bay When the winter came they stayed indoors all week. "
OTHER_SEAM = "The ferry left the harbour on Tuesday The captain said the sea was calm all morning. "


def page(*parts: str) -> str:
    return "Title\n\n" + SPACED * 3 + (SPACED * 2).join(parts) + SPACED * 3 + "\n"


def test_a_caption_that_repeats_the_story_runs_in(lint):
    text = page(STORY, CAPTION, OTHER_SEAM)
    found = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    assert "Bay When" in found
    assert "Tuesday The" in found


def test_the_repeated_words_are_no_seam_where_both_keep_their_stop(lint):
    text = page(STORY, STORY.replace("Their savings ran out", "Money was short"), OTHER_SEAM)
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == ["Tuesday The"]


def test_a_page_with_no_other_seam_is_not_searched_for_echoes(lint):
    assert lint(page(STORY, CAPTION), select=["NL317"]) == []


def test_a_name_after_a_short_phrase_that_recurs_is_no_seam(lint):
    # 'in the UK' ends a sentence and stands before a name elsewhere: too few characters to be a copied caption
    text = page("Prices rose faster than wages in the UK. ", "Inflation in the UK Treasury figures was high. ",
                OTHER_SEAM)
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == ["Tuesday The"]



def test_a_caption_that_keeps_only_the_last_three_words_of_the_sentence_runs_in(lint):
    # the caption's own words up to 'coast in 1987' (13 characters): its fourth word back is not the story's
    story = "The old cargo ship sank off the rocky coast in 1987. "
    caption = "A diver swims over the wreck that went down off the coast in 1987 Divers still visit it each summer. "
    text = page(story, caption, OTHER_SEAM)
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == ["1987 Divers", "Tuesday The"]

def same(text: str, shapes: tuple[tuple[int, int], ...] = run_in._ECHO_SHAPES) -> None:
    assert compiled.echoed_seams(text, shapes) == run_in._python_echoed_seams(text, shapes), text


@needs_compiled
def test_the_compiled_search_is_in_use() -> None:
    assert run_in._echoed_seams is compiled.echoed_seams


@needs_compiled
@pytest.mark.parametrize("text", [
    "", " ", ".", "a. a A", "go to a small house. Then we go to a small house Then",
    "go to a small house.' Then we go to a small house 'Then", "go to a small house.\u2019\u201d Then x go to a small house \u201cThen",
    "x go to a small house.\nThen x go to a small house \u2018Then", "x go to a small house!\u00a0y go to a small house X",
    "x go to a small house?) y go to a small house Xy go to a small house Z", "house go to a small house. A",
    "é go to a small house. 😀 go to a small house Ö", "x go to a small house 99. x go to a small house 99 A",
    "x go to a small hous%. x go to a small hous% A", "x go to a small house. x go to a small house '",
    "x go to a small house. x go to a small house",
])
def test_edge_cases(text: str) -> None:
    same(text)
    same("é" + text)
    for pad in range(1, 9):  # a one-byte str's eight-byte steps (block 38d's scan) at every offset
        same("a" * pad + " " + text)
    same(text, ((2, 4),))
    same(text, ((1, 3), (2, 4), (2, 9), (4, 4)))


PIECES = st.sampled_from([" ", ".", "!", "?", "'", "\u2019", "\"", "\u201c", ")", "\n", "\u00a0", "a", "ab", "B",
                          "Cd", "7", "%", "é", "😀", " to a ", "small house", " Bay. ", " Bay ", "X"])


@needs_compiled
@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join),
       st.lists(st.tuples(st.integers(1, 5), st.integers(1, 20)), min_size=1, max_size=4).map(tuple))
def test_drawn_strings(text: str, shapes: tuple[tuple[int, int], ...]) -> None:
    same(text, shapes)


@needs_compiled
@pytest.mark.parametrize("shapes", [(), ((1, 2),) * 5, ((0, 4),), ((2, 0),), ((2,),), [(2, 4)], ((2, "4"),)])
def test_shapes_it_refuses(shapes) -> None:
    with pytest.raises((TypeError, ValueError)):
        compiled.echoed_seams("go to a small house. Then we go to a small house Then", shapes)


@needs_compiled
def test_the_corpus_pages() -> None:
    for path in natural_files(("scraped", "bbc"), 250):
        same(path.read_text(encoding="utf-8"))
