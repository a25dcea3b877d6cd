"""The fast paths of round five on one long input give the answers of the plain computations they replace:
the OCR gate's counts of glyph runs, digits inside words and words broken at line ends, and its bracket scan;
NL401's badness regex read without importing ftfy; the spans of a few words found without locating every token;
a long paragraph's tokens located a stretch at a time (NL501)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from newslint import wordspans
from newslint.model import Article
from newslint.ocr import gate
from newslint.rules.repetition import DoubledWord

# The regexes the gate counted matches of before its fast counts (the counts must stay theirs).
GLYPH_RUN = re.compile(r"[\^|¦■]|\bI\|")
DIGIT_IN_WORD = re.compile(r"\b[a-zA-Z]+[0-9][a-zA-Z]+\b")
HYPHEN_END = re.compile(r"[a-z]-\n[a-z]")
UNCLOSED_BRACKET = re.compile(r"(?<!\S)\(([a-z]+)(?=[^()]*(?:\(|$))")

OCR_FOLDER = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "ocr"

# Characters that make the regexes' edge cases: letters either side of digits, non-ASCII word characters (a \b
# between é and a letter is no boundary), underscores, glyphs, I before |, hyphens before line ends, brackets.
_EDGES = "aZI1907é_ |¦■^-\n()s.x"


def _same_counts(text: str) -> None:
    assert gate.glyph_runs(text) == len(GLYPH_RUN.findall(text))
    assert gate.digits_in_words(text) == len(DIGIT_IN_WORD.findall(text))
    assert gate.hyphen_line_ends(text) == len(HYPHEN_END.findall(text))
    assert gate._UNCLOSED_BRACKET.findall(text) == UNCLOSED_BRACKET.findall(text)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=_EDGES, max_size=40))
def test_the_fast_counts_equal_the_regexes_on_drawn_text(text):
    _same_counts(text)


@pytest.mark.parametrize("text", [
    "I| tbe 20U a1b ab1cd2ef é1a a1é _a1b a1b_ 1a1b a1b1 ^^ ¦■ I|I| xI| (hall (he) (sa",
    "well-\nknown ab-\ncd-\nef a-\n-\nb x-\n\ny", "a-\nb-\nc-\nd", "(the (a) (b (c", "a1b", "-\n", "",
])
def test_the_fast_counts_equal_the_regexes_on_edge_cases(text):
    _same_counts(text)


@pytest.mark.skipif(not OCR_FOLDER.is_dir(), reason="the shared corpus is not beside the repository")
def test_the_fast_counts_equal_the_regexes_on_the_ocr_corpus():
    for path in sorted(OCR_FOLDER.glob("*/*.txt"))[::5]:
        _same_counts(path.read_text(encoding="utf-8"))


def test_the_badness_regex_read_alone_is_ftfys_and_leaves_ftfy_unimported():
    from ftfy.badness import BADNESS_RE

    from newslint.rules import encoding

    alone = encoding.badness_regex()
    assert (alone.pattern, alone.flags) == (BADNESS_RE.pattern, BADNESS_RE.flags)
    probe = ("import sys; from newslint.rules import encoding; encoding.badness_regex(); "
             "print(sorted(name for name in sys.modules if name.startswith('ftfy')))")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_nl401_still_repairs_mojibake_once_ftfy_is_needed(lint):
    found = lint("Russiaâ€™s foreign minister spoke in Géneva on Monday.", select=["NL401"])
    assert [(d.code, d.fix["edits"][0]["content"]) for d in found] == [("NL401", "Russia’s")]


def _located(text: str, words: set[str]) -> list[tuple[int, int, str]]:
    """The spans of the tokens that are one of ``words``, from every token located (the slow, sure way)."""
    article = Article.parse(text, "x.txt", has_header=False)
    return [(t.start, t.end, t.text) for t in article.tokens if t.text in words]


# Letters, the joiners a token may hold inside (' ’ - .), digits, underscores and every kind of white space that
# splits chunks (a tab, a no-break space, a line end, a blank line between paragraphs).
_TOKEN_EDGES = ["ab", "ba", "a", "b", "1", "'", "’", "-", ".", "_", ",", " ", "\t", "\u00a0", "\n", "\n\n"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_EDGES), max_size=30), st.sets(st.sampled_from(["a", "b", "ab", "ba", "aba",
                                                                                       "bab", "abab", "a1"])))
def test_the_spans_of_a_few_words_are_those_of_the_located_tokens(pieces, words):
    text = "".join(pieces)
    assert wordspans.tokens_among(Article.parse(text, "x.txt", has_header=False), words) == _located(text, words)


def test_the_spans_of_a_few_words_leave_the_paragraphs_tokens_unlocated():
    text = "Officials met thepresident on Monday.\n\nThe thepresidential aides, thepresident's and x-thepresident left."
    article = Article.parse(text, "x.txt", has_header=False)
    found = wordspans.tokens_among(article, {"thepresident"})
    assert [text[start:end] for start, end, _ in found] == ["thepresident"] and found == _located(text, {"thepresident"})
    assert not article._paragraph_tokens  # no paragraph's tokens were located


@pytest.mark.skipif(not OCR_FOLDER.is_dir(), reason="the shared corpus is not beside the repository")
def test_the_spans_of_rare_words_match_the_located_tokens_on_the_ocr_corpus():
    for path in sorted(OCR_FOLDER.glob("*/*.txt"))[::9]:
        text = path.read_text(encoding="utf-8")
        article = Article.parse(text, path.name, has_header=False)
        words = set(article.words[::997]) | {word[1:] for word in article.words[::991] if len(word) > 3}
        assert wordspans.tokens_among(article, words) == _located(text, words), path.name


def test_the_stages_bench_times_every_step_of_one_input():
    root = Path(__file__).resolve().parents[1]
    seed = sorted((root / "seeds").glob("*.txt"))[0]
    shown = subprocess.run([sys.executable, str(root / "bench" / "stages.py"), str(seed), "--top", "3"],
                           capture_output=True, text=True, check=True).stdout
    assert "findings; CPU s" in shown and all(step in shown for step in ("model.ocr", "resolve", "concise report"))
    assert len([line for line in shown.splitlines() if line.startswith("    NL")]) == 3


_DOUBLES = ["the", "The", "the the", "of the of the", "had had", "a", "1", "x-y", "U.S.", "don't", "it", "was", "on"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DOUBLES + [",", ".", "\n", "\t"]), max_size=60), st.integers(1, 12))
def test_a_long_paragraphs_tokens_located_by_stretches_are_its_tokens(pieces, stretch):
    text = " ".join(pieces)
    article = Article.parse(text, "x.txt", has_header=False)
    for index in range(len(article.paragraphs)):
        with pytest.MonkeyPatch.context() as patched:
            patched.setattr(wordspans, "STRETCH", stretch)
            tokens = wordspans.paragraph_tokens(article, index)
            assert list(tokens) == article.paragraph_tokens(index) and len(tokens) == len(article.paragraph_words[index])
            assert tokens[-1:] == article.paragraph_tokens(index)[-1:] and tokens[1:4] == article.paragraph_tokens(index)[1:4]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DOUBLES), min_size=1, max_size=60), st.integers(1, 40))
def test_nl501_on_a_long_paragraph_finds_what_every_located_token_shows(words, stretch):
    text = "Title\n\n" + " ".join(words) + "\n"
    rule = DoubledWord()
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(wordspans, "STRETCH", stretch)
        found = list(rule.check(Article.parse(text)))
    article = Article.parse(text)
    every = [finding for index, paragraph in enumerate(article.paragraph_words)
             for finding in rule._check_paragraph(article.paragraph_tokens(index), [w.lower() for w in paragraph],
                                                  article.text)]
    assert found == every
