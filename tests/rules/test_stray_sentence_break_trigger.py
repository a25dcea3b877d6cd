"""NL105's trigger (judged in the shared trigger set) fires wherever the rule finds a stray stop, and not on clean
text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.model import Article
from newslint.rules.extraction.sentences import StraySentenceBreak

_PIECES = ("the talks", "ended", ". ", ".", " .", "\t", "  ", "Then", "tensions", "U.S", "a.m", "Mr", "etc", "\n\n",
           "'", "One", "rose", "1", "!")


def _found_and_fired(body: str) -> tuple[bool, bool]:
    article = Article.parse("Title\n\n" + body)
    rule = StraySentenceBreak()
    return bool(list(rule.check(article))), rule.trigger.fires(article.text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_trigger_fires_wherever_the_rule_finds_a_stray_stop(body: str) -> None:
    found, fired = _found_and_fired(body)
    assert fired or not found


def test_a_stray_stop_and_a_doubled_stop_fire_and_clean_text_does_not() -> None:
    assert _found_and_fired("Blinken met Lavrov at a time of crisis. tensions over Ukraine rose.") == (True, True)
    assert _found_and_fired("It is on show in various museums. .One of them is in Paris.") == (True, True)
    assert _found_and_fired("Blinken met Lavrov in Stockholm. Tensions over Ukraine rose on Monday.") == (False, False)
