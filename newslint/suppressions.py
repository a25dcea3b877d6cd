"""Suppressing findings without touching the text: per-rule allowlists and per-record ignores.

* ``[tool.newslint.rule-options.<rule>] allow = ["NewsNow", "re:^Mc[A-Z]"]``: a
  finding of that rule whose matched text equals a plain entry, or in which an
  ``re:`` entry (an RE2 pattern, linear time) finds a match, is dropped. The
  engine applies it to every rule alike; no rule sees the ``allow`` option.
* A JSON Lines record's ``newslint_ignore`` field (name set by ``[jsonl] ignore``):
  a list of rule codes, prefixes (``NL1``) or names whose findings are dropped
  for that record.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import re2

ALLOW_OPTION = "allow"
_REGEX_PREFIX = "re:"


class Allowlist:
    """The matched texts one rule must not report."""

    def __init__(self, entries: Sequence[str], where: str) -> None:
        if isinstance(entries, str) or not all(isinstance(e, str) for e in entries):
            raise ValueError(f"{where}: expected a list of strings")
        self.entries = tuple(entries)
        self._exact = frozenset(e for e in entries if not e.startswith(_REGEX_PREFIX))
        patterns = [e[len(_REGEX_PREFIX):] for e in entries if e.startswith(_REGEX_PREFIX)]
        self._patterns = []
        for pattern in patterns:
            try:
                self._patterns.append(re2.compile(pattern))
            except re2.error as exc:
                raise ValueError(f"{where}: bad pattern {pattern!r}: {exc}") from None

    def allows(self, matched: str) -> bool:
        return matched in self._exact or any(p.search(matched) for p in self._patterns)


def split_allow(options: dict, where: str) -> tuple[dict, Allowlist | None]:
    """A rule's options without ``allow``, and its allowlist (None when it has none)."""
    if ALLOW_OPTION not in options:
        return options, None
    rest = {key: value for key, value in options.items() if key != ALLOW_OPTION}
    return rest, Allowlist(options[ALLOW_OPTION], f"{where}.{ALLOW_OPTION}")


def ignored_by_record(code: str, name: str, selectors: Iterable[str]) -> bool:
    """Whether a record's ignore list (codes, code prefixes, names) covers the rule ``code``/``name``."""
    return any(s and (code.startswith(s) or s == name) for s in selectors)
