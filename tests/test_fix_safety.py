"""--fix writes only what it promises: safe fixes, atomically, keeping encoding, BOM, line ends and mode."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from newslint import writer
from newslint.writer import FileChangedError, write_atomic
from test_bad_input import cli, write

PACK = """\
rules:
  - {code: XF101, name: test-safe-swap, kind: substitution, summary: A safe swap., safe: true,
     message: "use {right}", swap: {Kiev: Kyiv}}
  - {code: XF102, name: test-unsafe-swap, kind: substitution, summary: An unsafe swap.,
     message: "use {right}", swap: {teh: the}}
"""
STORY = "A title\n\nOfficials in Kiev said teh talks would go on.\n"
SAFE = STORY.replace("Kiev", "Kyiv")
ALL = SAFE.replace("teh", "the")


@pytest.fixture
def project(tmp_path):
    write(tmp_path, "pack.yaml", PACK)
    write(tmp_path, "newslint.toml", 'packs = ["pack.yaml"]\nselect = ["XF"]\n')
    return tmp_path


def test_fix_applies_only_safe_fixes(project):
    path = write(project, "story.txt", STORY)
    code, out, _ = cli(project, "story.txt", "--fix")
    assert path.read_text() == SAFE
    assert "XF101" not in out and "story.txt:3:24: XF102" in out and code == 1
    cli(project, "story.txt", "--fix", "--unsafe-fixes")
    assert path.read_text() == ALL


def test_diff_prints_and_changes_nothing(project):
    path = write(project, "story.txt", STORY)
    before = os.stat(path)
    code, out, _ = cli(project, "story.txt", "--diff")
    assert out.startswith("--- a/story.txt\n+++ b/story.txt\n@@ -1,3 +1,3 @@\n A title\n \n"
                          "-Officials in Kiev said teh talks would go on.\n"
                          "+Officials in Kyiv said teh talks would go on.\n")
    assert path.read_text() == STORY and os.stat(path).st_mtime_ns == before.st_mtime_ns


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-8"),
    lambda s: b"\xef\xbb\xbf" + s.replace("\n", "\r\n").encode("utf-8"),
    lambda s: s.replace("\n", "\r").encode("utf-8"),
    lambda s: ("\ufeff😀 " + s).encode("utf-8").replace(b"\n\n", b"\r\n\n"),  # mixed line ends, astral
], ids=["lf", "bom-crlf", "cr", "mixed-astral"])
def test_fix_keeps_bom_line_ends_and_mode(project, encode):
    path = project / "story.txt"
    path.write_bytes(encode(STORY))
    path.chmod(0o640)
    cli(project, "story.txt", "--fix")
    assert path.read_bytes() == encode(SAFE)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert [p.name for p in project.iterdir() if p.name.startswith(".newslint-")] == []


def test_fix_writes_through_a_symlink(project):
    target = write(project, "real/story.txt", STORY)
    (project / "link.txt").symlink_to(target)
    cli(project, "link.txt", "--fix")
    assert (project / "link.txt").is_symlink() and target.read_text() == SAFE


def test_jsonl_fix_rewrites_only_the_fixed_text_field(project):
    lines = [
        b'{"id": 1,  "text": "Nothing to fix here.", "title": "caf\\u00e9"}',
        b'{ "title" : "Kiev \\/ talks",\t"text" : "Talks in Kiev, \\u00e9t\\u00e9 and \xc3\xa9t\xc3\xa9.\\nMore." , "n": 1.50 }\r',
        b'{"text": broken Kiev',
        b"",
        b'{"text": "Kiev again", "text": "only the last Kiev counts"}',
    ]
    data = b"\xef\xbb\xbf" + b"\n".join(lines)  # a BOM, CRLF on one record, no final newline
    path = write(project, "corpus.jsonl", data)
    code, out, _ = cli(project, "corpus.jsonl", "--fix", "--extend-select", "NL0")
    expected = data.replace(b'"Talks in Kiev, \\u00e9t\\u00e9 and \xc3\xa9t\xc3\xa9.\\nMore."',
                            '"Talks in Kyiv, été and été.\\nMore."'.encode("utf-8"))
    expected = expected.replace(b'"only the last Kiev counts"', b'"only the last Kyiv counts"')
    assert path.read_bytes() == expected
    assert "corpus.jsonl:3:" in out and code == 1  # the broken record is reported, not touched


def test_fix_is_refused_when_the_file_changed(tmp_path):
    path = write(tmp_path, "story.txt", STORY)
    stale = hashlib.sha256(b"what was linted").hexdigest()
    with pytest.raises(FileChangedError, match="changed on disk during the run"):
        write_atomic(str(path), SAFE.encode(), stale)
    assert path.read_text() == STORY
    path.unlink()
    with pytest.raises(FileChangedError, match="removed during the run"):
        write_atomic(str(path), SAFE.encode(), stale)
    assert list(tmp_path.iterdir()) == []


def test_file_changed_during_the_run_is_one_error_line(project, monkeypatch):
    path = write(project, "story.txt", STORY)
    real = writer.write_atomic

    def edited_meanwhile(target, data, digest, allow_read_only=False):
        path.write_text(STORY + "An editor's new line.\n")
        return real(target, data, digest, allow_read_only)

    monkeypatch.setattr(writer, "write_atomic", edited_meanwhile)
    code, _, err = cli(project, "story.txt", "--fix")
    assert err == "newslint: error: story.txt: changed on disk during the run; not fixed\n" and code == 2
    assert path.read_text() == STORY + "An editor's new line.\n"


def test_failed_write_leaves_the_file_and_no_temporary(tmp_path, monkeypatch):
    path = write(tmp_path, "story.txt", STORY)

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(str(path), SAFE.encode(), hashlib.sha256(STORY.encode()).hexdigest())
    assert path.read_text() == STORY and [p.name for p in tmp_path.iterdir()] == ["story.txt"]
