"""Bad input never crashes newslint: each gets a located finding or a one-line error, and the run goes on."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main
from newslint.config import JsonlFields
from newslint.model import Article
from newslint.packs import PackError, load_pack
from newslint import source
from newslint.source import jsonl_record

# NL201 quote-spacing finds the space on the wrong side of this closing quote (column 25, safe fix).
DEFECT = "He said, “The conflicts, ”he said.\n"
DEFECT_COLUMN = 25
FIXED = "He said, “The conflicts,” he said.\n"


def cli(cwd: Path, *args: str):
    """Run ``newslint`` in-process in ``cwd``; return (exit code, stdout, stderr). A traceback fails the test."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, [*args, "--no-cache"])
    finally:
        os.chdir(old)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def article(body: str = DEFECT) -> str:
    return "A title\n\n" + body


def finding_lines(stdout: str, code: str) -> list[str]:
    return [line for line in stdout.splitlines() if f": {code} " in line]


@pytest.fixture
def good(tmp_path):
    """A readable article with one known finding: proof that the other inputs were still checked."""
    write(tmp_path, "good.txt", article())
    return f"good.txt:3:{DEFECT_COLUMN}: NL201"


def test_binary_file_is_a_located_finding(tmp_path, good):
    write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = cli(tmp_path, "image.txt", "good.txt", "--select", "NL0,NL201")
    assert code == 1 and not err
    assert "image.txt:3:1: NL003 binary-file NUL byte at byte offset 8" in out
    assert good in out


def test_nul_byte_in_text_is_reported_where_it_is(tmp_path, good):
    write(tmp_path, "nul.txt", "A title\r\n\r\nHe\x00llo\n")
    code, out, _ = cli(tmp_path, "nul.txt", "good.txt", "--select", "NL0,NL201")
    assert "nul.txt:3:3: NL003" in out and good in out and code == 1


@pytest.mark.parametrize("data, where, detail", [
    (b"A title\n\nCaf\xe9 au lait\n", "3:4", "byte 0xe9 at byte offset 12 (1 invalid byte"),
    (b"\xef\xbb\xbfA\r\n\r\n\xc3\xa9t\xe9 \x93quoted\x94\r\n", "3:3", "byte 0xe9 at byte offset 11 (3 invalid bytes"),
    (b"A\rB\rCaf\xe9\r", "3:4", "byte 0xe9 at byte offset 7"),
    ("A title\n\nBlinken\n".encode("utf-16"), "1:1", "encoded as UTF-16 (byte-order mark), not UTF-8"),
])
def test_other_encodings_are_reported_at_the_first_bad_byte(tmp_path, good, data, where, detail):
    write(tmp_path, "bad.txt", data)
    code, out, _ = cli(tmp_path, "bad.txt", "good.txt", "--select", "NL0,NL201")
    (line,) = finding_lines(out, "NL001")
    assert line.startswith(f"bad.txt:{where}: NL001 invalid-utf8 ") and detail in line
    assert good in out and code == 1


def test_empty_file_is_clean(tmp_path):
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "bom-only.txt", b"\xef\xbb\xbf")
    code, out, err = cli(tmp_path, "empty.txt", "bom-only.txt")
    assert (code, err) == (0, "") and "All checks passed" in out


def test_one_two_megabyte_line_is_checked_in_linear_time(tmp_path):
    sentence = "The minister said the talks in Geneva went well, and officials agreed to meet again. "
    write(tmp_path, "long.txt", article(sentence * (2_000_000 // len(sentence)) + DEFECT))
    begin = time.perf_counter()
    code, out, _ = cli(tmp_path, "long.txt", "--select", "NL0,NL1,NL2,NL3")
    assert time.perf_counter() - begin < 20
    assert f"long.txt:3:{2_000_000 // len(sentence) * len(sentence) + DEFECT_COLUMN}: NL201" in out and code == 1


def test_one_huge_token_is_checked_in_linear_time(tmp_path):
    write(tmp_path, "blob.txt", article("x" * 200_000 + "\n"))
    proc = _run_with_timeout(tmp_path, ["blob.txt"], 30)  # a hang guard: a quadratic scan of 200,000 characters would take minutes
    assert proc is not None and proc.returncode in (0, 1) and "Traceback" not in proc.stderr


def _run_with_timeout(cwd: Path, args: list[str], seconds: float):
    """The finished process, or None when it took longer than ``seconds`` (it is killed)."""
    command = [sys.executable, "-c", "from newslint.cli import main; main()", *args, "--no-cache"]
    try:
        return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        return None


def test_bom_crlf_lone_cr_astral_and_combining_marks_keep_line_and_column(tmp_path):
    body = "😀 e\u0301 " + DEFECT.replace("\n", "")
    write(tmp_path, "bom.txt", "\ufeffA title\r\n\r\n" + DEFECT.replace("\n", "\r\n"))
    write(tmp_path, "cr.txt", "A title\r\rx\r" + DEFECT.replace("\n", "\r"))
    write(tmp_path, "astral.txt", article(body + "\n"))
    code, out, _ = cli(tmp_path, "bom.txt", "cr.txt", "astral.txt", "--select", "NL201")
    assert finding_lines(out, "NL201") == [
        f"astral.txt:3:{DEFECT_COLUMN + 5}: NL201 quote-spacing space on the wrong side of the quotation mark "
        "in 'e conflicts, ”he said.'",
        f"bom.txt:3:{DEFECT_COLUMN}: NL201 quote-spacing space on the wrong side of the quotation mark "
        "in 'e conflicts, ”he said.'",
        f"cr.txt:4:{DEFECT_COLUMN}: NL201 quote-spacing space on the wrong side of the quotation mark "
        "in 'e conflicts, ”he said.'",
    ]
    assert code == 1


def test_missing_path_is_one_error_line_and_the_rest_is_checked(tmp_path, good):
    code, out, err = cli(tmp_path, "missing.txt", "good.txt", "--select", "NL201")
    assert err == "newslint: error: missing.txt: no such file or directory\n"
    assert good in out and code == 2
    assert out.endswith("; 1 error (see stderr).\n")


def test_a_run_with_only_errors_does_not_say_all_checks_passed(tmp_path):
    code, out, err = cli(tmp_path, "missing.txt", "gone.txt")
    assert err.count("no such file or directory") == 2 and code == 2
    assert out == "No findings; 2 errors (see stderr).\n"


def _unreadable_runner():
    """How to run newslint so that a chmod 000 file is really unreadable (root reads anything)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a file unreadable")
    # drop the capabilities that let root ignore file permissions
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]


def _unreadable_case(tmp_path, target: str):
    write(tmp_path, "folder/locked.txt", article())
    write(tmp_path, "folder/good.txt", article())
    (tmp_path / "folder/locked.txt").chmod(0)
    command = [*_unreadable_runner(), sys.executable, "-c", "from newslint.cli import main; main()",
               target, "--no-cache", "--select", "NL201"]
    return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60)


def test_unreadable_file_in_a_folder_is_one_error_line(tmp_path):
    proc = _unreadable_case(tmp_path, "folder")
    assert proc.stderr == "newslint: error: folder/locked.txt: cannot read: Permission denied\n"
    assert f"folder/good.txt:3:{DEFECT_COLUMN}: NL201" in proc.stdout and proc.returncode == 2


def test_unreadable_file_named_explicitly_is_one_error_line(tmp_path):
    proc = _unreadable_case(tmp_path, "folder/locked.txt")
    assert proc.stderr == "newslint: error: folder/locked.txt: cannot read: Permission denied\n"
    assert proc.returncode == 2


def test_symlink_loop_is_walked_once(tmp_path):
    write(tmp_path, "corpus/a/story.txt", article())
    (tmp_path / "corpus/a/up").symlink_to("..")
    (tmp_path / "corpus/self").symlink_to(".")
    (tmp_path / "corpus/dangling.txt").symlink_to("nowhere.txt")
    code, out, err = cli(tmp_path, "corpus", "--select", "NL201")
    assert [line.split(":")[0] for line in finding_lines(out, "NL201")] == ["corpus/a/story.txt"]
    assert err == "newslint: error: corpus/dangling.txt: cannot read: No such file or directory\n" and code == 2


def test_broken_jsonl_records_are_findings_and_the_good_ones_are_checked(tmp_path):
    records = [
        '{"text": "unterminated"',
        '{"title": "no body"}',
        '{"text": 42}',
        '["not", "an", "object"]',
        "[" * 50_000 + "]" * 50_000,
        '{"text": ' + "1" * 5000 + "}",
        '{"text": "a lone \\ud800 surrogate"}',
        '{"text": "Caf\xe9"}',
        '{"text": "' + DEFECT.replace("\n", "") + '"}',
    ]
    data = "\n".join(records).encode("utf-8").replace("Caf\xe9".encode(), b"Caf\xe9") + b"\n"
    write(tmp_path, "corpus.jsonl", data)
    code, out, err = cli(tmp_path, "corpus.jsonl", "--select", "NL0,NL201")
    lines = [line for line in out.splitlines() if line.startswith("corpus.jsonl:")]
    assert [line.split(": ", 2)[1] for line in lines] == [
        "NL002 malformed-record malformed JSON record", "NL002 malformed-record record has no 'text' field",
        "NL002 malformed-record record has a non-string 'text' field",
        "NL002 malformed-record JSON record is not an object", "NL002 malformed-record malformed JSON record",
        "NL002 malformed-record malformed JSON record", "NL001 invalid-utf8 the 'text' field has an unpaired surrogate "
        "escape \\ud800 at character 8", "NL001 invalid-utf8 record is not valid UTF-8 at byte 13",
        "NL201 quote-spacing space on the wrong side of the quotation mark in 'e conflicts, ”he said.'",
    ][: len(lines)] and len(lines) == 9
    assert [line.split(":")[1] for line in lines] == [str(n) for n in range(1, 10)]
    assert "nested too deeply" in lines[4] and "digits" in lines[5]
    assert (code, err) == (1, "")



@pytest.mark.parametrize("line, problem", [
    (rb'{"text": "a lone \uDC00 surrogate"}', "the 'text' field has an unpaired surrogate escape \\udc00 at character 8"),
    (rb'{"text": "a pair \ud83d\ude00 is one character"}', None),
    (rb'{"text": "a backslash \\ud800 then letters"}', None),  # an escaped backslash: no surrogate
    (rb'{"text": "Caf\u00e9 owners", "id": "\udfff", "title": "x \ud800"}', None),
])
def test_a_jsonl_records_lone_surrogate_is_found_wherever_an_escape_may_make_one(line, problem):
    document = jsonl_record(line, 1, "c.jsonl", JsonlFields())
    assert [p.message for p in document.problems] == ([problem] if problem else [])
    if problem is None:  # a title or an id with a lone surrogate is left out, as before
        assert "title" not in document.meta and document.record_id is None and document.text == json.loads(line)["text"]


def _loaded(line: str):
    """What ``load(line)`` gives: the value, or the exception's type and message."""
    try:
        return json.loads(line)
    except (ValueError, RecursionError) as exc:
        return type(exc), str(exc)


@pytest.mark.parametrize("line", [
    '{"text": "a"}', ' {"text": "a"}', '{"text": "a"}  ', '{"text": "a"} {"text": "b"}', '{"text": "a"}x', "",
    "   ", '{"text": }', '{"text": "a"', "\ufeff{}", "[1, 2]", "3", "NaN", '"a"', "[" * 100_000 + "]" * 100_000,
    '{"n": 1' + "0" * 5000 + '}', '{"text": "a\u00e9"}', "nul", '{"a": 1, "a": 2}',
])
def test_a_jsonl_records_value_is_what_json_loads_reads(line):
    """The record's value read by the scanner where it fills the line, as json.loads reads it (or fails alike)."""
    try:
        got = source._json_value(line)
    except (ValueError, RecursionError) as exc:
        got = type(exc), str(exc)
    assert repr(got) == repr(_loaded(line))  # (NaN is not equal to itself)


@pytest.mark.parametrize("name, content, message", [
    ("newslint.toml", "select = [\n", "newslint.toml: invalid TOML"),
    ("newslint.toml", "colour = 'red'\n", "newslint.toml: colour: unknown key"),
    ("newslint.toml", "packs = ['pack.yaml']\n", "pack.yaml: cannot read rule pack: No such file or directory"),
    ("pyproject.toml", "[tool.newslint]\nselect = 'NL2'\n", "tool.newslint.select: expected a list of strings"),
])
def test_malformed_config_is_one_error_line(tmp_path, good, name, content, message):
    write(tmp_path, name, content)
    code, out, err = cli(tmp_path, "good.txt")
    assert err.startswith("newslint: error: ") and message in err and err.count("\n") == 1
    assert (code, out) == (2, "")


PACK_HEAD = "rules:\n  - {code: XB101, name: test-bad, kind: existence, summary: A test rule.,\n"
PACK_ERRORS = [
    ("rules: [\n", "not a valid YAML rule pack"),
    ("rules:\n  - code: XB101\n", "rules[0].kind: expected one of existence, substitution, consistency"),
    (PACK_HEAD + "     patterns: ['(a)\\1']}\n", "invalid pattern '(a)\\\\1': invalid escape sequence: \\1 "
                                                   "(patterns use RE2 syntax)"),
    (PACK_HEAD + "     patterns: ['(?<=a)b']}\n", "(patterns use RE2 syntax)"),
    ("rules: !!python/object/apply:os.system ['echo pwned']\n", "could not determine a constructor for the tag"),
    ("rules:\n  - !!python/object:newslint.rule.Rule {}\n", "could not determine a constructor for the tag"),
    (b"rules: [caf\xe9]\n", "rule pack is not valid UTF-8"),
]


@pytest.mark.parametrize("content, message", PACK_ERRORS)
def test_malformed_rule_pack_is_one_error_line(tmp_path, good, content, message):
    write(tmp_path, "newslint.toml", "packs = ['pack.yaml']\n")
    write(tmp_path, "pack.yaml", content)
    code, out, err = cli(tmp_path, "good.txt")
    assert err.startswith("newslint: error: ") and "pack.yaml" in err and message in err, err
    assert err.count("\n") == 1 and (code, out) == (2, "")
    assert not (tmp_path / "pwned").exists()


def test_yaml_tags_never_run_code(tmp_path):
    marker = tmp_path / "ran"
    write(tmp_path, "pack.yaml", f"rules: !!python/object/apply:pathlib.Path.touch [!!python/object/apply:pathlib.Path ['{marker}']]\n")
    with pytest.raises(PackError, match="could not determine a constructor"):
        load_pack(tmp_path / "pack.yaml")
    assert not marker.exists()


def test_user_patterns_run_in_linear_time(tmp_path):
    write(tmp_path, "pack.yaml", PACK_HEAD + "     patterns: ['(a+)+$', '(x+x+)+y']}\n")
    (rule_cls,) = load_pack(tmp_path / "pack.yaml")
    text = "a" * 100_000 + "b " + "x" * 100_000
    begin = time.perf_counter()
    findings = list(rule_cls().check(Article.parse(text, has_header=False)))
    assert time.perf_counter() - begin < 1.0  # backtracking engines take longer than the universe's age
    assert findings == []
