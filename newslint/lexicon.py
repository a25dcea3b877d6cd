"""The English word list shared by the rules that need dictionary evidence.

Loaded lazily once per process from pyspellchecker's English frequency list.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    from spellchecker import SpellChecker

    return dict(SpellChecker(language="en").word_frequency.dictionary)


def frequency(word: str) -> int:
    """How common ``word`` (lower-cased) is in the English list; 0 when unknown."""
    return _frequencies().get(word.lower(), 0)


def is_known(word: str) -> bool:
    """True when ``word`` is in the English word list (case-insensitive)."""
    return frequency(word) > 0
