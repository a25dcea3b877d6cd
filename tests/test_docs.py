"""The README tells the truth: the rule table, the two commands, and CI runs the test command."""

from __future__ import annotations

import re
from pathlib import Path

from newslint.docs import BEGIN, END, with_rule_table
from newslint.registry import build_registry

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    return re.findall(r"```sh\n(python3 -m venv .venv[^\n]*)\n```", README)


def test_rule_table_matches_the_registry():
    assert BEGIN in README and END in README
    assert with_rule_table(README, build_registry(plugins=False)) == README, \
        "the README's rule table is stale: run `python -m newslint.docs README.md`"


def test_every_registered_rule_has_docs():
    for rule in build_registry(plugins=False):
        assert rule.summary and not rule.summary.endswith(" "), rule.code
        if not getattr(rule, "is_input_rule", False):
            assert rule.bad, f"{rule.code} {rule.name} has no bad example"


def test_readme_gives_the_two_commands_and_ci_runs_the_test_command():
    install_and_run, test = commands()
    assert install_and_run.endswith("newslint seeds/")
    assert "pytest" in test or "scripts/test.sh" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


def test_the_table_script_answers_help_and_a_missing_file_in_one_line(capsys, tmp_path):
    from newslint import docs

    assert docs.main(["--help"]) == 0 and capsys.readouterr().out.startswith("usage:")
    assert docs.main([str(tmp_path / "missing.md")]) == 2
    err = capsys.readouterr().err
    assert "missing.md: No such file or directory" in err and "Traceback" not in err
