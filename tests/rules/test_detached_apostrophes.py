"""NL206: a possessive's apostrophe an extractor wrote apart from its word (the word a link or in italics), and the
apostrophes and quotation marks it must leave alone. Every text here is made up; none is corpus text."""

from __future__ import annotations

import pytest

from newslint.api import make_linter
from newslint.fixes import apply_fixes, select_fixes


def article(*paragraphs, title="Harbour plan wins backing"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def marks(lint, text):
    return [text[d.start:d.end + 1] for d in lint(text, select=["NL206"])]


@pytest.mark.parametrize(("body", "found"), [
    ("So far the two rivals ’ plan is working, and it costs them little.", ["’ "]),
    ("One of the Harbour Agency 's weekly briefings was cancelled on Monday.", ["'s"]),
    ("A copy of the Quay Herald ’s review, printed in full.", ["’s"]),
    ("The painting is on loan from Jane Doe ‘s collection until spring.", ["‘s"]),  # the page's own wrong mark
])
def test_an_apostrophe_apart_from_its_word_is_reported(lint, body, found):
    assert marks(lint, article(body)) == found


@pytest.mark.parametrize("body", [
    "The board's plan and the rivals’ plan were both read out, with the mayor’s own.",
    "Press the 's' key, she said, and the letter 's ' appears in the box.",
    "The ferry to 's-Hertogenbosch leaves at noon, the board said.",
    "She called the plan ‘ambitious’ and the rivals ‘ reckless ’ in one breath.",  # a misspaced quotation: not here
    "The chairman said: 'so be it', and the meeting closed.",
])
def test_possessives_and_quotations_are_left_alone(lint, body):
    assert marks(lint, article(body)) == []


def test_the_fix_joins_the_apostrophe_to_its_word():
    text = article("So far the two rivals ’ plan is working, and the Harbour Agency 's figures show it.")
    findings = make_linter(select=["NL206"]).lint_text(text)
    assert select_fixes(findings) == []  # offered, never applied unasked
    fixed = apply_fixes(text, select_fixes(findings, unsafe=True))
    assert "rivals’ plan" in fixed and "Agency's figures" in fixed
