"""An ordered, bounded process-pool map that survives a worker dying.

Outcomes come back in task order whatever the number of workers, and at most
``window`` tasks are in flight, so memory stays flat however many tasks the
(lazy) task iterator yields. Workers are forked: they inherit the parent's
state (the configured linters), so nothing but tasks and results is pickled. Word
lists load lazily in each worker (a fast read of the index in the user cache).

``concurrent.futures`` and ``multiprocessing`` are imported where the pool is
made: a run in one process (most small runs, pre-commit's) never pays for them.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")


class WorkerDied(RuntimeError):
    """The worker process running a task died (killed, out of memory, crashed in C code)."""


class Ready:
    """A task whose outcome is already known (a cache hit): :func:`ordered_map` yields it in its place, unsent."""

    __slots__ = ("outcome",)

    def __init__(self, outcome) -> None:
        self.outcome = outcome


def can_fork() -> bool:
    return hasattr(os, "fork")  # what multiprocessing's "fork" start method needs


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _worker_init() -> None:
    # Ctrl-C reaches every process of the group: the parent alone handles it; the pool ends workers by SIGTERM
    import signal  # here (and below), not at the top: a run of one process does not use it (1 ms to import)

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    tie_to_parent(os.getppid(), signal.SIGTERM)()  # a parent killed outright takes its workers with it


def tie_to_parent(parent: int, sig: int | None = None) -> Callable[[], None]:
    """A function for a child process (a ``preexec_fn``) that makes the kernel send it ``sig`` (default SIGKILL) when
    ``parent`` ends.

    Linux's parent-death signal (``prctl(PR_SET_PDEATHSIG)``); it fires when the
    thread that started the child ends, so start children from a thread that
    lives as long as the process (the main thread). A child whose parent is
    already gone ends at once. Elsewhere the function does nothing.
    """
    if sig is None:
        import signal

        sig = signal.SIGKILL
    prctl = None
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            prctl = ctypes.CDLL(None, use_errno=True).prctl
        except (OSError, AttributeError):
            pass

    def tie() -> None:
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
            if os.getppid() != parent:  # the parent ended before the signal was asked for
                os.kill(os.getpid(), sig)

    return tie


_PR_SET_PDEATHSIG = 1


def ordered_map(func: Callable[[T], R], tasks: Iterable[T], jobs: int,
                window: int | None = None) -> Iterator[tuple[T, R | BaseException]]:
    """Yield ``(task, func(task))`` in task order, or ``(task, exception)`` for a task that failed.

    ``func`` must be a module-level function. A :class:`Ready` task is not sent
    to a worker: its outcome is yielded in its turn, so that settled tasks and
    linted ones come out in one order, and count in one ``window``. When a worker dies, the tasks in
    flight are run again one at a time, so only the task that kills a worker is
    reported (as :class:`WorkerDied`) and the others complete.
    """
    from concurrent.futures.process import BrokenProcessPool

    window = window or jobs * 4
    pending: deque[tuple[T, Future]] = deque()
    source = iter(tasks)
    executor: ProcessPoolExecutor | None = None
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                task = next(source, _END)
                if task is _END:
                    exhausted = True
                    break
                if isinstance(task, Ready):
                    pending.append((task, _done(task.outcome)))
                    continue
                if executor is None:
                    executor = _new_executor(jobs)
                pending.append((task, _submit(executor, func, task)))
            if not pending:
                return
            task, future = pending.popleft()
            try:
                outcome = future.result()
            except BrokenProcessPool:
                retry = [(task, future), *pending]
                pending.clear()
                executor.shutdown(wait=True, cancel_futures=True)
                executor = _new_executor(jobs)
                for again, old in retry:
                    outcome, executor = _settle(func, again, old, executor, jobs)
                    yield again, outcome
                continue
            except Exception as exc:  # raised by func, or its result could not be pickled
                outcome = exc
            yield task, outcome
    except BaseException:  # interrupted (Ctrl-C, SIGTERM) or abandoned: stop the workers now
        if executor is not None:
            _terminate(executor)
        raise
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


_END = object()


def _new_executor(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_init)


def _terminate(executor: ProcessPoolExecutor) -> None:
    """End the workers without waiting for their tasks (the executor has no public way before 3.14)."""
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.terminate()


def _submit(executor: ProcessPoolExecutor, func, task) -> Future:
    """Submit, or a failed future when the pool has already broken (the task is then run again)."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    try:
        return executor.submit(func, task)
    except BrokenProcessPool as exc:
        future: Future = Future()
        future.set_exception(exc)
        return future


def _done(outcome) -> Future:
    from concurrent.futures import Future

    future: Future = Future()
    future.set_result(outcome)
    return future


def _settle(func, task, old: Future, executor: ProcessPoolExecutor, jobs: int):
    """The outcome of a task that was in flight when the pool broke: kept if done, else run alone."""
    from concurrent.futures.process import BrokenProcessPool

    if old.done() and not old.cancelled() and not isinstance(old.exception(), BrokenProcessPool):
        return (old.exception() or old.result()), executor
    try:
        return _submit(executor, func, task).result(), executor
    except BrokenProcessPool:
        executor.shutdown(wait=True, cancel_futures=True)
        return WorkerDied("a worker process died while checking it"), _new_executor(jobs)
    except Exception as exc:
        return exc, executor
