"""A run answered from the cache alone (newslint.replay): same report, no rule imported, and never stale."""

from __future__ import annotations

import json
import os
import sqlite3
import shutil
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint import cli, replay as replay_mod
from newslint.cache import DATABASE
from newslint.cli import main
from newslint.inputs import settled_state
from conftest import OLD_NAMES_PACK

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def project(tmp_path):
    """A folder with a config (a pack, a vocabulary file, per-file ignores) and a corpus."""
    (tmp_path / "pack.yaml").write_text(OLD_NAMES_PACK)
    (tmp_path / "accept.txt").write_text("Blinken\n")
    (tmp_path / "newslint.toml").write_text(
        'packs = ["pack.yaml"]\nextend-select = ["XT"]\n[vocabulary]\naccept = ["accept.txt"]\n'
        '[per-file-ignores]\n"wire/*" = ["XT101"]\n')
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "kiev.txt").write_text("Title\n\nThe minister flew to Kiev.\n")
    (corpus / "wire").mkdir()
    (corpus / "wire" / "kiev.txt").write_text("Title\n\nTalks in Kiev went on.\n")
    (corpus / "records.jsonl").write_text(json.dumps({"title": "T", "text": "Talks in Kiev."}) + "\n")
    return tmp_path


@pytest.fixture
def answered(monkeypatch):
    """For each run, whether the cache answered it (True) or it linted (False)."""
    outcomes: list[bool] = []

    def spy(*args):
        results = replay_mod.replay(*args)
        outcomes.append(results is not None)
        return results

    monkeypatch.setattr(cli, "replay", spy)
    return outcomes


def _check(project, *args):
    result = CliRunner().invoke(main, ["check", "-j", "1", "--cache-dir", str(project / "cache"),
                                       str(project / "corpus"), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


@pytest.mark.parametrize("fmt", ["full", "json", "sarif", "junit", "html", "labelstudio", "dolma"])
def test_the_answered_run_reports_exactly_what_the_linted_run_did(project, answered, fmt):
    first = _check(project, "--format", fmt)
    second = _check(project, "--format", fmt)
    assert answered == [False, True]
    assert second.output == first.output and second.exit_code == first.exit_code == 1
    assert "XT101" in first.output and "kiev.txt" in first.output


def test_an_answered_run_imports_no_rule(project):
    script = ("import sys\nfrom newslint.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
              "print('rules imported' if 'newslint.linting' in sys.modules else 'no rule imported', file=sys.stderr)")
    command = [sys.executable, "-c", script, "check", "--format", "concise", "--cache-dir", str(project / "cache"),
               str(project / "corpus")]
    first = subprocess.run(command, capture_output=True, text=True, cwd=project)
    second = subprocess.run(command, capture_output=True, text=True, cwd=project)
    assert first.stderr.strip().endswith("rules imported")
    assert second.stderr.strip().endswith("no rule imported")
    assert second.stdout == first.stdout and first.stdout.count("\n") > 20


def test_a_changed_input_is_linted_and_the_next_run_is_answered_again(project, answered):
    _check(project)
    (project / "corpus" / "kiev.txt").write_text("Title\n\nThe minister flew to Kyiv, not Kiev or Kiev.\n")
    changed = _check(project, "--format", "json")
    again = _check(project, "--format", "json")
    assert answered == [False, False, True]
    assert again.output == changed.output
    assert sum(1 for d in json.loads(changed.output) if d["path"].endswith("corpus/kiev.txt")
               and d["rule"] == "XT101") == 2


@pytest.mark.parametrize("change", ["pack", "vocabulary", "config", "plugin folder"])
def test_a_change_to_what_decides_the_rules_ends_the_answering(project, answered, monkeypatch, change):
    plugins = project / "site"
    plugins.mkdir()
    monkeypatch.syspath_prepend(str(plugins))
    _check(project)
    if change == "pack":
        (project / "pack.yaml").write_text(OLD_NAMES_PACK.replace("[Kiev]", "[Kiev, minister]"))
    elif change == "vocabulary":
        (project / "accept.txt").write_text("Blinken\nNackstrand\n")
    elif change == "config":
        with open(project / "newslint.toml", "a") as config:
            config.write('[severity]\nXT101 = "error"\n')
    else:
        (plugins / "a_plugin-1.0.dist-info").mkdir()
    _check(project)
    assert answered == [False, False]
    if change == "pack":
        found = json.loads(_check(project, "--format", "json").output)
        assert any(d["rule"] == "XT101" and "minister" in d["message"] for d in found)


def test_the_selection_is_part_of_the_setup(project, answered):
    everything = _check(project, "--format", "json")
    only_pack = _check(project, "--format", "json", "--select", "XT")
    assert answered == [False, False]
    assert {d["rule"] for d in json.loads(only_pack.output)} == {"XT101"}
    assert len(json.loads(everything.output)) > len(json.loads(only_pack.output))


@pytest.mark.parametrize("option", ["--diff", "--cluster", "--no-cache"])
def test_runs_that_need_the_sources_or_no_cache_never_answer_from_it(project, answered, option):
    _check(project)
    _check(project, option)
    assert answered == [False]


@pytest.mark.parametrize("value", ['{"fingerprints": [], "files": 7}', "{broken", '{"fingerprints": {}}'])
def test_a_broken_setup_entry_means_linting(project, answered, value):
    first = _check(project)
    with closing(sqlite3.connect(project / "cache" / DATABASE)) as database, database:
        assert database.execute("UPDATE setup SET value = ?", (value,)).rowcount == 1
    second = _check(project)
    assert answered == [False, False] and second.output == first.output


def test_a_missing_entry_means_linting(project, answered):
    first = _check(project)
    with closing(sqlite3.connect(project / "cache" / DATABASE)) as database, database:
        key = database.execute("SELECT key FROM entry ORDER BY key LIMIT 1").fetchone()[0]
        database.execute("DELETE FROM entry WHERE key = ?", (key,))
    second = _check(project)
    assert answered == [False, False] and second.output == first.output


def test_a_damaged_entry_is_a_one_line_error_and_the_next_run_lints(project, answered):
    first = _check(project, "--format", "concise")
    with closing(sqlite3.connect(project / "cache" / DATABASE)) as database, database:
        database.execute("UPDATE entry SET value = '[[1, \"torn'")
    damaged = _check(project, "--format", "concise")
    assert damaged.exit_code == 2 and "holds a damaged entry; run again" in damaged.output
    third = _check(project, "--format", "concise")
    assert answered[-1] is False and third.output == first.output


def test_a_damaged_entry_is_a_one_line_error_with_a_baseline_too(project, answered):
    first = _check(project, "--format", "concise")
    baseline = project / "baseline.json"
    _check(project, "--write-baseline", str(baseline))
    with closing(sqlite3.connect(project / "cache" / DATABASE)) as database, database:
        database.execute("UPDATE entry SET value = '[[1, \"torn'")
    damaged = _check(project, "--format", "concise", "--baseline", str(baseline))
    assert damaged.exit_code == 2 and "holds a damaged entry; run again" in damaged.output
    assert "Traceback" not in damaged.output and first.exit_code == 1


def test_the_answered_run_writes_the_report_while_it_reads_the_entries(project, answered, monkeypatch):
    from newslint import cache as cache_mod
    from newslint.formats import ReportWriter

    _check(project, "--format", "json")
    events = []
    monkeypatch.setattr(cache_mod, "_READ_BATCH", 1)
    select, add = cache_mod.Cache._select, ReportWriter.add
    monkeypatch.setattr(cache_mod.Cache, "_select", lambda self, table, keys, columns="key, value": (
        events.append("read") if table == "entry" and columns == "key, value" else None,
        select(self, table, keys, columns))[1])
    monkeypatch.setattr(ReportWriter, "add", lambda self, found: (events.append("write"), add(self, found))[1])
    _check(project, "--format", "json")
    assert answered[-1] is True and events.count("read") > 2
    assert events.index("write") < len(events) - 1 - events[::-1].index("read")  # written before the last read


def test_a_missing_path_is_still_an_error_when_the_rest_is_answered(project, answered):
    _check(project)
    result = CliRunner().invoke(main, ["check", "-j", "1", "--cache-dir", str(project / "cache"),
                                       str(project / "corpus"), str(project / "nowhere.txt")])
    assert answered == [False, True]
    assert result.exit_code == 2 and "nowhere.txt: no such file or directory" in result.output


def test_an_unreadable_input_is_reported_by_the_linting_run(project, answered):
    _check(project)
    (project / "corpus" / "gone.txt").symlink_to(project / "corpus" / "no-such-target.txt")
    result = _check(project)
    assert answered == [False, False] and result.exit_code == 2
    assert "gone.txt: cannot read" in result.output


def _age(folder, seconds=3600):
    """Set every file's modification time ``seconds`` back: an old, settled corpus."""
    then = time.time() - seconds
    for path in folder.rglob("*"):
        os.utime(path, (then, then))


@pytest.fixture
def hashed(monkeypatch):
    """The inputs the replay read and hashed (rather than knowing their digest by their settled state)."""
    seen: list[str] = []
    real = replay_mod.hash_stream

    def spy(handle):
        seen.append(handle.name)
        return real(handle)

    monkeypatch.setattr(replay_mod, "hash_stream", spy)
    return seen


def test_an_unchanged_settled_file_is_not_read_again(project, answered, hashed):
    _age(project / "corpus")
    first = _check(project)
    second = _check(project)
    assert answered == [False, True] and second.output == first.output
    assert hashed == []


def test_a_file_changed_since_is_read_even_at_the_same_size_and_settled(project, answered, hashed):
    story = project / "corpus" / "kiev.txt"
    _age(project / "corpus")
    _check(project)
    story.write_text(story.read_text().replace("Kiev", "Kyiv"))  # same size
    then = time.time() - 1800
    os.utime(story, (then, then))  # settled again, at another time
    changed = _check(project, "--format", "json")
    assert answered == [False, False] and hashed == [str(story)]
    assert not [d for d in json.loads(changed.output) if d["path"] == str(story) and d["rule"] == "XT101"]


def test_a_recently_changed_file_is_read_on_every_run(project, answered, hashed):
    _age(project / "corpus")
    (project / "corpus" / "fresh.txt").write_text("Title\n\nJust written.\n")
    _check(project)
    _check(project)
    _check(project)
    assert answered == [False, True, True]
    assert hashed == [str(project / "corpus" / "fresh.txt")] * 2


def test_only_a_settled_file_has_a_state(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("text")
    assert settled_state(str(path)) is None
    _age(tmp_path)
    size, mtime, ctime, inode = settled_state(str(path)).split(":")
    assert (int(size), int(inode)) == (4, path.stat().st_ino) and int(mtime) == path.stat().st_mtime_ns
    assert int(ctime) == path.stat().st_ctime_ns


def test_two_checkouts_run_by_one_interpreter_do_not_share_their_findings(tmp_path):
    # a second copy of the package on PYTHONPATH (a developer comparing two trees from one folder), its message
    # changed: run after the first from the same folder, it reports its own findings, not the first's from the cache
    import newslint

    other = tmp_path / "other"
    shutil.copytree(Path(newslint.__file__).parent, other / "newslint", ignore=shutil.ignore_patterns("__pycache__"))
    glue = other / "newslint" / "rules" / "extraction" / "glue.py"
    glue.write_text(glue.read_text(encoding="utf-8").replace('f"glued words {', 'f"joined words {'), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nThe spokespersonDmitry Peskov said the talks ended on Monday night.\n")

    def run(pythonpath: str | None) -> str:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
        if pythonpath:
            env["PYTHONPATH"] = pythonpath
        return subprocess.run([sys.executable, "-m", "newslint", "check", "a.txt"], cwd=tmp_path, env=env,
                              capture_output=True, text=True).stdout

    assert "NL102 glued-words glued words" in run(None)
    assert "NL102 glued-words joined words" in run(str(other))
    assert "NL102 glued-words glued words" in run(None)
