"""NL501 visits only the positions where a word recurs one to three words later: the same findings as visiting all."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from newslint.model import Article
from newslint.rules import repetition
from newslint.rules.repetition import DoubledWord


def _every_position(rule: DoubledWord, tokens, words, text):
    """NL501's paragraph scan as it was, visiting every token (the reference)."""

    def spaced(i, j):
        return all(text[tokens[k].end:tokens[k + 1].start].isspace() for k in range(i, j))

    i = 0
    while i < len(tokens):
        for size in range(1, repetition._LONGEST_PHRASE + 1):
            if i + size >= len(words) or words[i] != words[i + size]:
                continue
            unit = words[i:i + size]
            end = i + size
            while words[end:end + size] == unit and spaced(end - 1, end + size - 1):
                end += size
            if end > i + size and spaced(i, i + size - 1):
                finding = rule._judge(tokens, i, size, end, text)
                if finding is not None:
                    yield finding
                    i = end - 1
                    break
        i += 1


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
        assert list(rule._check_paragraph(tokens, lower, article.text)) == \
            list(_every_position(rule, tokens, lower, article.text))


def test_repeat_starts():
    assert repetition._repeat_starts("a b a b c c d".split()) == [0, 1, 4]
    assert repetition._repeat_starts(["x"]) == []
