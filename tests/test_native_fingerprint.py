"""A finding's fingerprint key built by the compiled function (``_speedups.c``, block 17F, ``fingerprint_key``)
against its twin (``engine._python_fingerprint_key``: slices, ``str.split`` and ``str.find``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_native import compiled, needs_compiled

from newslint import engine
from newslint.engine import FINGERPRINT_CONTEXT, _python_fingerprint_key


def same(text: str, record_id: str | None, start: int, end: int, context: int = FINGERPRINT_CONTEXT) -> None:
    assert compiled.fingerprint_key(text, record_id, start, end, context) == \
        _python_fingerprint_key(text, record_id, start, end, context), (text, record_id, start, end, context)


@needs_compiled
def test_the_compiled_key_is_in_use() -> None:
    assert engine._fingerprint_key is compiled.fingerprint_key


@needs_compiled
@pytest.mark.parametrize("text", ["", "a", "\n", "Word  glued.Next one\n\nsecond  line here\n",
                                  "  spaced \t out \u3000 words\xa0\x1c here  ", "caf\xe9 na\xefve\nline two",
                                  "emoji \U0001F600 and a lone \ud800 surrogate\nnext", "x" * 60 + "\n" + "y" * 60])
@pytest.mark.parametrize("record_id", [None, "", "id-7", "\u00e9\U0001F600"])
def test_every_span_of_short_texts(text: str, record_id: str | None) -> None:
    for start in range(-3, len(text) + 3):
        for end in range(-3, len(text) + 3):
            same(text, record_id, start, end, 3)
    for start in range(len(text) + 1):
        same(text, record_id, start, min(len(text), start + 5))


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\t.\xa0\u2028\u00e9\U0001F600\ud800"), max_size=120),
       st.none() | st.text(max_size=8), st.integers(-130, 130), st.integers(-130, 130), st.integers(0, 25))
def test_any_text_and_span(text: str, record_id: str | None, start: int, end: int, context: int) -> None:
    same(text, record_id, start, end, context)
