"""The per-user cache folder for data newslint derives once and reuses: ``$XDG_CACHE_HOME/newslint``.

It holds the LanguageTool installation, the grammar cache and the indexes of the
word lists (see :mod:`newslint.lexicon` and :mod:`newslint.ngrams`). Everything
in it can be rebuilt; deleting it costs only the time to rebuild.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable


def root() -> Path:
    """``$XDG_CACHE_HOME/newslint``, by default ``~/.cache/newslint``."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newslint"


def write_atomically(path: Path, write: Callable[[str], None]) -> None:
    """Create ``path`` by ``write(temporary_path)`` then a rename, so that readers never see half a file."""
    import tempfile  # here, not at the top: a run answered from the cache writes nothing and starts faster

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(temporary)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
