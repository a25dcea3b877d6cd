"""bench/length.py's own code: the inputs of its shapes and the way it flags a rule (the timings themselves are not
checked)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import length  # noqa: E402


def test_every_shape_beyond_news_text_is_one_short_unit_or_drawn_and_repeated_names_them_all():
    assert length.SHAPE_SETS["repeated"] == (*length.REPEATED, *length.DRAWN)
    assert len(set(length.SHAPES)) == len(length.SHAPES) and set(length.MIXED) <= set(length.REPEATED)
    assert all(0 < len(unit) <= 40 for unit in length.REPEATED.values())
    assert set(length.LEADS) <= set(length.REPEATED)


@pytest.mark.parametrize("shape", sorted(length.REPEATED))
def test_a_shape_s_input_is_its_lead_and_its_unit_repeated_to_the_length_in_utf8_bytes(shape):
    unit, lead = length.REPEATED[shape], length.LEADS.get(shape, length.LEAD)
    texts = length.repeated_inputs(unit, 10, 100, lead)
    assert len(texts) == 10 and len(set(texts)) == 1
    body = texts[0].removeprefix(lead)
    assert body == unit * (len(body) // len(unit))
    assert 10_000 - len(unit.encode()) < len(body.encode()) <= 10_000


@pytest.mark.parametrize(("per_kb", "flagged"), [
    ([5.0, 5.2, 5.1], False),  # linear
    ([5.0, 50.0, 500.0], True),  # quadratic: ten times the cost per KB at each tenfold length
    ([0.001, 0.01, 0.1], False),  # quadratic but too cheap to tell from noise (0.1 µs per KB of 1,000 KB)
    ([5.0, 50.0], True),  # stopped at the longest length (past the budget)
])
def test_a_rule_is_flagged_by_its_last_step_or_by_the_budget(per_kb, flagged):
    assert length.judged(per_kb, 3, 1000)[1] is flagged


def test_a_drawn_shape_s_inputs_are_distinct_words_each_followed_by_its_separator_the_same_at_every_length():
    texts = length.drawn_inputs("\n", 10, 100)
    assert len(texts) == 10 and all(text.startswith(length.LEAD) for text in texts)
    assert all(10_000 - 11 < len(text.encode()) <= 10_000 for text in texts)
    words = [word for text in texts for word in text.removeprefix(length.LEAD).split("\n")[:-1]]
    assert len(set(words)) == len(words)  # none repeats, within an input or across them
    assert all(word.isalpha() and word.islower() and 3 <= len(word) <= 9 for word in words)
    assert length.drawn_inputs("\n", 10, 100) == texts  # the same seed: the same words at every run
    longer = length.drawn_inputs("\n", 100, 100)
    assert len(longer) == 1 and longer[0].removeprefix(length.LEAD).split("\n")[:len(words)] == words


@pytest.mark.parametrize("shape", sorted(length.MIXED))
def test_a_mixed_shape_s_lines_are_each_reported_by_a_rule_and_its_unit_by_two_or_more(shape, lint):
    text = length.LEAD + length.MIXED[shape] * 6
    found = lint(text, has_header=False)
    lines = text.count("\n") - text.count("\n\n")  # the non-blank lines
    assert len({d.code for d in found}) >= 2
    assert len({d.line for d in found}) >= lines - 2


def test_the_whole_run_gives_what_the_engine_gives_a_user_for_the_input(lint):
    select = ["NL302", "NL310", "NL311", "NL501"]
    text = "The council met on Monday.\n\nMenu\n\nSubscribe to our newsletter\n\nIt was the the best.\n"
    run = length.WholeRun(length.make_linter(select=select))
    got = run.check(length.Article.parse(text, "<0>", has_header=False))
    assert [(d.code, d.start, d.end, d.message) for d in got] == \
        [(d.code, d.start, d.end, d.message) for d in lint(text, select=select, has_header=False)]
    assert {d.code for d in got} >= {"NL302", "NL501"}
