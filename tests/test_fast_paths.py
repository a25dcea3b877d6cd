"""The fast paths of issue 17 give what the straightforward code they replace gives (hypothesis).

Each shortcut (a cheaper tokeniser, a whole-article pre-check before per-token work) is compared with
the slow definition it stands for, on text drawn to hit its edge cases.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from newslint import textutil
from newslint.api import make_linter

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# characters around word boundaries: letters of several scripts, digits, the token's inner marks,
# white space of every kind str.split knows, the underscore, combining marks, punctuation
PIECES = ["a", "B", "s", "x", "é", "ß", "日", "Ж", "١", "5", "²", "_", "'", "’", "-", ".", ",", "!", "(", '"',
          "“", " ", "\t", "\n", "\u00a0", "\u2028", "\x1c", "\x85", "\u0301", "\u200b", "🇺", "U.S.", "didn't",
          "the", "Mr.", "1.5", "e.g.", "a.", "ab.", "x-ray", "..."]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=60)


@SETTINGS
@given(TEXTS)
@example("U.S. and the U.K. sent 1.5 bn. A. B. ab. didn't x-ray... e.g. end.")
@example("a\u2028b\x1cc\x85d e\u0301f")
@example("A. ab. abc. a, ab, é. ß, 日. x.. ab.. _a. a_. 5, 55. ab., ,")
def test_word_texts_is_the_word_regex(text):
    assert textutil.word_texts(text) == textutil.WORD.findall(text)


NAMES = ["Russia", "Russias", "Russia's", "Russia’s", "Blair", "Blairs", "Blair's", "Lavrov", "Labour", "Labours",
         "the", "said", "s", "x-Russias", "'Russias", "_Blairs", "Blairss", "\n", "\n\n", "Ttt", "Ttts"]
ARTICLES = st.lists(st.sampled_from(NAMES), min_size=1, max_size=30).map(" ".join)


@SETTINGS
@given(ARTICLES)
@example("Blairs\n\nBlair's plan")
@example("Russias Lavrov\n\nx Russia\n\nRussias Lavrov met")
def test_possessive_pre_check_is_the_count(text):
    """NL107 skips a match whose stem is not among ``_used_words`` exactly where ``_Counts`` counts it 0 times."""
    from newslint.model import Article
    from newslint.rules.extraction._shared import _Counts, _segments, _used_words
    from newslint.rules.extraction.possessives import _POSSESSIVE

    article = Article.parse(text)
    counts, used = _Counts(article), _used_words(article)
    for _, segment in _segments(article):
        for match in _POSSESSIVE.finditer(segment):
            stem = match.group(1)
            assert (stem in used or f"{stem}'s" in used or f"{stem}’s" in used) == bool(counts[stem])


@SETTINGS
@given(ARTICLES, st.lists(st.sampled_from(NAMES), max_size=3))
@example("Russia's Russia’s's Russia's's\n\nRussia", [])
@example("Blairs Blair Blair\n\nBlairs Blair's", ["Blair", "Blairs"])
def test_counts_questions_are_the_counts(text, split):
    """``_Counts.has`` and ``more_than`` (set look-ups, a count of the text) answer what the counts answer, with
    the words a split adds (``extra``) too."""
    from collections import Counter

    from newslint.model import Article
    from newslint.rules.extraction import _shared

    article = Article.parse(text)
    for counts, searched in itertools.product((_shared._Counts(article), _shared._Counts(article, Counter(split))),
                                              (_shared._SEARCHED_TEXT, 0)):  # 0: a text too long to search
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_shared, "_SEARCHED_TEXT", searched)
            for word in {*NAMES, *text.split(), *(word + "s" for word in text.split()), ""}:
                assert counts.has(word) == (counts[word] > 0), word
                assert [counts.more_than(word, n) for n in range(4)] == [counts[word] > n for n in range(4)], word


@SETTINGS
@given(st.lists(TEXTS, min_size=1, max_size=4))
@example(["U.S. and U.S.A. u.s. the the; 1.5.", "a.b. ab.c ab. x"])
def test_token_spans_are_the_word_regex(paragraphs):
    """``Article.paragraph_tokens`` (texts located by ``str.find``) gives ``WORD.finditer``'s spans."""
    from newslint.model import Article

    article = Article.parse("\n\n".join(paragraphs), has_header=False)
    for paragraph in article.paragraphs:
        expected = [(m.group(), paragraph.start + m.start(), paragraph.start + m.end(), paragraph.index)
                    for m in textutil.WORD.finditer(paragraph.text)]
        assert [tuple(token) for token in article.paragraph_tokens(paragraph.index)] == expected
        assert all(article.text[t.start:t.end] == t.text for t in article.paragraph_tokens(paragraph.index))


ECHO_LINTER = make_linter(select=["NL502"])
ECHO_WORDS = ["Crimean", "Peninsula", "Crimea", "Crimea's", "Europe’s", "European", "Union", "the", "£5", "“Blair”",
              "Blair's", "Tony", "Zoë", "Écosse", "Écossais", "écosse", "Ⅻ", "Ⅻth", "ǅemal", "ǆemal", "ß", "İstanbul",
              "İstanbullu", "Übersee", "übersee", "Straße", "Strasse", "STRAẞE", ",", "."]


@SETTINGS
@given(st.lists(st.sampled_from(ECHO_WORDS), min_size=3, max_size=12).map(" ".join))
@example("The Crimean Peninsula Crimea £5")
@example("Écossais Union Écosse")
def test_echo_pre_check_takes_the_faster_shape_only_where_it_finds_as_much(text):
    """NL502 with the ASCII shape where no capital lies beyond ASCII reports what the Unicode shape reports."""
    from newslint.rules import repetition

    fast = [(f.start, f.end) for f in ECHO_LINTER.lint_text(text)]
    faster_shape, repetition._capitals_are_ascii = repetition._capitals_are_ascii, str.isascii
    try:
        assert fast == [(f.start, f.end) for f in ECHO_LINTER.lint_text(text)]
    finally:
        repetition._capitals_are_ascii = faster_shape


@SETTINGS
@given(st.lists(st.sampled_from(["a", " ", "£", "é", "’", "â€™", "Â", "Ã", "Œ", "œ", "\x85", "\x9f", "\x7f", "日", "x"]),
                max_size=12).map("".join))
@example("a£b é")
@example("aÂb")
def test_mojibake_cue_is_its_plain_definition(text):
    """NL401's cue, written to scan fast, finds a match exactly where the plain alternation does."""
    import re

    from newslint.rules.encoding import MOJIBAKE_CUE

    plain = re.compile(r"[\x80-\x9fÂÃŒœ]|[^\x00-\x7f][\x00-\x7f]?[^\x00-\x7f]")
    assert (MOJIBAKE_CUE.search(text) is None) == (plain.search(text) is None)
