"""Round nine's small costs (helper 17m): each cheaper analysis must give what the one it replaces gave."""

from __future__ import annotations

from collections import Counter

from newslint import lexicon
from newslint.model import Article
from newslint.ocr import gate
from newslint.rules.extraction import run_together
from newslint.rules.lines import prompts


_TEXT = ("Title\n\nThe Council met on Monday. the council said the plan was thebest it had seen.\n\n"
         "Officials called it thebest plan; a resident said the rollout was slow, the Rollout late.\n")


def test_counts_among_are_the_vocabularys_counts_of_those_words():
    article = Article.parse(_TEXT)
    vocabulary = Counter(article.lower_words)
    for words in (["thebest"], ["rollout", "absentword"], ["the", "council", "rollout", "thebest", "absentword"]):
        counts = run_together._counts_among(words, article.lower_words)  # one by one, then in one pass
        assert {word: counts[word] for word in words} == {word: vocabulary[word] for word in words}
    assert run_together._counts_among(["thebest", "rollout", "absentword"], article.lower_words)["absentword"] == 0


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
    reasons = [f.message.split(":")[0] for f in rule.check(shouted)]
    assert reasons == ["the site speaks to the reader (newsletter, sign up)"]
    assert prompts._BUSINESS_HINTS.isdisjoint(Article.parse("Title\n\nThe council met on Monday.\n").lower_words)


def _rules():
    from newslint.api import make_linter
    return make_linter().rules


def test_the_gates_unknown_words_are_nl104s_unknown_body_words():
    # what lets NL104 take the gate's look-ups: the same word list, its commonest words all in it with a frequency,
    # and wire abbreviations (which the gate does not count as unknown) all shorter than NL104's words
    table = lexicon.frequencies()
    assert all(table.get(word) for word in lexicon.common_words())
    assert max(map(len, gate.WIRE_ABBREVIATIONS)) < 7
    article = Article.parse("Title\n\nThe councilors metwith residents of the mountainside; a naïvemente plan, the "
                            "Governmentplan and thegovernment's rollout were read. Reuter dlrs abcdefghqx rollouts "
                            "abcdefghqx thepresident said the plan was fine, the officials said, and so on.\n")
    accepted = frozenset({"thepresident"})
    expected = run_together._unknown_words(article.distinct_words, 7, run_together._MAX_RUN_TOGETHER,
                                         lexicon.frequencies(), accepted)
    found = run_together._unknown_body_words(article, accepted)
    assert sorted(found) == sorted(expected) and len(found) == len(set(found))
    assert {"abcdefghqx", "naïvemente"} <= set(found) and "thepresident" not in found


def test_the_article_tallies_its_plain_words_once_for_the_gate_and_gives_the_gates_decision():
    text = ("Title\n\nThe council met on Monday and said that the plan for the new road would go ahead in the "
            "spring, after a vote in which most members backed it; a few said the cost was tbe problem, aud "
            "that tho plan was cornpany business.\n")
    article = Article.parse(text)
    assert article.ocr == gate.decide(article.text, plain=dict(article._plain_words))
    assert article.__dict__["plain_word_tally"] == gate.tally(article._plain_words)  # kept by the gate's first use
    assert article.plain_word_tally[3] == [w for w in article._plain_words if w not in lexicon.frequencies()]
