"""The pre-commit hook, end to end: pre-commit installs newslint from this repository's HEAD.

This is what ``pre-commit try-repo ROOT newslint --ref HEAD`` does (a config naming
this repository and revision), but with one store for both tests, so that the hook's
environment is built once. An integration test (it pip-installs the package from
this checkout, ~30 s); deselect it with ``-m "not integration"``. It tests the
committed HEAD, not uncommitted changes.
"""

from __future__ import annotations

import json
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
def hook(tmp_path_factory):
    """Run the newslint hook of this repository's HEAD on ``files`` in a scratch git repo."""
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of newslint")
    head = _git("rev-parse", "HEAD", cwd=ROOT)
    home = tmp_path_factory.mktemp("pre-commit-home")  # shared, so the hook env is built once
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    config = home / "pre-commit-config.yaml"
    config.write_text(f"repos:\n- repo: {json.dumps(str(ROOT))}\n  rev: {head}\n  hooks:\n  - id: newslint\n")

    def run(files: dict[str, bytes]) -> subprocess.CompletedProcess:
        work = tmp_path_factory.mktemp("project")
        _git("init", "-q", cwd=work)
        for name, data in files.items():
            (work / name).write_bytes(data)
        _git("add", *files, cwd=work)
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--config", str(config),
                               "--files", *files], cwd=work, env=env,
                              capture_output=True, text=True, timeout=600)

    return run


def test_hook_fails_on_a_defective_article(hook):
    result = hook({"bad.txt": b"Headline\n\nCaf\xe9 society\n", "good.txt": CLEAN.encode()})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bad.txt:3:4: NL001 invalid-utf8" in result.stdout
    assert "good.txt" not in result.stdout


def test_hook_passes_clean_articles_and_skips_non_articles(hook):
    # requirements.txt is excluded by the hook: its bad byte must not be reported
    files = {"story.txt": CLEAN.encode(), "requirements.txt": b"caf\xe9\n",
             "corpus.jsonl": b'{"text": "Diplomats met on Tuesday."}\n'}
    result = hook(files)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "newslint" in result.stdout and "Passed" in result.stdout
