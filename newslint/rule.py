"""What a rule is: code, name, severity, doc, options, and a check that yields findings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar, Iterable, Sequence

from newslint import lexicon, regexcache, usercache
from newslint.diagnostic import Severity, slot_constructor
from newslint.hashes import blake2b
from newslint.model import Article
from newslint.textutil import LONE_SURROGATE


class FatalRuleError(RuntimeError):
    """A rule cannot run at all (e.g. its server is unreachable): the run stops with this one-line message."""


# Edit and Fix are slotted, so that ``Fix.replace`` (most rules' fix) makes them with ``slot_constructor``: a slot set in
# place each, not the frozen ``__init__``'s ``object.__setattr__`` per field (~3.3 k instructions, not ~13.6 k; equal,
# hashed, shown and pickled alike). Finding is slotted too, but made by its own ``__init__``: it is not frozen, so that
# costs ~3.9 k, and ``slotted``'s pure-Python twin would cost four times that without the extension.
@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``Article.text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """One or more edits that repair a finding. ``safe`` fixes are applied by ``--fix``."""

    edits: tuple[Edit, ...]
    safe: bool = True
    description: str = ""

    @staticmethod
    def replace(start: int, end: int, replacement: str, safe: bool = True, description: str = "") -> "Fix":
        """``Fix((Edit(start, end, replacement),), safe, description)``, made without the frozen ``__init__``s."""
        return _new_fix((_new_edit(start, end, replacement),), safe, description)


@dataclass(slots=True)
class Finding:
    """A defect found by a rule: a span of ``Article.text``, a message and an optional fix."""

    code: str
    name: str
    severity: Severity
    start: int
    end: int
    message: str
    fix: Fix | None = None
    location: tuple[int, int] | None = None  # a fixed (line, column), for input problems that have no span


_new_edit, _new_fix = slot_constructor(Edit), slot_constructor(Fix)  # Edit(...), Fix(...) with every field


@dataclass(frozen=True)
class Option:
    """A typed rule option with a default and a one-line description."""

    type: type
    default: Any
    help: str
    choices: Sequence[Any] | None = None

    def coerce(self, value: Any, where: str) -> Any:
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if self.type is list:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{where}: expected a list of strings")
        elif not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise ValueError(f"{where}: expected {self.type.__name__}, got {type(value).__name__}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{where}: expected one of {', '.join(map(str, self.choices))}")
        return value


class Trigger:
    """A cheap necessary condition for a rule to find anything in an article, judged on ``Article.text``.

    It fires when one of ``literals`` occurs in the text, when ``non_ascii`` and a character beyond ASCII
    occurs, or when ``pattern`` (a compiled regex, or :class:`Cues`) matches somewhere. The engine runs a rule only where its
    trigger fires and evaluates each trigger once per article; a rule without one (``trigger = None``)
    always runs. A trigger is a shortcut, never part of the rule's logic: ``check`` must find the same on
    its own, so a rule may only declare a condition that every one of its findings implies (and the
    title, a header line and the paragraphs are all part of ``Article.text``; ``meta`` is not).
    ``group`` names the RE2 set of :class:`Triggers` it is judged in (``""``: the shared one): a long list of words
    judged apart from the character shapes of the others builds far fewer automaton states on new text.
    ``answers``: cues the rule asks of the whole ``Article.text`` whose top-level alternatives are some of
    ``pattern``'s (each as :class:`Triggers` loosens it, see :func:`answerable`): the set gives each a pattern of its
    own and tells the cue its answer on the article, so that ``found`` reads it instead of a pass of its own.
    """

    __slots__ = ("literals", "non_ascii", "pattern", "group", "answers")

    def __init__(self, *literals: str, non_ascii: bool = False, pattern: "re.Pattern[str] | Cues | None" = None,
                 group: str = "", answers: "tuple[Cues, ...]" = ()) -> None:
        if not literals and not non_ascii and pattern is None:
            raise ValueError("a trigger needs a literal, non_ascii or a pattern")
        if answers and not (isinstance(pattern, Cues) and answerable(answers, pattern)):
            raise ValueError("a trigger answers only cues whose alternatives are its Cues pattern's")
        self.literals = literals
        self.non_ascii = non_ascii
        self.pattern = pattern
        self.group = group
        self.answers = answers

    def fires(self, text: str) -> bool:
        """True when a rule with this trigger may find something in an article whose text is ``text``."""
        return any(map(text.__contains__, self.literals)) or self.non_ascii and not text.isascii() \
            or self.pattern is not None and (self.pattern.found(text) if isinstance(self.pattern, Cues)
                                             else self.pattern.search(text) is not None)

    def __repr__(self) -> str:
        parts = [repr(literal) for literal in self.literals]
        parts += ["non_ascii=True"] if self.non_ascii else []
        parts += [f"pattern={self.pattern.pattern!r}"] if self.pattern is not None else []
        parts += [f"group={self.group!r}"] if self.group else []
        return f"Trigger({', '.join(parts)})"


def for_re2(text: str) -> str:
    """``text`` as RE2 can take it: a lone surrogate (a ``str`` from Python may hold one; UTF-8 cannot) becomes
    U+FFFD, one character for one, so offsets hold and a search for a character beyond ASCII still finds it."""
    return LONE_SURROGATE.sub("\ufffd", text)


# id(text) → (text, its UTF-8 for RE2): the texts encoded lately (an entry holds its text, so that its id stays its own)
_ENCODED: dict[int, tuple[str, bytes]] = {}
_ENCODED_TEXTS = 64  # more than a batch of articles (engine.BATCH_ARTICLES), whose texts the rules ask for in turn
_ENCODED_BYTES = 8 << 20  # kept at most, in all
_encoded_size = [0]  # the bytes kept


def utf8_for_re2(text: str, keep: bool = False) -> bytes:
    """``for_re2(text)`` as UTF-8, as RE2 reads it. An article's text is encoded once, kept (``keep``) by the trigger
    sets, which read every article of a batch first, and read again by the rules' cue sets (the last 64 kept)."""
    kept = _ENCODED.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    try:
        data = text.encode()
    except UnicodeEncodeError:
        data = for_re2(text).encode()
    if keep:
        remember_utf8(text, data)
    return data


def remember_utf8(text: str, data: bytes) -> None:
    """Keep ``data``, the UTF-8 of ``text`` (which holds no lone surrogate), for :func:`utf8_for_re2`: also a file's
    bytes as read, which its text was decoded from."""
    if len(_ENCODED) >= _ENCODED_TEXTS or _encoded_size[0] + len(data) > _ENCODED_BYTES:
        _ENCODED.clear()
        _encoded_size[0] = 0
    if len(data) <= _ENCODED_BYTES:
        _ENCODED[id(text)] = (text, data)
        _encoded_size[0] += len(data)


def unbounded_repetitions(pattern: str, wider_than: int = 0) -> str:
    """``pattern`` with each bounded repetition ``{m,n}`` (of more than ``wider_than`` optional copies: n - m) made
    ``{m,}``: it matches wherever ``pattern`` does (and maybe more), which is all a prefilter needs, and RE2 compiles
    it several times faster (``[^\\n]{0,200}`` is 200 copies of its atom) and builds fewer automaton states for it.
    Braces escaped, in a character class or between ``\\Q`` and ``\\E`` are left alone."""
    if not _BOUNDED.search(pattern):
        return pattern
    return _PATTERN_TOKEN.sub(lambda token: token[0] if token[1] is None or int(token[2]) - int(token[1]) <= wider_than
                              else "{" + token[1] + ",}", pattern)


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern``'s alternatives at its top level (``a|(b|c)|d`` → ``a``, ``(b|c)``, ``d``): each alone matches
    where it does in ``pattern``. A pattern that sets a flag for the rest of it (``(?i)``) stays whole."""
    if _FLAG_GROUP.search(pattern):
        return [pattern]
    alternatives, depth, start = [], 0, 0
    for token in _TOP_LEVEL_TOKEN.finditer(pattern):  # (a match per token, not one per character: 31a)
        char = token[0]
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            alternatives.append(pattern[start:token.start()])
            start = token.end()
    return alternatives + [pattern[start:]]


def answerable(cues: "Iterable[Cues]", pattern: "Cues") -> bool:
    """Whether a trigger set can answer each of ``cues`` from its pass for a trigger whose pattern is ``pattern``: each
    of a cue's top-level alternatives is one of the pattern's, as the set loosens them (:func:`unbounded_repetitions`),
    and is not loosened itself; so the set's pattern for those alternatives matches exactly where the cue does. (The
    pattern is read once for all the cues: a token match per character, ~1 M instructions for NL320's, 31a.)"""
    loose = {unbounded_repetitions(part, _COUNTED_COPIES) for part in top_level_alternatives(pattern.pattern)}
    return all(part in loose and unbounded_repetitions(part, _COUNTED_COPIES) == part
               for cue in cues for part in top_level_alternatives(cue.pattern))


def sorted_alternatives(pattern: str) -> str:
    """``pattern`` with the alternatives of each alternation sorted, each once: ``b|(?:d|c)x|a`` → ``(?:c|d)x|a|b``.
    It matches where ``pattern`` does (only which match a search reports may differ), so an RE2 set's answer, which
    patterns match somewhere, is the same; sorted, alternatives with a common prefix are adjacent, and RE2 factors
    them, so each state of the set's automaton holds fewer instructions and is built for less. An alternation in
    which a flag is set (``a(?i)b|c``: it holds for the later alternatives) keeps its order; a pattern this reading
    does not cover whole (parentheses that do not pair, a lone backslash at its end) or whose groups nest deeper than
    ``_SORTED_DEPTH`` (each level joins its groups' text again) is given back."""
    if "|" not in pattern:
        return pattern
    frames: list[list[Any]] = [["", [], [], False]]  # per open group: its opener, its alternatives, the parts of the
    read = 0                                          # current one, a flag set in it
    for token in _ALTERNATION_TOKEN.finditer(pattern):
        opener, closer, bar = token.groups()
        read += token.end() - token.start()
        if opener is not None and opener.endswith(")"):  # (?i): a flag for the rest of the group
            frames[-1][2].append(opener)
            frames[-1][3] = True
        elif opener is not None:
            if len(frames) > _SORTED_DEPTH:
                return pattern
            frames.append([opener, [], [], False])
        elif closer is not None:
            if len(frames) == 1:
                return pattern
            opener, alternatives, parts, flagged = frames.pop()
            frames[-1][2].append(opener + _alternation(alternatives + ["".join(parts)], flagged) + ")")
        elif bar is not None:
            frames[-1][1].append("".join(frames[-1][2]))
            frames[-1][2] = []
        else:
            frames[-1][2].append(token[0])
    if len(frames) > 1 or read != len(pattern):
        return pattern
    _, alternatives, parts, flagged = frames[0]
    return _alternation(alternatives + ["".join(parts)], flagged)


def _alternation(alternatives: list[str], flagged: bool) -> str:
    return "|".join(alternatives if flagged else sorted(set(alternatives)))


_SORTED_TABLE = "sorted-alternatives"  # the user cache's table of sorted_set_patterns
_SORTED_SCHEMA = 1  # the first item of its keys: another one when sorted_alternatives gives other forms
_sorted_kept: list[dict] = []  # that table, read once per process


def sorted_set_patterns(patterns: Sequence[str]) -> tuple[str, ...]:
    """:func:`sorted_alternatives` of each of ``patterns``, the patterns of an RE2 set (the same answers, smaller
    automaton states: the default rules' sets −36 M instructions on the BBC + scraped mix, 22c), kept in the user
    cache: reading the patterns costs about as much (1,400 instructions a character), so each set's are read once
    per machine."""
    key = (_SORTED_SCHEMA, blake2b("".join(f"{len(p)}:{p}" for p in patterns).encode(), digest_size=16).digest())
    if not _sorted_kept:
        _sorted_kept.append(usercache.read_table(usercache.root() / f"{_SORTED_TABLE}.marshal"))
    kept = _sorted_kept[0].get(key)
    if isinstance(kept, tuple) and len(kept) == len(patterns):
        return kept
    made = _sorted_kept[0][key] = tuple(map(sorted_alternatives, patterns))
    usercache.keep(_SORTED_TABLE, key, made, limit=_SORTED_SETS)
    return made


_SORTED_SETS = 64  # the sets whose sorted patterns the table keeps (the default rules make seven)


_BOUNDED = regexcache.compile(r"\{\d+,\d+\}")
# \Q…\E, an escape, a character class (a ] first in it is a member; [:alpha:] inside it), or a bounded repetition
_PATTERN_TOKEN = regexcache.compile(r"\\Q.*?(?:\\E|\Z)|\\.|\[\^?\]?(?:\[:\w+:\]|\\.|[^\]])*\]?|\{(\d+),(\d+)\}", re.DOTALL)
# what top_level_alternatives reads: an atom of _PATTERN_TOKEN, a run of characters none of which starts one or is a
# parenthesis or a bar, or one character
_TOP_LEVEL_TOKEN = regexcache.compile(_PATTERN_TOKEN.pattern + r"|[^\\\[{()|]+|.", re.DOTALL)
_FLAG_GROUP = regexcache.compile(r"\(\?[a-zA-Z-]*\)")  # (?i): a flag for the rest of the pattern
_SORTED_DEPTH = 32  # groups nested deeper: the pattern left as it is (the reading stays linear in its length)
# what sorted_alternatives reads: a group's opener ((, (?:, (?i:, (?P<name>) or a flag (?i), its end, a bar, or an atom
# that holds none of them (\Q…\E, an escape, a class) or a run of characters none of which starts one
_ALTERNATION_TOKEN = regexcache.compile(r"(\((?:\?[a-zA-Z-]*\)|\?(?:[a-zA-Z-]*:|P?<\w+>))?)|(\))|(\|)|\\Q.*?(?:\\E|\Z)|\\."
                                        r"|\[\^?\]?(?:\[:\w+:\]|\\.|[^\]])*\]?|[^\\\[()|]+", re.DOTALL)


def search_set(patterns: Iterable[str], options: Any = None) -> Any:
    """An unanchored RE2 set of ``patterns`` (the k-th given is its k-th) and a last one, ``\\z``, that matches every
    text (at its end), compiled: the binding's own set (``re2.Set``'s ``_set``), whose ``Match(data)`` gives the
    indexes of the patterns that match in the UTF-8 bytes ``data`` as a list, without the wrapper's call in Python
    (about a thousand instructions, and its ``None`` for a search that found nothing). A search that fails (RE2's
    automaton out of memory) answers ``[]``: ``\\z`` missing tells it. ``options``: RE2's (``re2.Options``), its
    defaults where None. Raises ``re2.error`` where a pattern does not compile."""
    import re2  # the packs import it in every run

    together = re2.Set.SearchSet(options)
    for pattern in patterns:
        together.Add(pattern)
    together.Add(r"\z")
    together.Compile()
    compiled = getattr(together, "_set", None)  # (a private slot of the binding's wrapper: a release may drop it)
    return compiled if compiled is not None else _WrappedSet(together)


class _WrappedSet:
    """An RE2 set asked through the binding's Python wrapper, where the wrapper keeps no ``_set``: ``Match`` answers
    ``[]``, not the wrapper's ``None``, for a search that found nothing (one that failed: ``\\z`` matches every
    text)."""

    __slots__ = ("wrapper",)

    def __init__(self, wrapper: Any) -> None:
        self.wrapper = wrapper

    def Match(self, data: bytes) -> list[int]:  # (RE2's name, which the callers use)
        return self.wrapper.Match(data) or []


class Cues:
    """A trigger's ``pattern`` compiled with RE2 on first use: a search for many alternatives (literals, short
    shapes) at once, which over a whole article costs a few microseconds where Python's ``re`` or a chain of ``in``
    tests cost several times that. RE2's classes are ASCII (``\\s`` is no Unicode space, ``\\b`` no Unicode word
    edge): write a pattern that matches wherever a finding may be, a superset, with ``(?s:.)`` for any character."""

    __slots__ = ("pattern", "_compiled", "_alone", "_answered")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled = None
        self._alone: Any = None  # the pattern as an RE2 set of its own, for found()
        # the answers of the trigger set that answers this cue (Trigger.answers), and the index of its pattern there
        self._answered: "tuple[dict[int, tuple[str, list[int]]], int] | None" = None

    def found(self, text: str) -> bool:
        """``search(text) is not None``, a microsecond or two sooner: an RE2 set answers on the UTF-8 bytes without
        the binding's mapping of byte offsets back to characters. The set's last pattern ``\\z`` matches every
        text; where a search fails (out of automaton memory, see :class:`Triggers`), ``search`` answers. A text a
        trigger set answered for this cue (:class:`_TriggerSet`'s ``told``) is not searched again."""
        if self._answered is not None:  # (told(), inline: a call more on every cue's question)
            answers, index = self._answered
            told = answers.get(id(text))
            if told is not None and told[0] is text:
                return index in told[1]
        if self._alone is None:
            self._alone = search_set([self.pattern])
        matched = self._alone.Match(utf8_for_re2(text))
        return 0 in matched if 1 in matched else self.search(text) is not None

    def told(self, text: str) -> bool | None:
        """Whether ``text`` holds a match, as the trigger set that answers this cue found in its pass over ``text``
        (an article's text of the latest batch), else None: no search of its own."""
        if self._answered is not None:
            answers, index = self._answered
            told = answers.get(id(text))
            if told is not None and told[0] is text:
                return index in told[1]
        return None

    def __getstate__(self) -> str:  # compiled again on first use (an RE2 set does not pickle)
        return self.pattern

    def __setstate__(self, pattern: str) -> None:
        self.__init__(pattern)

    def search(self, text: str):
        if self._compiled is None:
            import re2  # the packs import it in every run

            self._compiled = re2.compile(self.pattern)
        try:
            return self._compiled.search(text)
        except UnicodeEncodeError:
            return self._compiled.search(for_re2(text))


class CueSet:
    """Which of several cues a text holds, from one RE2 set over its UTF-8 bytes: one pass over an article where
    a search per cue costs one each. The answers are each cue's own ``found``: a cue loosened in the set (its wide
    bounded repetitions unbounded, as :class:`newslint.rule.Triggers` does, lest they multiply the automaton's states)
    is asked on its own where the set reports it, and a text the set fails on (out of automaton memory: its answer
    lacks the last pattern, ``\\z``) is asked cue by cue. Where one trigger set answers every cue
    (:attr:`Trigger.answers`) and has read the text, its answer is read instead of a pass of its own (31a)."""

    __slots__ = ("cues", "_set", "_loosened", "_told_by")

    def __init__(self, *cues: Cues) -> None:
        self.cues = cues
        self._set = None  # built on first use (a set does not pickle)
        self._loosened: frozenset[int] = frozenset()
        # the first cue's answering (Cues._answered) when last read, and the trigger set's answers that tell every
        # cue with the index of each one's pattern there (None: no one set answers them all)
        self._told_by: "tuple[Any, tuple[dict[int, tuple[str, list[int]]], tuple[int, ...]] | None] | None" = None

    def held(self, text: str) -> set[int]:
        """The indexes in ``cues`` of the cues ``text`` holds."""
        told_by = self._answered()
        if told_by is not None:
            told = told_by[0].get(id(text))
            if told is not None and told[0] is text:
                found = told[1]
                return {k for k, index in enumerate(told_by[1]) if index in found}
        if self._set is None:
            self._compile()
        found = set(self._set.Match(utf8_for_re2(text)))
        sentinel = len(self.cues)
        if sentinel not in found:
            return {k for k, cue in enumerate(self.cues) if cue.found(text)}
        found.discard(sentinel)
        if self._loosened.isdisjoint(found):
            return found  # (most answers: no loosened cue to ask on its own)
        return {k for k in found if k not in self._loosened or self.cues[k].found(text)}

    def _answered(self) -> "tuple[dict[int, tuple[str, list[int]]], tuple[int, ...]] | None":
        """The answers of the trigger set that answers every cue, and each cue's index there, or None (read again
        when the first cue is answered by another set: a set made later)."""
        first = self.cues[0]._answered if self.cues else None
        if first is None:
            return None
        if self._told_by is None or self._told_by[0] is not first:
            answered = [cue._answered for cue in self.cues]
            every = all(one is not None and one[0] is first[0] for one in answered)
            self._told_by = (first, (first[0], tuple(one[1] for one in answered)) if every else None)
        return self._told_by[1]

    def _compile(self) -> None:
        loose = [unbounded_repetitions(cue.pattern, 8) for cue in self.cues]
        self._set = search_set(sorted_set_patterns(loose))  # the same answers, smaller automaton states
        self._loosened = frozenset(k for k, cue in enumerate(self.cues) if loose[k] != cue.pattern)


# a bounded repetition with more optional copies than this is unbounded in the trigger set (Triggers)
_COUNTED_COPIES = 8


class Triggers:
    """The triggers of a rule set (a :class:`Trigger`, or any object with ``fires(text)``), judged together on
    one article: every :class:`Trigger` whose pattern is a :class:`Cues` or none becomes one pattern of an RE2
    set (its literals escaped, ``non_ascii`` a character beyond ASCII, its cues), which finds the ones that fire in
    one pass over the text (the default rules' seven: 13–18 µs per article of the BBC + scraped mix once RE2's
    automaton is warm, against 56–66 µs one by one); the others are asked one by one. The answers are those of
    each ``fires``.

    The triggers of each ``group`` share a set of their own, one pass over the text's bytes each: the automaton's
    states are the combinations of the positions its patterns have reached, so a long word list judged with the
    character shapes of the others multiplies the states RE2 builds for as long as a process meets new text (the
    default rules' word lists, NL342's and NL310's, apart: about half the instructions on a first pass over the mix
    and on new text, for one more pass over a warm automaton; 17A). A third, ``"runs"``, holds NL110's run of eight
    capitalised words and NL106's quoted heading, which multiplied the shared set's states most (with them, the
    mix's first pass over the three sets costs 44 % fewer instructions and warm passes 50 % more; 17G).

    In a set, a pattern's wide bounded repetitions (``{3,60}``) are unbounded (``{3,}``): a counted run multiplies
    the automaton states RE2 builds for the whole set while a process reads its first articles (NL106's made the
    default set's first pass 3–4 times its warm cost). The top-level alternatives so loosened are a pattern of their
    own in the set, confirmed by their exact form where they match and the trigger's others do not: one article in
    eighty on the BBC + scraped mix, where confirming the whole trigger wherever NL106's quotation or NL310's
    bracketed label matched was one in four (an other alternative of the same trigger mostly fired there too).

    RE2's set answers no pattern at all when its automaton runs out of memory on a text. A last pattern, ``\\z``,
    matches every text: where it is missing from an answer, every trigger of the set is asked on its own."""

    def __init__(self, triggers: Iterable[Any]) -> None:
        distinct = list({id(trigger): trigger for trigger in triggers if trigger is not None}.values())
        self._folded = [t for t in distinct
                        if isinstance(t, Trigger) and (t.pattern is None or isinstance(t.pattern, Cues))]
        self._others = [t for t in distinct if not any(t is folded for folded in self._folded)]
        if len(self._folded) < 2:
            self._others, self._folded = distinct, []
        self._sets: list[_TriggerSet] | None = None  # built on first use (RE2 is imported there; a set does not pickle)

    def fired(self, text: str) -> set[int]:
        """The ids of the triggers that fire in an article whose text is ``text``."""
        sets = self._compiled() if self._folded else None  # first: a set that fails to build moves its triggers
        others = self._others
        fired = {id(trigger) for trigger in others if trigger.fires(text)} if others else set()
        if sets:
            data = utf8_for_re2(text, keep=True)  # UTF-8, as the binding would make it (its own conversion costs more)
            key = id(text)
            if self._told_size + len(text) > _ENCODED_BYTES or self._told and len(self._told[0]) >= _ENCODED_TEXTS:
                for told in self._told:  # (every set that answers cues has read the same texts)
                    told.clear()
                self._told_size = 0
            self._told_size += len(text)
            for judged in sets:
                found = judged.compiled.Match(data)
                if judged.answers and judged.sentinel in found:  # (a failed search tells nothing: each cue searches)
                    judged.told[key] = (text, found)
                if found != judged.nothing:  # most answers (three in five on the BBC + scraped mix): the sentinel alone
                    judged.add_fired(found, text, fired)
        return fired

    def new_batch(self) -> None:
        """Forget the answers the sets keep for their cues: the engine judges a batch's texts before its rules read
        them, so that a batch's answers are never dropped at the bound in the middle of it (a batch cut short by its
        characters, five long records to a batch, lost a batch's answers in thirteen there; 31a)."""
        if self._sets:
            for told in self._told:
                told.clear()
            self._told_size = 0

    def _compiled(self) -> "list[_TriggerSet] | None":
        if self._sets is None:
            import re2  # the packs import it in every run

            groups: dict[str, list[Trigger]] = {}
            for trigger in self._folded:
                groups.setdefault(trigger.group, []).append(trigger)
            try:
                self._sets = [_TriggerSet.of(group) for group in groups.values()]
            except re2.error:  # each searches on its own (and raises what its own search raises)
                self._others, self._folded, self._sets = self._others + self._folded, [], []
            self._told = [judged.told for judged in self._sets if judged.answers]
            self._told_size = 0  # the characters of the texts they hold
        return self._sets

    def __getstate__(self) -> dict[str, Any]:
        return {"_folded": self._folded, "_others": self._others, "_sets": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


class _TriggerSet:
    """One RE2 set of :class:`Triggers`: its triggers, the trigger of each of its patterns, its loosened patterns'
    exact forms, the index of its last pattern ``\\z``, the set's answer where nothing fires (``nothing``: that index
    alone), the id of each pattern's trigger (``ids``), the cues it answers (``answers``: the index of each one's
    pattern, and the cue; :attr:`Trigger.answers`) and its answers on the latest texts (``told``, ``id(text)`` →
    ``(text, found)``: the indexes of the set's patterns that match), which they read (:meth:`Cues.found`): one entry
    per set and article, where a call per cue to tell it its answer cost about 1.5 k instructions each. It holds as
    many texts as :func:`utf8_for_re2` keeps, a batch's, which the engine's triggers read before its rules; its
    :class:`Triggers` clears the answers of all its sets at once, and stores each as a plain dict item (28d)."""

    __slots__ = ("triggers", "compiled", "owners", "loosened", "sentinel", "nothing", "ids", "answers", "told")

    def __init__(self, triggers: list[Trigger], compiled: Any, owners: list[Trigger], loosened: dict[int, Cues],
                 sentinel: int, answers: tuple[tuple[int, Cues], ...] = ()) -> None:
        self.triggers, self.compiled, self.owners, self.loosened, self.sentinel, self.answers = \
            triggers, compiled, owners, loosened, sentinel, answers
        self.nothing, self.ids = [sentinel], tuple(map(id, owners))
        self.told: dict[int, tuple[str, list[int]]] = {}
        for index, cue in answers:  # (a cue two sets answer reads the later one's)
            cue._answered = (self.told, index)

    @classmethod
    def of(cls, triggers: list[Trigger]) -> "_TriggerSet":
        """The set of ``triggers`` (raises ``re2.error`` where RE2 cannot build it)."""
        import re2

        owners: list[Trigger] = []  # the trigger of each pattern of the set
        loosened: dict[int, Cues] = {}  # a loosened pattern's index in the set → its alternatives, exact
        answers: list[tuple[int, Cues]] = []  # an answered cue's pattern's index in the set, and the cue
        patterns: list[str] = []
        for trigger in triggers:
            parts = [re2.escape(literal) for literal in trigger.literals]
            parts += [r"[^\x00-\x7F]"] if trigger.non_ascii else []
            parts += top_level_alternatives(trigger.pattern.pattern) if trigger.pattern is not None else []
            loose = {part: unbounded_repetitions(part, _COUNTED_COPIES) for part in parts}
            groups = []  # the parts of each of the trigger's patterns, and the cue a pattern answers
            for cue in trigger.answers:  # a pattern of its own: its loose form is the cue (answerable)
                alternatives = set(top_level_alternatives(cue.pattern))
                groups.append(([part for part in parts if loose[part] in alternatives], cue))
                parts = [part for part in parts if loose[part] not in alternatives]
            groups.append(([part for part in parts if loose[part] == part], None))
            groups.append(([part for part in parts if loose[part] != part], None))
            for group, cue in groups:
                if not group:
                    continue
                if cue is not None:
                    answers.append((len(patterns), cue))
                if any(loose[part] != part for part in group):  # the trigger fires where the exact forms match
                    loosened[len(patterns)] = Cues(_either(group))
                patterns.append(_either([loose[part] for part in group]))
                owners.append(trigger)
        compiled = search_set(sorted_set_patterns(patterns))  # the k-th given is the set's k-th pattern
        return cls(triggers, compiled, owners, loosened, len(patterns), tuple(answers))

    def add_fired(self, found: list[int], text: str, fired: set[int]) -> None:
        """Add to ``fired`` the ids of this set's triggers that fire, given the set's answer ``found`` on ``text`` (the
        binding's list of the matching patterns' indexes, its sentinel taken out here)."""
        loosened, sentinel = self.loosened, self.sentinel
        if sentinel in found:
            found.remove(sentinel)  # the binding's list, made for this answer
            ids = self.ids
            if loosened.keys().isdisjoint(found):  # most answers: no loosened alternative to confirm
                fired.update(map(ids.__getitem__, found))
            else:
                fired.update(ids[i] for i in found if i not in loosened)
                fired.update(ids[i] for i in found  # loosened alternatives: confirmed unless fired already
                             if i in loosened and ids[i] not in fired and loosened[i].found(text))
        else:  # the set failed on this text (out of automaton memory): it answers nothing, so ask each
            fired.update(id(trigger) for trigger in self.triggers if trigger.fires(text))


def _either(alternatives: list[str]) -> str:
    """One pattern that matches where any of ``alternatives`` does: each once, in sorted order. RE2 factors the common
    prefix of adjacent alternatives only: sorted, a trigger's literals that share their first letters share one
    instruction, and every state of a set's automaton (which holds the first instruction of each alternative: the
    search is unanchored) is smaller, so that building the states on new text costs less (the trigger stage 8 % on a
    first pass over the BBC + scraped mix, 19b)."""
    return "|".join(sorted({f"(?:{alternative})" for alternative in alternatives}))


_CODE = regexcache.compile(r"[A-Z]{1,4}\d{2,4}")
_NAME = regexcache.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


class Rule:
    """Base class of every rule.

    Subclasses set the class attributes and implement :meth:`check`. Use
    :meth:`finding` to build findings, so that code, name and severity are
    filled in from the rule.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    bad: ClassVar[str] = ""
    good: ClassVar[str] = ""
    explanation: ClassVar[str] = ""
    options: ClassVar[dict[str, Option]] = {}
    default_enabled: ClassVar[bool] = True
    origin: ClassVar[str] = "newslint"
    # A catch-all (a model over line shape, say): its finding yields where other rules' findings together cover
    # more than four fifths of its span (engine._without_yielded), so that one defect is reported once,
    # by the rule that names it best, while a finding on a few words inside it names another defect.
    fallback: ClassVar[bool] = False
    # The codes whose findings do not silence a fallback rule: they name another defect inside its text (glued
    # words in a line of a menu), not the text as a whole.
    fallback_despite: ClassVar[frozenset[str]] = frozenset()
    # The codes a rule yields to, as a fallback yields (more than four fifths of its words covered), where both name
    # the same defect and theirs names it better, their fixes making its own (or offering none); its findings still
    # silence fallbacks, and it yields to a fallback's finding only where that finding stays. (A line of web
    # furniture: NL316's phrase inside it yields to the line's finding, whose fix removes the line; NL310's generic
    # line to a pack's named phrase, a timestamp's or a credit's, whose fix removes the same line; NL342's paragraph to
    # NL311's line; engine._without_yielded.)
    yields_to: ClassVar[frozenset[str]] = frozenset()
    # A cheap necessary condition (see Trigger): the engine skips the rule on an article where it does not fire.
    trigger: ClassVar[Trigger | None] = None

    def __init__(self, options: dict[str, Any] | None = None, severity: Severity | None = None,
                 context: "RuleContext | None" = None) -> None:
        self.config: dict[str, Any] = {key: opt.default for key, opt in self.options.items()}
        for key, value in (options or {}).items():
            if key not in self.options:
                raise ValueError(f"unknown option {key!r} for rule {self.name}")
            self.config[key] = self.options[key].coerce(value, f"option {key!r} of rule {self.name}")
        self.effective_severity = severity or self.severity
        self.context = context or RuleContext()

    def prepare(self) -> None:
        """Load or connect what :meth:`check` needs, once, before any input is read.

        Raise :class:`FatalRuleError` when the rule cannot run at all.
        """

    def check(self, article: Article) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, start: int, end: int, message: str, fix: Fix | None = None) -> Finding:
        return Finding(self.code, self.name, self.effective_severity, start, end, message, fix)

    @classmethod
    def validate_identity(cls) -> None:
        """Raise ValueError if the rule's code or name is not well-formed."""
        if not _CODE.fullmatch(getattr(cls, "code", "")):
            raise ValueError(f"rule {cls.__name__}: code {getattr(cls, 'code', None)!r} must be letters + digits, e.g. NL101")
        if not _NAME.fullmatch(getattr(cls, "name", "")):
            raise ValueError(f"rule {cls.__name__}: name {getattr(cls, 'name', None)!r} must be kebab-case")
        if not getattr(cls, "summary", ""):
            raise ValueError(f"rule {cls.__name__}: a one-line summary is required")


@dataclass
class RuleContext:
    """Settings every rule may read: language variant and user vocabulary."""

    language: str = "en-US"  # or en-GB; spelling and style rules read it
    accept_words: frozenset[str] = frozenset()
    reject_words: frozenset[str] = frozenset()
    ocr: str = "auto"  # the OCR gate's mode: auto, on or off (newslint.ocr.gate)

    def knows(self, word: str) -> bool:
        """Whether ``word`` is one of the user's accepted words or in the word list."""
        return word in self.accept_words or lexicon.is_known(word)


class CorpusRule(Rule):
    """A rule that looks across articles (a cluster): opt-in, run after every article is parsed."""

    default_enabled = False

    def check(self, article: Article) -> Iterable[Finding]:
        return ()

    def check_corpus(self, articles: Sequence[Article]) -> Iterable[tuple[Article, Finding]]:
        raise NotImplementedError


def quote(text: str, limit: int = 60) -> str:
    """Quote offending text for a message, shortened and on one line."""
    text = " ".join(text.split()) if "\n" in text else text
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"

