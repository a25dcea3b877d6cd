"""Linter.lint_documents: rule by rule over batches of documents, with the results of one at a time."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from newslint import engine
from newslint.api import make_linter
from newslint.config import JsonlFields
from newslint.rule import FatalRuleError, Rule
from newslint.source import decode, jsonl_record, string_document

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
LINTER = make_linter()


def _documents():
    """The seeds as files, the seeds' bodies as JSONL records (one with an ignore field), and unreadable input."""
    documents = [decode(seed.read_bytes(), str(seed)) for seed in SEEDS]
    for number, seed in enumerate(SEEDS, 1):
        title, _, body = seed.read_text(encoding="utf-8").partition("\n")
        record = {"id": seed.name, "title": title, "text": body}
        if number == 2:
            record["newslint_ignore"] = ["NL1", "NL5"]
        documents.append(jsonl_record(json.dumps(record).encode(), number, "corpus.jsonl", JsonlFields()))
    documents.append(decode(b"\xff\xfe\x00bad bytes \x00\x01", "binary.txt"))
    documents.append(jsonl_record(b"{broken", 99, "corpus.jsonl", JsonlFields()))
    return documents


def _shape(result):
    return [(d.code, d.line, d.column, d.message, d.fix) for d in result.diagnostics()]


@pytest.mark.parametrize("articles,characters", [(32, 256_000), (3, 256_000), (32, 5_000), (1, 1)])
def test_batches_give_the_findings_of_one_document_at_a_time(monkeypatch, articles, characters):
    monkeypatch.setattr(engine, "BATCH_ARTICLES", articles)
    monkeypatch.setattr(engine, "BATCH_CHARACTERS", characters)
    documents = _documents()
    alone = [LINTER.lint_document(d) for d in documents]
    together = list(LINTER.lint_documents(documents))
    assert len(together) == len(documents)
    assert [_shape(r) for r in together] == [_shape(r) for r in alone]
    assert sum(len(r.findings) for r in alone) > 20  # the seeds have defects to find
    assert any(r.article is None and r.findings for r in together)  # the unreadable input's problems


class _Boom(Rule):
    code = "XB001"
    name = "boom"
    summary = "Crashes on articles that mention a boom."

    def check(self, article):
        if "boom" in article.text:
            raise ValueError("boom")
        return ()


def test_a_crashing_rule_is_an_internal_error_finding_of_that_document_only():
    linter = engine.Linter([_Boom()])
    results = list(linter.lint_documents([decode(b"Title\n\nA boom.\n", "a.txt"), decode(b"Title\n\nQuiet.\n", "b.txt")]))
    assert [f.code for f in results[0].findings] == ["NL000"] and results[1].findings == []


class _BoomAfterOne(Rule):
    code = "XB003"
    name = "boom-after-one"
    summary = "Finds the first word, then crashes."

    def check(self, article):
        yield self.finding(0, 5, "first")
        raise ValueError("boom")


def test_a_rule_that_crashes_midway_keeps_what_it_found_before_the_internal_error():
    results = list(engine.Linter([_BoomAfterOne()]).lint_documents([decode(b"Title\n\nWords here.\n", "a.txt")]))
    assert sorted((f.code, f.start, f.end) for f in results[0].findings) == [("NL000", 0, 0), ("XB003", 0, 5)]


def test_a_document_without_findings_resolves_to_no_diagnostics():
    assert engine.resolve(decode(b"Title\n\nQuiet.\n", "a.txt"), []) == []
    assert engine.resolve(decode(b"Title\n\nQuiet.\n", "a.txt"), iter(())) == []


class _Fatal(Rule):
    code = "XB002"
    name = "fatal"
    summary = "Cannot run at all."

    def check(self, article):
        raise FatalRuleError("server gone")


def test_a_fatal_rule_error_stops_the_batch():
    with pytest.raises(FatalRuleError):
        list(engine.Linter([_Fatal()]).lint_documents([decode(b"Title\n\nText.\n", "a.txt")]))


class _FailingParse(engine.Linter):
    def _parse(self, document):
        if document.path == "bad.txt":
            raise RuntimeError("cannot parse")
        return super()._parse(document)


def test_an_exception_outside_the_rules_is_the_result_of_its_document_only():
    linter = _FailingParse(LINTER.rules)
    names = ["a.txt", "bad.txt", "c.txt"]
    results = list(linter.lint_documents([decode(b"Title\n\nThe text.The end.\n", name) for name in names]))
    assert isinstance(results[1], RuntimeError)
    assert [f.code for f in results[0].findings] == [f.code for f in results[2].findings] == ["NL103"]


def test_resolve_without_fingerprints_differs_only_in_the_fingerprint():
    linter = make_linter()
    document = string_document("a.txt", "A title\n\nThe EUCommission met on   Tuesday .\n", has_header=True)
    findings = linter.lint_document(document).findings
    with_them, without = engine.resolve(document, findings), engine.resolve(document, findings, fingerprints=False)
    assert with_them and all(d.fingerprint for d in with_them) and all(d.fingerprint is None for d in without)
    assert [dataclasses.replace(d, fingerprint=None) for d in with_them] == without
    linter.fingerprints = False
    assert linter.lint_document(document).diagnostics() == without
