"""Round nine's small costs (helper 17m): each cheaper analysis must give what the one it replaces gave."""

from __future__ import annotations

from collections import Counter

from newslint.model import Article
from newslint.rules import extraction, lines


_TEXT = ("Title\n\nThe Council met on Monday. the council said the plan was thebest it had seen.\n\n"
         "Officials called it thebest plan; a resident said the rollout was slow, the Rollout late.\n")


def test_counts_among_are_the_vocabularys_counts_of_those_words():
    article = Article.parse(_TEXT)
    vocabulary = Counter(article.lower_words)
    for words in (["thebest"], ["rollout", "absentword"], ["the", "council", "rollout", "thebest", "absentword"]):
        counts = extraction._counts_among(words, article.lower_words)  # one by one, then in one pass
        assert {word: counts[word] for word in words} == {word: vocabulary[word] for word in words}
    assert extraction._counts_among(["thebest", "rollout", "absentword"], article.lower_words)["absentword"] == 0


def test_run_together_words_still_spare_a_coinage_used_twice_and_flag_one_used_once():
    rule = next(r for r in _rules() if r.code == "NL104")
    twice = "Title\n\nThe firm said thebest way was slow.\n\nIt called thebest way the only one.\n"
    once = "Title\n\nOfficials met thepresident on Monday and spoke for an hour about the plan.\n"
    assert list(rule.check(Article.parse(twice))) == []
    assert [f.message for f in rule.check(Article.parse(once))] == \
        ["words run together 'thepresident': 'the president'?"]


def test_reader_prompt_looks_where_its_only_hints_are_in_capitals():
    # the hints are looked up among the lower-cased words: 'SIGN UP' and 'NEWSLETTER' alone must let the rule look
    rule = next(r for r in _rules() if r.code == "NL342")
    shouted = Article.parse("Title\n\nThe council met on Monday.\n\nSIGN UP for our NEWSLETTER and you will get every "
                            "story first.\n")
    assert [f.message.split(":")[0] for f in rule.check(shouted)] == ["the site speaks to the reader (newsletter, sign up)"]
    assert lines._BUSINESS_HINTS.isdisjoint(Article.parse("Title\n\nThe council met on Monday.\n").lower_words)


def _rules():
    from newslint.api import make_linter
    return make_linter().rules
