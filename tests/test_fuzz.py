"""A short fixed budget of the fuzz targets (bench/fuzz.py): decoding, parsing and every rule on mangled input.

The long coverage-guided run (atheris) is ``python bench/fuzz.py -runs=N``; this
test replays the seeds and a seeded set of mutations of them, the same on every run.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import fuzz  # noqa: E402

BUDGET = 2000  # inputs: a few seconds


def test_the_seeds_pass_every_target():
    for data in fuzz.seeds():
        fuzz.check(data)


def test_a_fixed_budget_of_mutated_inputs_breaks_nothing():
    rng = random.Random(16)
    corpus = fuzz.seeds()
    for _ in range(BUDGET):
        data = fuzz.mutate(rng, rng.choice(corpus))
        try:
            fuzz.check(data)
        except Exception as exc:
            pytest.fail(f"{type(exc).__name__}: {exc} on input {data!r}")
