"""bench/train_captions.py: the dev records of every scraped label file, and a threshold chosen over whole pages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
train_captions = pytest.importorskip("train_captions")


def _write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_dev_records_reads_every_scraped_file_and_never_a_test_record(tmp_path, monkeypatch):
    _write(tmp_path / "scraped.jsonl", [{"doc": "scraped/a.txt", "split": "dev", "spans": []},
                                        {"doc": "scraped/b.txt", "split": "test", "spans": []}])
    _write(tmp_path / "scraped-round8-dev.jsonl", [{"doc": "scraped/c.txt", "split": "dev", "spans": []}])
    _write(tmp_path / "html.jsonl", [{"doc": "html/d.html.gz#soup", "split": "dev", "spans": []}])
    monkeypatch.setattr(train_captions, "LABELS", tmp_path)
    docs = [r["doc"] for r in train_captions.dev_records()]
    assert docs == ["scraped/c.txt", "scraped/a.txt"]  # files in name order; no test record, no html label


def _rows(labels: list[int]) -> list[tuple[list[float], int, str]]:
    return [([1.0], y, f"page{i}.txt:{i} a B c @{i}") for i, y in enumerate(labels)]


def test_choose_by_pages_keeps_the_cut_with_the_best_f1():
    rows = _rows([1, 1, 1, 0, 0])
    scores = [0.95, 0.62, 0.58, 0.56, 0.1]  # every seam by 0.55, one false one with it; at 0.6 one seam lost
    cut, table = train_captions.choose_by_pages(scores, rows, block=0.3)
    assert cut == 0.55
    assert "out of fold at 0.55: 3/3 seams" in table
    cut, _ = train_captions.choose_by_pages([0.95, 0.92, 0.91, 0.56, 0.1], rows, block=0.3)
    assert cut == 0.9  # the false candidate at 0.56 left below the cut; of equal F1, the highest cut
