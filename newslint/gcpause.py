"""No cyclic garbage collection while the console script starts.

A one-file run spends about a tenth of its CPU in the cycle collector: the
imports, the rules' set-up and the interpreter's shutdown allocate hundreds of
thousands of objects that live as long as the process, and the collector walks
them again and again. :func:`pause` (the console script's first step) turns it
off; :func:`resume` (when the run starts reading its inputs, or has answered
them from the cache) moves everything made so far out of its reach
(``gc.freeze``) and turns it on again, so that the run itself collects as
before while later collections no longer walk the modules and rules; and at
exit, everything is frozen once more, so that the shutdown does not walk it
all either. Memory that a cycle holds is freed as before, from the run on.

During the run the collector looks less often (:data:`RUN_THRESHOLDS`): a long
input makes millions of short-lived objects (findings, matches, tokens), and
with Python's default thresholds (700, 10, 10) it walked the survivors hundreds
of times (a tenth of a second of a 660 KB page, and three full collections as
much again). Garbage held by a cycle still goes within a bounded number of
allocations (10,000 for the youngest generation, half a million for the middle).
"""

from __future__ import annotations

import atexit
import gc

_paused = False
RUN_THRESHOLDS = (10_000, 50, 10)  # gc.set_threshold while the run lints


def pause() -> None:
    """Stop the cycle collector until :func:`resume` (left alone if something else has stopped it)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True
        atexit.register(gc.freeze)  # registered first, so it runs last: after the caches are written


def resume() -> None:
    """Start the cycle collector again, with everything made so far kept out of its collections."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.set_threshold(*RUN_THRESHOLDS)
        gc.enable()
