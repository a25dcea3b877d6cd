"""NL501 visits only the positions where a word recurs one to three words later: the same findings as visiting all."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import HealthCheck, given, settings, strategies as st

from newslint.model import Article
from newslint.rules import repetition
from newslint.rules.repetition import DoubledWord


WORDS = ["the", "The", "a", "of", "in", "the the", "had", "very", "Duran", "law", "Lord", "it", "is", "was", "on",
         "and", "to", "said", ",", ".", "bye", "go", "x"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.sampled_from([" ", "  ", " \n"]))
def test_the_same_findings_as_visiting_every_position(words, space):
    text = "Title\n\n" + space.join(words) + "\n"
    article = Article.parse(text)
    rule = DoubledWord()
    for index, paragraph_words in enumerate(article.paragraph_words):
        tokens, lower = article.paragraph_tokens(index), [w.lower() for w in paragraph_words]
        found = list(rule._check_paragraph(tokens, lower, article.text))
        with patch.object(repetition, "_repeat_starts", lambda words: range(len(words))):  # the scan as it was
            assert found == list(rule._check_paragraph(tokens, lower, article.text))


def test_repeat_starts():
    assert repetition._repeat_starts("a b a b c c d".split()) == [0, 1, 4]
    assert repetition._repeat_starts(["x"]) == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), min_size=1, max_size=4),
       st.sampled_from([" ", "  ", " \n"]))
def test_the_pre_checks_lose_no_finding(paragraphs, space):
    """check() (whole-article and paragraph pre-checks, spans only where a repeat may pass) finds what scanning
    every paragraph's tokens finds."""
    article = Article.parse("Title\n\n" + "\n\n".join(space.join(words) for words in paragraphs) + "\n")
    rule = DoubledWord()
    every = [finding for index, words in enumerate(article.paragraph_words)
             for finding in rule._check_paragraph(article.paragraph_tokens(index), [w.lower() for w in words],
                                                  article.text)]
    assert list(rule.check(article)) == every


def test_may_repeat():
    assert repetition._may_repeat("a b b".split())
    assert repetition._may_repeat("x of the of the y".split())
    assert repetition._may_repeat("on to the on to the".split())
    assert not repetition._may_repeat("x y x y".split())  # a repeated phrase of other words is never reported
    assert not repetition._may_repeat("the cat the dog".split())
