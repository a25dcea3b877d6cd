"""The speed-ups for one long input give the answers of the plain computations they replace:
SQLite look-ups in sorted batches over a memory map, the OCR gate counting each distinct word once."""

from __future__ import annotations

from newslint.ocr import gate
from newslint.wordindex import IndexedTable


def test_batched_look_ups_in_any_order_equal_single_ones(tmp_path):
    words = {f"w{i:05d}": i for i in range(3000)}
    table = IndexedTable(tmp_path / "words.sqlite3", lambda: dict(words))
    keys = [f"w{i:05d}" for i in range(2999, -1, -7)] + ["missing", "w00003"]
    assert table.get_many(keys) == {key: words[key] for key in keys if key in words}
    assert table.get("w00007") == 7 and "missing" not in table


def test_the_gate_counts_every_occurrence_of_a_misread_word():
    assert gate._misreadings(["tbe", "tbe", "cornpany", "zzqx", "tbe"]) == 4
