"""The compiled pre-checks of NL501, NL502 and NL701 (``newslint/_speedups.c``, block 17y) against their
pure-Python twins: the same answers on hand cases, the seeds, the natural corpus beside the repository and drawn
words. Each twin is also held to what its rule needs of it (a superset of where the rule reports)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint import model, textutil
from newslint.model import Article
from newslint.rules import repetition
from newslint.rules.repetition import _FUNCTION_WORDS
from conftest import natural_files
from tests.test_native import REQUIRED, compiled, needs_compiled

# letters that lower-case to something longer (İ), to an ASCII letter (the Kelvin sign K), capitals beyond ASCII,
# digits, the OCR confusions, marks, characters beyond U+FFFF
ALPHABET = "aAbBcCrRnN10é\u0301ÉİKΣσßﬁ٣'’-.😀\U0001d400"
WORDS = st.text(alphabet=ALPHABET, min_size=1, max_size=7)
FEW_WORDS = st.sampled_from("the a of to in on it is the The THE x X Crimea Crimean Peninsula İstanbul İst's".split())


@pytest.fixture(scope="module")
def natural_articles() -> list[Article]:
    files = natural_files(("bbc", "scraped", "reuters", "ocr"), 300)
    return [Article.parse(file.read_text(encoding="utf-8", errors="replace")) for file in files]


def test_the_compiled_pre_checks_are_picked_unless_no_native() -> None:
    if compiled is not None:
        assert repetition._doubled_word_candidates is compiled.doubled_word_candidates
        assert repetition._echo_paragraphs is compiled.echo_paragraphs
        assert repetition._word_starts is compiled.word_starts
        assert repetition._repeat_starts_within is compiled.repeat_starts
        assert repetition._echo_starts is compiled.echo_starts
        assert repetition._spaced_starts is compiled.spaced_starts
    code = ("from newslint.rules import repetition as r; "
            "assert r._doubled_word_candidates is r._python_doubled_word_candidates; "
            "assert r._word_starts is r._python_word_starts; assert r._repeat_starts_within is r._python_repeat_starts; "
            "assert r._echo_paragraphs is r._python_echo_paragraphs; assert r._spaced_starts is r._python_spaced_starts")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})


def _same_answers(words: list[str], paragraphs: list[list[str]]) -> None:
    lower = [w.lower() for w in words]
    assert compiled.doubled_word_candidates(lower, _FUNCTION_WORDS) \
        == repetition._python_doubled_word_candidates(lower, _FUNCTION_WORDS)
    assert compiled.echo_paragraphs(paragraphs) == repetition._python_echo_paragraphs(paragraphs)


DOUBLES = [
    ("a b b", True), ("x of the of the y", True), ("on to the on to the", True), ("x y x y", False),
    ("the cat the dog", False), ("", False), ("a", False), ("in the in", False), ("it is in it is in", True),
    ("it is in it is on", False), ("to to", True), ("of the of x the", False), ("the of the of", True),
    ("x it is in it is in", True), ("is it is it is", True), ("an a an a", True), ("cat dog cat dog", False),
    ("in the cat in the cat", False), ("of cat of cat", False), ("cat of cat of", False), ("on to it on to it", True),
    ("the cat the the", True), ("of the x of the", False), ("the of x the of x", False),
]


@needs_compiled
@pytest.mark.parametrize("words, expected", DOUBLES)
def test_doubled_word_candidates_hand_cases(words, expected):
    words = words.split()
    assert compiled.doubled_word_candidates(words, _FUNCTION_WORDS) is expected
    assert repetition._python_doubled_word_candidates(words, _FUNCTION_WORDS) is expected


def test_doubled_word_candidates_twin_alone():
    for words, expected in DOUBLES:
        assert repetition._python_doubled_word_candidates(words.split(), _FUNCTION_WORDS) is expected


class _OwnHash(str):
    """A str whose own ``__hash__`` disagrees with str's: the compiled pre-check compares str's hashes only."""

    def __hash__(self) -> int:
        return id(self)


def _fresh(word: str) -> str:
    """An equal str made anew, its hash not yet computed (as a word lowered by the analysis may be)."""
    return "".join(list(word))


@needs_compiled
@pytest.mark.parametrize("words, expected", [
    ([_OwnHash("the"), _OwnHash("the")], True), (["x", _OwnHash("cat"), "cat"], True), (["the", _OwnHash("a")], False),
    ([_fresh("cat"), _fresh("cat")], True), ([_fresh("in"), "it", "in", _fresh("it")], True),
    ([_fresh("a"), _fresh("b"), _fresh("c")], False),
])
def test_doubled_word_candidates_tell_equal_words_by_their_text(words, expected):
    assert compiled.doubled_word_candidates(words, _FUNCTION_WORDS) is expected
    assert repetition._python_doubled_word_candidates(words, _FUNCTION_WORDS) is expected


@needs_compiled
@pytest.mark.parametrize("words", [["the", "the", 5], ["a", 5, "b"], [None], ["of", "the", "of", "the", b"x"]])
def test_doubled_word_candidates_refuse_a_word_that_is_not_a_str_wherever_it_stands(words):
    with pytest.raises(TypeError, match="expects words of type str"):
        compiled.doubled_word_candidates(words, _FUNCTION_WORDS)


@needs_compiled
@pytest.mark.parametrize("paragraph", [["Crimean", "Peninsula", "Crimea", 5], [5, "x"], ["x", b"Y"]])
def test_echo_paragraphs_refuse_a_word_that_is_not_a_str_wherever_it_stands(paragraph):
    with pytest.raises(TypeError, match="expects words of type str"):
        compiled.echo_paragraphs([["x"], paragraph])


SUSPECTS = ["cornpany", "rnodern", "1egislation", "Governrnent", "abc1", "ab1", "a1b", "1ab", "2010", "10th",
            "x0x0x", "modern", "corn", "éco1e", "ﬁ1ms", "rn", "ab-rn", "0.5m", "r n", "RN", "Rn", "rN", "arnb", "a٣b0c",
            "ab😀1", "é́é1", "ΣΣΣ0", "", "rrn", "nrn"]


def test_ocr_suspects_hand_cases():
    """NL701's suspects, by the predicate and by the word analysis (each word a paragraph; the compiled one judges
    each distinct word as it first meets it)."""
    expected = [w for w in SUSPECTS if any(bad in w for bad in ("rn", "1", "0")) and sum(map(str.isalpha, w)) >= 3]
    assert textutil.ocr_suspects(SUSPECTS) == expected
    whole = [w for w in SUSPECTS if textutil.word_texts(w) == [w]]  # one token each
    assert len(whole) > 20
    judged = [w for w in expected if w in whole]
    assert model._python_word_analysis(whole)[6] == judged
    if compiled is not None or REQUIRED:
        assert compiled.word_analysis(whole)[6] == judged
        assert compiled.word_analysis(whole[::-1] + whole)[6] == judged[::-1]  # once each, in order of first occurrence


ECHOES = [
    (["Crimean", "Peninsula", "Crimea"], True), (["crimean", "Peninsula", "Crimea"], False),
    (["Crimean", "peninsula", "Crimea"], False), (["CRIMEAN", "Peninsula", "crimea"], False),  # crimea: lower
    (["CRIMEAN", "Peninsula", "Crimea"], True), (["Crim", "X", "Cri"], False), (["Cri", "X", "Crim"], False),
    (["İstanbul", "Airport", "İst's"], True), (["Kelvin", "Day", "\u212aelvin"], True), (["Écossais", "Union", "Écosse"], True),
    (["Ab1d", "X", "AB1D"], True), (["Ab1d", "X", "AB1E"], False), (["A", "B"], False), ([], False),
    (["The", "Crimean", "Peninsula", "Crimea", "x"], True), (["Crimean", "Peninsula", "Ukraine"], False),
]


@pytest.mark.parametrize("words, expected", ECHOES)
def test_echo_paragraphs_hand_cases(words, expected):
    paragraphs = [["x"], words, ["y"]]
    assert repetition._python_echo_paragraphs(paragraphs) == ([1] if expected else [])
    if compiled is not None or REQUIRED:
        assert compiled.echo_paragraphs(paragraphs) == ([1] if expected else [])


@needs_compiled
def test_the_compiled_pre_checks_match_their_twins_on_natural_text(natural_articles):
    for article in natural_articles:
        _same_answers(article.words, article.paragraph_words)
        start = 0
        for words in article.paragraph_words:  # the paragraphs' lower-cased words, as NL501 asks of them
            lower, start = article.lower_words[start:start + len(words)], start + len(words)
            assert compiled.doubled_word_candidates(lower, _FUNCTION_WORDS) \
                == repetition._python_doubled_word_candidates(lower, _FUNCTION_WORDS)


@needs_compiled
@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(WORDS | FEW_WORDS, max_size=12), max_size=4))
@example([["Kelvin", "Day", "\u212aelvin"]])
@example([["the", "The", "THE"]])
def test_the_compiled_pre_checks_match_their_twins_on_drawn_words(paragraphs):
    _same_answers([w for words in paragraphs for w in words], paragraphs)


def _echoes_found(rule: repetition.EchoedName, article: Article, index: int) -> bool:
    """Whether NL502's own look finds an echo in a paragraph, at any three capitalised words in a row (not only
    where the pre-checks point)."""
    words = article.paragraph_words[index]
    triples = [i for i in range(len(words) - 2) if all(word[0].isupper() for word in words[i:i + 3])]
    echoing = [i for i in triples if repetition._echoes(words[i], repetition._bare_name(words[i + 2]))]
    assert set(echoing) <= set(repetition._python_echo_starts(words))
    return any(rule._check_paragraph(article, index, echoing))


def test_the_echo_pre_check_lets_every_echo_through(natural_articles):
    """Wherever NL502's own look finds an echo, the pre-check names the paragraph (so that skipping the rest is
    safe), and in most articles it names none."""
    rule = repetition.EchoedName()
    named = 0
    for article in natural_articles:
        candidates = repetition._python_echo_paragraphs(article.paragraph_words)
        named += bool(candidates)
        for index in range(len(article.paragraphs)):
            if _echoes_found(rule, article, index):
                assert index in candidates
    assert named < len(natural_articles) / 2


ECHO_WORDS = st.sampled_from("Crimean Peninsula Crimea Crimea's Ukrainian Ukraine Écossais Union Écosse İstanbul "
                             "Airport İst's İst \u212aelvin Kelvin KELVIN Day the of European Europe’s Σίσυφος ΣΊΣΥΦΟΣ "
                             "Straße STRASSE ﬁnnish Finnish Finland".split())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(ECHO_WORDS, min_size=1, max_size=8).map(" ".join), min_size=1, max_size=3))
@example(["The Crimean Peninsula Crimea"])
@example(["İstanbul Airport İst"])
def test_the_echo_pre_check_names_every_paragraph_with_an_echo_in_drawn_text(paragraphs):
    article = Article.parse("Title\n\n" + "\n\n".join(paragraphs) + "\n")
    rule = repetition.EchoedName()
    echoed = [index for index in range(len(article.paragraphs)) if _echoes_found(rule, article, index)]
    named = repetition._python_echo_paragraphs(article.paragraph_words)
    assert set(echoed) <= set(named)
    if compiled is not None:
        assert compiled.echo_paragraphs(article.paragraph_words) == named


# -- word_starts: NL501's token spans ------------------------------------------------------------------------

@needs_compiled
def test_word_starts_on_natural_paragraphs(natural_articles: list[Article]) -> None:
    """Every paragraph's token starts, as ``Article.paragraph_tokens`` locates them, either way."""
    for article in natural_articles[::2]:
        for index, paragraph in enumerate(article.paragraphs):
            words = article.paragraph_words[index]
            expected = [token.start - paragraph.start for token in article.paragraph_tokens(index)]
            assert compiled.word_starts(paragraph.text, words) == expected
            assert repetition._python_word_starts(paragraph.text, words) == expected


@needs_compiled
@settings(max_examples=300)
@given(st.lists(WORDS, max_size=8), st.lists(st.sampled_from([" ", "  ", "\n", ", ", "—", "'", "😀 "]), max_size=8))
def test_word_starts_on_drawn_text(words: list[str], gaps: list[str]) -> None:
    """Words found in turn (whichever they are: str.find's answers) in text of any kind, or ValueError both ways."""
    text = "".join(gap + word for gap, word in zip(gaps + [" "] * len(words), words))
    probes = words[::-1] if len(words) % 2 else words
    try:
        expected = repetition._python_word_starts(text, probes)
    except ValueError:
        with pytest.raises(ValueError):
            compiled.word_starts(text, probes)
    else:
        assert compiled.word_starts(text, probes) == expected


def test_paragraph_spans_are_the_paragraph_tokens(natural_articles: list[Article]) -> None:
    """NL501's tokens made where read are ``Article.paragraph_tokens``, item by item and sliced."""
    for article in natural_articles[::7]:
        for index in range(len(article.paragraphs)):
            spans, tokens = repetition._ParagraphSpans(article, index), article.paragraph_tokens(index)
            assert len(spans) == len(tokens) and list(spans) == tokens and spans[1:4] == tokens[1:4]


@needs_compiled
@settings(max_examples=300)
@given(st.lists(FEW_WORDS | WORDS, max_size=14), st.integers(0, 4))
def test_repeat_starts_on_drawn_words(words: list[str], longest: int) -> None:
    assert compiled.repeat_starts(words, longest) == repetition._python_repeat_starts(words, longest)


@needs_compiled
def test_repeat_starts_on_natural_text(natural_articles: list[Article]) -> None:
    for article in natural_articles:
        assert compiled.repeat_starts(article.lower_words, 3) == \
            repetition._python_repeat_starts(article.lower_words, 3)


@needs_compiled
@settings(max_examples=300)
@given(st.lists(FEW_WORDS | WORDS, max_size=14))
def test_echo_starts_on_drawn_words(words: list[str]) -> None:
    assert compiled.echo_starts(words) == repetition._python_echo_starts(words)


@needs_compiled
def test_echo_starts_on_natural_text(natural_articles: list[Article]) -> None:
    for article in natural_articles:
        for words in article.paragraph_words:
            assert compiled.echo_starts(words) == repetition._python_echo_starts(words)


# -- spaced_starts: NL502's echoes separated by single spaces -------------------------------------------------

def _spaced_the_long_way(article: Article, index: int, indexes: list[int]) -> list[int]:
    """``spaced_starts``' answers from the paragraph's tokens as ``Article.paragraph_tokens`` locates them."""
    tokens, text, offset = article.paragraph_tokens(index), article.text, article.paragraphs[index].start
    return [tokens[i].start - offset if all(text[tokens[k].end:tokens[k + 1].start] == " " for k in (i, i + 1)) else -1
            for i in indexes]


def test_spaced_starts_on_natural_paragraphs(natural_articles: list[Article]) -> None:
    """At every word of every paragraph, the spaced starts as the paragraph's tokens tell them, either way."""
    for article in natural_articles[::3]:
        for index, paragraph in enumerate(article.paragraphs):
            words = article.paragraph_words[index]
            indexes = list(range(len(words) - 2))
            expected = _spaced_the_long_way(article, index, indexes)
            assert repetition._python_spaced_starts(paragraph.text, words, indexes) == expected
            if compiled is not None:
                assert compiled.spaced_starts(paragraph.text, words, indexes) == expected
                assert compiled.spaced_starts(paragraph.text, words, indexes[::5]) == expected[::5]


@needs_compiled
@settings(max_examples=400)
@given(st.lists(WORDS | FEW_WORDS, min_size=3, max_size=9),
       st.lists(st.sampled_from([" ", "  ", "\n", ", ", "—", "'", "😀 ", " \u00a0"]), max_size=9), st.data())
@example(["Crimean", "Peninsula", "Crimea"], [" ", " ", " "], None)
def test_spaced_starts_on_drawn_text(words: list[str], gaps: list[str], data) -> None:
    """Any kind of str, any gaps, any ascending indexes (some repeated): the twin's answers, or ValueError both ways
    (words out of order)."""
    text = "".join(gap + word for gap, word in zip(gaps + [" "] * len(words), words))
    probes = words[::-1] if len(words) % 2 and len(set(words)) > 1 else words
    indexes = [0, len(words) - 3] if data is None else \
        sorted(data.draw(st.lists(st.integers(0, len(words) - 3), max_size=4)))
    try:
        expected = repetition._python_spaced_starts(text, probes, indexes)
    except ValueError:
        with pytest.raises(ValueError):
            compiled.spaced_starts(text, probes, indexes)
    else:
        assert compiled.spaced_starts(text, probes, indexes) == expected


@needs_compiled
def test_spaced_starts_refuses_indexes_out_of_order_or_range() -> None:
    words = "The Crimean Peninsula Crimea today".split()
    text = " ".join(words)
    for indexes in ([2, 1], [3], [-1]):
        with pytest.raises(ValueError):
            compiled.spaced_starts(text, words, indexes)
    assert compiled.spaced_starts(text, words, []) == []


def _echoes_the_long_way(article: Article) -> list[tuple[int, int, str]]:
    """NL502's findings as it found them before its shortcut: the paragraph's shape searched first, then every echo's
    spaces read between ``Article.paragraph_tokens``' tokens."""
    found = []
    for index, words in enumerate(article.paragraph_words):
        echoing = [i for i in range(len(words) - 2) if all(word[0].isupper() for word in words[i:i + 3])
                   and repetition._echoes(words[i], repetition._bare_name(words[i + 2]))]
        if not echoing or not repetition._has_echo_shape(article.paragraphs[index].text):
            continue
        tokens, text = article.paragraph_tokens(index), article.text
        for i in echoing:
            first, middle, last = tokens[i:i + 3]
            if text[first.end:middle.start] == " " and text[middle.end:last.start] == " ":
                end = last.start + len(repetition._bare_name(words[i + 2]))
                found.append((first.start, end, text[first.start:end]))
    return found


def _echoes_found_by_the_rule(article: Article) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, article.text[f.start:f.end]) for f in repetition.EchoedName().check(article)]


def test_echoed_names_as_the_long_way_finds_them_in_natural_text(natural_articles: list[Article]) -> None:
    for article in natural_articles:
        assert _echoes_found_by_the_rule(article) == _echoes_the_long_way(article)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(ECHO_WORDS, st.sampled_from([" ", " ", " ", ", ", "  ", "-", " (", "\n"])), min_size=1,
                max_size=12))
@example([("Crimean", " "), ("Peninsula", " "), ("Crimea", ", "), ("Crimean", " "), ("Peninsula", ", "), ("Crimea", " ")])
@example([("Crimean", " "), ("Peninsula", " "), ("Crimea", ", ")] * 2 + [("Crimean", " "), ("Peninsula", ", "),
                                                                    ("Crimea", " ")] * 3 + [("Ukrainian", " ")] * 3)
def test_echoed_names_as_the_long_way_finds_them_in_drawn_text(pieces) -> None:
    """Echoes spaced and not, few and many (each looked for as one string, or not), in paragraphs with and without
    the shape, in every kind of str."""
    article = Article.parse("Title\n\n" + "".join(word + gap for word, gap in pieces).strip() + "\n")
    assert _echoes_found_by_the_rule(article) == _echoes_the_long_way(article)
