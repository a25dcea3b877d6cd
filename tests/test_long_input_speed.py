"""The speed-ups for one long input give the answers of the plain computations they replace:
SQLite look-ups in sorted batches over a memory map, the OCR gate counting each distinct word once, the
edit-cost programme written with comparisons."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import engine, source, wordspans
from newslint.api import make_linter
from newslint.formats import text as text_format
from newslint.model import Article
from newslint.ocr import gate, symspell
from newslint.rule import Finding, Fix, Severity
from newslint.rules.repetition import DoubledWord
from conftest import CORPUS
from newslint.wordindex import IndexedTable


def test_batched_look_ups_in_any_order_equal_single_ones(tmp_path):
    words = {f"w{i:05d}": i for i in range(3000)}
    table = IndexedTable(tmp_path / "words.sqlite3", lambda: dict(words))
    keys = [f"w{i:05d}" for i in range(2999, -1, -7)] + ["missing", "w00003"]
    assert table.get_many(keys) == {key: words[key] for key in keys if key in words}
    assert table.get("w00007") == 7 and "missing" not in table


def test_the_gate_finds_each_misread_word_once():
    assert sorted(gate._misread({"tbe": 3, "cornpany": 1, "zzqx": 1})) == ["cornpany", "tbe"]


def _reference_cost(a: str, b: str) -> float:
    """Optimal string alignment written out plainly: the figure the fast programme must give."""
    rows = [[float(i + j) if i == 0 or j == 0 else 0.0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            substitute = 0.0 if a[i - 1] == b[j - 1] else (0.4 if (a[i - 1], b[j - 1]) in symspell.CHEAP else 1.0)
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + substitute)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


@settings(max_examples=500, deadline=None)
@given(a=st.text(alphabet="aceilmnorst15", max_size=9), b=st.text(alphabet="aceilmnorst15", max_size=9))
def test_the_edit_cost_programme_gives_the_plain_figures(a, b):
    assert symspell._full_edit_cost(a, b) == pytest.approx(_reference_cost(a, b), abs=1e-9)


def _reference_advance(line: str, i: int, stop: int, budget: int) -> tuple[int, int]:
    used = 0
    while i < stop:
        cells = text_format._cell(line[i])[1]
        if used + cells > budget:
            break
        used, i = used + cells, i + 1
    return i, used


def _reference_retreat(line: str, i: int, budget: int) -> tuple[int, int]:
    used = 0
    while i > 0:
        cells = text_format._cell(line[i - 1])[1]
        if used + cells > budget:
            break
        used, i = used + cells, i - 1
    return i, used


def test_the_snippet_walks_give_the_cells_of_a_walk_character_by_character():
    rng = random.Random(3)
    odd = ["é", "\u0301", "\u200b", "\t", "中", "\x07", "🙂", "\u0300"]  # accents, zero-width, wide, controls
    for _ in range(20000):
        alphabet = [*"abc XYZ.,", *odd] if rng.random() < 0.5 else "abcd ef"
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        i = rng.randint(0, len(line))
        stop, budget = rng.randint(i, len(line)), rng.randint(-2, 35)
        assert text_format._advance(line, i, stop, budget) == _reference_advance(line, i, stop, budget)
        assert text_format._retreat(line, i, budget) == _reference_retreat(line, i, budget)


@pytest.mark.parametrize("data", [
    b"Title\r\n\r\nOne line of text.\r\nAnother line, longer than that one.\r\n",
    b"Title\n\nOne line of text.\nAnother line, longer than that one.\n",
    b"one single line without a break at all, just words and words",
])
def test_resolve_locates_as_the_document_does(data):
    document = source.decode(data, "a.txt")
    text = document.text
    findings = [Finding("NL999", "test", Severity.WARNING, start, end, "m",
                        Fix.replace(start, end, "x") if start % 2 else None)
                for start in range(0, len(text), 3) for end in (start, min(len(text), start + 7))]
    for finding, d in zip(findings, engine.resolve(document, findings), strict=True):
        assert (d.line, d.column) == document.location(finding.start)
        assert (d.end_line, d.end_column) == document.location(finding.end)
        assert (d.start, d.end) == (document.source_offset(finding.start), document.source_offset(finding.end))
        assert d.fingerprint == engine.context_fingerprint(document, finding.start, finding.end)
        if finding.fix is not None:
            (edit,) = d.fix["edits"]
            assert (edit["line"], edit["column"]) == document.location(finding.start)
            assert (edit["start"], edit["end"]) == (d.start, d.end)


def test_run_together_words_looks_up_the_web_counts_of_all_suspects_at_once(monkeypatch):
    from newslint import ngrams

    asked = []
    counts = ngrams.counts
    monkeypatch.setattr(ngrams, "counts", lambda keys: asked.append(list(keys)) or counts(asked[-1]))
    monkeypatch.setattr(ngrams, "count", lambda key: pytest.fail(f"a look-up of {key!r} on its own"))
    text = "Title\n\nOfficials met thepresident and governmentofficials on Monday about thenewpolicy.\n"
    found = [f.message for f in make_linter(select=["NL104"]).lint_text(text)]
    assert len(asked) == 1 and "thepresident" in asked[0] and "the president" in asked[0]
    assert any("thepresident" in message for message in found)


# The regexes the gate counted matches of before its fast counts (the counts must stay theirs).
GLYPH_RUN = re.compile(r"[\^|¦■]|\bI\|")
DIGIT_IN_WORD = re.compile(r"\b[a-zA-Z]+[0-9][a-zA-Z]+\b")
HYPHEN_END = re.compile(r"[a-z]-\n[a-z]")
UNCLOSED_BRACKET = re.compile(r"(?<!\S)\(([a-z]+)(?=[^()]*(?:\(|$))")
OCR_FOLDER = CORPUS / "ocr"
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
