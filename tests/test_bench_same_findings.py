"""bench/same_findings.py's own code: two checkouts' reports on a corpus, compared line by line."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import same_findings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STORY = ("Title\n\nThe council met on Monday. the vote was close, officials said.\n\n"
         "Share this article\n\nThe mayor said the plan would go ahead in the spring.\n")


def test_lines_only_one_report_has_are_counted_as_often_as_they_stand():
    assert same_findings.differing(["a", "b"], ["b", "a"]) == 0
    assert same_findings.differing(["a", "a", "b"], ["a", "c"]) == 3  # one 'a' and 'b' on one side, 'c' on the other


def test_one_checkout_against_itself_finds_the_same(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.setitem(same_findings.CORPORA, "tiny", corpus)
    assert same_findings.main([str(ROOT), "--other", str(ROOT), "--corpora", "tiny", "--keep", str(tmp_path)]) == 0
    row = capsys.readouterr().out.splitlines()[-1]
    found = (tmp_path / "tiny.base.txt").read_text(encoding="utf-8").splitlines()
    assert found and all("story.txt" in line for line in found)
    assert row == f"| tiny | {len(found)} | {len(found)} | same |"


def test_a_checkout_that_finds_otherwise_is_shown_and_fails_the_run(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(STORY, encoding="utf-8")
    other = tmp_path / "other" / "newslint"  # a stand-in package whose CLI prints one finding of its own
    other.mkdir(parents=True)
    (other / "__init__.py").write_text("", encoding="utf-8")
    (other / "__main__.py").write_text("print('story.txt:1:1: NL999 made-up made up')\n", encoding="utf-8")
    monkeypatch.setitem(same_findings.CORPORA, "tiny", corpus)
    assert same_findings.main([str(ROOT), "--other", str(other.parent), "--corpora", "tiny"]) == 1
    base, other_count, verdict = capsys.readouterr().out.splitlines()[-1].strip("| ").split(" | ")[1:]
    assert other_count == "1" and verdict == f"{int(base) + 1} lines differ"
