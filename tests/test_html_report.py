"""The HTML report through the command, and in a real headless Chromium: it loads with no console
message, the marks are where the findings are, and a hostile article runs nothing.

The browser tests need Debian's ``chromium`` (``.ci/run`` installs it and sets
NEWSLINT_REQUIRE_CHROMIUM=1, which turns a missing browser into a failure). The
screenshot is kept in $NEWSLINT_TEST_ARTEFACTS (else the test's temporary folder).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import newslint_in
from newslint.formats import html as html_format

GLUED = "Kremlin spokespersonDmitry Peskov told reporters that talks would go on.\n"
HOSTILE = ("Kremlin spokespersonDmitry <script>document.body.setAttribute('data-pwned','script')</script> said.\n"
           "The UKSecretary \"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> arrived.\n"
           "</pre><svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg> & more\n")
PAYLOAD = re.compile(r"<(script|img|svg|iframe|object|embed|link|meta http-equiv=\"refresh)", re.I)


def run(args, cwd: Path):
    return newslint_in(cwd, args)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Text files in two folders (one with CRLF line ends and an emoji), a JSONL corpus with URLs, a hostile article."""
    (tmp_path / "newslint.toml").write_text('select = ["NL1", "NL2", "NL3"]\n', encoding="utf-8")
    wire = tmp_path / "wire"
    wire.mkdir()
    (wire / "a.txt").write_text(f"Talks go on\n\n{GLUED}\n“The best way is diplomacy.\n\nA soldier walks.\n",
                                encoding="utf-8")
    (wire / "b.txt").write_bytes(f"Emoji 🎉 title\r\n\r\nThe UKSecretary arrived 🎉 late.\r\n\r\n{GLUED}".encode())
    (wire / "clean.txt").write_text("A title\n\nThe minister met his counterpart on Thursday.\n", encoding="utf-8")
    records = [{"text": "The chancellorOlaf Scholz spoke.", "url": "https://www.example.com/a"},
               {"text": "Nothing wrong here.", "url": "https://news.example.org/b"},
               {"text": "The presidentJoe Biden spoke.", "url": "https://www.example.com/c"}]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "hostile").mkdir()
    (tmp_path / "hostile" / "x.txt").write_text(f"<b>Title</b>\n\n{HOSTILE}", encoding="utf-8")
    return tmp_path


def report(corpus: Path, *paths: str) -> str:
    result = run([*(paths or ("feed.jsonl", "hostile", "wire")), "--format", "html", "-o", "report.html"], corpus)
    assert result.exit_code == 1, result.output
    assert re.fullmatch(r"newslint: wrote report\.html \(\d+ kB\)\n", result.stderr)
    return (corpus / "report.html").read_text(encoding="utf-8")


def diagnostics(corpus: Path, *paths: str) -> list[dict]:
    result = run([*(paths or ("feed.jsonl", "hostile", "wire")), "--format", "json"], corpus)
    return json.loads(result.stdout)


class Marks(HTMLParser):
    """The text of each finding's marks (by ``data-f`` id), and the text of each article."""

    def __init__(self) -> None:
        super().__init__()
        self.marked: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        self._open: list[list[str]] = []
        self._article: str | None = None
        self._in_text = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self._article = attrs["id"]
        elif tag == "pre" and "nl-text" in attrs.get("class", ""):
            self._in_text = True
            self.texts[self._article] = ""
        if tag == "mark":
            ids = (attrs.get("data-f") or "").split()
            self._open.append(ids)
            for i in ids:
                self.marked.setdefault(i, "")

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open.pop()
        elif tag == "pre":
            self._in_text = False

    def handle_data(self, data):
        if self._in_text:
            self.texts[self._article] += data
            for ids in self._open:
                for i in ids:
                    self.marked[i] += data


def parse(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    return parser


def expected_marks(corpus: Path, found: list[dict]) -> tuple[dict[str, str], dict[str, str]]:
    """What each finding's marks must hold (``doc-N-i``), and each article's text, from the JSON report.

    As a browser reads them: HTML parsing turns CRLF into LF.
    """
    texts, marks, anchors = {}, {}, {}
    for d in found:
        key = (d["path"], d["line"] if "field" in d else None)
        if key not in anchors:
            anchors[key] = f"doc-{len(anchors) + 1}"
            raw = (corpus / d["path"]).read_bytes().decode("utf-8")
            texts[anchors[key]] = json.loads(raw.split("\n")[d["line"] - 1])["text"] if key[1] else raw
        anchor = anchors[key]
        index = sum(1 for k in marks if k.startswith(anchor + "-")) + 1
        marks[f"{anchor}-{index}"] = texts[anchor][d["start"]:d["end"]]
    lf = {key: text.replace("\r\n", "\n") for key, text in marks.items()}
    return lf, {key: text.replace("\r\n", "\n") for key, text in texts.items()}


# -- the page, as written -------------------------------------------------------------

def test_report_is_one_self_contained_file_with_a_strict_policy(corpus):
    page = report(corpus)
    assert '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';' in page
    assert "script-src 'none'" in page
    # no element that loads anything: no script, style sheet, image or frame; links only within the page
    assert not re.search(r"<(script|link|img|iframe|object|embed|base)\b|<[a-z]+\s[^<>]*\b(src|href)=\"(?!#)|url\(",
                         page)


def test_every_piece_of_text_is_escaped(corpus):
    page = report(corpus)
    assert not PAYLOAD.search(page)
    assert "&lt;script&gt;document.body.setAttribute(&#x27;data-pwned&#x27;,&#x27;script&#x27;)" in page
    assert "&quot;&gt;&lt;img src=x onerror=" in page
    assert "&lt;b&gt;Title&lt;/b&gt;" in page and "&amp; more" in page


def test_marks_cover_exactly_the_findings(corpus):
    found = diagnostics(corpus)
    marks, texts = expected_marks(corpus, found)
    parsed = parse(report(corpus))
    assert parsed.marked == marks
    assert parsed.texts == texts  # the article text is all there, CRLF and emoji included


def test_corpus_overview_counts_shares_rates_and_sources(corpus):
    page = report(corpus)
    found = diagnostics(corpus)
    nl102 = [d for d in found if d["rule"] == "NL102"]
    documents = {(d["path"], d["line"] if "field" in d else None) for d in nl102}
    # 7 documents (3 text files, 3 records, the hostile one), 2 of them clean
    assert f"{len(found)} findings in 5 of 7 documents" in page
    row = re.search(r'<tr><td><span class="nl-code nl-f1">NL102</span></td>(.*?)</tr>', page).group(1)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
    assert cells[0] == "glued-words" and cells[1] == "warning" and cells[2] == str(len(nl102))
    assert cells[3] == f"{len(documents)} ({len(documents) / 7:.1%})"
    assert float(cells[4]) > 0
    assert row.count("<li>") == 5  # more findings than examples: sampled down to five
    sources = page[page.index("<h2>By source</h2>"):page.index("<h2>Articles</h2>")]
    assert re.search(r"<tr><td>example\.com</td><td class=\"n\">2</td><td class=\"n\">2</td>", sources)
    assert re.search(r"<tr><td>news\.example\.org</td><td class=\"n\">1</td><td class=\"n\">0</td>", sources)
    assert re.search(r"<tr><td>wire</td><td class=\"n\">3</td><td class=\"n\">2</td>", sources)


def test_fix_previews_show_before_and_after(corpus):
    page = report(corpus)
    assert "…ks go on¶¶Kremlin spokesperson<del></del><ins> </ins>Dmitry Peskov told reporters t…" in page


def test_large_runs_cap_the_article_views(corpus, monkeypatch):
    monkeypatch.setattr(html_format, "MAX_ARTICLES", 2)
    page = report(corpus)
    assert page.count('<article class="nl-article"') == 2
    assert "Showing the first 2 of 5 documents with findings (at most 2 article views per report)." in page


def test_article_html_for_notebooks():
    from newslint.api import lint_text

    text = "Title\n\n" + HOSTILE
    found = lint_text(text, select=["NL102"])
    fragment = html_format.article_html(text, found, title="<x>")
    assert not PAYLOAD.search(fragment)
    parsed = parse(fragment)
    assert parsed.texts == {"nl-a": text}
    assert parsed.marked == {f"nl-a-{i}": text[d.start:d.end] for i, d in enumerate(found, 1)}
    assert len(found) == 2


# -- in a real browser ----------------------------------------------------------------

def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("NEWSLINT_REQUIRE_CHROMIUM"):
        pytest.fail("NEWSLINT_REQUIRE_CHROMIUM is set but no chromium is installed (apt-get install chromium)")
    pytest.skip("needs chromium (apt-get install chromium)")


def browse(page: Path, *flags: str) -> tuple[str, list[str]]:
    """Load ``page`` in headless Chromium: the DOM after load, and the console messages."""
    profile = page.parent / "chromium-profile"
    result = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
         *flags, page.as_uri()],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, [line for line in result.stderr.splitlines() if ":CONSOLE" in line]


def test_harness_sees_scripts_that_run_and_console_messages(tmp_path):
    """The control: the same harness on an unsafe page sees what would run and what is logged."""
    unsafe = tmp_path / "unsafe.html"
    unsafe.write_text(f"<!DOCTYPE html><html><body><pre>{HOSTILE}</pre>"
                      "<script>console.error('logged')</script></body></html>", encoding="utf-8")
    dom, console = browse(unsafe, "--dump-dom")
    assert re.search(r"<body data-pwned=\"(script|img|svg)\"", dom)
    assert any('"logged"' in line for line in console)


def test_report_loads_in_chromium_with_marks_in_place_and_nothing_run(corpus):
    page = report(corpus)
    dom, console = browse(corpus / "report.html", "--dump-dom")
    assert console == []  # no error, no policy violation, nothing logged at all
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert re.search(r"<body class=\"nl-doc\">", dom)
    body = dom[dom.index("<body"):]
    assert not PAYLOAD.search(body)  # the browser built no element from the article text
    marks, texts = expected_marks(corpus, diagnostics(corpus))
    parsed = parse(dom)
    assert parsed.marked == marks and parsed.texts == texts
    assert page.count("<mark") == dom.count("<mark")


def test_report_screenshot(corpus):
    report(corpus, "wire", "feed.jsonl")
    folder = Path(os.environ.get("NEWSLINT_TEST_ARTEFACTS") or corpus)
    folder.mkdir(parents=True, exist_ok=True)
    shot = folder / "html-report.png"
    shot.unlink(missing_ok=True)
    _, console = browse(corpus / "report.html", f"--screenshot={shot}", "--window-size=1280,1600",
                        "--hide-scrollbars")
    assert console == []
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
