"""The rule engine: parse a document once, run every selected rule, resolve locations."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter
from typing import Any, Callable, Iterable, Iterator, Sequence

from newslint import hashes, native, textutil
from newslint.diagnostic import INTERNAL_ERROR, Diagnostic, slot_constructor
from newslint.model import Article
from newslint.rule import FatalRuleError, Finding, Fix, Rule, RuleContext, Severity, Triggers
from newslint.source import Document
from newslint.suppressions import Allowlist, ignored_by_record, split_allow

# Linter.lint_documents checks articles rule by rule in batches of at most this many articles and characters
# (enough for a rule's code and data to stay in the CPU cache; little memory held at once).
BATCH_ARTICLES = 32
BATCH_CHARACTERS = 256_000
# A finding's fingerprint hashes its matched text with up to this many characters either side, within its lines.
FINGERPRINT_CONTEXT = 20
# read in C, for every article: a finding's position (the order of an article's findings) and its code
_POSITION, _CODE = attrgetter("start", "end", "code"), attrgetter("code")


@dataclass
class DocumentResult:
    """What linting one document produced."""

    document: Document
    article: Article | None
    findings: list[Finding] = field(default_factory=list)
    fingerprints: bool = True  # whether its diagnostics carry a context fingerprint (see Linter.fingerprints)

    def diagnostics(self) -> list[Diagnostic]:
        return resolve(self.document, self.findings, self.fingerprints)


class ArticleTrigger:
    """A trigger judged on the parsed article, not on its text alone (:class:`rule.Trigger`): the engine asks the
    class's :meth:`judge` for one judge of all such triggers of a rule set and hands it each article. A caller that
    knows triggers by their text only reads :meth:`fires`, which cannot tell, so says that the rule may find
    something."""

    __slots__ = ()

    def fires(self, text: str) -> bool:
        return True

    @classmethod
    def judge(cls, triggers: list["ArticleTrigger"]) -> Callable[[Article], Iterable[int]] | None:
        """A picklable function giving the ids of those of ``triggers`` (each of this class) that fire on an article,
        or None where none of them can fire on any (the engine then asks nothing per article)."""
        raise NotImplementedError


class ArticleGate(ArticleTrigger):
    """A trigger that fires where ``question`` (a module-level function of the parsed article: picklable) says yes:
    the rules that share a question are asked it once per article, one call where each rule's ``check`` was a
    generator made and run to its first test (the OCR rules' ``article.ocr.ocr``, 33c). Without a question it never
    fires (a rule that can find nothing with the run's settings, such as NL703 without reject words). Like any
    trigger it is a shortcut: ``check`` still asks the question itself."""

    __slots__ = ("question",)

    def __init__(self, question: Callable[[Article], bool] | None) -> None:
        self.question = question

    def __repr__(self) -> str:
        return f"ArticleGate({getattr(self.question, '__qualname__', None)})"

    @classmethod
    def judge(cls, triggers: list[ArticleTrigger]) -> "_GateJudge | None":
        asked = [trigger for trigger in triggers if trigger.question is not None]  # type: ignore[attr-defined]
        return _GateJudge(asked) if asked else None


class _GateJudge:
    """Which of the gates of a rule set fire on an article: each question asked once."""

    def __init__(self, gates: list[ArticleGate]) -> None:
        ids: dict[Callable[[Article], bool], list[int]] = {}  # a question → the ids of its gates
        for gate in gates:
            ids.setdefault(gate.question, []).append(id(gate))  # type: ignore[arg-type]
        self.asked = list(ids.items())

    def __call__(self, article: Article) -> list[int]:
        fired: list[int] = []
        for question, ids in self.asked:
            if question(article):
                fired += ids
        return fired


class Linter:
    """Runs a fixed set of configured rules over documents."""

    def __init__(self, rules: Sequence[Rule], input_rules: dict[str, Rule] | None = None,
                 allowlists: dict[str, Allowlist] | None = None, ocr: str = "auto") -> None:
        self.rules = list(rules)
        self.input_rules = input_rules or {}
        self.allowlists = allowlists or {}  # rule code -> matched texts it must not report
        self.fallbacks = {r.code: r.fallback_despite for r in self.rules if r.fallback}  # code -> codes it outlives
        self.yielding = _without_cycles({r.code: r.yields_to for r in self.rules if r.yields_to})
        self._yielders = self.fallbacks.keys() | self.yielding.keys()  # the codes whose findings may yield
        self._to_fallbacks = _yields_to_fallbacks(self.fallbacks, self.yielding)
        self.ocr = ocr  # the OCR gate's mode for every article
        # the rules' trigger ids, the Triggers of those judged on the text and the judges of the others (ArticleTrigger)
        self._judged: tuple[list[int], Triggers, list[Callable[[Article], Iterable[int]]]] | None = None
        # whether diagnostics carry a context fingerprint: a run whose report, cache and baseline read none (the CLI
        # with --no-cache and no SARIF) skips hashing every finding
        self.fingerprints = True

    @classmethod
    def from_registry(cls, registry, select=None, extend=(), ignore=(), options=None, severities=None,
                      context: RuleContext | None = None) -> "Linter":
        """Instantiate the selected rules of ``registry`` with their options and severities."""
        options = options or {}
        severities = severities or {}
        chosen = registry.select(select, extend, ignore)
        instances = []
        allowlists = {}
        for rule_cls in chosen:
            opts = options.get(rule_cls.code) or options.get(rule_cls.name) or {}
            opts, allowlist = split_allow(opts, f"rule-options.{rule_cls.name}")
            if allowlist is not None:
                allowlists[rule_cls.code] = allowlist
            severity = severities.get(rule_cls.code) or severities.get(rule_cls.name)
            instances.append(rule_cls(opts, severity, context))
        input_rules = {r.code: r for r in instances if getattr(r, "is_input_rule", False)}
        return cls([r for r in instances if not getattr(r, "is_input_rule", False)], input_rules, allowlists,
                   context.ocr if context else "auto")

    def lint_article(self, article: Article) -> list[Finding]:
        """Every finding of every rule; a rule that crashes becomes an NL000 finding."""
        return self._finished(article, self._check([article])[0])

    def _check(self, articles: Sequence[Article]) -> list[list[Finding]]:
        """The findings of every rule on each article, unsorted, rule by rule over all of them.

        Rule-major: one rule's code, regexes and word tables stay in the CPU cache while it checks
        every article of the batch, where running all rules on one article and then the next
        evicts them (a quarter of the CPU time on a corpus of news articles). A rule runs on an
        article only where its trigger fires (judged once per article and trigger).
        """
        found: list[list[Finding]] = [[] for _ in articles]
        triggers, judges = self._triggers()
        triggers.new_batch()  # the answers the rules' cues read: this batch's, none dropped in its middle
        everywhere = list(zip(articles, found))
        # a trigger's id → the articles (with their findings) where it fires: one or two triggers of some thirty fire
        # on an article of the BBC + scraped mix, so each article is put where its own fire, not each rule's
        # trigger looked for in every article
        chosen: dict[int, list[tuple[Article, list[Finding]]]] = {}
        for pair in everywhere:
            article = pair[0]
            fires = triggers.fired(article.text)
            for judge in judges:
                judged = judge(article)
                if judged:  # (most articles: no gate of a judge fires)
                    fires.update(judged)
            for key in fires:
                chosen.setdefault(key, []).append(pair)
        for rule in self.rules:
            trigger, check = rule.trigger, rule.check
            # where the rule may find something: every article, or those where its trigger fires
            targets = everywhere if trigger is None else chosen.get(id(trigger), ())
            for article, findings in targets:
                try:
                    # not extend: it sizes the list for 8 items, then cuts it back (a realloc each way, and the C
                    # allocator's for an empty list); nor a bound append per article: most checks find nothing, and
                    # findings.append(...) makes no method object (a third of the loop's own cost per rule and article)
                    for finding in check(article):
                        findings.append(finding)
                except FatalRuleError:
                    raise
                except Exception as exc:  # one broken rule must not stop the run
                    findings.append(Finding(INTERNAL_ERROR, "internal-error", Severity.ERROR, 0, 0,
                                            f"rule {rule.code} {rule.name} failed on this input: "
                                            f"{type(exc).__name__}: {exc}"))
        return found

    def _triggers(self) -> tuple[Triggers, list[Callable[[Article], Iterable[int]]]]:
        """The rules' triggers judged together: those judged on the text, and a judge per class of
        :class:`ArticleTrigger` (made again when a rule's trigger changed)."""
        triggers = [rule.trigger for rule in self.rules]
        key = [id(trigger) for trigger in triggers]
        if self._judged is None or self._judged[0] != key:
            on_article: dict[type, dict[int, ArticleTrigger]] = {}
            for trigger in triggers:
                if isinstance(trigger, ArticleTrigger):
                    on_article.setdefault(type(trigger), {})[id(trigger)] = trigger
            judges = [judge for kind, kept in on_article.items() if (judge := kind.judge(list(kept.values()))) is not None]
            self._judged = (key, Triggers([t for t in triggers if not isinstance(t, ArticleTrigger)]), judges)
        return self._judged[1], self._judged[2]

    def _finished(self, article: Article, findings: list[Finding]) -> list[Finding]:
        """``findings`` without allowed texts, those inside a Markdown link target and overlapped fallbacks and yielding
        rules, in order of position."""
        if findings and article.link_targets:
            findings = _outside(findings, article.link_targets, article.link_list)
        if self.allowlists:
            findings = [f for f in findings if f.code not in self.allowlists
                        or not self.allowlists[f.code].allows(article.text[f.start:f.end])]
        if self._yielders and not self._yielders.isdisjoint(map(_CODE, findings)) and self._may_yield(findings):
            findings = _without_yielded(findings, self.fallbacks, self.yielding, article.text, self._to_fallbacks)
        findings.sort(key=_POSITION)
        return findings

    def _may_yield(self, findings: list[Finding]) -> bool:
        """Whether ``findings`` hold a fallback's, or a yielding rule's with one of a code it yields to (a page of
        NL316's phrases alone is not walked)."""
        codes = set(map(_CODE, findings))
        return any(code in self.fallbacks or not self.yielding[code].isdisjoint(codes)
                   for code in self._yielders & codes)

    def lint_document(self, document: Document) -> DocumentResult:
        """Lint one document: its input problems, or the findings of the rules on its article."""
        if document.problems:
            return self._problems(document)
        article = self._parse(document)
        return self._result(document, article, self.lint_article(article))

    def lint_documents(self, documents: Iterable[Document]) -> Iterator[DocumentResult | Exception]:
        """:meth:`lint_document` of each document, in order, or the exception that linting it raised.

        The same results, for less CPU: the articles are checked rule by rule in batches of up to
        BATCH_ARTICLES articles or BATCH_CHARACTERS characters (see :meth:`_check`). A batch that raises
        anything but a rule's crash (an NL000 finding) or :class:`FatalRuleError` is linted again one
        document at a time, so that only the document at fault gets the exception.
        """
        batch: list[Document] = []
        size = 0
        for document in documents:
            batch.append(document)
            size += len(document.text)
            if len(batch) >= BATCH_ARTICLES or size >= BATCH_CHARACTERS:
                yield from self._lint_batch(batch)
                batch, size = [], 0
        if batch:
            yield from self._lint_batch(batch)

    def _lint_batch(self, documents: list[Document]) -> list[DocumentResult | Exception]:
        try:
            articles = [self._parse(d) for d in documents if not d.problems]
            found = iter(self._check(articles))
            parsed = iter(articles)
            results: list[DocumentResult | Exception] = []
            for document in documents:
                if document.problems:
                    results.append(self._problems(document))
                else:
                    article = next(parsed)
                    results.append(self._result(document, article, self._finished(article, next(found))))
            return results
        except FatalRuleError:
            raise
        except Exception:
            return [_outcome(self.lint_document, document) for document in documents]

    def _parse(self, document: Document) -> Article:
        return Article.parse(document.text, document.path, document.meta, document.has_header, self.ocr)

    def _problems(self, document: Document) -> DocumentResult:
        """The result of a document that could not be read: its input problems as findings."""
        findings = []
        for problem in document.problems:
            rule = self.input_rules.get(problem.code)
            if rule is not None:
                finding = rule.finding(0, 0, problem.message)
                finding.location = (problem.line, problem.column)
                findings.append(finding)
        return DocumentResult(document, None, findings, self.fingerprints)

    def _result(self, document: Document, article: Article, findings: list[Finding]) -> DocumentResult:
        if document.ignore:
            findings = [f for f in findings if not ignored_by_record(f.code, f.name, document.ignore)]
        return DocumentResult(document, article, findings, self.fingerprints)

    def lint_text(self, text: str, path: str = "<text>") -> list[Finding]:
        """Lint a string as an article file (newlines normalised); handy from Python."""
        from newslint.source import normalise_newlines

        normalised, _ = normalise_newlines(text)
        return self.lint_article(Article.parse(normalised, path, ocr=self.ocr))


def _outcome(lint, document: Document) -> DocumentResult | Exception:
    """``lint(document)``, or the exception it raised (a fatal rule error still stops the run)."""
    try:
        return lint(document)
    except FatalRuleError:
        raise
    except Exception as exc:
        return exc


def _outside(findings: list[Finding], spans: tuple[tuple[int, int], ...],
             whole: tuple[int, int] | None = None) -> list[Finding]:
    """The findings that start outside ``spans`` (in order, not overlapping), at one's start and go on past its end
    (a line that opens on a link's marker, ``[5]Sign in``), or hold ``whole`` (one of them, a list of the page's
    links: ``Article.link_list``): a glued word, a stray stop or an OCR confusion in a link's target
    (``Article.link_targets``), a fence line alone, is none."""
    starts = [start for start, _ in spans]
    return [f for f in findings if not (k := bisect_right(starts, f.start)) or f.start >= (end := spans[k - 1][1])
            or f.start == starts[k - 1] and f.end > end or whole and f.start == whole[0] and f.end >= whole[1]]


def _without_yielded(findings: list[Finding], fallbacks: dict[str, frozenset[str]],
                     yielding: dict[str, frozenset[str]] | None = None, text: str = "",
                     to_fallbacks: bool | None = None) -> list[Finding]:
    """Drop the findings of fallback rules that other rules' findings cover (those of a code the fallback rule does
    not yield to, ``Rule.fallback_despite``, aside): a finding on a few words inside a line of furniture or a
    paragraph of the site's names another defect there, not the line or the paragraph. A rule of ``yielding``
    (``Rule.yields_to``, a fallback's too) drops its finding where findings of the codes it yields to cover it so
    (:func:`_yielded`): one defect, one finding. A finding that yields to others still silences fallbacks; it yields
    to a fallback's finding only where that finding stays (NL342's sentence on a line of NL311's; a yielding rule's
    phrase that is the whole line silences the line as before, and stays). Each covering set is merged once, so a page
    with many findings of both kinds costs n log n, not n × n. ``to_fallbacks``: :func:`_yields_to_fallbacks` of the
    two, where the caller knows it."""
    yielding = yielding or {}
    if to_fallbacks is None:
        to_fallbacks = _yields_to_fallbacks(fallbacks, yielding)
    specific = [f for f in findings if f.code not in fallbacks]
    alone = _yielded(findings, specific, yielding, text)  # those that yield to findings of rules that are no fallback
    if len(specific) == len(findings):  # (no fallback's finding: none covered, none to yield to)
        return [f for i, f in enumerate(findings) if i not in alone] if alone else findings
    spans = sorted((f.start, f.end, f.code) for f in specific)
    covers: dict[str, _Cover] = {}
    kept = []
    stay = []  # the fallbacks' findings kept
    for i, f in enumerate(findings):
        if i in alone:
            continue
        if f.code in fallbacks:
            cover = covers.get(f.code)
            if cover is None:
                outlived = fallbacks[f.code]
                cover = covers[f.code] = _Cover([(start, end) for start, end, code in spans if code not in outlived])
            if cover.covers(f.start, f.end):
                continue
            stay.append(f)
        kept.append(f)
    if to_fallbacks and stay:  # yields to the fallbacks' that stay
        late = _yielded(kept, stay, yielding, text)
        if late:
            kept = [f for i, f in enumerate(kept) if i not in late]
    return kept


def _yields_to_fallbacks(fallbacks: dict[str, frozenset[str]], yielding: dict[str, frozenset[str]]) -> bool:
    """Whether a rule of ``yielding`` yields to a fallback (the linter's set-up asks it once)."""
    return any(not fallbacks.keys().isdisjoint(to) for to in yielding.values())


def _yielded(findings: list[Finding], covering: list[Finding], yielding: dict[str, frozenset[str]],
             text: str) -> set[int]:
    """The indexes of the findings of a ``yielding`` code that findings of ``covering`` of the codes it yields to
    cover more than four fifths of, from its first to its last word character in ``text`` (the line's markup, '### '
    or '**', is no part of the defect they name): findings whose fixes already make its own (each of its edits inside a
    text they delete, each of those fixes as safe as its own, :func:`_fix_rank`), so that ``--fix`` and
    ``--unsafe-fixes`` change what they changed, or findings that offer no fix (they name the defect and leave its
    repair to the reader: NL307's note, NL310's link line)."""
    present = set(map(_CODE, covering))
    asking = {code for code, to in yielding.items() if not to.isdisjoint(present)}  # the codes that may yield here
    found: set[int] = set()
    if not asking:
        return found
    covers: dict[tuple[str, int], tuple[_Cover, _Cover, _Cover]] = {}
    for i, f in enumerate(findings):
        if f.code in asking:
            rank = _fix_rank(f)
            cover = covers.get((f.code, rank))
            if cover is None:
                to = yielding[f.code]
                fixing = [g for g in covering if g.code in to and _fix_rank(g) >= max(rank, 1)]
                cover = covers[f.code, rank] = (
                    _Cover(sorted((g.start, g.end) for g in fixing)),
                    _Cover(sorted((e.start, e.end) for g in fixing for e in g.fix.edits if not e.replacement)),
                    _Cover(sorted((g.start, g.end) for g in covering if g.code in to and not _fix_rank(g))))
            fixing, deleted, naming = cover
            words = _WORDS.search(text, f.start, f.end)
            start, end = words.span() if words else (f.start, f.end)
            if naming.covers(start, end) or fixing.covers(start, end) and (
                    not rank or all(deleted.holds(edit.start, edit.end) for edit in f.fix.edits)):
                found.add(i)
    return found


def _fix_rank(finding: Finding) -> int:
    """How much a finding's fix does for a user: 2 safe (``--fix`` applies it), 1 unsafe, 0 none."""
    fix = finding.fix
    return 0 if fix is None or not fix.edits else 2 if fix.safe else 1


def _without_cycles(yielding: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """``yielding`` (code -> the codes it yields to) without the yields that close a cycle: where two rules (a user's
    packs, say) yield to each other, directly or through others, neither yields, so no defect loses both findings."""
    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            code = todo.pop()
            if code == goal:
                return True
            if code not in seen:
                seen.add(code)
                todo.extend(yielding.get(code, ()))
        return False
    kept = {code: frozenset(to for to in codes if not reaches(to, code)) for code, codes in yielding.items()}
    return {code: codes for code, codes in kept.items() if codes}


_WORDS = re.compile(r"\w(?:.*\w)?", re.S)  # a span's first word character to its last


class _Cover:
    """The union of some spans (sorted by start), asked how much of a span it covers."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start < merged[-1][1]:  # (only overlapping spans merge: two that touch leave a gap of none)
                merged[-1][1] = max(merged[-1][1], end)
            elif end > start:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]
        self._before = list(accumulate((end - start for start, end in merged), initial=0))  # lengths of the first k

    def covers(self, start: int, end: int) -> bool:
        """Whether the spans cover more than four fifths of ``start``–``end`` (an empty span: whether it stands
        inside one of them, past its start)."""
        if start == end:
            k = bisect_left(self._starts, start) - 1  # the last span starting before it
            return k >= 0 and self._ends[k] > start
        return 5 * (self._length_before(end) - self._length_before(start)) > 4 * (end - start)

    def holds(self, start: int, end: int) -> bool:
        """Whether one of the spans holds ``start``–``end`` (an empty span: strictly inside it)."""
        k = bisect_right(self._starts, start) - 1  # the last span starting at or before it
        return k >= 0 and end <= self._ends[k] and (start != end or self._starts[k] < start < self._ends[k])

    def _length_before(self, offset: int) -> int:
        """How many characters before ``offset`` the spans cover."""
        k = bisect_right(self._starts, offset)
        return self._before[k] - max(0, self._ends[k - 1] - offset) if k else 0


_new_diagnostic = slot_constructor()  # Diagnostic(...), its slots set in place (diagnostic.slot_constructor)


def resolve(document: Document, findings: Iterable[Finding], fingerprints: bool = True) -> list[Diagnostic]:
    """Turn findings (offsets into the document text) into diagnostics (lines and columns); without ``fingerprints``,
    a diagnostic's ``fingerprint`` is None."""
    if not isinstance(findings, list):
        findings = list(findings)
    if not findings:  # most articles: no line starts to find
        return []
    text, path, record_id, field_name = document.text, document.path, document.record_id, document.text_field
    starts = textutil.line_starts(text) if not document.is_record else None
    locate = _locator(document, starts)
    source = _source_offset(document)
    shifted = source is not _same  # else an offset in the source is the offset in the text
    # a record without CRLFs (a corpus's every record): its line, and each offset's column, told without a call (31e)
    record_line = document.record_line if starts is None and not shifted else None
    excerpts = starts is not None and bool(text)
    new_diagnostic, fingerprint, excerpt_of, fix_dict = _new_diagnostic, _fingerprint, _excerpt, _fix_dict
    out = []
    append = out.append
    for finding in findings:
        start, end = finding.start, finding.end
        if finding.location is not None:
            line, column = finding.location
            end_line, end_column = line, column + 1
        elif record_line is not None:
            line = end_line = record_line
            column, end_column = start + 1, end + 1
        else:
            line, column = locate(start)
            end_line, end_column = locate(end)
        excerpt, excerpt_column = excerpt_of(text, starts, line, start, end) if excerpts else (None, 1)
        fix = None if finding.fix is None else fix_dict(finding.fix, locate, source) if record_line is None \
            else _record_fix_dict(finding.fix, record_line)
        append(new_diagnostic(path, line, column, end_line, end_column, finding.code, finding.name, finding.severity,
                              finding.message, fix, field_name, source(start) if shifted else start,
                              source(end) if shifted else end, excerpt,
                              fingerprint(text, record_id, start, end) if fingerprints else None,
                              record_id, excerpt_column))
    return out


def _locator(document: Document, starts: list[int] | None) -> Callable[[int], tuple[int, int]]:
    """``document.location`` with the line starts bound: one binary search per offset (none in a one-line text)."""
    if starts is None:
        if not document.removed_cr:  # a record: its line, and the offset's column (no CRLF before it)
            line = document.record_line
            return lambda offset: (line, offset + 1)
        return document.location
    if len(starts) == 1:
        return lambda offset: (1, offset + 1)

    def locate(offset: int) -> tuple[int, int]:
        line = bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    return locate


def _source_offset(document: Document) -> Callable[[int], int]:
    """``document.source_offset``; the offset itself where no line end was a CRLF."""
    return document.source_offset if document.removed_cr else _same


def _same(offset: int) -> int:
    return offset


EXCERPT_CHARS = 120  # of a finding's line kept on each side of it (and of a long span): more than a report shows


def _excerpt(text: str, starts: list[int], line: int, start: int, end: int) -> tuple[str, int]:
    """The part of ``line`` around the span ``start``-``end`` that a report may show, and its first column.

    A bounded window, never the whole line: a one-line article of many megabytes
    with thousands of findings must not hold a copy of the line per finding.
    """
    line_start = starts[line - 1]
    line_end = starts[line] - 1 if line < len(starts) else len(text)
    begin = max(line_start, start - EXCERPT_CHARS)
    stop = min(line_end, min(end, start + EXCERPT_CHARS) + EXCERPT_CHARS)
    return text[begin:stop], begin - line_start + 1


def context_fingerprint(document: Document, start: int, end: int) -> str:
    """A hash of the matched text with up to FINGERPRINT_CONTEXT characters either side (within its lines),
    whitespace collapsed, and of the JSONL record's id: the same when lines shift or text elsewhere changes."""
    return _fingerprint(document.text, document.record_id, start, end)


_sha256 = hashes.sha256


def _fingerprint(text: str, record_id: str | None, start: int, end: int) -> str:
    return _sha256(_fingerprint_key(text, record_id, start, end, FINGERPRINT_CONTEXT)).hexdigest()[:20]


def _python_fingerprint_key(text: str, record_id: str | None, start: int, end: int, context: int) -> bytes:
    """What a finding's fingerprint hashes: the record's id, the matched text and up to ``context`` characters
    either side (within its lines), whitespace collapsed, joined by NULs, as UTF-8 (the twin of the compiled one)."""
    # the context stays within the finding's lines; the line ends are looked for near the span only
    # (a one-line article of megabytes has thousands of findings)
    before = start - context if start > context else 0
    window = text[before:end + context]
    if "\n" in window:  # else the window is the context as it stands (most findings)
        after = min(len(text), end + context)
        line_start = text.rfind("\n", before, start) + 1 or before
        line_end = text.find("\n", end, after)
        window = text[max(line_start, before): after if line_end == -1 else line_end]
    key = f"{record_id or ''}\0{' '.join(text[start:end].split())}\0{' '.join(window.split())}"  # matched, context
    return key.encode("utf-8", "surrogatepass")


_fingerprint_key = native.pick("fingerprint_key", _python_fingerprint_key)


def _record_fix_dict(fix: Fix, line: int) -> dict[str, Any]:
    """:func:`_fix_dict` of a fix in a record without CRLFs, on ``line``: an edit's columns its offsets + 1 (31e)."""
    return {"applicability": "safe" if fix.safe else "unsafe", "message": fix.description or None,
            "edits": [{"content": edit.replacement, "line": line, "column": edit.start + 1, "end_line": line,
                       "end_column": edit.end + 1, "start": edit.start, "end": edit.end} for edit in fix.edits]}


def _fix_dict(fix: Fix, locate: Callable[[int], tuple[int, int]], source: Callable[[int], int]) -> dict[str, Any]:
    edits = []
    for edit in fix.edits:
        line, column = locate(edit.start)
        end_line, end_column = locate(edit.end)
        edits.append({"content": edit.replacement, "line": line, "column": column,
                      "end_line": end_line, "end_column": end_column,
                      "start": source(edit.start), "end": source(edit.end)})
    return {"applicability": "safe" if fix.safe else "unsafe", "message": fix.description or None, "edits": edits}
