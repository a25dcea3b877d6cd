"""bench/profile_rules.py's own code: the article gates split one by one (``--gates``) answer as the engine's judges
answer together (the figures themselves are not checked: they are timings)."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
from profile_rules import gate_parts  # noqa: E402

from newslint.api import make_linter  # noqa: E402
from newslint.model import Article  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _articles() -> list[Article]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts.append("Quarterly figures\n\nThe council met on Monday, 31 February 2023, and again on \"Friday\".\n"
                 "It said “the plan” was ready, the the members agreed.\n")
    return [Article.parse(text, f"<{i}>") for i, text in enumerate(texts)]


def test_each_gate_is_a_part_named_by_its_question_and_the_packs_by_their_judge():
    names = list(gate_parts(make_linter()._triggers()[1]))
    assert "gate: PackJudge" in names
    assert "gate: dates.may_state_impossible_date" in names
    assert "gate: rules.ocr.is_ocr" in names
    assert len(names) == len(set(names))


def test_the_parts_fire_what_the_judges_fire_together():
    judges = make_linter()._triggers()[1]
    opened = 0
    for article, again in zip(_articles(), _articles()):  # (each side on an article of its own: nothing shared)
        together = {key for judge in judges for key in (judge(article) or ())}
        apart = {key for fires_on in gate_parts(judges).values() for key in fires_on(again)}
        assert apart == together
        opened += bool(together)
    assert opened  # some gate opens somewhere: the comparison is not of empty answers only
