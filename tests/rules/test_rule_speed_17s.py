"""The pre-checks of issue 17's round six b (helper 17s): each skips work only where its rule cannot report.

Each case holds one defect that only one pre-check admits, placed where a stricter pre-check (an ASCII-only
class, a letter required before the mark, a cue left out of the article-wide search) would lose it; the rule is
run both through the engine (trigger applied) and on its own (``check``), which must agree.
"""

from __future__ import annotations

import pytest

from newslint.api import make_linter
from newslint.model import Article
from newslint.rules.extraction import sentences

GLUED_SENTENCES = {
    "2019.The": "The deal closed in 2019.The talks resumed later.",  # a digit before the stop
    '."The': 'Lavrov said."The talks were useful," he added.',  # a run of two marks
    "é.The": "They met at the café.The talks resumed later.",  # a letter beyond ASCII before the stop
    "(CNN)Police": "Downtown (CNN)Police said on Monday that nobody was hurt.",
    "Corp .In": "Shares of Chevron Corp .In a blog post the company said it would grow.",  # spaced glue only
    "–The": "LONDON (Reuters) –The talks resumed on Monday.",  # an en dash: a character beyond ASCII
    "’of": "He spoke of the ‘high number’of fighters in the town.",  # a closing quote glued to a small word
    ".©": "Microsoft said on Monday it would grow.© Reuters",  # the copyright sign alone
}


@pytest.mark.parametrize("glued", list(GLUED_SENTENCES))
def test_glued_sentence_cues_keep_every_kind_of_junction(lint, glued):
    text = GLUED_SENTENCES[glued]
    found = lint(text, select=["NL103"])
    assert [d.code for d in found] == ["NL103"], found
    assert glued.strip("(") in text[found[0].start:found[0].end] or glued in found[0].message
    rule = make_linter(select=["NL103"]).rules[0]
    assert rule.trigger.fires(text)
    assert len(list(rule.check(Article.parse(text, "<t>", {}, False)))) == 1


def test_glued_sentence_cues_skip_clean_text(lint):
    text = 'He said: "The talks were useful." Officials agreed (as expected). Then it rained.'
    assert not sentences._GLUED_SENTENCE_CUES.search(text)
    assert lint(text, select=["NL103"]) == []


# NL316's _INLINE is tried only at a capital, a 'w' or a ©: one case for each kind of first character, where a
# start set of its cue words alone (Scroll, Watch, …) would lose the match
INLINE_BOILERPLATE = {
    "a sentence's own capital": ("The vote was close. Xinhua's Li Wei contributed to this report. Officials met "
                                 "on Monday to discuss the plan.",
                                 "Xinhua's Li Wei contributed to this report."),
    "a lower-case w": ("The vote was close. we are not currently accepting comments on this article. Officials met "
                       "on Monday to discuss the plan.", "we are not currently accepting comments on this article."),
    "a stamp word": ("The vote was close. Jane Doe, CNN Updated 10:22 AM ET, Tue May 5, 2015 Officials met on Monday "
                     "to discuss the plan.", "Updated 10:22 AM ET, Tue May 5, 2015"),
}


@pytest.mark.parametrize("kind", list(INLINE_BOILERPLATE))
def test_inline_boilerplate_tried_at_every_possible_start(lint, kind):
    text, boilerplate = INLINE_BOILERPLATE[kind]
    found = lint(text, select=["NL316"])
    assert [text[d.start:d.end] for d in found] == [boilerplate]


def test_inline_starts_find_what_the_whole_search_finds():
    from pathlib import Path

    from newslint.rules import boilerplate

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.rglob("*.txt"))]
    texts += [text for _, (text, _) in INLINE_BOILERPLATE.items()]
    texts.append("Microsoft said on Monday it would grow.© Reuters")
    for text in texts:
        for pos, endpos in ((0, len(text)), (5, len(text) - 7), (len(text) // 2, len(text))):
            expected = [m.span() for m in boilerplate._INLINE.finditer(text, pos, endpos)]
            assert [m.span() for m in boilerplate._INLINE_STARTS.finditer(text, pos, endpos)] == expected
    assert [m.span() for m in boilerplate._INLINE_STARTS.finditer(texts[-1])]  # the ©


def test_run_together_length_filter_keeps_its_bounds(lint):
    """NL104 drops words by length before its letter and case tests: a short run (eight letters) and a long one
    are still weighed, a capitalised one still is not."""
    found = lint("Officials met thepresident on Monday. They said ofasylum cases rose.", select=["NL104"])
    assert sorted(d.message.split("'")[1] for d in found) == ["ofasylum", "thepresident"]
    assert lint("Officials met Thepresident on Monday.", select=["NL104"]) == []


@pytest.mark.parametrize("furniture", ["18 March 2014 Last updated at 09:22 GMT",  # no "By " in the article
                                       "By Jane Smith for MailOnline"])  # no "Last updated at"
def test_page_furniture_precheck_keeps_either_cue(lint, furniture):
    text = f"The council met on Monday. {furniture} The mayor said the plan would go ahead next year."
    found = lint(text, select=["NL316"])
    assert [text[d.start:d.end] for d in found] == [furniture]
