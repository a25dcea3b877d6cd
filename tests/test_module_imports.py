"""Every module of the rules imports on its own, whichever a user or plugin imports first: no import cycle
that only the registry's order of imports hides (``paragraph_starts`` needs ``furniture``, which needs ``bylines``,
which needs ``glue`` and with it the package that holds ``paragraph_starts``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import newslint

_PACKAGE = Path(newslint.__file__).parent
_CHECK = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m.startswith("newslint") and m != "newslint._speedups"]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as error:
        failed.append(f"{name}: {error}")
print("\\n".join(failed))
"""


def _rule_modules() -> list[str]:
    names = []
    for path in sorted((_PACKAGE / "rules").rglob("*.py")):
        parts = path.relative_to(_PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_each_rule_module_imports_first_in_a_fresh_run():
    modules = _rule_modules()
    assert "newslint.rules.lines.furniture" in modules and "newslint.rules.extraction.paragraph_starts" in modules
    done = subprocess.run([sys.executable, "-c", _CHECK, *modules], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
