"""NL7xx: OCR and transcription misspellings (non-words), with British forms accepted.

Precision comes from what is *not* checked: capitalised words inside a sentence
(names), acronyms, words with inner capitals, numbers, abbreviations (``U.S.``)
and web addresses. A capitalised word at the start of a sentence is checked only
when the article never writes it capitalised mid-sentence (which would make it a
name). Coinages (prefix or common word + known word) are words, and a non-word
is reported only with a confident correction.

The rules keep no memory across articles: results depend only on the article
and the configuration, never on which files ran before it (file order and
parallel workers cannot change them). Both en-US and en-GB spellings are words.
User vocabulary: ``accept_words`` are never flagged, ``reject_words`` always are
(whole tokens, exact or lower-case).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import filterfalse, starmap
from typing import Collection, Iterable, Iterator, NamedTuple

from newslint import lexicon, wordspans
from newslint.engine import ArticleGate
from newslint.model import Article
from newslint.rule import Finding, Fix, Rule, Severity, quote
from newslint.textutil import WORD

_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # a hyphen-free, digit-free word part
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$", re.IGNORECASE)
_DIGIT_CONFUSABLE = re.compile(r"[^\W_]*[01][^\W_]*")
# beside these a token is a piece of something longer: an address's ("@/\\#_=&%:"), or a syllable of a word the page
# set with soft hyphens ('Gov\xadern\xadment': 'ern' is no OCR confusion; NL404 reports the hyphens)
_PIECE_NEIGHBOURS = frozenset("@/\\#_=&%:\xad")
_LONGEST_WORD = 30  # longer tokens are not words to spell-check (and their edit sets explode)
_COMMON = 1000  # a fix target must be at least this frequent in the word list
_VERY_COMMON = 100_000  # ... and this frequent for a short word (the, and, with)
_OCR_PAIRS = (("rn", "m"), ("1", "l"), ("0", "o"))
_OCR_SUSPECT = re.compile("|".join(bad for bad, _ in _OCR_PAIRS))
# Letters OCR confuses; a short word (under 5 letters) is reported only when its correction
# is one of these substitutions away ("tbe" → "the"), as short non-words are mostly
# slang, foreign words or abbreviations ("btw", "von", "hoc").
_OCR_LETTERS = frozenset({("b", "h"), ("h", "b"), ("l", "i"), ("i", "l"), ("c", "e"), ("e", "c"), ("c", "o"),
                          ("o", "c"), ("n", "u"), ("u", "n"), ("f", "t"), ("t", "f"), ("l", "t"), ("t", "l")})
_INFLECTIONS = ("s", "es", "er", "ers")
# Productive prefixes of new coinages ("delist", "rebrand", "superjumbo", "eurozone").
_PREFIXES = tuple(sorted("""re de un pre post non over under super sub multi anti co mis inter out mega micro
euro cyber tele mini bio eco dis counter semi""".split(), key=len, reverse=True))


class Word(NamedTuple):
    """A checkable word: its span, text, and whether it starts a sentence."""

    start: int
    end: int
    text: str
    initial: bool


def _lower_key(word: str) -> str:
    return _POSSESSIVE.sub("", word.replace("’", "'")).lower()


def _in(word: str, vocabulary: frozenset[str]) -> bool:
    return word in vocabulary or word.lower() in vocabulary or word.replace("’", "'") in vocabulary


_LETTERS = "abcdefghijklmnopqrstuvwxyz'"


def _edits1(word: str) -> set[str]:
    """Strings one deletion, transposition, replacement or insertion away from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS})


@lru_cache(maxsize=4096)
def correction(word: str) -> str | None:
    """The confident correction one edit away: a common word far more frequent than any other candidate."""
    table = lexicon.frequencies()
    ranked = sorted((table[w], w) for w in filter(table.__contains__, _edits1(word.lower())) if table[w] > 0)
    if not ranked or ranked[-1][0] < _COMMON or (len(ranked) > 1 and ranked[-1][0] < 20 * ranked[-2][0]):
        return None
    return ranked[-1][1]


@lru_cache(maxsize=65536)
def is_compound(word: str) -> bool:
    """True for a coinage made of a prefix or a common word and a known word: carmaker, delist, webcam."""
    word = word.lower()
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3 and lexicon.is_known(word[len(prefix):]):
            return True
    return any(lexicon.frequency(word[:i]) >= _COMMON and lexicon.frequency(word[i:]) >= _COMMON
               for i in range(3, len(word) - 2))


def letter_confusion(word: str) -> str | None:
    """The most common word one OCR letter confusion away from ``word`` (tbe → the), if common."""
    found = {word[:i] + good + word[i + 1:] for i, c in enumerate(word) for bad, good in _OCR_LETTERS if c == bad}
    best = max(found, key=lexicon.frequency, default=None)
    return best if best and lexicon.frequency(best) >= _VERY_COMMON else None


def is_inflection(word: str) -> bool:
    """True for an inflection of a known word that the list lacks: olds, hirings, sentencers."""
    return any(word.endswith(end) and lexicon.is_known(word[: -len(end)]) for end in _INFLECTIONS)


@lru_cache(maxsize=65536)
def ocr_reading(word: str) -> str | None:
    """The common word that ``word`` becomes when its OCR confusions (rn→m, 1→l, 0→o) are undone."""
    if lexicon.is_known(word) or not any(bad in word for bad, _ in _OCR_PAIRS):
        return None
    readings = set()
    # (one confusion undone shortens a word by a letter at most: of a word longer than every listed one, only the
    # readings with every confusion undone are made, not one string per place, quadratic in a word of 100 KB)
    one_by_one = not lexicon.longer_than_every_word(len(word) - 1)
    for bad, good in _OCR_PAIRS:
        readings.add(word.replace(bad, good))
        start = word.find(bad) if one_by_one else -1
        while start != -1:
            readings.add(word[:start] + good + word[start + len(bad):])
            start = word.find(bad, start + 1)
    readings.add(word.replace("rn", "m").replace("1", "l").replace("0", "o"))
    best = max((r for r in readings if r.isalpha() and r != word), key=lexicon.frequency, default=None)
    return best if best and lexicon.frequency(best) >= _COMMON else None


@lru_cache(maxsize=65536)
def _unknown_with_ocr_reading(word: str) -> bool:
    """Whether ``word`` (an OCR suspect) is in no word list and reads as a common word, whole or a word part of it,
    once its OCR confusions are undone (NL701's first test: an article's suspects are mostly words other articles of
    the process had, 'government', 'turn', each judged once)."""
    return not lexicon.is_known(word) and bool(ocr_reading(word) or any(map(ocr_reading, _PART.findall(word))))


class _Span(NamedTuple):
    start: int
    end: int
    text: str


class _SpellingRule(Rule):
    """Shared word selection for the NL7xx rules."""

    initial_words = True  # check capitalised words that start a sentence

    def words(self, article: Article, only: Collection[str] | None = None) -> Iterator[Word]:
        """Words worth a dictionary look-up, with names, acronyms, numbers and addresses left out.

        ``only`` limits the look to tokens with these texts.
        """
        text = article.text
        initials = {s.start + m.start() for s in article.sentences if (m := WORD.search(s.text))}
        if only is None:
            tokens = article.tokens
        else:  # found by their text (locating a long page's every token would cost more than the question)
            tokens = list(starmap(_Span, wordspans.tokens_among(article, set(only))))
        for token in tokens:
            if "." in token.text or _piece_of_longer(text, token.start, token.end):
                continue
            initial = token.start in initials
            if any(c.isdigit() for c in token.text):
                if _DIGIT_CONFUSABLE.fullmatch(token.text) and sum(c.isalpha() for c in token.text) >= 3 \
                        and sum(c.isdigit() for c in token.text) <= 2:
                    yield Word(token.start, token.end, token.text, initial)
                continue
            hyphenated = "-" in token.text
            if hyphenated and lexicon.is_known(token.text.replace("-", "")):
                continue  # pre-emption
            for part in _PART.finditer(token.text):
                if hyphenated and len(part.group()) < 5:
                    continue  # sci-fi, multi-million: prefixes and clipped forms
                yield Word(token.start + part.start(), token.start + part.end(), part.group(), initial and part.start() == 0)

    def is_name(self, article: Article, key: str) -> bool:
        """Whether the article writes lower-cased word ``key`` capitalised inside a sentence (a name).

        Only the tokens that may spell ``key`` are looked at (their spans and sentence starts cost more than the
        question, on a long page), the answer kept per article."""
        answers = article.shared("spelling.names", lambda a: {})
        found = answers.get(key)
        if found is None:
            spellings = article.shared("spelling.name_keys", _name_keys).get(key, ())
            found = answers[key] = any(_lower_key(w.text) == key and w.text[0].isupper() and not w.initial
                                       for w in self.words(article, only=spellings))
        return found

    def checkable(self, word: Word, article: Article) -> bool:
        """False for names, acronyms, mixed case and accepted words."""
        text = word.text
        if not 3 <= len(text) <= _LONGEST_WORD or _in(text, self.context.accept_words):
            return False
        if text[0].isupper():
            if not word.initial or not text[1:].islower() or self.is_name(article, _lower_key(text)):
                return False
            if not self.initial_words:
                return False
        elif not text.islower() and not any(c.isdigit() for c in text):
            return False
        return True


def _name_keys(article: Article) -> dict[str, list[str]]:
    """Lower-cased key → the distinct tokens, not all lower case, whose text or a word part of it has that key:
    every token :meth:`_SpellingRule.is_name` may have to look at for the key."""
    keys: dict[str, list[str]] = {}
    for token in filterfalse(str.islower, article.distinct_words):
        for key in {_lower_key(token), *map(_lower_key, _PART.findall(token))}:
            keys.setdefault(key, []).append(token)
    return keys


def _piece_of_longer(text: str, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` stands beside an address's mark or a soft hyphen (_PIECE_NEIGHBOURS)."""
    return (start > 0 and text[start - 1] in _PIECE_NEIGHBOURS) or (end < len(text) and text[end] in _PIECE_NEIGHBOURS)


def _ocr_confusions(article: Article) -> set[str]:
    """The words of ``article`` NL701 may report: unknown words with rn, 1 or 0 that read as a common word once those
    are undone (none in nearly every article: NL701's gate, 33c)."""
    return set(filter(_unknown_with_ocr_reading, article.ocr_suspects))


class OcrConfusion(_SpellingRule):
    code = "NL701"
    name = "ocr-confusion"
    summary = "A non-word that is a common word with OCR's classic confusions (rn for m, 1 for l, 0 for o)."
    severity = Severity.WARNING
    bad = "the cornpany said the 1egislation was rnodern"
    good = "the company said the legislation was modern"
    explanation = ("The fix is safe: the original is not a word, and undoing only these confusions gives a "
                   "common word. Capitalised words inside sentences (names) are left alone.")
    trigger = ArticleGate(_ocr_confusions)

    def check(self, article: Article) -> Iterable[Finding]:
        suspects = _ocr_confusions(article)
        if not suspects:
            return  # the common case: no unknown word with rn, 1 or 0 reads as a common word once they are undone
        for word in self.words(article, only=suspects):
            if not _OCR_SUSPECT.search(word.text) or not self.checkable(word, article) \
                    or _in(word.text, self.context.reject_words):
                continue
            reading = ocr_reading(word.text)
            if reading is not None:
                fixed = reading.capitalize() if word.text[0].isupper() else reading
                yield self.finding(word.start, word.end, f"OCR confusion {quote(word.text)}: probably {quote(fixed)}",
                                   Fix.replace(word.start, word.end, fixed, description=f"replace with {quote(fixed)}"))


class Misspelling(_SpellingRule):
    code = "NL702"
    name = "misspelling"
    summary = "A word that is in no English dictionary (en-US or en-GB): a typo, OCR or transcription error."
    severity = Severity.WARNING
    default_enabled = False  # typos in edited copy, not ingest damage: opt in with --extend-select NL702
    bad = "He said tbe goverment would act."
    good = "He said the government would act."
    initial_words = False  # sentence-initial unknown capitalised words are names far more often than typos
    explanation = ("Checks lower-case words only: capitalised words, even at the start of a sentence, are "
                   "names far more often than typos. Acronyms, numbers, abbreviations, web addresses, "
                   "short parts of hyphenated words, words in the user's accept list and coinages made of a "
                   "prefix or a common word plus a known word (carmaker, delist), and inflections of known words "
                   "(hirings) are skipped. A word is "
                   "reported only when it has a confident correction one edit away (a common word far more "
                   "frequent than the others; for words under five letters, an OCR letter confusion such as "
                   "tbe/the): unknown words without one are more often foreign words, "
                   "coinages or names than typos. The correction is an unsafe fix. Off by default: "
                   "professionally edited copy keeps about one typo per 10,000 words (the BBC corpus: 46 "
                   "in 472,000 words, nearly all real), which is not ingest damage; turn it on with "
                   "--extend-select NL702 to clean typos too. On documents the OCR gate judges to be OCR output "
                   "NL704 reports non-words instead, with OCR's confusions in mind.")
    def check(self, article: Article) -> Iterable[Finding]:
        if article.ocr.ocr:
            return  # OCR output: NL704 judges its non-words with OCR's confusions in mind (no finding twice)
        suspects = {token for token in article.distinct_words if _has_unknown_part(token)}
        if not suspects:
            return  # the common case: every word (each part of a compound) is in the list
        for word in self.words(article, only=suspects):
            if not self.checkable(word, article) or _in(word.text, self.context.reject_words):
                continue
            key = _lower_key(word.text)
            if lexicon.is_known(key) or lexicon.is_known(word.text.replace("’", "'")) or not key.isalpha() \
                    or is_compound(key) or is_inflection(key) or ocr_reading(word.text) is not None:
                continue
            better = correction(key) if len(key) >= 5 else letter_confusion(key)
            if better is None:
                continue  # no confident correction: a foreign word, a coinage or a name more often than a typo
            better = _match_case(word.text, key, better)
            yield self.finding(word.start, word.end, f"unknown word {quote(word.text)}: did you mean {quote(better)}?",
                               Fix.replace(word.start, word.end, better, safe=False, description=f"replace with {quote(better)}"))


def _has_unknown_part(token: str) -> bool:
    """Whether some word part of ``token`` (possessive dropped, any case) is not in the list: NL702 may report it."""
    table = lexicon.frequencies()
    return any(not table.get(_lower_key(part)) for part in _PART.findall(token))


class RejectedWord(_SpellingRule):
    code = "NL703"
    name = "rejected-word"
    summary = "A word listed in the user's reject vocabulary."
    severity = Severity.WARNING
    bad = "(with 'irregardless' in reject_words) irregardless of the cost"
    good = "regardless of the cost"
    explanation = "Whole tokens only, compared exactly or in lower case; never substrings."

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not self.context.reject_words:  # nothing to find in any article: the engine asks nothing per article
            self.trigger = ArticleGate(None)

    def check(self, article: Article) -> Iterable[Finding]:
        reject = self.context.reject_words
        if not reject:
            return
        for token in article.tokens:
            if _in(token.text, reject):
                yield self.finding(token.start, token.end, f"rejected word {quote(token.text)}")


def _match_case(original: str, key: str, better: str) -> str:
    """``better`` in the case of ``original`` (keeping a possessive the key dropped)."""
    suffix = original[len(key):] if original.lower().startswith(key) else ""
    if original[0].isupper():
        better = better.capitalize()
    return better + suffix


RULES = (OcrConfusion, Misspelling, RejectedWord)
