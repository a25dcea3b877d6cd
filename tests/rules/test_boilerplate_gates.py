"""NL318, NL340 and NL344's article gates: where a gate says no, the rule's own check finds nothing (invented and
drawn text); where the rule finds something, its gate says yes."""

from __future__ import annotations

import pytest

from conftest import drawn_texts, gated_rules, gates_hold_in_drawn_texts
from newslint.api import make_linter
from newslint.model import Article
from newslint.rules.boilerplate import endings, one_line, signoffs

LINTER = make_linter()
GATES = {"NL318": endings._may_end_unfinished, "NL340": signoffs._may_end_with_signature,
         "NL344": one_line._holds_long_paragraph}
RULES = gated_rules(GATES)  # (each checked to be gated by its question)

_STORY = ("The harbour board met on a wet Tuesday evening to weigh the plan for a second pier, which the fishing "
          "families of the bay have asked for since the old one closed, and its members heard from engineers who "
          "said the work could begin in the spring if the money came through. ")
_MENU = "Home News Local News Sport Football Cricket Business Weather Opinion Letters Contact Us Privacy Policy "


@pytest.mark.parametrize("text, code", [
    (_STORY * 3 + "The pier in winter light as the boats come back", "NL318"),
    (_STORY * 2 + _MENU + _STORY * 8, "NL344"),
    (_STORY + "\n\n" + _STORY + "\n\nJane Doe", "NL340"),
])
def test_what_the_rules_find_is_still_found(text, code):
    article = Article.parse(text, has_header=False)
    assert list(RULES[code].check(article))
    assert GATES[code](article)
    assert code in {f.code for f in LINTER.lint_article(article)}


@pytest.mark.parametrize("text, opened", [
    ("The council met on Monday. It released its report.\n\nThe mayor opened the new bridge.", {"NL340"}),
    (_STORY + "\n\n" + _STORY + "\n\n" + _STORY, set()),
    (_STORY, set()),
    (_STORY * 4, {"NL318", "NL344"}),  # the gates open; the story ends with a stop and holds no menu
])
def test_edited_prose_leaves_the_gates_shut_or_the_rules_silent(text, opened):
    article = Article.parse(text, has_header=False)
    assert {code for code, gate in GATES.items() if gate(article)} == opened
    assert not any(list(rule.check(article)) for rule in RULES.values())


_PIECES = (_STORY, _STORY, _MENU, "\n\n", "\n\n", "\n", " ", "Jane Doe", "By Jane Doe, Reuters", "Mr. Doe",
           "The pier at dawn", "Follow us on Twitter", "Copyright 2021 Harbour Times", ". ", "x", "Posted by Harbour Times")


def test_every_gate_lets_through_what_its_rule_finds_in_drawn_text():
    found = gates_hold_in_drawn_texts(RULES, GATES, drawn_texts(_PIECES, 1500, 6231, 40, fewest=1))
    assert sum(found.values()) > 100, found
