"""The concise report is written in runs of ASCII lines and lines beyond ASCII (34c): the same text, and no write
mixes the two, so that a text stream copies the ASCII runs' bytes instead of encoding them a character at a time."""

from __future__ import annotations

import dataclasses
import io

import pytest

from newslint.diagnostic import Diagnostic
from newslint.formats import Report
from newslint.formats import text as output
from newslint.rule import Severity

BASE = Diagnostic("a.txt", 3, 11, 3, 29, "NL102", "glued-words", Severity.WARNING,
                  "glued words 'spokespersonDmitry'", None, None, 40, 58, "Kremlin spokespersonDmitry Peskov said.")


class _Writes(io.StringIO):
    """A stream that keeps each write."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def write(self, text: str) -> int:
        self.writes.append(text)
        return super().write(text)


@pytest.mark.parametrize("color", [False, True])
def test_concise_runs_write_the_lines_in_order_ascii_apart(color):
    messages = ["glued 'aB'", "glued ‘cD’", "glued 'eF'", "glued 'gH'", "glued “iJ”", "glued ‘kL’", "glued 'mN'"]
    diagnostics = [dataclasses.replace(BASE, line=k + 1, message=message) for k, message in enumerate(messages)]
    stream = _Writes()
    report = Report("concise", stream, [], color, [], False)
    output.add(report, diagnostics)
    assert stream.getvalue() == "".join(output.concise_lines(report, diagnostics))
    assert [w.isascii() for w in stream.writes] == [True, False, True, False, True]
    assert [w.count("\n") for w in stream.writes] == [1, 1, 2, 2, 1]


def test_an_ascii_batch_is_one_write():
    diagnostics = [dataclasses.replace(BASE, line=k + 1) for k in range(5)]
    stream = _Writes()
    output.add(Report("concise", stream, [], False, [], False), diagnostics)
    assert len(stream.writes) == 1 and stream.getvalue().count("\n") == 5
