"""Round seven's pre-checks (helper 17x): each must let through every case the rule it guards reports."""

from __future__ import annotations

import re
import sys

import re2

from newslint import dates
from newslint.model import Article


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
    draw = random.Random(17)
    for _ in range(50000):
        text = "".join(draw.choice(characters) for _ in range(draw.randint(1, 5)))
        mojibake = not text.isascii() and encoding.MOJIBAKE_CUE.search(text) is not None
        assert encoding.Mojibake.trigger.fires(text) == mojibake, text
        assert encoding.InvisibleCharacter.trigger.fires(text) == (encoding._INVISIBLE.search(text) is not None), text
        if encoding._BROKEN_CUE.search(text):
            assert encoding.BrokenHyphenation.trigger.fires(text), text
    assert encoding.BrokenHyphenation.trigger.fires("sanc²- tions")  # a letter to \w that is no decimal digit
