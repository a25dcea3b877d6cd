"""The compiled helpers (newslint/_speedups.c) against their pure-Python versions and the word regex.

Each compiled function must give exactly what its pure-Python twin gives (which ``NEWSLINT_NO_NATIVE=1`` or a
machine without a C compiler uses): on the seeds, on the natural corpus beside the repository and on drawn
strings built from the characters where tokenizers go wrong. CI sets ``NEWSLINT_REQUIRE_NATIVE=1``: there a
missing extension is a failure, not a skip.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter, UserDict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import lexicon, model, native, textutil
from newslint.ocr import gate
from newslint.rules.extraction import run_together
from conftest import CORPUS, natural_files

REQUIRED = os.environ.get("NEWSLINT_REQUIRE_NATIVE", "") not in ("", "0")
compiled = native.speedups

needs_compiled = pytest.mark.skipif(compiled is None and not REQUIRED,
                                    reason="the extension is not built (or NEWSLINT_NO_NATIVE is set)")

# letters of several scripts, a combining mark, digits of other scripts, numerals, the separators a word may hold
# inside, other punctuation, white space of several kinds, an underscore, emoji and characters beyond U+FFFF
ALPHABET = ("aZéß\u0301\u0345ǅΣİﬁ" "٣²Ⅻ½" "'’-." ",;:!?\"“”()_/&" " \t\n\u00a0\u2009\u3000"
            "😀👍🏽\U0001d400\U00020000\U000104a0")
TEXTS = st.text(alphabet=ALPHABET, max_size=60) | st.text(max_size=40)


def same_cues(bits: int | None, held: tuple[frozenset[int], ...], picked: set[int], expected: set[int],
              text: str) -> set[int] | None:
    """A compiled cue scan's answer (``bits``, None where it leaves the text to RE2; ``held``: the rule's table of
    cue sets by bits) and the rule's own pick (``picked``), each held to the RE2 set's (``expected``)."""
    assert picked == expected, text
    if bits is None:
        return None
    assert set(held[bits]) == expected, text
    return expected


def python_word_texts(text: str) -> list[str]:
    return textutil._word_texts(text)


@pytest.fixture(scope="module")
def natural_texts() -> list[str]:
    files = natural_files(("bbc", "scraped", "reuters", "ocr"), 400)  # a few hundred of each keeps the test quick
    return [file.read_text(encoding="utf-8", errors="replace") for file in files]


def test_the_extension_is_in_use_where_required() -> None:
    """CI (``NEWSLINT_REQUIRE_NATIVE=1``) proves the install compiled the extension and newslint uses it."""
    if not REQUIRED:
        pytest.skip("NEWSLINT_REQUIRE_NATIVE is not set")
    assert compiled is not None, "newslint._speedups was not built (see hatch_build.py) or NEWSLINT_NO_NATIVE is set"
    assert textutil.word_texts is compiled.word_texts


def test_no_native_selects_the_python_versions() -> None:
    code = ("from newslint import native, textutil, model; from newslint.ocr import gate; "
            "assert native.speedups is None; assert textutil.word_texts is textutil._word_texts; "
            "assert model._lower_words is model._python_lower_words; "
            "assert gate._words_not_in is gate._python_words_not_in")
    env = {**os.environ, "NEWSLINT_NO_NATIVE": "1"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


EDGE_CASES = [
    "", " ", "\n\t \u3000", "a", "a.", "ab.", "U.S.", "U.S.A.", "e.g.", "Mr. Smith", "J.R.R. Tolkien", "1.5.", "1.5bn.",
    "don't", "don’t", "rock 'n' roll", "build-up", "--x--", "x--y", "a..b", "a.-b", "end.", "x.", "…", "_a_b_", "a_b",
    "café au lait", "naïve", "Σίσυφος.", "İstanbul", "straße", "ﬁne", "e\u0301te\u0301", "\u0301a", "٣٤ ²³ Ⅻ",
    "😀word😀", "a😀.b", "\U0001d400\U0001d401.", "x\U00020000y", "’tis", "'90s", "rock’n’roll’", "a-", "-a",
    "word" * 5000, "ab. " * 300 + "z.",
]


@needs_compiled
@pytest.mark.parametrize("text", EDGE_CASES)
def test_word_texts_on_edge_cases(text: str) -> None:
    assert compiled.word_texts(text) == python_word_texts(text) == textutil.WORD.findall(text)


@needs_compiled
@settings(max_examples=1500)
@given(TEXTS)
def test_word_texts_on_drawn_strings(text: str) -> None:
    assert compiled.word_texts(text) == textutil.WORD.findall(text)


@needs_compiled
@settings(max_examples=500)
@given(st.lists(TEXTS, max_size=12))
def test_word_lists_on_drawn_words(words: list[str]) -> None:
    """Lower-casing, the plain lower-case words and the words missing from tables, on any strings."""
    assert compiled.lower_words(words) == model._python_lower_words(words)
    assert compiled.lower_alpha_words(words) == gate._python_lower_alpha_words(words)
    known, other = dict.fromkeys(words[::2], 1), frozenset(words[1::3])
    assert compiled.words_not_in(words, known, other) == gate._python_words_not_in(words, known, other)


@needs_compiled
def test_natural_text(natural_texts: list[str]) -> None:
    """Seeds and the shared corpus (when beside the repository): tokens, lowered words, the gate's word counts."""
    assert len(natural_texts) > 20
    table = lexicon.frequencies()
    for text in natural_texts:
        words = compiled.word_texts(text)
        assert words == python_word_texts(text), text[:80]
        assert compiled.lower_words(words) == model._python_lower_words(words)
        plain = compiled.lower_alpha_words(words)
        assert plain == gate._python_lower_alpha_words(words)
        assert compiled.words_not_in(plain, table, gate.WIRE_ABBREVIATIONS) == \
            gate._python_words_not_in(plain, table, gate.WIRE_ABBREVIATIONS)


@pytest.mark.skipif(not (CORPUS / "ocr").is_dir(), reason="the shared corpus is not beside the repository")
def test_the_gate_decides_the_same_either_way(natural_texts: list[str]) -> None:
    """The OCR gate's decision, evidence included, with the compiled helpers and without."""
    code = ("import json, sys; from newslint.model import Article; "
            "print(json.dumps([Article.parse(t).ocr.describe() for t in json.load(sys.stdin)]))")
    texts = natural_texts[::3]
    runs = [subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True,
                           check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": flag}).stdout for flag in ("0", "1")]
    assert runs[0] == runs[1]


@pytest.mark.parametrize("name, args", [
    ("word_analysis", ()), ("word_analysis", (("a", "tuple"),)), ("word_analysis", (["a"], 1)),
    ("unknown_words", (["word"], 1, 20, {})), ("unknown_words", (["word"], "1", 20, {}, ())),
    ("doubled_word_candidates", (["a", "a"], {"the"})), ("run_in_cues", ("text", (), [])),
    ("run_in_cue_starts", (b"text", (), ())), ("stamp_paragraphs", (["text"], "m", ())),
    ("json_record", (b"{}", None, None)), ("inline_cues", ("text", [])), ("inline_cues", ("text",)),
])
def test_the_functions_of_every_article_check_their_arguments(name: str, args: tuple) -> None:
    """(46b) Their arguments unpacked without PyArg_ParseTuple: the wrong number, or an item of the wrong type, is a
    TypeError as before."""
    if compiled is None:
        pytest.skip("the extension is not built")
    with pytest.raises(TypeError):
        getattr(compiled, name)(*args)


def test_an_index_argument_too_large_overflows() -> None:
    if compiled is None:
        pytest.skip("the extension is not built")
    with pytest.raises(OverflowError):
        compiled.unknown_words(["word"], 2 ** 80, 20, {}, ())
    assert compiled.unknown_words(["wordx"], True, 20, {"wordx": 1}, ()) == []  # (an int's subclass is an index)


def test_wrong_arguments_raise_type_errors() -> None:
    if compiled is None:
        pytest.skip("the extension is not built")
    with pytest.raises(TypeError):
        compiled.word_texts(b"bytes")
    with pytest.raises(TypeError):
        compiled.lower_words(("a", "tuple"))
    with pytest.raises(TypeError):
        compiled.lower_alpha_words(["a", 1])


# -- unknown_words: NL104's candidates, against its twin in extraction/run_together.py ---------------------------
WORD_ALPHABET = "abzAZéßǅΣİﬁ\u0301'’-.٣ _😀"
WORDS = st.text(alphabet=WORD_ALPHABET, max_size=12) | st.text(max_size=10)


@needs_compiled
@settings(max_examples=500)
@given(st.lists(WORDS, max_size=15), st.integers(0, 6), st.integers(0, 12))
def test_unknown_words_on_drawn_words_and_tables(words: list[str], shortest: int, longest: int) -> None:
    """Any words and bounds; a table whose value 0 counts as unknown (``get``), a mapping that is no dict."""
    table = {word: i % 3 for i, word in enumerate(words[::2])}  # 0: known to the table, yet no frequency
    accepted = frozenset(words[1::3])
    expected = run_together._python_unknown_words(words, shortest, longest, table, accepted)
    assert compiled.unknown_words(words, shortest, longest, table, accepted) == expected
    assert compiled.unknown_words(words, shortest, longest, UserDict(table), accepted) == expected
    assert compiled.unknown_words(frozenset(words), shortest, longest, table, accepted) == \
        run_together._python_unknown_words(frozenset(words), shortest, longest, table, accepted)


@needs_compiled
def test_unknown_words_on_natural_text() -> None:
    files = natural_files(("bbc", "scraped", "ocr"), 200)
    table = lexicon.frequencies()
    found = 0
    for file in files:
        words = frozenset(textutil.word_texts(file.read_text(encoding="utf-8", errors="replace")))
        expected = run_together._python_unknown_words(words, 7, 40, table, frozenset({"takeaway"}))
        assert compiled.unknown_words(words, 7, 40, table, frozenset({"takeaway"})) == expected
        found += len(expected)
    assert found > 0


def test_unknown_words_refuses_wrong_arguments() -> None:
    if compiled is None:
        pytest.skip("the extension is not built")
    with pytest.raises(TypeError):
        compiled.unknown_words(["abcdefgh", 1], 7, 40, {}, frozenset())
    with pytest.raises(TypeError):
        compiled.unknown_words(5, 7, 40, {}, frozenset())
    with pytest.raises(TypeError):
        compiled.unknown_words(["abcdefgh"], 7, 40, {}, 3)  # accepted: no container


def test_no_native_selects_the_python_unknown_words() -> None:
    code = ("from newslint.rules.extraction import run_together; "
            "assert run_together._unknown_words is run_together._python_unknown_words")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})


# -- word_analysis: an article's word analyses in one pass, against model._python_word_analysis ----------
def assert_same_analysis(texts: list[str]) -> None:
    """Equal fields, in the same order: the lists, the counts' keys and values; the set of distinct words equal, each
    word found in it (its table is sized at once, so its order is its own: a set's order changes with the process's
    string hashes anyway)."""
    got, expected = compiled.word_analysis(texts), model._python_word_analysis(texts)
    assert len(got) == len(model.WORD_ANALYSES) and got[0] == expected[0] and got[2:5] == expected[2:5]
    assert type(got[6]) is list and got[6] == expected[6]  # NL701's suspects, in order of first occurrence
    assert type(got[1]) is frozenset and got[1] == expected[1] and len(got[1]) == len(expected[1])
    assert all(word in got[1] for word in expected[1]) and hash(got[1]) == hash(expected[1])
    assert type(got[3]) is list and type(got[4]) is bytes


@needs_compiled
@settings(max_examples=500)
@given(st.lists(TEXTS, max_size=6))
def test_word_analysis_on_drawn_paragraphs(texts: list[str]) -> None:
    assert_same_analysis(texts)


@needs_compiled
def test_word_analysis_on_natural_text(natural_texts: list[str]) -> None:
    for text in natural_texts:
        assert_same_analysis([paragraph for paragraph in text.split("\n") if paragraph])


@needs_compiled
def test_word_analysis_on_many_distinct_words() -> None:
    """Enough distinct words to grow the table several times, repeats in every script and width of string."""
    words = [f"w{i}ord" for i in range(5000)] + ["Straße", "STRASSE", "straße", "İstanbul", "\U0001d400x", "x"]
    assert_same_analysis([" ".join(words), " ".join(reversed(words)), "é " + " ".join(words[::7])])


@needs_compiled
def test_word_analysis_set_answers_as_a_set_of_many_words() -> None:
    """The set of 100,000 distinct words on one line (its table sized once, not grown): every word and none other found,
    and set operations as on the twin's set."""
    words = [f"s{i}et" for i in range(100_000)]
    distinct = compiled.word_analysis([" ".join(words)])[1]
    assert distinct == frozenset(words) and all(word in distinct for word in words)
    assert not any(f"s{i}et" in distinct for i in range(100_000, 110_000)) and "" not in distinct
    assert distinct & {"s5et", "x"} == {"s5et"} and not distinct.isdisjoint(["s99999et"]) and len(distinct | {"x"}) == 100_001
    assert {word: None for word in distinct}.keys() == set(words)  # its iteration gives each word once


_SHARED_WORDS = """
from newslint import _speedups
first = ["Ever since the Zürich talks, tea", "“Tea” and THE tea"]
again = ["tea \\U0001d400 the Zürich — “ever” since Ever THE"]  # the same words in a four-byte paragraph
before, after = _speedups.word_analysis(first), _speedups.word_analysis(again)
words_before, words_after = before[0][0] + before[0][1], after[0][0]
earlier = {word: word for word in words_before}
assert [word for word in words_after if word in earlier] == ["tea", "the", "Zürich", "since", "Ever", "THE"]
assert all(word is earlier[word] for word in words_after if word in earlier)
assert after[2][words_after.index("THE")] is before[2][words_before.index("THE")] == "the"
"""


@needs_compiled
def test_word_analysis_shares_the_words_of_earlier_articles() -> None:
    """A word seen in an earlier article is that article's string (and lower-case form), equal to a new one, in any
    width of string and case (in a new process: this one's may have kept all the words it keeps); the analysis stays
    the twin's."""
    assert_same_analysis(["tea \U0001d400 the Zürich — “ever” since Ever THE"])
    subprocess.run([sys.executable, "-c", _SHARED_WORDS], check=True)


@needs_compiled
def test_word_analysis_beyond_the_words_it_keeps() -> None:
    """More distinct words than the process keeps (32,768): the later ones are made for each article."""
    words = [f"k{i}eep" for i in range(40000)]
    assert_same_analysis([" ".join(words)])
    assert_same_analysis([" ".join(reversed(words)), "Keep k39999eep k0eep"])


def test_word_analysis_refuses_wrong_arguments() -> None:
    if compiled is None:
        pytest.skip("the extension is not built")
    with pytest.raises(TypeError):
        compiled.word_analysis(("a tuple",))
    with pytest.raises(TypeError):
        compiled.word_analysis(["a", 1])


def test_no_native_selects_the_python_word_analysis() -> None:
    code = "from newslint import model; assert model._word_analysis is model._python_word_analysis"
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})


def test_the_word_analysis_is_compiled_where_required() -> None:
    if not REQUIRED:
        pytest.skip("NEWSLINT_REQUIRE_NATIVE is not set")
    assert model._word_analysis is compiled.word_analysis


@needs_compiled
def test_word_analysis_counts_each_plain_word_once() -> None:
    """Plain lower-case words counted however often they repeat (small counts are shared number objects in CPython),
    capitalised and non-alphabetic forms left out, first occurrence first."""
    assert_same_analysis(["Û:û The the THE the", "Straße STRASSE straße", " ".join(["Said"] * 300 + ["said"] * 2)])
    plain, counts = compiled.word_analysis(["û The the THE the", "Said said x2 said " * 150])[3:5]
    assert plain == ["û", "the", "said"] and list(memoryview(counts).cast("q")) == [1, 2, 300]
    assert (plain, counts) == gate.counts_of({"û": 1, "the": 2, "said": 300})


def test_vocabulary_adds_up_words_that_lower_alike() -> None:
    """The article's vocabulary (counted on demand, not in the word analysis): words with one lower-case form count
    together, first form first, as ``Counter`` of the lower-cased words counts them."""
    article = model.Article.parse("Û:û The the THE the\n\nSaid said\n", has_header=False)
    assert type(article.vocabulary) is Counter
    assert list(article.vocabulary.items()) == [("û", 2), ("the", 4), ("said", 2)]



# -- word_analysis: words that end their text, long shapes, the table of slots kept from one analysis to the next ------
# (a token's scan reads up to the str's closing NUL, without a test of the length; the table an analysis leaves free is
# the next one's, only its words' slots freed)

TEXT_ENDS = ["a'", "a’", "a-", "a.", "ab.", "a.b", "a.b.", "x'y'", "--", "'", "é'", "é.", "Σ-", "Σ.", "\U0001d400'",
             "\U0001d400.", "a\x00b", "a\x00", "\x00a.", "é\x00’", "a" * 17 + "'", "word-" * 3]


@needs_compiled
@pytest.mark.parametrize("text", TEXT_ENDS)
def test_word_analysis_of_a_word_that_ends_its_text(text: str) -> None:
    """A token running to the text's last character (a separator or a period there, a NUL inside) in every width."""
    assert compiled.word_texts(text) == textutil.WORD.findall(text)
    assert_same_analysis([text, text + " " + text, "\U0001d400 " + text, "é " + text])


@needs_compiled
@pytest.mark.parametrize("unit", ["a", "a.", "a'", "'", "-a", "ab. ", "é", "a’", "\U0001d400"])
def test_word_analysis_of_one_unit_repeated(unit: str) -> None:
    """100,000 of one unit on one line: one long token, or as many short ones, found as the twin finds them."""
    assert_same_analysis([unit * 100_000])


@needs_compiled
def test_word_analysis_of_texts_of_every_size_in_turn() -> None:
    """Analyses of small, large and growing texts in turn (the table of slots taken, grown beyond the one kept, given
    back free) each give the twin's answers: no slot of an earlier article is found in a later one."""
    words = [f"t{i}urn" for i in range(40_000)]
    for texts in (["a b a"], [" ".join(words[:9000])], ["b a c"], [" ".join(words)], [" ".join(words[::-3])],
                  ["x"], [" ".join(words[:300]), " ".join(words[200:700])], [], ["a b a"]):
        assert_same_analysis(texts)


# -- count_words: the vocabulary, against model._python_count_words --------------------------------------

def assert_same_counts(words: list[str]) -> None:
    """The same Counter: keys (the same objects: each the first of its equal words), their order and counts."""
    got, expected = compiled.count_words(words, Counter), model._python_count_words(words, Counter)
    assert type(got) is Counter and list(got.items()) == list(expected.items())
    assert all(a is b for a, b in zip(got, expected))


@needs_compiled
@settings(max_examples=300)
@given(st.lists(st.sampled_from(["the", "The", "the ", "é", "x" * 20, ""]), max_size=40), st.randoms())
def test_count_words_on_drawn_words(words: list[str], random) -> None:
    """Words shared as one object and equal words made apart (as lower_words has both: 'the' of 'the' and of 'The')."""
    apart = [word if random.random() < 0.5 else "".join(list(word)) for word in words]
    assert_same_counts(apart)


@needs_compiled
def test_count_words_on_natural_text(natural_texts: list[str]) -> None:
    for text in natural_texts:
        assert_same_counts(model.Article.parse(text).lower_words)


def test_count_words_refuses_wrong_arguments() -> None:
    if compiled is None:
        pytest.skip("the extension is not built")
    with pytest.raises(TypeError):
        compiled.count_words(("a tuple",), Counter)
    with pytest.raises(TypeError):
        compiled.count_words(["a", 1], Counter)
    with pytest.raises(TypeError):
        compiled.count_words(["a"], list)  # counts go into a dict


# -- plain_word_tally: the OCR gate's counts, against its twin in ocr/gate.py ------------------------------

@needs_compiled
@settings(max_examples=300)
@given(st.lists(TEXTS, max_size=16))
def test_plain_word_tally_on_drawn_words(words: list[str]) -> None:
    """Counts, non-words (in the words' order) and signatures, on any strings and tables of any kind."""
    plain, counts = gate.counts_of(Counter(words))
    common, table, other = frozenset(words[::3]), dict.fromkeys(words[1::3], 1), frozenset(words[2::5])
    for signatures in (frozenset(words[::2] + ["absent"]), tuple(dict.fromkeys(words[::2])), {"absent": 1}):
        assert compiled.plain_word_tally(plain, counts, common, table, other, signatures) == \
            gate._python_plain_word_tally(plain, counts, common, table, other, signatures)


@needs_compiled
def test_plain_word_tally_on_natural_text(natural_texts: list[str]) -> None:
    """The gate's own tables on the seeds and the shared corpus."""
    table, common = lexicon.frequencies(), lexicon.common_words()
    for text in natural_texts:
        plain, counts = gate.counts_of(Counter(compiled.lower_alpha_words(compiled.word_texts(text))))
        assert compiled.plain_word_tally(plain, counts, common, table, gate.WIRE_ABBREVIATIONS, gate._SIGNATURES) == \
            gate._python_plain_word_tally(plain, counts, common, table, gate.WIRE_ABBREVIATIONS, gate._SIGNATURES)


@needs_compiled
def test_plain_word_tally_counts_signatures_of_every_length_the_container_holds() -> None:
    """Words longer than the longest signature are not asked; a container that is no frozenset of str is asked all."""
    plain, counts = gate.counts_of({"tbe": 2, "tiie": 3, "tbes": 5, "the": 7})

    class Sign(str):
        pass

    for signatures in (frozenset({"tbe", "tiie"}), frozenset({"tbe", Sign("tiie")}), ("tbe", "tiie"), {"tiie": 1}):
        assert compiled.plain_word_tally(plain, counts, frozenset(), {}, frozenset(), signatures) == \
            gate._python_plain_word_tally(plain, counts, frozenset(), {}, frozenset(), signatures)
    assert compiled.plain_word_tally(plain, counts, frozenset(), {}, frozenset(), frozenset({"tiie"}))[2] == 3
    assert compiled.plain_word_tally(plain, counts, frozenset(), {}, frozenset(), frozenset({"tbes", "tbe"}))[2] == 7


def test_plain_word_tally_wrong_arguments() -> None:
    if compiled is None:
        pytest.skip("the extension is not built")
    one = gate.counts_of({"a": 1})[1]
    with pytest.raises(TypeError):
        compiled.plain_word_tally({"a": 1}, one, frozenset(), {}, frozenset(), ())  # the words: a list
    with pytest.raises(TypeError):
        compiled.plain_word_tally([b"a"], one, frozenset(), {}, frozenset(), ())
    with pytest.raises(TypeError):
        compiled.plain_word_tally(["a"], [1], frozenset(), {}, frozenset(), ())  # the counts: bytes
    with pytest.raises(ValueError):
        compiled.plain_word_tally(["a", "b"], one, frozenset(), {}, frozenset(), ())  # a count for each word
    with pytest.raises(TypeError):
        compiled.plain_word_tally(["a"], one, frozenset(), {}, frozenset())  # six arguments or seven
    with pytest.raises(TypeError):
        compiled.plain_word_tally(["a"], one, frozenset(), {}, frozenset(), (), None, None)
    assert compiled.plain_word_tally(["a"], one, frozenset(), {}, frozenset(), (), None) == (1, 1, 0, ["a"])


# -- lines_with_offsets: a text's lines with their offsets, against model._python_lines_with_offsets ---------------

LINE_CASES = ["", "\n", "\n\n", "one line", "a\nb", "a\n", "\na", " \n\t\n", "caf\u00e9\nna\u00efve\n", "\u2019\n\u3000",
              "\U0001F600\nx\n\U00020000", "crlf\r\nkept\r\n", "\n" * 100_000, "a" * 100_000, "ab\n" * 50_000]


@needs_compiled
@pytest.mark.parametrize("text", LINE_CASES, ids=range(len(LINE_CASES)))
def test_lines_with_offsets_on_hand_cases(text: str) -> None:
    assert compiled.lines_with_offsets(text) == model._python_lines_with_offsets(text)


@needs_compiled
@settings(max_examples=1000)
@given(TEXTS)
def test_lines_with_offsets_on_drawn_strings(text: str) -> None:
    assert compiled.lines_with_offsets(text) == model._python_lines_with_offsets(text)


@needs_compiled
def test_lines_with_offsets_on_natural_text(natural_texts: list[str]) -> None:
    for text in natural_texts:
        assert compiled.lines_with_offsets(text) == model._python_lines_with_offsets(text)


@needs_compiled
def test_a_one_line_text_is_its_own_line() -> None:
    text = "no line break here"
    assert compiled.lines_with_offsets(text)[0][1] is text and model._python_lines_with_offsets(text)[0][1] is text
    with pytest.raises(TypeError):
        compiled.lines_with_offsets(b"bytes\n")


# -- blocks_of_lines: the runs of non-blank lines, against model._python_blocks --------------------------------------

BLOCK_CASES = LINE_CASES + ["a\n\nb\nc\n \n\t\nd", "\u3000\nx\n\x1c\ny\n\x85\n\u2028z", "x\n\xa0\n y \n\n\n", " a\n\tb"]


@needs_compiled
@pytest.mark.parametrize("text", BLOCK_CASES, ids=range(len(BLOCK_CASES)))
def test_blocks_of_lines_on_hand_cases(text: str) -> None:
    lines = model._python_lines_with_offsets(text)
    assert compiled.blocks_of_lines(lines) == model._python_blocks(lines)


@needs_compiled
@settings(max_examples=1000)
@given(TEXTS)
def test_blocks_of_lines_on_drawn_strings(text: str) -> None:
    lines = model._python_lines_with_offsets(text)
    assert compiled.blocks_of_lines(lines) == model._python_blocks(lines)


@needs_compiled
def test_blocks_of_lines_on_natural_text(natural_texts: list[str]) -> None:
    for text in natural_texts:
        lines = model._python_lines_with_offsets(text)
        assert compiled.blocks_of_lines(lines) == model._python_blocks(lines)


@needs_compiled
def test_blocks_hold_the_pairs_themselves_and_refuse_other_arguments() -> None:
    lines = model._python_lines_with_offsets("a\nb\n\nc")
    assert all(pair is lines[k] for k, pair in enumerate(compiled.blocks_of_lines(lines)[0]))
    for wrong in [("a",), [(0, b"a")], [(0,)], [["0", "a"]]]:
        with pytest.raises(TypeError):
            compiled.blocks_of_lines(wrong)


# -- line_paragraphs: each line of the blocks a paragraph, against model._python_line_paragraphs -----------------------


def _line_paragraphs_both_ways(text: str) -> tuple[list, list]:
    blocks = model._python_blocks(model._python_lines_with_offsets(text))
    return (compiled.line_paragraphs(*model._paragraph.args, blocks),
            model._python_line_paragraphs(*model._paragraph.args, blocks))


@needs_compiled
@pytest.mark.parametrize("text", BLOCK_CASES, ids=range(len(BLOCK_CASES)))
def test_line_paragraphs_on_hand_cases(text: str) -> None:
    made, expected = _line_paragraphs_both_ways(text)
    assert made == expected and all(type(paragraph) is model.Paragraph for paragraph in made)


@needs_compiled
@settings(max_examples=1000)
@given(TEXTS)
def test_line_paragraphs_on_drawn_strings(text: str) -> None:
    made, expected = _line_paragraphs_both_ways(text)
    assert made == expected


@needs_compiled
def test_line_paragraphs_on_natural_text(natural_texts: list[str]) -> None:
    for text in natural_texts:
        made, expected = _line_paragraphs_both_ways(text)
        assert made == expected


@needs_compiled
def test_line_paragraphs_keep_an_unstripped_line_and_refuse_other_arguments() -> None:
    line = "a line with nothing to strip"
    assert compiled.line_paragraphs(*model._paragraph.args, [[(4, line)]])[0].text is line
    for wrong in [("a",), [[(0, b"a")]], [[(0,)]], [[["0", "a"]]], [("0", "a")]]:
        with pytest.raises(TypeError):
            compiled.line_paragraphs(*model._paragraph.args, wrong)
    with pytest.raises(TypeError):
        compiled.line_paragraphs(model.Token, model._paragraph.args[1], [])


def test_no_native_selects_the_python_lines_with_offsets() -> None:
    code = ("from newslint import model; assert model._lines_with_offsets is model._python_lines_with_offsets"
            " and model._blocks is model._python_blocks")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})
