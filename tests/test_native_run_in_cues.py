"""NL317's cues of an article found by the compiled scan (``_speedups.c``, block 28c, ``run_in_cues``) against its
twin, the RE2 set of ``run_in._LONG_PARAGRAPH_CUES`` (``CueSet.held``)."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled, same_cues

from newslint.rules.boilerplate import run_in


def same(text: str) -> set[int] | None:
    """The scan's answer, held to the RE2 set's (None where the scan leaves the text to RE2)."""
    return same_cues(compiled.run_in_cues(text, run_in._CUE_PHRASES, run_in._MONTH_NAMES), run_in._HELD,
                     run_in._cues_held(text), run_in._LONG_PARAGRAPH_CUES.held(text), text)


@needs_compiled
def test_the_compiled_scan_is_in_use() -> None:
    assert run_in._compiled_cues is compiled.run_in_cues


@needs_compiled
@pytest.mark.parametrize("text, cues", [
    ("", set()), ("on Tuesday The boss", {0, 1}), ("on Tuesday The Italian boss", set()), ("on Tuesday The Hague", set()), ("Tuesday. The boss", set()),
    ("the school And while", {1}), ("the box A and", {1}), ("box A new", {1}), ("ago In 1994, the", {0, 1}),
    ("ago In May 1994, the", {0, 1}), ("ago In May 1794, the", set()), ("ago In Mai 1994, the", set()),
    ("ago In 1994 the", set()), ("costs 5% However, the", {0, 1}), ("costs (a) Of course, it", {0, 1}),
    ("a 'fair deal' He added", {0, 1}), ("a “fair” He added", {0, 1}), ("a “FAIR” He added", set()), ("a fair” He added", {0, 1}),
    ("a fair” he added", set()), ("said 'It’s a", {0, 1}), ("said ‘We're all", {0, 1}), ("said ‘We are", {0, 1}),
    ("said 'Their x", set()), ("peers Proud mum: Jean with", {2}), ("peers Proud mum:\xa0the dog", {2}),
    ("peers Proud mum: the dog", {2}), ("peers Proud-big mum: Jean", {2}), ("peers Proud a b c: Jean", set()),
    ("peers Proud mum:\u2009Jean", set()), ("peers Proud: the", set()), ("peers Proud: the dog", {2}), ("peers Proud:  Jean", set()),
    ("tweets. BRAGGERS: According", {3}), ("tweets BRAG GERS:\tAccording", {3}), ("x A: B", set()),
    ("x AB:\u00a0B", set()), ("x AB-’ :\nB", {3}), ("x " + "A " * 500 + "b", set()),
    ("Jane celebrates after", {4}), ("Jane celebrate, x", {4}), ("fans look on", set()), ("fans look on ", {4}),
    ("fans looks on,", {4}), ("he poses beside", set()), ("he poses beside ", {4}), ("it is pictured,", {4}),
    ("x\u00a0celebrates ", set()), (" in action ", {4}), ("in action ", set()), ("ago In 19٩٤, the", None),
    ("ago In 1994, the\ud800", {0, 1}), ("said\ud800 The x", set()), ("on 😀 Tuesday The boss", {0, 1}),
    ("snacks 2. Lentil", {5}), ("x 2., y", {5}), ("x 2.", set()), ("x 2.5 y", set()), ("x 12. y", set()),
    ("x2. y", set()), ("x ٢. y", set()), ("x\u00a02. y", set()), ("2. x", set()), ("on Tuesday The boss 2. x", {0, 1, 5}),
])
def test_edge_cases(text: str, cues: set[int] | None) -> None:
    assert same(text) == cues


PIECES = ["The", "He", "A", "And", "It’s", "It's", "In", "By", "Until", "May", "1994", "2024", "1794", "19٩4", ",",
          "However", "Of course", "As a result", "'", "‘", "’", "\"", "”", ")", "%", "x", "ab", "5", ".", "!", ":",
          "Proud", "mum", "-", "the", "BRAG", "GERS", "’S", "\xa0", "\t", "\n", "celebrates", "looks", "on", "poses",
          "for", "is", "pictured", "in", "action", "\ud800", "é", "😀", "2.", "2", "12."]


def drawn_texts(pieces: list[str]) -> st.SearchStrategy[str]:
    """Texts of up to 30 of ``pieces``, each followed by a space (the likeliest), nothing or a comma and a space."""
    return st.builds(lambda drawn, gaps: "".join(piece + (gaps[k] if k < len(gaps) else " ")
                                                 for k, piece in enumerate(drawn)),
                     st.lists(st.sampled_from(pieces), max_size=30),
                     st.lists(st.sampled_from([" ", "", " ", ", "]), max_size=30))


@needs_compiled
@settings(max_examples=3000, deadline=None)
@given(drawn_texts(PIECES))
def test_drawn_strings(text: str) -> None:
    same(text)


@cache
def corpus_texts() -> list[str]:
    """The BBC and scraped pages' paragraphs of 200 characters or more and the pages on one line (over 300 texts),
    read once for both scans' tests."""
    texts = natural_paragraphs(("bbc", "scraped"), 300, shortest=200)
    assert len(texts) > 300
    return texts


@needs_compiled
def test_the_corpus_paragraphs_and_pages() -> None:
    held = [same(text) for text in corpus_texts()]
    assert all(cues for cues in held[:-1]) is False and any(held)  # texts with cues and without
