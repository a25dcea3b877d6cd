"""Running a lint over files: find inputs, read them, lint every document, collect results."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from newslint.config import Config
from newslint.engine import Diagnostic, DocumentResult, Linter
from newslint.source import Document, decode, iter_jsonl

STDIN = "-"


@dataclass
class FileResult:
    """Everything linting one input file produced."""

    path: str
    results: list[DocumentResult] = field(default_factory=list)
    digest: str = ""  # sha256 of the bytes read, to refuse a fix if the file changed meanwhile
    data: bytes = b""

    @property
    def is_jsonl(self) -> bool:
        return self.path.endswith(".jsonl")

    def diagnostics(self) -> list[Diagnostic]:
        return [d for result in self.results for d in result.diagnostics()]


def collect_files(paths: Sequence[str], config: Config, errors: list[str]) -> list[str]:
    """Expand paths into the input files, in sorted order; problems go to ``errors``.

    Folders are searched recursively for files matching ``include`` (not
    ``exclude``); symlinked folders are followed once (loops are cut). A file
    named explicitly is always read, unless excluded.
    """
    files: list[str] = []
    for raw in paths:
        if raw == STDIN:
            files.append(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            files.extend(_walk(path, config))
        elif path.exists():
            if not config.is_excluded(path):
                files.append(str(path))
        elif path.is_symlink():
            errors.append(f"{raw}: broken symbolic link")
        else:
            errors.append(f"{raw}: no such file or directory")
    seen: set[str] = set()
    return [f for f in files if not (f in seen or seen.add(f))]


def _walk(root: Path, config: Config) -> list[str]:
    found: list[str] = []
    visited: set[tuple[int, int]] = set()
    for folder, dirs, names in os.walk(root, followlinks=True):
        try:
            st = os.stat(folder)
        except OSError:
            dirs[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:  # a symlink loop
            dirs[:] = []
            continue
        visited.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not config.is_excluded(Path(folder, d)))
        for name in sorted(names):
            candidate = Path(folder, name)
            if config.is_included(candidate) and not config.is_excluded(candidate):
                found.append(str(candidate))
    return sorted(found)


def read_input(path: str, stdin: Callable[[], bytes] | None = None) -> bytes:
    """The bytes of an input (``-`` reads standard input). Raises OSError."""
    if path == STDIN:
        return stdin() if stdin else b""
    with open(path, "rb") as handle:
        return handle.read()


def documents(data: bytes, path: str, config: Config, display: str | None = None) -> Iterator[Document]:
    """The documents of one input: the file itself, or one per JSONL record."""
    name = display or path
    if name.endswith(".jsonl"):
        yield from iter_jsonl(data, name, config.jsonl)
    else:
        yield decode(data, name)


def lint_file(path: str, data: bytes, config: Config, linter: Linter, display: str | None = None) -> FileResult:
    """Lint every document of one input."""
    result = FileResult(display or path, digest=hashlib.sha256(data).hexdigest(), data=data)
    for document in documents(data, path, config, display):
        result.results.append(linter.lint_document(document))
    return result


class LinterPool:
    """One Linter per distinct set of per-file ignores (rules are instantiated once each)."""

    def __init__(self, config: Config, build: Callable[[Sequence[str]], Linter]) -> None:
        self.config = config
        self.build = build
        self._linters: dict[tuple[str, ...], Linter] = {}

    def for_path(self, path: str) -> Linter:
        ignores = tuple(sorted(self.config.ignored_for(path))) if path != STDIN else ()
        if ignores not in self._linters:
            self._linters[ignores] = self.build(ignores)
        return self._linters[ignores]


def lint_inputs(files: Iterable[str], config: Config, pool: LinterPool, errors: list[str],
                stdin: Callable[[], bytes] | None = None, stdin_name: str | None = None) -> list[FileResult]:
    """Lint each input file; a file that cannot be read becomes a one-line error and the run goes on."""
    results = []
    for path in files:
        display = stdin_name if path == STDIN and stdin_name else path
        try:
            data = read_input(path, stdin)
        except OSError as exc:
            errors.append(f"{path}: cannot read: {exc.strerror or exc}")
            continue
        results.append(lint_file(path, data, config, pool.for_path(display), display))
    return results
