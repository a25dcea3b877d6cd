"""NL344's count of the site's business words among an article's lower-case words by the compiled look-up
(``_speedups.c``, block 29d, ``members_among``) against its twin, ``len(members.intersection(words))``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_files
from test_native import compiled, needs_compiled

from newslint.model import Article
from newslint.rules.boilerplate import one_line
from newslint.rules.lines.prompts import BUSINESS_HINTS

WORDS = ["subscribe", "the", "cookies", "subscribe", "Subscribe", "privacy", "e-mail", "newsletter"]


def same(words: list, members: frozenset) -> int:
    count = compiled.members_among(words, members)
    assert count == one_line._python_members_among(words, members), (words, members)
    return count


@needs_compiled
def test_the_compiled_count_is_in_use() -> None:
    assert one_line._members_among is compiled.members_among


@needs_compiled
def test_each_member_counts_once() -> None:
    assert same(WORDS, BUSINESS_HINTS) == 5  # subscribe, cookies, privacy, e-mail, newsletter
    assert same(["story"] * 1000, BUSINESS_HINTS) == 1
    assert same([], BUSINESS_HINTS) == 0
    assert same(WORDS, frozenset()) == 0


class Word(str):
    """A str subclass: hashed and compared as a str, but not one the look-up may read a kept hash from."""


@needs_compiled
@pytest.mark.parametrize("words", [
    ["".join(reversed("subscribe"))], [Word("subscribe"), Word("subscribe")], ["subscribe\ud800", "cookie"],
    ["Cookies", "COOKIES", "cookies"], [str(n) for n in range(5000)], ["é", "😀", "privacy😀", "privacy"],
])
def test_edge_cases(words: list) -> None:
    same(words, BUSINESS_HINTS)
    same(words, frozenset(words[:2]))


@needs_compiled
def test_members_that_are_not_str() -> None:
    members = frozenset({1, 2.5, "a", (1, 2)})
    assert same([1, 1.0, True, "a", (1, 2), 2.5, None], members) == 4
    with pytest.raises(TypeError):
        compiled.members_among([["unhashable"]], members)


@needs_compiled
def test_a_set_asked_after_another_is_its_own() -> None:
    first, second = frozenset({"a", "b"}), frozenset({"b", "c", "d"})
    assert same(["a", "b", "c"], first) == 2
    assert same(["a", "b", "c"], second) == 2
    assert same(["a", "b", "c"], first) == 2


@needs_compiled
@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(sorted(BUSINESS_HINTS)) | st.text(alphabet="abcsuEé-😀", max_size=6), max_size=40),
       st.frozensets(st.text(alphabet="abcsu", max_size=3), max_size=30))
def test_drawn_words(words: list[str], members: frozenset[str]) -> None:
    same(words, BUSINESS_HINTS)
    same(words, members)


@needs_compiled
def test_the_seeds_and_the_corpus() -> None:
    counts = []
    for file in natural_files(("bbc", "scraped"), 300):
        article = Article.parse(file.read_text(encoding="utf-8", errors="replace"), str(file), {}, False)
        counts.append(same(article.lower_words, BUSINESS_HINTS))
    assert max(counts) >= 6  # (pages that read as a site's: NL344's MIN_BUSINESS_WORDS)
