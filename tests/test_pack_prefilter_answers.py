"""The pack rules ask the one search of every prefilter once per article, and each rule reads its own prefilter's
pattern once, in this process or after pickling."""

from __future__ import annotations

import pickle
from types import SimpleNamespace

from newslint import packs
from newslint.api import make_linter
from newslint.model import Article


def test_one_search_per_article_for_every_pack_rule(monkeypatch):
    linter = make_linter()
    pack_rules = [rule for rule in linter.rules if isinstance(rule, packs.PackRule)]
    assert len(pack_rules) > 5
    searched = []
    search = packs._search_every_prefilter
    monkeypatch.setattr(packs, "_search_every_prefilter", lambda article: searched.append(article) or search(article))
    articles = [Article.parse("Title\n\nBlinken met Lavrov in Stockholm.\n\nThe talks lasted 30 minutes.\n"),
                Article.parse("Title\n\nBlinken met Lavrov.\n\nComments are closed.\n")]
    found = [[f.code for rule in pack_rules for f in rule.check(article)] for article in articles]
    assert found == [[], ["NL301"]]
    assert searched == articles


def test_a_rule_reads_its_prefilter_pattern_alike_before_and_after_pickling():
    rule = next(rule for rule in make_linter().rules if isinstance(rule, packs.PackRule))
    source = rule._prefilter_source()
    assert source == type(rule).__dict__["prefilter"].pattern
    copy = pickle.loads(pickle.dumps(rule))
    assert copy._prefilter_source() == source
    article = Article.parse("Title\n\nBlinken met Lavrov.\n\nComments are closed.\n")
    assert [f.message for f in copy.check(article)] == [f.message for f in rule.check(article)]


def test_a_pack_rule_answers_an_article_no_prefilter_matches_without_a_generator():
    pack_rules = [rule for rule in make_linter().rules if isinstance(rule, packs.PackRule)]
    clean = Article.parse("Title\n\nBlinken met Lavrov in Stockholm.\n")
    assert all(rule.check(clean) == () for rule in pack_rules)
    article = Article.parse("Title\n\nBlinken met Lavrov.\n\nComments are closed.\n")
    assert [f.code for rule in pack_rules for f in rule.check(article)] == ["NL301"]


def test_the_set_of_prefilters_is_compiled_again_for_other_prefilters_of_the_same_number(monkeypatch):
    monkeypatch.setattr(packs, "_PREFILTERS", {"alpha": None})
    monkeypatch.setattr(packs, "_EVERY_PREFILTER", [(), None, "", frozenset()])
    assert packs._prefilters_found(Article.parse("T\n\nalpha\n"), "alpha") == {"alpha"}
    del packs._PREFILTERS["alpha"]
    packs._PREFILTERS["omega"] = None  # as many prefilters as the set holds, another one among them
    assert packs._prefilters_found(Article.parse("T\n\nomega\n"), "omega") == {"omega"}


def test_the_set_of_prefilters_holds_them_with_their_alternations_sorted(monkeypatch):
    """Sorted, alternatives with a common prefix are adjacent (RE2 factors them: smaller automaton states); the set
    answers with the prefilters as written."""
    added = []
    real_set = packs.re2.Set.SearchSet

    def recording(options=None):
        inner = real_set(options)
        return SimpleNamespace(Add=lambda pattern: added.append(pattern) or inner.Add(pattern), Compile=inner.Compile,
                               Match=inner.Match)

    monkeypatch.setattr(packs.re2.Set, "SearchSet", recording)
    monkeypatch.setattr(packs, "_PREFILTERS", {"b|(?:d|c)x|a": None})
    monkeypatch.setattr(packs, "_EVERY_PREFILTER", [(), None, "", frozenset()])
    assert packs._prefilters_found(Article.parse("T\n\ncx\n"), "b|(?:d|c)x|a") == {"b|(?:d|c)x|a"}
    assert added == ["(?:c|d)x|a|b", r"\z"]


def test_a_phrase_pattern_is_the_same_whatever_order_its_phrases_come_in():
    """Longest first, then in sorted order: the same pattern in every process (a set's iteration order is not)."""
    assert packs.phrase_pattern(["bb", "aa", "ccc"]) == packs.phrase_pattern({"ccc", "bb", "aa"}) == r"\b(?:ccc|aa|bb)\b"
