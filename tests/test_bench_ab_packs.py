"""bench/ab_packs.py: each side's pack rules come from its own packs module and its own rules/*.yaml."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import ab  # noqa: E402
import ab_packs  # noqa: E402


def test_a_sides_pack_rules_are_read_from_its_own_checkout(tmp_path):
    root = tmp_path / "base"
    shutil.copytree(ab.ROOT / "newslint", root / "newslint", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ab.ROOT / "rules", root / "rules")
    (root / "rules" / "boilerplate.yaml").write_text((ab.ROOT / "rules" / "boilerplate.yaml").read_text(
        encoding="utf-8").replace("code: NL309", "code: NL399"), encoding="utf-8")
    wanted = {"newslint.packs"}.__contains__
    side = ab.load_side("base", root, ["newslint.packs"], wanted)
    this = ab.load_side("this", ab.ROOT, ["newslint.packs"], wanted)
    theirs = ab_packs.pack_rules(side, "newslint.packs", None)
    ours = ab_packs.pack_rules(this, "newslint.packs", None)
    assert "NL399" in [rule.code for rule in theirs] and "NL309" in [rule.code for rule in ours]
    assert type(theirs[0]).origin.startswith(str(root)) and type(ours[0]).origin.startswith(str(ab.ROOT))
    assert [rule.code for rule in ab_packs.pack_rules(this, "newslint.packs", ["NL301", "NL520"])] == ["NL301", "NL520"]
