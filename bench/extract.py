"""Run real HTML-to-text extractors on the news pages of ``../shared/corpus/html/`` and cache their output.

What users lint is what their extractor leaves. Each page (``html/NAME.html.gz``) goes through:

- ``soup``: BeautifulSoup ``get_text()``, no separator (block elements glued together);
- ``soup-space``: ``get_text(" ", strip=True)`` (one long line);
- ``soup-newline``: ``get_text("\\n", strip=True)`` (one line per text node, the whole page);
- ``trafilatura``: ``trafilatura.extract(html)`` with its defaults;
- ``justext``: the paragraphs jusText keeps (English stop list), one per line;
- ``readability``: readability-lxml's ``Document(html).summary()``, then lxml ``text_content()``;
- ``boilerpy3``: boilerpy3's ``ArticleExtractor``;
- ``inscriptis``: ``inscriptis.get_text(html)`` (the whole page laid out as text, tables and indents kept);
- ``html2text``: ``html2text.html2text(html)`` (the whole page as Markdown, wrapped at 78 columns);
- ``html-text``: ``html_text.extract_text(html)`` (the whole page, a line per block element);
- ``resiliparse``: resiliparse's ``extract_plain_text`` with ``main_content=True``;
- ``readabilipy``: readabilipy's pure-Python mode (``use_readability=False``), its ``plain_text`` paragraphs one per line;
- ``goose3``: goose3's ``cleaned_text``;
- ``newspaper4k``: newspaper4k's ``Article.text``, parsed from the page given (no images fetched: no network);
- ``trafilatura-md``: ``trafilatura.extract(html, output_format="markdown")`` (``**bold**``, ``# headings``, tables);
- ``trafilatura-md-links``: the same with ``include_links=True`` (``[text](target)`` links);
- ``markdownify``: ``markdownify.markdownify(html)`` (the whole page as Markdown, unwrapped);
- ``lynx``: ``lynx -dump`` (the page laid out at 80 columns, each link a ``[12]`` marker, a ``References`` list after);
- ``lynx-nolist``: ``lynx -dump -nolist`` (no markers, no list);
- ``w3m``: ``w3m -dump`` (laid out at 80 columns, tables in box drawings);
- ``pandoc-plain``: ``pandoc -f html -t plain`` (wrapped at 72 columns);
- ``pandoc-md``: ``pandoc -f html -t markdown`` (Pandoc's Markdown, wrapped at 72 columns, divs and attributes kept).

The last eight are other shapes of text (``FORMATS``), a group of their own like ``NEW_EXTRACTORS``: nobody tuned to
them. lynx, w3m and pandoc are programs (Debian packages, not PyPI): where one is missing, its outputs are skipped.

The outputs go to ``$NEWSLINT_EXTRACTED`` (default ``~/.cache/newslint/extracted/``) as
``NAME#EXTRACTOR.txt``, outside the repository (the pages are third-party text). A document id is
``html/NAME.html.gz#EXTRACTOR``; ``extracted_text(doc)`` returns its text (extracting on demand).
The extractors are bench tools, not newslint dependencies: ``pip install -U pip && pip install -r bench/requirements.txt``
(an older pip, 23.2, fails to resolve this set).

Usage: python bench/extract.py [--force]   (then: python bench/natural.py)
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import CORPUS  # noqa: E402
PAGES = CORPUS / "html"
CACHE = Path(os.environ.get("NEWSLINT_EXTRACTED") or Path.home() / ".cache" / "newslint" / "extracted")


def _soup(raw: bytes):
    from bs4 import BeautifulSoup  # noqa: PLC0415 - bench tools, imported when used
    return BeautifulSoup(raw, "lxml")


def _unicode(raw: bytes) -> str:
    from bs4 import UnicodeDammit  # noqa: PLC0415
    return UnicodeDammit(raw, is_html=True).unicode_markup


def soup(raw: bytes) -> str:
    return _soup(raw).get_text()


def soup_space(raw: bytes) -> str:
    return _soup(raw).get_text(" ", strip=True)


def soup_newline(raw: bytes) -> str:
    return _soup(raw).get_text("\n", strip=True)


def trafilatura_text(raw: bytes) -> str:
    import trafilatura  # noqa: PLC0415
    return trafilatura.extract(raw) or ""


def justext_text(raw: bytes) -> str:
    import justext  # noqa: PLC0415
    paragraphs = justext.justext(raw, justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def readability_text(raw: bytes) -> str:
    import lxml.html  # noqa: PLC0415
    from readability import Document  # noqa: PLC0415
    summary = Document(_unicode(raw)).summary()
    return lxml.html.fromstring(summary).text_content().strip()


def boilerpy3_text(raw: bytes) -> str:
    from boilerpy3 import extractors  # noqa: PLC0415
    return extractors.ArticleExtractor(raise_on_failure=False).get_content(_unicode(raw))


def inscriptis_text(raw: bytes) -> str:
    import inscriptis  # noqa: PLC0415
    return inscriptis.get_text(_unicode(raw))


def html2text_text(raw: bytes) -> str:
    import html2text  # noqa: PLC0415
    return html2text.html2text(_unicode(raw))


def html_text_text(raw: bytes) -> str:
    import html_text  # noqa: PLC0415
    return html_text.extract_text(_unicode(raw))


def resiliparse_text(raw: bytes) -> str:
    from resiliparse.extract.html2text import extract_plain_text  # noqa: PLC0415
    from resiliparse.parse.html import HTMLTree  # noqa: PLC0415
    return extract_plain_text(HTMLTree.parse(_unicode(raw)), main_content=True)


def readabilipy_text(raw: bytes) -> str:
    from readabilipy import simple_json_from_html_string  # noqa: PLC0415
    article = simple_json_from_html_string(_unicode(raw), use_readability=False)
    return "\n".join(paragraph["text"] for paragraph in article["plain_text"] or ())


def goose3_text(raw: bytes) -> str:
    from goose3 import Goose  # noqa: PLC0415
    with Goose() as goose:
        return goose.extract(raw_html=_unicode(raw)).cleaned_text


def newspaper4k_text(raw: bytes) -> str:
    import newspaper  # noqa: PLC0415
    article = newspaper.Article("", fetch_images=False)
    article.download(input_html=_unicode(raw))
    article.parse()
    return article.text


def trafilatura_markdown(raw: bytes) -> str:
    import trafilatura  # noqa: PLC0415
    return trafilatura.extract(raw, output_format="markdown") or ""


def trafilatura_markdown_links(raw: bytes) -> str:
    import trafilatura  # noqa: PLC0415
    return trafilatura.extract(raw, output_format="markdown", include_links=True) or ""


def markdownify_text(raw: bytes) -> str:
    from markdownify import markdownify  # noqa: PLC0415
    return markdownify(_unicode(raw))


class ProgramMissing(ImportError):
    """A converter's program is not installed (an ImportError, as a missing Python extractor's is)."""


def _program(command: list[str], raw: bytes) -> str:
    """``command``'s output of the page (UTF-8 in, UTF-8 out)."""
    if shutil.which(command[0]) is None:
        raise ProgramMissing(f"{command[0]} is not installed (a Debian package)")
    done = subprocess.run(command, input=_unicode(raw).encode("utf-8"), capture_output=True, check=True, timeout=120)
    return done.stdout.decode("utf-8", "replace")


_LYNX = ["lynx", "-dump", "-stdin", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8"]


# lynx's copy of the page read, in a folder of a name drawn anew on each run, where relative links resolve too
_LYNX_COPY = re.compile(r"file://(?:localhost)?/tmp/lynxXXXX\w+/(L[0-9-]+TMP\.html)?")


def lynx_text(raw: bytes) -> str:
    """``lynx -dump``, its copy's folder and name the same on every run."""
    return _LYNX_COPY.sub(lambda copy: "file://localhost/" + ("page.html" if copy[1] else ""), _program(_LYNX, raw))


def lynx_nolist_text(raw: bytes) -> str:
    return _program([*_LYNX, "-nolist"], raw)


def w3m_text(raw: bytes) -> str:
    return _program(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], raw)


def pandoc_plain(raw: bytes) -> str:
    return _program(["pandoc", "-f", "html", "-t", "plain"], raw)


def pandoc_markdown(raw: bytes) -> str:
    return _program(["pandoc", "-f", "html", "-t", "markdown"], raw)


EXTRACTORS: dict[str, Callable[[bytes], str]] = {
    "soup": soup, "soup-space": soup_space, "soup-newline": soup_newline, "trafilatura": trafilatura_text,
    "justext": justext_text, "readability": readability_text, "boilerpy3": boilerpy3_text,
    "inscriptis": inscriptis_text, "html2text": html2text_text, "html-text": html_text_text,
    "resiliparse": resiliparse_text, "readabilipy": readabilipy_text, "goose3": goose3_text,
    "newspaper4k": newspaper4k_text, "trafilatura-md": trafilatura_markdown,
    "trafilatura-md-links": trafilatura_markdown_links, "markdownify": markdownify_text, "lynx": lynx_text,
    "lynx-nolist": lynx_nolist_text, "w3m": w3m_text, "pandoc-plain": pandoc_plain, "pandoc-md": pandoc_markdown,
}
NEW_EXTRACTORS = ("inscriptis", "html2text", "html-text", "resiliparse", "readabilipy", "goose3", "newspaper4k")
FORMATS = ("trafilatura-md", "trafilatura-md-links", "markdownify", "lynx", "lynx-nolist", "w3m", "pandoc-plain",
           "pandoc-md")  # other shapes of text: Markdown, text browsers' dumps, pandoc's plain text
TUNED_ON = tuple(name for name in EXTRACTORS if name not in NEW_EXTRACTORS + FORMATS)  # the rules' tuning saw these


def cache_path(doc: str) -> Path:
    """``html/NAME.html.gz#EXTRACTOR`` → the cached output's path."""
    page, _, extractor = doc.partition("#")
    name = Path(page).name.removesuffix(".html.gz")
    return CACHE / f"{name}#{extractor}.txt"


def extract(doc: str) -> str:
    """Run the document's extractor on its page and cache the text (newline-terminated, UTF-8)."""
    page, _, extractor = doc.partition("#")
    if extractor not in EXTRACTORS:
        raise ValueError(f"{doc}: unknown extractor {extractor!r} (known: {', '.join(EXTRACTORS)})")
    raw = gzip.decompress((CORPUS / page).read_bytes())
    text = EXTRACTORS[extractor](raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.rstrip("\n") + "\n" if text.strip() else ""
    path = cache_path(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
    return text


def extracted_text(doc: str) -> str:
    """The text of ``html/NAME.html.gz#EXTRACTOR`` as newslint reads it (extracted once, then cached)."""
    path = cache_path(doc)
    if path.exists():
        return path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    return extract(doc)


load_extracted = extracted_text  # the name the issue-12 briefs use


def all_docs() -> list[str]:
    return [f"html/{page.name}#{name}" for page in sorted(PAGES.glob("*.html.gz")) for name in EXTRACTORS]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="extract again even where the cache has the output")
    parser.add_argument("--only", help="only this extractor")
    args = parser.parse_args(argv)
    done = failed = 0
    missing: set[str] = set()
    for doc in all_docs():
        extractor = doc.partition("#")[2]
        if args.only and extractor != args.only or extractor in missing:
            continue
        if cache_path(doc).exists() and not args.force:
            continue
        try:
            extract(doc)
            done += 1
        except ProgramMissing as error:  # one line for the program, its outputs skipped
            print(f"{extractor}: skipped, {error}", file=sys.stderr)
            missing.add(extractor)
        except Exception as error:  # noqa: BLE001 - one broken page must not stop the run
            print(f"{doc}: {type(error).__name__}: {error}", file=sys.stderr)
            failed += 1
    print(f"{done} outputs extracted into {CACHE} ({failed} failed)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
