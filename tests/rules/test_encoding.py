"""NL4xx encoding and markup rules."""

from pathlib import Path

import pytest
from conftest import drawn_texts

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def spans(found):
    return [(d.code, d.line, d.column, d.end_column) for d in found]


def test_mojibake_flags_word_and_fixes_it(lint, fixed):
    text = "Title\n\nRussiaâ€™s minister visited the cafÃ© in Kyiv.\n"
    assert spans(lint(text, select=["NL401"])) == [("NL401", 3, 1, 11), ("NL401", 3, 33, 38)]
    once = fixed(text, ["NL401"])
    assert once == "Title\n\nRussia’s minister visited the café in Kyiv.\n"
    assert fixed(once, ["NL401"]) == once


def test_html_entities_unescaped(lint, fixed):
    text = "Title\n\nProcter &amp; Gamble said&nbsp;it rose &amp;#8217; today.\n"
    assert spans(lint(text, select=["NL402"])) == [("NL402", 3, 9, 14), ("NL402", 3, 26, 32), ("NL402", 3, 40, 51)]
    once = fixed(text, ["NL402"])
    assert once == "Title\n\nProcter & Gamble said it rose ’ today.\n"
    assert fixed(once, ["NL402"]) == once


def test_html_tags_removed(lint, fixed):
    text = 'Title\n\nBlinken met Lavrov.<br/>The talks <a href="/x">lasted</a> long.\n'
    assert spans(lint(text, select=["NL403"])) == [("NL403", 3, 20, 25), ("NL403", 3, 35, 48), ("NL403", 3, 54, 58)]
    assert fixed(text, ["NL403"]) == "Title\n\nBlinken met Lavrov. The talks lasted long.\n"


def test_upper_case_html_is_markup_too(lint):
    text = "Title\n\nThe talks ended.<P>They resume <I>today</I>.<BR>Next.\n"
    assert [d.message for d in lint(text, select=["NL403"])] == [
        "HTML markup '<P>' in the text", "HTML markup '<I>' in the text", "HTML markup '</I>' in the text",
        "HTML markup '<BR>' in the text"]


def test_wire_stock_symbols_and_company_names_in_angle_brackets_are_not_markup(lint):
    text = ("Title\n\nFirst Interstate Bancorp <I> and Unilever <UL> lent to <Strong Point Inc>, "
            "and <B and R International Inc.> bought it.\n")
    assert lint(text, select=["NL403"]) == []


def test_invisible_characters(lint, fixed):
    text = "Title\n\nBlinken\u200b met Lavrov in\u000bStockholm.\n"
    assert spans(lint(text, select=["NL404"])) == [("NL404", 3, 8, 9), ("NL404", 3, 23, 24)]
    assert fixed(text, ["NL404"]) == "Title\n\nBlinken met Lavrov in Stockholm.\n"


def test_a_zero_width_space_between_two_words_becomes_a_space(fixed):
    text = "Title\n\nThe Kremlin\u200bSpokesman met Blinken\u200bKremlin aides in Stock\u200bholm, not Kyiv-\u200bLviv.\n"
    assert fixed(text, ["NL404"]) == "Title\n\nThe Kremlin Spokesman met Blinken Kremlin aides in Stockholm, not Kyiv-Lviv.\n"


def test_a_paragraph_hyphenated_for_the_browser_is_one_finding_whose_fix_removes_every_soft_hyphen(lint, fixed):
    body = "The har\u00adbour mas\u00adter said the new pi\u00ader would o\u00adpen be\u00adfore May.\u200b"
    text = f"Title\n\n{body}\n\nThe coun\u00adcil agreed.\n"
    found = lint(text, select=["NL404"])
    assert [(d.line, d.column, d.message.split(" in ")[0]) for d in found] == [
        (3, 8, "5 invisible soft hyphens"), (3, 65, "invisible zero-width space"), (5, 9, "invisible soft hyphen")]
    assert fixed(text, ["NL404"]) == "Title\n\nThe harbour master said the new pier would open before May.\n\nThe council agreed.\n"


def test_three_soft_hyphens_in_a_paragraph_are_still_reported_one_by_one(lint):
    text = "Title\n\nThe har\u00adbour mas\u00adter said the pi\u00ader is open.\n"
    assert [d.message.split(" in ")[0] for d in lint(text, select=["NL404"])] == ["invisible soft hyphen"] * 3


def test_joiners_in_emoji_and_persian_are_left_alone(lint):
    assert lint("Title\n\nA coder 👩\u200d💻 wrote می\u200cخواهم here.\n", select=["NL404"]) == []


def test_replacement_character(lint):
    found = lint("Title\n\nCaf\ufffd\ufffd au lait.\n", select=["NL4"])
    assert spans(found) == [("NL405", 3, 4, 6)]
    assert found[0].fix is None


def test_broken_hyphenation(lint, fixed):
    text = "Title\n\nSevere sanc- tions were im- posed.\n"
    found = lint(text, select=["NL406"])
    assert spans(found) == [("NL406", 3, 8, 19), ("NL406", 3, 25, 34)]
    assert [d.fix["applicability"] for d in found] == ["safe", "unsafe"]  # "im" is a word itself
    assert fixed(text, ["NL406"]) == "Title\n\nSevere sanctions were im- posed.\n"


@pytest.mark.parametrize("text", [
    "Pro- and anti-war groups held two- or three-day talks, pre- and post-war, short- to medium-term.",
    "Prices rose 5% to £600m; AT&T and R&D; if a < b and c > d; café, naïve, Zürich – “quoted” — fine.",
    "He was - and is - a well-known figure in the build-up.",
])
def test_clean_text_is_left_alone(lint, text):
    assert lint(f"Title\n\n{text}\n", select=["NL4"]) == []


def test_seeds_have_no_encoding_findings(lint):
    for path in sorted(SEEDS.glob("*.txt")):
        assert lint(path.read_text(), select=["NL4"]) == [], path.name


def test_the_mojibake_cue_is_in_every_text_ftfy_finds_bad():
    """The cheap pre-check of NL401 must never hide mojibake from ftfy's badness regex."""
    from ftfy.badness import BADNESS_RE

    from newslint.rules.encoding import MOJIBAKE_CUE

    chars = [chr(c) for c in [*range(0xA0, 0x250), *range(0x370, 0x460), *range(0x600, 0x640), *range(0x900, 0x940),
                              *range(0x2010, 0x2030), 0x20AC, 0x2122, 0xFB01]]
    samples = []
    for char in chars:
        for wrong in ("cp1252", "latin-1", "mac_roman", "cp1251", "cp437"):
            bad = char.encode("utf-8").decode(wrong, errors="replace")
            twice = bad.encode("utf-8").decode(wrong, errors="replace")
            samples += [f"word{m}word" for m in (bad, twice)] + [f"a {bad} b", f"{bad}.", f"x{twice}"]
    flagged = [text for text in samples if BADNESS_RE.search(text)]
    assert len(flagged) > 2000
    assert [text for text in flagged if not MOJIBAKE_CUE.search(text)] == []
    assert not MOJIBAKE_CUE.search("It cost £5m, a café said, and “that” was fine.")  # skipped: lone characters


def test_the_badness_regex_is_searched_near_the_cues_as_in_the_whole_text():
    """NL401 runs ftfy's badness regex only in windows around the cues: the same matches as a full scan."""
    from re import _parser

    from ftfy.badness import BADNESS_RE

    from newslint.rules import encoding

    assert _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1] <= encoding.BADNESS_WIDTH
    assert not any(mark in BADNESS_RE.pattern for mark in ("(?", "$", "\\b", "\\B", "\\A", "\\Z"))
    pieces = ["plain words here ", "Ã© ", "cafÃ©", "â€™s", "a\x85b", "Ã ", "Â ", "Ã ", "é ", "cœur ", "ГўВЂВ.x",
              "×² ", "Ø£Ø³", "Ã\xa0", "a Â ", "é€ ", "x", " ", "\n"]
    found = 0
    for text in drawn_texts(pieces, 300, 5, 60):
        expected = [m.span() for m in BADNESS_RE.finditer(text)]
        assert [m.span() for m in encoding._badness_matches(BADNESS_RE, text)] == expected, text
        found += len(expected)
    assert found > 1000


def test_the_single_byte_cue_tried_at_its_characters_finds_what_a_full_scan_finds():
    """NL401 tries the single-byte misreading cue only at the characters it can match: the same matches."""
    from newslint.rules import encoding

    pieces = ["mayorÕs", "donít", "cafÈ", "ÒWe", "won.Ó", "(ìquoted", "ëa", "Zoë", "Martín", "García", "ÉLYSÉE", "É",
              "Ž", "aŽ", "í", "aí", "aíb", " ", "\n", "\t", "(", "a", "Z", "é", "’", "word"]
    found = 0
    for text in drawn_texts(pieces, 2000, 401, 12):
        expected = [m.span() for m in encoding._SINGLE_BYTE_CUE.finditer(text)]
        assert [m.span() for m in encoding._single_byte_cues(text)] == expected, text
        found += len(expected)
    assert found > 2000


@pytest.mark.parametrize("text", [
    "Severe sanc- tions, well-known- ly, ab3cd- ef, x²ab- cd, im- posed and pro- and anti-war.",
    "gov- ern-ment, sanc-\ntions, a- b, de- cision- making, co-op- eration, trag- edy-",
])
def test_broken_hyphenation_tries_at_each_cue_what_a_full_scan_finds(text):
    from newslint.rules import encoding

    expected = [m.span() for m in encoding._BROKEN.finditer(text) if m.group() != f"{m.group(1)}-{m.group(2)}"]
    tried = [encoding._BROKEN.match(text, encoding._letters_start(text, cue.start()))
             for cue in encoding._BROKEN_CUE.finditer(text)]
    assert expected and [m.span() for m in tried if m and m.group() != f"{m.group(1)}-{m.group(2)}"] == expected


def test_mojibake_after_a_space_leaves_the_word_before_out(lint, fixed):
    text = "Title\n\nThe council will spend \u00c2\u00a35m on the bridge.\n"
    [d] = lint(text, select=["NL401"])
    assert text.splitlines()[2][d.column - 1:d.end_column - 1] == "\u00c2\u00a35m"
    assert fixed(text, ["NL401"]) == "Title\n\nThe council will spend \u00a35m on the bridge.\n"
