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
    # take the whole line(s): leading indentation and the following newlines
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    while end < len(text) and text[end] in " \t":
        end += 1
    after = end
    while after < len(text) and text[after] == "\n":
        after += 1
    if after == len(text):
        # last paragraph: remove the line breaks before it instead, keeping the file's final newline
        before = start
        while before > 0 and text[before - 1] == "\n":
            before -= 1
        trailing = "\n" if text.endswith("\n") and before > 0 else ""
        return Fix((Edit(before, len(text), trailing),), True, description)
    return Fix((Edit(start, after, ""),), True, description)


def select_fixes(findings: Iterable[Finding], unsafe: bool = False, length: int | None = None) -> list[Finding]:
    """The findings whose fixes may be applied together: allowed, and not overlapping earlier ones.

    A fix whose own edits overlap, or fall outside ``[0, length]`` when the
    text's length is given, is a rule bug and is never chosen.
    """
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []  # sorted, pairwise non-overlapping
    candidates = [f for f in findings if f.fix is not None and f.fix.edits and (f.fix.safe or unsafe)]
    for finding in sorted(candidates, key=lambda f: (min(e.start for e in f.fix.edits), f.code)):
        spans = sorted((e.start, e.end) for e in finding.fix.edits)
        if not _well_formed(spans, length) or any(_collides(taken, span) for span in spans):
            continue
        chosen.append(finding)
        for span in spans:
            bisect.insort(taken, span)
    return chosen


def _well_formed(spans: list[tuple[int, int]], length: int | None) -> bool:
    if any(start < 0 or end < start or length is not None and end > length for start, end in spans):
        return False
    return not any(_overlaps(a, b) for a, b in zip(spans, spans[1:]))


def _collides(taken: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    # taken is sorted and disjoint, so only the neighbours of span's place can overlap it
    i = bisect.bisect_left(taken, span)
    return any(_overlaps(span, taken[j]) for j in range(max(i - 2, 0), min(i + 2, len(taken))))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # edits that touch at one point are allowed unless both are insertions at the same place
    if a[0] == a[1] == b[0] == b[1]:
        return True
    return a[0] < b[1] and b[0] < a[1]


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """Apply the edits of ``findings`` (already non-overlapping) to ``text``, in one pass."""
    parts, prev = [], 0
    for edit in sorted((e for f in findings for e in f.fix.edits), key=lambda e: (e.start, e.end)):
        parts.append(text[prev:edit.start])
        parts.append(edit.replacement)
        prev = edit.end
    parts.append(text[prev:])
    return "".join(parts)
