"""``python -m newslint`` and the ``newslint`` console script."""

import sys


def main() -> None:
    """Start the CLI. Ctrl-C while it is still importing ends it as Ctrl-C does later: exit 130, one line.

    The run ends the process (see :func:`_end`): call :func:`newslint.cli.run` to run the CLI inside a process
    that goes on.
    """
    if sys.argv[1:] == ["--version"]:  # answered before click and the CLI are imported: what click would print
        from newslint import __version__

        sys.stdout.write(f"newslint, version {__version__}\n")
        return
    try:
        from newslint import gcpause, lazyimport

        gcpause.pause()  # until the run starts on its inputs
        lazyimport.defer()
        from newslint import dataclasscache, regexcache

        regexcache.install()
        lazyimport.remember_catalog_search()  # gettext's patterns compiled through the pattern cache
        dataclasscache.install()
        from newslint.cli import run
    except KeyboardInterrupt:
        sys.stderr.write("newslint: interrupted\n")
        sys.exit(130)
    try:
        run()
    except SystemExit as done:
        _end(done)
        raise


def _end(done: SystemExit) -> None:
    """Tidy the user cache (once a day), then end the process without tearing the interpreter down; Ctrl-C or
    SIGTERM from here on ends it as their default actions do.

    Freeing every module, rule and pattern one by one costs a one-file run about 8 ms, and nothing needs it:
    the exit handlers run (the caches' writes, worker pools), the standard streams are flushed, and the
    process ends with the run's exit code. Returns instead (the caller exits as Python does) when another
    thread is still running or flushing fails, so that Python joins the thread or reports the error as usual.
    """
    try:
        import _signal as signal  # what `signal` wraps in enums: importing those costs a one-file run 1 ms
    except ImportError:  # pragma: no cover - an implementation without it
        import signal

    from newslint import usercache

    for number in (signal.SIGINT, signal.SIGTERM):  # the run is over: a signal now ends the process at once, with
        signal.signal(number, signal.SIG_DFL)         # no traceback from an exit handler (the caches write atomically)
    code = 0 if done.code is None else done.code
    usercache.tidy()
    if type(code) is not int or _other_threads():
        return
    import atexit
    import os

    atexit._run_exitfuncs()
    try:
        for stream in {id(s): s for s in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__) if s}.values():
            stream.flush()
    except (OSError, ValueError):  # a closed pipe or a full disk: Python's own exit reports it (exit 120)
        return
    os._exit(code & 0xFF)


def _other_threads() -> bool:
    threading = sys.modules.get("threading")
    return threading is not None and threading.active_count() > 1


if __name__ == "__main__":
    main()
