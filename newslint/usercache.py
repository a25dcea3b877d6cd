"""The per-user cache folder for data newslint derives once and reuses: ``$XDG_CACHE_HOME/newslint``.

It holds the LanguageTool installation, the grammar cache, the indexes of the
word lists, compiled patterns (:mod:`newslint.regexcache`), parsed rule packs and
the plugin scan (small tables: :func:`keep`, :func:`recall`), (see :mod:`newslint.lexicon` and :mod:`newslint.ngrams`). Everything
in it can be rebuilt; deleting it costs only the time to rebuild.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any, Callable


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


def recall(table: str, key: Any) -> Any:
    """The value kept under ``key`` in the small table ``table`` of the cache folder (see :func:`keep`); None if none."""
    found = read_table(root() / f"{table}.marshal")
    return found.get(key)


def keep(table: str, key: Any, value: Any, limit: int = 32) -> None:
    """Keep ``value`` (what :mod:`marshal` holds) under ``key`` in ``table``, one file of at most ``limit`` keys (the
    least recently kept dropped). Two processes keeping at once may drop each other's key: it is computed again."""
    path = root() / f"{table}.marshal"
    found = read_table(path)
    found.pop(key, None)
    found[key] = value
    for old in list(found)[:-limit]:
        del found[old]
    write_table(path, found)


def read_table(path: Path) -> dict:
    """The dict :func:`write_table` wrote at ``path``; empty when there is none or it is unreadable."""
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def write_table(path: Path, table: dict) -> None:
    """Write ``table`` (what :mod:`marshal` holds) to ``path`` atomically; a read-only home, or a value marshal
    cannot hold, writes nothing (it is computed again next time)."""
    try:
        data = marshal.dumps(table)
        write_atomically(path, lambda temporary: Path(temporary).write_bytes(data))
    except (OSError, ValueError):
        pass
