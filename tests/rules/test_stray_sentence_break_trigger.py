"""NL105's trigger (judged in the shared trigger set) fires wherever the rule finds a stray stop, and not on clean
text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.model import Article
from newslint.rules.extraction import sentences
from newslint.rules.extraction.sentences import StraySentenceBreak

_PIECES = ("the talks", "ended", ". ", ".", " .", "\t", "  ", "Then", "tensions", "U.S", "a.m", "Mr", "etc", "\n\n",
           "'", "One", "rose", "1", "!", "the", "an", "their", "plan", "UK", "_", "\u00e9", "(")


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


def test_a_stop_after_a_determiner_fires_and_one_after_a_word_ending_like_one_does_not() -> None:
    assert _found_and_fired("They met in the. UK officials said so.") == (True, True)
    assert _found_and_fired("(the. UK officials said so.") == (True, True)
    assert _found_and_fired("She set out a plan. It was new. He met a woman. She said so.") == (False, False)


def test_the_trigger_set_tells_the_rule_its_cues() -> None:
    """The rule asks its stray-stop and determiner cues of the whole text, which the trigger's set answers."""
    assert StraySentenceBreak.trigger.answers == (sentences._STRAY_STOP_CUES, sentences._DETERMINER_STOP_CUES)
    assert not sentences._DETERMINER_STOP_CUES.found("a plan. It and a woman. She")
    assert sentences._DETERMINER_STOP_CUES.found("5the. UK") and sentences._DETERMINER_STOP.search("5the. UK")
