"""NL401 reads whether an article holds a mojibake cue or a single-byte misreading's cue from its trigger set's pass
(``Trigger.answers``), not from a search of Python's ``re`` over the whole text (31d): the RE2 cues answer as the
searches they stand for, and the rule finds the same whether the set answered or each cue searched on its own."""

from __future__ import annotations

from conftest import drawn_texts, natural_files

from newslint.model import Article
from newslint.rule import Triggers
from newslint.rules import encoding

_PIECES = ["a", "Z", " ", "\n", "(", "\t", ".", "é", "Â", "Ã", "Œ", "œ", "\x85", "\x9f", "€", "’", "“", "£", "Ò", "Ô",
           "ì", "ë", "À", "Ö", "×", "Ø", "Þ", "ß", "Ž", "í", "ð", "\ud800", "𝔘", "word", "café", "donít", "mayorÕs"]


def test_the_answered_cues_answer_as_the_searches_they_stand_for() -> None:
    held = [0, 0]
    for text in drawn_texts(_PIECES, 3000, 31, 8):
        mojibake, single = encoding.MOJIBAKE_CUE.search(text) is not None, encoding._SINGLE_BYTE_CUE.search(text) is not None
        assert encoding._MOJIBAKE_CUES.found(text) is mojibake, text
        assert encoding._SINGLE_BYTE_CUES.found(text) is single, text
        held[0] += mojibake
        held[1] += single
    assert min(held) > 300 and max(held) < 2700  # (both answers drawn for each)


def test_the_trigger_answers_both_cues_and_the_rule_finds_what_its_own_searches_find() -> None:
    rule = encoding.Mojibake()
    assert set(rule.trigger.answers) == {encoding._MOJIBAKE_CUES, encoding._SINGLE_BYTE_CUES}
    triggers = Triggers([rule.trigger])
    texts = [path.read_text(encoding="utf-8", errors="surrogateescape") for path in natural_files(("bbc", "scraped"), 60)]
    texts += ["Title\n\nRussiaâ€™s minister and the mayorÕs aide.\n", "Title\n\nThe cafÈ donít open.\n", "Title\n\nÒWe won.Ó\n",
              "Title\n\nA café, “quoted”, £5.\n"]
    found = 0
    for text in texts:
        told = Article.parse(text, "x", {}, True)
        if id(rule.trigger) in triggers.fired(told.text):  # (the set's answers now held for told.text)
            by_the_set = [(f.start, f.end, f.message) for f in rule.check(told)]
        else:
            by_the_set = []
        alone = Article.parse((text + " ")[:-1], "x", {}, True)  # (a text the set never read: each cue searches alone)
        assert alone.text is not told.text
        assert by_the_set == [(f.start, f.end, f.message) for f in rule.check(alone)], text[:80]
        found += len(by_the_set)
    assert found >= 4
