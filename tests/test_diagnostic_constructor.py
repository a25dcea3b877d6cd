"""slot_constructor() makes exactly the Diagnostic that the dataclass's constructor makes, compiled or not."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass

import pytest

from newslint import diagnostic, native
from newslint.diagnostic import Diagnostic, Severity, slot_constructor

VALUES = ("a.txt", 3, 7, 3, 12, "NL102", "glued-words", Severity.WARNING, "glued words 'aB'",
          {"applicability": "safe", "edits": []}, "text", 40, 45, "an aB here", "0123456789abcdef0123", "id-1", 2)
SLOTTED = [diagnostic._python_slotted] + ([native.speedups.slotted] if native.speedups is not None else [])


def test_same_diagnostic_as_the_constructor():
    new_diagnostic = slot_constructor()
    assert len(VALUES) == len(dataclasses.fields(Diagnostic))
    made, expected = new_diagnostic(*VALUES), Diagnostic(*VALUES)
    assert type(made) is Diagnostic
    assert made == expected
    assert dataclasses.astuple(made) == VALUES
    assert pickle.loads(pickle.dumps(made)) == expected
    no_fix = VALUES[:9] + (None,) + VALUES[10:]
    assert hash(new_diagnostic(*no_fix)) == hash(Diagnostic(*no_fix))


@pytest.mark.parametrize("slotted", SLOTTED, ids=lambda f: f.__module__)
def test_each_slot_set_in_the_order_of_the_descriptors(slotted):
    descriptors = tuple(Diagnostic.__dict__[f.name] for f in dataclasses.fields(Diagnostic))
    made = slotted(Diagnostic, descriptors, *VALUES)
    assert made == Diagnostic(*VALUES) and type(made) is Diagnostic
    reversed_names = tuple(reversed([f.name for f in dataclasses.fields(Diagnostic)]))
    made = slotted(Diagnostic, tuple(Diagnostic.__dict__[name] for name in reversed_names), *VALUES)
    assert [getattr(made, name) for name in reversed_names] == list(VALUES)


@dataclass(frozen=True, slots=True)
class _Pair:
    left: object
    right: object


@pytest.mark.parametrize("slotted", SLOTTED, ids=lambda f: f.__module__)
def test_wrong_calls_raise_and_leave_nothing_half_made(slotted):
    descriptors = (_Pair.__dict__["left"], _Pair.__dict__["right"])
    assert slotted(_Pair, descriptors, 1, [2]) == _Pair(1, [2])
    with pytest.raises((TypeError, ValueError)):
        slotted(_Pair, descriptors, 1)  # a value short
    with pytest.raises((TypeError, ValueError)):
        slotted(_Pair, descriptors, 1, 2, 3)  # a value too many
    with pytest.raises(TypeError):
        slotted(_Pair, (Diagnostic.__dict__["path"], Diagnostic.__dict__["line"]), 1, 2)  # another class's slots


@pytest.mark.skipif(native.speedups is None, reason="the extension is not built")
def test_compiled_slots_keep_their_values_alive():
    import gc
    import sys

    value = object()
    before = sys.getrefcount(value)
    made = native.speedups.slotted(_Pair, (_Pair.__dict__["left"], _Pair.__dict__["right"]), value, value)
    assert sys.getrefcount(value) == before + 2
    del made
    gc.collect()
    assert sys.getrefcount(value) == before
