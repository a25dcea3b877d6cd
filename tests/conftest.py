"""Shared test helpers."""

from __future__ import annotations

import pytest

from newslint.api import lint_text, make_linter


@pytest.fixture(scope="session")
def lint():
    """``lint(text, select=[...])`` → diagnostics of the selected rules (linters are cached per selection)."""
    cache = {}

    def run(text: str, select=None, **kwargs):
        key = (tuple(select) if select else None, tuple(sorted((k, repr(v)) for k, v in kwargs.items() if k in ("options", "language"))))
        if key not in cache:
            cache[key] = make_linter(select=select, **{k: v for k, v in kwargs.items() if k in ("options", "language")})
        return lint_text(text, linter=cache[key], **{k: v for k, v in kwargs.items() if k not in ("options", "language")})

    return run
