"""NL316's glue cues found by the compiled scan (``_speedups.c``, block 17x, ``lower_upper_spans``) against its twin,
the RE2 search of ``[a-z][A-Z]`` (``cuewindows.SpansByRe2``), and Python's own ``finditer`` of the pattern."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_files
from test_native import compiled, needs_compiled

from newslint.cuewindows import SpansByRe2
from newslint.rules.boilerplate import inline

TWIN = SpansByRe2(inline._GLUE_CUE)


def same(text: str) -> None:
    found = compiled.lower_upper_spans(text)
    assert found == TWIN(text) == [m.span() for m in inline._GLUE_CUE.finditer(text)], text


@needs_compiled
def test_the_compiled_scan_is_in_use() -> None:
    assert inline._glue_cue_spans is compiled.lower_upper_spans


@needs_compiled
@pytest.mark.parametrize("text", ["", "a", "aB", "aBc", "aBcD", "abCDeF", "zA", "aZ", "{A", "a[", "`A", "a@",
                                  "éB", "aÉ", "a😀B", "xAyBzC", "eBay and iPhone", "madnessHamilton", "😀aB",
                                  "a\ud800B", "\ud800aB"])
def test_edge_cases(text: str) -> None:
    same(text)


@needs_compiled
@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="azAZ`{@[ .éÉ😀\n", max_size=40) | st.text(max_size=20))
def test_drawn_strings(text: str) -> None:
    same(text)


@needs_compiled
def test_natural_texts() -> None:
    files = natural_files(("scraped",), 300)
    found = 0
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace")
        same(text)
        found += len(compiled.lower_upper_spans(text))
    assert found > 100
