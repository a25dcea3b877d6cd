"""Small frictions a new user meets: --diff prints the diff alone; `newslint rules` lines up after long
names; the README's pre-commit example pins the release tag that scripts/tag_release.sh makes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

import newslint
from conftest import newslint_in
from newslint.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(args, cwd: Path):
    return newslint_in(cwd, args)


def test_diff_prints_the_diff_alone(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nThe text has a  double space here.\n\nThe UKSecretary arrived.\n", encoding="utf-8")
    before = story.read_bytes()
    result = run(["story.txt", "--diff", "--select", "NL102"], tmp_path)
    assert result.exit_code == 1
    assert result.stdout == ("--- a/story.txt\n+++ b/story.txt\n@@ -2,4 +2,4 @@\n \n The text has a  double space "
                             "here.\n \n-The UKSecretary arrived.\n+The UK Secretary arrived.\n")
    assert story.read_bytes() == before
    story.write_text("Title\n\nThe UK Secretary arrived.\n", encoding="utf-8")
    nothing = run(["story.txt", "--diff", "--select", "NL102"], tmp_path)
    assert nothing.exit_code == 0 and nothing.stdout == ""


def test_rules_listing_lines_up_after_long_names():
    listing = CliRunner().invoke(main, ["rules", "--all"]).output.splitlines()
    assert any("missing-possessive-apostrophe" in line for line in listing)
    columns = {re.search(r"\s(error|warning|info)\s+(on |off) ", line).start() for line in listing}
    assert len(columns) == 1


def test_readme_pins_the_release_tag_of_the_package_version():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.findall(r"rev: (\S+)", readme) == [f"v{newslint.__version__}"]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_tag_release_tags_the_version_once(tmp_path):
    for part in ("newslint/__init__.py", "README.md", "scripts/tag_release.sh"):
        (tmp_path / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / part, tmp_path / part)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    for command in (["git", "init", "-q"], ["git", "add", "."], ["git", "commit", "-qm", "release"]):
        subprocess.run(command, cwd=tmp_path, check=True, env=env)
    script = tmp_path / "scripts" / "tag_release.sh"
    first = subprocess.run([str(script)], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    tags = subprocess.run(["git", "tag"], cwd=tmp_path, capture_output=True, text=True).stdout.split()
    assert tags == [f"v{newslint.__version__}"]
    again = subprocess.run([str(script)], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert again.returncode == 1 and "exists already" in again.stderr
