"""Correction candidates by symmetric deletion (SymSpell's method), weighted for OCR confusions.

Every word of the English list at least ``_MIN_FREQUENCY`` frequent is indexed under itself and each
string one deletion away; a query looks up itself and its own one-deletion strings, which finds
every word one edit away (insert, delete, substitute) without scanning the list. OCR's
multi-character confusions (``rn`` for ``m``, ``li`` for ``h``) are undone before the lookup, so
``cornpany`` still reaches ``company``. Candidates are ranked by an edit cost in which OCR's usual
confusions (c/e, i/l, 1/l, 0/o, 5/s, long s as f…) cost less than other edits. The index is
built once (under a second) and kept in the user cache folder like :mod:`newslint.lexicon`.
"""

from __future__ import annotations

import hashlib
import marshal
import math
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Callable

from newslint import lexicon, native
from newslint.wordindex import IndexedTable

_MIN_FREQUENCY = 100
_SCHEMA = 1
# Multi-character misreadings: what OCR printed → what was meant.
MULTI = (("rn", "m"), ("li", "h"), ("ii", "u"), ("ii", "n"), ("cl", "d"), ("vv", "w"), ("in", "m"), ("m", "rn"),
         ("tl", "d"), ("lt", "h"), ("ri", "n"), ("iu", "m"), ("ni", "m"), ("h", "li"), ("fi", "ñ"))
# Single-character misreadings (both directions are equally cheap).
_PAIRS = "ce ci eo ao il lt 1l 1i li 0o 5s 8b fs ft hb nu ur nr tf bl ae ij yv yj 6b 3e jy ir rt ln"
CHEAP = frozenset((a, b) for a, b in _PAIRS.split()) | frozenset((b, a) for a, b in _PAIRS.split())
_CHEAP_COST = 0.4
_MULTI_COST = 0.5


@lru_cache(maxsize=1)
def index() -> dict[str, str]:
    """Deletion string → the space-separated words it comes from (themselves included)."""
    return cached_table("symspell", _build)


# Loading the index (336,000 entries, 0.2 s) costs about as much as looking up 3,000 words' deletion strings on
# disk: a process looks its first words up there (a query per word), and loads the whole index after that many.
WHOLE_AFTER = 3000
_asked = 0  # words this process has looked up on disk


@lru_cache(maxsize=1)
def _on_disk() -> IndexedTable:
    return IndexedTable(_index_path("symspell").with_suffix(".sqlite3"), index)


def _entries(words) -> Mapping[str, str]:
    """The index's entries for ``words`` and their one-deletion strings (and maybe others): from disk, in one
    query, for a process's first words, then the whole index."""
    global _asked
    if _asked < WHOLE_AFTER and not index.cache_info().currsize:
        _asked += 1
        return _on_disk().get_many(list(set().union(*map(_deletions, words))))
    return index()


def cached_table(name: str, build: Callable[[], dict]) -> dict:
    """A dict built from the word list once and kept in the user cache folder beside the word list's index."""
    return lexicon.cached_marshal(_index_path(name), build)


def _build(least: int = _MIN_FREQUENCY) -> dict[str, str]:
    table: dict[str, str] = {}
    for word, count in lexicon.frequencies().items():
        if count < least or not word.isalpha():
            continue
        for key in {word[:i] + word[i + 1:] for i in range(len(word))} | {word}:
            known = table.get(key)
            table[key] = word if known is None else f"{known} {word}"
    return table


def _index_path(name: str) -> Path:
    digest = hashlib.sha256(f"{_SCHEMA}:{_MIN_FREQUENCY}:{marshal.version}".encode()).hexdigest()[:12]
    words = _word_list_path()
    return words.with_name(f"{name}-{words.stem}-{digest}.marshal")


@lru_cache(maxsize=1)
def _word_list_path() -> Path:
    """The word list's index path (its key reads package metadata and hashes a file: milliseconds a call)."""
    return lexicon.index_path()


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))} | {word}


def _near(word: str, table: Mapping[str, str]) -> set[str]:
    found: set[str] = set()
    for key in _deletions(word):
        words = table.get(key)
        if words:
            found.update(words.split(" "))
    return found


@lru_cache(maxsize=65536)
def candidates(word: str) -> tuple[tuple[float, str], ...]:
    """Known words near lower-case ``word`` as ``(cost, word)``, cheapest first (cost < 2)."""
    if lexicon.longer_than_every_word(len(word) - 2):
        return ()  # a candidate is two letters longer or shorter at most (a multi-letter misreading, an edit)
    variants = _variants(word)
    return _candidates_in(word, variants, _entries(variants))  # every variant's entries at once


def _variants(word: str) -> dict[str, float]:
    """``word`` (cost 0) and what it reads as with one of OCR's multi-letter misreadings undone (0.5 each)."""
    variants = {word: 0.0}
    for bad, good in MULTI:
        at = word.find(bad)
        while at != -1:
            variants.setdefault(word[:at] + good + word[at + len(bad):], _MULTI_COST)
            at = word.find(bad, at + 1)
    return variants


def _candidates_in(word: str, variants: dict[str, float], table: Mapping[str, str]) -> tuple[tuple[float, str], ...]:
    """:func:`candidates` of ``word`` among the words of ``table`` (the index, or a part of it that holds every
    entry for the deletion strings of ``variants``)."""
    best: dict[str, float] = {}
    for variant, base in variants.items():
        size = len(variant)
        for near in _near(variant, table):
            if len(near) == size:
                cost = base + _aligned_cost(variant, near)
            elif abs(len(near) - size) == 1:
                cost = base + 1.0  # one letter more or fewer: the index holds no other word of those lengths
            else:
                continue
            if cost < best.get(near, 2.0):
                best[near] = cost
    return tuple(sorted((cost, near) for near, cost in best.items() if near != word))


_PARTNERS: dict[str, str] = {}
for _a, _b in CHEAP:
    _PARTNERS[_a] = _PARTNERS.get(_a, "") + _b


def _python_confusions(word: str, partners: dict[str, str], multi: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The strings one OCR confusion from ``word``: each letter swapped for each of its ``partners``, each ``bad`` of
    ``multi`` read as its ``good``."""
    out = {word[:i] + other + word[i + 1:] for i, char in enumerate(word) for other in partners.get(char, "")}
    for bad, good in multi:
        at = word.find(bad)
        while at != -1:
            out.add(word[:at] + good + word[at + len(bad):])
            at = word.find(bad, at + 1)
    out.discard(word)
    return frozenset(out)


_confusions = native.pick("ocr_confusions", _python_confusions)


@lru_cache(maxsize=65536)
def confusions(word: str) -> frozenset[str]:
    """The strings one OCR confusion from ``word``: a cheap letter swap (c/e, i/l…) or a multi-letter one (rn/m); none
    for a word too long for any of them to be listed (the callers ask which are listed)."""
    if lexicon.longer_than_every_word(len(word) - 1):
        return frozenset()  # a confusion adds or drops one letter at most
    return _confusions(word, _PARTNERS, MULTI)


def confusion_candidates(word: str) -> list[tuple[float, str]]:
    """The :func:`candidates` of lower-case ``word`` that cost 0.5 or less, in their order: the indexed words one
    cheap letter swap (0.4, same length) or one multi-letter misreading (0.5, one letter longer or shorter) from it,
    whatever else is near it."""
    frequencies = lexicon.frequencies()
    return sorted((_CHEAP_COST if len(near) == len(word) else _MULTI_COST, near)
                  for near in frequencies.keys() & confusions(word)  # the listed ones first, in one step
                  if frequencies[near] >= _MIN_FREQUENCY and near.isalpha())


# The cheapest candidates costing more than one confusion: of the word's length, two cheap swaps (0.8); one letter
# longer or shorter, a multi-letter misreading and a cheap swap (0.9).
_DEARER = 2 * _CHEAP_COST
_DEARER_RESIZED = _MULTI_COST + _CHEAP_COST


@lru_cache(maxsize=65536)
def confident_best(word: str, confident: float = _MULTI_COST) -> tuple[float, str] | None:
    """:func:`best` of lower-case ``word`` where it costs ``confident`` (at most 0.5) or less, else None; decided by
    :func:`confusion_candidates` alone (no index look-up) where no dearer candidate (``best`` weighs those up to 1.1,
    of a length one letter from ``word``'s at most) could be frequent enough to win ``best``'s choice."""
    near = confusion_candidates(word)
    if not near:
        return None
    top = min(near, key=_weighted)
    most, size = _most_frequent().get, len(word)
    if min(_DEARER - _bonus(most(size, 0)),
           _DEARER_RESIZED - _bonus(max(most(size - 1, 0), most(size + 1, 0)))) <= _weighted(top) + 1e-9:
        top = _best_with_frequent(word, near)  # a dearer, more frequent word might win: ask for the frequent ones
    return top if top[0] <= confident else None


# best() weighs a dearer candidate (0.8 or more) against the cheapest ones (0.5 or less, of an indexed word: at least
# _MIN_FREQUENCY) by cost less a frequency bonus; one less frequent than this can never win (its weight is at least
# 0.8 - 0.6 = 0.2, theirs at most 0.5 - 0.3 = 0.199), so the words this frequent are the only ones to look up.
_FREQUENT = 10_000  # tests/test_ocr_fast_paths.py checks that bound


@lru_cache(maxsize=1)
def _frequent_index() -> dict[str, str]:
    """The part of :func:`index` for the words at least ``_FREQUENT`` frequent (5,000 words), kept like the index."""
    return cached_table(f"symspell-frequent-{_FREQUENT}", lambda: _build(_FREQUENT))


def _best_with_frequent(word: str, cheapest: list[tuple[float, str]]) -> tuple[float, str]:
    """:func:`best` of ``word`` given its :func:`confusion_candidates` (``cheapest``, not empty): those, and the
    dearer candidates from the frequent words' index (any other dearer one would lose to the cheapest)."""
    variants = _variants(word)
    low = cheapest[0][0]
    dearer = [(cost, near) for cost, near in _candidates_in(word, variants, _frequent_index())
              if _MULTI_COST < cost <= low + 0.6]
    return min((*cheapest, *dearer), key=_weighted)


def _weighted(pair: tuple[float, str]) -> float:
    """What :func:`best` minimises: the cost, less a bonus for a frequent word."""
    return pair[0] - _bonus(lexicon.frequency(pair[1]))


def _bonus(frequency: int) -> float:
    return 0.15 * math.log10(frequency + 1)


@lru_cache(maxsize=1)
def _most_frequent() -> dict[int, int]:
    """Length → the frequency of the commonest indexed word of that length."""
    def build() -> dict[int, int]:
        most: dict[int, int] = {}
        for word, count in lexicon.frequencies().items():
            if count >= _MIN_FREQUENCY and word.isalpha() and count > most.get(len(word), 0):
                most[len(word)] = count
        return most
    return cached_table("most-frequent", build)


def _substitution(x: str, y: str) -> float:
    return _CHEAP_COST if (x, y) in CHEAP else 1.0


def _substituted(a: str, b: str, diffs: list[int]) -> float:
    """The edit cost of two words of one length that differ at two places (``diffs``) or fewer."""
    if len(diffs) <= 1:
        return sum(_substitution(a[i], b[i]) for i in diffs)
    i, j = diffs
    if j == i + 1 and a[i] == b[j] and a[j] == b[i]:
        return 1.0
    return _substitution(a[i], b[i]) + _substitution(a[j], b[j])


def edit_cost(a: str, b: str) -> float:
    """Damerau–Levenshtein distance in which OCR's usual single-letter confusions are cheap."""
    if len(a) == len(b):
        cost = _aligned_cost(a, b)
        if cost < 2.0:
            return cost  # the programme's answer (see _aligned_cost)
    elif abs(len(a) - len(b)) == 1:
        short, long = (a, b) if len(a) < len(b) else (b, a)
        i = 0
        while i < len(short) and short[i] == long[i]:
            i += 1
        if short[i:] == long[i + 1:]:
            return 1.0
    return _full_edit_cost(a, b)


def edit_cost_within(a: str, b: str, limit: float) -> float:
    """:func:`edit_cost` where it is ``limit`` (at most 2) or less, and some cost above ``limit`` where it is not,
    without the full programme for two words of one length whose letter-for-letter alignment costs 2 or more: any
    other alignment deletes a letter and inserts one (2 already), so theirs is 2 exactly when deleting a letter from
    each leaves one string, and more than 2 otherwise."""
    if len(a) == len(b):
        cost = _aligned_cost(a, b)
        if cost <= limit or limit < 2.0:
            return cost  # exact below 2, and 2 or more otherwise (see _aligned_cost)
        return 2.0 if not _deletions(a).isdisjoint(_deletions(b)) else cost
    if abs(len(a) - len(b)) > limit:
        return abs(len(a) - len(b))  # each letter more or fewer costs 1
    return edit_cost(a, b)


_SUBSTITUTION = dict.fromkeys(CHEAP, _CHEAP_COST)  # what _substitution answers, as one look-up


def _aligned_cost(a: str, b: str) -> float:
    """:func:`edit_cost` of two words of one length where it is under 2, and some cost of at least 2 where it is
    not (all :func:`candidates` needs): an alignment that inserts a letter deletes one too (2 already), so below 2
    only the letter-for-letter alignment counts, with substitutions and transpositions, and the dynamic programme's
    diagonal gives it, in the same additions (the same float). Exact too for words that differ in two letters or
    fewer."""
    diffs = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diffs) <= 2:
        return _substituted(a, b, diffs)
    substitution = _SUBSTITUTION.get
    two_back, one_back = 0, 0  # the diagonal of the programme two letters and one letter back
    for i, (x, y) in enumerate(zip(a, b)):
        cost = one_back if x == y else one_back + substitution((x, y), 1.0)
        if i and x == b[i - 1] and a[i - 1] == y and two_back + 1 < cost:
            cost = two_back + 1
        two_back, one_back = one_back, cost
    return float(one_back)


def _full_edit_cost(a: str, b: str) -> float:
    """The dynamic programme (optimal string alignment), one row per letter of ``a``; the hottest loop of
    :func:`candidates`, so written with comparisons rather than calls."""
    previous = list(range(len(b) + 1))
    before: list[float] = []
    substitution = _SUBSTITUTION.get
    for i, x in enumerate(a, 1):
        current: list[float] = [i]
        left = i
        for j, y in enumerate(b, 1):
            cost = previous[j - 1] if x == y else previous[j - 1] + substitution((x, y), 1.0)
            if previous[j] + 1 < cost:
                cost = previous[j] + 1
            if left + 1 < cost:
                cost = left + 1
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y and before[j - 2] + 1 < cost:
                cost = before[j - 2] + 1
            current.append(cost)
            left = cost
        before, previous = previous, current
    return float(previous[-1])


def best(word: str) -> tuple[float, str] | None:
    """The cheapest candidate, ties broken by frequency; None when there is none."""
    found = candidates(word.lower())
    if not found:
        return None
    low = found[0][0]
    return min(((cost, near) for cost, near in found if cost <= low + 0.6), key=_weighted)
