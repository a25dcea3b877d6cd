"""NL401 repairs mojibake with ftfy without importing ``wcwidth`` (ftfy's display functions' module), and the common
mojibake without importing ftfy at all (33a)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newslint import lazyimport

SCRIPT = r"""
import sys
from newslint.model import Article
from newslint.rules.encoding import Mojibake
article = Article.parse("The ministerâ€™s plan went ahead on Tuesday.\n")
print([(f.start, f.end, f.fix.edits[0].replacement) for f in Mojibake().check(article)], "ftfy" in sys.modules)
article = Article.parse("They said voilÃ le plan.\n")
print([(f.start, f.end, f.fix.edits[0].replacement) for f in Mojibake().check(article)])
print("ftfy" in sys.modules, "wcwidth._clip" in sys.modules)
import ftfy.formatting
print(ftfy.formatting.display_ljust("日本", 6, "."), "wcwidth._clip" in sys.modules)
"""


def test_nl401_repairs_without_importing_wcwidth_and_ftfy_display_still_works():
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    quick, found, imported, display = run.stdout.splitlines()
    assert quick == "[(4, 16, 'minister’s')] False"  # (Latin-1 and cp1252 read back decide it: ftfy not imported)
    assert found == "[(10, 18, 'voilà le')]"  # (a space where byte A0 was: ftfy's own repair)
    assert imported == "True False"  # ftfy imported, wcwidth's tables not
    assert display == "日本.. True"  # ftfy's display functions answer as before, from wcwidth loaded on first use


def test_deferring_a_module_that_is_not_installed_leaves_its_import_failing():
    lazyimport.defer(("no_such_package_for_newslint",))
    assert "no_such_package_for_newslint" not in sys.modules
    with pytest.raises(ModuleNotFoundError):
        import no_such_package_for_newslint  # noqa: F401
