"""The paragraphs NL314 reads, compiled (``_speedups.c``, block 34d: ``stamp_paragraphs``) against its twin
``rules.lines.stamps._python_stamp_paragraphs`` (``len``, the line-break mark, ``str.isdigit`` of the last character,
``str.startswith``); ``tests/rules/test_line_shortcuts.py`` holds NL314's findings to those of reading every
paragraph."""

from __future__ import annotations

import pytest
from conftest import natural_paragraphs
from hypothesis import given, settings
from hypothesis import strategies as st
from test_native import ALPHABET, compiled, needs_compiled

from newslint.rules.lines import stamps
from newslint.rules.lines._shared import line_forms

LONG = "The council said on Tuesday that the harbour plan would go ahead after a vote of its members. " * 2


def same(texts: list[str]) -> list[int]:
    """The compiled answer for these texts, checked against the twin's."""
    args = (texts, line_forms(texts)[2], stamps._BYLINE_OPENINGS)
    answer = compiled.stamp_paragraphs(*args)
    assert answer == stamps._python_stamp_paragraphs(*args), texts
    return answer


@needs_compiled
def test_the_compiled_pass_is_in_use() -> None:
    assert stamps.stamp_paragraphs is compiled.stamp_paragraphs


@needs_compiled
@pytest.mark.parametrize("text, read", [
    (LONG, False), ("", True), ("Posted on May 3", True), ("x" * 80, True), ("x" * 81, False),
    (LONG + "2022", True), (LONG + "٣", True), (LONG + "²", True), (LONG + "½", False),  # (str.isdigit)
    (LONG + "\nMay 3, 2022", True), ("\n" + LONG, True), ("By " + LONG, True), ("by" + LONG, False),
    ("Posted by " + LONG, True), ("Written by " + LONG, True), ("BY " + LONG, True), (" By " + LONG, False),
    ("Ｂy " + LONG, False), ("😀" + LONG, False), ("😀" + LONG + "\n", True), ("é" * 90 + "7", True),
])
def test_texts(text: str, read: bool) -> None:
    assert same([LONG, text, LONG]) == ([1] if read else [])


@needs_compiled
@pytest.mark.parametrize("openings", [(), ("",), ("P",), ("Pb", "Pa"), ("é ", "😀"), ("By ", "", "x")])
def test_openings_tried_where_the_first_character_is_theirs(openings: tuple[str, ...]) -> None:
    # (an opening is matched only where the text's first character is its first: 35d)
    texts = [LONG, "Pa" + LONG, "é " + LONG, "😀" + LONG, "P", "Pb", "x" * 81, "é" * 81, "By"]
    marks = line_forms(texts)[2]
    assert compiled.stamp_paragraphs(texts, marks, openings) == stamps._python_stamp_paragraphs(texts, marks, openings)


@needs_compiled
def test_wrong_arguments_raise() -> None:
    with pytest.raises(TypeError):
        compiled.stamp_paragraphs([LONG, 3], b"\0\0", ())
    with pytest.raises(TypeError):
        compiled.stamp_paragraphs([LONG], b"", ())
    with pytest.raises(TypeError):
        compiled.stamp_paragraphs([LONG], b"\0", ("By ", 3))


@needs_compiled
@settings(max_examples=800, deadline=None)
@given(st.lists(st.builds(lambda opening, body, last: opening + body + last,
                          st.sampled_from(["", "By ", "by ", "Posted by ", "B"]),
                          st.text(alphabet=ALPHABET + "\n7", max_size=120), st.sampled_from(["", "1", ".", "\n"])),
                max_size=8))
def test_drawn_texts(texts: list[str]) -> None:
    same(texts)


@needs_compiled
def test_natural_paragraphs() -> None:
    texts = natural_paragraphs(("bbc", "scraped"), 100)
    read = same(texts)
    assert 0 < len(read) < len(texts)
