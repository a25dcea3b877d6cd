"""Declarative rule packs: phrase lists, patterns, substitutions and consistency pairs.

A pack is a YAML or TOML file with a top-level ``rules`` list. Each entry becomes a
rule class, in the spirit of Vale's ``existence``/``substitution``/``consistency``:

.. code-block:: yaml

    rules:
      - code: NL301
        name: comment-notice
        kind: existence          # existence | substitution | consistency
        summary: A comment-moderation notice left in the body.
        message: "web boilerplate in the body: {match}"
        severity: warning        # error | warning | info
        ignorecase: true
        tokens: ["Comments are moderated"]   # literal phrases, matched on word boundaries
        patterns: ['Sign up (?:today|now)']  # RE2 patterns (linear time: no backtracking)
        where: anywhere          # anywhere | paragraph (the match must be the whole paragraph)
        fix: delete-paragraph    # existence only: none | delete-paragraph
        yields_to: [NL303]       # codes whose finding covering this one's names the defect better (Rule.yields_to)
        bad: "..."
        good: "..."

Substitution rules take ``swap: {wrong: right}`` and offer the right form as a fix
(``safe: true`` to let ``--fix`` apply it). Consistency rules take
``pairs: [[Kiev, Kyiv], ...]`` and flag the minority variant within one article.
Each pack compiles into one matcher per rule, never one pass per phrase.
"""

from __future__ import annotations

import copyreg
import re
import sys
import weakref
from pathlib import Path
from typing import Any, ClassVar, Iterable

import re2

from newslint import hashes, native, usercache
from newslint.config import toml
from newslint.engine import ArticleTrigger
from newslint.fixes import delete_paragraph
from newslint.model import Article
from newslint.rule import (_PATTERN_TOKEN, Finding, Fix, Rule, Severity, quote, search_set, sorted_alternatives,
                           sorted_set_patterns, unbounded_repetitions)

PACK_SUFFIXES = (".yaml", ".yml", ".toml")
_KINDS = ("existence", "substitution", "consistency")
_COMMON_KEYS = {"code", "name", "kind", "summary", "message", "severity", "ignorecase", "bad", "good",
                "explanation", "enabled", "yields_to"}
_KIND_KEYS = {
    "existence": {"tokens", "patterns", "where", "fix"},
    "substitution": {"swap", "safe"},
    "consistency": {"pairs"},
}
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False


class PackError(ValueError):
    """A rule pack could not be read; the message names the file and the key."""


def builtin_pack_dir() -> Path:
    """Where the built-in packs are: inside the installed wheel, or the checkout's ``rules/``."""
    installed = Path(__file__).parent / "_packs"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "rules"


def builtin_pack_paths() -> list[Path]:
    folder = builtin_pack_dir()
    return sorted(p for p in folder.iterdir() if p.suffix in PACK_SUFFIXES) if folder.is_dir() else []


def load_packs(paths: Iterable[Path]) -> list[type[Rule]]:
    """Rule classes from pack files (a folder means every pack file in it)."""
    rules: list[type[Rule]] = []
    for path in paths:
        path = Path(path)
        files = sorted(p for p in path.iterdir() if p.suffix in PACK_SUFFIXES) if path.is_dir() else [path]
        for file in files:
            rules.extend(load_pack(file))
    return rules


def load_pack(path: Path) -> list[type[Rule]]:
    """Parse one pack file into rule classes, or raise PackError naming file and key."""
    try:
        raw = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise PackError(f"{path}: cannot read rule pack: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PackError(f"{path}: rule pack is not valid UTF-8") from None
    digest = hashes.sha256(f"{_SCHEMA}{path.suffix}".encode() + raw.encode()).hexdigest()
    data = _kept_packs().get(digest)
    checked = isinstance(data, dict)  # read from the cache: it built without error before, so its patterns compile
    if not checked:
        data = _parse(path, raw)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise PackError(f"{path}: a rule pack needs a top-level 'rules' list")
    unknown = set(data) - {"rules"}
    if unknown:
        raise PackError(f"{path}: unknown key {sorted(unknown)[0]!r}")
    rules = [_build_rule(path, i, entry, checked) for i, entry in enumerate(data["rules"])]
    if not checked:
        usercache.keep("packs", digest, data, limit=_KEPT_PACKS_LIMIT)
    return rules


def _parse(path: Path, raw: str) -> Any:
    """The YAML or TOML of a pack file (PyYAML is imported only here: a pack read from the cache never needs it)."""
    import yaml

    tomllib = toml()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it: same results, faster
    try:
        return tomllib.loads(raw) if path.suffix == ".toml" else yaml.load(raw, Loader=loader)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PackError(f"{path}: not a valid {'TOML' if path.suffix == '.toml' else 'YAML'} rule pack: {first_line}") from None


# Parsed packs are kept in the user cache folder (a small table: digest of the bytes a pack was parsed from → data),
# so that a pack that built without error is read back without PyYAML, and its patterns compile on first use. Keyed by
# the bytes, not the file's path: every checkout of the same pack on a machine shares one entry, and the table (read
# whole by every run) stays the size of the packs in use.
_SCHEMA = 1
_KEPT_PACKS_LIMIT = 8  # distinct packs kept (the least recently kept dropped): the built-in two, a user's own
_KEPT_PACKS: list[Any] = [None, {}]  # the state of the table's file when read (path, mtime, size), the table


def _kept_packs() -> dict:
    """The table of parsed packs in the user cache, read once while its file stays the same (a run loads every
    built-in pack from it: the file is read and unmarshalled once, not once per pack)."""
    path = usercache.root() / "packs.marshal"
    try:
        status = path.stat()
    except OSError:
        return {}
    state = (str(path), status.st_mtime_ns, status.st_size)
    if _KEPT_PACKS[0] != state:
        _KEPT_PACKS[:] = state, usercache.read_table(path)
    return _KEPT_PACKS[1]


def _build_rule(path: Path, index: int, entry: Any, checked: bool = False) -> type[Rule]:
    where = f"{path}: rules[{index}]"
    if not isinstance(entry, dict):
        raise PackError(f"{where}: each rule must be a table/mapping")
    kind = entry.get("kind")
    if kind not in _KINDS:
        raise PackError(f"{where}.kind: expected one of {', '.join(_KINDS)}, got {kind!r}")
    unknown = set(entry) - _COMMON_KEYS - _KIND_KEYS[kind]
    if unknown:
        raise PackError(f"{where}: unknown key {sorted(unknown)[0]!r} for a {kind} rule")
    for key in ("code", "name", "summary"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise PackError(f"{where}.{key}: required string")
    try:
        severity = Severity.parse(entry.get("severity", "warning"))
    except ValueError as exc:
        raise PackError(f"{where}.severity: {exc}") from None
    attrs: dict[str, Any] = {
        "code": entry["code"], "name": entry["name"], "summary": entry["summary"].strip(),
        "severity": severity, "bad": entry.get("bad", ""), "good": entry.get("good", ""),
        "explanation": entry.get("explanation", ""), "default_enabled": bool(entry.get("enabled", True)),
        "origin": str(path), "message_template": entry.get("message", "{match}"),
        "ignorecase": bool(entry.get("ignorecase", False)),
        "yields_to": frozenset(_string_list(entry, "yields_to", where)),
    }
    base = {"existence": ExistenceRule, "substitution": SubstitutionRule, "consistency": ConsistencyRule}[kind]
    attrs.update(base.compile_entry(entry, where, attrs["ignorecase"], checked))
    attrs["prefilter"] = _body_prefilter(attrs["matcher"].pattern)
    if attrs["prefilter"] is not None:  # (a rule without one runs on every article)
        attrs["trigger"] = PackTrigger(attrs["prefilter"].pattern)
    cls = type(f"Pack_{entry['name'].replace('-', '_')}", (base,), attrs)
    try:
        cls.validate_identity()
    except ValueError as exc:
        raise PackError(f"{where}: {exc}") from None
    _BUILT[str(path), cls.code] = cls
    return cls


def _string_list(entry: dict, key: str, where: str) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise PackError(f"{where}.{key}: expected a list of non-empty strings")
    return value


def _body_prefilter(pattern: str):
    """``pattern`` for one search of all the paragraphs joined by newlines, ``^``/``$`` at line ends.

    It finds a match whenever some paragraph has one (so a miss skips the article),
    except with whole-text anchors (``\\A``, ``\\z``): those get no prefilter (None).
    """
    if "\\A" in pattern or "\\z" in pattern:
        return None
    return _OnFirstUse("(?m)" + unbounded_repetitions(pattern))


# a pack rule's loose matcher keeps a bounded repetition of this many optional copies or fewer (``\d{1,3}``)
_KEPT_BOUNDS = 10


def _loose_answers_upto(pattern: str) -> int:
    """The longest text (in characters) on which ``pattern`` with its wide bounded repetitions unbounded (its loose
    form) finds the very matches and groups ``pattern`` finds: the smallest upper bound of the ``{m,n}`` it unbounds
    (n - m > ``_KEPT_BOUNDS``), when each repeats one character (a class, ``.``, a literal, a one-character escape),
    for no parse of a text that short repeats one more often than the text is long; -1 when some other atom is
    repeated. (RE2 unrolls ``[^"\\n]{0,300}`` into 300 copies of its UTF-8 class: a program of thousands of
    instructions that costs milliseconds to compile.)"""
    upto, previous, previous_end = sys.maxsize, "", 0
    for token in _PATTERN_TOKEN.finditer(pattern):  # as unbounded_repetitions reads the pattern
        if token[1] is not None and int(token[2]) - int(token[1]) > _KEPT_BOUNDS:
            atom = previous if previous_end == token.start() else pattern[token.start() - 1:token.start()]
            upto = min(upto, int(token[2]) if _ONE_CHARACTER.fullmatch(atom) else -1)
        previous, previous_end = token[0], token.end()
    return upto if upto < sys.maxsize else -1  # (a bound this reading missed: the pattern answers every text)


# an atom that matches exactly one character: a class, a one-character escape (not \b, \B, \A, \z, \C, \Q),
# '.', or a literal
_ONE_CHARACTER = re.compile(r"\[.+\]|\\[^bBAzCQ]|[^()|*+?{}^$\\]", re.DOTALL)


def _joined_paragraphs(article: Article) -> str:
    return "\n".join(article.paragraph_texts)


def _python_joined_utf8(texts: list[str]) -> bytes:
    """The UTF-8 of ``texts`` joined by newlines (raises UnicodeEncodeError at a lone surrogate, as ``str.encode``)."""
    return "\n".join(texts).encode()


# in C (block 30e): one pass that writes the bytes, without the joined str (None at a lone surrogate)
_joined_utf8 = native.pick("joined_utf8", _python_joined_utf8)


def _paragraphs_utf8(article: Article) -> bytes:
    """The UTF-8 of :func:`_joined_paragraphs`, as RE2 reads it, made without the joined str where the compiled
    twin answers (30e: joining and encoding cost 16 k instructions an article, most in encoding)."""
    utf8 = _joined_utf8(article.paragraph_texts)
    return utf8 if utf8 is not None else article.shared("packs.paragraphs", _joined_paragraphs).encode()


# every prefilter of the pack rules this process made (as rules of a linter), in order; and all of them as one RE2
# set, compiled for that many: one pass over an article tells which pack rules may match in it (none in most
# articles), where each rule's own prefilter cost as much (the seven default pack rules: 15 µs per article of the
# BBC + scraped mix against 75), and no rule compiles its own prefilter
_PREFILTERS: dict[str, None] = {}
# the prefilters, their set, the key of its answer in Article.shared, the prefilters as a set
_EVERY_PREFILTER: list[Any] = [(), None, "", frozenset()]


def _every_prefilter() -> str:
    """The key of the set's answer for the prefilters made so far (the set compiled anew when they are others than
    it holds; left None when it does not compile: then each rule asks its own)."""
    if _EVERY_PREFILTER[3] != _PREFILTERS.keys():
        try:  # (each prefilter without its line loops, in sorted order: the set's automaton builds a fraction of the
            # states; its last pattern, \z, in every answer but one whose search failed)
            prefilters = search_set(_set_patterns(tuple(_PREFILTERS)), _RE2_OPTIONS)
        except re2.error:
            try:  # (a form this reading of a pattern got wrong: the prefilters themselves)
                prefilters = search_set(sorted_set_patterns(tuple(_PREFILTERS)), _RE2_OPTIONS)
            except re2.error:
                prefilters = None
        _EVERY_PREFILTER[:] = tuple(_PREFILTERS), prefilters, f"packs.found.{len(_PREFILTERS)}", frozenset(_PREFILTERS)
    return _EVERY_PREFILTER[2]


_SET_PATTERNS_TABLE = "pack-set-patterns"  # the user cache's table of _set_patterns
_SET_PATTERNS_SCHEMA = 1  # the first item of its keys: another one when _without_line_loops gives other forms


def _set_patterns(prefilters: tuple[str, ...]) -> tuple[str, ...]:
    """The patterns of the set of every prefilter: each prefilter :func:`_without_line_loops`, its alternations
    sorted (``rule.sorted_alternatives``), kept in the user cache (reading a pack's patterns costs millions of
    instructions, so it is done once per machine)."""
    key = (_SET_PATTERNS_SCHEMA, hashes.sha256("".join(f"{len(p)}:{p}" for p in prefilters).encode()).hexdigest())
    kept = usercache.recall(_SET_PATTERNS_TABLE, key)
    if isinstance(kept, tuple) and len(kept) == len(prefilters):
        return kept
    made = tuple(sorted_alternatives(_without_line_loops(prefilter)) for prefilter in prefilters)
    usercache.keep(_SET_PATTERNS_TABLE, key, made, limit=8)
    return made


# what _without_line_loops reads of an RE2 pattern: \Q…\E, an escape (\pL, \p{Greek}, \x{263a}, \123), a class,
# a flag for the rest of the pattern, a group's opener, its end, a bar, a repetition, any other character
_LOOP_TOKEN = re.compile(r"(?P<atom>\\Q.*?(?:\\E|\Z)|\\[pP](?:\{[^}]*\}|.)|\\x(?:\{[^}]*\}|[0-9A-Fa-f]{0,2})"
                         r"|\\[0-7]{1,3}|\\.|\[\^?\]?(?:\[:\w+:\]|\\.|[^\]])*\])|(?P<flags>\(\?[a-zA-Z-]*\))"
                         r"|(?P<open>\((?:\?(?:[a-zA-Z-]*:|P?<\w+>))?)|(?P<close>\))|(?P<bar>\|)"
                         r"|(?P<repeat>(?:[*+?]|\{\d+(?:,\d*)?\})\??)|(?P<char>.)", re.DOTALL)
_PLAIN_OPENER = re.compile(r"\((?:\?:|\?P?<\w+>)?")  # a group that sets no flag
_LOOP_FORMS_MOST = 64  # alternatives a prefilter may become (each group of line loops multiplies them)
_LOOP_FREE_WEIGHT = 3  # the least weight (_weight) of a part kept for a whole alternative


def _without_line_loops(prefilter: str) -> str:
    """``prefilter`` with its line loops cut out: an unbounded repetition of a character that may be a letter or a
    space (``[^"\\n]{0,}``, ``.*``) lives on to the end of the line once entered, and the set's automaton then holds
    every combination of such loops of every rule (186 M instructions of states over the BBC + scraped mix, where
    each prefilter alone built 1 to 11 M). Each alternative becomes the heaviest run of its parts between two such
    loops (a group holding one: each of its alternatives in its place), an alternative's last loop kept: every
    match of ``prefilter`` holds a match of that run at the same place (what an assertion, ``\\b``, ``^``, asks of the
    text is asked of the same text), so the form matches wherever ``prefilter`` does, and the pack rules it lets run
    find what they find. A pattern this reading does not cover (a flag set inside it, parentheses that do not pair)
    or that would grow too many alternatives is given back."""
    parsed = _pattern_tree(prefilter)
    if parsed is None:
        return prefilter
    flags, tree = parsed
    forms: list[str] = []
    for branch in tree:
        for form in _loop_free_forms(branch):
            text = "".join(map(_item_text, form))
            if text not in forms:
                forms.append(text)
    return prefilter if len(forms) > _LOOP_FORMS_MOST else flags + "|".join(forms)


def _pattern_tree(pattern: str) -> tuple[str, list] | None:
    """(the flags that open ``pattern``, its alternatives), each alternative a list of items [atom, repetition], an
    atom a token or (a group's opener, its alternatives); None where the pattern sets a flag elsewhere, or its
    parentheses do not pair."""
    flags, groups, openers = "", [[[]]], []
    for token in _LOOP_TOKEN.finditer(pattern):
        kind, text = token.lastgroup, token.group()
        if kind == "flags":
            if token.start() != len(flags):
                return None
            flags += text
        elif kind == "open":
            openers.append(text)
            groups.append([[]])
        elif kind == "close":
            if not openers:
                return None
            group = groups.pop()
            groups[-1][-1].append([(openers.pop(), group), ""])
        elif kind == "bar":
            groups[-1].append([])
        elif kind == "repeat":
            items = groups[-1][-1]
            if not items or items[-1][1]:
                return None
            items[-1][1] = text
        else:
            groups[-1][-1].append([text, ""])
    return None if openers else (flags, groups[0])


def _item_text(item: list) -> str:
    """An item's pattern, a group without its capture (a name copied into several alternatives would clash)."""
    atom, repetition = item
    if isinstance(atom, tuple):
        opener, alternatives = atom
        opener = "(?:" if _PLAIN_OPENER.fullmatch(opener) else opener
        return opener + "|".join("".join(map(_item_text, branch)) for branch in alternatives) + ")" + repetition
    return atom + repetition


def _line_loop(item: list) -> bool:
    """An unbounded repetition of one character that may be a letter and a space (a loop that goes on along a line)."""
    atom, repetition = item
    if isinstance(atom, tuple) or not (repetition[:1] in ("*", "+") or re.fullmatch(r"\{\d+,\}\??", repetition)):
        return False
    try:
        character = re.compile(atom)
    except (re.error, FutureWarning):
        return False
    return character.fullmatch("a") is not None and character.fullmatch(" ") is not None


def _holds_line_loop(item: list) -> bool:
    atom = item[0]
    return _line_loop(item) or isinstance(atom, tuple) and any(map(_holds_line_loop, _flat(atom[1])))


def _flat(alternatives: list) -> list:
    return [item for branch in alternatives for item in branch]


def _weight(items: list) -> int:
    """How much a run of items asks of a text: the fewest literal characters (or small classes) a match holds, an
    anchor (``^``, ``$``) counted as three."""
    weight = 0
    for atom, repetition in items:
        if repetition[:1] in ("*", "?") or repetition.startswith("{0"):
            continue
        if isinstance(atom, tuple):
            weight += min(map(_weight, atom[1]))
        elif atom in ("^", "$"):
            weight += 3
        elif len(atom) == 1 and atom != "." or atom.startswith("[") and not atom.startswith("[^") and len(atom) <= 6:
            weight += 1
    return weight


def _loop_free_forms(items: list) -> list[list]:
    """Alternatives without line loops (but the last, after a run that weighs enough: a loop to the line's end, whose
    state lives only after a rare match) each matching inside every match of ``items``: a
    plain group holding a loop is put out, each of its alternatives in its place (those without one together); then
    the heaviest run of items between loops, where it weighs enough."""
    for at, item in enumerate(items):
        atom, repetition = item
        if isinstance(atom, tuple) and not repetition and _PLAIN_OPENER.fullmatch(atom[0]) and _holds_line_loop(item):
            calm = [branch for branch in atom[1] if not any(map(_holds_line_loop, branch))]
            forms = _loop_free_forms(items[:at] + [[("(?:", calm), ""]] + items[at + 1:]) if calm else []
            for branch in atom[1]:
                if any(map(_holds_line_loop, branch)):
                    forms += _loop_free_forms(items[:at] + branch + items[at + 1:])
                if len(forms) > _LOOP_FORMS_MOST:
                    return forms
            return forms
    loops = [at for at, item in enumerate(items) if _holds_line_loop(item)]
    runs, run = [], []
    for at, item in enumerate(items):
        if at in loops and not (at == loops[-1] and _weight(run) >= _LOOP_FREE_WEIGHT):
            runs.append(run)
            run = []
        else:
            run.append(item)
    runs.append(run)
    heaviest = max(runs, key=_weight)
    return [heaviest] if len(runs) > 1 and _weight(heaviest) >= _LOOP_FREE_WEIGHT else [items]


def _search_every_prefilter(article: Article) -> frozenset[str] | None:
    """The prefilters that find a match in the article's paragraphs, or None where the set cannot tell (it does not
    compile, or its automaton ran out of memory)."""
    patterns, prefilters, _, _ = _EVERY_PREFILTER
    if prefilters is None:
        return None
    # UTF-8 bytes, as the binding would make them of a str, with a call less
    found = prefilters.Match(_paragraphs_utf8(article))
    if len(found) == 1:  # nearly every article: the sentinel alone, or a failed search (without it)
        return _NONE_FOUND if found[0] == len(patterns) else None
    return frozenset(patterns[i] for i in found if i < len(patterns)) if len(patterns) in found else None


_NONE_FOUND: frozenset[str] = frozenset()


def _prefilters_found(article: Article, prefilter: str) -> frozenset[str] | None:
    """The prefilters of the pack rules made so far, ``prefilter`` among them, that find a match in the article's
    paragraphs (one pass per article: the other pack rules read the answer), or None where the set cannot tell."""
    _, _, key, held = _EVERY_PREFILTER
    if prefilter not in held:  # a rule made after the set was compiled, or one that came unpickled, not made
        _PREFILTERS[prefilter] = None
        key = _every_prefilter()
    return article.shared(key, _search_every_prefilter)


class PackTrigger(ArticleTrigger):
    """A pack rule's trigger: fires where the rule's prefilter finds a match in the article's paragraphs, as the set
    of every prefilter answers (which :meth:`PackRule.check` reads too), or where the set cannot tell. The paragraphs
    are not the text (stripped lines, wrapped blocks joined), so the engine judges it on the article; a rule skipped
    so costs the engine a look-up, where a call of its ``check`` cost 2.6 k instructions (17,000 calls over the
    BBC + scraped mix, nearly all finding nothing)."""

    __slots__ = ("prefilter",)

    def __init__(self, prefilter: str) -> None:
        self.prefilter = prefilter

    @classmethod
    def judge(cls, triggers: list[ArticleTrigger]) -> "_PackJudge":
        return _PackJudge(triggers)


class _PackJudge:
    """Which of the pack triggers of a rule set fire on an article: one answer of the set of every prefilter."""

    def __init__(self, triggers: list[PackTrigger]) -> None:
        self.ids: dict[str, list[int]] = {}  # a prefilter → the ids of its triggers
        for trigger in triggers:
            self.ids.setdefault(trigger.prefilter, []).append(id(trigger))
        self.every = [i for ids in self.ids.values() for i in ids]
        self.held: frozenset[str] | None = None  # the set's prefilters when it was last seen to hold every one here

    def __call__(self, article: Article) -> Iterable[int]:
        """The ids of the triggers that fire on ``article`` (none in nearly every article)."""
        _, _, key, held = _EVERY_PREFILTER
        if held is not self.held:  # a set compiled since: does it hold them all?
            for prefilter in self.ids:
                _PREFILTERS.setdefault(prefilter)  # (rules that came unpickled, not made, did not add theirs)
            key, held = _every_prefilter(), _EVERY_PREFILTER[3]
            self.held = held
        found = article.shared(key, _search_every_prefilter)
        if found is _NONE_FOUND:
            return ()
        if found is None:  # the set cannot tell: each rule's check asks its own prefilter
            return self.every
        return [i for prefilter in found if prefilter in self.ids for i in self.ids[prefilter]]


def compile_user_pattern(pattern: str, where: str, ignorecase: bool = False, checked: bool = False):
    """Compile with RE2, which runs in linear time: a user pattern can never hang newslint.

    ``checked``: the pattern compiled before (a pack read from the cache): compile it on first use instead.
    """
    source = ("(?i)" if ignorecase else "") + pattern
    if checked:
        return _OnFirstUse(source)
    try:
        return re2.compile(source, _RE2_OPTIONS)
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise PackError(f"{where}: invalid pattern {pattern!r}: {detail} (patterns use RE2 syntax)") from None


class _OnFirstUse:
    """A pack rule's class attribute holding an RE2 pattern, compiled when first read (then the attribute is the
    compiled pattern): a rule that never lints, or whose prefilter never matches, compiles nothing."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type):
        compiled = re2.compile(self.pattern, _RE2_OPTIONS)
        setattr(owner, self.name, compiled)
        return compiled


def phrase_pattern(phrases: Iterable[str]) -> str:
    """One alternation of literal phrases on word boundaries; longest first, phrases of one length in sorted order (the
    same pattern in every process, so that the prefilters' sorted forms are found again in the user cache; phrases of
    one length cannot both match at one place, so their order changes no match)."""
    alternatives = sorted({re.escape(p) for p in phrases}, key=lambda escaped: (-len(escaped), escaped))
    return r"\b(?:" + "|".join(alternatives) + r")\b"


class PackRuleType(type):
    """The type of pack rule classes, which pickle by reference: pack file and rule code.

    A class made from a pack has no importable name; pickling it as (file, code)
    lets a Linter holding pack rules travel to worker processes (multiprocessing,
    datatrove, Ray), where the pack is read again.
    """


_BUILT: "weakref.WeakValueDictionary[tuple[str, str], type]" = weakref.WeakValueDictionary()


def _reduce_pack_class(cls: PackRuleType):
    if getattr(sys.modules.get(cls.__module__), cls.__qualname__, None) is cls:
        return cls.__qualname__  # a base class (PackRule, ExistenceRule, ...): by name, as usual
    return pack_rule_class, (cls.origin, cls.code)


def pack_rule_class(origin: str, code: str) -> type[Rule]:
    """The rule ``code`` of the pack file ``origin`` (read again unless this process has it)."""
    found = _BUILT.get((origin, code))
    if found is None:
        found = next((rule for rule in load_pack(Path(origin)) if rule.code == code), None)
    if found is None:
        raise PackError(f"{origin}: no rule {code} in this pack any more")
    return found


copyreg.pickle(PackRuleType, _reduce_pack_class)


class PackRule(Rule, metaclass=PackRuleType):
    """Base of rules built from packs."""

    message_template: ClassVar[str]
    ignorecase: ClassVar[bool]
    matcher: ClassVar[Any]
    prefilter: ClassVar[Any]
    # True (a rule of a run of a few articles, ``runner.LinterPool.check_everywhere``): the rule searches an article
    # for its own prefilter, the answer the set of every prefilter gives where it cannot tell, for compiling the set
    # and building its automaton costs more than the few searches (4–17 M instructions of a one-file run)
    prefilter_alone = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self._prefilter_source() is not None:  # all the rules of a linter in the one set from the start
            _PREFILTERS[self._prefilter_source()] = None

    def _prefilter_source(self) -> str | None:
        """The pattern of the class's own prefilter, or None; read once per rule (every article asks)."""
        try:
            return self._prefilter_pattern
        except AttributeError:
            prefilter = type(self).__dict__.get("prefilter")  # (not through the attribute, which would compile it)
            self._prefilter_pattern = None if prefilter is None else prefilter.pattern
            return self._prefilter_pattern

    @classmethod
    def loose_form(cls) -> tuple[Any, int]:
        """(the loose matcher: the rule's pattern with its wide bounded repetitions unbounded, compiled, or None where
        it has none; the longest text on which it answers as the pattern), made on the class's first use."""
        try:
            return cls.__dict__["_loose_form"]
        except KeyError:
            pattern = cls.__dict__["matcher"].pattern  # (compiled or not: read without compiling it)
            loose = unbounded_repetitions(pattern, _KEPT_BOUNDS)
            cls._loose_form = (None, sys.maxsize) if loose == pattern else \
                (re2.compile(loose, _RE2_OPTIONS), _loose_answers_upto(pattern))
            return cls._loose_form

    def check(self, article: Article) -> Iterable[Finding]:
        """The rule's findings (:meth:`_findings`), or none without a generator made where no paragraph can match:
        the engine asks only where the rule's trigger fires (:class:`PackTrigger`), but a run whose triggers are not
        asked calls it on every article, where this reads the answer of the article's pass of every prefilter
        without a call of :meth:`may_match` (2.6 k instructions, not 3.8 k)."""
        try:
            source = self._prefilter_pattern
        except AttributeError:  # (made without PackRule.__init__)
            source = self._prefilter_source()
        if source in _EVERY_PREFILTER[3] and not self.prefilter_alone:  # the set holds it: its answer tells
            found = article.shared(_EVERY_PREFILTER[2], _search_every_prefilter)
            if found is not None:
                return self._findings(article) if source in found else ()
        return self._findings(article) if self.may_match(article) else ()

    def _findings(self, article: Article) -> Iterable[Finding]:
        """The findings in an article where some paragraph may match (each kind of pack rule's own)."""
        raise NotImplementedError

    def may_match(self, article: Article) -> bool:
        """False when no paragraph can match: one pass over the article (for all pack rules), not one per paragraph."""
        source = self._prefilter_source()
        if source is None:
            return True
        found = None if self.prefilter_alone else _prefilters_found(article, source)
        if found is None:
            return self.prefilter.search(article.shared("packs.paragraphs", _joined_paragraphs)) is not None
        return source in found

    def message(self, match: str, **extra: str) -> str:
        try:
            return self.message_template.format(match=quote(match), **extra)
        except (KeyError, IndexError, ValueError):
            return f"{self.message_template} {quote(match)}"


class ExistenceRule(PackRule):
    """Flags phrases or patterns that should not appear."""

    where: ClassVar[str]
    fix_kind: ClassVar[str]

    @classmethod
    def compile_entry(cls, entry: dict, where: str, ignorecase: bool, checked: bool = False) -> dict[str, Any]:
        tokens = _string_list(entry, "tokens", where)
        patterns = _string_list(entry, "patterns", where)
        if not tokens and not patterns:
            raise PackError(f"{where}: an existence rule needs 'tokens' or 'patterns'")
        for i, pattern in enumerate(patterns if not checked else ()):
            compile_user_pattern(pattern, f"{where}.patterns[{i}]")
        parts = ([phrase_pattern(tokens)] if tokens else []) + [f"(?:{p})" for p in patterns]
        placement = entry.get("where", "anywhere")
        if placement not in ("anywhere", "paragraph"):
            raise PackError(f"{where}.where: expected anywhere or paragraph, got {placement!r}")
        fix_kind = entry.get("fix", "none")
        if fix_kind not in ("none", "delete-paragraph"):
            raise PackError(f"{where}.fix: expected none or delete-paragraph, got {fix_kind!r}")
        alternatives = "|".join(parts)
        if placement == "paragraph":  # anchored: one pass per paragraph, not a search from every position
            alternatives = f"^{_EDGE}*({alternatives}){_EDGE}*$"  # group 1: the match itself
        return {"matcher": compile_user_pattern(alternatives, where, ignorecase, checked),
                "where": placement, "fix_kind": fix_kind}

    def _findings(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            for start, end in self._spans(paragraph.text):
                fix = delete_paragraph(article, paragraph) if self.fix_kind == "delete-paragraph" else None
                yield self.finding(paragraph.start + start, paragraph.start + end,
                                   self.message(paragraph.text[start:end]), fix)

    def _spans(self, text: str) -> list[tuple[int, int]]:
        """The spans the rule reports in ``text``: found by the loose form (a small RE2 program) on a text no longer
        than its bounds; else where the loose form's search finds something, by the checked loose form where its
        captures keep the bounds (see :meth:`checked_loose_form`), else by the rule's own pattern (compiled on first
        need)."""
        loose, upto = self.loose_form()
        if loose is None:
            return self._spans_of(self.matcher, text, ())
        if len(text) <= upto:
            return self._spans_of(loose, text, ())
        if loose.search(text) is None:
            return []
        if isinstance(type(self).__dict__["matcher"], _OnFirstUse):  # the own pattern not compiled yet
            checker, bounds = self.checked_loose_form()
            if checker is not None:
                try:
                    return self._spans_of(checker, text, bounds)
                except _BoundPassed:
                    pass
        return self._spans_of(self.matcher, text, ())

    def _spans_of(self, matcher: Any, text: str, bounds: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
        """The reported spans of ``matcher``'s matches in ``text``; raises :class:`_BoundPassed` where a group of
        ``bounds`` (group, most characters) holds more characters than its bound."""
        matches = [matcher.search(text)] if self.where == "paragraph" else list(matcher.finditer(text))
        for match in matches if bounds else ():
            if match is not None and any(match.end(group) - match.start(group) > most for group, most in bounds):
                raise _BoundPassed
        if self.where == "paragraph":
            match = matches[0]
            return [match.span(1)] if match and match.end(1) > match.start(1) else []
        return [m.span() for m in matches if m.end() > m.start()]

    @classmethod
    def checked_loose_form(cls) -> tuple[Any, tuple[tuple[int, int], ...]]:
        """(the loose form with each repetition it unbounds captured, compiled, or None where that cannot tell; each
        capture's group and upper bound), made on the class's first need.

        Where every capture of each match holds no more characters than its bound, the matches are the pattern's
        own: the loose form's paths, in their order of preference, are the pattern's with more (those that repeat
        an atom beyond its bound), so the first that succeeds is also the pattern's first when it keeps the bounds.
        RE2 unrolls ``[^"\\n]{0,300}`` into a program many times the loose form's: milliseconds to compile, for a
        paragraph longer than :func:`_loose_answers_upto` that the loose form matches."""
        try:
            return cls.__dict__["_checked_loose_form"]
        except KeyError:
            checked = _captured_repetitions(cls.__dict__["matcher"].pattern, 2 if cls.where == "paragraph" else 1)
            try:
                cls._checked_loose_form = (None, ()) if checked is None else \
                    (re2.compile(checked[0], _RE2_OPTIONS), checked[1])
            except re2.error:  # a form this reading of the pattern got wrong: the pattern itself answers
                cls._checked_loose_form = (None, ())
            return cls._checked_loose_form


class _BoundPassed(Exception):
    """A checked loose form's match repeats an atom beyond the pattern's bound (see ``checked_loose_form``)."""


def _captured_repetitions(pattern: str, groups_kept: int) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """``pattern`` with each wide bounded repetition of one character (``X{m,n}``, n - m > ``_KEPT_BOUNDS``) made a
    captured ``(X{m,})``, and (group, n) of each; None where one repeats another atom (or a character that may end
    an escape: ``\\123``, ``\\pL``), sits inside a group that repeats (its capture would hold only the last
    copy), or would change the number of the first ``groups_kept`` groups (0 and 1: what a rule reports)."""
    out: list[str] = []
    bounds, stack, groups, at = [], [], 0, 0
    while at < len(pattern):
        token = _PATTERN_TOKEN.match(pattern, at)
        if token and token.end() > at:
            at = token.end()
            if token[1] is None or int(token[2]) - int(token[1]) <= _KEPT_BOUNDS:
                out.append(token[0])
                continue
            atom = out[-1] if out else ""
            if not _ONE_CHARACTER.fullmatch(atom) or groups < groups_kept - 1 \
                    or len(atom) == 1 and _ESCAPE_BEFORE.search(pattern, 0, token.start() - 1):
                return None
            lazy = "?" if pattern.startswith("?", at) else ""
            at += len(lazy)
            groups += 1
            out[-1] = f"({atom}{{{token[1]},}}{lazy})"
            bounds.append((groups, int(token[2])))
            for enclosing in stack:
                enclosing.append(groups)
            continue
        char = pattern[at]
        if char == "(":
            if not pattern.startswith("?", at + 1) or pattern.startswith(("?P<", "?<"), at + 1) \
                    and not pattern.startswith(("?<=", "?<!"), at + 1):
                groups += 1
            stack.append([])
        elif char == ")" and stack:
            inside = stack.pop()
            if inside and pattern[at + 1:at + 2] in ("*", "+", "{"):
                return None
        out.append(char)
        at += 1
    return ("".join(out), tuple(bounds)) if bounds else None


# the end of a text that may be an escape going on (``\\12`` of ``\\123``, ``\\p`` of ``\\pL``)
_ESCAPE_BEFORE = re.compile(r"\\[0-9A-Za-z{},]*\Z")


# what may surround a whole-paragraph match: spaces, punctuation, arrows, brackets (not quotation marks), and the
# marks of a list item or a heading ('* Tags:', '## Most Popular', '**Related Articles**', '• Sitemap': inscriptis'
# and html2text's lists and headings, 36a)
_EDGE = r"[ \t.,;:!?\-–—|»›>…()\[\]*#•]"


class SubstitutionRule(PackRule):
    """Flags a wrong form and offers the right one."""

    swaps: ClassVar[dict[str, str]]
    safe: ClassVar[bool]

    @classmethod
    def compile_entry(cls, entry: dict, where: str, ignorecase: bool, checked: bool = False) -> dict[str, Any]:
        swap = entry.get("swap")
        if not isinstance(swap, dict) or not swap or not all(isinstance(k, str) and isinstance(v, str) for k, v in swap.items()):
            raise PackError(f"{where}.swap: expected a non-empty mapping of wrong → right strings")
        key = str.lower if ignorecase else str
        return {"matcher": compile_user_pattern(phrase_pattern(swap), where, ignorecase, checked),
                "swaps": {key(k): v for k, v in swap.items()}, "safe": bool(entry.get("safe", False))}

    def _findings(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            for match in self.matcher.finditer(paragraph.text):
                found = match.group()
                right = self.swaps[found.lower() if self.ignorecase else found]
                start, end = paragraph.start + match.start(), paragraph.start + match.end()
                fix = Fix.replace(start, end, right, safe=self.safe, description=f"replace with '{right}'")
                yield self.finding(start, end, self.message(found, right=right), fix)


class ConsistencyRule(PackRule):
    """Flags the minority variant when one article uses two spellings of one thing."""

    variants: ClassVar[dict[str, int]]
    pairs: ClassVar[list[list[str]]]

    @classmethod
    def compile_entry(cls, entry: dict, where: str, ignorecase: bool, checked: bool = False) -> dict[str, Any]:
        pairs = entry.get("pairs")
        if not isinstance(pairs, list) or not pairs:
            raise PackError(f"{where}.pairs: expected a non-empty list of variant lists")
        variants: dict[str, int] = {}
        for i, group in enumerate(pairs):
            if not isinstance(group, list) or len(group) < 2 or not all(isinstance(v, str) and v for v in group):
                raise PackError(f"{where}.pairs[{i}]: expected a list of two or more strings")
            for variant in group:
                variants[variant.lower() if ignorecase else variant] = i
        return {"matcher": compile_user_pattern(phrase_pattern(variants), where, ignorecase, checked),
                "variants": variants, "pairs": pairs}

    def _findings(self, article: Article) -> Iterable[Finding]:
        seen: dict[int, dict[str, list[tuple[int, int]]]] = {}
        for paragraph in article.paragraphs:
            for match in self.matcher.finditer(paragraph.text):
                form = match.group().lower() if self.ignorecase else match.group()
                spans = seen.setdefault(self.variants[form], {}).setdefault(form, [])
                spans.append((paragraph.start + match.start(), paragraph.start + match.end()))
        for forms in seen.values():
            if len(forms) < 2:
                continue
            # the majority form wins; on a tie, the form used first wins
            ranked = sorted(forms.items(), key=lambda item: (-len(item[1]), item[1][0][0]))
            majority = article.text[ranked[0][1][0][0]:ranked[0][1][0][1]]
            for _form, spans in ranked[1:]:
                for start, end in spans:
                    yield self.finding(start, end, self.message(article.text[start:end], majority=majority))

