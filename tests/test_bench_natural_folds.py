"""bench/natural.py's dev folds: a page's outputs share a fold, both folds are used, and fold b is never shown."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
natural = pytest.importorskip("natural")

NAMES = [f"scraped/dm-{n:04d}.txt" for n in range(400)]


def test_a_pages_outputs_share_its_fold():
    for name in ("html/site.com-story.html.gz", "html/other.org-report.html.gz"):
        folds = {natural.fold_of(f"{name}#{extractor}") for extractor in ("soup", "trafilatura", "justext")}
        assert folds == {natural.fold_of(name)}


def test_the_dev_pages_fall_in_both_folds():
    dev = [name for name in NAMES if natural.split_of(name) == "dev"]
    folds = [natural.fold_of(name) for name in dev]
    assert 0.3 < folds.count("a") / len(folds) < 0.7  # the split's own digit would put every dev page in one


@pytest.mark.parametrize("argv", [["--fold", "b", "--show"], ["--split", "test", "--fold", "a"]])
def test_fold_b_is_never_shown_and_folds_split_dev_only(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        natural.main(argv)
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert "fold" in error.splitlines()[-1]
