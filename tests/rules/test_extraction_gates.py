"""NL102's, NL107's and NL108's article gates: where a gate says no, the rule's own check finds nothing (invented and drawn
text); where the rule finds something, its gate says yes."""

from __future__ import annotations

import pytest

from conftest import drawn_texts, gated_rules, gates_hold_in_drawn_texts
from newslint.api import make_linter
from newslint.model import Article
from newslint.rules.extraction import glue, paragraph_starts, possessives

LINTER = make_linter()
GATES = {"NL102": glue._glue_suspected, "NL107": possessives._may_miss_apostrophe,
         "NL108": paragraph_starts._may_split}
RULES = gated_rules(GATES)  # (each checked to be gated by its question)


@pytest.mark.parametrize("text, code", [
    ("The harbour spokespersonJane Doe said the pier would reopen.", "NL102"),
    ("The ferry left at 10:41amThe crossing took an hour.", "NL102"),
    ("Tickets cost $25The council agreed the price on Monday.", "NL102"),
    ("Mr Harbottle spoke on Monday.\n\nMr Harbottles aide said the pier was safe.", "NL107"),
    ("The harbour board said the talks\n\nwere serious and would go on.", "NL108"),
    ("The board met in the\n\nHarbour Hall on Monday and backed the plan.", "NL108"),
])
def test_what_the_rules_find_is_still_found(text, code):
    article = Article.parse(text, has_header=False)
    assert list(RULES[code].check(article)) and GATES[code](article)
    assert code in {f.code for f in LINTER.lint_article(article)}


@pytest.mark.parametrize("text", [
    "The harbour board met on Tuesday. Its members heard from engineers about the second pier.",
    "Jane Doe, a spokesperson for the board, said the work could begin in the spring.",
    "The Does live by the pier. Doe said the board met on Monday.",
    "The board met on Monday.\n\n“We will build it,” Jane Doe said.\n\nThe work starts in May.",
])
def test_edited_prose_leaves_the_gates_shut_or_the_rules_silent(text):
    article = Article.parse(text, has_header=False)
    assert not glue._glue_suspected(article) and not paragraph_starts._may_split(article)
    assert not any(list(rule.check(article)) for rule in RULES.values())


_PIECES = ("the", "were ", "\n\nwere serious.", "\n\nHarbour Hall", "of", "\n\n.", "\n\nx", "Mr ", "Harbottle ", "Harbottles ", "aide ", "Doe ", "Does ", "plan", "Smiths ", "Smith", " date 2021-12-02", "The ", "harbour ", "board", "Jane ", "Doe", "said", "10:41am", "$25", "2 hours ago", "By ", "AP", "US ",
           "iPhone", "McDonald", "[Jane Doe](/author/jane-doe/)", "March 14", "45", "minutes", "NAIROBI", "Kenyan ",
           "* 1", "Best ", "\n", "\n\n", " ", ". ", "\"", "“", "Photo: ", "Getty", "/", "The", "pier", "4,200", "x")


def test_every_gate_lets_through_what_its_rule_finds_in_drawn_text():
    found = gates_hold_in_drawn_texts(RULES, GATES, drawn_texts(_PIECES, 3000, 6232, 14, fewest=1))
    assert min(found.values()) > 10, found
