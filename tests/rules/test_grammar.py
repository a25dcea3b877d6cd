"""NL8xx mapping of LanguageTool matches, on recorded server responses (no server needed)."""

from __future__ import annotations

import json
from types import SimpleNamespace
from pathlib import Path

import pytest

from newslint import languagetool
from newslint.model import Article
from newslint.rules.grammar import ConfusedWords, Grammar, LanguageToolOther

RESPONSES = Path(__file__).resolve().parents[1] / "data" / "lt_responses"


def recorded(name):
    """The recorded response's text and its matches, as LanguageTool's JSON gives them."""
    data = json.loads((RESPONSES / f"{name}.json").read_text(encoding="utf-8"))
    return data["text"], data["matches"]


class FakeChecker:
    """Answers every paragraph with the recorded matches of the paragraph that equals the recording."""

    def __init__(self, name):
        import language_tool_python

        self.text, answer = recorded(name)
        self.matches = [language_tool_python.Match(m, self.text) for m in answer]

    def check_article(self, article):
        return [languagetool.split_matches(self.matches, self.text, [0], [len(self.text)])[0]
                if p.text == self.text else [] for p in article.paragraphs]


@pytest.fixture
def fake(monkeypatch):
    def use(name):
        checker = FakeChecker(name)
        monkeypatch.setattr(languagetool, "get_checker", lambda *args, **kwargs: checker)
        return checker
    return use


def test_matches_map_to_findings_with_exact_spans_and_unsafe_fixes(lint, fake):
    fake("he_go")
    text = "Title\n\nHe go to the ministry every day. She ate a apple.\n"
    diags = lint(text, select=["NL8"])
    assert [(d.code, d.line, d.column, d.end_column) for d in diags] == [("NL801", 3, 4, 6), ("NL803", 3, 42, 43)]
    assert diags[0].message.startswith("'go': The pronoun ‘He’")
    assert diags[0].message.endswith("[LanguageTool HE_VERB_AGR, GRAMMAR]")
    assert diags[0].fix["applicability"] == "unsafe"
    assert diags[0].fix["edits"][0]["content"] == "goes"
    assert "'went'" in diags[0].fix["message"]


def test_each_rule_reports_only_its_categories(fake):
    fake("he_go")
    article = Article.parse("Title\n\nHe go to the ministry every day. She ate a apple.\n")
    assert [f.code for f in Grammar().check(article)] == ["NL801"]
    assert [f.code for f in LanguageToolOther().check(article)] == ["NL803"]
    assert list(ConfusedWords().check(article)) == []


def test_utf16_offsets_become_code_points(fake, lint):
    fake("astral")
    text = "Title\n\nThe 🎉 party go well 😀 yesterday and he go home.\n"
    diags = lint(text, select=["NL801"])
    assert [(d.column, d.end_column) for d in diags] == [(40, 42)]


def _match(offset, length):
    """A match as language-tool-python gives it (the fields split_matches reads)."""
    return SimpleNamespace(offset=offset, error_length=length, message="m", replacements=[], rule_id="R",
                           category="GRAMMAR")


def test_matches_crossing_a_paragraph_boundary_are_dropped():
    text = "ab cd\n\nef gh"
    out = languagetool.split_matches([_match(3, 2), _match(4, 5), _match(10, 2)], text, [0, 7], [5, 5])
    assert [[(m.start, m.end) for m in p] for p in out] == [[(3, 5)], [(3, 5)]]


def test_unreachable_languagetool_raises_one_clear_line(monkeypatch, tmp_path):
    monkeypatch.delenv(languagetool.URL_ENV, raising=False)
    monkeypatch.delenv(languagetool.HOME_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with pytest.raises(languagetool.LanguageToolUnavailable) as info:
        languagetool.resolve_url()
    assert "\n" not in str(info.value) and "scripts/languagetool.sh start" in str(info.value)
    with pytest.raises(languagetool.LanguageToolUnavailable, match="no LanguageTool installation"):
        languagetool.resolve_url(home=str(tmp_path))
    with pytest.raises(languagetool.LanguageToolUnavailable, match="no LanguageTool server answers"):
        languagetool.server_version("http://127.0.0.1:9")


def test_grammar_rules_are_opt_in():
    assert not any(rule.default_enabled for rule in (Grammar, ConfusedWords, LanguageToolOther))


def test_a_or_an_before_an_amount_is_not_reported(fake, monkeypatch):
    text = "It paid an £80m fee."
    match = languagetool.LTMatch(8, 10, "EN_A_VS_AN", "MISC", "Use “a” instead of ‘an’.", ("a",))

    class Checker:
        def check_article(self, article):
            return [[match] if p.text == text else [] for p in article.paragraphs]
    monkeypatch.setattr(languagetool, "get_checker", lambda *args, **kwargs: Checker())
    assert list(LanguageToolOther().check(Article.parse(f"Title\n\n{text}\n"))) == []
