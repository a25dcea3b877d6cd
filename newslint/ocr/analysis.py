"""Every suspect token of an OCR article, classified once for all the OCR rules (NL704–NL708).

Tokens here are the printed ones: runs of non-space characters, with surrounding punctuation
stripped to a *core*. A word hyphenated at a line end (``Thorns-`` / ``hope``) is checked as one
word and reported over both halves. What each rule reports:

* NL704 a non-word: lower-case and unknown; capitalised and implausible as a name (its letter
  trigrams are rare in English words, or it is one OCR confusion from a common word); mixed case
  (``COUNTnY``); a stray lower-case letter;
* NL705 a real word misread (``tho``, ``horn a measured portion``): a common word one OCR
  confusion away fits both neighbours far better (web bigram counts, :mod:`newslint.ngrams`);
* NL706 a word split by a space (``impor tant``) or two words run together (``ofthe``);
* NL707 digits and letters mixed in one token (``20U``, ``S8``) outside ordinals and units;
* NL708 characters no word contains (``5(i``, ``oiIlcoi>``) and stray glyph runs (``^``, ``||``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, compress, repeat
from typing import NamedTuple

from newslint import hashes, lexicon, ngrams
from newslint.ocr import symspell
from newslint.ocr.gate import WIRE_ABBREVIATIONS
from newslint.rule import quote
from newslint.rules.spelling import ocr_reading

_TOKEN = re.compile(r"\S+")
_EDGE = "\"'()[]{}<>«»“”‘’,.;:!?*^|¦_~`-—–•■·°"
# Characters no word holds (a run read from a column line, I|| or ||, holds its |): only whether a token has one is
# asked. (A pattern for the run itself, [|I!l1]{2,}(?=[|]), backtracked over a token of ten thousand 1s: quadratic.)
_GLYPHS = re.compile(r"[\^|¦■•§¬~`{}<>\\»«¿¡]")
_JUNK = re.compile(r"[^\w'’.\-,&/£$%]")
_UNIT = re.compile(r"(?:\d+(?:[.,]\d+)*(?:st|nd|rd|th|d|s|l|h|m|am|pm|ft|in|lb|lbs|oz|yd|yds|cwt|mm|cm|km|kg|ac|"
                   r"per|a|b|c|x)?|\d{1,2}/\d+|[£$]\d.*|\d+s\.?\d+d|\d+[-/]\w+)", re.IGNORECASE)
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|M'|M’|O'|O’|D'|D’|De|Le|La|Van|Von|Fitz)[A-Z][a-z]+|(?:Mc|Mac)[A-Z]+")
# Words of the period's print that the modern word list lacks.
_PERIOD_WORDS = frozenset("messrs esq ozs dwts grs cwt viz inst ult prox per cent do ditto".split())
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")
_APOSTROPHE_ENDS = ("'", "’", "'s", "’s")  # the endings _POSSESSIVE may strip
_ABBREVIATION = re.compile(r"&c\.?|[A-Za-z]{1,4}\.(?:[A-Za-z]{1,4}\.)*")
# "I" standing before one of these is the pronoun; elsewhere in OCR text it is mostly a misread mark.
_AFTER_I = frozenset("am was have had will would do did think know said can could shall should may might must saw "
                     "went told asked then also never found came took made felt got see hope believe say "
                     "cannot don't didn't wish want wanted heard knew thought beg".split())
PRONOUN_PAGE = 1  # a page with this many sure uses of the pronoun I reads every lone I as the pronoun
COMMONEST = 1e9  # a real word more common than this on the web is never taken for a misreading
REAL_WORD_GAIN = 3.0  # log-odds a candidate must gain in context to report a real word
# A word the page prints this often is mostly what was printed (misreadings vary), classic ones (tho) apart:
REPEATED = 3
REPEATED_WORD_GAIN = 3.0  # ... so it must gain this much more
ARCHAIC_SHARE = 0.2  # the share of non-words that are early modern spellings that makes a text early modern
# A capitalised non-word the web does not know (its names are among the web's commonest words) is a misreading
NAME_COST = 1.0  # ... when this near a common word
NAME_ODDITY = 7.5  # ... and so is one whose rarest letter trigram is this improbable
NAME_REPEATS = 2  # ... unless the document prints it this often
# A capitalised non-word printed once, absent from the web's 333,000 commonest words (which hold most real
# names) and this un-English in its letters, is a misreading:
UNHEARD_ODDITY = 4.0
# A short capitalised non-word one edit from one of the commonest words (Tbo, Ihe, OP) is a misreading of it:
SHORT_MISREADING = 4
COMMON_WORD = 100_000  # lexicon frequency of "one of the commonest words"
_ROMAN = re.compile(r"[IVXLCDM]{2,}")
_TITLES = frozenset("Mr Mrs Messrs Dr Miss Mme Capt Rev Sir Prof Hon Sgt Lieut Col Gen".split())
_STRAY_LETTERS = frozenset("bcdefghijklmnopqrtuwxyz")  # a lone lower-case letter other than a, s, v
# A lone capital other than A, I and O, without a full stop, neither before a name nor after another initial.
_STRAY_CAPITALS = frozenset("BCDEFGHJKLMNPQRSTUVWXYZ")
_LONE_CAPITALS = _STRAY_CAPITALS | {"I"}  # tokens that classify() judges by their neighbours
_TOTAL = 1_024_908_267_229  # the number of tokens behind wordsegment's counts


class Suspect(NamedTuple):
    """A token an OCR rule reports: its span, the rule's code, a message and a correction if confident."""

    start: int
    end: int
    code: str
    message: str
    replacement: str | None = None


Verdict = "tuple[str, str, str | None] | object | None"
_REAL_WORD = object()  # a dictionary word: whether it is misread depends on its neighbours
_UNJUDGED = object()


class Piece(NamedTuple):
    """A printed token: its core (surrounding punctuation stripped) and where that core is."""

    start: int
    end: int
    core: str
    raw: str


class Printed(Sequence):
    """The printed tokens of ``text`` (absolute spans), words hyphenated at a line end joined into one.

    A line end is a line break, or a space where a page's lines were run into one: there ``instru- ment``
    is joined only when the halves make a dictionary word or the second half is none. The tokens' texts
    (``raws``) and cores (``cores``) are lists; a token's :class:`Piece` is made only when asked for
    (``printed[i]``), since a page asks for few of its 100,000.
    """

    def __init__(self, text: str, offset: int) -> None:
        raws = text.split()  # the runs of non-space characters (str.split and the regex \S agree on spaces)
        cores = list(map(str.strip, raws, repeat(_EDGE, len(raws))))
        self.raws, self.cores, self._at, self._offset = raws, cores, _offsets(text, raws), offset
        self._ends: dict[int, int] = {}  # the end of a token joined from two
        self._join_hyphenated(text)

    def _join_hyphenated(self, text: str) -> None:
        raws, cores, at = self.raws, self.cores, self._at
        joined: list[int] = []
        for i in [i for i, raw in enumerate(raws) if raw[-1] == "-"]:
            if (joined and joined[-1] == i - 1) or i + 1 == len(raws) or not cores[i][-1:].isalpha():
                continue  # the second half of a word joined already, the last token, or no letter before the hyphen
            tail = cores[i + 1]
            if tail and tail[0].isalpha() \
                    and _line_end_hyphen(cores[i], tail, "\n" in text[at[i] + len(raws[i]):at[i + 1]]):
                joined.append(i)
        for before, i in enumerate(joined):  # a joined token's end; its index once the tokens before it are joined
            self._ends[i - before] = self._offset + at[i + 1] + raws[i + 1].find(cores[i + 1][0]) + len(cores[i + 1])
        for i in reversed(joined):
            raws[i] += raws.pop(i + 1)
            cores[i] += cores.pop(i + 1)
            at.pop(i + 1)

    def __len__(self) -> int:
        return len(self.raws)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.raws)))]
        raw, core = self.raws[index], self.cores[index]
        start = self._offset + self._at[index] + (raw.find(core[0]) if core else 0)
        return Piece(start, self._ends.get(index, start + len(core)), core, raw)


def _offsets(text: str, raws: list[str]) -> list[int]:
    """Where each of ``raws`` (``text.split()``) starts in ``text``."""
    lengths = list(map(len, raws))
    if len(text) == sum(lengths) + len(raws) - 1:  # one space between runs, none before or after (most paragraphs)
        return list(accumulate(map((1).__add__, lengths[:-1]), initial=0))
    at, find, position = [], text.find, 0
    for raw in raws:  # each run's offset: no run starts in the spaces before the next
        position = find(raw, position)
        at.append(position)
        position += len(raw)
    return at


def _line_end_hyphen(head: str, tail: str, line_break: bool) -> bool:
    """Whether ``head-`` and ``tail`` are one word hyphenated at a line end (a break, or a space on one line)."""
    if line_break:
        return True
    if not tail.isalpha() or not tail.islower() or not head.replace("-", "").isalpha():
        return False
    return known(head + tail) or not known(tail)


def _build_trigrams() -> dict[str, float]:
    tri: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    for word, count in lexicon.frequencies().items():
        if count >= 5 and word.isalpha():
            padded = f"^{word}$"
            for i in range(len(padded) - 2):
                tri[padded[i:i + 3]] += 1
                bi[padded[i:i + 2]] += 1
    return {key: -math.log((n + 0.1) / (bi[key[:2]] + 2.7)) for key, n in tri.items()}


@lru_cache(maxsize=1)
def _trigrams() -> dict[str, float]:
    """Letter trigram (``^`` and ``$`` mark the word's ends) → minus its log probability after its first two letters."""
    return symspell.cached_table("trigrams", _build_trigrams)


_UNSEEN_TRIGRAM = 10.0  # minus the log probability of a trigram no English word has (about log(27 / 0.1) and more)


@lru_cache(maxsize=65536)
def implausibility(word: str) -> float:
    """How un-English ``word``'s spelling is: minus the lowest letter-trigram log probability."""
    table = _trigrams()
    padded = f"^{word.lower()}$"
    return max((table.get(padded[i:i + 3], _UNSEEN_TRIGRAM) for i in range(len(padded) - 2)), default=0.0)


_POSSESSIVE_END = re.compile(r"'s$|(?<=s)'$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[-.'/]")


@lru_cache(maxsize=65536)
def known(word: str) -> bool:
    """A dictionary word, a possessive of one, or a hyphenated compound of them."""
    word = word.replace("’", "'")
    if lexicon.frequencies().get(word.lower(), 0) > 0:  # lexicon.is_known(word), in the common case
        return True
    if word.isalpha():
        return False  # no possessive, no parts
    base = _POSSESSIVE_END.sub("", word)
    if base != word and lexicon.is_known(base):
        return True
    parts = [p for p in _SEPARATORS.split(base) if p]
    return len(parts) > 1 and all(lexicon.is_known(p) or p.isdigit() for p in parts)


_VOWELS = frozenset("aeiouy")


def _sentence_end(letters: str) -> bool:
    """Whether a short lower-case non-word before a full stop ends a sentence (acie.) rather than abbreviating
    (lbs., cwt.): it has a vowel and is one OCR confusion or one edit from a common word."""
    if not letters.islower() or len(letters) < 3 or _VOWELS.isdisjoint(letters):
        return False
    near = symspell.best(letters)
    return near is not None and near[0] <= 1.0


def _cased(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word.capitalize() if original[:1].isupper() else word


_CONFIDENT = 0.5  # an OCR edit cost this low makes a correction confident (one cheap confusion)


def _letter_spaced(before: str, after: str) -> bool:
    """Whether a lone capital stands in a letter-spaced word (B R I G A N D): a lone capital on each side."""
    return len(before) == 1 == len(after) and before.isupper() and after.isupper()


def _fix_of(core: str) -> str | None:
    found = symspell.confident_best(core.lower(), _CONFIDENT) if core.isalpha() else None
    return None if found is None else _cased(core, found[1])


def _near_word(lower: str | None) -> bool:
    """Whether :func:`symspell.best` finds a word at most ``NAME_COST`` from ``lower`` (None: no alphabetic word)."""
    near = symspell.best(lower) if lower is not None else None
    return near is not None and near[0] <= NAME_COST


def _archaic(word: str) -> bool:
    """An early modern spelling of a dictionary word: y for i (tyme), u for v (haue), v for u (vnto), a final e
    (lorde), -ed as -yd, ie or ey for y (alwaies, countrey)."""
    variants = {word.replace("y", "i"), word.replace("u", "v"), word.replace("v", "u"),
                word[:-1] if word.endswith("e") else word, word.replace("ie", "y"), word.replace("ey", "y"),
                word.replace("yd", "id"), word.replace("y", "i")[:-1] if word.endswith("e") else word,
                word.replace("ll", "l"), word.replace("ou", "o"), word.replace("aun", "an")}
    variants.discard(word)
    return any(lexicon.is_known(variant) for variant in variants)


BRACKET_REACH = 12  # a bracket not closed within this many tokens (before another opens) never closes
_OPEN_BRACKET_WORD = re.compile(r"\([a-z][a-z'’]*[,.;:!?]?")


def _long_s_bracket(piece: Piece, following: list[str]) -> bool:
    """Whether ``(hall`` is ``shall`` with its long s read as a bracket: the bracket never closes (``following``:
    the printed tokens after it) and an s before the word makes a dictionary word."""
    if not _OPEN_BRACKET_WORD.fullmatch(piece.raw) or not known("s" + piece.core):
        return False
    for other in following:
        if "(" in other:
            return True
        if ")" in other:
            return False
    return True


def _elided_past(word: str) -> bool:
    """A past tense with its e elided, as older print and verse write it (observ'd, conjoyn'd, lov'd)."""
    if not word.endswith("'d") or len(word) < 5 or not word[:-2].isalpha():
        return False
    stem = word[:-2]
    return any(known(past) or (len(stem) >= 5 and _archaic(past)) for past in (stem + "ed", stem + "d"))


class Analysis:
    """The suspects of one OCR article (``article.shared("ocr.analysis", Analysis)``)."""

    def __init__(self, article) -> None:
        printed = [Printed(paragraph.text, paragraph.start) for paragraph in article.paragraphs]
        self.vocabulary = Counter()
        for found in printed:
            self.vocabulary.update(found.cores)
        table = lexicon.frequencies()
        unknown = [w for w in self.vocabulary if w.isalpha() and w.islower() and not table.get(w, 0) > 0]  # not known(w)
        # Early modern print (tyme, haue, lorde) spells many words its own way: those are not misreadings.
        self.archaic = len(unknown) >= 5 and sum(map(_archaic, unknown)) >= ARCHAIC_SHARE * len(unknown)
        self.suspects: list[Suspect] = []
        # A page that writes "I am", "I have"… uses I as the pronoun; a lone I is a misread mark only elsewhere.
        self.pronoun_i = sum(after.lower() in _AFTER_I for found in printed
                             for raw, after in zip(found.raws, found.cores[1:]) if raw == "I") >= PRONOUN_PAGE
        self._folded: Counter[str] | None = None  # the page's tokens, lower-cased and without possessives
        self._printed: dict[str, list[str]] | None = None  # the page's own names and words, by OCR skeleton
        self._verdicts: dict[str, Verdict | object] = {}  # printed token → its verdict, once classify() reached it
        self._judged: dict[str, Verdict] = {}  # printed token → verdict()
        self._by_core: dict[tuple[str, bool, str], Verdict] = {}  # judge() by core and what matters of the token
        self._words = lexicon.frequencies()
        self._real: dict[str, str] = {}  # printed token → its core, for the tokens judged _REAL_WORD
        in_context: list[tuple[Piece, str, str]] = []  # dictionary words, judged by their neighbours at the end
        self._prefetch_counts(unknown)
        for found in printed:
            self._judge_tokens(found)
        self._drop_unrivalled()
        # The printed tokens the pass must visit whatever their neighbours (see _read), each distinct one tested once.
        visited = {raw for raw, verdict in self._judged.items()
                   if verdict is not None or raw[0] == "(" or raw in _LONE_CAPITALS}
        unknown_words = set(unknown)
        for found in printed:
            self._read(article.text, found, unknown_words, visited, in_context)
        self.suspects += self.real_words(in_context)
        self.suspects.sort()

    def _judge_tokens(self, found: Printed) -> None:
        """:meth:`verdict` of each distinct printed token of a paragraph not judged yet."""
        judged, real = self._judged, self._real
        for raw, core in dict(zip(found.raws, found.cores)).items():
            if raw not in judged:
                verdict = judged[raw] = self.verdict(core, raw)
                if verdict is _REAL_WORD:
                    real[raw] = core

    def _drop_unrivalled(self) -> None:
        """Pass the dictionary words that no more common word rivals in context (:func:`_all_rivals`) as harmless,
        their web counts and their rivals' fetched together first."""
        words = {core.lower() for core in self._real.values()}
        _prefetch(words | {near for word in words if word.isalpha() and len(word) <= _LONGEST_RIVAL
                           for near in (*_confusable(word), *_commonest_near(word))})
        for raw, core in self._real.items():
            if not _all_rivals(core):
                self._judged[raw] = None

    def _read(self, text: str, found: Printed, unknown: set[str], visited: set[str], in_context: list) -> None:
        """Classify the printed tokens of one paragraph; most are words already judged harmless, passed at once.

        Each distinct token is judged once; the loop then visits only the tokens that may report: a verdict
        other than None, a lone capital (its neighbours decide), an unknown word or its left neighbour (a word
        split by a space), an opening bracket (a misread long s)."""
        raws, cores = found.raws, found.cores
        count = len(found)
        visit = set(compress(range(count), map(visited.__contains__, raws)))
        visit.update(compress(range(count), map(unknown.__contains__, cores)))
        visit.update([i - 1 for i in visit if i and cores[i] in unknown])
        settled, resume = self._verdicts, 0
        for i in sorted(visit):
            if i < resume:
                continue  # the second half of a split word
            core, raw = cores[i], raws[i]
            following = cores[i + 1] if i + 1 < count else ""
            if (core in unknown or following in unknown) and (split := _split_word(core, following)) is not None \
                    and text[(piece := found[i]).end:(after := found[i + 1]).start] == " ":
                self.suspects.append(Suspect(piece.start, after.end, "NL706",
                                             f"word split by a space {quote(core + ' ' + following)}", split))
                resume = i + 2
                continue
            if raw[0] == "(" and _long_s_bracket(piece := found[i], raws[i + 1:i + 1 + BRACKET_REACH]):
                self.suspects.append(Suspect(piece.start - 1, piece.end, "NL705",
                                             f"{quote(raw)}: a bracket that never closes, a misread long s", "s" + core))
                continue
            if raw[-1] == "-" and following[:1].islower() and not following.islower():
                continue  # the head of a word split at a hyphen whose tail runs into a capital (tionsFollow): half a word
            if settled.get(raw, _UNJUDGED) is None:
                continue  # a lone capital once read as harmless stays harmless
            before = cores[i - 1] if i else ""
            suspect = self.classify(piece := found[i], before, following)
            if suspect is _REAL_WORD:
                in_context.append((piece, before, following))
            elif suspect is not None:
                self.suspects.append(suspect)

    def _prefetch_counts(self, unknown: list[str]) -> None:
        """Fetch together the web counts that judging the page's words asks for: of the dictionary words that may
        be misread (:func:`_may_be_misread`), of the capitalised non-words (names the web may know) and of the
        word pairs the lower-case non-words may be run together from (:func:`_run_together`)."""
        words, table = set(), self._words
        for word in self.vocabulary:
            lower = word.lower()
            if not table.get(lower):
                if not word.islower():
                    words.add(_POSSESSIVE.sub("", word).lower())
            elif word.isalpha() and len(word) <= _LONGEST_RIVAL \
                    and (_confusable(lower) or (word.islower() and _commonest_near(lower))):
                words.add(lower)
        _prefetch(words.union(*map(_splits, unknown)))

    def of(self, code: str) -> list[Suspect]:
        return [s for s in self.suspects if s.code == code]

    def classify(self, piece: Piece, before: str, after: str) -> Suspect | object | None:
        """The token's suspect, None, or ``_REAL_WORD`` for a dictionary word whose neighbours must judge it."""
        core, raw = piece.core, piece.raw
        if core == "I" == raw:
            if self.pronoun_i or after.lower() in _AFTER_I or _letter_spaced(before, after):
                return None
            return Suspect(piece.start, piece.end, "NL704", "stray 'I': not the pronoun here")
        if raw in _STRAY_CAPITALS and not after[:1].isupper() and not (len(before) == 1 and before.isupper()):
            return Suspect(piece.start, piece.end, "NL704", f"stray capital {quote(raw)}: no initial here")
        verdict = self._verdicts[raw] = self._judged[raw]
        if verdict is None or verdict is _REAL_WORD:
            return verdict
        code, message, replacement = verdict
        if before in _TITLES and len(core) <= SHORT_MISREADING and core.istitle():
            return None  # Mr Ng, Dr Wu: a short name after a title
        end = piece.start + len(raw) if not core else piece.end
        return Suspect(piece.start, end, code, message, replacement)

    def verdict(self, core: str, raw: str) -> Verdict:
        """:meth:`judge`'s verdict, with a dictionary word no common word is confused with (or any, in early modern
        print) passed as harmless; judged once per core and the little of the printed token that matters."""
        if core.isalpha() and len(core) > 1 and (core.islower() or core.istitle() or core.isupper()) \
                and self._words.get(lower := core.lower()) and lower not in _PERIOD_WORDS \
                and lower not in WIRE_ABBREVIATIONS and not _GLYPHS.search(raw):
            verdict = _REAL_WORD  # the common case: a plain dictionary word (what judge() says of it, sooner)
        else:
            key = (core, core == raw, raw if _GLYPHS.search(raw) or _ABBREVIATION.fullmatch(raw.rstrip(",;:")) else "")
            verdict = self._by_core.get(key, _UNJUDGED)
            if verdict is _UNJUDGED:
                verdict = self._by_core[key] = self.judge(core, raw)
        if verdict is _REAL_WORD and (self.archaic or not _may_be_misread(core)):
            return None  # old words fit old contexts; and a word no common word is confused with stands
        return verdict

    def judge(self, core: str, raw: str) -> Verdict:
        """What a token is, whatever its neighbours: a suspect's (code, message, fix), ``_REAL_WORD`` or None."""
        if not core:
            return ("NL708", f"stray glyphs {quote(raw)}", None) if _GLYPHS.search(raw) else None
        if _JUNK.search(core) or _GLYPHS.search(raw):
            return "NL708", f"characters no word contains in {quote(core)}", None
        letters = core.isalpha()  # then it has a letter and no digit (no character is both)
        if not letters and not any(c.isalpha() for c in core):
            return None
        if core.islower() and ocr_reading(core) is not None:
            return None  # NL701 reports it, with a safe fix (cornpany, 1egislation)
        if not letters and any(c.isdigit() for c in core):
            return None if _UNIT.fullmatch(core) else ("NL707", f"digits and letters mixed in {quote(core)}", None)
        return self.word(core, raw)

    def word(self, core: str, raw: str) -> Verdict:
        letters = core.replace("’", "'")
        shape = letters.replace("'", "").replace("-", "").replace(".", "")
        if len(shape) == 1:
            return ("NL704", f"stray letter {quote(core)}", None) if shape in _STRAY_LETTERS and core == raw else None
        if _ABBREVIATION.fullmatch(raw.rstrip(",;:")) and not known(letters) and not _sentence_end(letters):
            return None  # dwts., Bro., viz., &c.
        if "-" in letters and letters[0].isupper() and all(known(p) or p.istitle() for p in letters.split("-") if p):
            return None  # Dowling-street, Anglo-French
        if _NAME_PREFIX.fullmatch(letters) or letters.lower() in _PERIOD_WORDS or letters.lower() in WIRE_ABBREVIATIONS:
            return None  # M'Gregor, McCARRY, Messrs, mln
        if "," in letters.strip(",") and all(lexicon.frequency(part.lower()) >= _COMMON_WORD
                                             for part in letters.split(",") if part):
            return None  # other,being: common words whose space after a comma was lost (a spacing matter)
        if not (shape.islower() or shape.isupper() or shape.istitle()):
            return None if known(letters) else ("NL704", f"mixed case {quote(core)}: misread letters", _fix_of(core))
        if known(letters):
            return _REAL_WORD
        if shape.islower():
            parts = _run_together(letters)
            if parts is not None:
                return "NL706", f"words run together {quote(core)}", parts
            if (self.archaic and _archaic(letters)) or _elided_past(letters):
                return None
            return "NL704", f"non-word {quote(core)}", _fix_of(core)
        return self.capitalised(core)

    def capitalised(self, printed: str) -> Verdict:
        """A capitalised non-word: a misreading, or a name (repeated by the page, or known to the web)."""
        core = _POSSESSIVE.sub("", printed)  # Stuckey's: the name is Stuckey
        if (core != printed and not core.isalpha()) or _ROMAN.fullmatch(core):
            return None  # and George III, Part II
        # The nearest word (symspell.best) is asked for only where it decides: a candidate costs _CONFIDENT or less
        # only one OCR confusion from an indexed word (_fix_of), and NAME_COST matters for short words or unheard ones.
        lower = core.lower() if core.isalpha() else None
        if lower is not None and symspell.confident_best(lower, _CONFIDENT) is not None \
                and not (len(core) >= MISPRINT_LENGTH and self.times_printed(core) >= REPEATED):
            return "NL704", f"non-word {quote(printed)}", _fix_of(core)  # one OCR confusion from a word
        odd = implausibility(core)
        if self.capitals_printed(core) + self.vocabulary[printed] * (core != printed) >= NAME_REPEATS \
                and odd <= NAME_ODDITY:
            return None  # a name the document repeats (Toinet, TOINET)
        if self.vocabulary[core] == 1 and (same := self.printed_elsewhere(core)) is not None:
            return "NL704", f"non-word {quote(printed)}", _cased(core, same) if core.isupper() else same
        if len(core) <= SHORT_MISREADING and _near_word(lower) and lexicon.frequency(symspell.best(lower)[1]) >= COMMON_WORD:
            return "NL704", f"non-word {quote(printed)}", _fix_of(core)  # Tbo, Ihe, OP: the commonest words misread
        if _count(core.lower()):
            return None  # among the web's 333,000 commonest words: a name (Farren, Nguyen, Kowalczyk)
        if odd > NAME_ODDITY or _near_word(lower):
            return "NL704", f"non-word {quote(printed)}", _fix_of(core)
        if odd >= UNHEARD_ODDITY and core.isalpha() and self.printed_once(core):
            return "NL704", f"non-word {quote(printed)}: printed once, unknown to the web", _fix_of(core)
        return None

    def capitals_printed(self, word: str) -> int:
        """How often the page prints capitalised ``word`` as it is, with a capital or in capitals."""
        return sum(self.vocabulary[form] for form in {word, word.title(), word.upper()})

    def printed_once(self, word: str) -> bool:
        """Whether the page prints ``word`` once only, in any case, with or without a possessive."""
        return self.times_printed(word) <= 1

    def times_printed(self, word: str) -> int:
        """How often the page prints ``word``, in any case, with or without a possessive."""
        if self._folded is None:
            self._folded = Counter()
            for printed, times in self.vocabulary.items():
                if printed.endswith(_APOSTROPHE_ENDS):
                    printed = _POSSESSIVE.sub("", printed)
                self._folded[printed.lower()] += times
        return self._folded[word.lower()]

    def printed_elsewhere(self, word: str) -> str | None:
        """The word the page prints elsewhere that ``word`` is a misreading of (Pittwator for Pittwater): OCR-alike
        and a dictionary word or printed more than once. A word longer than every listed word is no misprint of one
        (nor are the page's words compared by their one-deletion strings, quadratic in a word of 100 KB), so neither
        is it asked about nor are the page's words that are longer still by more than ``MISPRINT_COST`` indexed."""
        if len(word) < MISPRINT_LENGTH or not word.isalpha() or lexicon.longer_than_every_word(len(word)):
            return None
        if self._printed is None:
            self._printed = _skeleton_index(w for w, n in self.vocabulary.items()
                                            if len(w) >= MISPRINT_LENGTH - 1 and w[0].isupper() and w.isalpha()
                                            and (n >= 2 or known(w))
                                            and not lexicon.longer_than_every_word(len(w) - int(MISPRINT_COST)))
        lower = word.lower()
        near = {other for key in _deletions(_skeleton(lower)) for other in self._printed.get(key, ())
                if other.lower() != lower and not _inflected(lower, other.lower())}
        costs = sorted((symspell.edit_cost_within(lower, other.lower(), MISPRINT_COST), other)
                       for other in near)  # cheapest, then A-Z
        return next((other for cost, other in costs if cost <= MISPRINT_COST), None)

    def real_words(self, in_context: list[tuple[Piece, str, str]]) -> list[Suspect]:
        """The dictionary words (each with rivals) misread for others, their web counts fetched together beforehand."""
        keys = set()
        for piece, before, after in in_context:
            before, after = before.lower(), after.lower()
            keys.update((before, after))
            for word in (piece.core.lower(), *(rival for rival, _, _ in _all_rivals(piece.core))):
                keys.update((f"{before} {word}", f"{word} {after}"))
        _prefetch(keys)
        return [suspect for job in in_context if (suspect := self.real_word(*job)) is not None]

    def real_word(self, piece: Piece, before: str, after: str) -> Suspect | None:
        core = piece.core
        word = core.lower()
        rivals = _all_rivals(core)
        if not rivals or (core[0].isupper() and self.vocabulary[core] >= REPEATED and word not in _CLASSIC):
            return None  # a capitalised word the page prints again and again is its name or its subject (Parson)
        before, after = before.lower(), after.lower()
        mine = _context(before, word, after, _count(word))  # the same for every rival
        best, gain = None, 0.0
        for candidate, theirs, extra in rivals:
            score = _context(before, candidate, after, theirs) - mine - extra
            if score > gain:
                best, gain = candidate, score
        needed = REAL_WORD_GAIN + (REPEATED_WORD_GAIN if self.vocabulary[core] >= REPEATED and word not in _CLASSIC else 0)
        if best is None or gain < needed:
            return None
        fixed = _cased(core, best)
        return Suspect(piece.start, piece.end, "NL705", f"{quote(core)} does not fit its neighbours", fixed)


MISPRINT_LENGTH = 5  # a capitalised non-word at least this long may misread a word the page prints elsewhere
MISPRINT_COST = 2.0  # ... at most this far by OCR-weighted edits
# Letters OCR reads for one another, each class written as one letter: Pittwator and Pittwater look alike.
_SKELETON = str.maketrans("aeocilt1fjunhb", "oooollllllnnhh")
_SKELETON_PAIRS = (("rn", "m"), ("li", "h"), ("ii", "u"), ("cl", "d"), ("vv", "w"))


def _skeleton(word: str) -> str:
    for bad, good in _SKELETON_PAIRS:
        word = word.replace(bad, good)
    return word.translate(_SKELETON)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))} | {word}


def _skeleton_index(words) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for word in words:
        for key in _deletions(_skeleton(word.lower())):
            index.setdefault(key, []).append(word)
    return index


def _inflected(a: str, b: str) -> bool:
    """Whether one word is the other with an ending (Smith, Smiths; Allen, Allens)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short):] in ("s", "es", "'s", "’s")


_COUNTS: dict[str, float] = {}  # web counts already fetched by this process
_MAX_COUNTS = 262_144  # as many as the lru_cache this replaced kept


def _count(key: str) -> float:
    found = _COUNTS.get(key)
    if found is None:
        found = _COUNTS[key] = ngrams.count(key)
    return found


def _prefetch(keys: set[str]) -> None:
    """Fetch the web counts of ``keys`` in a few queries rather than one each."""
    missing = [key for key in keys if key not in _COUNTS]
    if not missing:
        return
    if len(_COUNTS) + len(missing) > _MAX_COUNTS:
        _COUNTS.clear()
    found = ngrams.counts(missing)
    _COUNTS.update((key, found.get(key, 0.0)) for key in missing)


# Classic OCR misreadings of the commonest words that are themselves (rare) words: rivals to weigh in context.
_CLASSIC = {"mid": "and", "ami": "and", "ana": "and", "aud": "and", "tie": "the", "tho": "the", "die": "the",
            "boon": "been", "ia": "in", "iu": "in", "ni": "in", "lu": "in", "io": "to", "lo": "to", "tc": "to",
            "ut": "at", "al": "at", "tit": "at", "ms": "was", "ty": "by", "tint": "that", "bo": "be", "ho": "he",
            "ot": "of", "ol": "of", "aro": "are", "wore": "were", "lie": "he", "bis": "his", "tbat": "that", "mi": "mr"}
_COMMON_WORD = 1000  # lexicon frequency of a word that OCR's stray or lost space is taken to have split or joined


_LONG_JOIN = 7  # two halves that make a dictionary word this long (Meta morphose) are one word whatever its count


def _split_word(left: str, right: str) -> str | None:
    """``left + right`` when two tokens, not both words, are one word together (impor tant, Move ment): the
    first lower-case or capitalised, the second lower-case, their join common or long."""
    if not (left.isalpha() and right.isalpha() and (left.islower() or left.istitle()) and right.islower()):
        return None
    joined = left + right
    frequency = lexicon.frequencies().get(joined.lower(), 0)
    if frequency < _COMMON_WORD and not (len(joined) >= _LONG_JOIN and frequency > 0):  # known(joined): it has letters only
        return None
    return None if known(left) and known(right) else joined


@lru_cache(maxsize=65536)
def _run_together(word: str) -> str | None:
    """The two common words a non-word is made of, written as a pair on the web (ofthe → of the)."""
    best, top = None, 0.0
    for pair in _splits(word):
        count = _count(pair)
        if count > top:
            best, top = pair, count
    return best


@lru_cache(maxsize=65536)
def _splits(word: str) -> tuple[str, ...]:
    """The ways to cut ``word`` into two common words (a or i the only one-letter ones), as "left right"."""
    if lexicon.longer_than_every_word((len(word) + 1) // 2):
        return ()  # one half is longer than every listed word
    frequencies = lexicon.frequencies()
    return tuple(f"{word[:i]} {word[i:]}" for i in range(1, len(word))
                 if frequencies.get(word[:i], 0) >= _COMMON_WORD and frequencies.get(word[i:], 0) >= _COMMON_WORD
                 and (i > 1 or word[0] in "ai") and (i < len(word) - 1 or word[-1] in "ai"))


@lru_cache(maxsize=65536)
def _rivals(word: str) -> tuple[tuple[str, float], ...]:
    """Words one OCR confusion from real word ``word`` and more common on the web, with their counts."""
    if not word.isalpha() or len(word) > _LONGEST_RIVAL:
        return ()
    own = _count(word)
    if own > COMMONEST:
        return ()
    return tuple(sorted((candidate, theirs) for candidate in _confusable(word) if (theirs := _count(candidate)) > own))


_LONGEST_RIVAL = 8  # longer words are not weighed against their confusions


@lru_cache(maxsize=65536)
def _all_rivals(core: str) -> tuple[tuple[str, float, float], ...]:
    """Every word real word ``core`` is weighed against in context: (word, web count, extra gain it needs)."""
    word = core.lower()
    plain = _common_rivals(word) if core.islower() else ()
    return (*((near, theirs, 0.0) for near, theirs in _rivals(word)),
            *((near, theirs, PLAIN_EDIT_GAIN) for near, theirs in plain))


def _may_be_misread(core: str) -> bool:
    """Whether dictionary word ``core`` is one OCR confusion (or, in lower case, one edit from one of the
    commonest words) from another word whose context may fit better."""
    word = core.lower()
    return word.isalpha() and len(word) <= _LONGEST_RIVAL \
        and bool(_confusable(word) or (core.islower() and _commonest_near(word))) and _count(word) <= COMMONEST


# A lower-case word one plain edit (no OCR confusion) from one of the commonest words (hive/have, tome/some) is
# weighed against it too, when that word is far more common on the web, and must fit by this much more:
PLAIN_EDIT_GAIN = 1.0
PLAIN_EDIT_RATIO = 100.0
_COMMONEST_WORD = 3_000_000  # lexicon frequency of "one of the commonest words" (about the 50 commonest)


@lru_cache(maxsize=1)
def _commonest_index() -> dict[str, tuple[str, ...]]:
    """The commonest words by themselves and each of their one-deletion strings (a small SymSpell index)."""
    index: dict[str, tuple[str, ...]] = {}
    for word, frequency in lexicon.frequencies().items():
        if frequency >= _COMMONEST_WORD and word.isalpha():
            for key in _deletions(word):
                index[key] = (*index.get(key, ()), word)
    return index


@lru_cache(maxsize=1)
def _longest_commonest() -> int:
    return max(map(len, _commonest_index()), default=0)


@lru_cache(maxsize=65536)
def _commonest_near(word: str) -> tuple[str, ...]:
    """The commonest words one edit (insertion, deletion, substitution or transposition) from ``word``; a word of the
    word list (the kind the rules ask about) is looked up in :func:`_commonest_neighbours`."""
    if word in lexicon.frequencies():
        return _commonest_neighbours().get(word, ())
    return _near_commonest(word)


_COMMONEST_SCHEMA = 1  # part of the kept table's name: change it when _near_commonest's answers change


@lru_cache(maxsize=1)
def _commonest_neighbours() -> dict[str, tuple[str, ...]]:
    """Word list entry → :func:`_near_commonest` of it, for the 1,334 entries that have any: built from the word list
    once (0.3 s) and kept in the user cache folder, so that a page's dictionary words are looked up, not edited."""
    key = repr((_COMMONEST_SCHEMA, _COMMONEST_WORD, sorted(symspell.CHEAP)))
    digest = hashes.sha256(key.encode()).hexdigest()[:12]
    return symspell.cached_table(f"commonest-near-{digest}", lambda: {
        word: near for word in lexicon.frequencies() if (near := _near_commonest(word))})


def _near_commonest(word: str) -> tuple[str, ...]:
    if len(word) > _longest_commonest() + 1:
        return ()  # one edit changes the length by one at most
    index = _commonest_index()
    found = {near for key in _deletions(word) for near in index.get(key, ()) if near != word}
    return tuple(sorted(near for near in found if symspell.edit_cost(word, near) <= 1.0))


@lru_cache(maxsize=65536)
def _common_rivals(word: str) -> tuple[tuple[str, float], ...]:
    """The commonest words one plain edit from lower-case real word ``word``, far more common on the web."""
    if not word.isalpha() or len(word) > _LONGEST_RIVAL:
        return ()
    own, confusable = _count(word), _confusable(word)
    return tuple(sorted((near, theirs) for near in _commonest_near(word)
                        if near not in confusable and (theirs := _count(near)) > PLAIN_EDIT_RATIO * own))


@lru_cache(maxsize=65536)
def _confusable(word: str) -> frozenset[str]:
    """Dictionary words one OCR confusion from ``word`` (or its classic misreading: aud → and); a dictionary word
    (the only kind the rules ask about) is looked up in :func:`_confusables`."""
    if word.isalpha() and len(word) <= _LONGEST_RIVAL and word in lexicon.frequencies():
        return frozenset(_confusables().get(word, ()))
    return _confusions_of(word)


def _confusions_of(word: str) -> frozenset[str]:
    frequencies = lexicon.frequencies()
    found = set()
    for i, char in enumerate(word):
        others = _SWAPS.get(char)
        if others:
            head, tail = word[:i], word[i + 1:]
            found.update(near for near in [head + other + tail for other in others] if near in frequencies)
    for bad, good in symspell.MULTI:
        at = word.find(bad)
        while at != -1:
            near = word[:at] + good + word[at + len(bad):]
            if near in frequencies:
                found.add(near)
            at = word.find(bad, at + 1)
    classic = _CLASSIC.get(word)
    if classic is not None and classic in frequencies:
        found.add(classic)
    found.discard(word)
    return frozenset(found)


@lru_cache(maxsize=1)
def _confusables() -> dict[str, tuple[str, ...]]:
    """Dictionary word of at most ``_LONGEST_RIVAL`` letters → the dictionary words one OCR confusion from it
    (those that have any): built from the word list once (two seconds) and kept in the user cache folder, so that
    a page of 20,000 distinct words asks a dict instead of trying 25 swaps of each."""
    confusions = repr((sorted(symspell.CHEAP), symspell.MULTI, sorted(_CLASSIC.items()), _IN_CONTEXT_PAIRS))
    digest = hashes.sha256(confusions.encode()).hexdigest()[:12]
    return symspell.cached_table(f"confusable-{digest}", lambda: {
        word: tuple(sorted(near)) for word in lexicon.frequencies()
        if word.isalpha() and len(word) <= _LONGEST_RIVAL and (near := _confusions_of(word))})


# Letter confusions too common between real words to mark a non-word's fix as confident, but worth weighing in
# context: daring/during, Greek/Creek.
_IN_CONTEXT_PAIRS = "au gc"
_IN_CONTEXT: dict[str, str] = {}
for _a, _b in _IN_CONTEXT_PAIRS.split():
    _IN_CONTEXT[_a] = _IN_CONTEXT.get(_a, "") + _b
    _IN_CONTEXT[_b] = _IN_CONTEXT.get(_b, "") + _a
# Every letter's single-letter confusions: symspell's cheap ones and those weighed only in context.
_SWAPS: dict[str, str] = {}
for _a, _b in sorted(symspell.CHEAP) + [(_a, _b) for _a, _others in _IN_CONTEXT.items() for _b in _others]:
    if _b not in _SWAPS.get(_a, ""):
        _SWAPS[_a] = _SWAPS.get(_a, "") + _b


def _context(before: str, word: str, after: str, count: float) -> float:
    """log P(before word after) under a bigram model of web counts (unlisted pairs below independence)."""
    score = math.log(count + 1)
    for pair, other in ((f"{before} {word}", before), (f"{word} {after}", after)):
        if not other:
            continue
        joint = _count(pair)
        if joint == 0:
            joint = 0.1 * count * (_count(other) or 1) / _TOTAL
        score += math.log(joint + 1e-9) - math.log(count + 1)
    return score
