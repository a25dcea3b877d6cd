"""Caption seams: where a sentence without its full stop runs into the next one, by a small logistic model.

A page flattened into one line keeps its photo captions and headings, which have no full
stop: ``…one of the best coaches in the world Simeone's side host rivals…``. Every place
where a word ending in a lower-case letter or a digit is followed, after one space, by a
capitalised word is a *candidate seam*; most are names inside a sentence (``boss Diego
Simeone``). :func:`seams` looks only inside long stretches between sentence stops (a caption
and the sentence it runs into make one long "sentence"), and scores each candidate on
signals that carry from site to site: the word before (a preposition or a title noun leads
into a name; a clause rarely ends on one), the capitalised word (a word that starts
sentences, a common lower-case word, a ``Label:``), the word after it (a verb: a new clause
has begun), the length of the stretch on each side. ``python bench/train_captions.py`` (its defaults) fits the
weights on the dev records of ``bench/labels/scraped.jsonl`` and the dev half of the BBC corpus and writes them to
``newslint/data/captions.json``, with how they were made (``made_by``: the command, its options, the label files'
SHA-256); ``tests/test_train_captions.py`` holds the file to the script's defaults and those files.
"""

from __future__ import annotations

import bisect
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, NamedTuple

from newslint import native, occurrences, regexcache

MIN_PARAGRAPH_CHARS = 1000  # a flattened page is one long paragraph; few edited paragraphs are this long
MIN_RUN_WORDS = 36  # a shorter stretch between stops is an ordinary sentence: never scored

MIN_FIRST_RUN_WORDS = 20  # the stretch that opens a paragraph: a caption and the story's first sentence
MIN_FIRST_STRETCH_CHARS = 100
MIN_STRETCH_CHARS = 180  # a cheap first cut, in C: stretches shorter than this rarely hold MIN_RUN_WORDS words

# what ends a stretch: a sentence stop (a decimal point or an abbreviation's dot too: cheap, and rarely costs a seam)
_STOPS = regexcache.compile(r"[.!?…\n]")
# the space of a candidate seam: after a lower-case letter, digit, % or ), before a capital (or a quote and a capital);
# in a look-ahead, the words after it: the capitalised word (a label's colon kept), the next word, the one after
# (the space first: the search skips to each space in C)
_SEAM = regexcache.compile(r" (?<=[a-z0-9%)'’\"”] )(?=([‘'\"“]?[A-Z][\w'’-]*:?)(?: ([\w'’-]+:?)(?: ([\w'’-]+))?)?)")
_CLOSING_QUOTES = frozenset("'’\"”")
# the word before the seam, as the end of the text before it
_TOKEN_CHARS = frozenset("'’\"”“‘%)-_")
_QUOTES = frozenset("\"'“‘")
# small words inside titles and names: 'The Lord of the Rings', 'A Man and a Woman'
_TITLE_GLUE = frozenset("of and the de for in on at to a an or with from".split())

# words that open sentences and rarely sit inside a name or title
_STARTERS = frozenset("""The He She It They We I His Her Their Its Our My You But And This These Those There
When While According However Meanwhile After Before During Earlier Later Speaking In A An As At For If On Some
So Not Now One Many Most What Why How Despite Although Though Since Both Each Every Other Others Last Next Yet
Instead Also Asked Here Then Today Yesterday Tonight Without With From Under Over Among Unlike Like Even
Only Just Such Until Once Following Having Being Pictured Above Below Left Right""".split())
_PRONOUNS = frozenset("He She It They We You".split())
_NAME_LINKS = frozenset("of de del della du von van".split())  # small words inside a name: 'Bank of England'
# a contraction that opens a sentence counts as its first word: 'That's one way…', 'There's only…', 'It's not…'
_CONTRACTION = regexcache.compile(r"['’](?:s|re|ll|ve|d|m)$")
_CONTRACTED = frozenset("It That There Here What Where Who He She They We You Let".split())  # not I: "why I'm"
# words no sentence ends on: what follows them, even 'We' or a quoted 'We', is inside the sentence ('a 'We Do Not
# Consent' rally', 'Chancellor Otto von Bismarck', 'Mumbai v Kolkata')
_NEVER_LAST = frozenset("the a an of v von van der den du da di del della bin ibn".split())
# words a name follows inside a sentence: prepositions, articles, conjunctions, verbs of saying, auxiliaries
_INTO_NAME = frozenset("""the a an of to in on at by for from with into onto about over under after before
during against between among without within near and or but nor as than that which who whom whose where when
while if because although though since until unless whether like per via vs said says told added asked
called named dubbed is was are were be been being has have had will would could should can may might must do
does did not also including include includes included such both either neither his her their its our my your
this these those one two three four five six seven eight nine ten its join joined joins beat beats beating
against versus
mean means meant believe believes believed think thinks thought hope hopes hoped fear fears feared know knows knew
warn warns warned claim claims claimed insist insists insisted suggest suggests suggested admit admits admitted
argue argues argued show shows showed ensure ensures ensured expect expects expected reveal reveals revealed
confirm confirms confirmed predict predicts predicted rule rules ruled find finds found decide decides decided
announce announces announced state states stated conclude concludes concluded note notes noted agree agrees agreed
hear hears heard learn learns learned learnt realise realises realised realize realizes realized
see sees saw given giving supporting supported backing backed titled entitled headlined""".split()) | _NEVER_LAST
# (verbs that open a clause: 'meant Labour was', 'ruled McDonald's had been')

# nouns that stand before a name as its title: 'Atletico boss Diego Simeone', 'his wife Jane'
_TITLE_NOUNS = frozenset("""boss manager coach striker midfielder defender forward goalkeeper keeper winger
captain player star chairman chairwoman president minister secretary spokesman spokeswoman spokesperson
director chief executive actor actress singer rapper model presenter host wife husband son daughter father mother
brother sister friend partner girlfriend boyfriend fiancee fiance colleague team-mate teammate mate leader
senator governor mayor judge officer detective inspector sergeant constable lawyer attorney professor
doctor dr researcher author writer editor founder owner rival opponent champion winner legend veteran
counterpart successor predecessor namesake neighbour neighbor cousin uncle aunt nephew niece grandson
granddaughter grandfather grandmother widow sir lord lady dame king queen prince princess duke duchess
officials official analyst economist expert candidate nominee pilot driver rider trainer jockey donor
backer supporter fan north south east west northern southern eastern western northeast northwest southeast
southwest central firm company group agency bank airline retailer chain charity broadcaster channel network fund
million billion trillion""".split())  # the compass before a place ('west London', 'southeast Asia'), a kind
# of business before its name ('finance firm Angelo Gordon'), an amount before a fund's ('£5 billion Future Homes Fund')
# the words of a photo caption: '(left)', '(from left to right)', '(pictured)' in brackets (a scan that skips to each
# '('); 'pictured', 'file photo' outside them, after no letter (tried where str.find finds them: a pattern that could
# start at any 'p' or 'f' stops at every one)
_IN_PARENS = r"(?:[^()]{0,16}\b)?(?:left|right|centre|center|pictured|above|below|inset|L-R)\b[^()]{0,12}\)"
_PAREN_CUE = regexcache.compile(r"\(" + _IN_PARENS)
_WORD_CUE = regexcache.compile(r"(?<![^\W\d_])(?:pictured|file (?:photo|picture|image))\b")
_WORD_CUE_STARTS = ("pictured", "file ")
CUE_WINDOW = 120  # characters each side of a seam searched for a photo cue: about one caption
_THREE_WORDS = regexcache.compile(r"\S+ \S+ \S+")
_AUXILIARIES = frozenset("""is was are were has had have will would could can may might should must did does
do says said has been isn't wasn't won't can't didn't""".split())


class Candidate(NamedTuple):
    seam: int          # offset of the space between the two words, in the paragraph text
    before: str        # the word before the seam
    word: str          # the capitalised word after it
    after: str         # the word after that ('' at a stop or the end)
    left: int          # words between the stretch's start and the seam
    right: int         # words between the seam and the stretch's end
    repeated: bool     # the capitalised word occurs again in the text (names recur)
    lower_use: bool    # the word occurs in lower case in the text (a common word)
    echo: bool         # the three words before the seam occur again in the text (captions repeat the story)
    echo_after: bool = False  # the three words after the seam occur again in the text (a caption's opening repeats it)
    cue_before: bool = False  # a photo cue ('(left)', 'pictured') in the words just before the seam: a caption ends here
    cue_after: bool = False   # a photo cue in the words just after the seam: a caption starts here
    third: str = ""           # the word after ``after`` ('' at a stop or the end)
    junction_twice: bool = False  # the two words across the seam occur again in the text: a phrase, not an accident
    opens_sentence: bool = False  # the capitalised word opens a sentence elsewhere in the text: a subject, a new clause
    previous: str = ""        # the word before ``before`` when that is in lower case ('' otherwise, or at the start)


FEATURES = ("bias", "starter", "pronoun", "quote", "label", "into_name", "title_noun", "before_digit",
            "before_capital", "after_lower", "after_auxiliary", "after_verb_s", "after_capital", "left_short",
            "left_long", "right_short", "long_stretch", "repeated", "lower_use", "echo", "before_lower", "caption_length",
            "name_clause", "capital_then_starter", "echo_after", "cue_before", "cue_after", "before_time",
            "before_video", "possessive", "modifier", "video_prompt", "name_then_verb", "junction_twice",
            "opens_sentence", "before_verb_form", "verb_object")
# words that end a caption's time or date: '…at the Barcelona Open on Wednesday Rafael Nadal beat…', '…in 2008 Bueno…'
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH_NAMES = frozenset("""January February March April May June July August September October November
December""".split())
# words that lead into a name inside a sentence and are not in _INTO_NAME (which also drops a candidate): a
# role or a time before it ('former Lyon striker', 'current Celtics coach'), a question word ('how Moores
# could'), a verb of saying ('commented Tracy Ayre'), a preposition ('mobilized behind Hillary Clinton')
_MODIFIERS = frozenset("""former fellow another ex first erstwhile would-be current incumbent outgoing new how why
what commented wrote tweeted explained replied posted referee general rivals giants side outfit hosts visitors
champions behind across toward towards beyond around through throughout upon past beside besides inside outside
despite except alongside amid amidst beneath underneath""".split())
# small words that keep a capitalised pair inside a longer phrase ('Rafael Nadal and his coach', 'Real Madrid of
# Spain'): any other lower-case word after the pair is most often its verb
_INSIDE_PHRASE = frozenset("""and or nor but of in at for to from with on by as than who whose whom which that the a an
v vs""".split()) | _NEVER_LAST
# words after which a verb's plain form follows
_INFINITIVE_MARKERS = frozenset("""to can could cannot can't couldn't will would won't wouldn't shall should shouldn't
must may might did didn't do does don't doesn't never not""".split()) | frozenset(
    w.replace("'", "’") for w in "can't couldn't won't wouldn't shouldn't didn't don't doesn't".split())
_TIME_WORDS = _WEEKDAYS | {month.lower() for month in _MONTH_NAMES} | frozenset("""season seasons year years week
weeks weekend month months summer winter spring autumn night morning afternoon evening today yesterday tonight minutes
hours days""".split())


def candidates(text: str) -> Iterator[Candidate]:
    """The candidate seams of one paragraph, in the long stretches between its sentence stops."""
    cues = _cue_positions(text)
    for candidate, start, end in _raw_candidates(text):
        yield _with_scans(candidate, text, start, end, cues)


def _raw_candidates(text: str) -> Iterator[tuple[Candidate, int, int]]:
    """Candidates without the features that scan the text (``repeated``, ``lower_use``, ``echo``…), with
    the start and end of their stretch."""
    if len(text) < MIN_PARAGRAPH_CHARS:
        return  # a paragraph of edited text, not a flattened page
    for fields, start, end in _find_candidates(text, *_FILTERS):
        yield _new_tuple(Candidate, fields), start, end  # (Candidate._make without its checks)


def _candidate_fields(text: str, starters: frozenset[str], pronouns: frozenset[str], into_name: frozenset[str],
                      never_last: frozenset[str], title_glue: frozenset[str], name_links: frozenset[str],
                      min_paragraph: int, min_stretch: int, min_first_stretch: int, min_run_words: int,
                      min_first_run_words: int) -> list[tuple[tuple, int, int]]:
    """(fields, start, end) of each candidate of the paragraph ``text``, in order: the fields of its
    :class:`Candidate` without the scans of the text (those False), the start and end of its stretch. The candidates
    are the ``_SEAM`` matches in its long stretches between stops that the word sets (``_FILTERS``) do not rule out.
    (The pure-Python twin of ``_speedups.caption_candidates``.)"""
    if len(text) < min_paragraph:
        return []
    pieces = _STOPS.split(text)
    if max(map(len, pieces)) < min_stretch:
        return []  # most paragraphs of edited prose: no stretch long enough
    found = []
    start = 0
    for piece in pieces:
        first = start == 0  # a page opens with its lead picture's caption: a shorter stretch may hide it
        if len(piece) >= (min_first_stretch if first else min_stretch) \
                and (spaces := piece.count(" ")) >= (min_first_run_words if first else min_run_words):
            found.extend(_in_stretch(text, start, start + len(piece), spaces, starters, pronouns, into_name,
                                     never_last, title_glue, name_links))
        start += len(piece) + 1  # the stop: one character
    return found


def _word_before(text: str, start: int, seam: int) -> str:
    word = text[max(start, text.rfind(" ", start, seam) + 1):seam]
    if word.isalnum():
        return word  # most words: letters and digits back to the space before them
    at = seam
    while at > start and (text[at - 1].isalnum() or text[at - 1] in _TOKEN_CHARS):
        at -= 1
    return text[at:seam]


def _in_stretch(text: str, start: int, end: int, spaces: int, starters: frozenset[str], pronouns: frozenset[str],
                into_name: frozenset[str], never_last: frozenset[str], title_glue: frozenset[str],
                name_links: frozenset[str]) -> Iterator[tuple[tuple, int, int]]:
    """The candidates of the stretch ``text[start:end]``, which holds ``spaces`` spaces (as :func:`_candidate_fields`)."""
    counted, left = start, 0  # the spaces in text[start:counted], counted on from one seam to the next
    for space in _SEAM.finditer(text, start, end):
        seam = space.start()
        if text[seam - 1] in _CLOSING_QUOTES and not text[seam - 2:seam - 1].islower():
            continue  # a quotation closed after its stop ('…he said.' Then) or a bare quote mark
        before = _word_before(text, start, seam)  # never empty: the character before the seam is part of it
        word, after, third = space.groups("")  # (a word the pattern matched is never empty)
        bare = word.lstrip("‘'\"“").rstrip(":")
        lower = before.lower()
        if lower in into_name and (bare not in pronouns or word[0] in _QUOTES or lower in never_last) \
                or word == "I" or len(bare) > 1 and bare.isupper():
            continue  # 'by Diego', 'of Madrid', "called 'We Support…'": a name or title inside the sentence;
            # 'the people I met'; 'to use FAST to'
        if word in starters and after[:1].isupper() and not after.endswith(":") and (
                not third[:1].islower() or third in title_glue):
            continue  # 'heard The Soul Sessions', 'The Lord of the Rings': a title ('on Tuesday The Italian boss' is not)
        if word not in starters and after in name_links and third[:1].isupper():
            continue  # 'a sold-out Stadium of Light', 'a Council of Northern Mayors': one name
        if word.endswith(":") or after.endswith(":"):
            colon = text.find(":", seam)
            if text[colon + 1:colon + 3].lstrip()[:1] in _QUOTES:
                continue  # "told BBC Radio 4's Today programme: 'It's…'": a quotation, not a caption label
        left += text.count(" ", counted, seam)
        counted = seam
        previous = _word_before(text, start, seam - len(before) - 1) if left and before[0].islower() else ""
        yield (seam, before, word, after, left, spaces - left - 1, False, False, False, False, False, False, third,
               False, False, previous), start, end


# the word sets and lengths :func:`_candidate_fields` (or its compiled twin) filters candidates with
_FILTERS = (_STARTERS, _PRONOUNS, _INTO_NAME, _NEVER_LAST, _TITLE_GLUE, _NAME_LINKS, MIN_PARAGRAPH_CHARS,
            MIN_STRETCH_CHARS, MIN_FIRST_STRETCH_CHARS, MIN_RUN_WORDS, MIN_FIRST_RUN_WORDS)
_find_candidates = native.pick("caption_candidates", _candidate_fields)
_new_tuple = tuple.__new__


def _python_cue_positions(text: str) -> list[int]:
    """Where the photo cues of ``text`` start, in order: those in brackets, and the words outside them (no two cues
    overlap otherwise: a bracketed cue holds no '(' but its first, a word none). (The pure-Python twin of
    ``_speedups.caption_cue_positions``, block 30c.)"""
    # (each '(' found by str.find and matched there: Python's re walked every character to the next '(', 29d; no match
    # holds a '(' after its first, so these are finditer's matches)
    brackets = [found.span() for at in _starts(text, ("(",)) if (found := _PAREN_CUE.match(text, at))]
    words = [at for at in _starts(text, _WORD_CUE_STARTS) if _WORD_CUE.match(text, at)]
    if not words:
        return [start for start, _ in brackets]
    outside, k = [], 0
    for at in words:
        while k < len(brackets) and brackets[k][1] <= at:
            k += 1
        if k == len(brackets) or at < brackets[k][0]:
            outside.append(at)
    return sorted([start for start, _ in brackets] + outside)


_cue_positions = native.pick("caption_cue_positions", _python_cue_positions)


def _starts(text: str, needles: tuple[str, ...]) -> list[int]:
    """Where each of ``needles`` occurs in ``text`` (overlaps included), in order."""
    found = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    return sorted(found)


class _CuePositions:
    """:func:`_cue_positions` of one text, searched for on the first call (cheaper to make than an ``lru_cache``
    wrapper, one per paragraph)."""

    __slots__ = ("text", "positions")

    def __init__(self, text: str) -> None:
        self.text, self.positions = text, None

    def __call__(self) -> list[int]:
        if self.positions is None:
            self.positions = _cue_positions(self.text)
        return self.positions


def _with_scans(c: Candidate, text: str, start: int, end: int, cues: list[int], junction: bool = True) -> Candidate:
    """``c`` with the features that search the text: the word again, in lower case, the words around it
    again, photo cues near it (``cues``: :func:`_cue_positions`)."""
    flags = list(_scans(c, text, start, end, lambda: cues))
    return _scanned(c, flags, junction and _junction_twice(occurrences.of(text), c))


# the features that search the text, in the order :func:`_scans` asks them
SCANS = ("echo", "opens_sentence", "lower_use", "repeated", "echo_after", "cue_before", "cue_after")


def _scans(c: Candidate, text: str, start: int, end: int, cues: Callable[[], list[int]], first: int = 0
           ) -> Iterator[bool]:
    """The features of ``c`` that search the text (``SCANS``), one at a time as asked, from the ``first``: the most
    weight for the least work first, the photo cues last (``cues()``: :func:`_cue_positions`, a search of the whole
    paragraph)."""
    # text.count and in, without a scan of a long text per candidate (a shorter one asked directly, as occurrences
    # would: most paragraphs)
    found = occurrences.of(text) if len(text) >= occurrences.LONG_TEXT else None
    bare = c.word.lstrip("‘'\"“").rstrip(":")
    if first <= 0:
        tail = text.rfind(" ", start, text.rfind(" ", start, c.seam - len(c.before)))
        yield tail > start and (_twice(text, text[tail:c.seam]) if found is None else found.twice(text[tail:c.seam]))
    if first <= 1:
        yield c.after[:1].islower() and (f". {bare} " in text if found is None else found.contains(f". {bare} "))
    if first <= 2:
        yield len(bare) > 2 and (f" {bare.lower()} " in text if found is None else found.contains(f" {bare.lower()} "))
    if first <= 3:
        yield _twice(text, bare) if found is None else found.twice(bare)
    if first <= 4:
        head = _THREE_WORDS.match(text, c.seam + 1, end)
        yield bool(head) and (_twice(text, head.group()) if found is None else found.twice(head.group()))
    if first <= 6:
        positions = cues()
        if first <= 5:
            near = bisect.bisect_left(positions, max(start, c.seam - CUE_WINDOW))  # the first cue that could be near
            yield near < len(positions) and positions[near] < c.seam
        last = bisect.bisect_left(positions, min(end, c.seam + CUE_WINDOW))
        yield bisect.bisect_left(positions, c.seam) < last


def _python_scans_on(text: str, start: int, end: int, c: Candidate, first: int, most: float, floor: float,
                     gains: tuple[float, ...], flags: list[bool], cues: Callable[[], list[int]]) -> tuple[int, float]:
    """The scans of ``c`` (:func:`_scans`) from the ``first``, each appended to ``flags``, while the most its log-odds
    can reach stays at ``floor`` or above: ``most``, less the gain (``gains``, in ``SCANS`` order) of each scan that is
    off. (The index of the next scan, 7 once all are done, and ``most``.) (The pure-Python twin of
    ``_speedups.caption_scans``, which is asked only of a text shorter than ``occurrences.LONG_TEXT``.)"""
    for k, on in enumerate(_scans(c, text, start, end, cues, first), first):
        flags.append(on)
        if not on:
            most -= gains[k]
            if most < floor:
                return k + 1, most
    return len(SCANS), most


_scans_on = native.pick("caption_scans", _python_scans_on)


def _twice(text: str, needle: str) -> bool:
    """``text.count(needle) > 1`` for a ``needle`` that is not empty, without counting past the second occurrence
    (``count`` reads the whole text: a word that recurs, as most do, is found twice near the start)."""
    first = text.find(needle)
    return first >= 0 and text.find(needle, first + len(needle)) >= 0


def _scanned(c: Candidate, flags: list[bool], junction_twice: bool) -> Candidate:
    """``c`` with the features of :func:`_scans` (``flags``, in ``SCANS`` order) and ``junction_twice``."""
    # (a new tuple, made as ``_raw_candidates`` makes them: ``_replace`` and the keyword call cost more)
    echo, opens_sentence, lower_use, repeated, echo_after, cue_before, cue_after = flags
    return _new_tuple(Candidate, (c.seam, c.before, c.word, c.after, c.left, c.right, repeated, lower_use, echo,
                                  echo_after, cue_before, cue_after, c.third, junction_twice, opens_sentence,
                                  c.previous))


def _junction_twice(found: occurrences.Occurrences, c: Candidate) -> bool:
    return found.twice(f" {c.before} {c.word}")


def features(c: Candidate) -> list[float]:
    """The feature vector of a candidate seam (see FEATURES): 1.0 where a feature is on, 0.0 where it is off."""
    on = set(_on(c))
    return [float(name in on) for name in FEATURES]


def _on(c: Candidate) -> list[str]:
    """The names of the features of ``c`` that are on (every feature is 0 or 1), in FEATURES order."""
    (_, before, word, after_word, left, right, repeated, lower_use, echo, echo_after, cue_before, cue_after, third,
     junction_twice, opens_sentence, previous) = c
    bare = word.lstrip("‘'\"“").rstrip(":")
    after = after_word.rstrip(":")
    lower = before.lower()
    starter = bare in _STARTERS or ("'" in bare or "’" in bare) and _CONTRACTION.sub("", bare) in _CONTRACTED
    title_noun = lower in _TITLE_NOUNS
    after_lower = after[:1].islower()
    first = before[0]
    before_lower = first.islower()
    before_upper = first.isupper()
    video = lower in ("video", "videos")
    on = ["bias"]
    add = on.append
    if starter:
        add("starter")
    if bare in _PRONOUNS:
        add("pronoun")
    if word[0] in "‘'\"“":
        add("quote")
    if word.endswith(":") or after_word.endswith(":"):
        add("label")
    if lower in _INTO_NAME:
        add("into_name")
    if title_noun:
        add("title_noun")
    if before[-1].isdigit():
        add("before_digit")
    if before_upper:
        add("before_capital")
    if after_lower:
        add("after_lower")
    if after in _AUXILIARIES:
        add("after_auxiliary")
    if after_lower and after.endswith("s") and not after.endswith("ss"):
        add("after_verb_s")
    if after[:1].isupper():
        add("after_capital")
    if left < 6:
        add("left_short")
    if left >= 12:
        add("left_long")
    if right < 6:
        add("right_short")
    if left + right >= 40:
        add("long_stretch")
    if repeated:
        add("repeated")
    if lower_use:
        add("lower_use")
    if echo:
        add("echo")
    if before_lower:
        add("before_lower")
    if 8 <= left <= 40:
        add("caption_length")
    # 'pegged back Hazard is unlikely': a name met before, then a verb, after a word that ends a clause
    if repeated and before_lower and not title_noun and not starter and _verb_after_name(after):
        add("name_clause")
    # '…in Sapa, Vietnam That's one way': a place ends the caption, a sentence word opens the next
    if before_upper and starter and after[:1].islower():
        add("capital_then_starter")
    if echo_after:
        add("echo_after")
    if cue_before:
        add("cue_before")
    if cue_after:
        add("cue_after")
    if (lower in _TIME_WORDS or len(before) == 4 and before.isdigit() and before[:2] in ("19", "20")) \
            and not (lower in _WEEKDAYS and bare in _MONTH_NAMES):  # 'on Saturday April 11': one date
        add("before_time")
    # the page's video prompt ('Scroll down for video') is followed by the caption of the video's still
    if video:
        add("before_video")
    # a possessive opening a sentence: '…to fail to win Rotherham's desire to stave off…'
    if bare.endswith(("'s", "’s", "s'", "s’")) and len(bare) > 3:
        add("possessive")
    if lower in _MODIFIERS:
        add("modifier")
    # the prompt itself opens the stretch ('… Scroll down for video Reality star June…'): a caption follows
    if video and left <= 4:
        add("video_prompt")
    # a name of two words, then a verb: a clause opens at the seam ('…the La Liga title race Luis Suarez starred in…')
    if after[:1].isupper() and third[:1].islower() and third not in _INSIDE_PHRASE:
        add("name_then_verb")
    if junction_twice:
        add("junction_twice")
    if opens_sentence and after_lower:  # (a word before another capital is part of a name: 'Mr Brown')
        add("opens_sentence")
    # a verb form before a name is its object or subject ('tackled England fans', 'to stop Rosberg winning')
    if before_lower:
        if lower.endswith(("ed", "ing")):
            add("before_verb_form")
        # a verb's plain form after 'to' or a modal takes what follows as its object ('to stop Rosberg winning',
        # 'couldn't penetrate Palace's defence')
        if previous.lower() in _INFINITIVE_MARKERS:
            add("verb_object")
    return on


def _verb_after_name(after: str) -> bool:
    """The word after a name is a verb: an auxiliary, or a past form ('Hazard is unlikely', 'Moyes admitted')."""
    return after in _AUXILIARIES or after.endswith("ed") and after[:1].islower()


_ORDER = {name: k for k, name in enumerate(FEATURES)}


def _scanned_on(raw_on: list[str], c: Candidate) -> list[str]:
    """``_on(c)`` for a candidate with its scans, from ``raw_on`` (``_on`` of the same candidate before them): the
    scans change only the features named below, so ``_on``'s other checks are not run again."""
    names = [name for name, flag in (("repeated", c.repeated), ("lower_use", c.lower_use), ("echo", c.echo),
                                     ("echo_after", c.echo_after), ("cue_before", c.cue_before),
                                     ("cue_after", c.cue_after), ("junction_twice", c.junction_twice)) if flag]
    if c.opens_sentence and "after_lower" in raw_on:
        names.append("opens_sentence")
    if c.repeated and "before_lower" in raw_on and "title_noun" not in raw_on and "starter" not in raw_on \
            and _verb_after_name(c.after.rstrip(":")):
        names.append("name_clause")
    return sorted(raw_on + names, key=_ORDER.__getitem__) if names else raw_on  # FEATURES order, as ``_on``


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((Path(__file__).parent / "data" / "captions.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _model() -> tuple[list[float], float]:
    weights = _data()["weights"]
    return [weights.get(name, 0.0) for name in FEATURES], _data()["threshold"]


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    """The model's weight of each feature, by name."""
    return dict(zip(FEATURES, _model()[0]))


def score(vector: list[float]) -> float:
    """The model's probability that a candidate with this feature vector is a caption seam."""
    weights, _ = _model()
    return 1.0 / (1.0 + math.exp(-sum(w * x for w, x in zip(weights, vector))))


def seams(text: str) -> Iterator[Candidate]:
    """The candidate seams of ``text`` that the model scores at or above its threshold.

    A candidate is first scored without the features that scan the whole text; when even their
    full weight could not lift it to the threshold, it is dropped before they are computed.
    """
    yield from _Scored(text).sure()


def _python_features_and_log_odds(candidates: list[Candidate], names: tuple[str, ...], weights: tuple[float, ...],
                                  *word_sets: frozenset[str]) -> list[tuple[list[str], float]]:
    """(``_on(c)``, :func:`_z` of ``c``) of each candidate ``c``: the features that are on and the log-odds, the weights
    (``weights``, in the order of ``names``: FEATURES) summed by ``sum`` in FEATURES order. ``word_sets`` are the sets
    ``_on`` reads (:func:`_feature_args`), passed for the compiled twin. (The pure-Python twin of
    ``_speedups.caption_features``.)"""
    weight = dict(zip(names, weights)).__getitem__
    return [(on, sum(map(weight, on))) for on in map(_on, candidates)]


_features_and_log_odds = native.pick("caption_features", _python_features_and_log_odds)


@lru_cache(maxsize=1)
def _feature_args() -> tuple:
    """The arguments of :func:`_features_and_log_odds` after the candidates: FEATURES, the model's weights and the word
    sets ``_on`` reads."""
    return (FEATURES, tuple(_model()[0]), _STARTERS, _CONTRACTED, _PRONOUNS, _INTO_NAME, _TITLE_NOUNS, _AUXILIARIES,
            _TIME_WORDS, _WEEKDAYS, _MONTH_NAMES, _MODIFIERS, _INSIDE_PHRASE, _INFINITIVE_MARKERS)


def _z(weights: dict[str, float], candidate: Candidate) -> float:
    """The model's log-odds for ``candidate``: the weights of its features that are on, summed in FEATURES order
    (the terms of ``score``'s sum without its exact zeros, so the same sum to the last bit)."""
    return sum(map(weights.__getitem__, _on(candidate)))


class _Scored:
    """The candidates of one paragraph, each scored once without the features that scan the text (and with
    them once where needed), shared by :func:`seams` and the weaker seams :func:`caption_seams` adds beside
    them: no stretch is cut, and no candidate found or scored, twice."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.weights = _weights()
        # each candidate with the most its log-odds could reach once the text is scanned
        self.raw = []
        self._raw_on: dict[int, tuple[list[str], float]] = {}  # seam -> the features on before the scans, their log-odds
        found = list(_raw_candidates(text))
        for (raw, start, end), (on, z) in zip(found, _features_and_log_odds([raw for raw, _, _ in found],
                                                                            *_feature_args())):
            self._raw_on[raw.seam] = on, z
            self.raw.append((raw, start, end, z + _scan_gain(raw.after[:1].islower(), raw.before[0].islower())))
        # the photo cues, searched for on the first ask (a callable that holds the text, not this object: no cycle
        # keeps a long text alive)
        self._cues = _CuePositions(text)
        self._scanned: dict[int, tuple[Candidate, float]] = {}  # seam -> the candidate with its scans, its log-odds
        # seam -> the scans of a candidate dropped on the way: [the most its log-odds can still reach, the flags found,
        # what each scan can add (:func:`_scan_gains`), the index in SCANS of the next to ask]
        self._pending: dict[int, list] = {}

    def _sum(self, on: list[str]) -> float:
        """The log-odds of a candidate whose features ``on`` are on (as :func:`_z`)."""
        return sum(map(self.weights.__getitem__, on))

    def sure(self) -> Iterator[Candidate]:
        """The candidates scored at or above the model's threshold, in order."""
        threshold = _model()[1]
        cut = math.log(threshold / (1 - threshold))
        for raw, start, end, most in self.raw:
            if most >= cut and (done := self.reaching(raw, start, end, cut)) and done[1] >= cut:
                yield done[0]

    def scanned(self, raw: Candidate, start: int, end: int) -> tuple[Candidate, float]:
        """``raw`` with the features that scan the text, and its log-odds with them."""
        return self.reaching(raw, start, end, -math.inf)

    def reaching(self, raw: Candidate, start: int, end: int, cut: float) -> tuple[Candidate, float] | None:
        """:meth:`scanned`, or None where the log-odds stay below ``cut``: the scans are asked one at a time
        (:func:`_scans`), and no more once even the full weight of the ones left could not lift ``raw`` to ``cut``
        (most candidates are dropped before the photo cues, a search of the whole paragraph, are needed); asked
        again with a lower cut (the block threshold), a dropped candidate goes on from the scan it stopped at."""
        seam = raw.seam
        done = self._scanned.get(seam)
        if done is not None:
            return done
        raw_on, raw_z = self._raw_on[seam]
        pending = self._pending.get(seam)
        if pending is None:
            gains = _scan_gains("after_lower" in raw_on, len(raw.word.lstrip("‘'\"“").rstrip(":")) > 2,
                                "before_lower" in raw_on and "title_noun" not in raw_on and "starter" not in raw_on
                                and _verb_after_name(raw.after.rstrip(":")))
            pending = self._pending[seam] = [raw_z + gains[0], [], gains[1], 0]
        most, flags, gains, first = pending
        floor = cut - _ROUNDING  # the bound is summed in another order than the log-odds
        if most < floor:
            return None
        scans_on = _scans_on if len(self.text) < occurrences.LONG_TEXT else _python_scans_on
        first, most = scans_on(self.text, start, end, raw, first, most, floor, gains, flags, self._cues)
        if first < len(SCANS):
            pending[0], pending[3] = most, first
            return None
        del self._pending[seam]
        # the repeated junction only lowers a score: asked only of a candidate that reaches the lower cut without it
        candidate = _scanned(raw, flags, False)
        z = self._sum(_scanned_on(raw_on, candidate))
        if z >= _lowest_cut() and _junction_twice(occurrences.of(self.text), candidate):
            candidate = candidate._replace(junction_twice=True)
            z = self._sum(_scanned_on(raw_on, candidate))
        done = self._scanned[seam] = candidate, z
        return done


_ROUNDING = 1e-9  # far above a float sum's rounding error, far below the weights' last digit (0.001)


@lru_cache(maxsize=8)
def _scan_gains(opens_sentence: bool, lower_use: bool, name_clause: bool) -> tuple[float, tuple[float, ...]]:
    """The most the scans of :func:`_scans` can add to a candidate's log-odds, and what each can (in ``SCANS``
    order), given whether ``opens_sentence``, ``lower_use`` and ``name_clause`` can be on for it (``repeated`` carries
    ``name_clause``)."""
    weights = _weights()

    def gain(name: str) -> float:
        return max(0.0, weights[name])

    gains = {name: gain(name)
             for name in ("echo", "lower_use", "echo_after", "cue_before", "cue_after", "opens_sentence")}
    gains["opens_sentence"] *= opens_sentence
    gains["lower_use"] *= lower_use
    gains["repeated"] = gain("repeated") + gain("name_clause") * name_clause
    return sum(gains.values()), tuple(map(gains.__getitem__, SCANS))


@lru_cache(maxsize=1)
def _lowest_cut() -> float:
    """The log-odds below which no candidate is reported: the lower of the threshold and the block threshold."""
    lowest = min(_model()[1], _data()["block_threshold"])
    return math.log(lowest / (1 - lowest))


@lru_cache(maxsize=4)
def _scan_gain(after_lower: bool, before_lower: bool) -> float:
    """The most the text-scanning features can add to the score of a candidate whose next word (``after``) is in
    lower case or not, and whose word before the seam is: ``opens_sentence`` needs the one, ``name_clause`` the other."""
    weights = _weights()
    names = ["repeated", "lower_use", "echo", "echo_after", "cue_before", "cue_after", "junction_twice"]
    names += ["opens_sentence"] * after_lower + ["name_clause"] * before_lower
    return sum(max(0.0, weights[name]) for name in names)


_MOST_IN_BLOCK = 3  # weaker seams one stretch may add beside its sure ones


def caption_seams(text: str) -> list[Candidate]:
    """:func:`seams`, and in each stretch where it found one, the other candidates that score at least the
    model's *block threshold*: a page's captions come in runs (a picture block of two or three captions, the
    captions after 'Scroll down for video'), so a weaker seam beside a sure one is one too, unless the stretch holds
    more of them than a picture block does."""
    if len(text) < MIN_PARAGRAPH_CHARS:
        return []
    if _compiled_seams is not None and len(text) < occurrences.LONG_TEXT:  # (its scans ask str.find, not an index)
        return [_new_tuple(Candidate, fields) for fields in _compiled_seams(text, *_seams_args(), _CuePositions(text))]
    return _python_caption_seams(text)


_compiled_seams = native.pick("caption_seams", None)  # _python_caption_seams in one call, for a shorter text


@lru_cache(maxsize=1)
def _seams_args() -> tuple:
    """The arguments of ``_speedups.caption_seams`` between the text and the photo cues: the candidates' filters, the
    features' arguments, the cuts (the threshold's and the block threshold's log-odds, the lower, the rounding), the
    scans' bounds (:func:`_scan_gain`, :func:`_scan_gains` of every flag) and the weaker seams one stretch may add."""
    cuts = (_log_odds(_model()[1]), _log_odds(_data()["block_threshold"]), _lowest_cut(), _ROUNDING)
    flags = (False, True)
    return (_FILTERS, _feature_args(), cuts, tuple(_scan_gain(a, b) for a in flags for b in flags),
            tuple(_scan_gains(o, lu, nc) for o in flags for lu in flags for nc in flags), _MOST_IN_BLOCK)


def _log_odds(probability: float) -> float:
    return math.log(probability / (1 - probability))


def _python_caption_seams(text: str) -> list[Candidate]:
    """:func:`caption_seams` of a flattened paragraph, in Python (the pure-Python twin of
    ``_speedups.caption_seams``, and the only way for a text of ``occurrences.LONG_TEXT`` or more)."""
    scored = _Scored(text)
    found = [candidate for candidate in scored.sure() if not _in_date_list(candidate)]
    if not found:
        return found
    cut = math.log(_data()["block_threshold"] / (1 - _data()["block_threshold"]))
    sure = {c.seam for c in found}
    by_stretch: dict[tuple[int, int], list[tuple[Candidate, float]]] = {}
    for raw, start, end, most in scored.raw:
        by_stretch.setdefault((start, end), []).append((raw, most))
    for start, end in sorted({(start, end) for raw, start, end, _ in scored.raw if raw.seam in sure}):
        added = []
        for raw, most in by_stretch[start, end]:
            if raw.seam in sure or _in_date_list(raw) or most < cut:
                continue  # a sure one, a date list, or one that even the features that scan the text could not lift
            done = scored.reaching(raw, start, end, cut)
            if done and done[1] >= cut:
                added.append(done[0])
        if len(added) <= _MOST_IN_BLOCK:  # more weak seams than a picture block holds: a list, a menu or verse
            found.extend(added)
    return sorted(found, key=lambda c: c.seam)


def _in_date_list(candidate: Candidate) -> bool:
    """A year before the seam and a month after it: a page's archive list ('… May 2014 April 2014 …'), not a
    caption block."""
    return candidate.word in _MONTH_NAMES and len(candidate.before) == 4 and candidate.before.isdigit()
