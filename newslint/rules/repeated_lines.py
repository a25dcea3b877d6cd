"""NL530: a line or sentence that recurs verbatim in many documents of one run is page furniture.

A corpus rule that streams: the first pass (:meth:`RepeatedLine.observe`) keeps, for every
line (a short paragraph) and every sentence of a longer one, an 8-byte hash with the
number of documents it occurs in and the first two of them; the second pass
(:meth:`RepeatedLine.report`) reports the units whose count reached ``min-documents``.
No text is kept. When the table grows past ``max-entries``, the hashes seen in a single
document so far are dropped (lossy counting), so memory stays bounded on any corpus;
a line must then recur at least once after the pruning to be counted again.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from newslint import hashes
from newslint.model import Article
from newslint.rule import CorpusRule, Finding, Option, Severity, quote

_LINE = 300        # a paragraph up to this long is one unit; a longer one is split into sentences
_MIN_CHARS = 12    # shorter units ('Share', 'Home') are left to NL311


def _digest(text: str) -> int:
    return int.from_bytes(hashes.blake2b(" ".join(text.split()).encode(), digest_size=8).digest(), "big")


def _units(article: Article) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of every line and of every sentence of a long paragraph."""
    long = set()
    for paragraph in article.paragraphs:
        if len(paragraph.text) <= _LINE:
            if len(paragraph.text) >= _MIN_CHARS:
                yield paragraph.start, paragraph.end, paragraph.text
        else:
            long.add(paragraph.index)
    if long:
        for sentence in article.sentences:
            if sentence.paragraph in long and len(sentence.text) >= _MIN_CHARS:
                yield sentence.start, sentence.end, sentence.text


class RepeatedLine(CorpusRule):
    code = "NL530"
    name = "repeated-line"
    severity = Severity.WARNING
    summary = "A line or sentence that recurs verbatim in many documents of the run (site furniture)."
    bad = "'Follow us on Twitter and Facebook for the latest news.' at the end of 40 of 50 articles"
    good = "a sentence that appears in one article only"
    explanation = ("Run with --cluster (or --extend-select NL530) over a folder or JSONL corpus. One streaming "
                   "pass counts, by hash, the documents each line (or sentence of a long paragraph) occurs in; a "
                   "second pass reports those found in at least min-documents documents, with the count and two "
                   "of the documents. Memory: a hash and three integers per distinct line, bounded by "
                   "max-entries. Off by default: it needs the whole corpus, and a quotation that many articles "
                   "share is news, not furniture (raise min-documents for wire corpora).")
    options = {
        "min-documents": Option(int, 5, "report a unit found in at least this many documents"),
        "max-entries": Option(int, 2_000_000, "most distinct hashes kept before singletons are pruned"),
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._seen: dict[int, list[int]] = {}   # hash → [documents, first document, second document]
        self._names: list[str] = []

    def observe(self, article: Article) -> None:
        """First pass: count the documents each unit of ``article`` occurs in."""
        index = len(self._names)
        self._names.append(article.path)
        for digest in {_digest(text) for _, _, text in _units(article)}:
            entry = self._seen.get(digest)
            if entry is None:
                self._seen[digest] = [1, index, -1]
            else:
                entry[0] += 1
                if entry[2] < 0:
                    entry[2] = index
        if len(self._seen) > self.config["max-entries"]:
            self._seen = {k: v for k, v in self._seen.items() if v[0] > 1}

    def report(self, article: Article) -> Iterable[Finding]:
        """Second pass: the units of ``article`` found in at least min-documents documents."""
        least = self.config["min-documents"]
        reported = set()
        for start, end, text in _units(article):
            digest = _digest(text)
            entry = self._seen.get(digest)
            if entry is None or entry[0] < least or digest in reported:
                continue
            reported.add(digest)
            others = [self._names[i] for i in entry[1:] if i >= 0 and self._names[i] != article.path][:2]
            more = entry[0] - 1 - len(others)
            where = f" (also in {', '.join(others)}{f' and {more} more' if more > 0 else ''})" if others else ""
            yield self.finding(start, end, f"repeated in {entry[0]} documents{where}: {quote(text)}")

    def check_corpus(self, articles: Sequence[Article]) -> Iterable[tuple[Article, Finding]]:
        for article in articles:
            self.observe(article)
        for article in articles:
            for finding in self.report(article):
                yield article, finding


RULES = (RepeatedLine,)
