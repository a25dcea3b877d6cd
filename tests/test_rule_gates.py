"""Gates (``engine.ArticleGate``): a rule set's questions of the parsed article, each asked once per article, skip the
rules they gate where they say no, and lose no finding by it."""

from __future__ import annotations

import copy
import pickle

import pytest

import test_triggers
from conftest import drawn_texts, natural_files
from newslint.api import make_linter
from newslint.engine import ArticleGate, Linter
from newslint.model import Article
from newslint.rule import RuleContext
from newslint.rules.spelling import RejectedWord

LINTER = make_linter()
GATED = [rule for rule in LINTER.rules if isinstance(rule.trigger, ArticleGate)]
ASKED: list[str] = []


def _asks_for_amp(article: Article) -> bool:
    ASKED.append(article.path)
    return "&" in article.text


class _Counting(test_triggers._Counting):
    code = "XG001"
    name = "counting-gated"
    trigger = ArticleGate(_asks_for_amp)


class _Other(_Counting):
    code = "XG002"
    name = "other-gated"


def test_a_gate_is_asked_once_per_article_for_every_rule_it_gates():
    first, second = _Counting(), _Other()
    ASKED.clear()
    linter = Linter([first, second])
    assert len(linter.lint_text("Title\n\nWords & more.\n", "a")) == 2
    assert linter.lint_text("Title\n\nPlain.\n", "b") == []
    assert ASKED == ["a", "b"] and first.calls == second.calls == 1


def test_a_gate_without_a_question_asks_nothing_and_never_runs_its_rule():
    rule = _Counting()
    rule.trigger = ArticleGate(None)
    ASKED.clear()
    linter = Linter([rule])
    assert linter.lint_text("Title\n\nWords & more.\n") == []
    assert rule.calls == 0 and ASKED == [] and linter._triggers()[1] == []


def test_a_gated_linter_pickles_with_its_gates():
    rule = pickle.loads(pickle.dumps(LINTER)).rules[[r.code for r in LINTER.rules].index("NL704")]
    assert isinstance(rule.trigger, ArticleGate) and rule.trigger.question.__name__ == "is_ocr"


def test_the_default_rules_declare_gates():
    """The OCR rules share one question, NL201 and NL203 another; NL703 without reject words is never
    asked (else the tests below prove nothing)."""
    questions = {rule.code: rule.trigger.question for rule in GATED}
    assert {"NL101", "NL204", "NL502", "NL701"} <= questions.keys()
    assert len({questions[code] for code in ("NL704", "NL705", "NL706", "NL707", "NL708")} - {None}) == 1
    assert len({questions[code] for code in ("NL201", "NL203")} - {None}) == 1 and questions["NL202"] is not None
    assert questions["NL703"] is None
    rejecting = RejectedWord(context=RuleContext(reject_words=frozenset({"irregardless"})))
    assert rejecting.trigger is None
    assert [f.code for f in rejecting.check(Article.parse("Title\n\nIrregardless of the cost.\n"))] == ["NL703"]


def _without_gates(linter: Linter) -> Linter:
    rules = [copy.copy(rule) for rule in linter.rules]
    for rule in rules:
        if isinstance(rule.trigger, ArticleGate):
            rule.trigger = None
    return Linter(rules, linter.input_rules, linter.allowlists, linter.ocr)


UNGATED = _without_gates(LINTER)


def _assert_no_finding_lost(text: str) -> None:
    article = Article.parse(text)
    for rule in GATED:
        question = rule.trigger.question
        if question is None or not question(article):
            assert list(rule.check(article)) == [], f"{rule.code}'s gate {rule.trigger!r} skipped a finding"
    assert LINTER.lint_article(Article.parse(text)) == UNGATED.lint_article(Article.parse(text))


@pytest.mark.parametrize("folder", ["ocr", "bbc", "scraped"])
def test_gates_lose_no_finding_on_natural_articles(folder):
    """The seeds and natural articles (the OCR corpus's pages open the gate), each as it stands and flattened onto
    one line."""
    for file in natural_files((folder,), 40):
        text = file.read_text(encoding="utf-8", errors="replace")
        _assert_no_finding_lost(text)
        _assert_no_finding_lost(" ".join(text.split("\n")))


_PIECES = sorted({word for rule in GATED for example in (rule.bad, rule.good) for word in example.split()}
                 | {" ", "\n", "\n\n", "tbe ", "tho ", "20U ", "^ ", "||", "impor tant ", "ofthe ", "the ", '"', "“", "”",
                    "’", " ,” ", "\n\nr ", "\n\nthe ", "cornpany ", "1egislation ", "the Crimean Peninsula Crimea ",
                    ' He added: "', " it said: “", ' "A '})


def test_gates_lose_no_finding_on_drawn_text():
    for text in drawn_texts(_PIECES, 150, 33, 60, 1):
        _assert_no_finding_lost("Title\n\n" + text + "\n")


def test_nl202s_gate_opens_on_a_quotation_reopened_after_a_colon_where_no_scan_tells():
    """NL202 reads a colon's quotation apart from the paragraphs' scans: its gate asks both (made-up text)."""
    text = ('Title\n\nThe minister spoke at length. "It is a good day for all of us and for the town, he said. Later '
            'he added: "The rest will follow."\n\nThe end came soon.\n')
    article = Article.parse(text)
    gate = next(rule.trigger for rule in GATED if rule.code == "NL202")
    assert gate.question(article)
    assert [f.code for f in LINTER.lint_article(article) if f.code == "NL202"] == ["NL202"]
    assert LINTER.lint_article(Article.parse(text)) == UNGATED.lint_article(Article.parse(text))
