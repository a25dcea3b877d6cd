"""finditer_near gives exactly the whole search's matches (NL316's and NL320's regexes on long flattened pages); SpansByRe2
reads the UTF-8 the trigger sets kept."""

from __future__ import annotations

import random
import re

import pytest

from newslint import cuewindows, rule
from newslint.cuewindows import SpansByRe2
from newslint.rules.boilerplate import credits, inline

SENTENCES = [
    "The minister said the plan would go ahead.", "Scroll down for video", "Watch the full video here.",
    "Pictured: The shantytown in 2019.", "Above: a map of the area.", "John Smith contributed to this report.",
    "By . Jane Doe . PUBLISHED: . 12:01 EST, 3 March 2014 . | . UPDATED: . 14:02 EST, 3 March 2014 .",
    "Updated on 3 March 2014", "Follow Jane Doe on Twitter @janedoe.", "Sign up to get the news sent to you.",
    "A serviceman walks along a trench. (Photo by Anatolii STEPANOV / AFP)", "JONATHAN NACKSTRAND / AFP / Getty Images",
    "Jane Doe | The Times | Reuters", "REUTERS/Kevin Lamarque", "Image copyright Getty Images", "Photo: the scene.",
    "Three sources told Reuters.", "It rained on the hills of the north all week.", "© Daily Mail 2014",
]


def _page(rng: random.Random, sentences: int) -> str:
    return " ".join(rng.choice(SENTENCES) if rng.random() < 0.05 else SENTENCES[0] for _ in range(sentences))


def test_same_matches_as_the_whole_search_on_long_pages():
    rng = random.Random(13)
    found = 0
    for _ in range(60):
        text = _page(rng, rng.choice([5, 50, 400, 2000]))
        for pattern, near in ((inline._INLINE, inline._inline_matches),
                              (credits.CREDIT, credits._credit_matches)):
            whole = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in near(text)] == whole
            found += len(whole)
    assert found > 100  # the pages held matches far apart and close together


def test_a_match_running_into_a_cut_edge_falls_back_to_the_whole_search():
    cue = re.compile(r"cue x*")  # unbounded: a match longer than the margin reaches the window's edge
    text = "a " * 3000 + "cue " + "x" * 5000 + " b" * 3000
    at = text.index("cue")
    assert [m.span() for m in cuewindows.finditer_near(cue, text, [at])] == [m.span() for m in cue.finditer(text)]


def test_no_cue_no_search():
    assert cuewindows.finditer_near(re.compile("a"), "a" * 10, []) == []


def test_inline_matches_that_start_far_before_their_anchor_are_found():
    # the longest leads of _INLINE: a sentence of 200 characters before 'contributed', 100 before 'click here', and
    # 'We are not currently accepting…' (its 'We' 21 characters before the anchor), deep inside a long page
    story = "It rained on the hills of the north all week. " * 60
    leads = ["J" + "x" * 200 + " contributed to this report.", "For " + "y" * 96 + ", click here.",
             "Sorry, we are not currently accepting comments on this article.",
             "The opinions expressed in this commentary are solely those of Jane Doe.",
             "J" + "x" * 201 + " contributed to this report."]  # one character too many: no match
    for lead in leads:
        text = story + lead + " " + story + "Scroll down for video " + story
        whole = [m.span() for m in inline._INLINE.finditer(text)]
        assert [m.span() for m in inline._inline_matches(text)] == whole
        assert len(whole) == (1 if lead.startswith("J" + "x" * 201) else 2)


@pytest.mark.parametrize("text, kept, spans", [("abcdef", "abCdef", [(1, 3)]), ("éabcdef", "éabCdef", [(2, 4)])])
def test_spans_by_re2_read_the_utf8_the_trigger_sets_kept(monkeypatch, text, kept, spans):
    """A text whose UTF-8 the trigger sets kept (an article's, a one-line page's paragraph) is not encoded again: the
    spans are those of the kept bytes (here made to differ from the text's own, to tell which were read)."""
    monkeypatch.setattr(rule, "_ENCODED", {})
    glue_cue_spans = SpansByRe2(re.compile("[a-z][A-Z]"))
    assert glue_cue_spans(text) == []
    rule.remember_utf8(text, kept.encode())
    assert glue_cue_spans(text) == spans
