"""Building and applying fixes: text edits on ``Article.text``."""

from __future__ import annotations

import bisect
from typing import Iterable

from newslint.model import Article, Paragraph
from newslint.rule import Edit, Finding, Fix


def delete_paragraph(article: Article, paragraph: Paragraph, description: str = "delete the line") -> Fix:
    """A safe fix that removes a whole paragraph and the line break(s) after it."""
    text = article.text
    start, end = paragraph.start, paragraph.end
    # take the whole line(s): the blanks around the paragraph's text (a no-break space too) and the newlines after
    while start > 0 and text[start - 1] != "\n" and text[start - 1].isspace():
        start -= 1
    while end < len(text) and text[end] != "\n" and text[end].isspace():
        end += 1
    after = end
    while after < len(text) and text[after] == "\n":
        after += 1
    if after == len(text):
        # last paragraph: remove the line breaks before it instead, keeping the file's final newline
        before = start
        while before > 0 and text[before - 1] == "\n":
            before -= 1
        # (a pure deletion, so that it merges with the deletion of the paragraph before it)
        return Fix.replace(before, end if before else len(text), "", True, description)
    return Fix.replace(start, after, "", True, description)


def select_fixes(findings: Iterable[Finding], unsafe: bool = False, length: int | None = None) -> list[Finding]:
    """The findings whose fixes may be applied together: allowed, and not overlapping earlier ones.

    Two deletions may overlap (deleting both ranges is what both fixes ask for:
    two adjacent boilerplate lines share the line break between them). An edit
    that touches another fix's deletion waits for the next pass: it was made
    against a neighbour that the deletion removes (a closing quote glued to a
    word that a deleted share prompt ends on). A fix whose own edits overlap,
    or fall outside ``[0, length]`` when the text's length is given, is a rule
    bug and is never chosen.
    """
    chosen: list[Finding] = []
    taken: list[tuple[int, int, bool]] = []  # sorted, disjoint (start, end, is_deletion); overlapping deletions merged
    candidates = [f for f in findings if f.fix is not None and f.fix.edits and (f.fix.safe or unsafe)]
    for finding in sorted(candidates, key=lambda f: (min(e.start for e in f.fix.edits), f.code)):
        spans = sorted((e.start, e.end, not e.replacement) for e in finding.fix.edits)
        if not _well_formed(spans, length) or any(_collides(taken, span) for span in spans):
            continue
        chosen.append(finding)
        for span in spans:
            _take(taken, span)
    return chosen


def _well_formed(spans: list[tuple[int, int, bool]], length: int | None) -> bool:
    if any(start < 0 or end < start or length is not None and end > length for start, end, _ in spans):
        return False
    return not any(_overlaps(a, b) for a, b in zip(spans, spans[1:]))


def _neighbours(taken: list[tuple[int, int, bool]], span: tuple[int, int, bool]) -> range:
    """Indexes of the taken edits that may overlap ``span`` (``taken`` is sorted and disjoint)."""
    first = max(bisect.bisect_left(taken, span) - 1, 0)
    last = first
    while last < len(taken) and taken[last][0] <= span[1]:
        last += 1
    return range(first, last)


def _collides(taken: list[tuple[int, int, bool]], span: tuple[int, int, bool]) -> bool:
    return any(_conflict(span, taken[i]) for i in _neighbours(taken, span))


def _conflict(a: tuple[int, int, bool], b: tuple[int, int, bool]) -> bool:
    """Whether edits ``a`` and ``b`` of two fixes cannot be applied in one pass: they overlap, unless both delete, or one
    deletes and the other touches it."""
    if a[2] and b[2]:
        return False
    return _overlaps(a, b) or (a[2] or b[2]) and (a[1] == b[0] or b[1] == a[0])


def _take(taken: list[tuple[int, int, bool]], span: tuple[int, int, bool]) -> None:
    """Add ``span``, merging it with the deletions it overlaps."""
    overlapping = [i for i in _neighbours(taken, span) if _overlaps(span, taken[i])]
    if overlapping:
        start = min(span[0], taken[overlapping[0]][0])
        end = max(span[1], taken[overlapping[-1]][1])
        del taken[overlapping[0]:overlapping[-1] + 1]
        span = (start, end, True)
    bisect.insort(taken, span)


def _overlaps(a: tuple[int, int, bool], b: tuple[int, int, bool]) -> bool:
    # edits that touch at one point are allowed unless both are insertions at the same place
    if a[0] == a[1] == b[0] == b[1]:
        return True
    return a[0] < b[1] and b[0] < a[1]


def merged_edits(edits: Iterable[Edit]) -> list[Edit]:
    """Edits in order, with overlapping deletions merged into one (see :func:`select_fixes`)."""
    out: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if out and not edit.replacement and not out[-1].replacement and edit.start < out[-1].end:
            out[-1] = Edit(out[-1].start, max(out[-1].end, edit.end), "")
        else:
            out.append(edit)
    return out


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """Apply the edits of ``findings`` (chosen by :func:`select_fixes`) to ``text``, in one pass."""
    parts, prev = [], 0
    for edit in merged_edits(e for f in findings for e in f.fix.edits):
        parts.append(text[prev:edit.start])
        parts.append(edit.replacement)
        prev = edit.end
    parts.append(text[prev:])
    return "".join(parts)
