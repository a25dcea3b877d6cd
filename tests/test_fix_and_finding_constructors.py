"""``Fix.replace`` makes, through ``slot_constructor``, exactly the fix that the dataclasses' constructors make (equal,
hashed, shown and pickled alike, frozen); ``Edit``, ``Fix`` and ``Finding`` are slotted."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_native import compiled, needs_compiled

from newslint import rule
from newslint.diagnostic import Severity
from newslint.rule import Edit, Finding, Fix, Rule


class _Rule(Rule):
    code, name, summary, severity = "NL999", "made-up-rule", "A rule for the tests.", Severity.INFO


def test_replace_makes_the_fix_of_the_constructor() -> None:
    made = Fix.replace(3, 7, "word", safe=False, description="replace with 'word'")
    expected = Fix((Edit(3, 7, "word"),), False, "replace with 'word'")
    assert type(made) is Fix and type(made.edits[0]) is Edit
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert pickle.loads(pickle.dumps(made)) == expected
    assert Fix.replace(0, 1, "") == Fix((Edit(0, 1, ""),))  # the defaults: safe, no description


def test_a_replaced_fix_is_frozen_and_has_no_dict() -> None:
    made = Fix.replace(0, 1, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.safe = False  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.edits[0].start = 2  # type: ignore[misc]
    assert not hasattr(made, "__dict__") and not hasattr(made.edits[0], "__dict__")


def test_finding_makes_the_finding_of_the_constructor() -> None:
    fix = Fix.replace(3, 7, "word")
    made = _Rule().finding(3, 7, "a message", fix)
    expected = Finding("NL999", "made-up-rule", Severity.INFO, 3, 7, "a message", fix)
    assert type(made) is Finding
    assert made == expected and repr(made) == repr(expected) and made.location is None
    assert pickle.loads(pickle.dumps(made)) == expected
    made.location = (2, 5)  # the engine places input problems that have no span
    assert made.location == (2, 5) and not hasattr(made, "__dict__")


@settings(max_examples=100, deadline=None)
@given(st.integers(), st.integers(), st.text(), st.booleans(), st.text())
def test_drawn_fixes(start, end, replacement, safe, description) -> None:
    assert dataclasses.astuple(Fix.replace(start, end, replacement, safe, description)) == \
        dataclasses.astuple(Fix((Edit(start, end, replacement),), safe, description))


def test_a_long_replacement_is_held_not_copied() -> None:
    line = "x" * 100_000
    assert Fix.replace(0, len(line), line).edits[0].replacement is line


@needs_compiled
def test_the_compiled_constructors_are_in_use() -> None:
    assert rule._new_edit.func is rule._new_fix.func is compiled.slotted
