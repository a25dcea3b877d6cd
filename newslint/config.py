"""Configuration: ``[tool.newslint]`` in ``pyproject.toml`` or a ``newslint.toml``, found upward from the inputs."""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any, Sequence

from newslint.diagnostic import Severity

CONFIG_FILES = ("newslint.toml", "pyproject.toml")
DEFAULT_MAX_FILE_SIZE = 64 << 20  # bytes; far above any real article (a long one is 100 KB)
LANGUAGES = ("en-US", "en-GB")


class ConfigError(ValueError):
    """A bad configuration; the message names the file and the key."""


@dataclass(frozen=True)
class JsonlFields:
    """Which JSONL fields hold the body and the metadata."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    id: str = "id"  # a record's identity for baselines (else its URL)
    ignore: str = "newslint_ignore"  # a list of rules not to report for that record


@dataclass
class Config:
    """Settings from a config file (or the defaults); command-line options override them."""

    path: Path | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    packs: list[Path] = field(default_factory=list)
    accept_files: list[Path] = field(default_factory=list)
    reject_files: list[Path] = field(default_factory=list)
    language: str = "en-US"
    ocr: str = "auto"  # the OCR gate: auto (judge each document), on or off
    include: list[str] = field(default_factory=lambda: ["*.txt", "*.jsonl"])
    exclude: list[str] = field(default_factory=list)
    fail_on: Severity = Severity.WARNING
    jsonl: JsonlFields = field(default_factory=JsonlFields)
    baseline: Path | None = None  # findings recorded here are not reported (newslint.baseline)
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # bytes of a text file, or of one JSONL record

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @cached_property
    def _root_prefix(self) -> str:
        return os.path.abspath(self.root) + os.sep

    def relative(self, path: str | Path) -> str:
        """``path`` relative to the config's folder (POSIX form), for glob matching; else as given."""
        absolute = os.path.abspath(path)
        if absolute.startswith(self._root_prefix):
            absolute = absolute[len(self._root_prefix):]
            return absolute.replace(os.sep, "/")
        return Path(path).as_posix()

    def is_excluded(self, path: str | Path) -> bool:
        return _matches_any(self.relative(path), Path(path).name, self.exclude)

    def is_included(self, path: str | Path) -> bool:
        name = os.path.basename(path)
        if self._include_names.match(name):
            return True  # the common case ("*.txt"), without resolving the path
        return _matches_any(self.relative(path), name, self.include)

    @cached_property
    def _include_names(self) -> re.Pattern:
        """The ``include`` patterns as one pattern for a file name (what fnmatch would match)."""
        return re.compile("|".join(fnmatch.translate(pattern) for pattern in self.include) or "(?!)")

    def ignored_for(self, path: str | Path) -> list[str]:
        """Rule selectors ignored for ``path`` by ``per-file-ignores``."""
        rel, name = self.relative(path), Path(path).name
        return [code for pattern, codes in self.per_file_ignores.items() if _matches_any(rel, name, [pattern])
                for code in codes]

    def ignores_key(self, path: str | Path) -> tuple[str, ...]:
        """The sorted ``per-file-ignores`` selectors of ``path``: one linter (and cache fingerprint) per key."""
        return tuple(sorted(self.ignored_for(path))) if self.per_file_ignores else ()

    def vocabulary(self) -> tuple[frozenset[str], frozenset[str]]:
        """Accepted and rejected words from the vocabulary files (one word per line, ``#`` comments)."""
        return _read_words(self.accept_files), _read_words(self.reject_files)


def _matches_any(rel: str, name: str, patterns: Sequence[str]) -> bool:
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if fnmatch.fnmatchcase(rel, pattern) or fnmatch.fnmatchcase(name, pattern):
            return True
        # "drafts" or "drafts/**" excludes everything below a folder of that name
        folder = pattern[:-3] if pattern.endswith("/**") else pattern
        if any(fnmatch.fnmatchcase(part, folder) for part in PurePosixPath(rel).parts[:-1]) or \
                fnmatch.fnmatchcase(rel, folder + "/*"):
            return True
    return False


def _read_words(files: Sequence[Path]) -> frozenset[str]:
    words: set[str] = set()
    for file in files:
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: cannot read vocabulary file: {getattr(exc, 'strerror', None) or exc}") from None
        words.update(w.strip() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#"))
    return frozenset(words)


def discover(start: Path) -> Path | None:
    """The nearest ``newslint.toml``, or ``pyproject.toml`` with a ``[tool.newslint]`` table, at or above ``start``."""
    folder = start if os.path.isdir(start) else start.parent
    folder = folder.resolve()
    for candidate in (folder, *folder.parents):  # a folder that may not be searched is stepped over
        own = candidate / "newslint.toml"
        if os.path.isfile(own):
            return own
        pyproject = candidate / "pyproject.toml"
        if os.path.isfile(pyproject) and _has_newslint_table(pyproject):
            return pyproject
    return None


def _has_newslint_table(pyproject: Path) -> bool:
    try:
        if b"newslint" not in pyproject.read_bytes():  # no table of that name: the TOML parser is not imported
            return False
    except OSError:
        return True  # let load() report the unreadable file
    try:
        return "newslint" in _read_toml(pyproject).get("tool", {})
    except ConfigError:
        return True  # let load() report the broken file


def toml():
    """``tomllib`` (``tomli`` before Python 3.11), imported when a TOML file is read, not by every run."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


def _read_toml(path: Path) -> dict[str, Any]:
    tomllib = toml()
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def load(path: Path) -> Config:
    """Read and validate a config file."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("newslint", {})
        prefix = "tool.newslint."
    else:
        prefix = ""
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: {prefix or 'the file'} must be a table")
    return _parse(path, data, prefix)


def _parse(path: Path, data: dict[str, Any], prefix: str) -> Config:
    config = Config(path=path)
    base = path.parent

    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{path}: {prefix}{key}: {problem}")

    def strings(key: str) -> list[str]:
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "expected a list of strings")
        return list(value)

    for key in data:
        if key not in _KEYS:
            raise fail(key, "unknown key")
    if "select" in data:
        config.select = strings("select")
    for key, attr in (("extend-select", "extend_select"), ("ignore", "ignore"), ("include", "include"),
                      ("exclude", "exclude")):
        if key in data:
            setattr(config, attr, strings(key))
    if "packs" in data:
        config.packs = [base / p for p in strings("packs")]
    if "baseline" in data:
        if not isinstance(data["baseline"], str):
            raise fail("baseline", "expected a file name string")
        config.baseline = base / data["baseline"]
    if "language" in data:
        if data["language"] not in LANGUAGES:
            raise fail("language", f"expected one of {', '.join(LANGUAGES)}, got {data['language']!r}")
        config.language = data["language"]
    if "ocr" in data:
        if data["ocr"] not in ("auto", "on", "off"):
            raise fail("ocr", f"expected one of auto, on, off, got {data['ocr']!r}")
        config.ocr = data["ocr"]
    if "fail-on" in data:
        try:
            config.fail_on = Severity.parse(str(data["fail-on"]))
        except ValueError as exc:
            raise fail("fail-on", str(exc)) from None
    if "max-file-size" in data:
        value = data["max-file-size"]
        if type(value) is not int or value < 1:
            raise fail("max-file-size", f"expected a positive number of bytes, got {value!r}")
        config.max_file_size = value
    config.per_file_ignores = _table_of_lists(data, "per-file-ignores", fail)
    for selector, value in _table(data, "severity", fail).items():
        try:
            config.severity[selector] = Severity.parse(str(value))
        except ValueError as exc:
            raise fail(f"severity.{selector}", str(exc)) from None
    for rule, options in _table(data, "rule-options", fail).items():
        if not isinstance(options, dict):
            raise fail(f"rule-options.{rule}", "expected a table of option = value")
        config.rule_options[rule] = dict(options)
    vocabulary = _table_of_lists(data, "vocabulary", fail)
    for key in vocabulary:
        if key not in ("accept", "reject"):
            raise fail(f"vocabulary.{key}", "unknown key (expected accept or reject)")
    config.accept_files = [base / p for p in vocabulary.get("accept", [])]
    config.reject_files = [base / p for p in vocabulary.get("reject", [])]
    jsonl = _table(data, "jsonl", fail)
    for key, value in jsonl.items():
        if key not in vars(JsonlFields()) or not isinstance(value, str):
            raise fail(f"jsonl.{key}", f"expected one of {'/'.join(vars(JsonlFields()))} with a field name string")
    config.jsonl = JsonlFields(**jsonl)
    return config


def _table(data: dict[str, Any], key: str, fail) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise fail(key, "expected a table")
    return value


def _table_of_lists(data: dict[str, Any], key: str, fail) -> dict[str, list[str]]:
    table = _table(data, key, fail)
    for name, value in table.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"{key}.{name}", "expected a list of strings")
    return table


_KEYS = {"select", "extend-select", "ignore", "per-file-ignores", "severity", "rule-options", "packs",
         "vocabulary", "language", "ocr", "include", "exclude", "fail-on", "jsonl", "baseline", "max-file-size"}
