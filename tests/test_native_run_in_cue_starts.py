"""NL317's run-in cues of a paragraph placed by the compiled scan (``_speedups.c``, block 34a, ``run_in_cue_starts``)
against its twin, RE2's search of ``run_in._RUN_IN_CUES`` (``_run_in_cue_spans``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from test_native import compiled, needs_compiled
from test_native_run_in_cues import PIECES, corpus_texts, drawn_texts

from newslint.rules.boilerplate import run_in


def same(text: str) -> list[int] | None:
    """The scan's starts, held to RE2's (None where the scan leaves the text to RE2)."""
    expected = [start for start, _ in run_in._run_in_cue_spans(text)]
    assert run_in._cue_starts(text) == expected, text
    starts = compiled.run_in_cue_starts(text, run_in._CUE_PHRASES, run_in._MONTH_NAMES)
    assert starts is None or starts == expected, text
    return starts


@needs_compiled
def test_the_compiled_scan_is_in_use() -> None:
    assert run_in._compiled_cue_starts is compiled.run_in_cue_starts


@needs_compiled
@pytest.mark.parametrize("text, starts", [
    ("", []), ("on Tuesday The boss", [9]), ("on Tuesday The Hague", []), ("Tuesday. The boss", []),
    ("the school And while", [9]), ("box A new", [2]), ("box A", []), ("ago In 1994, the", [2]),
    ("ago In May 1994, the", [2]), ("ago In May 1794, the", []), ("ago In 1994 the", []), ("ago In 19٩٤, the", None),
    ("costs 5% However, the", [7]), ("costs (a) Of course, it", [8]), ("a 'fair deal' He added", [11]),
    ("a “fair” He added", [6]), ("a fair” he added", []), ("said 'It’s a", [3]), ("said ‘We are", [3]),
    # a match ends at the first alternative's end ('In a' of 'In addition, a'), and the next starts there or later
    ("so In addition, He went", [1]), ("x He a She b", [0]), ("x He ab She c", [0, 6]), ("so In fact, a She b", [1, 12]),
    ("x He a' She b", [0]), ("x He ab' She b", [0, 6]), ("ago In 1994, a She b", [2]), ("ago In 1994, ab She c", [2, 14]),
    ("x However, She b", [0]), ("x However, a She b", [0, 11]), ("said\ud800 The x", []), ("on 😀 day The boss", [7]),
])
def test_edge_cases(text: str, starts: list[int] | None) -> None:
    assert same(text) == starts


@needs_compiled
@settings(max_examples=3000, deadline=None)
@given(drawn_texts(PIECES + ["She", "a", "b", "addition", "fact"]))  # (matches that would overlap: 'He a She b')
def test_drawn_strings(text: str) -> None:
    same(text)


@needs_compiled
def test_the_corpus_paragraphs_and_pages() -> None:
    starts = [same(text) for text in corpus_texts()]
    assert sum(map(bool, starts)) > 10  # texts with cues
