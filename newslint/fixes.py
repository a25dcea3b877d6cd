"""Building and applying fixes: text edits on ``Article.text``."""

from __future__ import annotations

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


def select_fixes(findings: Iterable[Finding], unsafe: bool = False) -> list[Finding]:
    """The findings whose fixes may be applied together: allowed, and not overlapping earlier ones."""
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []
    candidates = [f for f in findings if f.fix is not None and (f.fix.safe or unsafe)]
    for finding in sorted(candidates, key=lambda f: (min(e.start for e in f.fix.edits), f.code)):
        spans = [(e.start, e.end) for e in finding.fix.edits]
        if any(_overlaps(a, b) for a in spans for b in taken):
            continue
        chosen.append(finding)
        taken.extend(spans)
    return chosen


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # edits that touch at one point are allowed unless both are insertions at the same place
    if a[0] == a[1] == b[0] == b[1]:
        return True
    return a[0] < b[1] and b[0] < a[1]


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """Apply the edits of ``findings`` (already non-overlapping) to ``text``."""
    edits = sorted((e for f in findings for e in f.fix.edits), key=lambda e: (e.start, e.end), reverse=True)
    for edit in edits:
        text = text[: edit.start] + edit.replacement + text[edit.end:]
    return text
