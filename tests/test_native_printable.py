"""``_speedups.is_printable`` (block 31e) against its twin, ``str.isprintable``: every ASCII character at every
place of an eight-byte step, characters beyond ASCII, drawn strings; and the concise report's use of it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.formats import text as text_format
from test_native import compiled, needs_compiled


@needs_compiled
def test_the_compiled_test_is_in_use() -> None:
    assert text_format._is_printable is compiled.is_printable


@needs_compiled
@pytest.mark.parametrize("length", range(18))
def test_every_ascii_character_at_every_place(length: int) -> None:
    for code in range(128):
        for at in range(length):
            text = "a" * at + chr(code) + "b" * (length - at - 1)
            assert compiled.is_printable(text) is text.isprintable(), (code, at, length)
        assert compiled.is_printable("x" * length) is True


@needs_compiled
@pytest.mark.parametrize("text", ["", " ", "~", "\x7f", "\x1f", "a\tb", "café", "caf\xa0é", "a\u200bb", "\u2028",
                                  "naïve “quoted”", "\ud800", "x" * 9 + "\x00", "😀", "\U000e0001", "\xad", "a\x85"])
def test_characters_beyond_ascii(text: str) -> None:
    assert compiled.is_printable(text) is text.isprintable()


@needs_compiled
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2100) | st.sampled_from("\x00\x1f\x7f\x80 ~"), max_size=40))
def test_drawn_strings(text: str) -> None:
    assert compiled.is_printable(text) is text.isprintable()


@needs_compiled
def test_a_str_is_required() -> None:
    with pytest.raises(TypeError):
        compiled.is_printable(b"abc")
