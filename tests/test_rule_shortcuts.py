"""The shortcuts of NL317's seam scan, NL701's first test, NL501's pre-check and the cues of the date, quote and
encoding rules (issue 17): each must let through what the long way finds.
"""

from __future__ import annotations

import math
import re
import sys

import pytest
import re2

from newslint import captions, dates, lexicon, textutil
from newslint.model import Article

from tests.test_captions import BLOCK, STORY, TAIL


def test_block_seams_are_added_only_in_the_stretch_of_a_sure_seam():
    sure = STORY + BLOCK + TAIL
    assert [c.word for c in captions.caption_seams(sure)] == ["Paul", "Without"]
    # a seam as strong as 'ground Paul' in a stretch of its own without a sure seam: scored once, never added
    other = BLOCK.replace("trip Without", "trip and without").replace("ground Paul", "stadium Mark")
    text = STORY + BLOCK + TAIL + " " + other + TAIL
    scored = captions._Scored(text)
    block_cut = math.log(captions._data()["block_threshold"] / (1 - captions._data()["block_threshold"]))
    strength = {(raw.before, raw.word): scored.scanned(raw, start, end)[1] for raw, start, end, _ in scored.raw}
    assert strength["stadium", "Mark"] >= block_cut  # so that only its stretch keeps it out
    found = [(c.before, c.word) for c in captions.caption_seams(text)]
    assert found == [("ground", "Paul"), ("trip", "Without")]


@pytest.mark.parametrize("text, start, word", [
    ("at the ground Paul", 0, "ground"),  # letters back to the space (the quick way)
    ("the fans’ Paul", 0, "fans’"),  # an apostrophe, a hyphen, a bracket: the walk back
    ("a rock-and-roll Paul", 0, "rock-and-roll"),
    ("(AFP/Getty) Paul", 0, "Getty)"),
    ("abcdef Paul", 3, "def"),  # never before the stretch's start, with or without a space in it
    ("x.abc Paul", 2, "abc"),
    ("ab 12% Paul", 0, "12%"),
])
def test_the_word_before_a_seam(text, start, word):
    assert captions._word_before(text, start, text.index(" Paul")) == word


def _reference_ocr_suspect(token: str) -> bool:
    return bool(re.search("rn|1|0", token)) and sum(c.isalpha() for c in token) >= 3 and not lexicon.is_known(token)


@pytest.mark.parametrize("token", ["cornpany", "rnodern", "1egislation", "Governrnent", "abc1", "ab1", "a1b", "1ab",
                                   "2010", "10th", "x0x0x", "modern", "corn", "éco1e", "ﬁ1ms", "rn", "ab-rn", "0.5m"])
def test_the_ocr_suspect_test_answers_as_the_letter_count(token):
    assert (textutil.ocr_suspects([token]) == [token] and not lexicon.is_known(token)) == _reference_ocr_suspect(token)


def test_the_ocr_confusion_first_test_answers_as_the_long_way_and_once_per_word(monkeypatch):
    from newslint.rules import spelling

    tokens = ["cornpany", "rnodern", "1egislation", "Governrnent", "government", "modern", "Sarnai", "2010s",
              "said.Cornwall", "over-70s", "0ne", "c0rn-fed", "ab1", "turn"]
    for token in tokens:  # the set comprehension the first test replaced
        assert spelling._unknown_with_ocr_reading(token) == bool(not lexicon.is_known(token) and (
            spelling.ocr_reading(token) or any(map(spelling.ocr_reading, spelling._PART.findall(token)))))
    asked = []
    is_known = lexicon.is_known
    monkeypatch.setattr(lexicon, "is_known", lambda word: asked.append(word) or is_known(word))
    for token in tokens:
        spelling._unknown_with_ocr_reading(token)
    assert asked == []  # each judged once per process


@pytest.mark.parametrize("body, repeat", [
    ("Of the of the talks, little is known.", "Of the of the"),  # the article's first words, capitalised
    ("Nobody knew what it is in it is in the end.", "it is in it is in"),  # a phrase of three
    ("Die Gespräche für of the of the Woche.", "of the of the"),  # letters beyond ASCII beside it
    ("The envoy left with the talks unfinished in the in the", "in the in the"),  # the last words
])
def test_a_phrase_of_function_words_said_twice_passes_the_pre_check(lint, body, repeat):
    text = "Talks in Stockholm\n\n" + body + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL501"])] == [repeat]


def _all_characters(pattern: str) -> str:
    return "".join(c for c in map(chr, range(sys.maxunicode + 1)) if not 0xD800 <= ord(c) <= 0xDFFF
                   and re.fullmatch(pattern, c))


def test_the_date_cues_space_and_number_classes_hold_every_python_space_and_digit():
    for python_class, cue_class in ((r"\s", dates._SPACE), (r"\d", dates._NUMBER)):
        characters = _all_characters(python_class)
        assert re2.fullmatch(f"{cue_class}+", characters), python_class


def _dates(text: str):
    return [(m.text, m.year, m.month, m.day, m.weekday) for m in dates.article_dates(Article.parse(text)).mentions]


def test_dates_in_paragraphs_without_a_cue_elsewhere_are_found():
    # each shape of the cue: a month before a number (any space of Python's), a day before a month, a year alone,
    # a day in digits beyond ASCII, a dateline in capitals, a date after a paragraph the cue spans into
    text = ("Title\n\nIt rained.\n\nSigned on 31\u2009June.\n\nOn Thursday, 2nd of Dec. 2021 it rained.\n\n"
            "In March\xa02023.\n\nOn \u0663 June.\n\nThe Mayor 5 June.")
    assert _dates(text) == [("31\u2009June", None, 6, 31, None), ("Thursday, 2nd of Dec. 2021", 2021, 12, 2, 3),
                            ("March\xa02023", 2023, 3, None, None), ("\u0663 June", None, 6, 3, None),
                            ("5 June", None, 6, 5, None)]
    wire = Article.parse("Title\n\nSTOCKHOLM, DEC 2 (Reuters) - Sweden said")
    assert [m.source for m in dates.article_dates(wire).mentions] == ["dateline"]


def test_relative_dates_are_found_when_first_asked():
    found = dates.article_dates(Article.parse("Title\n\nOn 2 May he left. He came back yesterday (Thursday)."))
    assert [(r.text, r.word, r.weekday) for r in found.relatives] == [("yesterday (Thursday)", "yesterday", 3)]


def _general_scan(text: str):
    """``quotes.scan`` without its straight-quote shortcut."""
    from newslint.rules import quotes

    original = quotes._scan_straight
    quotes._scan_straight = lambda text: None
    try:
        found = quotes.scan(text)
    finally:
        quotes._scan_straight = original
    return found.open_at, found.misspaced, found.unopened


def test_the_straight_quote_shortcut_finds_what_the_general_scan_finds():
    import random

    from newslint.rules import quotes

    cases = ['He said "yes" and "no', '"Go," he said. "Now."', 'conflicts, "he said', 'a 5\'10" man', '"(" x', 'x" "',
             '"a "b" c"', 'end. "Next', '"', '""', '" "', '\xa0"a', '("a")', '—"a"—', 'it was "open\n"shut"']
    draw = random.Random(17)
    alphabet = ['"', '"', '"', " ", " ", "a", "B", ".", ",", "(", "—", "-", "/", "\t", "\n", "\xa0", "5", "\u0663", "'",
                "’", "…", ")", "!", ":", "_"]
    cases += ["".join(draw.choice(alphabet) for _ in range(draw.randint(1, 14))) for _ in range(20000)]
    used = 0
    for text in cases:
        found = quotes.scan(text)
        assert (found.open_at, found.misspaced, found.unopened) == _general_scan(text), text
        used += quotes._scan_straight(text) is not None
    assert used > len(cases) // 3  # the shortcut is taken, not only its fallback


def test_the_encoding_triggers_fire_wherever_the_rules_own_cues_do():
    import random

    from newslint.rules import encoding

    characters = [chr(c) for c in [*range(0x300), *range(0x2000, 0x2070), 0xFEFF, 0xFFFD, 0x1F600]]
    characters += ["a", "Z", " ", "\n", "(", "Õ", "í", "È", "Ò", "ì"] * 20  # the single-byte cues' shapes, often
    draw = random.Random(17)
    for _ in range(50000):
        text = "".join(draw.choice(characters) for _ in range(draw.randint(1, 5)))
        mojibake = not text.isascii() and (encoding.MOJIBAKE_CUE.search(text) is not None
                                           or encoding._SINGLE_BYTE_CUE.search(text) is not None)
        assert encoding.Mojibake.trigger.fires(text) == mojibake, text
        assert encoding.InvisibleCharacter.trigger.fires(text) == (encoding._INVISIBLE.search(text) is not None), text
        if encoding._BROKEN_CUE.search(text):
            assert encoding.BrokenHyphenation.trigger.fires(text), text
    assert encoding.BrokenHyphenation.trigger.fires("sanc²- tions")  # a letter to \w that is no decimal digit
