"""bench/ab.py's own code: loading another checkout's modules beside this one's, its command line, and each mode
run end to end on a few articles (the figures themselves are not checked: they are timings)."""

from __future__ import annotations

import gc
import shutil
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import ab  # noqa: E402
import scale  # noqa: E402
from profile_rules import collection_paused  # noqa: E402

MARK = "\nFIXTURE_CHECKOUT = True\n"
needs_corpus = pytest.mark.skipif(not (scale.CORPUS / "bbc").is_dir(), reason="the shared corpus is not beside the repo")


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A copy of this checkout's package (compiled helper included) whose date and quote modules carry a mark."""
    root = tmp_path_factory.mktemp("checkouts") / "base"
    shutil.copytree(ab.ROOT / "newslint", root / "newslint", ignore=shutil.ignore_patterns("__pycache__"))
    for path in ("newslint/dates.py", "newslint/rules/quotes.py", "newslint/rules/dates.py", "newslint/model.py"):
        with open(root / path, "a", encoding="utf-8") as handle:
            handle.write(MARK)
    return root


def newslint_modules() -> dict[str, object]:
    return {name: module for name, module in sys.modules.items() if ab._whole_package(name)}


def test_module_paths_become_dotted_names():
    assert ab.module_name("newslint/rules/dates.py") == "newslint.rules.dates"
    assert ab.module_name("newslint/ocr/__init__.py") == "newslint.ocr"
    assert ab.module_name("newslint.dates") == "newslint.dates"


def test_named_modules_load_from_the_checkout_in_order_and_leave_sys_modules_alone(base):
    import newslint.rules.dates  # this checkout's, loaded before
    before = newslint_modules()
    names = ["newslint.dates", "newslint.rules.dates"]
    side = ab.load_side("base", base, names, set(names).__contains__)
    assert newslint_modules() == before
    rules_module = side.modules["newslint.rules.dates"]
    assert rules_module.FIXTURE_CHECKOUT and Path(rules_module.__file__).is_relative_to(base)
    # the rules module imported the checkout's own newslint/dates.py, not this checkout's
    assert rules_module.article_dates.__module__ == "newslint.dates"
    assert rules_module.article_dates.__globals__.get("FIXTURE_CHECKOUT") is True
    # every module that was not named is this checkout's
    assert rules_module.Article is sys.modules["newslint.model"].Article
    assert not hasattr(newslint.rules.dates, "FIXTURE_CHECKOUT")


def test_a_module_with_dataclasses_loads(base):
    side = ab.load_side("base", base, ["newslint.rules.quotes"], {"newslint.rules.quotes"}.__contains__)
    rules = ab.rules_of(side, "newslint.rules.quotes", ["NL201"])
    assert [rule.code for rule in rules] == ["NL201"]
    assert side.modules["newslint.rules.quotes"].FIXTURE_CHECKOUT


def test_a_named_module_missing_from_the_checkout_is_an_error_not_this_checkouts_copy(tmp_path):
    shutil.copytree(ab.ROOT / "newslint", tmp_path / "newslint", ignore=shutil.ignore_patterns("__pycache__", "dates.py"))
    with pytest.raises(ModuleNotFoundError, match="newslint.dates is not in"):
        ab.load_side("base", tmp_path, ["newslint.dates"], {"newslint.dates"}.__contains__)
    with pytest.raises(SystemExit, match="no newslint package"):
        ab.load_side("base", tmp_path / "nowhere", ["newslint.dates"], {"newslint.dates"}.__contains__)


def test_a_whole_package_side_keeps_what_it_imports_later_to_itself(base):
    before = newslint_modules()
    side = ab.load_side("base", base, ["newslint.api"], ab._whole_package)
    assert newslint_modules() == before
    article_type, triggers = ab.stage_tools(side)  # make_linter imports every rule module only now
    assert newslint_modules() == before
    assert article_type.parse.__globals__.get("FIXTURE_CHECKOUT") is True
    assert side.modules["newslint.rules.quotes"].FIXTURE_CHECKOUT
    # the rules' triggers are this side's Trigger, so the trigger set folds them into one RE2 pass
    assert triggers._folded and not any(t for t in triggers._others if type(t).__name__ == "Trigger")
    this_type, this_triggers = ab.stage_tools(ab.load_side("this", ab.ROOT, ["newslint.api"], ab._whole_package))
    assert this_type is not article_type and len(this_triggers._folded) == len(triggers._folded)


def test_sides_are_labelled_by_folder_and_this_checkout_comes_last(tmp_path):
    first, second = tmp_path / "a" / "base", tmp_path / "b" / "base"
    assert ab.sides_of([first, second]) == [("base", first), ("base-2", second), ("this", ab.ROOT)]


def test_rounds_alternate_which_side_goes_first_and_the_least_figure_is_kept():
    assert list(ab.alternating(3, ["a", "b"])) == ["a", "b", "b", "a", "a", "b"]
    best = ab.best_of(iter([("a", {"x": 3.0, "y": 1.0}), ("a", {"x": 2.0, "y": 4.0}), ("b", {"x": 5.0})]))
    assert best == {"a": {"x": 2.0, "y": 1.0}, "b": {"x": 5.0}}


def test_the_command_line_has_three_modes_and_rules_needs_a_module():
    args = ab.parser().parse_args(["rules", "/tmp/b", "--module", "newslint/dates.py", "--module",
                                   "newslint/rules/dates.py", "--select", "NL601", "--batch", "0"])
    assert (args.mode, args.bases, args.module, args.batch) == \
        ("rules", [Path("/tmp/b")], ["newslint/dates.py", "newslint/rules/dates.py"], 0)
    assert ab.parser().parse_args(["stages", "/tmp/a", "/tmp/b"]).rounds == 9
    assert ab.parser().parse_args(["profiles", "/tmp/a"]).rounds == 5
    with pytest.raises(SystemExit):
        ab.parser().parse_args(["rules", "/tmp/b"])


def test_collection_is_paused_inside_and_left_as_it_was_after():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def _table(output: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in output.splitlines()
            if line.startswith("| ") and "---" not in line]


@needs_corpus
def test_rules_mode_times_both_sides_and_counts_their_findings(base, capsys):
    ab.main(["rules", str(base), "--module", "newslint/rules/quotes.py", "--rounds", "1", "--limit", "40"])
    header, *rows = _table(capsys.readouterr().out)
    assert header == ["rule", "base µs", "this µs", "findings base / this"]
    assert [row[0] for row in rows] == ["NL201", "NL202", "NL203", "NL204", "NL205", "NL206", "all"]
    base_found, this_found = rows[0][3].split(" / ")
    assert base_found == this_found  # the same code marked, the same findings


@needs_corpus
def test_stages_mode_prints_every_stage_for_each_side(base, capsys):
    ab.main(["stages", str(base), "--rounds", "1", "--limit", "20"])
    header, *rows = _table(capsys.readouterr().out)
    assert header[1:] == ["base", "this"]
    assert [row[0] for row in rows] == [*ab.STAGES, "sum", "all, no clock inside"]
    assert all(float(cell) > 0 for row in rows for cell in row[1:] if row[0] in ("parse", "sum"))


@needs_corpus
def test_profiles_mode_runs_each_side_in_its_own_process(base, capsys):
    ab.main(["profiles", str(base), "--rounds", "1", "--limit", "10", "--select", "NL601"])
    header, *rows = _table(capsys.readouterr().out)
    assert header == ["stage or rule", "base", "this", "this / base"]
    assert "NL601 impossible-date" in [row[0] for row in rows] and rows[-1][0] == "**total**"


def test_a_profile_that_fails_is_one_clear_error(tmp_path):
    (tmp_path / "newslint").mkdir()
    (tmp_path / "newslint" / "__init__.py").write_text("raise ImportError('a broken checkout')\n")
    with pytest.raises(SystemExit, match="(?s)profile_rules.py failed with the newslint of .*a broken checkout"):
        ab.profile(tmp_path, [], str(tmp_path))
