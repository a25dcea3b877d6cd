"""Where an extractor wrote two words solid because it dropped the white space between two inline elements.

jusText drops a text node that is only white space between two inline elements (``<i>The</i> <i>Courier</i>``,
``word<i> </i>word``), so the two words meet with no space (round thirty-four, 34f). This script finds those seams
from the page's HTML, not from labels: for each dev page of the fold asked, every white-space-only text between two
inline elements (the tail of one before the next, or the whole text of an empty inline element) with a word on
either side, kept where the output holds the two words written solid; then it lints the output and counts the seams
a finding of a glued-words rule (``natural.RULE_CLASSES``) overlaps. A label-free recall of the mechanism.

Fold a: each seam with its output and whether a finding covers it. Fold b: totals only (seams, covered), as
``natural.py --fold b``. Held-out outputs (``natural.split_of(doc) == "test"``) are never opened.

Usage: python bench/inline_seams.py --fold a|b [--extractor justext]
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

from newslint.api import lint_text, make_linter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract  # noqa: E402
from natural import classes_of, fold_of, overlap, split_of  # noqa: E402

INLINE = frozenset("a abbr b bdi big cite code del dfn em font i ins kbd mark q s samp small span strong sub sup "
                   "time tt u var".split())
_FIRST_WORD = re.compile(r"^[^\W_]+")
_LAST_WORD = re.compile(r"[^\W_]+$")


def _inline(element) -> bool:
    return isinstance(element.tag, str) and element.tag.lower() in INLINE


def _text_of(element) -> str:
    return "".join(element.itertext()) if isinstance(element.tag, str) else ""


def _blank(text: str | None) -> bool:
    return bool(text) and not text.strip()


def _before(element) -> str:
    """The text just before ``element``: its previous sibling's tail, else that sibling's text, else its parent's."""
    previous = element.getprevious()
    return (element.getparent().text or "") if previous is None else previous.tail or _text_of(previous)


def _after(element) -> str:
    """The text just after ``element``: its tail, else its next sibling's text."""
    following = element.getnext()
    return element.tail or ("" if following is None else _text_of(following))


def _pair(left: str, right: str) -> tuple[str, str] | None:
    """The last word of ``left`` and the first of ``right``, where both end and start with a word."""
    before, after = _LAST_WORD.search(left), _FIRST_WORD.search(right)
    return (before.group(), after.group()) if before and after else None


def seam_pairs(html: bytes | str) -> list[tuple[str, str]]:
    """The word pairs of a page that only a white-space-only text between inline elements keeps apart: the tail of
    one before the next (``<i>The</i> <i>Courier</i>``), the whole text of an empty one (``word<i> </i>word``)."""
    import lxml.html  # noqa: PLC0415 - a bench tool's dependency (bench/requirements.txt)
    pairs = []
    for element in lxml.html.document_fromstring(html).iter():
        if not _inline(element):
            continue
        following = element.getnext()
        if _blank(element.tail) and following is not None and _inline(following):
            pairs.append(_pair(_text_of(element), _text_of(following)))
        if _blank(element.text) and len(element) == 0:
            pairs.append(_pair(_before(element), _after(element)))
    return [pair for pair in pairs if pair]


def seams_in(text: str, pairs: list[tuple[str, str]]) -> list[tuple[int, int, int]]:
    """(start, cut, end) of each pair written solid in ``text`` (each place once)."""
    found = set()
    for left, right in pairs:
        for match in re.finditer(r"(?<![^\W_])" + re.escape(left + right), text):
            found.add((match.start(), match.start() + len(left), match.end()))
    return sorted(found)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fold", choices=("a", "b"), required=True)
    parser.add_argument("--extractor", default="justext", choices=sorted(extract.EXTRACTORS))
    args = parser.parse_args(argv)
    linter = make_linter()
    outputs = seams = covered = 0
    for doc in extract.all_docs():
        if not doc.endswith("#" + args.extractor) or split_of(doc) != "dev" or fold_of(doc) != args.fold:
            continue
        text = extract.extracted_text(doc)
        if not text.strip():
            continue
        page = extract.CORPUS / doc.partition("#")[0]
        found = seams_in(text, seam_pairs(gzip.decompress(page.read_bytes())))
        outputs += 1
        if not found:
            continue
        glue = [d for d in lint_text(text, doc, linter=linter) if "glued-words" in classes_of(d.code)]
        for start, cut, end in found:
            hit = any(overlap(d.start, d.end, start, end) for d in glue)
            seams, covered = seams + 1, covered + hit
            if args.fold == "a":
                print(f"{'found' if hit else 'miss '} {doc}:{start} {text[start:cut]!r}|{text[cut:end]!r} "
                      f"{text[max(0, start - 30):end + 30]!r}")
    print(f"{args.extractor}, dev fold {args.fold}: {outputs} outputs, {seams} seams written solid, "
          f"{covered} covered by a glued-words finding")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
