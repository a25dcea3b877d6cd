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
