"""The speed-ups of issue 13/17 round four give the answers of the plain computations they replace: resolve's
bound line look-ups, the text report's walk over plain ASCII, NL104's web counts fetched at once."""

from __future__ import annotations

import random

import pytest

from newslint import engine, source
from newslint.api import make_linter
from newslint.formats import text as text_format
from newslint.rule import Finding, Fix, Severity


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
