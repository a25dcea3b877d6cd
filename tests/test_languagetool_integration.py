"""NL8xx against a real LanguageTool server (NEWSLINT_LANGUAGETOOL_URL; see scripts/languagetool.sh)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newslint import languagetool
from newslint.api import lint_text, make_linter

pytestmark = [
    pytest.mark.languagetool,
    pytest.mark.skipif(not os.environ.get(languagetool.URL_ENV),
                       reason=f"{languagetool.URL_ENV} is not set (scripts/languagetool.sh start)"),
]
SEED = Path(__file__).resolve().parents[1] / "seeds" / "001_9676635609fdc54d.txt"


@pytest.fixture(scope="module", autouse=True)
def warm_server():
    """Wait (up to 5 minutes) for the server's first check, which loads its rules: then no test times that."""
    languagetool.server_version(os.environ[languagetool.URL_ENV], timeout=300)


@pytest.fixture
def linter(monkeypatch, tmp_path):
    monkeypatch.setenv(languagetool.CACHE_ENV, str(tmp_path))
    return make_linter(select=["NL8"])


def test_grammar_error_is_found_with_its_span(linter):
    diags = lint_text("Title\n\nThe minister said he go to Brussels every week.\n", linter=linter)
    assert [(d.code, d.line, d.column, d.end_column) for d in diags] == [("NL801", 3, 22, 24)]
    assert "HE_VERB_AGR" in diags[0].message and diags[0].fix["edits"][0]["content"] == "goes"


def test_confused_word_is_found_by_its_own_rule(linter):
    diags = lint_text("Title\n\nThe sanctions will effect the economy.\n", linter=linter)
    assert [(d.code, d.line, d.column, d.end_column) for d in diags] == [("NL802", 3, 20, 26)]
    assert "AFFECT_EFFECT" in diags[0].message and diags[0].fix["edits"][0]["content"] == "affect"


def test_clean_paragraph_yields_nothing(linter):
    text = ("Title\n\nThe two men spoke for about thirty minutes on the sidelines of a meeting in the Swedish "
            "capital. The official said there had been a constructive exchange on the existing peace accords.\n")
    assert lint_text(text, linter=linter) == []


def test_seed_slip_along_of_the_line_is_not_caught_by_languagetool(linter):
    # LanguageTool 6.8 has no rule for "along of the line" (seeds/001:27): assert what it returns.
    text = SEED.read_text(encoding="utf-8")
    at = text.index("along of the line")
    diags = lint_text(text, str(SEED), linter=linter)
    line = text.count("\n", 0, at) + 1
    assert line == 27
    assert [d for d in diags if d.line == line] == []


def test_second_check_is_served_from_the_disk_cache(monkeypatch, tmp_path):
    monkeypatch.setenv(languagetool.CACHE_ENV, str(tmp_path))
    checker = languagetool.Checker(os.environ[languagetool.URL_ENV], "en-US", ["MORFOLOGIK_RULE_EN_US"], [])
    paragraphs = ["He go to school.", "She walks home."]
    first = checker.check(paragraphs)
    assert [[m.rule_id for m in p] for p in first] == [["HE_VERB_AGR"], []]
    again = languagetool.Checker(os.environ[languagetool.URL_ENV], "en-US", ["MORFOLOGIK_RULE_EN_US"], [])
    assert again.check(paragraphs) == first
    assert again.client.sent == 0
