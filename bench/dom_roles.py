"""What each line class's rules find of the texts a page's own HTML marks as that class: recall without labels.

Our hand labels are read once; a page's HTML says more. For each dev page of the fold asked (pages split as
``natural.split_of``/``fold_of`` split them; held-out pages are never opened), the texts of elements with a role:

- **caption**: ``<figcaption>``, ``itemprop=caption``, a class or id word ``caption``;
- **credit**: a class or id word ``credit``/``credits``;
- **byline**: ``rel=author``, ``itemprop=author``, a class or id word ``byline``/``author``/``authors``/``contributor``;
- **timestamp**: ``<time>``, a ``datetime`` attribute, ``itemprop=datePublished``/``dateModified``, a class or id
  word ``date``/``time``/``timestamp``/``published``/``updated``/``posted``/``pubdate``/``dateline``;
- **boilerplate**: ``<nav>``, ``<footer>``, ``<aside>``, ARIA ``role=navigation``/``contentinfo``/``complementary``,
  a class or id word ``share``/``social``/``related``/``newsletter``/``comments``/``ad``/``ads``/``advert``/
  ``advertisement``/``promo``/``subscribe``.

Class and id words are the attribute cut at anything not a letter or digit and at a lower-to-upper case change
(``article-byline__name``, ``publishDate``); no site's names. An element given several roles takes the first of:
its element name, a ``datetime``, a credit word (a picture's author, which schema.org marks ``itemprop=author``;
also ``author`` beside ``img``/``image``/``photo``/``picture``/``pic``: ``img-author``),
``rel``, ``itemprop``, ARIA ``role``, then class words in the order caption, timestamp, byline, boilerplate (the
narrower first: ``article-author__published-date`` is a date); a text takes its innermost role. A role's text
is cut into pieces at block elements, ``<br>`` and a change of role (``By <a rel=author>Jane Doe</a>`` is one
byline piece). A piece counts where it has 2+ words, is found exactly once in an output (white space collapsed,
``gold.snippet_spans``) and is not also inside one of the story's paragraphs: the ``<p>`` elements inside
``<article>`` or ``itemprop=articleBody`` with no role of their own, which are the main-text sample.

Each located piece is scored against the output's default findings: **found** where a finding of a rule mapped to
its class (``natural.RULE_CLASSES``) overlaps it, and a caption piece also where timestamp findings cover at least
``gold.HIT_SHARE`` of it (a gallery slide's date line inside its ``<figcaption>``, rightly reported as a date). The
byline pieces of up to ``BYLINE_WORDS`` words get a row of their own (an ``author`` element also holds bios, a box's
links and its disclaimer). **Main text hit**: a located story paragraph of which a furniture-class finding
(``gold.FURNITURE``) covers at least ``gold.HIT_SHARE`` of the characters (a false finding, nearly always).

**Heading run into the text**: the story's headings, ``<h2>``–``<h6>`` and live-blog entry titles (a class word
``live``/``liveblog`` with ``title``/``headline``/``heading``) inside the story's element (of the ``<article>`` and
``itemprop=articleBody`` elements, else of the ``<p>``s' parents, the one whose story ``<p>``s hold the most text),
after its first story ``<p>`` and before its last, with no role of their own or above them, 2+ words, not said in a
story paragraph. Located once in an output, a heading on a line of its own (Markdown's ``#``, ``*``, ``_``, a link's
markup, Pandoc's attributes and white space beside it) is not counted; one with text before or after it on its line
(glued, after a space, or after readability's double spaces) is, and it is **found** where a finding of a rule mapped
to ``other`` overlaps one of its seams (the characters either side of its start or end where text stands).

What the measure cannot see: furniture the HTML does not mark (a byline in a bare ``<p>``, a date in a ``<span>``
with no class; pages whose markup is all generated class names), text an extractor drops or rewrites (Markdown's
``**``, a table laid out), a piece said twice in an output, a marked element that holds something else (an
``author`` box's bio, a ``time`` class on a reading time), story paragraphs of pages with no ``<article>`` or
``articleBody``, and furniture a site writes as a story ``<p>`` (a newsletter prompt, a letter's signature: most
fold-a main-text hits are these, true findings), a subheading written as a bold ``<p>``, and a heading between the
story's paragraphs that is furniture with no role word (a newsletter box's title, a live blog's ``Key Events``). It is a
rate of the marked texts, not a count of defects.

Fold a, ``--show``: each miss (a heading's too) and each main-text hit with its output, for outputs the hand labels'
own split puts in dev (``gold.shown_as``). Fold b: totals only.

Usage: python bench/dom_roles.py --fold a|b [--extractor NAME] [--show] [--class CLASS|heading|main]
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract  # noqa: E402
import gold  # noqa: E402
from natural import classes_of, fold_of, overlap, split_of  # noqa: E402
from newslint.api import lint_text, make_linter  # noqa: E402

CLASSES = ("caption", "credit", "byline", "timestamp", "boilerplate")
BYLINE_WORDS = 8  # a byline piece this short is the byline itself; a longer one is an author box's bio or furniture
_ELEMENTS = {"figcaption": "caption", "time": "timestamp", "nav": "boilerplate", "footer": "boilerplate",
             "aside": "boilerplate"}
_ITEMPROPS = {"caption": "caption", "author": "byline", "datepublished": "timestamp", "datemodified": "timestamp"}
_ARIA = {"navigation": "boilerplate", "contentinfo": "boilerplate", "complementary": "boilerplate"}
_CLASS_WORDS = {
    "caption": {"caption"},
    "credit": {"credit", "credits"},
    "byline": {"byline", "author", "authors", "contributor"},
    "timestamp": {"date", "time", "timestamp", "published", "updated", "posted", "pubdate", "dateline"},
    "boilerplate": {"share", "social", "related", "newsletter", "comments", "ad", "ads", "advert", "advertisement",
                    "promo", "subscribe"},
}
_PICTURE_WORDS = frozenset({"img", "image", "photo", "picture", "pic"})  # beside ``author``: a picture's credit
_WORD_ORDER = ("caption", "timestamp", "byline", "boilerplate")  # the narrower first: 'article-author__published-date'
_BLOCKS = frozenset("address article aside blockquote body br dd div dl dt fieldset figcaption figure footer form h1 h2 "
                    "h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split())
_SKIPPED = frozenset("script style noscript template svg iframe head".split())
_WORD_CUT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_HEADINGS = frozenset("h2 h3 h4 h5 h6".split())
_LIVE_WORDS = frozenset({"live", "liveblog"})
_TITLE_WORDS = frozenset({"title", "headline", "heading"})
_MARKUP = " \t\xa0#*_[]"  # beside a heading on its line: white space, Markdown's heading marks, emphasis, link brackets
_LINK_MARKUP = re.compile(r"\]\([^)\n]*\)|\{[#.][^}\n]*\}")  # link brackets, a link's target, Pandoc's attributes


def class_words(element) -> set[str]:
    """The lower-case words of an element's class and id (``article-byline__name`` → article, byline, name)."""
    words = set()
    for value in (element.get("class") or "", element.get("id") or ""):
        words.update(word.lower() for word in _WORD_CUT.split(value) if word)
    return words


def role_of(element) -> str | None:
    """The line class an element's markup names, or None (the selectors of the docstring, in its order)."""
    tag = element.tag.lower()
    if tag in _ELEMENTS:
        return _ELEMENTS[tag]
    if element.get("datetime") is not None:
        return "timestamp"
    words = class_words(element)
    if words & _CLASS_WORDS["credit"] or "author" in words and words & _PICTURE_WORDS:
        return "credit"  # an image's author, which schema.org marks ``itemprop=author`` (``img-author``)
    if "author" in (element.get("rel") or "").lower().split():
        return "byline"
    for prop in (element.get("itemprop") or "").lower().split():
        if prop in _ITEMPROPS:
            return _ITEMPROPS[prop]
    if (element.get("role") or "").lower() in _ARIA:
        return _ARIA[element.get("role").lower()]
    return next((cls for cls in _WORD_ORDER if words & _CLASS_WORDS[cls]), None)


def _story_container(element) -> bool:
    return element.tag.lower() == "article" or "articlebody" in (element.get("itemprop") or "").lower().split()


def parse(html: bytes | str):
    """The page's element tree (lxml), from bytes decoded as ``extract`` decodes them, or from a str."""
    import lxml.html  # noqa: PLC0415 - a bench tool's dependency (bench/requirements.txt)
    text = extract._unicode(html) if isinstance(html, bytes) else html
    return lxml.html.document_fromstring(_DECLARATION.sub("", text))


def page_pieces(html: bytes | str) -> tuple[list[tuple[str, str]], list[str]]:
    """The role pieces of a page, (class, text) each text once (the first role it has), and its story paragraphs'
    texts, white space collapsed (see the module's docstring)."""
    pieces: list[tuple[str | None, str]] = []
    story: list[str] = []
    buffer: list[str] = []
    current: list[str | None] = [None]

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        if text:
            pieces.append((current[0], text))
        buffer.clear()

    def add(text: str | None, role: str | None) -> None:
        if text:
            if role != current[0]:
                flush()
                current[0] = role
            buffer.append(text)

    def walk(element, role: str | None, in_story: bool) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is not None and tag not in _SKIPPED:
            own = role_of(element)
            inner = own or role
            block = tag in _BLOCKS or own not in (None, role)
            if block:
                flush()
            if tag == "p" and in_story and inner is None:
                story.append(" ".join(element.text_content().split()))
            add(element.text, inner)
            for child in element:
                walk(child, inner, in_story or _story_container(element))
            if block:
                flush()
        add(element.tail, role)

    walk(parse(html), None, False)
    flush()
    seen: set[str] = set()
    marked = []
    for role, text in pieces:
        if role and text not in seen and len(text.split()) >= 2:
            seen.add(text)
            marked.append((role, text))
    story = [text for text in story if len(text.split()) >= 2]
    return [(role, text) for role, text in marked if not any(text in paragraph for paragraph in story)], story


def page_headings(html: bytes | str) -> list[str]:
    """The texts of the story's headings (see the module's docstring), white space collapsed, each once."""
    root = parse(html)
    story = _story_root(root)
    if story is None:
        return []
    paragraphs = _story_paragraphs(story)
    first, last = paragraphs[0], paragraphs[-1]
    order = {element: index for index, element in enumerate(story.iter())}
    story_texts = [" ".join(p.text_content().split()) for p in paragraphs]
    headings: list[str] = []
    for element in story.iter():
        if not isinstance(element.tag, str) or not order[first] < order[element] < order[last] \
                or not _is_heading(element) or _has_role(element, story):
            continue
        text = " ".join(element.text_content().split())
        if len(text.split()) >= 2 and text not in headings and not any(text in p for p in story_texts):
            headings.append(text)
    return headings


def _is_heading(element) -> bool:
    """An ``<h2>``–``<h6>``, or a live blog's entry title (a class word ``live``/``liveblog`` and ``title``/
    ``headline``/``heading``)."""
    words = class_words(element)
    return element.tag.lower() in _HEADINGS or bool(words & _LIVE_WORDS and words & _TITLE_WORDS)


def _has_role(element, story) -> bool:
    """Whether ``element`` or an element between it and ``story`` has a role (a related list's title, a share bar's)."""
    while element is not None and element is not story:
        if role_of(element) or element.tag.lower() in _SKIPPED:
            return True
        element = element.getparent()
    return False


def _story_paragraphs(container) -> list:
    """The ``<p>``s of ``container`` with no role of their own or above them (up to ``container``) and 2+ words."""
    return [p for p in container.iter("p") if len(p.text_content().split()) >= 2 and not _has_role(p, container)]


def _story_root(root):
    """The element that holds the story: of the ``<article>`` and ``itemprop=articleBody`` elements (else of the
    ``<p>``s' parents), the one whose story paragraphs hold the most text; None where there is none."""
    containers = [e for e in root.iter() if isinstance(e.tag, str) and _story_container(e)] \
        or list({p.getparent(): None for p in root.iter("p") if p.getparent() is not None})
    weights = [(sum(len(p.text_content()) for p in _story_paragraphs(c) if p.getparent() is c or _story_container(c)),
                index) for index, c in enumerate(containers)]
    weight, index = max(weights, default=(0, -1))
    return containers[index] if weight else None


def run_in_seams(output: str, span: tuple[int, int]) -> list[int]:
    """The seams where ``output[span]`` runs into text on its line: its start where a letter, digit or mark stands
    before it on the same line (spaces and Markdown's ``#``, ``*``, ``_``, a link's brackets between them), its end
    where one stands after it (not a link's target or Pandoc's ``{#id .class}``); none for a heading on a line of its
    own."""
    start, end = span
    line_start = output.rfind("\n", 0, start) + 1
    line_end = output.find("\n", end)
    before = output[line_start:start].strip(_MARKUP)
    after = _LINK_MARKUP.sub("", output[end:len(output) if line_end < 0 else line_end]).strip(_MARKUP)
    return [seam for seam, text in ((start, before), (end, after)) if text]


def located(texts: list[str], output: str) -> list[tuple[int, int] | None]:
    """Each text's span in ``output`` where it is found there exactly once (white space collapsed), else None."""
    view = gold.collapsed(output)
    spans = [gold.snippet_spans(text, output, view) for text in texts]
    return [found[0] if len(found) == 1 else None for found in spans]


def score_output(output: str, findings: list, pieces: list[tuple[str, str]], story: list[str], tally: Counter,
                 show_as: str | None = None, only: str | None = None, headings: list[str] = ()) -> None:
    """Add one output's located pieces (per class, and those found), story paragraphs (and those hit) and headings
    run into the text (and those found) to ``tally``; print the misses and hits under ``show_as``."""
    by_class: dict[str, list] = defaultdict(list)
    for finding in findings:
        for cls in classes_of(finding.code):
            by_class[cls].append(finding)
    for (cls, text), span in zip(pieces, located([text for _, text in pieces], output)):
        if span is None:
            continue
        hit = any(overlap(f.start, f.end, *span) for f in by_class[cls]) \
            or cls == "caption" and gold.covered(span, by_class["timestamp"]) >= gold.HIT_SHARE * (span[1] - span[0])
        keys = (cls, "byline line") if cls == "byline" and len(text.split()) <= BYLINE_WORDS else (cls,)
        for key in keys:
            tally[key] += 1
            tally[key + " found"] += hit
        if not hit and show_as and only in (None, cls):
            print(f"  miss  {show_as}:{span[0]} {cls}: {gold.in_context(output, span, 40)[:200]!r}")
    for span in filter(None, located(list(headings), output)):
        seams = run_in_seams(output, span)
        if not seams:
            continue
        hit = any(overlap(f.start, f.end, seam - 1, seam + 1) for f in by_class["other"] for seam in seams)
        tally["heading"] += 1
        tally["heading found"] += hit
        if not hit and show_as and only in (None, "heading"):
            print(f"  miss  {show_as}:{span[0]} heading: {gold.in_context(output, span, 60)[:240]!r}")
    furniture = [f for f in findings if gold.FURNITURE & set(classes_of(f.code))]
    for span in filter(None, located(story, output)):
        tally["main"] += 1
        if gold.covered(span, furniture) >= gold.HIT_SHARE * (span[1] - span[0]):
            tally["main hit"] += 1
            if show_as and only in (None, "main"):
                codes = sorted({f.code for f in furniture if overlap(f.start, f.end, *span)})
                print(f"  hit   {show_as}:{span[0]} {','.join(codes)} {output[span[0]:span[1]][:120]!r}")


def report(tallies: dict[str, Counter], fold: str, pages: int) -> None:
    """A Markdown table: a row per class and the main text, a column per extractor group (``gold.table_rows``), or the
    one extractor's."""
    rows = [(name, tally) for name, tally in gold.table_rows(tallies) if name.startswith("all")]
    if len(tallies) == 1:
        rows = list(tallies.items())  # --extractor: its column alone
    print(f"Texts the pages' HTML marks, found by their class's rules (dev fold {fold}, {pages} pages)\n")
    print("| class | " + " | ".join(name for name, _ in rows) + " |")
    print("| --- |" + " ---: |" * len(rows))
    for cls in (*CLASSES[:3], "byline line", *CLASSES[3:]):
        label = f"byline, ≤ {BYLINE_WORDS} words" if cls == "byline line" else cls
        print(f"| {label} | " + " | ".join(_rate(t[cls + ' found'], t[cls]) for _, t in rows) + " |")
    print("| heading run into the text | " + " | ".join(_rate(t["heading found"], t["heading"]) for _, t in rows)
          + " |")
    print("| main text hit | " + " | ".join(_rate(t["main hit"], t["main"]) for _, t in rows) + " |")


def _rate(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.2f})" if whole else "0/0"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fold", choices=("a", "b"), required=True)
    parser.add_argument("--extractor", choices=sorted(extract.EXTRACTORS), help="one extractor's outputs only")
    parser.add_argument("--show", action="store_true", help="fold a: print each miss and each main-text hit")
    parser.add_argument("--class", dest="only", choices=(*CLASSES, "heading", "main"),
                        help="with --show: this class only")
    args = parser.parse_args(argv)
    if args.fold == "b" and args.show:
        parser.error("fold b is scored by its totals only (no --show)")
    linter = make_linter()
    tallies: dict[str, Counter] = defaultdict(Counter)
    pages = 0
    for page in sorted(extract.PAGES.glob("*.html.gz")):
        name = f"html/{page.name}"
        if split_of(name) != "dev" or fold_of(name) != args.fold:
            continue
        html = gzip.decompress(page.read_bytes())
        pieces, story = page_pieces(html)
        headings = page_headings(html)
        pages += 1
        for extractor in extract.EXTRACTORS:
            if args.extractor and extractor != args.extractor:
                continue
            doc = f"{name}#{extractor}"
            output = gold.output_of(doc)
            if not output or not output.strip():
                continue
            findings = list(lint_text(output, doc, linter=linter))
            score_output(output, findings, pieces, story, tallies[extractor], gold.shown_as(doc, args.show),
                         args.only, headings)
    report(tallies, args.fold, pages)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
