"""Every RE2 object a newslint run makes, and what each one's searches cost, object by object.

Callgrind cannot tell one RE2 object's search from another's, and an object's automaton states depend on every
text it read before. So a run is recorded once and each object's questions are replayed alone, in order, in a
process of their own (22c's method, kept here):

    python bench/re2_passes.py record REC -- --no-cache -j 1 --format concise /tmp/mix1.jsonl   # newslint's report
    python bench/re2_passes.py list REC                     # objects: owner, patterns, questions, MB, matches
    python bench/re2_passes.py measure REC [I ...]          # each object's replay under callgrind: instructions

`record` wraps the binding's `_re2.RE2` and `_re2.Set` before newslint imports them and pickles every object made
(its options, its patterns, the newslint line that made it) and every question asked of it with its bytes;
`replay REC I` asks object I the same questions through the raw binding (what `measure` runs under callgrind).
What merging sets would cost, and what text the automaton never met costs:

    python bench/re2_passes.py measure REC 6 --with 10      # sets 6 and 10 as one set, over 6's questions
    python bench/re2_passes.py measure REC 6 --half         # the first half of 6's questions: with the whole, the
                                                            # cost of the second half, text the automaton never met
    python bench/re2_passes.py measure REC 6 --patterns P.json  # set 6 with the patterns of the JSON list
                                                                # in P.json, over its questions (a form to weigh)

(a record of the mix twice, `/tmp/mix2.jsonl`, gives the cost of text the automaton met: the DFA loop alone).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import pickle
import re
import subprocess
import sys
import tempfile
import traceback
import types


_HELPERS = ("rule.py", "cuewindows.py", "regexcache.py", "boilerplate/_shared.py")


def _where() -> str:
    """The innermost newslint line on the stack, and the innermost one outside the shared helpers (the owner)."""
    lines = ["%s:%d" % (frame.filename.split("newslint/", 1)[1], frame.lineno)
             for frame in reversed(traceback.extract_stack()[:-2])
             if "/newslint/" in frame.filename and "/bench/" not in frame.filename]
    owner = next((line for line in lines if not line.split(":")[0].endswith(_HELPERS)), None)
    if not lines:
        return "?"
    return lines[0] if owner in (None, lines[0]) else f"{lines[0]} ({owner})"


def record(out: str, newslint_args: list[str]) -> None:
    """Run newslint with every RE2 object and question recorded into `out` at exit."""
    import atexit

    import re2

    real = re2._re2
    objects: list = []  # (kind, constructor arguments, owner, added patterns)
    calls: list = []  # (object index, method, text index, (..., matched))
    text_index: dict[bytes, int] = {}
    texts: list[bytes] = []

    def text_id(data: bytes) -> int:
        index = text_index.get(data)
        if index is None:
            index = text_index[data] = len(texts)
            texts.append(data)
        return index

    def options_of(options) -> dict | None:
        return None if options is None else {name: getattr(options, name) for name in re2.Options.NAMES}

    class RecordedRE2:
        Options = real.RE2.Options
        Anchor = real.RE2.Anchor
        QuoteMeta = staticmethod(real.RE2.QuoteMeta)

        def __init__(self, pattern, options):
            self._re = real.RE2(pattern, options)
            self._index = len(objects)
            objects.append(("RE2", (pattern, options_of(options)), _where(), []))

        def __getattr__(self, name):
            return getattr(self._re, name)

        def Match(self, anchor, text, pos, endpos):
            spans = self._re.Match(anchor, text, pos, endpos)
            calls.append((self._index, "Match", text_id(text), (int(anchor), pos, endpos, spans[0] != (-1, -1))))
            return spans

    class RecordedSet:
        def __init__(self, anchor, options):
            self._set = real.Set(anchor, options)
            self._index = len(objects)
            objects.append(("Set", (int(anchor), options_of(options)), _where(), []))

        def Add(self, pattern):
            objects[self._index][3].append(pattern)
            return self._set.Add(pattern)

        def Compile(self):
            return self._set.Compile()

        def Match(self, text):
            matched = self._set.Match(text)
            calls.append((self._index, "SetMatch", text_id(text), (len(matched),)))
            return matched

    proxy = types.ModuleType("_re2_recorded")
    for name in dir(real):
        setattr(proxy, name, getattr(real, name))
    proxy.RE2 = RecordedRE2
    proxy.Set = RecordedSet
    re2._re2 = proxy

    def dump() -> None:
        with open(out, "wb") as handle:
            pickle.dump((objects, calls, texts), handle)

    atexit.register(dump)
    sys.argv = ["newslint", *newslint_args]
    from newslint.__main__ import main

    main()


def _load(path: str):
    with open(path, "rb") as handle:
        return pickle.load(handle)


def _counts(calls, texts):
    questions, texts_asked, size, matched = (collections.Counter() for _ in range(4))
    seen = collections.defaultdict(set)
    for index, method, text, extra in calls:
        questions[index] += 1
        seen[index].add(text)
        size[index] += len(texts[text])
        # a set's answer of its `\z` sentinel alone is no match (a set without one answers [] instead)
        matched[index] += (extra[-1] > 1) if method == "SetMatch" else extra[-1]
    for index, distinct in seen.items():
        texts_asked[index] = len(distinct)
    return questions, texts_asked, size, matched


def list_objects(path: str) -> None:
    """Print one row per recorded object: owner, patterns, questions, distinct texts, MB read, answers with a match."""
    objects, calls, texts = _load(path)
    questions, texts_asked, size, matched = _counts(calls, texts)
    print(f"{len(objects)} objects, {len(calls)} questions, {len(texts)} distinct texts\n")
    print("| # | kind | owner | patterns | questions | texts | MB read | with a match |")
    print("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for index, (kind, args, owner, added) in enumerate(objects):
        patterns = len(added) if kind == "Set" else 1
        print(f"| {index} | {kind} | {owner} | {patterns} | {questions[index]} | {texts_asked[index]} "
              f"| {size[index] / 1e6:.2f} | {matched[index]} |")


def replay(path: str, index: int, together: tuple[int, ...] = (), half: bool = False,
           patterns: str | None = None) -> None:
    """Ask object `index` its recorded questions, in order, through the raw binding; a set with the patterns of the
    sets `together` added (one set, one pass, where each asked the same texts); only the first half (`half`); a set
    with the patterns of the JSON list in the file `patterns` instead of its own (a form to weigh)."""
    import re2

    real = re2._re2
    objects, calls, texts = _load(path)
    kind, args, _owner, added = objects[index]
    sentinel = [pattern for pattern in added if pattern in (r"\z", rb"\z")]
    added = [pattern for other in (index, *together) for pattern in objects[other][3] if pattern not in sentinel]
    if patterns is not None:
        with open(patterns, encoding="utf-8") as handle:
            added = [pattern.encode() for pattern in json.load(handle)]
    added += sentinel[:1]
    options = re2.Options()
    for name, value in (args[1] or {}).items():
        setattr(options, name, value)
    asked = [(texts[text], extra) for i, _method, text, extra in calls if i == index]
    asked = asked[:len(asked) // 2] if half else asked
    del calls, texts
    if kind == "RE2":
        compiled = real.RE2(args[0], options)
        for text, extra in asked:
            compiled.Match(real.RE2.Anchor(extra[0]), text, extra[1], extra[2])
    else:
        compiled = real.Set(real.RE2.Anchor(args[0]), options)
        for pattern in added:
            compiled.Add(pattern)
        compiled.Compile()
        for text, _extra in asked:
            compiled.Match(text)


_SEARCH = r"^re2::RE2::Set::Match\(.*ErrorInfo|^re2::RE2::Match\("
_STATES = r"^re2::DFA::RunStateOnByte\(|^re2::DFA::AnalyzeSearch\("
_COMPILE = r"^re2::RE2::Set::Compile\(|^re2::RE2::Init\("
_LOOP = r"InlinedSearchLoop"


def _annotated(callgrind_out: str, inclusive: bool) -> list[tuple[int, str]]:
    flag = "--inclusive=yes" if inclusive else "--inclusive=no"
    text = subprocess.run(["callgrind_annotate", flag, "--threshold=100", callgrind_out],
                          capture_output=True, text=True, check=True).stdout
    rows = []
    for line in text.splitlines():
        found = re.match(r"\s*([\d,]+) \(.*?\)\s+\S*?:(.*)", line)
        if found:
            rows.append((int(found.group(1).replace(",", "")), found.group(2)))
    return rows


def _sum(rows, pattern: str) -> int:
    return sum(count for count, name in rows if re.search(pattern, name))


def measure(path: str, indexes: list[int], together: list[int] = (), half: bool = False,
            patterns: str | None = None) -> None:
    """Replay each object (with the sets `together`, of the first half of its questions: :func:`replay`) under
    callgrind and print its search, loop, state-building and compile instructions."""
    objects, calls, texts = _load(path)
    questions, texts_asked, size, matched = _counts(calls, texts)
    del calls, texts
    print("| # | owner | questions | MB read | with a match | search M | loop M | states M | compile M |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    total = 0
    with tempfile.TemporaryDirectory() as folder:
        for index in indexes or range(len(objects)):
            out = os.path.join(folder, f"cg.{index}")
            subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
                            os.path.abspath(__file__), "replay", path, str(index),
                            *(["--with", *map(str, together)] if together else []), *(["--half"] if half else []),
                            *(["--patterns", patterns] if patterns else [])],
                           check=True, capture_output=True)
            inclusive, exclusive = _annotated(out, True), _annotated(out, False)
            search = _sum(inclusive, _SEARCH)
            total += search
            print(f"| {index} | {objects[index][2]} | {questions[index]} | {size[index] / 1e6:.2f} "
                  f"| {matched[index]} | {search / 1e6:.1f} | {_sum(exclusive, _LOOP) / 1e6:.1f} "
                  f"| {_sum(inclusive, _STATES) / 1e6:.1f} | {_sum(inclusive, _COMPILE) / 1e6:.1f} |", flush=True)
    print(f"\nsearches summed: {total / 1e6:.1f} M")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["record"]:
        if len(argv) < 3 or argv[2] != "--":
            sys.exit("usage: re2_passes.py record REC -- NEWSLINT_ARGS...")
        record(argv[1], argv[3:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list").add_argument("rec")
    one = commands.add_parser("replay")
    one.add_argument("rec")
    one.add_argument("index", type=int)
    several = commands.add_parser("measure")
    several.add_argument("rec")
    several.add_argument("indexes", type=int, nargs="*")
    for command in (one, several):
        command.add_argument("--with", dest="together", type=int, nargs="+", default=[],
                             help="sets whose patterns join the object's set: one pass over its texts")
        command.add_argument("--half", action="store_true", help="the first half of the object's questions")
        command.add_argument("--patterns", help="a JSON list of patterns: the set's own replaced by them")
    args = parser.parse_args(argv)
    if args.command == "list":
        list_objects(args.rec)
    elif args.command == "replay":
        replay(args.rec, args.index, tuple(args.together), args.half, args.patterns)
    else:
        measure(args.rec, args.indexes, args.together, args.half, args.patterns)


if __name__ == "__main__":
    main()
