"""The pre-commit hook, end to end: ``pre-commit try-repo`` installs newslint from this repository's HEAD.

An integration test (it builds and pip-installs the package, ~30-60 s); deselect it
with ``-m "not integration"``. It tests the committed HEAD, not uncommitted changes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
CLEAN = "Talks resume in Geneva\n\nDiplomats from both countries met on Tuesday to discuss the proposal.\n"


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def try_repo(tmp_path_factory):
    """Run ``pre-commit try-repo ROOT newslint --files ...`` in a scratch git repo holding ``files``."""
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of newslint")
    head = _git("rev-parse", "HEAD", cwd=ROOT)
    home = tmp_path_factory.mktemp("pre-commit-home")  # shared, so the hook env is built once
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}

    def run(files: dict[str, bytes]) -> subprocess.CompletedProcess:
        work = tmp_path_factory.mktemp("project")
        _git("init", "-q", cwd=work)
        for name, data in files.items():
            (work / name).write_bytes(data)
        _git("add", *files, cwd=work)
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "newslint",
                               "--ref", head, "--files", *files], cwd=work, env=env,
                              capture_output=True, text=True, timeout=600)

    return run


def test_hook_fails_on_a_defective_article(try_repo):
    result = try_repo({"bad.txt": b"Headline\n\nCaf\xe9 society\n", "good.txt": CLEAN.encode()})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bad.txt:3:4: NL001 invalid-utf8" in result.stdout
    assert "good.txt" not in result.stdout.split("- hook id: newslint", 1)[1]


def test_hook_passes_clean_articles_and_skips_non_articles(try_repo):
    # requirements.txt is excluded by the hook: its bad byte must not be reported
    result = try_repo({"story.txt": CLEAN.encode(), "requirements.txt": b"caf\xe9\n",
                       "corpus.jsonl": b'{"text": "Diplomats met on Tuesday."}\n'})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "newslint" in result.stdout and "Passed" in result.stdout
