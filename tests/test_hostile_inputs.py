"""Hostile inputs (issue 16): bounded memory, no hangs, nothing skipped in silence.

Each test runs newslint as a user would (a subprocess, where the run could hang,
grow or crash) and bounds it: a time-out, and an address-space limit where
memory is the question, so that a regression fails the test instead of the machine.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import stat
import tempfile
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.test_bad_input import DEFECT, DEFECT_COLUMN, _unreadable_runner, article, write

NEWSLINT = [sys.executable, "-c", "from newslint.__main__ import main; main()"]


def run(cwd: Path, *args: str, timeout: float = 60, memory_mb: int | None = None, env: dict | None = None,
        stdin=subprocess.DEVNULL, prefix: list[str] = (), **kwargs) -> subprocess.CompletedProcess:
    """``newslint ARGS`` in ``cwd`` (bytes out), with at most ``memory_mb`` of address space."""
    def limit():
        if memory_mb:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    return subprocess.run([*prefix, *NEWSLINT, *args], cwd=cwd, capture_output=True, timeout=timeout,
                          preexec_fn=limit, env={**os.environ, **(env or {})}, stdin=stdin, **kwargs)


def text(proc) -> tuple[int, str, str]:
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


# -- 1. memory ---------------------------------------------------------------------

def test_a_one_line_article_with_thousands_of_findings_keeps_memory_bounded(tmp_path):
    # 300 KB on one line, a finding every 35 characters: a copy of the line per finding would need 5 GB
    sentence = DEFECT.replace("\n", " ")
    count = 300_000 // len(sentence)
    write(tmp_path, "one-line.txt", article(sentence * count))
    code, out, err = text(run(tmp_path, "one-line.txt", "--no-cache", "--select", "NL201", memory_mb=1200))
    assert (code, err) == (1, "")
    assert f"Found {count} findings ({count} fixable with --fix)." in out
    last = f"one-line.txt:3:{(count - 1) * len(sentence) + DEFECT_COLUMN}: NL201"
    assert last in out and "…" in out  # the excerpt shown is cut around the span


# -- 2. max-file-size --------------------------------------------------------------

def test_a_file_over_max_file_size_is_a_finding_and_is_not_read(tmp_path):
    sparse = tmp_path / "huge.txt"
    with open(sparse, "wb") as handle:
        handle.truncate(200 << 20)  # 200 MB of holes: reading it would take 600 MB
    write(tmp_path, "good.txt", article())
    code, out, err = text(run(tmp_path, "huge.txt", "good.txt", "--no-cache", memory_mb=600))
    assert "huge.txt:1:1: NL004 file-too-large 209715200 bytes, over max-file-size (67108864): file skipped" in out
    assert f"good.txt:3:{DEFECT_COLUMN}: NL201" in out and code == 1 and err == ""


def test_max_file_size_from_the_flag_and_the_config(tmp_path):
    write(tmp_path, "a.txt", article())
    code, out, _ = text(run(tmp_path, "a.txt", "--no-cache", "--max-file-size", "20"))
    assert "a.txt:1:1: NL004 file-too-large 48 bytes, over max-file-size (20)" in out and code == 1
    write(tmp_path, "newslint.toml", "max-file-size = 30\n")
    code, out, _ = text(run(tmp_path, "a.txt", "--no-cache"))
    assert "over max-file-size (30)" in out
    write(tmp_path, "newslint.toml", "max-file-size = 'big'\n")
    code, _, err = text(run(tmp_path, "a.txt", "--no-cache"))
    assert code == 2 and "max-file-size: expected a positive number of bytes" in err


def test_an_endless_character_device_is_read_no_further_than_the_limit(tmp_path):
    code, out, err = text(run(tmp_path, "/dev/zero", "--no-cache", "--max-file-size", "1000000", timeout=30,
                              memory_mb=600))
    assert ("/dev/zero:1:1: NL004 file-too-large more than max-file-size (1000000 bytes): read no further; "
            "file skipped") in out
    assert code == 1 and err == ""
    code, out, err = text(run(tmp_path, "metadata", "/dev/zero", timeout=30, memory_mb=600))
    assert code == 2 and out == "" and err.startswith("newslint: error: /dev/zero: more than max-file-size")


def test_a_jsonl_record_over_the_limit_is_a_finding_and_the_others_are_checked(tmp_path):
    records = [json.dumps({"text": "x" * 500}), json.dumps({"text": DEFECT})]
    write(tmp_path, "c.jsonl", "\n".join(records) + "\n")
    code, out, _ = text(run(tmp_path, "c.jsonl", "--no-cache", "--max-file-size", "200", "--select", "NL0,NL201"))
    assert "c.jsonl:1:1: NL004 file-too-large record of 512 bytes, over max-file-size (200)" in out
    assert "c.jsonl:2:" in out and ": NL201 " in out and code == 1


# -- 3. special files --------------------------------------------------------------

def test_a_fifo_in_a_walked_folder_is_skipped_and_said_in_verbose_output(tmp_path):
    write(tmp_path, "corpus/a.txt", article())
    os.mkfifo(tmp_path / "corpus/pipe.txt")
    code, out, err = text(run(tmp_path, "corpus", "--no-cache", "--select", "NL201", timeout=20))
    assert f"corpus/a.txt:3:{DEFECT_COLUMN}: NL201" in out and code == 1 and err == ""
    code, out, err = text(run(tmp_path, "corpus", "--no-cache", "--select", "NL201", "--verbose", timeout=20))
    assert "newslint: skipped corpus/pipe.txt: not a regular file (a FIFO)" in err and code == 1


def test_a_fifo_named_on_the_command_line_is_read_as_a_stream(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as handle:
            handle.write(article().encode())

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    code, out, _ = text(run(tmp_path, "pipe.txt", "--select", "NL201", timeout=20))  # the cache on: never by state
    assert f"pipe.txt:3:{DEFECT_COLUMN}: NL201" in out and code == 1


# -- 4. unreadable folders ---------------------------------------------------------

def test_an_unreadable_subfolder_is_an_error_line(tmp_path):
    write(tmp_path, "corpus/open/a.txt", article())
    write(tmp_path, "corpus/locked/b.txt", article())
    (tmp_path / "corpus/locked").chmod(0)
    try:
        proc = run(tmp_path, "corpus", "--no-cache", "--select", "NL201", prefix=_unreadable_runner())
    finally:
        (tmp_path / "corpus/locked").chmod(0o755)
    code, out, err = text(proc)
    assert err == "newslint: error: corpus/locked: cannot read folder: Permission denied\n"
    assert f"corpus/open/a.txt:3:{DEFECT_COLUMN}: NL201" in out and code == 2


def test_config_discovery_steps_over_an_unreadable_folder(tmp_path):
    write(tmp_path, "newslint.toml", "select = ['NL201']\n")
    write(tmp_path, "locked/a.txt", article())
    (tmp_path / "locked").chmod(0o311)  # may be entered, not listed: its newslint.toml cannot be looked for
    write(tmp_path, "other/b.txt", article())
    (tmp_path / "other").chmod(0)
    try:
        proc = run(tmp_path, "other", "locked/a.txt", "--no-cache", prefix=_unreadable_runner())
    finally:
        (tmp_path / "other").chmod(0o755)
        (tmp_path / "locked").chmod(0o755)
    code, out, err = text(proc)
    assert "internal error" not in err and "Traceback" not in err
    assert "newslint: error: other: cannot read folder: Permission denied" in err
    assert f"locked/a.txt:3:{DEFECT_COLUMN}: NL201" in out and code == 2


# -- 5. output encodings -----------------------------------------------------------

@pytest.mark.parametrize("fmt", ["full", "concise", "json", "jsonl", "sarif", "github", "junit"])
def test_every_format_writes_a_non_utf8_file_name_to_a_file_and_to_an_ascii_stdout(tmp_path, fmt):
    name = "caf\xe9-Кремль.txt"
    Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.txt")).write_bytes(article().encode())  # Latin-1: not UTF-8
    write(tmp_path, name, article())
    code, _, err = text(run(tmp_path, ".", "--no-cache", "--select", "NL201", "--format", fmt, "-o", "report"))
    assert (code, err) == (1, "")
    report = (tmp_path / "report").read_bytes().decode("utf-8")
    if fmt in ("json", "sarif"):
        json.loads(report)
    assert report.count("NL201") >= 2 and ("Кремль" in report or "\\u041a" in report or "%D0%9A" in report)
    assert any(escaped in report for escaped in ("caf<U+DCE9>", "caf&lt;U+DCE9&gt;", "caf\\udce9", "caf%E9")), report
    proc = run(tmp_path, ".", "--no-cache", "--select", "NL201", "--format", fmt,
               env={"PYTHONIOENCODING": "ascii", "PYTHONUTF8": "0", "LC_ALL": "C", "LANG": "C"})
    assert proc.returncode == 1 and proc.stderr == b"", proc.stderr
    proc.stdout.decode("ascii")  # escaped, all of it
    assert b"\\u041a" in proc.stdout or b"<U+" in proc.stdout or b"\\u" in proc.stdout


def test_a_failed_report_never_leaves_a_truncated_output_file(tmp_path):
    write(tmp_path, "a.txt", article())
    (tmp_path / "report.json").write_text("the previous report\n")

    def small_files():  # as if the disk filled up: a write past 100 bytes fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))

    proc = subprocess.run([*NEWSLINT, "a.txt", "--no-cache", "--format", "json", "-o", "report.json"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, preexec_fn=small_files)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "cannot write the report" in proc.stderr
    assert (tmp_path / "report.json").read_text() == "the previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "report.json"]


# -- 6. closed standard streams ----------------------------------------------------

def test_closed_stdin_is_one_error_line(tmp_path):
    proc = subprocess.run(f"{sys.executable} -c 'from newslint.__main__ import main; main()' - --no-cache <&-",
                          shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.stderr == "newslint: error: -: cannot read: standard input is closed\n" and proc.returncode == 2


def test_closed_stdout_is_one_error_line(tmp_path):
    write(tmp_path, "a.txt", article())
    proc = subprocess.run(f"{sys.executable} -c 'from newslint.__main__ import main; main()' a.txt --no-cache >&-",
                          shell=True, cwd=tmp_path, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.stderr == ("newslint: error: standard output is closed: nowhere to write the report "
                           "(use --output-file)\n") and proc.returncode == 2


# -- 8. the cache and a file rewritten with its old mtime put back ---------------------

def test_a_file_rewritten_with_its_old_mtime_is_not_answered_from_the_cache(tmp_path):
    path = write(tmp_path, "a.txt", article())
    old = time.time() - 3600
    os.utime(path, (old, old))
    cache = ["--cache-dir", str(tmp_path / "cache")]
    first = text(run(tmp_path, "a.txt", *cache, "--select", "NL201"))
    assert first[0] == 1 and text(run(tmp_path, "a.txt", *cache, "--select", "NL201"))[1] == first[1]
    same_size = article().replace("conflicts, ”he", "conflicts,” he")
    assert len(same_size) == len(article())
    path.write_text(same_size, encoding="utf-8")
    os.utime(path, (old, old))
    code, out, _ = text(run(tmp_path, "a.txt", *cache, "--select", "NL201"))
    assert (code, out) == (0, "All checks passed!\n")


# -- 9. JSONL text with CRLF -------------------------------------------------------

def test_jsonl_crlf_text_columns_and_fix_count_the_field_as_given(tmp_path):
    body = "Line one.\r\nLine two.\r\n" + DEFECT.replace("\n", "\r\n")
    write(tmp_path, "c.jsonl", json.dumps({"text": body}) + "\n")
    code, out, _ = text(run(tmp_path, "c.jsonl", "--no-cache", "--select", "NL201", "--format", "json"))
    (finding,) = json.loads(out)
    at = body.index(", ”he") + 1
    assert (finding["line"], finding["column"], finding["start"]) == (1, at + 1, at)
    edit = finding["fix"]["edits"][0]
    assert body[edit["start"]:edit["end"]] in (" ”", " ", "”")
    run(tmp_path, "c.jsonl", "--no-cache", "--select", "NL201", "--fix")
    fixed = json.loads((tmp_path / "c.jsonl").read_text())["text"]
    assert fixed == body.replace("conflicts, ”he", "conflicts,” he")


# -- 11. a locked cache database ---------------------------------------------------

def test_a_locked_cache_is_given_up_within_a_second(tmp_path):
    write(tmp_path, "a.txt", article())
    cache = tmp_path / "cache"
    assert run(tmp_path, "a.txt", "--cache-dir", str(cache)).returncode == 1
    write(tmp_path, "b.txt", article())
    began = time.monotonic()
    assert run(tmp_path, "a.txt", "b.txt", "--no-cache", "--select", "NL201").returncode == 1
    without_cache = time.monotonic() - began
    holder = sqlite3.connect(cache / "v2" / "cache.sqlite3")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        began = time.monotonic()
        code, out, err = text(run(tmp_path, "a.txt", "b.txt", "--cache-dir", str(cache), "--select", "NL201"))
        took = time.monotonic() - began
    finally:
        holder.rollback()
        holder.close()
    assert code == 1 and out.count(": NL201 ") == 2
    assert err == f"newslint: warning: the cache ({cache}) is locked by another process; checking without it\n"
    assert took < without_cache + 5  # the cache costs about a second (it waited 10 s per use: 31 s in all)


# -- 7. --fix and file identity ----------------------------------------------------

FIXED_ARTICLE = article().replace("conflicts, ”he", "conflicts,” he")


def test_fix_keeps_a_hard_link_and_both_names_may_be_given(tmp_path):
    first = write(tmp_path, "a.txt", article())
    os.link(first, tmp_path / "link-to-a.txt")
    code, out, err = text(run(tmp_path, "a.txt", "link-to-a.txt", "--no-cache", "--select", "NL201", "--fix"))
    assert (code, err) == (0, ""), err
    assert out == "All checks passed!\n"
    assert (tmp_path / "link-to-a.txt").read_text() == first.read_text() == FIXED_ARTICLE
    assert os.stat(first).st_nlink == 2


def test_fix_refuses_a_read_only_file_unless_asked(tmp_path):
    path = write(tmp_path, "a.txt", article())
    path.chmod(0o444)
    code, _, err = text(run(tmp_path, "a.txt", "--no-cache", "--select", "NL201", "--fix"))
    assert err == "newslint: error: a.txt: read-only (mode 0444): not fixed (--fix-read-only fixes it anyway)\n"
    assert code == 2 and path.read_text() == article()
    code, _, err = text(run(tmp_path, "a.txt", "--no-cache", "--select", "NL201", "--fix", "--fix-read-only"))
    assert (code, err) == (0, "") and path.read_text() == FIXED_ARTICLE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o444


@pytest.fixture
def shared_folder():
    """A folder that another user may write in (pytest's own are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="newslint-test-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder)


def test_fix_by_another_user_keeps_the_files_group(shared_folder):
    """Run as nobody (not in group 100) on a file of nobody's with group 100: a new file would get nobody's group."""
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to act as another user")
    folder = shared_folder
    path = write(folder, "a.txt", article())
    os.chown(path, 65534, 100)
    path.chmod(0o664)
    proc = run(folder, "a.txt", "--no-cache", "--select", "NL201", "--fix", env={"HOME": str(folder)},
               prefix=["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
    assert proc.returncode == 0, proc.stderr
    status = os.stat(path)
    assert (status.st_uid, status.st_gid) == (65534, 100) and path.read_text() == FIXED_ARTICLE
