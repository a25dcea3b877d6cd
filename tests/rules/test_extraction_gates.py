"""NL102's article gate: where it says no, the rule's own check finds nothing (invented and drawn text); where the
rule finds something, its gate says yes."""

from __future__ import annotations

import pytest

from conftest import drawn_texts
from newslint.api import make_linter
from newslint.engine import ArticleGate
from newslint.model import Article
from newslint.rules.extraction import glue

LINTER = make_linter()
RULE = next(rule for rule in LINTER.rules if rule.code == "NL102")


def test_glued_words_are_gated_by_their_suspects():
    assert isinstance(RULE.trigger, ArticleGate) and RULE.trigger.question is glue._glue_suspected


@pytest.mark.parametrize("text", [
    "The harbour spokespersonJane Doe said the pier would reopen.",
    "The ferry left at 10:41amThe crossing took an hour.",
    "Tickets cost $25The council agreed the price on Monday.",
])
def test_glued_words_are_still_found(text):
    article = Article.parse(text, has_header=False)
    assert list(RULE.check(article)) and glue._glue_suspected(article)
    assert "NL102" in {f.code for f in LINTER.lint_article(article)}


@pytest.mark.parametrize("text", [
    "The harbour board met on Tuesday. Its members heard from engineers about the second pier.",
    "Jane Doe, a spokesperson for the board, said the work could begin in the spring.",
])
def test_edited_prose_leaves_the_gate_shut(text):
    article = Article.parse(text, has_header=False)
    assert not glue._glue_suspected(article)
    assert not list(RULE.check(article))


_PIECES = ("The ", "harbour ", "board", "Jane ", "Doe", "said", "10:41am", "$25", "2 hours ago", "By ", "AP", "US ",
           "iPhone", "McDonald", "[Jane Doe](/author/jane-doe/)", "March 14", "45", "minutes", "NAIROBI", "Kenyan ",
           "* 1", "Best ", "\n", "\n\n", " ", ". ", "\"", "“", "Photo: ", "Getty", "/", "The", "pier", "4,200", "x")


def test_the_gate_lets_through_what_the_rule_finds_in_drawn_text():
    found = 0
    for text in drawn_texts(_PIECES, 3000, 6232, 14, fewest=1):
        article = Article.parse(text, has_header=False)
        if list(RULE.check(article)):
            found += 1
            assert glue._glue_suspected(article), text
    assert found > 200
