"""NL317: a seam of the caption model after a compound modifier in lower case, before a name of two words that the
sentence goes on after ('… on Saturday, mid-table Kestrel Town look to …'), lies inside one noun phrase and stays
silent; a compound noun a caption ends on ('the title run-in'), a compound verb after 'to' and a menu's capitalised
words stay seams. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import LAST, LATER, LONG, MORE, PROSE

from newslint.captions import Candidate
from newslint.rules.boilerplate.run_in import _compound_modifier, _inside_a_phrase

_BODY = " ".join([PROSE, MORE, LONG, LATER, LAST]) + " "
_CAPTION = ("Harbour Rovers beat Northfield in their last home game of the season at the Quay Ground in front of a big "
            "crowd on a sunny afternoon last month while Kestrel Town lost away at Millbrook ")


def _page(sentence: str) -> str:
    """A one-line page with a caption run in before ``sentence``."""
    return _BODY + _CAPTION + sentence + " Kestrel Town have lost twice. " + _BODY


def test_a_name_after_a_compound_modifier_goes_on_the_sentence(lint):
    found = shown(lint, _page("Also on Saturday, mid-table Kestrel Town look to return to winning ways."), "NL317")
    assert "Millbrook Also" in found  # the caption's seam before it is still found
    assert not [seam for seam in found if seam.startswith("mid-table")], found


def test_a_compound_noun_a_caption_ends_on_is_still_a_seam(lint):
    page = _page("Also on Saturday, the club from the harbour began its long and difficult title run-in Kestrel Town "
                 "players will train at home this week.")
    assert "run-in Kestrel" in shown(lint, page, "NL317")


@pytest.mark.parametrize("word, modifier", [
    ("mid-table", True), ("in-form", True), ("cash-strapped", True), ("run-in", False), ("shoot-out", False),
    ("build-up", False), ("Mid-table", False), ("30-year-old", False), ("table", False),
])
def test_compound_modifiers(word, modifier):
    assert _compound_modifier(word) is modifier


def _seam(previous: str, after: str, third: str) -> Candidate:
    return Candidate(seam=20, before="self-isolate", word="Kestrel", after=after, left=5, right=5, repeated=False,
                     lower_use=False, echo=False, third=third, previous=previous)


def test_a_compound_verb_after_to_and_a_menus_capitals_are_no_phrase():
    text = "x" * 40
    assert _inside_a_phrase(text, _seam("", "Town", "players"))  # a modifier: 'self-isolate Kestrel Town players'
    assert not _inside_a_phrase(text, _seam("to", "Town", "players"))  # a verb: '… them to self-isolate Kestrel …'
    assert not _inside_a_phrase(text, _seam("", "Town", "Fixtures"))  # a menu's words go on in capitals
