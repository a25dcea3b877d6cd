"""An interrupted --fix (SIGINT, SIGTERM) leaves every file untouched or fully fixed, and no temporary file."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from test_fix_safety import PACK, STORY
from test_bad_input import write

FILES = 300


def _start(folder):
    command = [sys.executable, "-m", "newslint", "corpus", "--fix", "--no-cache", "-q"]  # as a user runs it
    return subprocess.Popen(command, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("sig, delay", [
    (signal.SIGTERM, 0.2), (signal.SIGTERM, 1.0), (signal.SIGINT, 1.2), (signal.SIGINT, 1.5),
    (signal.SIGTERM, 2.0), (signal.SIGINT, 2.5), (signal.SIGTERM, 3.0),
])
def test_interrupted_fix_leaves_files_old_or_new(tmp_path, sig, delay):
    write(tmp_path, "pack.yaml", PACK)
    write(tmp_path, "newslint.toml", 'packs = ["pack.yaml"]\nselect = ["XF"]\n')
    for i in range(FILES):
        write(tmp_path, f"corpus/story{i:03}.txt", STORY + f"Paragraph {i} from Kiev.\n" * (i % 7))
    process = _start(tmp_path)
    time.sleep(delay)
    process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    assert "Traceback" not in err
    if process.returncode in (0, 1):  # finished before the signal
        assert err == ""
    elif process.returncode == -sig:  # the signal's default action, before Python's handlers are set or
        assert err == ""               # after they are reset at exit; the files below are still checked
    else:
        assert process.returncode == 128 + sig and err.endswith("newslint: interrupted" +
                                                               (" (SIGTERM)\n" if sig == signal.SIGTERM else "\n"))
    for i in range(FILES):
        data = (tmp_path / f"corpus/story{i:03}.txt").read_text()
        before = STORY + f"Paragraph {i} from Kiev.\n" * (i % 7)
        assert data in (before, before.replace("Kiev", "Kyiv")), i
    assert [p for p in tmp_path.rglob("*") if p.name.startswith(".newslint-")] == []


def test_ctrl_c_while_the_cli_is_still_importing_is_one_line_and_exit_130(tmp_path):
    script = ("import sys\n"
              "class CtrlC:  # Ctrl-C arriving while click is being imported\n"
              "    def find_spec(self, name, path=None, target=None):\n"
              "        if name == 'click':\n"
              "            raise KeyboardInterrupt\n"
              "sys.meta_path.insert(0, CtrlC())\n"
              "from newslint.__main__ import main\n"
              "main()\n")
    done = subprocess.run([sys.executable, "-c", script, "seeds"], cwd=tmp_path, capture_output=True, text=True)
    assert (done.returncode, done.stderr, done.stdout) == (130, "newslint: interrupted\n", "")


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in open(f"/proc/{pid}/task/{pid}/children").read().split()]
    except OSError:
        return []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_workers_end_when_newslint_is_killed(tmp_path):
    from test_languagetool_lifetime import _gone

    for i in range(60):  # over the size that makes a run parallel
        write(tmp_path, f"corpus/story{i:03}.txt", STORY * 200)
    command = [sys.executable, "-c", "from newslint.cli import main; main()", "corpus", "-j", "2", "--no-cache",
               "--select", "NL702", "-q"]
    process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline, workers = time.monotonic() + 60, []
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        workers = _children(process.pid)
        time.sleep(0.05)
    process.kill()
    process.wait()
    if len(workers) < 2:
        pytest.skip("the run ended before its workers could be seen")
    assert all(_gone(pid, 10) for pid in workers), "a worker outlived newslint"
