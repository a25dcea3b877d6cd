"""A LanguageTool server started by newslint lives no longer than newslint (issue 16)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newslint import languagetool


def _gone(pid: int, seconds: float) -> bool:
    """Whether process ``pid`` has ended (or is a zombie) within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.1)
    return False


def _parent(script: str, env: dict | None = None) -> tuple[subprocess.Popen, list[str]]:
    """A Python process running ``script``, and the first line it prints (split)."""
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, **(env or {})})
    return parent, parent.stdout.readline().split()


def _end(parent: subprocess.Popen, child: int) -> None:
    """Leave nothing running, whatever the test found."""
    parent.kill()
    parent.wait()
    if not _gone(child, 0):
        os.kill(child, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_process_started_tied_dies_with_newslint(how):
    parent, (pid,) = _parent("from newslint.languagetool import start_tied; import time\n"
                             "child = start_tied(['sleep', '300'])\nprint(child.pid, flush=True)\ntime.sleep(300)")
    try:
        parent.send_signal(how)
        parent.wait(10)
        assert _gone(int(pid), 10), "the child outlived its parent"
    finally:
        _end(parent, int(pid))


@pytest.mark.languagetool
def test_a_self_started_languagetool_server_dies_when_newslint_is_killed():
    home = Path(os.environ.get(languagetool.HOME_ENV) or languagetool.default_home())
    if not any((home / "lib").glob("languagetool-server-*.jar")):
        pytest.skip(f"no LanguageTool installation in {home} (scripts/languagetool.sh install)")
    script = ("from newslint import languagetool; import time\n"
              "server = languagetool.managed_server(languagetool.Path(languagetool.os.environ['HOME_DIR']))\n"
              "print(server.process.pid, server.url, flush=True)\ntime.sleep(600)")
    parent, (pid, url) = _parent(script, {"HOME_DIR": str(home)})
    try:
        assert not url.endswith(":8081")  # never the shared server
        parent.kill()
        parent.wait(10)
        assert _gone(int(pid), 20), "the JVM outlived newslint"
    finally:
        _end(parent, int(pid))
