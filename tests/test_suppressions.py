"""Suppressing matches through the command: per-rule allowlists (plain and RE2) applied by the engine
to any rule, and a JSON Lines record's ignore field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import newslint_in

ARTICLE = ("Talks\n\n"
           "The foreign ministerSergei Lavrov said on Thursday that talks would go on.\n\n"
           "The UKSecretary arrived later, with the chancellorOlaf Scholz.\n\n"
           "Read more about the talks\n")


def run(args, cwd: Path, cache: bool = False):
    return newslint_in(cwd, ["--format", "concise", *args], cache)


def configure(project: Path, extra: str = "") -> None:
    (project / "newslint.toml").write_text('select = ["NL102", "NL310"]\n' + extra, encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    configure(tmp_path)
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def matched(result) -> list[str]:
    return [line.split("'")[1] for line in result.stdout.splitlines() if "NL102" in line]


def test_allowlist_plain_and_regex_entries(project):
    assert matched(run(["story.txt"], project)) == ["ministerSergei", "UKSecretary", "chancellorOlaf"]
    configure(project, '[rule-options.glued-words]\nallow = ["UKSecretary", "re:^chancellor[A-Z]"]\n')
    result = run(["story.txt"], project)
    assert matched(result) == ["ministerSergei"]
    assert "NL310" in result.stdout  # other rules are not touched


def test_allowlist_by_code_for_any_rule(project):
    # NL310 (a boilerplate line) takes no option of its own: the engine applies `allow` for every rule
    configure(project, '[rule-options.NL310]\nallow = ["re:(?i)^read more"]\n')
    result = run(["story.txt"], project)
    assert "NL310" not in result.stdout and len(matched(result)) == 3


def test_allowlist_plain_entry_matches_the_whole_match_only(project):
    configure(project, '[rule-options.glued-words]\nallow = ["UK"]\n')
    assert "UKSecretary" in matched(run(["story.txt"], project))


@pytest.mark.parametrize("value, problem", [
    ('["re:(unclosed"]', "rule-options.glued-words.allow: bad pattern '(unclosed'"),
    ('"UKSecretary"', "rule-options.glued-words.allow: expected a list of strings"),
])
def test_bad_allowlist_is_one_line_exit_2(project, value, problem):
    configure(project, f"[rule-options.glued-words]\nallow = {value}\n")
    result = run(["story.txt"], project)
    assert result.exit_code == 2 and problem in result.stderr and result.stderr.count("\n") == 1


def test_changing_the_allowlist_invalidates_the_cache(project):
    assert len(matched(run(["story.txt"], project, cache=True))) == 3
    configure(project, '[rule-options.glued-words]\nallow = ["UKSecretary"]\n')
    assert len(matched(run(["story.txt"], project, cache=True))) == 2


def test_rule_options_other_than_allow_are_still_validated(project):
    configure(project, '[rule-options.glued-words]\nallow = ["x"]\nno-such-option = 1\n')
    result = run(["story.txt"], project)
    assert result.exit_code == 2 and "unknown option 'no-such-option'" in result.stderr


def _corpus(project: Path, records: list[dict]) -> None:
    (project / "story.txt").unlink()
    (project / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_jsonl_record_ignore_field(project):
    text = "The UKSecretary arrived.\n\nRead more about the talks"
    _corpus(project, [{"text": text, "newslint_ignore": ["NL102"]}, {"text": text},
                      {"text": text, "newslint_ignore": ["NL1", "boilerplate-line"]},
                      {"text": text, "newslint_ignore": "NL102"}])  # not a list: ignored
    lines = run(["corpus.jsonl"], project).stdout.splitlines()
    assert [(line.split(":")[1], line.split()[1]) for line in lines] == [
        ("1", "NL310"), ("2", "NL102"), ("2", "NL310"), ("4", "NL102"), ("4", "NL310")]


def test_jsonl_record_ignore_field_name_is_configurable(project):
    configure(project, '[jsonl]\nignore = "skip_rules"\n')
    _corpus(project, [{"text": "The UKSecretary arrived.", "skip_rules": ["glued-words"]},
                      {"text": "The UKSecretary arrived.", "newslint_ignore": ["NL102"]}])
    lines = run(["corpus.jsonl"], project).stdout.splitlines()
    assert [line.split(":")[1] for line in lines] == ["2"]


def test_allowlist_covers_cross_article_rules(tmp_path):
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    config = tmp_path / "newslint.toml"
    config.write_text('select = ["NL608"]\n', encoding="utf-8")
    args = [str(seeds), "--cluster", "--config", str(config)]
    assert "header date '20211202' is written YYYYMMDD" in run(args, tmp_path).stdout
    config.write_text('select = ["NL608"]\n[rule-options.cluster-date-format]\nallow = ["20211202"]\n',
                      encoding="utf-8")
    result = run(args, tmp_path)
    assert result.exit_code == 0 and result.stdout == ""
