"""NL316's cues of an article found by the compiled scan (``_speedups.c``, block 29c, ``inline_cues``) against its
twin, the RE2 set of ``inline._ARTICLE_CUES`` (``CueSet.held``)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled, same_cues

from newslint.rules.boilerplate import inline


def same(text: str) -> set[int] | None:
    """The scan's answer, held to the RE2 set's (None where the scan leaves the text to RE2)."""
    return same_cues(compiled.inline_cues(text, inline._CUE_LITERALS), inline._HELD, inline._article_cues(text),
                     inline._ARTICLE_CUES.held(text), text)


@needs_compiled
def test_the_compiled_scan_is_in_use() -> None:
    assert inline._compiled_cues is compiled.inline_cues


def test_every_reader_phrase_is_one_of_the_reader_words() -> None:
    assert len(set(inline._READER_PHRASES)) == len(inline._READER_PHRASES) == 50
    assert all(inline._GLUED_READER_CUES.found("a" + phrase) for phrase in inline._READER_PHRASES)
    assert not any(inline._GLUED_READER_CUES.found("a" + phrase + "s") for phrase in ("Read", "See", "Get"))


@needs_compiled
@pytest.mark.parametrize("text, cues", [
    ("", set()), ("The mayor said the road would reopen.", set()), ("Scroll down for video", {0}),
    ("scroll down", set()), ("It was ©2015 Ltd", {0}), ("the newsThe", {1}), ("a nwThe", set()), ("ewsT", {1}),
    ("Image copyright PA", {2}), ("in your browser", {2}), ("these external links", {2}),
    ('a goal."Jane Doe on the show today"I could', {3}), ('a goal."Jane"I', set()), ('a goal.”Jane Doe told it“I', {3}),
    ('a goal.”Jane Doe told IT“I', set()), ('a goal!"Jane ' + "x" * 96 + 'y"I', {3}),
    ('a goal!"Jane ' + "x" * 97 + 'y"I', set()), ('a goal?"Jane Doe. the show"I', set()),
    ("win. ........ Conference", {4}), ("win. ....... Conference", set()), ("1:38 - - - - - 11", {4}),
    ("1:38 - - - - 11", set()), ("f~=*_-.~=g", {4}), ("— Jane Doe (@janedoe) April", {5}), ("pic.twitter.com/abc", {5}),
    ("PostersLet us know", {1, 6}), ("postersRead more", {0, 1, 6}), ("postersReady", {1}), ("postersRead_", {1}),
    ("posters. Read more", {0, 8}), ("posters.Reading", {8}), ('posters." Find', {8}), ("posters.\n Find", {8}),
    ("posters.’,Find", {8}), ("posters.’xFind", {6, 8}), ("posters.x Find", set()), ("Find out", set()), ("x\nYou can also catch up", {8}),
    ("By Jane Doe", {7}), ("Last updated at 10:22", {7}), ("Baby ", set()), ("By .", {0, 7}),
    ("Follow us on Twitter", {0}), ("xternal web", {2}), ("cookies", {2}), ("a new tab", {2}),
    ("contributed to this report", {0}), ("uncontributed", {0}), ("said\ud800 The x", None),
    ("\U0001d400 the newsThe", {1}), ("é the newsThe “Scroll", {0, 1}),
])
def test_edge_cases(text: str, cues: set[int] | None) -> None:
    assert same(text) == cues


PIECES = ["The", "Read", "Find", "Sign up", "You can", "also", "follow", "For", "all", "the latest", "Scroll",
          "click here", "Click", "By", "By .", "Last updated at", "Image", "copyright", "browser", "cookies", "xternal",
          "link", "(@", "pic.twitter.com/", "©", "- - -", "-", "........", ".", "!", "?", "\n", '"', "“", "”", "’", "'",
          "Jane", "news", "ab", "abc", "x", "_", "5", "é", "\ud800", "😀", "contributed", "to this", "report"]
GAPS = [" ", "", " ", ". "]


@needs_compiled
@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=30))
def test_drawn_strings(pieces: list[tuple[str, str]]) -> None:
    same("".join(piece + gap for piece, gap in pieces))


@needs_compiled
def test_the_corpus_paragraphs_and_pages() -> None:
    """Every kind of cue but the rare ones is met, and texts without any."""
    texts = natural_paragraphs(("bbc", "scraped"), 300, shortest=200)
    kinds = Counter(cue for text in texts for cue in same(text) or {-1})
    assert len(texts) > 300 and kinds[-1] and {0, 1, 2, 7, 8} <= kinds.keys(), kinds


@needs_compiled
@pytest.mark.parametrize("pad", range(6))
@pytest.mark.parametrize("lead", ["", "ŝ "])  # a one-byte text, a two-byte one
def test_each_literal_at_every_place_of_the_four_character_skip(lead: str, pad: int) -> None:
    """Each literal, and the pair of characters it is looked for at (30e), before, after and between plain letters."""
    for literal, anchor, _bits in inline._CUE_LITERALS:
        for piece in (literal, literal[anchor:anchor + 2], literal[:-1]):
            for text in (lead + "x" * pad + piece, lead + piece + "x" * pad, lead + "y" * pad + piece + " z" * pad):
                same(text)


def test_a_literal_of_lower_case_letters_is_looked_for_at_a_rare_pair() -> None:
    """Not at a common pair of letters (30e): 'ck' of 'click here', not 'wi' of 'window'; at a capital where it has one."""
    assert inline._anchor("click here") == 3
    assert inline._anchor("a new window") not in (8, 9) and inline._anchor("a new window") < 11
    assert inline._anchor("Share this") == 0 and inline._anchor("(@") == 0 and inline._anchor("©") == 0


@needs_compiled
@pytest.mark.parametrize("pad", range(6))
@pytest.mark.parametrize("lead", ["", "ŝ ", "\U0001d400 "])  # a one-byte text, a two-byte one, a four-byte one
def test_a_glued_word_at_every_place_of_the_four_character_skip(lead: str, pad: int) -> None:
    """(46b) A capital is no hot pair alone: the glued word is asked at the [a-z] before it, a capital that anchors a
    literal ('Read') or none ('Zoo'), at the text's end or not, after three lower-case letters or two."""
    for capital in ("Zoo", "Read", "Z", "The"):
        for before in ("news", "ws", "a-ws", "Xws", "nws "):
            glued = len(before) >= 3 and before[-3:].isalpha() and before[-3:].islower()
            for text in (lead + "x " * pad + before + capital, lead + before + capital + " y" * pad,
                         lead + "y" * pad + " " + before + capital + "." + "z" * pad):
                assert (1 in same(text)) is glued, text


@needs_compiled
def test_a_capital_alone_leaves_the_scan_silent() -> None:
    assert same("The Mayor Said The Road Would Reopen On Monday In Leeds") == set()
    assert same("A BBC TV AND UK NEWS ITEM") == set()
    assert same("ab Cd") == set() and same("abc d") == set() and same("abcD") == {1}


def test_no_literal_is_looked_for_at_a_pair_that_holds_a_space() -> None:
    """(46b) A space starts every word: 'has been corrected' is looked for at 'rr', not ' b'."""
    assert inline._anchor("has been corrected") == 11
    assert all(" " not in literal[anchor:anchor + 2] for literal, anchor, _bits in inline._CUE_LITERALS
               if len(literal.split()) < len(literal) - 1 and literal[anchor] != "-")
