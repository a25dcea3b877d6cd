"""Third-party rules through the ``newslint.rules`` entry point, and rule packs added through config."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PLUGIN = textwrap.dedent('''\
    """A third-party newslint rule: flags the word 'lorem'."""
    from newslint.rule import Fix, Rule, Severity, quote


    class Lorem(Rule):
        code = "ACME101"
        name = "lorem-ipsum"
        summary = "Placeholder text left in an article."
        severity = Severity.ERROR

        def check(self, article):
            for token in article.tokens:
                if token.text.lower() == "lorem":
                    yield self.finding(token.start, token.end, f"placeholder {quote(token.text)}")
''')


def build_plugin(site: Path) -> None:
    """A minimal installed distribution: a module and its dist-info with an entry point."""
    (site / "acme_newslint.py").write_text(PLUGIN, encoding="utf-8")
    info = site / "acme_newslint-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-newslint\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[newslint.rules]\nlorem = acme_newslint:Lorem\n", encoding="utf-8")
    (info / "RECORD").write_text("", encoding="utf-8")


def newslint(args, cwd: Path, site: Path | None = None) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    if site:
        env["PYTHONPATH"] = str(site)
    return subprocess.run([sys.executable, "-m", "newslint", *args], cwd=cwd, env=env, capture_output=True, text=True)


def test_entry_point_plugin_is_listed_and_runs(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    build_plugin(site)
    (tmp_path / "a.txt").write_text("Title\n\nLorem ipsum dolor sit amet.\n", encoding="utf-8")
    listing = newslint(["rules"], tmp_path, site)
    assert "ACME101 lorem-ipsum" in listing.stdout
    doc = newslint(["rule", "lorem-ipsum"], tmp_path, site)
    assert "Defined in: plugin lorem" in doc.stdout
    result = newslint(["a.txt", "--select", "ACME", "--format", "concise"], tmp_path, site)
    assert result.returncode == 1, result.stderr
    assert result.stdout == "a.txt:3:1: ACME101 lorem-ipsum placeholder 'Lorem'\n"
    without = newslint(["rules"], tmp_path)
    assert "ACME101" not in without.stdout


def test_broken_plugin_is_a_one_line_error(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    build_plugin(site)
    (site / "acme_newslint.py").write_text("raise ImportError('boom')\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    result = newslint(["a.txt"], tmp_path, site)
    assert result.returncode == 2
    assert result.stderr.strip() == "newslint: error: plugin 'lorem' (acme_newslint:Lorem) failed to load: boom"


def test_pack_from_config_is_listed_and_runs(tmp_path):
    (tmp_path / "house.toml").write_text(textwrap.dedent('''\
        [[rules]]
        code = "HS201"
        name = "house-style-gotten"
        kind = "substitution"
        summary = "House style: got, not gotten."
        message = "house style: {right}, not {match}"
        swap = { gotten = "got" }
        '''), encoding="utf-8")
    (tmp_path / "newslint.toml").write_text('packs = ["house.toml"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nPrices have gotten higher.\n", encoding="utf-8")
    assert "HS201   house-style-gotten" in newslint(["rules"], tmp_path).stdout
    result = newslint(["a.txt", "--select", "HS201", "--format", "concise"], tmp_path)
    assert result.stdout == "a.txt:3:13: HS201 house-style-gotten house style: got, not 'gotten'\n"
