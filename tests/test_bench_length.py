"""bench/length.py's own code: the inputs of its shapes and the way it flags a rule (the timings themselves are not
checked)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import length  # noqa: E402


def test_every_shape_beyond_news_text_is_one_short_unit_and_repeated_names_them_all():
    assert length.SHAPE_SETS["repeated"] == tuple(length.REPEATED)
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
