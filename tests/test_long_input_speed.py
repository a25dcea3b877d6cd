"""The speed-ups for one long input give the answers of the plain computations they replace:
SQLite look-ups in sorted batches over a memory map, the OCR gate counting each distinct word once, the
edit-cost programme written with comparisons."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from newslint.ocr import gate, symspell
from newslint.wordindex import IndexedTable


def test_batched_look_ups_in_any_order_equal_single_ones(tmp_path):
    words = {f"w{i:05d}": i for i in range(3000)}
    table = IndexedTable(tmp_path / "words.sqlite3", lambda: dict(words))
    keys = [f"w{i:05d}" for i in range(2999, -1, -7)] + ["missing", "w00003"]
    assert table.get_many(keys) == {key: words[key] for key in keys if key in words}
    assert table.get("w00007") == 7 and "missing" not in table


def test_the_gate_finds_each_misread_word_once():
    assert sorted(gate._misread({"tbe": 3, "cornpany": 1, "zzqx": 1})) == ["cornpany", "tbe"]


def _reference_cost(a: str, b: str) -> float:
    """Optimal string alignment written out plainly: the figure the fast programme must give."""
    rows = [[float(i + j) if i == 0 or j == 0 else 0.0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            substitute = 0.0 if a[i - 1] == b[j - 1] else (0.4 if (a[i - 1], b[j - 1]) in symspell.CHEAP else 1.0)
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + substitute)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


@settings(max_examples=500, deadline=None)
@given(a=st.text(alphabet="aceilmnorst15", max_size=9), b=st.text(alphabet="aceilmnorst15", max_size=9))
def test_the_edit_cost_programme_gives_the_plain_figures(a, b):
    assert symspell._full_edit_cost(a, b) == pytest.approx(_reference_cost(a, b), abs=1e-9)
