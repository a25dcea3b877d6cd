"""The English word list shared by the rules that need dictionary evidence.

pyspellchecker's English frequency list plus the British spellings it lacks
(``data/en_gb_variants.tsv``, built by ``scripts/build_british_words.py``), each
with the frequency of its American form, so that both variants count as known
words. Building it takes about 0.4 s; the result is kept in the user cache folder
(:mod:`newslint.usercache`, keyed by pyspellchecker's installed list and the variants
file) and read back in a fifth of that by every later process.
"""

from __future__ import annotations

import heapq
import marshal
import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable

from newslint import hashes, usercache
from newslint.textutil import word_texts
from newslint.wordindex import IndexedTable

_VARIANTS = Path(__file__).with_name("data") / "en_gb_variants.tsv"
_SCHEMA = 2  # 2: the list packed (lexicon._packed), no longer marshal's dict


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


_on_disk = False  # see look_up_on_disk()


def look_up_on_disk() -> None:
    """For a run over a few small inputs (pre-commit's): :func:`frequencies` looks words up in an index on
    disk (:mod:`newslint.wordindex`) instead of loading the whole list, which costs more than linting them."""
    global _on_disk
    _on_disk = True


@lru_cache(maxsize=1)
def frequencies() -> dict[str, int]:
    """Lower-case word → frequency, for hot loops that look up many words at once."""
    if _on_disk:
        path = index_path()
        return _RememberingTable(path.with_suffix(".sqlite3"), _word_list)  # a Mapping
    return _word_list()


def _word_list() -> dict[str, int]:
    """The word list kept in the user cache folder, packed (:func:`_packed`: two strings of bytes, read for a fifth
    less than marshal's dict of 327 k objects); built and kept when missing or unreadable."""
    path = index_path()
    packed = usercache.read_value(path)
    try:
        return _word_table(*packed)
    except (TypeError, ValueError):  # none kept (None), or not a word list's
        pass
    table = _build()
    try:
        usercache.write_table(path, _packed(table))
    except (ValueError, OverflowError, TypeError):  # a word with a newline, a frequency beyond int64: kept nowhere
        pass
    return table


def _packed(table: dict[str, int]) -> tuple[bytes, bytes]:
    """``table`` as :func:`_word_table` reads it back: its words in UTF-8 joined by newlines, then its frequencies as
    int64 values in this machine's byte order (which names the kept file, :func:`index_path`), in the table's order."""
    from array import array  # only where the list is built

    words = "\n".join(table)
    if words.count("\n") != max(len(table) - 1, 0):  # a word holding a newline would be read back as two
        raise ValueError("a word of the list holds a newline")
    return words.encode(), array("q", table.values()).tobytes()


def _python_word_table(words: bytes, frequencies: bytes) -> dict[str, int]:
    """The word list that :func:`_packed` packed into ``words`` and ``frequencies``, in its order; ValueError when
    they are not a packed word list's (the words not as many as the frequencies, or not UTF-8)."""
    if len(frequencies) % 8:
        raise ValueError("word_table(): the frequencies are not whole int64 values")
    values = memoryview(frequencies).cast("q").tolist()
    keys = words.decode().split("\n") if values or words else []
    if len(keys) != len(values):
        raise ValueError("word_table(): the words are not as many as the frequencies")
    return dict(zip(keys, values))


def _word_table(words: bytes, frequencies: bytes) -> dict[str, int]:
    """:func:`_python_word_table`, compiled where built (the extension loaded only when the list is read): the dict
    sized for its words at once, each word made from its bytes."""
    from newslint import native

    return native.pick("word_table", _python_word_table)(words, frequencies)


_SHORT_ENOUGH = 45  # letters: a word no longer than this is never asked whether it is longer than every listed word


def longer_than_every_word(length: int) -> bool:
    """Whether a word of ``length`` letters is longer than every word of the word list: none of its one-edit
    neighbours (or of those ``k`` edits away, asked with ``length - k``) is a listed word. Lets a look-up skip the
    ``length`` strings of ``length`` letters each that a word of 100,000 letters would make (quadratic)."""
    return length > _SHORT_ENOUGH and length > _longest_word()


@lru_cache(maxsize=1)
def _longest_word() -> int:
    return max(map(len, frequencies()), default=0)


_COMMON = 4096  # words in common_words()


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The 4,096 most frequent words of :func:`frequencies`: a small set that stays in the CPU cache, where a
    look-up answers most words of a text without reaching into the large table (a cache miss or more each). Kept
    beside the list's index (sorting out the words takes 0.08 s); empty when words are looked up on disk."""
    table = frequencies()
    if not isinstance(table, dict):
        return frozenset()
    path = index_path()
    return frozenset(cached_marshal(path.with_name(f"{path.stem}-common.marshal"), lambda: dict.fromkeys(
        heapq.nlargest(_COMMON, table, key=table.__getitem__))))


class _RememberingTable(IndexedTable):
    """The indexed word list keeping each answer: the rules ask for the same words again (533 look-ups of 238
    words in a seed article), and an answer kept costs a dict look-up instead of a query."""

    def __init__(self, path: Path, load: Callable[[], dict]) -> None:
        super().__init__(path, load)
        self._answers: dict[str, object] = {}

    def get(self, key: str, default=None):
        try:
            found = self._answers[key]
        except KeyError:
            found = self._answers[key] = super().get(key, _ABSENT)
        return default if found is _ABSENT else found

    def prefetch(self, keys: set[str]) -> None:
        """Answer ``keys`` now, in a query per 500 of them."""
        missing = [key for key in keys if key not in self._answers]
        found = self.get_many(missing)
        for key in missing:
            self._answers[key] = found.get(key, _ABSENT)


_ABSENT = object()


def prefetch(text: str) -> None:
    """In a run that looks words up on disk (:func:`look_up_on_disk`): fetch the words of ``text`` in a few
    queries, so that the rules' look-ups of them are answered from memory."""
    if _on_disk:
        table = frequencies()
        if isinstance(table, _RememberingTable):
            table.prefetch({word.lower() for word in word_texts(text)})


def cached_marshal(path: Path, build: Callable[[], dict]) -> dict:
    """The dict kept at ``path`` in the user cache folder; built and written there when missing or unreadable."""
    table = usercache.read_table(path)
    if not table:
        table = build()
        usercache.write_table(path, table)
    return table

def frequency(word: str) -> int:
    """How common ``word`` (lower-cased) is in the English list; 0 when unknown."""
    return frequencies().get(word.lower(), 0)


def is_known(word: str) -> bool:
    """True when ``word`` is in the English word list (case-insensitive): ``frequency(word) > 0``, without that call
    (the extraction rules ask it of thousands of words in a run, through ``RuleContext.knows``)."""
    return frequencies().get(word.lower(), 0) > 0


def _build() -> dict[str, int]:
    from spellchecker import SpellChecker

    checker = SpellChecker(language="en")
    known = checker.word_frequency.dictionary
    checker.word_frequency.load_json({gb: max(known.get(us, 0), 1) for gb, us in british_variants().items()})
    return dict(checker.word_frequency.dictionary)


def index_path() -> Path:
    """Where the indexed word list of the installed pyspellchecker lives."""
    named = f"{_installed_list()}:{_SCHEMA}:{marshal.version}:{sys.byteorder}:"  # byte order: the frequencies'
    key = hashes.blake2b(named.encode() + _VARIANTS.read_bytes(), digest_size=8).hexdigest()  # 4x sha256's speed
    return usercache.root() / "lexicon" / f"en-{key}.marshal"


def _installed_list() -> str:
    """pyspellchecker's English list as installed: its file, size and modification time."""
    return usercache.installed_files("spellchecker", ("resources/en.json.gz",))
