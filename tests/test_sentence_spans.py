"""``textutil.sentence_spans`` and ``is_abbreviation_before``, held to the character-by-character way they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from newslint import textutil
from tests.conftest import natural_paragraphs

_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")


def _abbreviation_before(text: str, period_index: int) -> bool:
    """The long way: the run of letters, digits and periods followed back one character at a time."""
    start = period_index
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:period_index].lower()
    if not word:
        return False
    return word in textutil.ABBREVIATIONS or len(word) == 1 and word.isalpha() \
        or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The long way: each sentence's start found by stepping over the white space after the last one's end."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == "." and match.end() - match.start() == 1 and _abbreviation_before(text, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _assert_same(text: str) -> None:
    assert textutil.sentence_spans(text) == _sentence_spans(text)
    for period in (at for at, char in enumerate(text) if char == "."):
        assert textutil.is_abbreviation_before(text, period) == _abbreviation_before(text, period), (text, period)


def test_sentences_are_split_after_stops_but_not_after_abbreviations_initials_and_acronyms():
    text = "Mr. Hale met Dr. Ortiz at 9 a.m. on Friday. They spoke of the U.S. plan.  It failed! \"Why?\" Nobody knew."
    sentences = [text[start:end] for start, end in textutil.sentence_spans(text)]
    assert sentences == ["Mr. Hale met Dr. Ortiz at 9 a.m. on Friday.", "They spoke of the U.S. plan.", "It failed!",
                         "\"Why?\"", "Nobody knew."]


def test_a_run_longer_than_the_window_is_followed_back_to_its_start():
    long_acronym = "x." * 12 + "y"  # a dotted run of 25 characters: an acronym only when read from its first letter
    assert textutil.is_abbreviation_before(f"See {long_acronym}. Then", 4 + len(long_acronym))
    assert not textutil.is_abbreviation_before(f"See ab{long_acronym}. Then", 6 + len(long_acronym))
    assert textutil.is_abbreviation_before("C. Then", 1) and not textutil.is_abbreviation_before(". Then", 0)


def test_the_corpus_paragraphs_and_pages_split_as_the_long_way_splits_them():
    texts = natural_paragraphs(("bbc", "scraped", "reuters"), 150)
    assert len(texts) > 1000
    for text in texts:
        _assert_same(text)


_PIECES = ["Mr.", "U.S.", "a.m.", "e.g.", "No.", "St", ".", ". ", "  ", "\u00a0", "\u2029", "\n", "K", "\u212a.",
           "\u0130.", "x.y.z.w.v.u.t.s.r", "abcdefghijklmnopq", "1.5", "_", "é", "…", "?\" ", "’ ", "(A", "The", "said",
           "\ud800"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_drawn_text_splits_as_the_long_way_splits_it(pieces):
    _assert_same("".join(pieces))
