"""Coverage-guided fuzzing of source decoding, the article parser and every rule (but the LanguageTool ones).

    pip install -e ".[fuzz]"                            # atheris
    python bench/fuzz.py -runs=1000000                  # libFuzzer flags pass through
    python bench/fuzz.py -max_total_time=60 corpus/     # a corpus folder to grow (else a scratch one)

Each input is raw bytes; its first byte picks how the rest is read: as a text
file (``source.decode``), as one JSON Lines record (``source.jsonl_record``), or
as an article body without a header. Whatever decodes is parsed and checked by
every rule, findings are resolved to lines and columns, and the safe and unsafe
fixes are applied and the result read again. A crash is any exception, a rule
that fails on the input (an NL000 finding), or a finding or fix that points
outside the text. The seeds (``seeds/`` and a few hostile shapes) start the corpus.

``tests/test_fuzz.py`` runs the same targets for a short fixed budget in CI
(without atheris: the seeds and a fixed set of mutations of them).
"""

from __future__ import annotations

import contextlib
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _instrumented():
    """Run as the fuzzer, newslint's modules are instrumented for coverage as they are imported (only they)."""
    if __name__ != "__main__":
        return contextlib.nullcontext()
    import atheris

    return atheris.instrument_imports(include=["newslint"])


with _instrumented():
    from newslint.config import JsonlFields
    from newslint.diagnostic import INTERNAL_ERROR
    from newslint.engine import Linter
    from newslint.fixes import select_fixes
    from newslint.registry import build_registry, builtin_rule_classes
    from newslint.source import Document, decode, jsonl_record

    builtin_rule_classes()  # imports every rule module

MAX_LEN = 512  # bytes per input by default: short inputs run fast, and every rule still sees whole articles
MODES = ("text file", "jsonl record", "body")
SHAPES = (  # hostile shapes beside the seed articles
    b"\x00Title\r\n\r\nHe said, \xe2\x80\x9cThe conflicts, \xe2\x80\x9dhe said.\r\n",
    b"\x01{\"text\": \"A\\r\\nB \\u201cquote, \\u201dhe said.\\r\\n\", \"title\": \"T\"}",
    b"\x02\xef\xbb\xbf\r\r\n\n\xe2\x80\xa8\xc2\xa0 \xf0\x9f\x98\x80e\xcc\x81 Mr. U.S. 2021-12-02 http://x.y/z",
    b"\x00\xff\xfe\x00\x00",
    b"\x01{\"text\": \"\\ud800\"}",
)


class FuzzFailure(AssertionError):
    """The input broke an invariant (the message says which)."""


@lru_cache(maxsize=1)
def linter() -> Linter:
    """Every rule of the registry but the LanguageTool ones (NL8xx need a server), prepared."""
    registry = build_registry()
    built = Linter.from_registry(registry, ["ALL"], ignore=["NL8"])
    for rule in built.rules:
        rule.prepare()
    return built


def document_of(data: bytes) -> Document:
    """The document that one fuzz input stands for (its first byte picks the reading)."""
    mode, payload = (data[0] % len(MODES), data[1:]) if data else (0, b"")
    if mode == 0:
        return decode(payload, "fuzz.txt")
    if mode == 1:
        return jsonl_record(payload, 1, "fuzz.jsonl", JsonlFields())
    text = payload.decode("utf-8", "replace").replace("\r", "\n")
    return Document("fuzz.txt", text, has_header=False)


def check(data: bytes) -> None:
    """Read, parse, lint, resolve and fix one input; raise FuzzFailure when an invariant breaks."""
    document = document_of(data)
    result = linter().lint_document(document)
    length = len(document.text)
    for finding in result.findings:
        if finding.code == INTERNAL_ERROR:
            raise FuzzFailure(finding.message)
        if not 0 <= finding.start <= finding.end <= length:
            raise FuzzFailure(f"{finding.code} span {finding.start}-{finding.end} outside 0-{length}")
    source_length = len(document.original if document.original is not None else document.text)
    for diagnostic in result.diagnostics():
        if not 0 <= diagnostic.start <= diagnostic.end <= source_length:
            raise FuzzFailure(f"{diagnostic.code} offsets {diagnostic.start}-{diagnostic.end} outside the source")
    if result.article is None:
        return
    for unsafe in (False, True):
        chosen = select_fixes(result.findings, unsafe, length)
        if chosen:
            fixed = document.fixed_source(e for f in chosen for e in f.fix.edits)
            if not document.is_record:
                decode(fixed.encode("utf-8"), document.path)  # a fix never makes text unreadable


def seeds() -> list[bytes]:
    """The starting corpus: each seed article read in every mode, and the hostile shapes."""
    out = list(SHAPES)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        data = path.read_bytes()
        out += [bytes([mode]) + data for mode in range(len(MODES))]
    return out


_INTERESTING = (b"\r", b"\n", b"\r\n", b"\x00", b"\xef\xbb\xbf", b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"\xc3",
                b"\xe2\x80\xa8", b"\xf0\x9f\x98\x80", b"\\u", b'"', b"{", b"}", b" ", b".", b"'", b"\xff")


def mutate(rng, data: bytes) -> bytes:
    """A random (seeded) variation of ``data`` at most MAX_LEN bytes long: for a fixed-budget run without atheris."""
    if len(data) > MAX_LEN:
        start = rng.randrange(len(data) - MAX_LEN)
        data = data[:1] + data[start:start + MAX_LEN - 1]
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        where = rng.randrange(len(out) + 1)
        choice = rng.randrange(4)
        if choice == 0 and out:
            out[min(where, len(out) - 1)] = rng.randrange(256)
        elif choice == 1:
            out[where:where] = rng.choice(_INTERESTING)
        elif choice == 2:
            del out[where:where + rng.randint(1, 16)]
        else:
            out[where:where] = out[rng.randrange(len(out) + 1):][:rng.randint(1, 32)]
    return bytes(out[:MAX_LEN])


def main(argv: list[str]) -> None:
    import tempfile

    import atheris

    linter()
    if not any(a.startswith("-max_len=") for a in argv):
        argv = [*argv, f"-max_len={MAX_LEN}"]
    folders = [a for a in argv[1:] if not a.startswith("-")]
    if not folders:  # start from the seeds in a scratch corpus folder
        folder = tempfile.mkdtemp(prefix="newslint-fuzz-")
        for i, data in enumerate(seeds()):
            Path(folder, f"seed{i:03d}").write_bytes(data)
        argv = [*argv, folder]
    atheris.Setup(argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
