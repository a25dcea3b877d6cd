"""`scripts/languagetool.sh` starts the server the way `newslint.languagetool` does (the settings live in both)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from newslint import languagetool

SCRIPT = (Path(__file__).resolve().parent.parent / "scripts" / "languagetool.sh").read_text(encoding="utf-8")


def test_the_script_writes_the_server_settings_newslint_gives_a_server_it_starts():
    settings = languagetool.server_config(threads=3).split()
    assert settings[0] == "maxCheckThreads=3"
    assert re.search(r'"maxCheckThreads=\$\{NEWSLINT_LANGUAGETOOL_THREADS:-\$\(nproc\)\}"', SCRIPT)
    written = [w for w in re.search(r"printf '%s\\n' (.*?)>", SCRIPT, re.S).group(1).split() if w != "\\"]
    assert sorted(written[1:]) == sorted(settings[1:])


def test_the_script_gives_java_the_same_memory_and_flags():
    start = inspect.getsource(languagetool.ManagedServer.start)
    assert '"-Xmx2g"' in start and 'XMX="${NEWSLINT_LANGUAGETOOL_XMX:-2g}"' in SCRIPT
    for flag in ("-Dsun.net.httpserver.nodelay=true", "org.languagetool.server.HTTPServer"):
        assert flag in start and flag in SCRIPT
