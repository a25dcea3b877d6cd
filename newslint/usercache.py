"""The per-user cache folder for data newslint derives once and reuses: ``$XDG_CACHE_HOME/newslint``.

It holds the LanguageTool installation, the grammar cache, the indexes of the
word lists, compiled patterns (:mod:`newslint.regexcache`), parsed rule packs and
the plugin scan (small tables: :func:`keep`, :func:`recall`), (see :mod:`newslint.lexicon` and :mod:`newslint.ngrams`). Everything
in it can be rebuilt; deleting it costs only the time to rebuild.

Indexes are named by what they were built from (the word list's version, the
Python build), so an upgrade leaves the old ones behind: :func:`tidy` (the
console script calls it at its end; one ``stat`` on all but one run a day)
removes those not used for :data:`UNUSED_DAYS` days.
"""

from __future__ import annotations

import marshal
import os
import time
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


def installed_files(package: str, names: tuple[str, ...]) -> str:
    """The data files ``names`` of the installed ``package`` as an index's key: its folder, then each file's size and
    modification time (found without importing the package: asking its version would import it, or the package
    metadata machinery, a millisecond to a tenth of a one-file run)."""
    from importlib.util import find_spec

    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return f"{package} missing"  # building the index reports it
    for folder in spec.submodule_search_locations:
        try:
            states = [(Path(folder) / name).stat() for name in names]
        except OSError:
            continue
        return ":".join([folder, *(f"{status.st_size}:{status.st_mtime_ns}" for status in states)])
    return f"{spec.submodule_search_locations}"


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
    found = read_value(path)
    return found if isinstance(found, dict) else {}


def read_value(path: Path) -> object:
    """What :func:`write_table` wrote at ``path`` (any value :mod:`marshal` holds); None when there is none or it is
    unreadable."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write_table(path: Path, table: object) -> None:
    """Write ``table`` (what :mod:`marshal` holds) to ``path`` atomically; a read-only home, or a value marshal
    cannot hold, writes nothing (it is computed again next time)."""
    try:
        data = marshal.dumps(table)
        write_atomically(path, lambda temporary: Path(temporary).write_bytes(data))
    except (OSError, ValueError):
        pass


TIDIED = ".tidied"  # the stamp file: its modification time is the last tidy's
UNUSED_DAYS = 30  # an index neither read nor written for this long is removed
_TIDY_FOLDERS = ("lexicon", "ngrams", "regex")  # where indexes named by their sources' versions live
_TIDY_SUFFIXES = (".marshal", ".sqlite3")
_DAY = 86400


def tidy(now: float | None = None) -> bool:
    """Remove the indexes of the cache folders not used (read or written) for :data:`UNUSED_DAYS` days, and the
    temporary files of writes that never finished; at most once a day (a stamp file), else one ``stat``.

    Only the files newslint writes there (``*.marshal``, ``*.sqlite3``, ``.*.tmp``) are considered; a file's
    last use is its access or modification time, whichever is later. Returns whether it tidied (False when it
    was not due, or the cache folder is missing or read-only). Never raises ``OSError``.
    """
    now = time.time() if now is None else now
    stamp = root() / TIDIED
    try:
        if stamp.stat().st_mtime > now - _DAY:
            return False
    except FileNotFoundError:
        pass
    except OSError:
        return False
    try:
        with open(stamp, "a"):  # first, so that a failing tidy is not tried again on every run
            pass
        os.utime(stamp, (now, now))
    except OSError:  # no cache folder yet, or a read-only one: nothing of ours to tidy
        return False
    for folder in _TIDY_FOLDERS:
        _tidy_folder(stamp.parent / folder, now)
    return True


def _tidy_folder(folder: Path, now: float) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        temporary = name.startswith(".") and name.endswith(".tmp")
        if not temporary and not name.endswith(_TIDY_SUFFIXES):
            continue
        try:
            status = entry.stat(follow_symlinks=False)
            unused_since = max(status.st_atime, status.st_mtime)
            if entry.is_file(follow_symlinks=False) and unused_since < now - (_DAY if temporary else UNUSED_DAYS * _DAY):
                os.unlink(entry.path)
        except OSError:
            continue
