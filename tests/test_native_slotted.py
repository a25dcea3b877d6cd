"""A slotted instance made by the compiled function (``_speedups.c``, block 21d, ``slotted``) against its twin
(``diagnostic._python_slotted``: each member descriptor's ``__set__``)."""

from __future__ import annotations

import dataclasses
import gc
import sys
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_native import compiled, needs_compiled

from newslint import diagnostic
from newslint.diagnostic import Diagnostic, _python_slotted
from test_diagnostic_constructor import VALUES

FIELDS = tuple(f.name for f in dataclasses.fields(Diagnostic))


def descriptors(cls: type, names: tuple[str, ...]) -> tuple:
    return tuple(cls.__dict__[name] for name in names)


@dataclass(frozen=True, slots=True)
class _Pair:
    left: object
    right: object


@needs_compiled
def test_the_compiled_constructor_is_in_use() -> None:
    assert diagnostic.slot_constructor().func is compiled.slotted


@needs_compiled
@pytest.mark.parametrize("names", [FIELDS, tuple(reversed(FIELDS))], ids=["field order", "reversed"])
def test_each_slot_set_by_its_descriptor_whatever_their_order(names) -> None:
    values = [VALUES[FIELDS.index(name)] for name in names]
    made, twin = compiled.slotted(Diagnostic, descriptors(Diagnostic, names), *values), \
        _python_slotted(Diagnostic, descriptors(Diagnostic, names), *values)
    assert type(made) is type(twin) is Diagnostic
    assert made == twin == Diagnostic(*VALUES)


@needs_compiled
@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(), st.text(), st.dictionaries(st.text(), st.integers())),
                min_size=len(FIELDS), max_size=len(FIELDS)))
def test_drawn_values(values) -> None:
    made = compiled.slotted(Diagnostic, descriptors(Diagnostic, FIELDS), *values)
    assert dataclasses.astuple(made) == dataclasses.astuple(_python_slotted(Diagnostic, descriptors(Diagnostic, FIELDS),
                                                                            *values)) == tuple(values)


@needs_compiled
def test_a_large_value_is_held_not_copied() -> None:
    line = "x" * 100_000
    made = compiled.slotted(_Pair, descriptors(_Pair, ("left", "right")), line, line)
    assert made.left is line and made.right is line and made == _Pair(line, line)


@pytest.mark.parametrize("slotted", [_python_slotted] + ([compiled.slotted] if compiled is not None else []),
                         ids=lambda f: f.__module__ or "compiled")
def test_wrong_calls_raise(slotted) -> None:
    pair = descriptors(_Pair, ("left", "right"))
    assert slotted(_Pair, pair, 1, [2]) == _Pair(1, [2])
    with pytest.raises((TypeError, ValueError)):
        slotted(_Pair, pair, 1)  # a value short
    with pytest.raises((TypeError, ValueError)):
        slotted(_Pair, pair, 1, 2, 3)  # a value too many
    with pytest.raises(TypeError):
        slotted(_Pair, descriptors(Diagnostic, ("path", "line")), 1, 2)  # another class's slots


@needs_compiled
def test_slots_hold_their_values_and_let_them_go() -> None:
    value = object()
    before = sys.getrefcount(value)
    made = compiled.slotted(_Pair, descriptors(_Pair, ("left", "right")), value, value)
    assert sys.getrefcount(value) == before + 2
    del made
    gc.collect()
    assert sys.getrefcount(value) == before
