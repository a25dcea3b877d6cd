"""The English word list shared by the rules that need dictionary evidence.

Loaded lazily once per process: pyspellchecker's English frequency list plus
the British spellings it lacks (``data/en_gb_variants.tsv``, built by
``scripts/build_british_words.py``), each with the frequency of its American
form, so that both variants count as known words.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_VARIANTS = Path(__file__).with_name("data") / "en_gb_variants.tsv"


@lru_cache(maxsize=1)
def british_variants() -> dict[str, str]:
    """British form → American form, for the British forms pyspellchecker lacks."""
    pairs = {}
    with _VARIANTS.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                gb, us = line.rstrip("\n").split("\t")
                pairs[gb] = us
    return pairs


@lru_cache(maxsize=1)
def spellchecker():
    """The shared pyspellchecker instance, with the British forms added."""
    from spellchecker import SpellChecker

    checker = SpellChecker(language="en")
    known = checker.word_frequency.dictionary
    checker.word_frequency.load_json({gb: max(known.get(us, 0), 1) for gb, us in british_variants().items()})
    return checker


def _frequencies() -> dict[str, int]:
    return spellchecker().word_frequency.dictionary


def frequency(word: str) -> int:
    """How common ``word`` (lower-cased) is in the English list; 0 when unknown."""
    return _frequencies().get(word.lower(), 0)


def is_known(word: str) -> bool:
    """True when ``word`` is in the English word list (case-insensitive)."""
    return frequency(word) > 0
