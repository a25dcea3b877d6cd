"""The command: inputs, selection, config discovery, per-file ignores, exit codes, subcommands."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main

# A pack whose rule is easy to trigger and to avoid: "Read more" teasers.
PACK = textwrap.dedent("""\
    rules:
      - code: XT101
        name: test-teaser
        kind: existence
        summary: A test teaser phrase.
        message: "teaser {match}"
        ignorecase: true
        tokens: ["read more"]
      - code: XT102
        name: test-swap
        kind: substitution
        severity: error
        summary: A test substitution.
        message: "use {right} not {match}"
        safe: true
        swap: {"Kiev": "Kyiv"}
""")
CLEAN = "A title\n\nThe minister met his counterpart on Thursday.\n"
TEASER = "A title\n\nThe minister met his counterpart.\n\nRead more about it\n"


def run(args, cwd: Path, input: bytes | None = None):
    """Run the command in ``cwd`` with a controlled rule set (only the test pack plus NL0xx)."""
    import os

    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, args, input=input, catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "newslint.toml").write_text('packs = ["pack.yaml"]\nselect = ["NL0", "XT"]\n', encoding="utf-8")
    (tmp_path / "articles").mkdir()
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_file_exits_0(project):
    write(project / "articles" / "a.txt", CLEAN)
    result = run(["articles/", "--format", "concise"], project)
    assert result.exit_code == 0, result.output
    assert result.output == ""


def test_finding_exits_1_with_exact_location(project):
    write(project / "articles" / "a.txt", TEASER)
    result = run(["articles/", "--format", "concise"], project)
    assert result.exit_code == 1
    assert result.output == "articles/a.txt:5:1: XT101 test-teaser teaser 'Read more'\n"


def test_folders_are_recursive_and_filtered_by_suffix(project):
    write(project / "articles" / "deep" / "er" / "b.txt", TEASER)
    write(project / "articles" / "notes.md", TEASER)
    result = run(["articles", "--format", "concise"], project)
    assert result.exit_code == 1
    assert "articles/deep/er/b.txt:5:1" in result.output
    assert "notes.md" not in result.output


def test_no_paths_is_usage_error(project):
    result = run([], project)
    assert result.exit_code == 2
    assert "no input paths" in result.output


def test_folder_without_inputs_is_error(project):
    result = run(["articles/"], project)
    assert result.exit_code == 2
    assert "no input files" in result.output


def test_missing_path_is_error_but_others_are_checked(project):
    write(project / "articles" / "a.txt", TEASER)
    result = run(["nope.txt", "articles/a.txt", "--format", "concise"], project)
    assert result.exit_code == 2
    assert "nope.txt: no such file or directory" in result.output
    assert "articles/a.txt:5:1: XT101" in result.output


@pytest.mark.parametrize("selector", ["XT101", "test-teaser", "xt101"])
def test_select_by_code_prefix_or_name(project, selector):
    write(project / "articles" / "a.txt", TEASER + "\nKiev said.\n")
    result = run(["articles/", "--select", selector, "--format", "concise"], project)
    assert "XT101" in result.output
    assert "XT102" not in result.output


def test_select_by_prefix(project):
    write(project / "articles" / "a.txt", TEASER + "\nKiev said.\n")
    result = run(["articles/", "--select", "XT10", "--format", "concise"], project)
    assert "XT101" in result.output and "XT102" in result.output
    result = run(["articles/", "--select", "NL0", "--format", "concise"], project)
    assert "XT10" not in result.output


def test_ignore_and_extend_select(project):
    write(project / "articles" / "a.txt", TEASER + "\nKiev said.\n")
    ignored = run(["articles/", "--ignore", "test-teaser", "--format", "concise"], project)
    assert "XT101" not in ignored.output and "XT102" in ignored.output
    extended = run(["articles/", "--select", "XT101", "--extend-select", "XT102", "--format", "concise"], project)
    assert "XT101" in extended.output and "XT102" in extended.output


def test_unknown_selector_is_usage_error(project):
    write(project / "articles" / "a.txt", CLEAN)
    result = run(["articles/", "--select", "ZZ9"], project)
    assert result.exit_code == 2
    assert "unknown rule selector 'ZZ9'" in result.output


def test_fail_on_threshold(project):
    write(project / "articles" / "a.txt", TEASER)  # a warning only
    assert run(["articles/", "--fail-on", "error"], project).exit_code == 0
    assert run(["articles/", "--fail-on", "warning"], project).exit_code == 1
    write(project / "articles" / "b.txt", "T\n\nKiev said.\n")  # an error
    assert run(["articles/", "--fail-on", "error"], project).exit_code == 1


def test_config_found_upward_from_inputs(project, tmp_path_factory):
    write(project / "articles" / "sub" / "a.txt", TEASER)
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    result = run([str(project / "articles" / "sub"), "--format", "concise"], elsewhere)
    assert "XT101" in result.output  # the pack from project/newslint.toml was found


def test_pyproject_table_is_read(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.newslint]\npacks = ["pack.yaml"]\nselect = ["XT101"]\n', encoding="utf-8")
    write(tmp_path / "a.txt", TEASER)
    result = run(["a.txt", "--format", "concise"], tmp_path)
    assert result.output.startswith("a.txt:5:1: XT101")


def test_explicit_config_option(project, tmp_path_factory):
    other = tmp_path_factory.mktemp("other")
    write(other / "a.txt", TEASER)
    result = run([str(other / "a.txt"), "--config", str(project / "newslint.toml"), "--format", "concise"], other)
    assert "XT101" in result.output


def test_per_file_ignores(project):
    (project / "newslint.toml").write_text(
        'packs = ["pack.yaml"]\nselect = ["XT"]\n[per-file-ignores]\n"archive/*.txt" = ["XT101"]\n', encoding="utf-8")
    write(project / "archive" / "old.txt", TEASER)
    write(project / "articles" / "new.txt", TEASER)
    result = run(["archive", "articles", "--format", "concise"], project)
    assert "articles/new.txt:5:1: XT101" in result.output
    assert "archive/old.txt" not in result.output


def test_exclude_globs(project):
    (project / "newslint.toml").write_text('packs = ["pack.yaml"]\nselect = ["XT"]\nexclude = ["drafts"]\n',
                                           encoding="utf-8")
    write(project / "articles" / "drafts" / "x.txt", TEASER)
    write(project / "articles" / "y.txt", TEASER)
    result = run(["articles", "--format", "concise"], project)
    assert "y.txt" in result.output and "drafts" not in result.output


def test_severity_override_and_rule_options_are_validated(project):
    (project / "newslint.toml").write_text(
        'packs = ["pack.yaml"]\nselect = ["XT"]\n[severity]\ntest-teaser = "error"\n', encoding="utf-8")
    write(project / "articles" / "a.txt", TEASER)
    result = run(["articles", "--format", "json"], project)
    assert json.loads(result.output)[0]["severity"] == "error"
    (project / "newslint.toml").write_text('[rule-options.no-such-rule]\nx = 1\n', encoding="utf-8")
    bad = run(["articles"], project)
    assert bad.exit_code == 2 and "rule-options.no-such-rule: unknown rule" in bad.output


@pytest.mark.parametrize("content, message", [
    ('selct = ["NL1"]\n', "newslint.toml: selct: unknown key"),
    ('select = "NL1"\n', "newslint.toml: select: expected a list of strings"),
    ('language = "fr"\n', "newslint.toml: language: expected one of en-US, en-GB"),
    ('fail-on = "fatal"\n', "newslint.toml: fail-on: unknown severity 'fatal'"),
    ('select = [\n', "newslint.toml: invalid TOML"),
])
def test_bad_config_is_one_line_error(project, content, message):
    (project / "newslint.toml").write_text(content, encoding="utf-8")
    write(project / "articles" / "a.txt", CLEAN)
    result = run(["articles"], project)
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_pyproject_unknown_key_names_the_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nselectt = []\n', encoding="utf-8")
    write(tmp_path / "a.txt", CLEAN)
    result = run(["a.txt"], tmp_path)
    assert result.exit_code == 2 and "tool.newslint.selectt: unknown key" in result.output


def test_stdin_with_filename(project):
    result = run(["-", "--stdin-filename", "articles/in.txt", "--format", "concise"], project, input=TEASER.encode())
    assert result.exit_code == 1
    assert result.output == "articles/in.txt:5:1: XT101 test-teaser teaser 'Read more'\n"


def test_invalid_utf8_is_a_finding_at_the_first_bad_byte(project):
    (project / "articles" / "bad.txt").write_bytes("Title\n\nCafé au lait, na\xefve".encode("latin-1"))
    write(project / "articles" / "good.txt", TEASER)
    result = run(["articles", "--format", "concise"], project)
    assert result.exit_code == 1
    assert "articles/bad.txt:3:4: NL001 invalid-utf8" in result.output
    assert "articles/good.txt:5:1: XT101" in result.output  # the run went on


def test_jsonl_records_fields_and_malformed_lines(project):
    records = [
        {"text": "The minister spoke.\n\nRead more here", "title": "T"},
        "{not json",
        {"title": "no body"},
        {"text": "Nothing to see."},
    ]
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    write(project / "articles" / "corpus.jsonl", "\n".join(lines) + "\n")
    result = run(["articles", "--format", "jsonl"], project)
    found = [json.loads(line) for line in result.output.splitlines()]
    by_rule = {(f["rule"], f["line"]): f for f in found}
    teaser = by_rule[("XT101", 1)]
    assert (teaser["column"], teaser["end_column"], teaser["field"]) == (22, 31, "text")
    assert ("NL002", 2) in by_rule and ("NL002", 3) in by_rule
    assert "'text' field" in by_rule[("NL002", 3)]["message"]
    assert not any(f["line"] == 4 for f in found)


def test_jsonl_field_names_are_configurable(project):
    (project / "newslint.toml").write_text('packs = ["pack.yaml"]\nselect = ["NL0", "XT"]\n[jsonl]\ntext = "body"\n',
                                           encoding="utf-8")
    write(project / "articles" / "c.jsonl", json.dumps({"body": "Read more"}) + "\n")
    result = run(["articles", "--format", "concise"], project)
    assert "c.jsonl:1:1: XT101" in result.output


def test_fix_writes_safe_fixes_and_diff_changes_nothing(project):
    path = write(project / "articles" / "a.txt", "T\n\nKiev said.\n")
    diff = run(["articles", "--diff"], project)
    assert "-Kiev said.\n+Kyiv said.\n" in diff.output
    assert path.read_text(encoding="utf-8") == "T\n\nKiev said.\n"
    fixed = run(["articles", "--fix", "--format", "concise"], project)
    assert path.read_text(encoding="utf-8") == "T\n\nKyiv said.\n"
    assert fixed.exit_code == 0 and "XT102" not in fixed.output


def test_rules_and_rule_commands(project):
    listing = run(["rules", "--all"], project)
    assert listing.exit_code == 0
    assert "NL001   invalid-utf8" in listing.output
    assert "XT101" in listing.output  # user packs from the discovered config
    doc = run(["rule", "XT102"], project)
    assert doc.output.startswith("XT102 test-swap (error, on by default)")
    assert run(["rule", "no-such-rule"], project).exit_code == 2


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("newslint, version ")


def test_entry_point_runs_without_traceback(tmp_path):
    """The installed console script: a usage error is one line on stderr and exit 2."""
    proc = subprocess.run([sys.executable, "-m", "newslint", str(tmp_path / "missing.txt")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"newslint: error: {tmp_path / 'missing.txt'}: no such file or directory"]


def test_grammar_without_languagetool_is_one_line_and_exit_2(project, monkeypatch, tmp_path_factory):
    missing = tmp_path_factory.mktemp("lt") / "not-installed"
    monkeypatch.delenv("NEWSLINT_LANGUAGETOOL_URL", raising=False)
    (project / "newslint.toml").write_text(f'[rule-options.grammar]\nhome = "{missing}"\n', encoding="utf-8")
    write(project / "articles" / "a.txt", CLEAN)
    result = run(["articles", "--select", "NL801", "--no-cache"], project)
    assert result.exit_code == 2
    assert result.output.startswith(f"newslint: error: no LanguageTool installation in {missing}")
    assert len(result.output.strip().splitlines()) == 1


def test_fix_from_stdin_prints_fixed_text_and_never_writes_the_named_file(project):
    named = write(project / "articles" / "in.txt", "T\n\nKiev said.\n")
    result = CliRunner().invoke(main, ["-", "--stdin-filename", str(named), "--fix", "--select", "XT102",
                                                       "--config", str(project / "newslint.toml")],
                                                input=b"T\n\nKiev said.\n")
    assert result.stdout == "T\n\nKyiv said.\n"
    assert named.read_text(encoding="utf-8") == "T\n\nKiev said.\n"
    assert result.exit_code == 0


def test_offsets_and_columns_count_the_source_as_given_crlf_included(project: Path):
    """``start``/``end`` index the text as the user gave it: a CRLF counts two characters, in a file and in a
    JSONL field alike, and a record's columns count its field's own characters."""
    body = "A title\r\n\r\nThe minister met his counterpart.\r\n\r\nRead more about it\r\n"
    write(project / "articles" / "a.txt", body)
    (project / "articles" / "c.jsonl").write_text(json.dumps({"text": body[9:]}) + "\n", encoding="utf-8")
    result = run(["--format", "jsonl", "articles"], project)
    found = {d["path"]: d for d in map(json.loads, result.output.splitlines())}
    for path, text in (("articles/a.txt", body), ("articles/c.jsonl", body[9:])):
        d = found[path]
        assert text[d["start"]:d["end"]].lower() == "read more"
    assert found["articles/c.jsonl"]["column"] == body[9:].index("Read more") + 1


@pytest.mark.parametrize("first", [["--no-cache"], ["--cache-dir", "cache", "--format", "concise"]])
def test_sarif_gives_context_fingerprints_whether_linted_or_answered_from_a_cache_a_concise_run_filled(project, first):
    write(project / "articles" / "a.txt", TEASER)
    run(["articles", *first], project)  # a run whose report shows no fingerprint (it fills the cache, if any)
    results = json.loads(run(["articles", *first[:-2], "--format", "sarif"], project).stdout)["runs"][0]["results"]
    assert len(results) == 1 and len(results[0]["partialFingerprints"]["newslintContext/v1"]) == 20


def test_a_run_without_fingerprints_reports_the_same_in_every_format_that_prints_none(project):
    write(project / "articles" / "a.txt", TEASER)
    write(project / "articles" / "b.jsonl", json.dumps({"id": "r1", "text": TEASER}) + "\n")
    for fmt in ("full", "concise", "json", "jsonl", "github", "junit"):
        cached = run(["articles", "--cache-dir", f"cache-{fmt}", "--format", fmt], project)  # fingerprinted
        assert run(["articles", "--no-cache", "--format", fmt], project).stdout == cached.stdout, fmt
