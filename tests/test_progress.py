"""The progress line: on stderr when it is a terminal (a pseudo-terminal here), and only then; never in CI,
with --quiet, when piped, or for a run shorter than the delay."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.progress import Progress

ARTICLE = "Title {n}\n\nThe minister met his counterpart on Thursday, officials said.\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("progress")
    for n in range(60):
        (folder / f"a{n:02}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def run(corpus: Path, *args: str, tty: bool = True, **env: str) -> tuple[int, str, str]:
    """Run the command with stderr on a pseudo-terminal (or a pipe); stdout is always a pipe."""
    environment = {k: v for k, v in os.environ.items() if k not in ("CI", "NEWSLINT_PROGRESS_DELAY")}
    environment.update({"TERM": "xterm", **env})
    command = [sys.executable, "-m", "newslint", str(corpus), "--no-cache", "-j", "1", *args]
    if not tty:
        done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
        return done.returncode, done.stdout, done.stderr
    master, slave = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=slave, env=environment)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    out = process.stdout.read().decode()
    process.stdout.close()
    return process.wait(timeout=120), out, b"".join(chunks).decode()


def test_progress_shown_on_a_terminal(corpus):
    code, out, err = run(corpus, NEWSLINT_PROGRESS_DELAY="0")
    assert code == 0 and out == "All checks passed!\n"
    assert re.search(r"\rnewslint: \d+ documents, [\d,]+/s, \d+% done", err)
    assert err.endswith("\r")  # erased at the end, so that nothing is left on the line
    assert "\n" not in err.replace("\r\n", "")


@pytest.mark.parametrize("args, env, tty", [
    ((), {}, True),  # a short run: below the default delay of one second
    (("--quiet",), {"NEWSLINT_PROGRESS_DELAY": "0"}, True),
    ((), {"NEWSLINT_PROGRESS_DELAY": "0", "CI": "true"}, True),
    ((), {"NEWSLINT_PROGRESS_DELAY": "0", "TERM": "dumb"}, True),
    ((), {"NEWSLINT_PROGRESS_DELAY": "0"}, False),  # piped
])
def test_no_progress_when_quiet_in_ci_piped_or_short(corpus, args, env, tty):
    code, out, err = run(corpus, *args, tty=tty, **env)
    assert code == 0 and "documents" not in err and err.strip() == ""


def test_progress_line_estimates_time_left():
    class Terminal:
        text = ""

        def write(self, text):
            self.text += text

        def flush(self):
            pass

    meter = Progress(1000, Terminal(), delay=0)
    assert meter.line(10.0) == "newslint: 0 documents, 0/s"
    meter.documents, meter.bytes_done = 250, 250
    assert meter.line(10.0) == "newslint: 250 documents, 25/s, 25% done, about 30 s left"
    meter.bytes_done = 10
    assert meter.line(100.0).endswith("1% done, about 2 h 45 min left")
    meter.advance(1, 1)
    assert meter.stream.text.startswith("\rnewslint: 251 documents")
    meter.close()
    assert meter.stream.text.endswith("\r")
