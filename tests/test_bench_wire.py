"""bench/wire.py's verdicts: how a finding finds its row, and the rows themselves (dev stories only, valid
verdicts, spans inside their story)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import CORPUS

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import wire  # noqa: E402
from natural import split_of  # noqa: E402


def test_a_finding_takes_the_verdict_of_an_overlapping_row_of_its_story_and_rule(tmp_path):
    path = tmp_path / "verdicts.csv"
    path.write_text("doc,start,end,rule,verdict,form\nreuters/r1.txt,10,15,NL101,false,initials\n"
                    "reuters/r1.txt,40,45,NL501,true,doubled word\n", encoding="utf-8")
    verdicts = wire.load_verdicts(path)
    assert wire.verdict_of("reuters/r1.txt", "NL101", 12, 20, verdicts)["verdict"] == "false"
    assert wire.verdict_of("reuters/r1.txt", "NL101", 40, 45, verdicts) is None  # another rule's row
    assert wire.verdict_of("reuters/r2.txt", "NL501", 40, 45, verdicts) is None  # another story
    assert wire.verdict_of("reuters/r1.txt", "NL501", 45, 50, verdicts) is None  # no overlap


def test_a_verdict_other_than_true_or_false_is_refused(tmp_path):
    path = tmp_path / "verdicts.csv"
    path.write_text("doc,start,end,rule,verdict,form\nreuters/r1.txt,1,2,NL101,maybe,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="true or false"):
        wire.load_verdicts(path)


def test_the_verdicts_are_of_dev_stories_only_and_inside_them():
    rows = [row for rows in wire.load_verdicts().values() for row in rows]
    assert rows and all(split_of(row["doc"]) == "dev" for row in rows)
    if not (CORPUS / "reuters").is_dir():
        pytest.skip("the shared corpus is not at hand")
    for row in rows:
        text = (CORPUS / row["doc"]).read_text(encoding="utf-8")
        assert 0 <= row["start"] < row["end"] <= len(text)
