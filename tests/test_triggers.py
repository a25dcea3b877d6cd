"""Rule triggers: the engine skips a rule whose cheap necessary condition is absent, and loses no finding by it."""

from __future__ import annotations

import copy
import os
import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from newslint.api import make_linter
from newslint.engine import Linter
from newslint.model import Article
from newslint.rule import Rule, Trigger
from conftest import natural_files

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import inject_dates  # noqa: E402
import inject_extraction  # noqa: E402
import inject_lines  # noqa: E402
import inject_quotes_boilerplate  # noqa: E402
import inject_scraped  # noqa: E402

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
LINTER = make_linter()
TRIGGERED = [rule for rule in LINTER.rules if rule.trigger is not None]
INJECTORS = {**inject_extraction.INJECTORS, **inject_quotes_boilerplate.INJECTORS, **inject_dates.INJECTORS,
             **inject_lines.INJECTORS, **inject_scraped.INJECTORS}


def without_triggers(linter: Linter) -> Linter:
    """The same rules, each told to run on every article (an instance attribute hides the class's trigger)."""
    rules = [copy.copy(rule) for rule in linter.rules]
    for rule in rules:
        rule.trigger = None
    return Linter(rules, linter.input_rules, linter.allowlists, linter.ocr)


UNTRIGGERED = without_triggers(LINTER)


class _Counting(Rule):
    code = "XT001"
    name = "counting"
    summary = "Counts the articles it is asked to check."

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def check(self, article):
        self.calls += 1
        yield self.finding(0, 1, "checked")


class _CountingTrigger:
    """A trigger that counts how often the engine asks it."""

    def __init__(self, literal: str) -> None:
        self.inner, self.asked = Trigger(literal), 0

    def fires(self, text: str) -> bool:
        self.asked += 1
        return self.inner.fires(text)


def test_a_rule_without_trigger_runs_on_every_article():
    rule = _Counting()
    linter = Linter([rule])
    for text in ("Title\n\nPlain words.\n", "Title\n\nWords & more words.\n", "x"):
        assert [f.code for f in linter.lint_text(text)] == ["XT001"]
    assert rule.calls == 3


def test_a_rule_runs_only_where_its_trigger_fires():
    rule = _Counting()
    rule.trigger = Trigger("&", "<")
    linter = Linter([rule])
    assert linter.lint_text("Title\n\nPlain words.\n") == []
    assert rule.calls == 0
    assert [f.code for f in linter.lint_text("Title\n\nWords & more words.\n")] == ["XT001"]
    assert [f.code for f in linter.lint_text("Title\n\n<br> words.\n")] == ["XT001"]
    assert rule.calls == 2


def test_non_ascii_and_pattern_triggers():
    assert not Trigger(non_ascii=True).fires("plain ASCII text")
    assert Trigger(non_ascii=True).fires("caf\u00e9")
    assert Trigger(pattern=re.compile(r"\d{4}")).fires("in 2021")
    assert not Trigger(pattern=re.compile(r"\d{4}")).fires("in May")
    assert Trigger("zz", non_ascii=True).fires("buzz")
    with pytest.raises(ValueError):
        Trigger()


def test_a_shared_trigger_is_judged_once_per_article():
    trigger = _CountingTrigger("&")
    first, second = _Counting(), _Counting()
    first.trigger = second.trigger = trigger
    linter = Linter([first, second])
    assert len(linter.lint_text("Title\n\nWords & more.\n")) == 2
    linter.lint_text("Title\n\nPlain.\n")
    assert trigger.asked == 2 and first.calls == second.calls == 1


def test_the_default_rules_declare_triggers():
    """Some rule uses the mechanism (else the tests below prove nothing)."""
    assert {"NL402", "NL403", "NL405"} <= {rule.code for rule in TRIGGERED}


def _assert_no_finding_lost(text: str) -> None:
    article = Article.parse(text)
    for rule in TRIGGERED:
        if not rule.trigger.fires(article.text):
            assert list(rule.check(article)) == [], f"{rule.code}'s trigger {rule.trigger!r} skipped a finding"
    assert LINTER.lint_article(Article.parse(text)) == UNTRIGGERED.lint_article(Article.parse(text))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_triggers_lose_no_finding_on_the_seeds_and_injected_defects(seed):
    text = seed.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    _assert_no_finding_lost(text)
    rng = random.Random(seed.name)
    for code, inject in sorted(INJECTORS.items()):
        injected = inject(text, rng)
        if injected:
            _assert_no_finding_lost(injected[0])


# the HTML extractors' outputs of the natural pages, where `python bench/extract.py` wrote them (not in CI)
EXTRACTED = Path(os.environ.get("NEWSLINT_EXTRACTED") or Path.home() / ".cache" / "newslint" / "extracted")


@pytest.mark.parametrize("folder", ["bbc", "scraped", "reuters", "extracted"])
def test_triggers_lose_no_finding_on_natural_articles(folder):
    """A run of a few files asks no trigger (``runner.LinterPool.check_everywhere``): on natural text, each article
    and the article flattened onto one line, every rule finds the same with its trigger and without it (the
    extractors' outputs: every tenth, all five extractors over many pages)."""
    if folder == "extracted":
        files = sorted(EXTRACTED.glob("*.txt"))[::10]
    else:
        files = natural_files((folder,), 80)[len(SEEDS):]
    if not files:
        pytest.skip(f"no {folder} corpus here")
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace")
        _assert_no_finding_lost(text)
        _assert_no_finding_lost(" ".join(text.split("\n")))


# every rule's examples and the characters the triggers look for, so that drawn text both fires and misses them
_PIECES = sorted({word for rule in LINTER.rules for example in (rule.bad, rule.good) for word in example.split()}
                 | {"&", "&amp;", "<p>", "<", "\ufffd", "-", "sanc-", "“", "”", '"', ",", "\u00ad", "\u200b", "\x0c",
                    "Ã©", "Ã", "é", "tions", "said", "The", "U.S."})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20), min_size=1, max_size=5),
       st.sampled_from([" ", "", "\n", "\t"]))
def test_triggers_lose_no_finding_on_drawn_text(paragraphs, joint):
    _assert_no_finding_lost("Title\n\n" + "\n\n".join(joint.join(words) for words in paragraphs) + "\n")
