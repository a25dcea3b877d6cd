"""Where an extractor damaged the text at a seam the page's HTML marks: blocks written solid, sentences broken.

Two mechanisms, found from each dev page's HTML (pages split as ``natural.split_of``/``fold_of`` split them; held-out
pages are never opened) and located in all its outputs (``extract.EXTRACTORS``, 14 extractors and 8 formats):

- **block seams written solid**: the last words of one block's text (``<p>``, ``<li>``, a heading, a ``<div>``'s own
  text, a cell, a ``<br>``…) and the first words of the next, written with no white space between them (``soup``'s
  ``get_text()``, readability's ``text_content()``); not a drop cap's block, whose word is whole when written solid. Classed by the characters around the seam: after a heading,
  ``other`` (NL106's subheading run in); a stop (``.!?``, closing quotes or brackets after it) before it,
  ``glued-sentence``; any other, ``glued-words``.
- **sentences broken at an inline seam**: two words of one block on either side of an inline element's edge
  (``<a>``, ``<em>``, ``<span>``…) where the words before the edge end no sentence, that an output cuts with a line
  break (``soup-newline``'s ``get_text("\\n")``, a format's layout): ``stray-break``. A break that ``Article.parse``
  joins into one paragraph (a laid-out width, a wrapped block) does no harm and is counted apart (``joined``).

A seam is located where up to ``CONTEXT`` words either side (of its own block) stand in an output with the seam
written as the mechanism writes it, each place once; it is **found** where a finding of a rule mapped to its class
(``natural.RULE_CLASSES``) overlaps the words either side of it. A label-free recall of each mechanism.

What it cannot see: a seam whose words an output rewrites (Markdown's ``[text](target)``, ``**``, lynx's ``[12]``
markers, a table laid out), seams of text the page writes with script, a block seam a page's own white space keeps
(no damage, so not located), and whether the damaged text is the story's or a menu's (a menu's glued items count as
glued words). Seams of a short block (one or two words) are located by those words alone and may be found at another
place of the output where the same words meet the same way.

Fold a, ``--show``: each located seam, found or missed, for outputs the hand labels' own split puts in dev
(``gold.shown_as``). Fold b: totals only.

Usage: python bench/block_seams.py --fold a|b [--extractor NAME] [--mechanism block|inline] [--show] [--misses]
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract  # noqa: E402
import gold  # noqa: E402
from dom_roles import parse  # noqa: E402
from inline_seams import INLINE  # noqa: E402
from natural import classes_of, fold_of, overlap, split_of  # noqa: E402
from newslint.api import lint_text, make_linter  # noqa: E402
from newslint.model import Article  # noqa: E402

CONTEXT = 3  # words either side of a seam that locate it in an output
PROSE_WORDS = 10  # a block of fewer words, or one with no stop at its end, is a label, a menu or a list: no sentence
GROUPS = {"tuned": extract.TUNED_ON, "new": extract.NEW_EXTRACTORS, "formats": extract.FORMATS}
_SKIPPED = frozenset("script style noscript template svg iframe head select option button".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


@dataclass(frozen=True)
class Seam:
    """Two runs of words a page's HTML puts side by side: ``left``'s last words, ``right``'s first."""

    mechanism: str  # "block" or "inline"
    cls: str  # the line class of the damage: glued-sentence, glued-words, other, stray-break
    left: tuple[str, ...]
    right: tuple[str, ...]


def _pieces(root) -> list[tuple[int, str, int, str]]:
    """The page's texts in reading order as (segment, block tag, depth, text): a segment is a run of text no block
    edge or ``<br>`` cuts (inline elements' texts share their block's); depth, how many inline elements hold it."""
    pieces: list[tuple[int, str, int, str]] = []
    segment = [0]

    def walk(element, block: str, depth: int) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is not None and tag not in _SKIPPED:
            edge = tag not in INLINE
            if edge:
                segment[0] += 1
            own, inner = (tag, depth) if edge else (block, depth + 1)
            if element.text:
                pieces.append((segment[0], own, inner, element.text))
            for child in element:
                walk(child, own, inner)
            if edge:
                segment[0] += 1
        if element.tail:
            pieces.append((segment[0], block, depth, element.tail))

    walk(root, "body", 0)
    return pieces


def _block_class(left_tag: str, left: str) -> str:
    if left_tag in _HEADINGS:
        return "other"
    return "glued-sentence" if _SENTENCE_END.search(left) else "glued-words"


def page_seams(html: bytes | str) -> list[Seam]:
    """The block and inline seams of a page (see the module's docstring), each pair of word runs once."""
    segments: dict[int, list[tuple[int, str]]] = {}
    tags: dict[int, str] = {}
    for segment, tag, depth, text in _pieces(parse(html)):
        segments.setdefault(segment, []).append((depth, text))
        tags[segment] = tag
    texts = {segment: "".join(text for _, text in pieces) for segment, pieces in segments.items()}
    order = [segment for segment in segments if texts[segment].strip()]
    seams: dict[Seam, None] = {}
    for before, after in zip(order, order[1:]):
        left, right = texts[before].split(), texts[after].split()
        if not _written_apart(left[-1], right[0]) or _drop_cap(left, right[0]):
            continue
        seams[Seam("block", _block_class(tags[before], left[-1]), tuple(left[-CONTEXT:]),
                   tuple(right[:CONTEXT]))] = None
    for segment in filter(lambda segment: _prose(texts[segment]), order):
        pieces = segments[segment]
        for at in range(1, len(pieces)):
            if pieces[at][0] == pieces[at - 1][0]:
                continue  # no inline element's edge: two texts of one depth
            left = "".join(text for _, text in pieces[:at]).split()
            right = "".join(text for _, text in pieces[at:]).split()
            if left and right and _continues(left[-1], right[0]):
                seams[Seam("inline", "stray-break", tuple(left[-CONTEXT:]), tuple(right[:CONTEXT]))] = None
    return list(seams)


def _written_apart(left: str, right: str) -> bool:
    """Whether two blocks' words written solid make glue: ``right`` opens on a letter or a digit (an opening quote
    or bracket before it), and not a digit after a digit (a number: a table's or a calendar's cells)."""
    first = right.lstrip("\"'“‘(")[:1]
    return first.isalnum() and not (first.isdigit() and left[-1].isdigit())


def _drop_cap(left: list[str], right: str) -> bool:
    """Whether a block is a drop cap, one capital its word goes on from in lower case ('T' / 'he'): written solid, it
    is mended, not glued."""
    return len(left) == 1 and len(left[0]) == 1 and left[0].isupper() and right[:1].islower()


def _prose(text: str) -> bool:
    """Whether a block's text reads as sentences: ``PROSE_WORDS`` words or more, ending with a stop."""
    words = text.split()
    return len(words) >= PROSE_WORDS and bool(_SENTENCE_END.search(words[-1]))


def _continues(left: str, right: str) -> bool:
    """Whether a sentence goes on from the word ``left`` to ``right``: no stop ends ``left``, and both are words
    (``right`` may start with a comma, a stop or a closing bracket: a line cut before it is broken too); after a
    colon, only into a lower-case word."""
    if left[-1] == ":":
        return right[0].islower()  # 'the century:' / 'that was'; not a label before its value ('Updated:' / 'May 4')
    return not _SENTENCE_END.search(left) and (left[-1].isalnum() or left[-1] in ",;") and (
        right[0].isalnum() or right[0] in ",;:.)")


def _pattern(seam: Seam) -> re.Pattern:
    words = lambda part: r"\s+".join(map(re.escape, part))  # noqa: E731
    cut = "" if seam.mechanism == "block" else r"[ \t]*\n\s*"
    return re.compile(rf"(?<!\S){words(seam.left)}(?P<cut>{cut}){words(seam.right)}(?!\w)")


def located(text: str, seams: list[Seam]) -> list[tuple[Seam, int, int, int]]:
    """(seam, start, cut, end) of each seam an output writes as its mechanism writes it, each place once: ``cut``
    where the break starts (a block seam's right words start), ``start`` and ``end`` the words either side."""
    places: dict[int, tuple[Seam, int, int, int]] = {}
    for seam in seams:
        if seam.mechanism == "block" and seam.left[-1] + seam.right[0] not in text:
            continue  # the cheap test first: most seams an output keeps apart
        for match in _pattern(seam).finditer(text):
            cut = match.start("cut")
            places.setdefault(cut, (seam, cut - len(seam.left[-1]), cut, match.end("cut") + len(seam.right[0])))
    return sorted(places.values(), key=lambda place: place[2])


def joined_by_parse(article: Article, cut: int, end: int) -> bool:
    """Whether one paragraph of the parse holds both sides of the break at ``cut``."""
    return any(p.start <= cut and p.end >= end for p in article.paragraphs)


def score_output(doc: str, text: str, seams: list[Seam], linter, tally: Counter, show_as: str | None,
                 misses_only: bool) -> None:
    places = located(text, seams)
    if not places:
        return
    findings = lint_text(text, doc, linter=linter)
    article = Article.parse(text, doc)
    group = next(name for name, members in GROUPS.items() if doc.rpartition("#")[2] in members)
    for seam, start, cut, end in places:
        keys = [(seam.mechanism, seam.cls, name) for name in (group, "all")]
        if seam.mechanism == "inline" and joined_by_parse(article, cut, end):
            tally.update(key + ("joined",) for key in keys)
            continue
        hit = any(seam.cls in classes_of(f.code) and overlap(f.start, f.end, start, end) for f in findings)
        tally.update(key + ("located",) for key in keys)
        tally.update(key + ("found",) for key in keys if hit)
        if show_as and not (hit and misses_only):
            print(f"{'found' if hit else 'miss '} {seam.mechanism} {seam.cls} {show_as}:{cut} "
                  f"{gold.in_context(text, (start, end), 40)[:220]!r}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fold", choices=("a", "b"), required=True)
    parser.add_argument("--extractor", choices=sorted(extract.EXTRACTORS), help="one extractor's outputs only")
    parser.add_argument("--mechanism", choices=("block", "inline"), help="one mechanism's seams only")
    parser.add_argument("--show", action="store_true", help="fold a: print each located seam")
    parser.add_argument("--misses", action="store_true", help="with --show: the misses only")
    args = parser.parse_args(argv)
    if args.show and args.fold != "a":
        parser.error("--show is for fold a only (fold b: totals)")
    linter = make_linter()
    tally: Counter = Counter()
    pages = 0
    for page in sorted(extract.PAGES.glob("*.html.gz")):
        name = f"html/{page.name}"
        if split_of(name) != "dev" or fold_of(name) != args.fold:
            continue
        seams = [seam for seam in page_seams(gzip.decompress(page.read_bytes()))
                 if args.mechanism in (None, seam.mechanism)]
        pages += 1
        for extractor in extract.EXTRACTORS:
            if args.extractor not in (None, extractor):
                continue
            doc = f"{name}#{extractor}"
            try:
                text = extract.extracted_text(doc)
            except (extract.ProgramMissing, ImportError):
                continue
            score_output(doc, text, seams, linter, tally, gold.shown_as(doc, args.show), args.misses)
    print(f"dev fold {args.fold}: {pages} pages")
    print(f"{'mechanism':9} {'class':15} {'group':8} {'located':>8} {'found':>6} {'rate':>6} {'joined':>7}")
    for mechanism, cls in sorted({key[:2] for key in tally}):
        for group in (*GROUPS, "all"):
            key = (mechanism, cls, group)
            located_, found, joined = (tally[key + (what,)] for what in ("located", "found", "joined"))
            if located_ or joined:
                rate = f"{found / located_:.2f}" if located_ else "-"
                print(f"{mechanism:9} {cls:15} {group:8} {located_:8} {found:6} {rate:>6} {joined:7}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
