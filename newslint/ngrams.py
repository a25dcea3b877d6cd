"""Web n-gram counts (wordsegment's unigram and bigram lists) for splitting run-together words.

The lists hold 590,000 entries; building a dict of them costs about half a second
in every process. Instead they are written once into an SQLite index in the user
cache folder (:mod:`newslint.usercache`, keyed by wordsegment's version) and
looked up per word (:class:`newslint.wordindex.IndexedTable`), which costs
microseconds and no start-up time. The index is built atomically by whichever
process needs it first (a few seconds, once). Where no index can be written
(a read-only home), the lists are loaded into memory instead: slower to start,
same answers.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

from newslint import hashes, usercache
from newslint.wordindex import IndexedTable

_SCHEMA = 2
_LISTS = ("unigrams.txt", "bigrams.txt")


def count(key: str) -> float:
    """Web count of a lower-case word or of a two-word phrase ("new york"); 0 when unlisted."""
    return _table().get(key, 0.0)


@lru_cache(maxsize=4096)
def is_verb(word: str) -> bool:
    """True when web text has ``word`` after "they" or "who" more than after "the" (say, took), or it is a past form
    never after "the" (welcomed)."""
    if not word.isalpha():
        return False
    lower = word.lower()
    after_the = count("the " + lower)
    return count("they " + lower) + count("who " + lower) > after_the or not after_the and word.endswith("ed")


def counts(keys: Iterable[str]) -> dict[str, float]:
    """:func:`count` of many keys at once (a few queries in all); unlisted keys are left out."""
    return _table().get_many(list(dict.fromkeys(keys)))


def words_starting(head: str) -> int:
    """How many words the web writes solid after ``head`` (lower-case letters): listed words ``head`` + a letter …
    ('news' 242, 'sports' 84, 'profits' 0): how readily ``head`` starts a compound."""
    return _table().count_between(head + "a", head + "{")


def index_path() -> Path:
    """Where the index of the installed wordsegment lists lives (named by their files: importing wordsegment to ask
    its version costs a one-file run a millisecond)."""
    key = hashes.blake2b(usercache.installed_files("wordsegment", _LISTS).encode(), digest_size=8).hexdigest()
    return usercache.root() / "ngrams" / f"wordsegment-{key}-v{_SCHEMA}.sqlite3"


@lru_cache(maxsize=1)
def _table() -> IndexedTable:
    return IndexedTable(index_path(), lambda: dict(_entries()))


def _entries() -> list[tuple[str, float]]:
    """(key, count) of both lists, read from wordsegment's data files."""
    import wordsegment

    folder = Path(wordsegment.__file__).parent
    entries = []
    for name in _LISTS:
        fields = (folder / name).read_text(encoding="utf-8").replace("\t", "\n").split("\n")
        entries += zip(fields[0::2], map(float, fields[1::2]))
    return entries
