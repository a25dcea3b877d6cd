"""The compiled scans of the extraction rules (``_speedups.c``, block 17w) against their pure-Python twins.

``has_case_change`` (NL102's segments), ``glued_sentence_cues`` (NL103's pre-checks of a segment),
``possessive_starts`` (NL107's candidates), ``name_starts`` (NL107's index of capitalised words) and
``glued_run_spans`` (NL102's letter runs with a case change) , ``token_before`` (NL103's word before a junction) and
``glue_shapes`` (NL102's pre-check, a word glued to an opening quote among its shapes since 34e) and
``possessive_words`` (the possessives among an article's words), ``junctions`` (NL103's junctions) and
``title_words_lowered`` (NL104's capitalised words; block 26d, as ``possessive_starts``' set look-ups) must give
exactly what their twins in ``newslint/rules/extraction/`` give: on edge cases, drawn strings, the seeds and the
corpus beside the repository. The twins' pre-checks must also hold every match their rule's regex can report.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_files
from test_native import compiled, needs_compiled

from newslint.model import Article
from newslint import lexicon
from newslint.rules.extraction import _shared, glue, possessives, run_together, sentences

# the characters the scans look at (cases, digits, closing and opening marks, dashes, spaces, apostrophes), letters
# and digits beyond ASCII (decimal and not), white space beyond ASCII, characters beyond U+FFFF
ALPHABET = ("aAbBsSTtzZ09" ".!?…\"”’')]:;“‘([" "-–—" " \t\n\u00a0" "_@%" "éÉßΣİǅ٣²Ⅻ" "ÜМ\x9c" "😀\U0001d400")
TEXTS = st.text(alphabet=ALPHABET, max_size=60) | st.text(max_size=40)
# small words NL103 looks for after a closing quote, and names NL107 looks for, spliced into drawn text
PIECES = st.sampled_from(["of", "and", "the", "into", "whic", "Russias ", "Russia", "Russia's", "Russia’s ", "Blairs\t",
                          "Ab", "Abcs ", "Mr", "said.The", ' -The', " .In", "word”of", "(CNN)Police", "USSecretary"])
SPLICED = st.lists(TEXTS | PIECES, max_size=8).map("".join)
USED = frozenset({"Russia", "Blair's", "Abc’s", "Tes"})

EDGE_CASES = [
    "", "a", "A", "aA", "AAa", "AA", "Aa", "éA", "aÉ", "AÉa", "said.The", "said. The", "said .The", " .The", "x.“The",
    "x.(The", "x.((The", "x.)The", 'a."The', "a.”The", "12%.Analysts", "(CNN)Police", "note:It", "…The", "a…The",
    " -The", " --The", " ---The", " —“The", " !A", " ?\"", "the ‘high number’of", 'a "rebel"and', "2’of", "é”the",
    "a\u00a0.The", "a\u3000.The", "Russias Lavrov", "Russias\tLavrov", "Russias  Lavrov", "Russias 2", "Russias _x",
    "Russias ²", "Russias", "Russias ", "xRussias Lavrov", "_Russias Lavrov", "'Russias Lavrov", "’Russias Lavrov",
    ".Russias Lavrov", "-Russias Lavrov", "(Russias Lavrov", "Tes Lavrov", "Tess Lavrov", "Abcs Lavrov",
    "Blairs é", "RUSSIAS Lavrov", "Russiaés Lavrov", "Russias Lavrov’s Russias Blairs Tess", "McDonald eBay 3Com",
    "spokespersonDmitry", "USSecretary", "@JaneDoe x", "#TagName", "/pathName", ".comName", "\\aB c", "_aB c", "3aB c",
    "aB@", "aB/", "aB_", "aB3", "aB.c", "aB.C", "aB.", "aB", "xaB", "éaB c", "aBé c", "ǅaB c", "aB² c", "aB٣ c",
    # a run before a digit: kept where it ends in a lower-case letter (beyond ASCII too), left where in a capital
    "saidMarch3", "iOS14", "SARSCoV2", "PlayStation5", "aBc3", "aBé3", "aBÉ3", "aBǅ3", "aBß٣", "aBª²", "aBc²", "aBC3",
    "BankAmerica Corp", "£35.The", "€5,000,The", "12%.An", "'-,.x", "Smith’s.The", "a_b.C", "x½.Y", "٣.A", '"A', '"a', "“A", "ÜA", "ĜA", "МA", "\ud81cA", "\U0001F01CA", "\x9cA", "”A", "“ A", "iPhone and iPad", "LONDONThe", "ABc", "ABCd", "xAB", "AbCdEf gh",
    "Élysée ²nd Ⅻ Ab٣ _Ab ab_Cd", "😀Ab \U0001d400Cd",
    "peak3,000km", "concrete2.4m", "4,200builders", "abcd1234,000", "abcd123,000", "abcd12,00", "1,000abc", "1,000abcd",
    "abcd2.4", "abcd2.4M", "abcd.4m", "abc2.4m", "ABCDEFG", "ABCDEF", "%A", "% A", "9aaA", "9aaaA", "9A", "@", "a1",
    "\udcff lone aB", "ÿpeak3,000", "peak3,000", "peak3,00", "'s", "’s", "s", "Russia's", "Russia’s", "Russia`s",
    "word " * 3000 + "said.The", "a.", "a.)", "a.“", "a.“B", "a.(b", "a.((B", "a.\"(B", "a.'B", "a.’s", ".A", " .A",
    "a\u2028.B", "a\x85.B", "a.Bé٣c", "a.B_c", "a.ǅx", "ab.Éc", "abc.14 May", "abc.1,000", "abé.٣", "ab.1",
    # NL103's junction answers (32b): plain stops between a-z words, closing runs with straight quotes
    "the end.Then", "x said.Then", "etc.Then", "shop.Com", "<b> said.Then", "said.Théo", "said.Them&", 'a "b."Then',
    'a "b" c."Then', "a.”Then", "….”Then", " .”Then", "said!Then", "said.“Then", 'said.("Then', "saïd.Then",
]


def segments_of(texts: list[str]) -> list[str]:
    return [text for whole in texts for _, text in _shared._segments(Article.parse(whole, "<t>", {}, False))]


@pytest.fixture(scope="module")
def natural_texts() -> list[str]:
    files = natural_files(("bbc", "scraped", "reuters", "ocr"), 200)  # a few hundred of each keeps the test quick
    return segments_of([file.read_text(encoding="utf-8", errors="replace") for file in files])


def same(text: str) -> None:
    assert compiled.has_case_change(text) is glue._python_has_case_change(text), text
    assert compiled.glued_sentence_cues(text) == sentences._python_glued_sentence_cues(text), text
    assert compiled.possessive_starts(text, USED) == possessives._python_possessive_starts(text, USED), text
    assert compiled.name_starts(text) == possessives._python_name_starts(text), text
    assert compiled.glued_run_spans(text) == glue._python_glued_run_spans(text), text
    assert compiled.glue_shapes(text) == glue._python_glue_shapes(text), text
    assert compiled.junctions(text) == sentences._python_junctions(text), text
    words = [text, text + "'s", text + "’s", text[:-1], text[-3:], *text.split()]
    assert compiled.possessive_words(words) == _shared._python_possessive_words(words), text
    for end in range(len(text) + 1) if len(text) < 200 else range(0, len(text) + 1, 37):
        assert compiled.token_before(text, end) == sentences._python_token_before(text, end), (text, end)


@needs_compiled
@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases(text: str) -> None:
    same(text)


@needs_compiled
@settings(max_examples=1500, deadline=None)
@given(SPLICED)
def test_drawn_strings(text: str) -> None:
    same(text)


@needs_compiled
@pytest.mark.parametrize("filler", ["", " ", "x", "@", "[", "`", "{", "Z", "À", "é", "×", "’", "\u0100", "\u0141"])
def test_possessive_starts_at_every_offset_of_an_eight_character_step(filler: str) -> None:
    """possessive_starts skips a one-byte text eight characters at a time to the next capital A-Z and reads a word's
    a-z eight at a time, a two-byte text four characters at a time: a candidate at each offset, after characters on
    either side of those ranges (and beyond ASCII: á holds a's low seven bits), is found as its twin finds it."""
    used = USED | {"Abcdefghijklmnop", "Wxyz", "Abcdefgh"}
    for shift in range(18):
        for words in ("Russias Lavrov met Blairs aides, Abcs Tess say",
                      "Abcdefghijklmnops word Abcdefghs word Wxyzs Wxyz\u00e1s x Wxyz{s y Wxyzs` Abcdefghs end"):
            text = filler * shift + words
            assert compiled.possessive_starts(text, used) == possessives._python_possessive_starts(text, used), text


# what the one-byte scans pass over eight bytes at a time (a-z and spaces; no capital A-Z; no mark), and the shapes,
# case changes and junctions that end such a stretch or straddle its edge
PROSE = ["the talks went on", "ab  cd", "abc", " ", "ab,cdefghijk lmn", "x1 y2, z.", "é ü", "abcdefghijklmnopqrstuvwxyz"]
SHAPES = ["", "aB", "AAa", "ABc", "AB", "A", "a", "9aA", "9abA", "9abcA", "9abcdefghijA", "%A", "a1", "ABCDEFG", "@",
          "peak3,000", "7hours", 'word"The', "ab“C", "  A", "a\nB", "`{", "é", "\x7f", "\xa0A", "said.The", 'said."The', "x!(The", "a?[B",
          "note:It", "a;B", "(CNN)Police", "a]B", "x'The", " .In", " -The", " --The", 'x"of', "abc.1", "\\B", "^B",
          "iPhone", "USSecretary", "spokespersonDmitry", "@JaneDoe", "BankAmerica Corp", "aB.c", "saidMarch3", "iOS14"]


@needs_compiled
@pytest.mark.parametrize("shape", SHAPES)
def test_one_byte_scans_at_every_offset_of_an_eight_character_step(shape: str) -> None:
    """has_case_change, glue_shapes, glued_run_spans, glued_sentence_cues and junctions pass over a
    one-byte text eight bytes at a time: a shape at each offset after prose, before prose and between two stretches of
    it is found as the twins find it."""
    for prose in PROSE:
        for shift in range(18):
            before = (prose * 4)[:shift]
            for text in (before + shape, before + shape + prose * 3, shape + before, "AB" + before + shape + prose):
                assert compiled.has_case_change(text) is glue._python_has_case_change(text), text
                assert compiled.glue_shapes(text) == glue._python_glue_shapes(text), text
                assert compiled.glued_run_spans(text) == glue._python_glued_run_spans(text), text
                assert compiled.glued_sentence_cues(text) == sentences._python_glued_sentence_cues(text), text
                assert compiled.junctions(text) == sentences._python_junctions(text), text


@needs_compiled
def test_natural_text(natural_texts: list[str]) -> None:
    for text in natural_texts:
        same(text)
        used = frozenset(text.split())
        assert compiled.possessive_starts(text, used) == possessives._python_possessive_starts(text, used), text


@needs_compiled
@pytest.mark.parametrize("before", ["", "a", " ", "a.", ". "])
@pytest.mark.parametrize("after", ["", "A", "a", " ", "“A", "(a", "of", " A", "\u2019of"])
def test_glued_sentence_cues_of_a_run_of_closing_marks(before: str, after: str) -> None:
    """A run of closing marks is tried for a junction once, not once per mark: a run, or a run that a space or a
    letter breaks, followed by each kind of character, is cued as the twin cues it."""
    for marks in ('"', "'", '".', ".)’", "”:;]"):
        for count in (1, 2, 3, 7):
            for text in (before + marks * count + after, (before + marks * count + after) * 3,
                         marks * count + " " + marks * count + after, marks * count + "a" + marks * count + after):
                assert compiled.glued_sentence_cues(text) == sentences._python_glued_sentence_cues(text), text


@needs_compiled
@pytest.mark.parametrize("line", ['"' * 200_000, '"' * 200_000 + "The", "a" + ".”" * 100_000 + "x"])
def test_glued_sentence_cues_of_a_long_line_of_marks_in_linear_time(line: str) -> None:
    """(A run of closing marks read once per mark took 7 s on 100,000 straight quotes.)"""
    started = time.process_time()
    cues = compiled.glued_sentence_cues(line)
    assert time.process_time() - started < 1.0
    assert cues == sentences._python_glued_sentence_cues(line)


def reportable_cues(text: str) -> int:
    """The bits of NL103's scans that can report in ``text``: a junction not after white space, any spaced glue, a
    quote after a letter glued to a small word."""
    junction = any(m.start() and not text[m.start() - 1].isspace() for m in sentences._JUNCTION.finditer(text))
    quote = any(text[m.start() - 1:m.start()].isalpha() for m in sentences._QUOTE_THEN_WORD.finditer(text))
    return junction | (2 if sentences._SPACED_GLUE.search(text) else 0) | (4 if quote else 0) \
        | (8 if sentences._STOP_BEFORE_NUMBER.search(text) else 0)


@settings(max_examples=1500, deadline=None)
@given(SPLICED)
def test_the_cues_hold_what_nl103_may_report(text: str) -> None:
    assert reportable_cues(text) & ~sentences._glued_sentence_cues(text) == 0, text


def test_the_cues_hold_what_nl103_may_report_on_edge_cases() -> None:
    for text in EDGE_CASES:
        assert reportable_cues(text) & ~sentences._glued_sentence_cues(text) == 0, text
    assert sentences._glued_sentence_cues("said.The") & 1
    assert sentences._glued_sentence_cues("said .The") == 2
    assert sentences._glued_sentence_cues("the ‘high number’of") == 4
    assert sentences._glued_sentence_cues("said. The man said ' The'") == 0
    assert sentences._glued_sentence_cues("Mill Road.14 May") == 8
    assert sentences._glued_sentence_cues("Road.14 May, said.The") == 9
    assert sentences._glued_sentence_cues("café.٣,000") & 8


def test_junctions_are_the_regex_matches_not_after_a_space() -> None:
    text = 'said.The (CNN)Police .The x."“A ok.”He a.). b.)x said."I\'m "The end.'
    assert [junction[:4] for junction in sentences._junctions(text)] == [
        (match.start(), match.start("open"), match.start("word"), match.end())
        for match in sentences._JUNCTION.finditer(text) if not text[match.start() - 1].isspace()]
    assert [text[start:end] for start, _, _, end, _, _ in sentences._junctions(text)] == [
        ".The", ")Police", '."“A', ".”He", '."I']


@needs_compiled
@pytest.mark.parametrize("unit", ["x.Y", "ab.Cd", "-x.Y", "..x.Y", "x,-.Y", "1.Ab", "x.”Y", "é.Ñ", "x.Y z", "x.Y\n"])
def test_junctions_of_a_run_with_no_space_are_the_twins(unit: str) -> None:
    # the compiled scan finds each token back only to the last junction's (a run of junctions is one token): the
    # same junctions, tokens and answers as the twin's scan back from each
    for count in (1, 2, 3, 50):
        for lead in ("", "said ", "--", "’"):
            same(lead + unit * count)


def test_possessive_starts_are_the_matches_whose_stem_is_used() -> None:
    text = "Russias Lavrov met Blairs aides and Tess friends, not Britons or Koreas Kim."
    assert possessives._possessive_starts(text, USED) == [0, text.index("Blairs"), text.index("Tess")]  # not Britons


class _EqualToStr:
    """A key that hashes and compares as a str it is not (a set holding one must be asked by comparison)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __hash__(self) -> int:
        return hash(self.text)

    def __eq__(self, other: object) -> bool:
        return other == self.text


class _StrSubclass(str):
    pass


@needs_compiled
def test_possessive_starts_ask_any_container_as_its_twin_does() -> None:
    """possessive_starts looks a stem and its possessives up in a set or frozenset from their characters (no str made);
    every other container, a key of another type equal to a str, a long stem, a set with deleted keys or thousands of
    keys (probes past the first nine slots), in texts of each kind, answer as the twin's ``in`` does."""
    stems = ["Russia", "Blair", "Abc", "Tes", "Qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnmqwertyuiopasdf"]
    text = " ".join(f"{stem}s word" for stem in stems) + " Zzzs word Mr Praters aide"
    texts = [text, text + " é", text + " Ω", text + " 😀", "é " + text.replace("word", "wörd")]
    many = frozenset(f"w{index}" for index in range(5000))
    deleted = set(stems) | {f"x{index}" for index in range(300)}
    deleted -= {f"x{index}" for index in range(0, 300, 2)} | {"Tes"}
    containers = [
        frozenset(), frozenset({"Russia", "Blair's", "Abc’s", "Tes"}), set(stems), deleted, many | {"Prater’s"},
        many | {stems[-1]}, frozenset({"Blair’s", "Russia's"}), {_EqualToStr("Russia"), "Prater"},
        frozenset({_StrSubclass("Blair"), "Abc's"}), dict.fromkeys(["Tes", "Russia’s"]), ["Abc", "Blair's"],
        "Russia Blair's", frozenset({"Russia".encode(), 1, 2.5, ("Blair",)}),
    ]
    for whole in texts:
        for used in containers:
            assert compiled.possessive_starts(whole, used) == possessives._python_possessive_starts(whole, used), \
                (whole, used)


TITLE_WORDS = ["", "A", "Ab", "Abc", "Abcdef", "Abcdefgh", "ABCDEFGH", "abcdefgh", "AbCdefgh", "Abc-Def", "Abc1defg",
               "İstanbul", "İ", "İİİİİİ", "Ǆemal", "ǅemala", "Σίσυφος", "Élysée", "Ab cd ef", "Qwertyuiop" * 5,
               "Thatcherismpossible", "Voxfounder", "Newsdesk", "Ab\u0307cdef"]
WORD_LISTS = st.lists(st.text(alphabet="aAbBİiǅǆΣσé \u0307-1", max_size=12) | st.sampled_from(TITLE_WORDS), max_size=12)


def same_title_words(words: list[str]) -> None:
    for shortest, longest in ((0, 40), (1, 1), (6, 40), (8, 40), (4, 9)):
        assert compiled.title_words_lowered(words, shortest, longest) \
            == run_together._python_title_words_lowered(words, shortest, longest), (words, shortest, longest)


@needs_compiled
def test_title_words_lowered_hand_cases() -> None:
    same_title_words(TITLE_WORDS)
    same_title_words([])
    same_title_words(["A" + "b" * 100_000, "A" * 100_000, "İ" * 100_000])
    assert compiled.title_words_lowered(frozenset(["Abcdef"]), 6, 6) == ["abcdef"]
    assert compiled.title_words_lowered(iter(["Abcdef", "Abc"]), 4, 40) == ["abcdef"]
    with pytest.raises(TypeError):
        compiled.title_words_lowered(["Abcdef", b"Abcdef"], 0, 40)
    with pytest.raises(TypeError):
        compiled.title_words_lowered(3, 0, 40)


@needs_compiled
def test_title_words_lowered_read_every_character_as_istitle_does() -> None:
    """Each code point alone and after a capital and after a small letter: str.istitle's verdict, read in C."""
    for pattern in ("{}", "A{}", "a{}", "{}a"):
        words = [pattern.format(chr(code)) for code in range(0x110000)]
        assert compiled.title_words_lowered(words, 0, 2) == [word.lower() for word in words if word.istitle()], pattern


@needs_compiled
@settings(max_examples=500, deadline=None)
@given(WORD_LISTS)
def test_title_words_lowered_drawn(words: list[str]) -> None:
    same_title_words(words)


@settings(max_examples=500, deadline=None)
@given(WORD_LISTS)
def test_title_words_lowered_give_unknown_words_their_candidates(words: list[str]) -> None:
    """NL104's name candidates from the title-case words of the right length, lowered, are those of every title-case
    word lowered: lowering never shortens a word, and the one it lengthens ('İ') gains a combining mark."""
    table = lexicon.frequencies()
    for shortest in (6, 8):
        assert run_together._unknown_words(run_together._title_words_lowered(words, shortest, 40), shortest, 40,
                                           table, frozenset()) \
            == run_together._unknown_words(map(str.lower, filter(str.istitle, words)), shortest, 40, table, frozenset())


@needs_compiled
def test_wrong_arguments_raise_type_errors() -> None:
    for function in (compiled.has_case_change, compiled.glued_sentence_cues, compiled.name_starts,
                     compiled.glued_run_spans, compiled.glue_shapes,
                     compiled.junctions):
        with pytest.raises(TypeError):
            function(b"bytes")
    with pytest.raises(TypeError):
        compiled.possessive_starts(b"bytes", USED)
    with pytest.raises(TypeError):
        compiled.possessive_starts("Russias Lavrov", 3)
    with pytest.raises(ValueError):
        compiled.token_before("said.The", 9)
    with pytest.raises(TypeError):
        compiled.possessive_words(["Russia's", b"bytes"])
    with pytest.raises(TypeError):
        compiled.possessive_words({"Russia's": 1})


def test_no_native_selects_the_python_twins() -> None:
    code = ("from newslint.rules.extraction import _shared, glue, possessives, sentences; "
            "assert glue._has_case_change is glue._python_has_case_change; "
            "assert sentences._glued_sentence_cues is sentences._python_glued_sentence_cues; "
            "assert possessives._possessive_starts is possessives._python_possessive_starts; "
            "assert possessives._name_starts_in is possessives._python_name_starts; "
            "assert glue._glued_run_spans is glue._python_glued_run_spans; "
            "assert sentences._token_before is sentences._python_token_before; "
            "assert glue._glue_shapes is glue._python_glue_shapes; "
            "assert _shared._possessive_words is _shared._python_possessive_words; "
            "assert sentences._junctions is sentences._python_junctions; "
            "from newslint.rules.extraction import run_together; "
            "assert run_together._title_words_lowered is run_together._python_title_words_lowered")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})
