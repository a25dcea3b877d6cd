"""NL107: a possessive without its apostrophe ('the councils decision'), when the article names the possessor."""

from __future__ import annotations

import bisect
import re
from typing import Container, Iterable, Iterator

from newslint import regexcache
from newslint import native
from newslint.engine import ArticleGate
from newslint.ngrams import is_verb as _is_verb
from newslint.model import Article
from newslint.rule import Finding, Fix, quote
from newslint.rules.extraction._shared import (_DETERMINERS, _Counts, _ExtractionRule, _segments,
                                               _unigram, _used_words)


# "Xs" and the word after it (a compound whole: Nexts like-for-like sales)
_POSSESSIVE = regexcache.compile(r"([A-Z](?<![\w'’.-][A-Z])[a-z]+[a-z])s[ \t]+(?=([^\W\d_]+(?:-[^\W\d_]+)*))")
_PLURAL_CUES = frozenset("the two both all three four many several other some these those".split())
# words after a plural, never after a possessive: "Saabs to the US", "Hutus were killed", "Africans like savages"
_NOT_POSSESSED = frozenset("""
to in on at of for from with by as and or but than that which who whose are were was is have has had will would
can could may might should must do did not also more less
into onto through across against about after before between among under over during without within despite since
until like out up off
""".split())
_HONORIFICS = frozenset("mr mrs ms dr".split())
# a roman numeral, which follows a product line's plural ('the Printmasters I and II'), never a possessive
_MODEL_NUMERAL = regexcache.compile(r"[IVX]+")
# web text writes the plural of a country or a person (Russias, Blairs) far less often than this
_PLURAL_RATIO = 0.005
# ... and the plural of a name that is also a word or a family (Labours, Frances, Browns) less often than this
_NAME_PLURAL_RATIO = 0.05
_WORD_BEFORE = regexcache.compile(r"([^\W\d_]+)[ \t]+\Z")


def _text_starts(article: Article) -> list[int]:
    """Where an "Xs word" whose X the article uses starts in its text: one compiled scan, shared by NL107's gate and
    its check."""
    return article.shared("extraction.possessive-starts", _scan_text_starts)


def _scan_text_starts(article: Article) -> list[int]:
    return _possessive_starts(article.text, _used_words(article))


def _may_miss_apostrophe(article: Article) -> bool:
    """NL107's gate: an "Xs word" whose X the article uses (about one article in six), or a date glued before the
    body (``_possessive_candidates`` scans each segment there)."""
    date = article.date
    return date is not None and date.glued or bool(_text_starts(article))


class MissingPossessiveApostrophe(_ExtractionRule):
    code = "NL107"
    name = "missing-possessive-apostrophe"
    summary = "A name with a possessive s but no apostrophe (Russias Lavrov)."
    bad = "Blinken urges Russias Lavrov to choose diplomacy"
    good = "Blinken urges Russia's Lavrov to choose diplomacy"
    explanation = ("Flags a capitalised word whose stem without the s is a name the article uses on its own, "
                   "when web text rarely writes that plural (Russias, Blairs), or when the article uses the "
                   "plural nowhere else and the name in the singular as a name (Labour's manifesto, Virgin "
                   "Blue said). Plurals after a plural cue (the two Koreas), before a verb (Saabs sold), of "
                   "peoples (Italians) and of longer names (Happy Mondays, Lib Dems) pass, as do names "
                   "ending in s (Texas, Wales, Lloyds).")
    trigger = ArticleGate(_may_miss_apostrophe)

    def check(self, article: Article) -> Iterable[Finding]:
        counts, apostrophe = _Counts(article), ""
        # the common case, told without counting the article's words: counts[stem] == 0 for every "Xs word"
        for offset, text, match in _possessive_candidates(article, _used_words(article), _text_starts(article)):
            stem, following = match.groups()
            word = stem + "s"
            before = text[max(0, match.start() - 12):match.start()].split()
            previous = before[-1].lower() if before else ""
            if following.lower() in _NOT_POSSESSED or previous in _PLURAL_CUES \
                    or word in self.context.accept_words or _MODEL_NUMERAL.fullmatch(following):
                continue  # first the tests that need no counting of the article's words
            if not counts.has(stem) or counts.more_than(word, 1) and counts[word] > counts[stem]:
                continue  # counted only where the plural may be used more than the name: 'Russias' twice
            if previous.rstrip(".") not in _HONORIFICS and not _plural_is_rare(word, _PLURAL_RATIO) \
                    and not _names_possessor(article, text, match, counts):  # "Mr Praters" is a person
                continue
            at = offset + match.end(1)
            # counted once per article (once per finding, it grew with the findings times the length)
            apostrophe = apostrophe or ("’" if article.text.count("’") > article.text.count("'") else "'")
            yield self.finding(offset + match.start(), at + 1,
                               f"missing apostrophe in possessive {quote(word)}: {quote(stem + apostrophe + 's')}?",
                               Fix.replace(at, at, apostrophe, safe=False, description=f"insert '{apostrophe}'"))


def _possessive_candidates(article: Article, used: Container[str],
                           starts: list[int]) -> Iterator[tuple[int, str, re.Match[str]]]:
    """(offset, text, ``_POSSESSIVE``'s match) at each segment's ``_possessive_starts``, in order: found by one scan of
    the article's text (``starts``, that scan's answer with ``used``; a call per paragraph cost more than the scans),
    each kept where it starts a match in its own segment (the match given, not made again: 35b)."""
    if article.date is not None and article.date.glued:  # the body starts right after it: no space before
        yield from ((offset, text, _POSSESSIVE.match(text, start)) for offset, text in _segments(article)
                    for start in _possessive_starts(text, used))
        return
    if not starts:
        return
    segments = list(_segments(article))
    offsets = [offset for offset, _ in segments]
    for at in starts:
        index = bisect.bisect_right(offsets, at) - 1
        if index >= 0:
            offset, text = segments[index]
            match = _POSSESSIVE.match(text, at - offset) if at - offset < len(text) else None
            if match:
                yield offset, text, match


def _python_possessive_starts(text: str, used: Container[str]) -> list[int]:
    """Where ``_POSSESSIVE`` matches in ``text`` ("Xs word") and ``used`` holds X, X's or X’s: NL107's candidates (the
    twin of the compiled ``possessive_starts``)."""
    return [match.start() for match in _POSSESSIVE.finditer(text)
            if (stem := match.group(1)) in used or f"{stem}'s" in used or f"{stem}’s" in used]


_possessive_starts = native.pick("possessive_starts", _python_possessive_starts)


def _plural_is_rare(word: str, ratio: float) -> bool:
    """True when web text writes ``word`` less than ``ratio`` times as often as the word without its s."""
    return _unigram(word) <= ratio * _unigram(word[:-1])


def _names_possessor(article: Article, text: str, match: re.Match, counts: _Counts) -> bool:
    """True when the article's other words make "Xs" the possessive of a name X.

    The plural must occur nowhere else and come before a noun, not a determiner or a verb. After
    another capitalised word, that whole name must recur as a name (Virgin Blue said, not only Lib
    Dem leader or a Golden Globe), or X be a person (Mr X, or X said when web text rarely writes
    the plural) before a lower-case word. Otherwise X must be no people (Italians), and the article
    write "X's" with its apostrophe or, before a lower-case word, web text rarely write the plural
    and the article use X as a name (Labours, Frances).
    """
    stem, following = match.groups()
    word = stem + "s"
    if counts.more_than(word, 1) or following.lower() in _DETERMINERS or _is_verb(following):
        return False
    rare_plural = _plural_is_rare(word, _NAME_PLURAL_RATIO)
    name_before = _name_before(text, match.start())
    if name_before:
        return _uses_as_name(article, f"{name_before} {stem}") or following[0].islower() and (
            _with_honorific(article, stem) or rare_plural and _before_verb(article, stem))
    if stem.endswith("an"):  # Italians, Mexicans, Europeans
        return False
    if following[0].isupper():  # Frances Snecma, not Presidents Bush and Putin
        return rare_plural and _writes_possessive(article, stem)
    return _writes_possessive(article, stem) or rare_plural and (
        _uses_as_name(article, stem) or _with_honorific(article, stem))


def _name_starts(article: Article) -> dict[str, list[int]]:
    """Where each word that may be a name starts in ``article.text``, in order: maximal runs of letters and
    digits that start with a letter other than a-z (every capitalised word among them)."""
    return _name_starts_in(article.text)


def _python_name_starts(text: str) -> dict[str, list[int]]:
    """:func:`_name_starts` of ``text`` (the twin of the compiled ``name_starts``, ten times faster: the regex
    tries its look-behind at every character)."""
    starts: dict[str, list[int]] = {}
    for match in _NAME_RUN.finditer(text):
        starts.setdefault(match.group(), []).append(match.start())
    return starts


_NAME_RUN = regexcache.compile(r"(?<![^\W_])[^\W\d_a-z][^\W_]*")
_name_starts_in = native.pick("name_starts", _python_name_starts)


def _name_matches(article: Article, name: str, before: re.Pattern, after: re.Pattern) -> Iterator[tuple[int, re.Match]]:
    """Where ``re.finditer(before + re.escape(name) + after, article.text)`` finds a match, when every match starts with
    the words of ``name`` (capitalised) as whole words and ``before`` is only look-behinds: (where it starts, the
    match of ``after`` right after ``name``), without compiling a pattern per name (compiling one cost half of NL107
    where names vary from article to article). In a long text it is tried only where the first word starts (an index
    built once per article), so that the cost does not grow with the length times the names looked up; in a
    shorter one, where ``name`` occurs (``str.find``: the look-behinds make ``re`` try every position of the text, a
    hundred times slower)."""
    text, end, size = article.text, 0, len(name)
    if len(text) < _INDEX_FROM:
        find = text.find
        start = find(name)
        while start != -1:
            tail = after.match(text, start + size) if before.match(text, start) else None
            if tail:
                end = tail.end()
                yield start, tail
            start = find(name, max(end, start + 1))
        return
    starts = article.shared("extraction.name_starts", _name_starts).get(name.split(" ", 1)[0], ())
    for start in starts:
        tail = after.match(text, start + size) if start >= end and text.startswith(name, start) \
            and before.match(text, start) else None
        if tail:
            end = tail.end()
            yield start, tail


_INDEX_FROM = 20_000  # characters: in a shorter text a few scans cost less than building the index

# before a surname: Mr, Mrs, Ms or Dr, with or without a full stop (fixed-width look-behinds)
_HONORIFIC_BEFORE = regexcache.compile("(?:" + "|".join(rf"(?<=\b{title}{stop} )" for title in ("Mr", "Mrs", "Ms", "Dr")
                                                        for stop in ("", r"\.")) + ")")
_BOUNDARY = regexcache.compile(r"\b")
_NO_LETTER_BEFORE = regexcache.compile(r"(?<![^\W_])")
_VERB_AFTER = regexcache.compile(r" ([a-z]+)\b")
_POSSESSIVE_AFTER = regexcache.compile(r"['’]s\b")
_NAME_USE_BEFORE = regexcache.compile(r"(?<![^\W_])(?<!\b[Aa] )(?<!\b[Aa]n )")
_NAME_USE_AFTER = regexcache.compile(r"(['’]s)?(?![^\W_])[ \t]*([^\W\d_]*)")


def _with_honorific(article: Article, surname: str) -> bool:
    """True when the article writes Mr, Mrs, Ms or Dr ``surname``."""
    return any(_name_matches(article, surname, _HONORIFIC_BEFORE, _BOUNDARY))


def _before_verb(article: Article, name: str) -> bool:
    """True when the article writes ``name`` before a verb (Rowling revealed)."""
    return any(_is_verb(tail.group(1)) for _, tail in _name_matches(article, name, _BOUNDARY, _VERB_AFTER))


def _writes_possessive(article: Article, name: str) -> bool:
    """True when the article writes "name's" on its own (Labour's), not ending a longer name (Christian Aid's)."""
    return any(not _name_before(article.text, start)
               for start, _ in _name_matches(article, name, _NO_LETTER_BEFORE, _POSSESSIVE_AFTER))


def _name_before(text: str, start: int) -> str:
    """The capitalised word just before ``start`` unless a function word ("Virgin" in "Virgin Blues"); else ""."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    word = match.group(1) if match else ""
    return word if word[:1].isupper() and word.lower() not in _NOT_POSSESSED else ""


def _uses_as_name(article: Article, name: str) -> bool:
    """True when the article uses ``name`` as a name: not after "a", and before "'s", a punctuation mark, a function
    word or a verb (Def Jam's, Joss Stone, Virgin Blue said), not only before a noun (Lib Dem leader)."""
    for _, match in _name_matches(article, name, _NAME_USE_BEFORE, _NAME_USE_AFTER):
        following = match.group(2)
        if match.group(1) or not following or following.islower() and (following in _NOT_POSSESSED
                                                                        or _is_verb(following)):
            return True
    return False
