"""Whether a text holds any of some strings, by the compiled pass (``_speedups.c``, block 30b, ``holds_any``) against
its twin ``captions._python_holds_any`` (``str.find`` of each): NL312's credit hints and picture words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled

from newslint.rules.lines import captions


def same(text: str, start: int, needles: tuple[str, ...]) -> bool:
    """The compiled answer, held to the twin's."""
    answer = compiled.holds_any(text, start, needles)
    assert answer is captions._python_holds_any(text, start, needles), (text, start, needles)
    return answer


@needs_compiled
def test_the_compiled_pass_is_in_use() -> None:
    assert captions._holds_any is compiled.holds_any


@needs_compiled
@pytest.mark.parametrize("text, start, needles, held", [
    ("", 0, (), False), ("", 0, ("",), True), ("abc", 3, ("",), True), ("abc", 4, ("",), False),
    ("a credit card", 0, ("redit",), True), ("a credit card", 3, ("redit",), True), ("a credit card", 4, ("redit",), False),
    ("ends in redi", 0, ("redit",), False), ("Jane Doe/AFP", 0, ("©", "/"), True), ("© Jane Doe", 1, ("©",), False),
    ("the café’s photo", 0, ("’s",), True), ("the café’s", 0, ("é’",), True), ("a €5 fee", 0, ("€6", "€5"), True),
    ("plain text", 0, ("€",), False), ("a 𝔘 b", 0, ("𝔘 b",), True), ("a 𝔘 b", 0, ("𝔘 c", "a 𝔘"), True),
    ("x" * 40 + "ĀPhoto", 30, ("Photo",), True), ("ĀB", 0, ("\u0142B",), False),  # (the same low byte, another character)
    ("abc", -1, ("c",), True), ("abc", -1, ("b",), False), ("abc", -9, ("a",), True),
    ("abcdef", 0, tuple("xyz" * 30) + ("ef",), True), ("abcdef", 0, tuple("xyz" * 30), False),  # (past 64: found one by one)
])
def test_edge_cases(text, start, needles, held) -> None:
    assert same(text, start, needles) is held


@needs_compiled
def test_what_it_refuses() -> None:
    with pytest.raises(TypeError):
        compiled.holds_any("text", 0, ["list"])
    with pytest.raises(TypeError):
        compiled.holds_any("text", 0, ("a", 1))
    with pytest.raises(TypeError):
        compiled.holds_any(b"text", 0, ("a",))


_PIECES = ["a", "b", "ab", " ", "é", "ā", "Ł", "€", "𝔘", "Photo", "redit", "/", "©", "(", "ourtesy", "ĀB"]


@needs_compiled
@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join), st.integers(-25, 60),
       st.lists(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=3).map("".join), max_size=8).map(tuple))
def test_drawn_texts_and_needles(text, start, needles) -> None:
    same(text, start, needles)


@needs_compiled
def test_the_corpus_paragraphs_with_the_rule_s_needles() -> None:
    texts = natural_paragraphs(("bbc", "scraped"), 100)
    assert len(texts) > 800
    words = tuple(sorted(captions._PICTURE_TOKENS))
    held = [same(text, max(0, len(text) - captions._TAIL_REACH), captions._TAIL_HINTS)
            + same(text, max(0, len(text) - captions._TAIL_REACH), captions._TAIL_CUES)
            + same(text, 0, captions._PICTURE_CUES) + same(text, 0, words) for text in texts]
    assert 0 < sum(held) < 4 * len(texts)


@needs_compiled
def test_a_kept_table_answers_texts_of_every_width_and_more_tuples_than_are_kept() -> None:
    """The pass keeps the tables of the last eight tuples asked (31d): a tuple asked again, of a text of another width,
    after others have pushed it out, or with its needles wider than the text, answers as the twin does."""
    wide = ("Ł", "𝔘 b", "a€")
    tuples = [("Photo", "©"), ("redit", "/"), wide, ("",)] + [(f"word{k}", f"{k}x") for k in range(12)]
    texts = ["a credit/Photo © 3x", "Ł and 𝔘 b, a€ word7", "plain word11 text", "", "é word3 ©", "𝔘 alone"]
    for _ in range(3):
        for needles in tuples:
            for text in texts:
                for start in (0, 2, -4):
                    same(text, start, needles)
    assert same("a€", 0, wide) and not same("a€", 0, ("Photo", "©"))
