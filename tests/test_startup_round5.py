"""One-file run, round five: digests without OpenSSL, pyproject.toml parsed only when it may configure newslint."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from newslint import config as config_mod
from newslint import hashes
from newslint.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent


def test_digests_are_hashlibs():
    for data in (b"", b"newslint", "Zoë’s café".encode() * 500):
        assert hashes.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        streamed = hashes.sha256()
        streamed.update(data[:7])
        streamed.update(data[7:])
        assert streamed.hexdigest() == hashlib.sha256(data).hexdigest()
        assert hashes.blake2b(data, digest_size=8).digest() == hashlib.blake2b(data, digest_size=8).digest()


def _modules_after_run(folder: Path, *args: str) -> set[str]:
    """The modules a console run over ``args`` (working folder ``folder``) has imported when it ends."""
    script = ("import atexit, sys\n"
              "atexit.register(lambda: sys.stderr.write('MODULES ' + ' '.join(sorted(name for name, module in sys.modules.items())) + '\\n'))\n"
              "from newslint.__main__ import main\n"
              f"sys.argv = ['newslint', *{list(args)!r}]\n"
              "main()\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=folder, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(folder)})
    assert run.returncode in (0, 1), run.stderr
    line = [text for text in run.stderr.splitlines() if text.startswith("MODULES ")][-1]
    return set(line.split()[1:])


def test_a_one_file_run_loads_neither_openssl_nor_the_toml_parser_for_a_foreign_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "archive"\n[tool.black]\nline-length = 99\n')
    article = tmp_path / "story.txt"
    article.write_text("The council met on Tuesday.\n\nIt approved the budget.\n", encoding="utf-8")
    _modules_after_run(tmp_path, "--no-cache", "story.txt")  # the user cache (parsed packs, patterns) warm
    modules = _modules_after_run(tmp_path, "--cache-dir", str(tmp_path / "cache"), "story.txt")
    assert "_hashlib" not in modules and "hashlib" not in modules
    assert "tomllib" not in modules and "tomli" not in modules


def test_pyproject_with_or_without_a_newslint_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "archive"\n')
    assert config_mod.discover(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "newslint-corpus"\n')  # the name alone: parsed, no table
    assert config_mod.discover(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text('[tool]\nnewslint = { select = ["NL1"] }\n')
    assert config_mod.discover(tmp_path) == (tmp_path / "pyproject.toml").resolve()


def test_a_broken_pyproject_that_names_newslint_is_still_reported(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.newslint\nselect = [\n")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    result = CliRunner().invoke(cli_main, ["--no-cache", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "invalid TOML" in result.output


_COUNTING = """
import sys
from re import _parser
plain = _parser.parse
def counting(pattern, flags=0, state=None):
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__") in ("re", "re._compiler", "enum", "newslint.regexcache"):
        frame = frame.f_back
    sys.stderr.write("PARSED " + str(frame and frame.f_globals.get("__name__")) + "\\n")
    return plain(pattern, flags, state)
_parser.parse = counting
from newslint.__main__ import main
sys.argv = ["newslint", "--no-cache", "story.txt"]
main()
"""


def test_module_patterns_of_the_model_and_the_cli_come_from_the_pattern_cache(tmp_path):
    """With the user cache warm, these modules' patterns are not parsed again (:mod:`newslint.regexcache`)."""
    article = tmp_path / "story.txt"
    article.write_text("He said: “The council met on Tuesday.”\n\nIt approved a 6'2\" budget.\n", encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", _COUNTING], cwd=tmp_path, capture_output=True, text=True, env=env)
            for _ in range(2)]
    assert all(run.returncode in (0, 1) for run in runs), runs[-1].stderr
    parsed = [line.split()[1] for run in runs for line in run.stderr.splitlines() if line.startswith("PARSED ")]
    first, second = runs[0].stderr, runs[1].stderr
    assert "PARSED newslint.textutil" in first  # the count sees them when the cache is cold
    checked = {"newslint.textutil", "newslint.model", "newslint.rule", "newslint.rules.quotes", "newslint.source",
               "newslint.formats", "newslint.cache"}
    assert parsed and not checked & {line.split()[1] for line in second.splitlines() if line.startswith("PARSED ")}
