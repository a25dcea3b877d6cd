"""``python -m newslint`` and the ``newslint`` console script."""

import sys


def main() -> None:
    """Start the CLI. Ctrl-C while it is still importing ends it as Ctrl-C does later: exit 130, one line."""
    if sys.argv[1:] == ["--version"]:  # answered before click and the CLI are imported: what click would print
        from newslint import __version__

        sys.stdout.write(f"newslint, version {__version__}\n")
        return
    try:
        from newslint import gcpause

        gcpause.pause()  # until the run starts on its inputs
        from newslint import dataclasscache, regexcache

        regexcache.install()
        dataclasscache.install()
        from newslint.cli import run
    except KeyboardInterrupt:
        sys.stderr.write("newslint: interrupted\n")
        sys.exit(130)
    run()


if __name__ == "__main__":
    main()
