"""NL104: words run together without a space ('thegovernment'), split by dictionary evidence."""

from __future__ import annotations

from collections import Counter
from itertools import filterfalse
from typing import Container, Iterable, Iterator, Mapping

from newslint import lexicon, native, ngrams, wordspans
from newslint.model import Article
from newslint.ocr import gate as ocr_gate
from newslint.rule import Finding, Fix, quote
from newslint.rules.extraction._shared import (_DETERMINERS, _FUNCTION_PARTS, _bigram_key, _Counts,
                                               _ExtractionRule, _title_tokens, _used_words, _word_before)
from newslint.rules.extraction.glue import DAY_NAMES, MONTHS, GlueSuspects
from newslint.rules.extraction.sentences import _FUNCTION_WORDS_AFTER_NAMES


def _skip_space_back(text: str, pos: int) -> int:
    """``pos`` moved back over the white space before it (``len(text[:pos].rstrip())`` without the copy)."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos


_PREFIX_PARTICLES = frozenset("in on by to as at".split())  # function words that also start compounds
_PHRASAL_PARTICLES = ("down", "up", "out", "off", "over", "through", "back", "away")  # writedown, buyout, payback


def _particle(word: str) -> str:
    return next(p for p in _PHRASAL_PARTICLES if word.endswith(p))


# words that end no word written solid, though some start one (afterparty, whichever): a second part only
_TRAILING_PARTS = _FUNCTION_PARTS | frozenset("if had were but which would could should been after about than "
                                              "into who".split())
_SPACED_PART = 5  # shortest part of a split the article vouches for (not the compounds 'patdown', 'minidress')
_NAME_PART = 3  # the shortest name and word of a name glued to a word ('Voxfounder')
# the words after a name that NL103 splits off ('Reutersthat the'): not NL104's second part
_LEFT_TO_NL103 = _FUNCTION_PARTS | frozenset(_FUNCTION_WORDS_AFTER_NAMES.split("|"))
_NAMED_HEAD = 4  # the shortest name written twice that a frequent word may be glued to ('Thatcherismpossible')
_FREQUENT = 5000  # the word list's frequency of a word common enough to be glued to a name on a page's say-so
_EVERYDAY = 1000  # a word list frequency this high: an everyday word, which brands take as a name ('Citymeals')
_SHORTEST_RUN = 4  # the shortest run-on weighed: a function word and a word ('notthe', 'onour')
_SHORT_RUN = 7  # below this, only a split into a function word and a frequent word that the web far prefers
# longer tokens are not two words run together (and splitting them would cost time quadratic in length)
_MAX_RUN_TOGETHER = 40


def _inflected_head(word: str) -> str:
    """'ly' for an adverb made of a frequent word ('radically', 'weekly'; not 'family', 'early'), 's' for the plural
    of one ('profits', 'churches', 'companies'; not 'boss', 'bonus', 'crisis'), else ''."""
    frequency = lexicon.frequencies().get
    if word.endswith("ly"):
        return "ly" if len(word) >= 6 and frequency(word[:-2], 0) >= _COMMON else ""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return ""
    singulars = (word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else "")
    return "s" if any(frequency(singular, 0) >= _COMMON for singular in singulars if singular) else ""


_COMMON = 1000  # the word list's frequency of a common word (the median word has 50)
# the words English writes solid after a genitive 's': 'tradesman', 'womenswear', 'shillingsworth', 'townsfolk'
_GENITIVE_TAILS = frozenset("man men woman women wear worth folk people person".split())
_COMPOUND_HEAD = 12  # a plural the web writes solid before this many words starts compounds (news 242, profits 0)


def _python_unknown_words(words: Iterable[str], shortest: int, longest: int, table: Mapping[str, int],
                          accepted: Container[str]) -> list[str]:
    """The words of ``words`` (in its order) of ``shortest`` to ``longest`` characters, lower-case letters only, that
    ``table`` gives no frequency and ``accepted`` does not hold: NL104's candidates (``native.py``: compiled)."""
    long_words = [word for word in words if shortest <= len(word) <= longest]  # first: two in three words go
    # lower-case letters only, before the dictionary: a look-up in it costs more
    return [word for word in filterfalse(table.get, filter(str.islower, filter(str.isalpha, long_words)))
            if word not in accepted]


_unknown_words = native.pick("unknown_words", _python_unknown_words)


def _python_title_words_lowered(words: Iterable[str], shortest: int, longest: int) -> list[str]:
    """The title-case words of ``words`` (in its order) of ``shortest`` to ``longest`` characters, lowered: what
    ``_unknown_words(map(str.lower, filter(str.istitle, words)), shortest, longest, …)`` reads of them, since lowering
    never shortens a word, and a word it lengthens ('İ' to 'i̇') holds a combining mark, which no candidate does
    (the twin of the compiled ``title_words_lowered``: most words are shorter than ``shortest``, and are not asked
    ``istitle``)."""
    return [word.lower() for word in words if shortest <= len(word) <= longest and word.istitle()]


_title_words_lowered = native.pick("title_words_lowered", _python_title_words_lowered)


def _python_equal_count(items: list, text: str) -> int:
    """``items.count(text)`` (the twin of the compiled ``equal_count``, which compares an item that is an exact str by
    its code points, without a rich comparison)."""
    return items.count(text)


_equal_count = native.pick("equal_count", _python_equal_count)


def _counts_among(words: list[str], lower_words: list[str]) -> Mapping[str, int]:
    """How often each of ``words`` occurs in ``lower_words`` (``Counter(lower_words)`` for those words only): one or
    two on the mix, up to ``_COUNTED_ONE_BY_ONE``) counted one by one (``_equal_count``), more in one pass. Not the
    article's vocabulary: counting every word cost NL104 more than the rest of its work."""
    if len(words) <= _COUNTED_ONE_BY_ONE:
        return {word: _equal_count(lower_words, word) for word in words}
    wanted = frozenset(words)
    return Counter(filter(wanted.__contains__, lower_words))


# the compiled count of one word costs a fiftieth of a pass that looks every word up in a set (list.count: 0.3, 32c)
_COUNTED_ONE_BY_ONE = 32


def _body_words_known(article: Article) -> bool:
    """True when the OCR gate (``article.ocr``, which every default run asks for) looked up every plain lower-case word
    of the body (``lexicon.frequencies()``, as NL104 does) and found each one but wire abbreviations (none of which
    NL104 splits): its non-word rate is exactly 0. Below
    ``_EXACT_RATE_WORDS`` words one non-word rounds to a rate of 0.0001 or more; below the gate's ``_MIN_WORDS`` (and
    in a forced mode) it counts none. ``tests/rules/test_extraction_shortcuts.py`` holds it to that."""
    if article.ocr_mode != "auto":
        return False
    decision = article.ocr
    return decision.non_word_rate == 0 and ocr_gate._MIN_WORDS <= decision.words < _EXACT_RATE_WORDS


_EXACT_RATE_WORDS = 20_000  # the gate rounds its rate to 4 places: 1 in 20,000 would round to 0


def _inside_sentence(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` goes on a sentence: a word in lower case or a comma just before it, or a word in
    lower case after it."""
    before = text[max(0, start - 2):start]
    return before[-1:] == " " and (before[:1].islower() or before[:1] in ",;") \
        or text[end:end + 1] == " " and text[end + 1:end + 2].islower()


_STRIPPED_SEGMENTS = 2  # one in three of the articles with an unknown plain word and a case change has two or more


def _digit_before_date(article: Article, suspects: GlueSuspects) -> dict[str, int]:
    """A digit glued to a day's or a month's name ('Qualifier 1Wednesday, 25 May': a schedule's lines run together;
    not '3D', '4G' or '7News', other words than those names), looked for where NL102's pre-check (``suspects``) saw a
    digit before a capitalised word (word → 1, where the name starts). Two digits or more are NL102's glued amount."""
    return dict.fromkeys(_DIGIT_DATES.intersection(article.distinct_words), 1) if suspects.amounts else {}


_DIGIT_DATES = frozenset(digit + name for digit in "0123456789" for name in DAY_NAMES | MONTHS)


def _plain_english(article: Article) -> bool:
    """Not OCR output, and the word list knows 70 % of its plain words or more: where a short unknown word is two words
    run together, not a misreading ('beon' for 'been', 'iton' for 'iron') nor a word of another language ('hostis')."""
    decision = article.ocr
    return not decision.ocr and decision.non_word_rate <= _FOREIGN_RATE


_FOREIGN_RATE = 0.3  # dev news pages: 0.002 at the median, 0.09 at most but a page in Welsh (0.7); Latin 0.6


def _unknown_body_words(article: Article, accepted: Container[str]) -> list[str]:
    """``_unknown_words`` of the body's words (``_SHORTEST_RUN`` to ``_MAX_RUN_TOGETHER`` letters, lower case, not in
    the word list nor ``accepted``), taken from the words the OCR gate's tally did not find (``Article.plain_word_tally``:
    the same plain words less the wire abbreviations the gate passes, none of which splits: ``dlrs``, ``prev``), so no
    word is looked up twice. ``tests/rules/test_extraction_shortcuts.py`` holds it to that."""
    return [word for word in article.plain_word_tally[3]
            if _SHORTEST_RUN <= len(word) <= _MAX_RUN_TOGETHER and word not in accepted]


class RunTogetherWords(_ExtractionRule):
    code = "NL104"
    name = "run-together-words"
    summary = "Two common lower-case words run together (thepresident, governmentofficials)."
    bad = "officials met thepresident on Monday"
    good = "officials met the president on Monday"
    explanation = ("Flags only a token that no dictionary knows, that splits into two common words, and "
                   "whose split is far more frequent in web text than the token itself, or into two dictionary words "
                   "of five letters or more that the article writes apart elsewhere ('policeuniforms' beside "
                   "'police uniforms'), or, where the web's counts know neither the token nor the pair, into an adverb "
                   "in -ly or a plural and a common word, which no compound opens on ('profitsrose', "
                   "'radicallyimproved'; not 'gamesmaker' or 'tradesman': a plural the web writes solid before many "
                   "words, a genitive's compound). "
                   "A word of four to six letters only splits into a function word and a "
                   "frequent word the web writes apart far more often ('notthe', 'onour'), and not in OCR output or "
                   "another language. On a page whose markup was stripped (a case change inside a word, an unknown "
                   "lower-case word), also a capitalised word written once that is a name the page writes on its own "
                   "glued to a word it writes on its own ('Voxfounder'; a function word after a name is NL103's); brands the "
                   "web knows (PayPal, Groupon), a name written twice or in a domain, and a menu's brand pass. On "
                   "a page with an unknown lower-case word and one case change inside a word, also a name that is no "
                   "everyday word, written on its own twice, glued to a frequent word ('Thatcherismpossible'); on any "
                   "page, a digit glued to a day's or a month's name ('Qualifier 1Wednesday'; not '3D', '4G', "
                   "'7News').")

    def check(self, article: Article) -> Iterable[Finding]:
        text, title = article.text, _title_tokens(article)
        # three articles in four: the OCR gate found every word of the body in the word list, so only the title's
        # words may be unknown; in the fourth the body's are among those its look-ups did not find
        body_known = _body_words_known(article)
        splits = self._run_on_splits(article, title, body_known)
        # NL102's suspects: a paragraph with a case change inside a word ('inAugust') may have lost the spaces at its
        # tags' edges; two or more, the markup was stripped throughout the page (one may be a brand: 'iPhone')
        suspects = article.shared("extraction.glue-suspects", GlueSuspects)
        case_changes = 0 if body_known else len(suspects.segments)
        names = self._glued_names(article, case_changes >= _STRIPPED_SEGMENTS) if case_changes else {}
        names.update(_digit_before_date(article, suspects))
        if not splits and not names:
            return  # most articles: every long lower-case word is a known word, used twice or no two words
        splits.update(names)
        spans = [(start, end, word) for start, end, word in title if word in splits]
        spans += wordspans.tokens_among(article, set(splits))  # a few rare words: not every token located
        for start, end, word in sorted(spans):
            if start and text[start - 1] in "@#/.\\'’-" or text[end:end + 1] in ("@", "/"):
                continue
            split = splits[word]
            if word[:split] in _FUNCTION_PARTS \
                    and _word_before(text, _skip_space_back(text, start)).lower() in _DETERMINERS:
                continue  # "the onstart of winter": a noun after a determiner is a typo, not "the on start"
            if word in names and not _inside_sentence(text, start, end):
                continue  # a brand in a menu or a logo's name ('Newsdesk Logo')
            fixed = f"{word[:split]} {word[split:]}"
            yield self.finding(start, end, f"words run together {quote(word)}: {quote(fixed)}?",
                               Fix.replace(start + split, start + split, " ", description=f"insert a space: '{fixed}'"))

    def _run_on_splits(self, article: Article, title: list[tuple[int, int, str]], body_known: bool) -> dict[str, int]:
        """Where each lower-case word that two words run together splits (word → the second word's start)."""
        table, accepted = lexicon.frequencies(), self.context.accept_words
        unknown = _unknown_words([word for _, _, word in title], _SHORTEST_RUN, _MAX_RUN_TOGETHER, table, accepted)
        if not body_known:
            unknown = list(dict.fromkeys(_unknown_body_words(article, accepted) + unknown))
        if unknown and not _plain_english(article):
            unknown = [word for word in unknown if len(word) >= _SHORT_RUN]
        if not unknown:
            return {}
        cuts = {word: found for word in unknown if (found := self._cuts(word)) is not None and self._may_split(*found)}
        spaced = {word: cut for word in unknown if (cut := self._spaced_elsewhere(word, article.text)) is not None}
        if not cuts and not spaced:
            return {}
        counts = _counts_among(list(dict.fromkeys([*cuts, *spaced])), article.lower_words)  # twice: a coinage
        cuts = {word: found for word, found in cuts.items() if counts[word] <= 1}
        spaced = {word: cut for word, cut in spaced.items() if counts[word] <= 1}
        counts = ngrams.counts(key for word, found in cuts.items() for key in self._count_keys(word, *found))
        splits = {word: cut for word, found in cuts.items() if (cut := self._split(word, *found, counts)) is not None}
        return {**spaced, **splits}

    def _glued_names(self, article: Article, stripped: bool) -> dict[str, int]:
        """Capitalised words that are two words run together at a name (word → the second word's start): in no word
        list nor the web's counts, written once in the whole text (not a brand's domain or handle), a name glued to a
        word (:meth:`_name_cut`)."""
        shortest = 2 * _NAME_PART if stripped else _NAMED_HEAD + _NAME_PART + 1
        titled = _title_words_lowered(article.distinct_words, shortest, _MAX_RUN_TOGETHER)
        candidates = _unknown_words(titled, shortest, _MAX_RUN_TOGETHER, lexicon.frequencies(),
                                    self.context.accept_words)
        if not candidates:
            return {}  # most pages: no candidate, and the words of the body and the title are not gathered
        used, found, text = _used_words(article), {}, None
        for word in map(str.capitalize, candidates):
            cut = self._name_cut(word, used, stripped, article)
            if cut and word in used and not ngrams.count(word.lower()):
                text = article.text.lower() if text is None else text
                if text.count(word.lower()) == 1:
                    found[word] = cut
        return found

    def _name_cut(self, word: str, used: Container[str], stripped: bool, article: Article) -> int | None:
        """Where ``word`` splits into a name the page writes on its own and a word: on a page whose markup was stripped,
        into a name and a dictionary word both written on their own elsewhere, one such split only ('Voxfounder'
        beside 'Vox' and 'founder'; a brand, Newsdesk, rarely stands beside both of its parts); else into a name the
        page writes on its own twice or more, which is no everyday word ('Thatcherism', not 'News'), and a frequent
        word ('Thatcherismpossible', a linked name that lost the space after it)."""
        if stripped:
            cuts = [cut for cut in range(_NAME_PART, len(word) - _NAME_PART + 1)
                    if word[:cut] in used and self._stands_alone(word[cut:], used)]
            if len(cuts) == 1:
                return cuts[0]
        frequency, counts = lexicon.frequencies().get, _Counts(article)
        cuts = [cut for cut in range(_NAMED_HEAD, len(word) - _NAME_PART) if word[:cut] in used
                and frequency(word[cut:], 0) >= _FREQUENT and word[cut:] not in _LEFT_TO_NL103
                and frequency(word[:cut].lower(), 0) < _EVERYDAY and counts.more_than(word[:cut], 1)]
        return cuts[0] if len(cuts) == 1 else None

    def _stands_alone(self, tail: str, used: Container[str]) -> bool:
        """``tail`` is a dictionary word the article writes on its own, and no function word (a name glued to one,
        'Reutersthat the', is NL103's)."""
        return tail in used and tail not in _LEFT_TO_NL103 and self.known(tail)

    @staticmethod
    def _cuts(word: str) -> tuple[list[int], list[int], list[int]] | None:
        """Where ``word``, a word in lower case (its parts are their own ``lower()``), may split: into two
        frequent words, into a function word and a word (dealwill, ofasylum), and into an inflected head and a
        word (:func:`_inflected_head`: profitsrose, radicallyimproved); None for the closed noun of a phrasal verb
        (writedown, followthrough, buyout)."""
        frequency = lexicon.frequencies().get  # lexicon.frequency without a call per look-up: (word, 0)
        if len(word) < _SHORT_RUN:  # 'notthe', 'onour': a function word beside a frequent word, nothing else
            return [cut for cut in range(2, len(word) - 1) if (word[:cut] in _FUNCTION_PARTS or word[cut:] in
                    _FUNCTION_PARTS) and frequency(word[:cut], 0) >= 5000 and frequency(word[cut:], 0) >= 5000], [], []
        if word.endswith(_PHRASAL_PARTICLES) and frequency(word[:-len(_particle(word))], 0) >= 5000:
            return None
        frequent, functional, inflected = [], [], []
        for cut in range(1, len(word) - 1):
            a, b = word[:cut], word[cut:]
            if a in _FUNCTION_PARTS and len(b) >= 4 and frequency(b, 0) >= 100 \
                    or b in _TRAILING_PARTS and len(a) >= 4 and frequency(a, 0) >= 100:
                functional.append(cut)
            if cut >= 2 and (head := frequency(a, 0)) >= _COMMON:
                tail = frequency(b, 0)
                if head >= 5000 and tail >= 5000:
                    frequent.append(cut)
                if tail >= _COMMON and a[-1] in "sy" and len(b) >= 3 and _inflected_head(a):
                    inflected.append(cut)
        return frequent, functional, inflected

    def _spaced_elsewhere(self, word: str, text: str) -> int | None:
        """Where ``word`` splits into two dictionary words of ``_SPACED_PART`` letters or more that the article itself
        writes apart ('policeuniforms' where it also says 'police uniforms'): the page's own evidence, for the pairs
        the web's counts are silent on; None when no such split, or more than one, exists, or when the web writes
        the word solid (a compound the page also spells apart: 'powerbrokers')."""
        found = [cut for cut in range(_SPACED_PART, len(word) - _SPACED_PART + 1)
                 if self.known(word[:cut]) and self.known(word[cut:]) and f"{word[:cut]} {word[cut:]}" in text]
        return found[0] if len(found) == 1 and not ngrams.count(word) else None

    @staticmethod
    def _may_split(frequent: list[int], functional: list[int], inflected: list[int]) -> bool:
        """Whether :meth:`_split` can find a split point among these cuts (else the web counts are not looked up)."""
        return bool(frequent) or len(functional) == 1 or len(inflected) == 1

    @staticmethod
    def _count_keys(word: str, frequent: list[int], functional: list[int], inflected: list[int]) -> Iterator[str]:
        """The web counts that :meth:`_split` may weigh, looked up for all suspects at once."""
        yield word.lower()
        for cut in (*frequent, *functional):
            yield _bigram_key(word[:cut], word[cut:])

    @staticmethod
    def _split(word: str, frequent: list[int], functional: list[int], inflected: list[int],
               counts: dict[str, float]) -> int | None:
        """The split point when one split is confidently better than the token and any other split.

        Evidence is either a web bigram far more frequent than the token, or a split into a
        function word and a common word (dealwill, ofasylum) that is the only one possible, or one into an
        inflected head and a common word where the web never writes the token (:meth:`_inflected_split`).
        ``counts``: the web counts of :meth:`_count_keys` (an unlisted key counts 0).
        """
        as_word = counts.get(word.lower(), 0.0)
        scored = sorted(((counts.get(_bigram_key(word[:cut], word[cut:]), 0.0), cut) for cut in frequent), reverse=True)
        if scored and scored[0][0] >= 300_000:
            best, cut = scored[0]
            runner_up = scored[1][0] if len(scored) > 1 else 0.0
            if best > 20 * runner_up and best > 50 * as_word:
                return cut
        if len(functional) != 1:
            return RunTogetherWords._inflected_split(word, inflected, as_word)
        if as_word >= 20_000:
            return None
        cut = functional[0]
        if word[:cut] in _PREFIX_PARTICLES and not counts.get(_bigram_key(word[:cut], word[cut:]), 0.0):
            return None  # a particle that also forms words ('incomings', 'onlookers') and no web evidence
        return cut

    @staticmethod
    def _inflected_split(word: str, inflected: list[int], as_word: float) -> int | None:
        """The one cut after an adverb in -ly or a plural ('radicallyimproved', 'profitsrose'): no compound opens on
        either ('publicly funded', 'profits rose'), so two frequent words so joined are two words, where the web
        never writes the token; but a plural the web writes solid before many words ('news', 'sports', 'games':
        newsdesk, sportswear) opens compounds, and a genitive 's' does before a few words ('tradesman', 'menswear')."""
        if len(inflected) != 1 or as_word:
            return None
        cut = inflected[0]
        if _inflected_head(word[:cut]) == "s" and (word[cut:] in _GENITIVE_TAILS
                                                   or ngrams.words_starting(word[:cut]) >= _COMPOUND_HEAD):
            return None
        return cut
