"""NL104's count of a word among an article's lower-case words by the compiled ``equal_count`` (``_speedups.c``, block
32c: an exact str compared by its length, kind and code points) against its twin, ``list.count``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_files
from test_native import compiled, needs_compiled

from newslint.model import Article
from newslint.rules.extraction import run_together


def same(items: list, text: str) -> int:
    count = compiled.equal_count(items, text)
    assert count == run_together._python_equal_count(items, text), (items, text)
    return count


@needs_compiled
def test_the_compiled_count_is_in_use() -> None:
    assert run_together._equal_count is compiled.equal_count


@needs_compiled
def test_equal_strings_count_whether_or_not_they_are_the_same_object() -> None:
    word = "thebest"
    assert same([word, "".join(["the", "best"]), "Thebest".lower(), "thebes", "thebestt", "the"], word) == 3
    assert same([], word) == 0
    assert same(["a"] * 1000, "a") == 1000


class Word(str):
    """A str subclass, compared by str's equality (the count must not read it as an exact str)."""


class Always:
    """Equal to everything: list.count asks it, so the compiled count must too."""

    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = None


@needs_compiled
@pytest.mark.parametrize("items, text", [
    (["é", "e", "é"], "é"), (["😀", "😀x", "x😀"], "😀"), (["ab\ud800", "ab"], "ab\ud800"), (["ȧ", "a"], "a"),
    ([Word("thebest"), "thebest"], "thebest"), (["thebest", Word("thebest")], Word("thebest")),
    ([1, 1.0, None, "1", Always()], "1"), ([""] * 3 + ["a"], ""),
])
def test_edge_cases(items: list, text: str) -> None:
    same(items, text)


@needs_compiled
def test_a_text_that_is_not_str_is_refused() -> None:
    with pytest.raises(TypeError):
        compiled.equal_count(["a"], b"a")
    with pytest.raises(TypeError):
        compiled.equal_count(("a",), "a")


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["rollout", "Rollout", "roll", "rollouts", "é", "😀", "", "a"]) | st.text(max_size=8),
                max_size=40), st.text(max_size=8) | st.sampled_from(["rollout", "é", "😀", ""]))
def test_drawn_lists(items: list, text: str) -> None:
    same(items + [text], text)
    same(items, text)


@needs_compiled
def test_the_corpus_lower_words() -> None:
    for file in natural_files(("bbc", "scraped"), 100):
        words = Article.parse(file.read_text(encoding="utf-8"), str(file)).lower_words
        for word in dict.fromkeys(words[:: max(1, len(words) // 20)]):
            same(words, word)
