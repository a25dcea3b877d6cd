"""``html``: one self-contained page to read a run: the corpus overview and each article with its findings marked.

The corpus part has, per rule, the count, the share of documents affected, the
rate per 10,000 words, the severity and up to five example contexts (sampled
across the corpus), and a breakdown by source: a record's URL host, else the
input's folder (a JSON Lines file is its own source), since ingest defects
cluster by scraper or outlet. Each article view shows the text with the
findings as ``<mark>`` spans coloured by rule family (NL1xx, NL2xx, …) and a
margin list with each message and its fix as a before/after preview.

Large runs stay small: at most :data:`MAX_ARTICLES` article views (the first
documents with findings, in input order), article text cut at
:data:`MAX_ARTICLE_CHARS`, five examples per rule; the page says what it left
out. Safety: every piece of text is escaped, the page has no script, and a
strict Content-Security-Policy forbids scripts, network requests and frames,
so that a hostile article (``<script>``, ``"><img onerror=…>``) runs nothing.

:func:`article_html` renders one article as a fragment (for a notebook's
``_repr_html_``).
"""

from __future__ import annotations

import html
import os
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence
from urllib.parse import urlsplit

from newslint import __version__
from newslint.diagnostic import Diagnostic, from_row, to_row
from newslint.formats import Report, document_text
from newslint.formats.spool import FindingsByDocument, keeping_findings
from newslint.textutil import LONE_SURROGATE

MAX_ARTICLES = 200
MAX_ARTICLE_CHARS = 100_000
EXAMPLES_PER_RULE = 5
EXAMPLE_CONTEXT = 40  # characters either side of an example's match
FIX_CONTEXT = 30  # characters either side of a fix preview
MAX_PREVIEW_CHARS = 160  # of the text a fix removes or inserts

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; "
       "base-uri 'none'; form-action 'none'")

# rule family (the code's first digit) -> mark colour
FAMILY_COLORS = {"0": "#d0d0d0", "1": "#ffd54f", "2": "#90caf9", "3": "#ce93d8", "4": "#ef9a9a",
                 "5": "#a5d6a7", "6": "#ffcc80", "7": "#80deea", "8": "#f48fb1"}
FAMILY_NAMES = {"0": "input", "1": "extraction debris", "2": "quotation marks", "3": "boilerplate and credits",
                "4": "encoding and markup", "5": "repetition", "6": "dates", "7": "spelling", "8": "grammar"}

_CSS = """
.nl-doc{font:15px/1.5 system-ui,sans-serif;color:#1b1b1b}
.nl-doc h1,.nl-doc h2,.nl-doc h3{font-weight:600;line-height:1.2}
.nl-doc table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:14px}
.nl-doc th,.nl-doc td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
.nl-doc td.n{text-align:right;font-variant-numeric:tabular-nums}
.nl-doc code{font-size:13px}
.nl-doc .sev-error{color:#b00020;font-weight:600}.nl-doc .sev-warning{color:#8a5a00}.nl-doc .sev-info{color:#00607a}
.nl-doc .ex{margin:0;padding-left:1.2em;font-size:13px;color:#444}
.nl-article{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;border-top:2px solid #eee;
 padding:12px 0 20px}
.nl-article h3{grid-column:1/-1;margin:0;font-size:15px;word-break:break-all}
.nl-text{white-space:pre-wrap;word-wrap:break-word;margin:0;font:14px/1.6 Georgia,serif;background:#fafafa;
 padding:10px;border-radius:4px}
.nl-margin{margin:0;padding-left:1.4em;font-size:13px}
.nl-margin li{margin-bottom:8px}
.nl-fix{margin-top:2px;font-family:ui-monospace,monospace;font-size:12px;white-space:pre-wrap;word-wrap:break-word}
.nl-fix del{background:#ffdce0;text-decoration:line-through}.nl-fix ins{background:#cdffd8;text-decoration:none}
.nl-doc mark{border-radius:2px;padding:0 1px}
.nl-doc mark.nl-point{padding:0 2px;border-left:2px solid #b00020}
.nl-code{font-weight:600;font-family:ui-monospace,monospace;padding:0 3px;border-radius:2px}
.nl-note{color:#555;font-size:13px}
""" + "".join(f".nl-doc .nl-f{digit}{{background:{color}}}\n" for digit, color in FAMILY_COLORS.items())


start, add = keeping_findings(to_row, from_row)  # each document's findings kept aside until the end


def finish(report: Report) -> None:
    findings: FindingsByDocument[Diagnostic] = report.state
    summary = _Summary.of(report, findings)
    findings.close()
    out = report.stream
    out.write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
              f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
              '<meta name="referrer" content="no-referrer">\n'
              '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              f'<title>newslint report</title>\n<style>{_CSS}body{{margin:24px auto;max-width:1200px;padding:0 16px}}'
              '</style>\n</head>\n<body class="nl-doc">\n')
    out.write(summary.header())
    out.write(summary.rules_table())
    out.write(summary.sources_table())
    out.write(summary.articles())
    out.write("</body>\n</html>\n")


def article_html(text: str, diagnostics: Sequence[Diagnostic], title: str | None = None) -> str:
    """One article with its findings marked and listed, as an HTML fragment (a notebook's ``_repr_html_``).

    ``diagnostics`` index ``text`` by ``start``/``end`` (as :func:`newslint.api.lint_text` returns them).
    """
    view = _article_view("nl-a", title or "", text, list(diagnostics))
    return f'<div class="nl-doc"><style>{_CSS}</style>{view}</div>'


# -- the corpus overview ------------------------------------------------------------

@dataclass
class _RuleRow:
    code: str
    name: str
    severity: str
    count: int = 0
    documents: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)  # (context html, article anchor or "")
    seen: int = 0  # findings with text, for reservoir sampling


@dataclass
class _Source:
    documents: int = 0
    affected: int = 0
    findings: int = 0
    words: int = 0
    rules: Counter = field(default_factory=Counter)


@dataclass
class _Summary:
    """One pass over the checked documents: per-rule and per-source counts, examples, and the article views."""

    diagnostics: int = 0
    documents: int = 0
    affected: int = 0
    words: int = 0
    has_text: bool = False
    rules: dict[str, _RuleRow] = field(default_factory=dict)
    sources: dict[str, _Source] = field(default_factory=lambda: defaultdict(_Source))
    views: list[str] = field(default_factory=list)
    views_total: int = 0
    suppressed: int = 0

    @classmethod
    def of(cls, report: Report, findings: FindingsByDocument[Diagnostic]) -> "_Summary":
        summary = cls(diagnostics=report.tally.count, suppressed=len(report.suppressed))
        sampler = random.Random(0)  # the same examples on every run of the same corpus
        for document in report.documents() if report.documents is not None else ():
            summary.has_text = True
            key = (document.path, document.record_line)
            text = document_text(document)
            found = findings.of(*key)
            source = _source_of(document.path, document.meta.get("url"), document.is_record)
            summary.add(key, source, found, text, len(document.text.split()), sampler)
        for key, found in findings.unread():  # documents that could not be read again (removed since): no text
            summary.add(key, _source_of(key[0], None, key[1] is not None), found, None, 0, sampler)
        return summary

    def add(self, key: tuple[str, int | None], source: str, found: list[Diagnostic], text: str | None,
            words: int, sampler: random.Random) -> None:
        self.documents += 1
        self.words += words
        group = self.sources[source]
        group.documents += 1
        group.words += words
        if not found:
            return
        self.affected += 1
        group.affected += 1
        group.findings += len(found)
        self.views_total += 1
        anchor = f"doc-{self.views_total}" if len(self.views) < MAX_ARTICLES else ""
        group.rules.update(d.code for d in found)
        for d in found:
            row = self.rules.get(d.code)
            if row is None:
                row = self.rules[d.code] = _RuleRow(d.code, d.name, str(d.severity))
            row.count += 1
            if text is not None:
                slot = _sample_slot(row, sampler)
                if slot is not None:
                    row.examples[slot:slot + 1] = [(_context_html(text, d), anchor)]
        for code in {d.code for d in found}:
            self.rules[code].documents += 1
        if anchor:
            label = key[0] + (f":{key[1]}" if key[1] is not None else "")
            self.views.append(_article_view(anchor, label, text, found))

    def header(self) -> str:
        words = f" ({self.words:,} words)" if self.has_text else ""
        hidden = f"; {self.suppressed:,} more hidden by the baseline" if self.suppressed else ""
        legend = " ".join(f'<mark class="nl-f{digit}">NL{digit}xx {_e(name)}</mark>'
                          for digit, name in FAMILY_NAMES.items())
        return (f"<h1>newslint report</h1>\n<p>{self.diagnostics:,} finding{_s(self.diagnostics)} in "
                f"{self.affected:,} of {self.documents:,} document{_s(self.documents)}{words}{hidden}. "
                f'<span class="nl-note">newslint {_e(__version__)}</span></p>\n'
                f'<p class="nl-note">Rule families: {legend}</p>\n')

    def rules_table(self) -> str:
        if not self.rules:
            return "<h2>Rules</h2>\n<p>No findings.</p>\n"
        rows = []
        for row in sorted(self.rules.values(), key=lambda r: (-r.count, r.code)):
            share = f"{row.documents / self.documents:.1%}" if self.documents else "–"
            rate = f"{row.count * 10_000 / self.words:.2f}" if self.words else "–"
            examples = "".join(f"<li>{context}" + (f' <a href="#{anchor}">view</a>' if anchor else "") + "</li>"
                               for context, anchor in row.examples)
            rows.append(f'<tr><td><span class="nl-code nl-f{_family(row.code)}">{_e(row.code)}</span></td>'
                        f'<td>{_e(row.name)}</td><td class="sev-{_e(row.severity)}">{_e(row.severity)}</td>'
                        f'<td class="n">{row.count:,}</td><td class="n">{row.documents:,} ({share})</td>'
                        f'<td class="n">{rate}</td><td><ul class="ex">{examples}</ul></td></tr>\n')
        return ("<h2>Rules</h2>\n<table>\n<tr><th>rule</th><th>name</th><th>severity</th><th>findings</th>"
                "<th>documents affected</th><th>per 10,000 words</th>"
                f"<th>examples (up to {EXAMPLES_PER_RULE}, sampled)</th></tr>\n{''.join(rows)}</table>\n")

    def sources_table(self) -> str:
        rows = []
        for name, group in sorted(self.sources.items(), key=lambda item: (-item[1].findings, item[0])):
            rate = f"{group.findings * 10_000 / group.words:.2f}" if group.words else "–"
            top = ", ".join(f"{_e(code)} ×{n:,}" for code, n in group.rules.most_common(3))
            rows.append(f"<tr><td>{_e(name)}</td><td class=\"n\">{group.documents:,}</td>"
                        f"<td class=\"n\">{group.affected:,}</td><td class=\"n\">{group.findings:,}</td>"
                        f"<td class=\"n\">{rate}</td><td>{top}</td></tr>\n")
        return ("<h2>By source</h2>\n<p class=\"nl-note\">A record's URL host, else the input's folder "
                "(a JSON Lines file is its own source).</p>\n<table>\n<tr><th>source</th><th>documents</th>"
                "<th>with findings</th><th>findings</th><th>per 10,000 words</th><th>most frequent rules</th></tr>\n"
                f"{''.join(rows)}</table>\n")

    def articles(self) -> str:
        note = ""
        if self.views_total > len(self.views):
            note = (f'<p class="nl-note">Showing the first {len(self.views):,} of {self.views_total:,} documents '
                    f"with findings (at most {MAX_ARTICLES:,} article views per report).</p>\n")
        return f"<h2>Articles</h2>\n{note}" + "".join(self.views)


def _source_of(path: str, url: str | None, is_record: bool) -> str:
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    if is_record:
        return path
    return os.path.dirname(path) or "."


def _sample_slot(row: _RuleRow, sampler: random.Random) -> int | None:
    """Where a rule's next example goes, or None: a uniform sample of EXAMPLES_PER_RULE (reservoir sampling)."""
    row.seen += 1
    if len(row.examples) < EXAMPLES_PER_RULE:
        return len(row.examples)
    slot = sampler.randrange(row.seen)
    return slot if slot < EXAMPLES_PER_RULE else None


def _context_html(text: str, d: Diagnostic) -> str:
    start, end = min(d.start, len(text)), min(max(d.start, d.end), len(text))
    before = text[max(0, start - EXAMPLE_CONTEXT):start]
    after = text[end:end + EXAMPLE_CONTEXT]
    matched = _shorten(text[start:end], MAX_PREVIEW_CHARS)
    return (f"{_ellipsis(start > len(before))}{_e(_one_line(before))}<mark class=\"nl-f{_family(d.code)}\">"
            f"{_e(_one_line(matched))}</mark>{_e(_one_line(after))}{_ellipsis(end + len(after) < len(text))}")


# -- an article view ----------------------------------------------------------------

def _article_view(anchor: str, label: str, text: str | None, found: list[Diagnostic]) -> str:
    ids = [f"{anchor}-{i}" for i in range(1, len(found) + 1)]
    items = "".join(_margin_item(i, d, text) for i, d in zip(ids, found))
    if text is None:
        body = '<p class="nl-note">(text not available)</p>'
    else:
        cut = len(text) > MAX_ARTICLE_CHARS
        shown = text[:MAX_ARTICLE_CHARS]
        body = f'<pre class="nl-text">{_marked(shown, found, ids)}</pre>'
        if cut:
            body += (f'<p class="nl-note">Text cut at {MAX_ARTICLE_CHARS:,} of {len(text):,} characters; '
                     "findings after that are listed only.</p>")
    return (f'<article class="nl-article" id="{_e(anchor)}"><h3>{_e(label)}</h3>'
            f'<div>{body}</div><ol class="nl-margin">{items}</ol></article>\n')


def _marked(text: str, found: Sequence[Diagnostic], ids: Sequence[str]) -> str:
    """``text`` escaped, with a ``<mark>`` around every part that findings cover (``data-f``: which findings).

    Overlapping findings split the text into segments, each marked with every
    finding covering it and coloured by the first; an empty span is an empty mark.
    """
    spans = [(min(d.start, len(text)), min(max(d.start, d.end), len(text)), i, d.code)
             for d, i in zip(found, ids) if d.start <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    points: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for start, end, i, code in spans:
        if start == end:
            points[start].append((i, code))
    parts = []
    for left, right in zip(cuts, cuts[1:] + [None]):
        for i, code in points.get(left, ()):
            parts.append(f'<mark class="nl-point nl-f{_family(code)}" data-f="{_e(i)}" title="{_e(code)}"></mark>')
        if right is None:
            break
        segment = _e(text[left:right])
        covering = [(i, code) for start, end, i, code in spans if start <= left and right <= end and start < end]
        if covering:
            names = " ".join(i for i, _ in covering)
            titles = "; ".join(code for _, code in covering)
            parts.append(f'<mark class="nl-f{_family(covering[0][1])}" data-f="{_e(names)}" title="{_e(titles)}">'
                         f"{segment}</mark>")
        else:
            parts.append(segment)
    return "".join(parts)


def _margin_item(item_id: str, d: Diagnostic, text: str | None) -> str:
    where = f"{d.line}:{d.column}"
    fix = ""
    if d.fix is not None:
        label = "fix" if d.fix["applicability"] == "safe" else "unsafe fix"
        description = f" {_e(d.fix['message'])}" if d.fix.get("message") else ""
        preview = _fix_preview(text, d.fix["edits"]) if text is not None else ""
        fix = f'<div class="nl-fix"><b>{label}:</b>{description}{preview}</div>'
    return (f'<li id="{_e(item_id)}"><span class="nl-code nl-f{_family(d.code)}">{_e(d.code)}</span> '
            f'{_e(d.name)} <span class="nl-note">{where}</span><br>{_e(d.message)}{fix}</li>')


def _fix_preview(text: str, edits: Iterable[dict]) -> str:
    """Each edit as ``…before<del>removed</del><ins>inserted</ins>after…``."""
    out = []
    for edit in edits:
        start, end = min(edit["start"], len(text)), min(edit["end"], len(text))
        before, after = text[max(0, start - FIX_CONTEXT):start], text[end:end + FIX_CONTEXT]
        removed, inserted = _shorten(text[start:end], MAX_PREVIEW_CHARS), _shorten(edit["content"], MAX_PREVIEW_CHARS)
        out.append(f"<br>{_ellipsis(start > len(before))}{_e(_one_line(before))}<del>{_e(removed)}</del>"
                   f"<ins>{_e(inserted)}</ins>{_e(_one_line(after))}{_ellipsis(end + len(after) < len(text))}")
    return "".join(out)


# -- helpers ------------------------------------------------------------------------

def _e(text: str) -> str:
    """Escaped for HTML text and attribute values (a lone surrogate becomes U+FFFD)."""
    return html.escape(LONE_SURROGATE.sub("\ufffd", text), quote=True)


def _family(code: str) -> str:
    digit = code[2:3]
    return digit if digit in FAMILY_COLORS else "0"


def _ellipsis(cut: bool) -> str:
    return "…" if cut else ""


def _one_line(text: str) -> str:
    return text.replace("\r\n", "¶").replace("\n", "¶").replace("\r", "¶")


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    half = limit // 2
    return f"{text[:half]} … {text[-half:]}"


def _s(n: int) -> str:
    return "" if n == 1 else "s"
