"""Linting input files: read them, lint every document, collect results.

Two ways to run. ``keep_sources=True`` (for ``--fix`` and ``--diff``) lints in
this process and keeps each input's bytes, documents and findings, which fixes
need. Otherwise inputs stream: the parent reads text files in batches and JSONL
files record by record in chunks, worker processes lint them (or this process,
for a small run), and the resolved diagnostics are either kept per input or,
given an ``emit`` callable, handed on in input order and dropped (the CLI
writes them out as they come). The cache stores them per text file and per
chunk of records. At most a few tasks per worker are in flight, so with
``emit`` the parent's memory grows neither with the size of a JSONL file nor
with the number of findings.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, fields
from itertools import groupby, starmap
from operator import attrgetter
from typing import Callable, Iterable, Iterator, Sequence

from newslint import hashes, lexicon
from newslint.cache import Cache
from newslint.columnar import is_parquet, is_record_file, parquet_lines
from newslint.config import Config
from newslint.diagnostic import slot_constructor
from newslint.engine import Diagnostic, Linter
from newslint.inputs import STDIN, FileResult, InputTooLarge, read_input, settled_state
from newslint.parallel import Ready, WorkerDied, available_cores, can_fork, ordered_map
from newslint.progress import Progress
from newslint.replay import ignores_name
from newslint.source import Document, decode, iter_jsonl, jsonl_record, too_large_document, too_large_record

# A task is a batch of text files or a chunk of JSONL records, whichever limit comes first.
BATCH_FILES = 32
CHUNK_RECORDS = 128
TASK_BYTES = 256 * 1024
# Runs with fewer input bytes than this stay in one process: a pool would cost more than it saves.
PARALLEL_MIN_BYTES = 512 * 1024
# Runs with fewer input bytes than this run every rule on each article, its trigger unasked, each pack rule searching
# for its own prefilter (LinterPool.check_everywhere): the triggers' RE2 sets cost more than they save below ~64 KB of
# news articles (35c: 32 KB of plain files 609 M instructions so, 643 M triggered; 64 KB even; 96 KB 853 against 814)
SMALL_RUN_BYTES = 64 * 1024
# Runs with fewer input bytes than this look words up on disk rather than load the word list (newslint.lexicon): the
# cheaper way for 96 KB of plain files still (814 M against 857 M instructions, 35c)
ON_DISK_RUN_BYTES = 128 * 1024

_BOM = b"\xef\xbb\xbf"


def documents(data: bytes, path: str, config: Config, display: str | None = None) -> Iterator[Document]:
    """The documents of one input: the file itself, or one per JSONL record."""
    name = display or path
    if is_parquet(name):  # its rows as JSON lines
        yield from iter_jsonl(b"\n".join(parquet_lines(io.BytesIO(data), config.jsonl)), name, config.jsonl,
                              config.max_file_size)
    elif name.endswith(".jsonl"):
        yield from iter_jsonl(data, name, config.jsonl, config.max_file_size)
    else:
        yield decode(data, name)


def checked_documents(results: Iterable[FileResult], config: Config, stdin_name: str | None = None
                      ) -> Iterator[Document]:
    """The documents of the checked inputs, read again (or from the bytes the run kept: standard input's,
    or every input's for ``--fix``): what the report formats that show article text (html, labelstudio)
    read. JSONL files are read record by record; a blank JSONL line is no document, a record with an empty
    text is one."""
    for result in results:
        path = result.source or result.path
        if result.data:
            found = documents(result.data, path, config, result.path)
        elif path == STDIN or (stdin_name is not None and result.path == stdin_name):
            continue
        else:
            found = _reread(path, result.path, config)
        for document in found:
            if not document.blank_line:
                yield document


def _reread(path: str, display: str, config: Config) -> Iterator[Document]:
    limit = config.max_file_size
    try:
        if not display.endswith(".jsonl") and not is_parquet(display):
            try:
                yield decode(read_input(path, limit=limit), display)
            except InputTooLarge as exc:
                yield too_large_document(display, exc.message)
            return
        with open(path, "rb") as handle:
            if is_parquet(display):  # read whole: its rows come back as JSON lines
                yield from documents(handle.read(), path, config, display)
                return
            for number, line in enumerate(_bounded_lines(handle, limit), 1):
                if isinstance(line, int):
                    yield too_large_record(display, number, line, limit, config.jsonl)
                    continue
                if number == 1 and line.startswith(_BOM):
                    line = line[len(_BOM):]
                yield jsonl_record(line, number, display, config.jsonl)
    except OSError:
        return  # removed since: the report shows its findings without text


def lint_file(path: str, data: bytes, config: Config, linter: Linter, display: str | None = None) -> FileResult:
    """Lint every document of one input, keeping bytes, documents and findings (what fixes need)."""
    result = FileResult(display or path, digest=hashes.sha256(data).hexdigest(), data=data, source=path)
    for document in documents(data, path, config, display):
        result.results.append(linter.lint_document(document))
    return result


class LinterPool:
    """One Linter per distinct set of per-file ignores (rules are instantiated once each)."""

    def __init__(self, config: Config, build: Callable[[Sequence[str]], Linter]) -> None:
        self.config = config
        self.build = build
        self._linters: dict[tuple[str, ...], Linter] = {}
        self._untriggered = False  # see check_everywhere()

    def check_everywhere(self) -> None:
        """Let every rule of every linter, built or to be built, check each article, its trigger unasked, and each pack
        rule search for its own prefilter (``PackRule.prefilter_alone``): for a run of a few articles, where building
        the triggers' RE2 sets and the set of every prefilter (tens of millions of instructions) costs more than the
        rules they would skip. A trigger is a shortcut that a rule's ``check`` never needs (``rule.Trigger``), and a
        set's answer is each prefilter's own: the findings are the same."""
        self._untriggered = True
        for linter in self._linters.values():
            _untrigger(linter)

    @property
    def linters(self) -> dict[tuple[str, ...], Linter]:
        """The linters built so far, by per-file ignores."""
        return dict(self._linters)

    def for_path(self, path: str) -> Linter:
        ignores = self.config.ignores_key(path) if path != STDIN else ()
        if ignores not in self._linters:
            self._linters[ignores] = linter = self.build(ignores)
            if self._untriggered:
                _untrigger(linter)
        return self._linters[ignores]


def _untrigger(linter: Linter) -> None:
    from newslint.packs import PackRule  # (imported with the rules; `newslint metadata` needs neither)

    for rule in linter.rules:
        rule.trigger = None  # (the instance's: the class keeps its trigger)
        if isinstance(rule, PackRule):
            rule.prefilter_alone = True  # its own prefilter: cheaper than the set of every pack rule's


def lint_inputs(files: Iterable[str], config: Config, pool: LinterPool, errors: list[str],
                stdin: Callable[[], bytes] | None = None, stdin_name: str | None = None, *,
                jobs: int | None = 1, cache: Cache | None = None, keep_sources: bool = False,
                progress: Progress | None = None, emit: Emit | None = None) -> list[FileResult]:
    """Lint each input file, in order; a file that cannot be read or checked becomes a one-line error.

    ``jobs`` worker processes (None or 0: one per core; small runs stay in this
    process). ``cache`` is read and written unless ``keep_sources``, which
    lints in this process and keeps what ``--fix``/``--diff`` need. A streamed
    run counts what it has done on ``progress``. With ``emit`` (not with
    ``keep_sources``) the inputs are taken in order of their display path and
    their diagnostics handed to ``emit`` in that order, sorted
    (:meth:`Diagnostic.sort_key`), instead of being kept in the results.
    """
    files = list(files)
    size = _input_bytes(files, max(SMALL_RUN_BYTES, ON_DISK_RUN_BYTES))
    if size < ON_DISK_RUN_BYTES:
        lexicon.look_up_on_disk()  # a few words to look up: cheaper than loading the word list
    if size < SMALL_RUN_BYTES and STDIN not in files:  # (standard input counts 0 bytes: its size is not known)
        pool.check_everywhere()  # a few articles: each rule's own first test, cheaper than the triggers' RE2 sets
    if keep_sources:
        return _lint_keeping_sources(files, config, pool, errors, stdin, stdin_name)
    if emit is not None:
        files.sort(key=lambda path: _display(path, stdin_name))
    run = _Run(config, pool, cache, files, stdin, stdin_name, progress, emit)
    return run.execute(effective_jobs(files, jobs), errors)


def effective_jobs(files: Sequence[str], jobs: int | None) -> int:
    """The worker count to use: 1 (this process) without fork, for one job, or under PARALLEL_MIN_BYTES."""
    jobs = jobs or available_cores()
    if jobs <= 1 or not can_fork():
        return 1
    return jobs if _input_bytes(files, PARALLEL_MIN_BYTES) >= PARALLEL_MIN_BYTES else 1


def _input_bytes(files: Sequence[str], enough: int) -> int:
    """The inputs' total size, counted until it reaches ``enough`` (standard input counts 0)."""
    total = 0
    for path in files:
        try:
            total += os.path.getsize(path) if path != STDIN else 0
        except OSError:
            continue
        if total >= enough:
            break
    return total


def _lint_keeping_sources(files, config, pool, errors, stdin, stdin_name) -> list[FileResult]:
    results = []
    for path in files:
        display = _display(path, stdin_name)
        # a JSONL file is read whole here (fixes rewrite it); its records are held to max-file-size each
        limit = None if display.endswith(".jsonl") else config.max_file_size
        try:
            data = read_input(path, stdin, limit)
        except InputTooLarge as exc:
            results.append(FileResult(display, [pool.for_path(display).lint_document(
                too_large_document(display, exc.message))], source=path))
            continue
        except OSError as exc:
            errors.append(f"{path}: cannot read: {exc.strerror or exc}")
            continue
        results.append(lint_file(path, data, config, pool.for_path(display), display))
    return results


def _display(path: str, stdin_name: str | None) -> str:
    return stdin_name if path == STDIN and stdin_name else path


# -- streaming ---------------------------------------------------------------

@dataclass
class _TextBatch:
    """Whole text files: (slot, display path, bytes)."""

    items: list[tuple[int, str, bytes]]

    def split(self) -> list["_TextBatch"]:
        return [_TextBatch([item]) for item in self.items]

    def size(self) -> tuple[int, int]:
        """(documents, bytes)."""
        return len(self.items), sum(len(data) for _, _, data in self.items)

    def places(self) -> list[tuple[int, str]]:
        return [(slot, display) for slot, display, _ in self.items]


@dataclass
class _RecordChunk:
    """Consecutive JSONL records of one file, the first on line ``first`` (a record over max-file-size: its size)."""

    slot: int
    display: str
    first: int
    lines: list[bytes | int]
    key: str | None = None  # its cache entry's key (with the cache on)

    def split(self) -> list["_RecordChunk"]:
        return [_RecordChunk(self.slot, self.display, self.first + i, [line]) for i, line in enumerate(self.lines)]

    def size(self) -> tuple[int, int]:
        """(documents, bytes), line ends counted."""
        return len(self.lines), sum((line if isinstance(line, int) else len(line)) + 1 for line in self.lines)

    def places(self) -> list[tuple[int, str]]:
        last = self.first + len(self.lines) - 1
        where = f"line {self.first}" if last == self.first else f"lines {self.first}-{last}"
        return [(self.slot, f"{self.display}: {where}")]


@dataclass
class _Settled:
    """An input (or a chunk of a record file) answered without linting: from the cache, or a file over the size limit."""

    slot: int
    diagnostics: list[Diagnostic]
    documents: int
    nbytes: int

    def size(self) -> tuple[int, int]:
        return self.documents, self.nbytes


_ACTIVE: "_Run | None" = None  # the run being executed (one at a time); forked workers inherit it


def _run_task(task: _TextBatch | _RecordChunk):
    """Lint one task (in a worker, or in this process): per file diagnostics or an error message."""
    linters = _ACTIVE.pool
    if isinstance(task, _TextBatch):
        outcomes: dict[int, list[Diagnostic] | str] = {}
        for linter, group in groupby(task.items, key=lambda item: linters.for_path(item[1])):
            ready = []  # files with the same rules: linted rule by rule over a few at a time
            for slot, display, data in group:
                try:
                    document = decode(data, display)
                    lexicon.prefetch(document.text)
                except Exception as exc:  # reported for this file; the others go on
                    outcomes[slot] = _failure(exc)
                    continue
                ready.append((slot, document))
            for (slot, _), result in zip(ready, linter.lint_documents([document for _, document in ready])):
                try:
                    if isinstance(result, Exception):
                        raise result
                    outcomes[slot] = result.diagnostics()
                except Exception as exc:  # reported for this file; the others go on
                    outcomes[slot] = _failure(exc)
        return [(slot, outcomes[slot]) for slot, _, _ in task.items]
    linter = linters.for_path(task.display)
    fields = _ACTIVE.config.jsonl
    found: list[Diagnostic] = []
    failed: list[str] = []
    limit = _ACTIVE.config.max_file_size
    numbers: list[int] = []  # the line of each record read, in order

    def records() -> Iterator[Document]:
        for number, raw in enumerate(task.lines, task.first):
            try:
                document = jsonl_record(raw, number, task.display, fields) if isinstance(raw, bytes) \
                    else too_large_record(task.display, number, raw, limit, fields)
            except Exception as exc:
                failed.append(f"{task.display}: line {number}: {_failure(exc)}")
                continue
            numbers.append(number)
            yield document

    for index, result in enumerate(linter.lint_documents(records())):  # rule by rule over a few records at a time
        try:
            if isinstance(result, Exception):
                raise result
            found.extend(result.diagnostics())
        except Exception as exc:
            failed.append(f"{task.display}: line {numbers[index]}: {_failure(exc)}")
    return found, failed


def _run_here(task):
    if isinstance(task, Ready):
        return task.outcome
    try:
        return _run_task(task)
    except Exception as exc:
        return exc


# A worker sends each diagnostic as the tuple of its fields: pickling and unpickling a frozen dataclass goes
# through its __getstate__/__setstate__ (a Python loop per object), about five times the cost of a tuple's, and
# the parent, which unpickles every finding of the run, shares the cores with the workers.
_ROW = attrgetter(*(f.name for f in fields(Diagnostic)))
_make_diagnostic: Callable[..., Diagnostic] | None = None


def _run_in_worker(task: _TextBatch | _RecordChunk):
    """:func:`_run_task`, its diagnostics as rows (tuples of their fields): what a worker sends back."""
    outcome = _run_task(task)
    if isinstance(task, _TextBatch):
        return [(slot, found if isinstance(found, str) else list(map(_ROW, found))) for slot, found in outcome]
    found, failed = outcome
    return list(map(_ROW, found)), failed


def _from_worker(task, outcome):
    """The outcome :func:`_run_task` gave, from what :func:`_run_in_worker` sent (an exception, or a settled
    task's outcome, as it is)."""
    global _make_diagnostic
    if isinstance(task, Ready) or isinstance(outcome, BaseException):
        return outcome
    if _make_diagnostic is None:
        _make_diagnostic = slot_constructor()
    make = _make_diagnostic
    if isinstance(task, _TextBatch):
        return [(slot, rows if isinstance(rows, str) else list(starmap(make, rows))) for slot, rows in outcome]
    rows, failed = outcome
    return list(starmap(make, rows)), failed


def _in_workers(tasks: Iterable, jobs: int) -> Iterator[tuple]:
    """``parallel.ordered_map`` of :func:`_run_task` over ``tasks`` in ``jobs`` worker processes."""
    for task, outcome in ordered_map(_run_in_worker, tasks, jobs):
        yield task, _from_worker(task, outcome)


def _failure(exc: BaseException) -> str:
    if isinstance(exc, WorkerDied):
        return f"not checked: {exc}"
    return f"not checked: internal error: {type(exc).__name__}: {exc}"


Emit = Callable[[list[Diagnostic]], None]


class _Run:
    """One streaming run: the reader (a task generator), the outcomes, and the cache.

    With ``emit``, each input's (or record chunk's) diagnostics are handed to it
    sorted, in input order, as soon as they and everything before them are in,
    and are not kept: the parent holds no more than the tasks in flight.
    Without it they are kept in each input's ``FileResult.resolved``.
    """

    def __init__(self, config: Config, pool: LinterPool, cache: Cache | None, files: list[str],
                 stdin, stdin_name, progress: Progress | None = None, emit: Emit | None = None) -> None:
        self.config, self.pool, self.cache, self.progress, self.emit = config, pool, cache, progress, emit
        self.files, self.stdin, self.stdin_name = files, stdin, stdin_name
        self.slots: list[FileResult | None] = [None] * len(files)
        self.problems: dict[int, list[str]] = {}
        self.pending_keys: dict[int, str] = {}  # cache keys of text inputs being linted
        self.manifests: dict[int, list[str]] = {}  # a record file's chunk keys (stored at the end, if all went well)

    def execute(self, jobs: int, errors: list[str]) -> list[FileResult]:
        global _ACTIVE
        _ACTIVE = self
        try:
            if jobs > 1:
                outcomes = _in_workers(self._tasks(), jobs)
            else:
                outcomes = ((task, _run_here(task)) for task in self._tasks())
            for task, outcome in outcomes:
                self._absorb(task, outcome)
                if self.progress is not None:
                    self.progress.advance(*(task.outcome if isinstance(task, Ready) else task).size())
        finally:
            _ACTIVE = None
        if self.cache is not None:
            for slot, chunk_keys in self.manifests.items():
                if slot not in self.problems:
                    self.cache.put_manifest(self._file_key(slot, True, self.slots[slot].digest), chunk_keys)
            self.cache.flush()
        for slot in sorted(self.problems):
            errors.extend(self.problems[slot])
        return [r for r in self.slots if r is not None]

    def _fail(self, slot: int, message: str) -> None:
        self.problems.setdefault(slot, []).append(message)

    def _found(self, slot: int, diagnostics: list[Diagnostic]) -> None:
        """Diagnostics of input ``slot``, in input order: handed on (``emit``) or kept."""
        if self.emit is not None:
            self.emit(sorted(diagnostics, key=Diagnostic.sort_key))
        else:
            self.slots[slot].resolved.extend(diagnostics)

    def _absorb(self, task, outcome) -> None:
        if isinstance(outcome, _Settled):
            self._found(outcome.slot, outcome.diagnostics)
            return
        if isinstance(outcome, WorkerDied) and len(task.split()) > 1:
            # find the one input that kills a worker: check each part of the task alone
            for part, part_outcome in _in_workers(task.split(), 1):
                self._absorb(part, part_outcome)
            return
        if isinstance(outcome, BaseException):
            for slot, where in task.places():
                self._fail(slot, f"{where}: {_failure(outcome)}")
                if isinstance(task, _TextBatch):
                    self.slots[slot] = None  # not checked: not reported as checked either
            return
        if isinstance(task, _RecordChunk):
            found, failed = outcome
            self._found(task.slot, found)
            for message in failed:
                self._fail(task.slot, message)
            if task.key is not None and not failed:
                self.cache.put(task.key, found)
            return
        for slot, diagnostics in outcome:
            result = self.slots[slot]
            if isinstance(diagnostics, str):
                self._fail(slot, f"{result.path}: {diagnostics}")
                self.slots[slot] = None
                continue
            self._found(slot, diagnostics)
            key = self.pending_keys.pop(slot, None)
            if key is not None:
                self.cache.put(key, diagnostics)

    def _tasks(self) -> Iterator[_TextBatch | _RecordChunk | Ready]:
        """Read the inputs in order into tasks; cache hits and too large inputs come settled (``Ready``)."""
        batch: list[tuple[int, str, bytes]] = []
        size = 0
        for slot, path in enumerate(self.files):
            display = _display(path, self.stdin_name)
            if is_record_file(display):
                if batch:
                    yield _TextBatch(batch)
                    batch, size = [], 0
                yield from self._record_chunks(slot, path, display)
                continue
            state = settled_state(path) if self.cache is not None and path != STDIN else None
            try:
                data = read_input(path, self.stdin, self.config.max_file_size)
            except InputTooLarge as exc:
                document = too_large_document(display, exc.message)
                self.slots[slot] = FileResult(display, resolved=[])
                settled = _Settled(slot, self.pool.for_path(display).lint_document(document).diagnostics(), 1, 0)
                batch, size = yield from self._settle(batch, settled)
                continue
            except OSError as exc:
                self._fail(slot, f"{path}: cannot read: {exc.strerror or exc}")
                continue
            digest = hashes.sha256(data).hexdigest() if self.cache is not None else ""  # the cache's alone here
            if state:
                self.cache.remember_digest(os.path.abspath(path), state, digest)
            # standard input's bytes are kept: it cannot be read again for a format that shows the text
            self.slots[slot] = FileResult(display, digest=digest, resolved=[], data=data if path == STDIN else b"")
            hit = self._from_cache(slot, display, digest)
            if hit is not None:
                batch, size = yield from self._settle(batch, _Settled(slot, hit, 1, len(data)))
                continue
            batch.append((slot, display, data))
            size += len(data)
            if len(batch) >= BATCH_FILES or size >= TASK_BYTES:
                yield _TextBatch(batch)
                batch, size = [], 0
        if batch:
            yield _TextBatch(batch)

    @staticmethod
    def _settle(batch, settled: _Settled):
        """Yield the batch gathered so far, then ``settled``, keeping input order; returns a new empty batch."""
        if batch:
            yield _TextBatch(batch)
        yield Ready(settled)
        return [], 0

    def _file_key(self, slot: int, is_jsonl: bool, digest: str) -> str:
        path = self.slots[slot].path
        return self.cache.key(self.pool.for_path(path), self.config.jsonl, is_jsonl, digest, self._ignores_name(path))

    def _ignores_name(self, path: str) -> str:
        return ignores_name(self.config.ignores_key(path) if path != STDIN else ())

    def _from_cache(self, slot: int, display: str, digest: str) -> list[Diagnostic] | None:
        """A text input's cached diagnostics; on a miss, None, and the key to store is remembered."""
        if self.cache is None:
            return None
        key = self._file_key(slot, False, digest)
        hit = self.cache.get(key, display)
        if hit is None:
            self.pending_keys[slot] = key
        return hit

    def _record_chunks(self, slot: int, path: str, display: str) -> Iterator[_RecordChunk | Ready]:
        """Stream one JSONL (or Parquet) input record by record, in chunks.

        With the cache on, each chunk is looked up by its own key (its records'
        bytes and first line number): a chunk that hits comes ``Ready``, so
        editing one record re-lints one chunk. Chunks end at every
        ``CHUNK_RECORDS``-th line (earlier past ``TASK_BYTES``), so an edit that
        keeps the line count moves no other chunk's boundaries.
        """
        try:
            handle = io.BytesIO(read_input(path, self.stdin)) if path == STDIN else open(path, "rb")
        except OSError as exc:
            self._fail(slot, f"{path}: cannot read: {exc.strerror or exc}")
            return
        result = self.slots[slot] = FileResult(display, resolved=[],
                                               data=handle.getvalue() if path == STDIN else b"")
        with handle:
            try:
                state = settled_state(handle.fileno()) if path != STDIN and self.cache is not None else None
                hasher = hashes.sha256() if self.cache is not None else None  # the digest is the cache's alone here
                if is_parquet(display):  # its rows as JSON lines (already bounded by the file size limit)
                    if hasher is not None:
                        hasher.update(handle.read())  # the file's bytes, as the whole-file digest is everywhere
                        handle.seek(0)
                    records = parquet_lines(handle, self.config.jsonl)
                else:
                    records = _bounded_lines(handle, self.config.max_file_size, hasher)
                chunks = self.manifests[slot] = [] if self.cache is not None else None
                lines: list[bytes | int] = []
                first, size = 1, 0
                for number, line in enumerate(records, 1):
                    if number == 1 and isinstance(line, bytes) and line.startswith(_BOM):
                        line = line[len(_BOM):]
                    lines.append(line)
                    size += len(line) if isinstance(line, bytes) else 0
                    if number % CHUNK_RECORDS == 0 or size >= TASK_BYTES:
                        yield self._chunk(slot, display, first, lines, size, chunks)
                        lines, first, size = [], number + 1, 0
                if lines:
                    yield self._chunk(slot, display, first, lines, size, chunks)
                result.digest = hasher.hexdigest() if hasher is not None else ""
                if state:
                    self.cache.remember_digest(os.path.abspath(path), state, result.digest)
            except OSError as exc:
                self._fail(slot, f"{path}: cannot read: {exc.strerror or exc}")

    def _chunk(self, slot: int, display: str, first: int, lines: list[bytes | int], size: int,
               chunk_keys: list[str] | None) -> _RecordChunk | Ready:
        """A chunk to lint, or its cached diagnostics (``Ready``); its key joins ``chunk_keys``."""
        task = _RecordChunk(slot, display, first, lines)
        if chunk_keys is None:
            return task
        task.key = self.cache.chunk_key(self.pool.for_path(display), self.config.jsonl, chunk_digest(first, lines),
                                        self._ignores_name(display))
        chunk_keys.append(task.key)
        hit = self.cache.get(task.key, display)
        if hit is None:
            return task
        return Ready(_Settled(slot, hit, len(lines), size))


def chunk_digest(first: int, lines: Sequence[bytes | int]) -> str:
    """The hex sha256 of a chunk of records: its first line number, then each record (a too large one: its size)."""
    hasher = hashes.sha256(b"%d\n" % first)
    for line in lines:
        if isinstance(line, int):
            hasher.update(b"\x00too large %d\n" % line)
        else:
            hasher.update(b"%d:" % len(line))
            hasher.update(line)
    return hasher.hexdigest()


def _bounded_lines(handle, limit: int, hasher=None) -> Iterator[bytes | int]:
    """The lines of ``handle`` without their line feed; one longer than ``limit`` bytes yields its length instead.

    Every byte read goes to ``hasher`` (if any); memory stays within ``limit``
    (a corpus of one endless line is read in blocks, never held).
    """
    update = hasher.update if hasher is not None else None
    readline = handle.readline
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if update is not None:
            update(line)
        if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
            yield line[:-1] if line[-1] == 10 else line  # 10: the line feed
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = readline(1 << 20)
            if not line:
                break
            if update is not None:
                update(line)
            size += len(line)
        yield size - line.endswith(b"\n")

