"""NL330–NL332's gates (61e): where a gate says no, the rule's own check finds nothing (invented and drawn text);
where the rule finds something, its gate says yes."""

from __future__ import annotations

import pytest

from conftest import drawn_texts, gated_rules, gates_hold_in_drawn_texts
from newslint.api import make_linter
from newslint.model import Article
from newslint.rules.boilerplate import metadata

LINTER = make_linter()
GATES = {"NL330": metadata._glued_date, "NL331": metadata._may_hold_timestamp,
         "NL332": metadata._may_open_with_byline}
RULES = gated_rules(GATES)  # (each checked to be gated by its question)


@pytest.mark.parametrize("text, codes", [
    (" date 2021-12-02 The mayor opened the new bridge on Thursday.", {"NL330"}),
    ("Published 14:32 GMT, 2 December 2021\n\nThe mayor opened the new bridge.", {"NL331"}),
    ("Last updated at 11:47 GMT, 2 December 2021\n\nThe mayor opened the new bridge.", {"NL331"}),
    ("* Updated 21:22, 6 OCT 2020\n\nThe mayor opened the new bridge.", {"NL331"}),
    ("The mayor opened the new bridge.\n\n3 hours ago", {"NL331"}),
    ("By Jane Doe | Harbour Times\n\nThe mayor opened the new bridge.", {"NL332"}),
    ("The mayor opened the new bridge.\n\nBy Jane Doe | Harbour Times", {"NL332"}),
])
def test_leaked_metadata_is_still_found(text, codes):
    article = Article.parse(text, has_header=False)
    found = {code for code, rule in RULES.items() if list(rule.check(article))}
    assert found == codes
    assert {code for code in codes if GATES[code](article)} == codes
    assert {f.code for f in LINTER.lint_article(article)} >= codes


@pytest.mark.parametrize("text, opened", [
    ("The council met on Monday. It released its report two years ago.", set()),
    ("The council met on Monday. It published its report two years ago, and updated it last week.", {"NL331"}),
    ("Police said the road was closed for three hours.", set()),
    ("By Thursday the mayor had opened the new bridge.", {"NL332"}),  # the gate opens; the rule finds no byline
    ("The mayor, who posted a photograph of the bridge, said it would open in May.", {"NL331"}),
])
def test_edited_prose_leaves_the_gates_shut_or_the_rules_silent(text, opened):
    article = Article.parse(text, has_header=False)
    assert {code for code, gate in GATES.items() if gate(article)} == opened
    assert not any(list(rule.check(article)) for rule in RULES.values())


_PIECES = ("Published ", "Updated: ", "Last updated ", "FIRST POSTED ", "Modified on ", "By ", "Jane Doe", " | ",
           "Reuters", " date 2021-12-02 ", "14:32 GMT", "2 December 2021", "3 ", "٣ ", "hours ", "minutes ", "ago",
           " ago", "\n", "\n\n", " ", "The ", "mayor ", "said", ".", ", ", "* ", "- ", "Updated", "Posted", "x")


def test_every_gate_lets_through_what_its_rule_finds_in_drawn_text():
    found = gates_hold_in_drawn_texts(RULES, GATES, drawn_texts(_PIECES, 6000, 6130, 12, fewest=1))
    assert sum(found.values()) > 200, found
