"""bench/natural.py's ``classes``: a record read for some classes only scores the findings that can stand for them."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
natural = pytest.importorskip("natural")

TEXT = "Home\nNews\nBy Jane Doe\nThe council met on Tuesday.\n"
BYLINE = {"start": 10, "end": 21, "class": "byline"}


def scored(record: dict, findings: list[tuple[str, int, int]]) -> natural.Tally:
    tally = natural.Tally()
    diagnostics = [SimpleNamespace(code=code, start=start, end=end) for code, start, end in findings]
    natural._add(record, TEXT, diagnostics, tally, show=False)
    return tally


def test_a_miss_of_a_rule_mapped_to_an_unread_class_is_not_scored():
    record = {"doc": "x", "spans": [BYLINE], "classes": ["byline", "caption", "credit"]}
    tally = scored(record, [("NL311", 0, 4)])  # page furniture (boilerplate or byline): the menu was not read for it
    assert (tally.findings, tally.true_findings) == (0, 0)


def test_a_miss_of_a_rule_mapped_only_to_read_classes_is_false():
    record = {"doc": "x", "spans": [BYLINE], "classes": ["byline", "caption", "credit"]}
    tally = scored(record, [("NL312", 0, 4)])  # a caption rule on the menu: the record was read for captions
    assert (tally.findings, tally.true_findings) == (1, 0)


def test_a_hit_counts_whatever_the_rule_maps_to():
    record = {"doc": "x", "spans": [BYLINE], "classes": ["byline", "caption", "credit"]}
    tally = scored(record, [("NL311", 10, 21)])
    assert (tally.findings, tally.true_findings) == (1, 1)
    assert tally.found["byline"] == 1


def test_a_record_read_for_every_class_scores_every_miss():
    tally = scored({"doc": "x", "spans": [BYLINE]}, [("NL311", 0, 4)])
    assert (tally.findings, tally.true_findings) == (1, 0)
