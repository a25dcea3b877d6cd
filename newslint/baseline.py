"""A baseline: today's findings, recorded so that a run reports only the new ones.

``newslint check PATHS --write-baseline newslint-baseline.json`` records every
finding; ``--baseline FILE`` (or ``baseline = "…"`` in the config) hides the
findings it records. An entry is keyed by input path (relative to the baseline's
folder), rule and the finding's context fingerprint (a hash of the matched text
with about 20 characters either side, whitespace collapsed, and of a JSONL
record's id or URL; see :func:`newslint.engine.context_fingerprint`), with a count.
So a line shift or an edit elsewhere in the file does not revive a finding,
while a new finding, or a second one in the same context, is reported.

Entries of inputs that were checked but no longer match are *stale* (the
defect was fixed or its text changed); ``--prune-baseline`` removes them.
Entries of inputs this run did not check are left alone.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from newslint import __version__
from newslint.diagnostic import Diagnostic

if TYPE_CHECKING:
    from newslint.engine import DocumentResult

FORMAT_VERSION = 1
Key = tuple[str, str, str]  # (path relative to the baseline, rule code, context fingerprint)


class BaselineError(ValueError):
    """A baseline file that cannot be read or written; the message names the file."""


@dataclass
class Split:
    """A run's diagnostics against a baseline."""

    new: list[Diagnostic]
    baselined: list[Diagnostic]
    stale: Counter = field(default_factory=Counter)  # Key -> how many recorded findings no longer match


class Baseline:
    """The recorded findings of one baseline file."""

    def __init__(self, path: Path, counts: Counter | None = None, messages: dict[Key, str] | None = None) -> None:
        self.path = Path(path)
        self.counts: Counter = counts if counts is not None else Counter()
        self.messages = messages or {}

    @classmethod
    def load(cls, path: str | Path) -> "Baseline":
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
        except (UnicodeDecodeError, ValueError) as exc:
            raise BaselineError(f"{path}: not a newslint baseline (invalid JSON: {exc})") from None
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, list) or data.get("newslint_baseline") != FORMAT_VERSION:
            raise BaselineError(f"{path}: not a newslint baseline (version {FORMAT_VERSION}); "
                                "write one with --write-baseline")
        baseline = cls(path)
        for number, entry in enumerate(entries, 1):
            try:
                key = (entry["path"], entry["rule"], entry["fingerprint"])
                count = entry.get("count", 1)
                if not all(isinstance(part, str) for part in key) or type(count) is not int or count < 1:
                    raise TypeError
            except (TypeError, KeyError):
                raise BaselineError(f"{path}: entry {number} is malformed (expected path, rule, fingerprint, "
                                    "count)") from None
            baseline.counts[key] += count
            baseline.messages.setdefault(key, str(entry.get("message", "")))
        return baseline

    @classmethod
    def of(cls, path: str | Path, diagnostics: Iterable[Diagnostic]) -> "Baseline":
        """A baseline at ``path`` recording ``diagnostics``."""
        baseline = cls(path)
        for d in diagnostics:
            key = baseline.key(d)
            baseline.counts[key] += 1
            baseline.messages.setdefault(key, d.message)
        return baseline

    def key(self, d: Diagnostic) -> Key:
        return (self.relative(d.path), d.code, d.fingerprint or "")

    def relative(self, path: str) -> str:
        """A display path as the baseline records it: relative to the baseline's folder, ``/`` separators."""
        if path == "-" or path.startswith("<"):
            return path
        try:
            return os.path.relpath(os.path.abspath(path), os.path.abspath(self.path.parent)).replace(os.sep, "/")
        except ValueError:  # another drive (Windows)
            return Path(path).as_posix()

    def split(self, diagnostics: Sequence[Diagnostic], checked: Iterable[str]) -> Split:
        """Which diagnostics are new, which the baseline records, and its stale entries among ``checked`` paths."""
        left = Counter(self.counts)
        out = Split([], [])
        for d in diagnostics:
            key = self.key(d)
            if left[key] > 0:
                left[key] -= 1
                out.baselined.append(d)
            else:
                out.new.append(d)
        checked_paths = {self.relative(path) for path in checked}
        out.stale = Counter({key: n for key, n in left.items() if n > 0 and key[0] in checked_paths})
        return out

    def without_baselined(self, result: DocumentResult) -> DocumentResult:
        """``result`` without the findings the baseline records (what ``--fix`` must leave alone)."""
        from newslint.engine import resolve

        left = Counter(self.counts)
        keep = []
        for finding, d in zip(result.findings, resolve(result.document, result.findings)):
            key = self.key(d)
            if left[key] > 0:
                left[key] -= 1
            else:
                keep.append(finding)
        return replace(result, findings=keep)

    def describe(self, split: Split, pruned: bool) -> str | None:
        """One line on what the baseline hid and which entries no longer match (None: nothing to say)."""
        stale = sum(split.stale.values())
        if not split.baselined and not stale:
            return None
        hidden = len(split.baselined)
        note = f"{hidden} known finding{'' if hidden == 1 else 's'} hidden by the baseline {self.path}"
        if stale:
            note += f"; {stale} entr{'y' if stale == 1 else 'ies'} no longer match"
            note += " (pruned)" if pruned else " (fixed? --prune-baseline removes them)"
        return note

    def pruned(self, stale: Counter) -> "Baseline":
        """This baseline without its ``stale`` findings."""
        return Baseline(self.path, +(self.counts - stale), self.messages)

    def write(self) -> None:
        """Write the baseline (sorted, one entry per line, so that it diffs well), atomically."""
        entries = [{"path": path, "rule": rule, "fingerprint": fingerprint, "count": count,
                    "message": self.messages.get((path, rule, fingerprint), "")}
                   for (path, rule, fingerprint), count in sorted(self.counts.items()) if count > 0]
        lines = ",\n".join("    " + json.dumps(entry, ensure_ascii=False) for entry in entries)
        listed = f"[\n{lines}\n  ]" if entries else "[]"
        text = (f'{{\n  "newslint_baseline": {FORMAT_VERSION},\n  "tool": "newslint {__version__}",\n'
                f'  "entries": {listed}\n}}\n')
        temp = self.path.with_name(self.path.name + ".tmp")
        try:
            temp.write_text(text, encoding="utf-8")
            os.replace(temp, self.path)
        except OSError as exc:
            raise BaselineError(f"{self.path}: cannot write the baseline: {exc.strerror or exc}") from None

    def __len__(self) -> int:
        return sum(self.counts.values())
