"""slot_constructor() makes exactly the Diagnostic that the dataclass's constructor makes."""

from __future__ import annotations

import dataclasses
import pickle

from newslint.diagnostic import Diagnostic, Severity, slot_constructor

VALUES = ("a.txt", 3, 7, 3, 12, "NL102", "glued-words", Severity.WARNING, "glued words 'aB'",
          {"applicability": "safe", "edits": []}, "text", 40, 45, "an aB here", "0123456789abcdef0123", "id-1", 2)


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
