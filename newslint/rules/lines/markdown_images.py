"""NL321: a picture's alt text in a Markdown rendering of a page (html2text, markdownify, Pandoc's Markdown).

A Markdown converter prints every picture of a page as ``![alt](url)``: the alt text of a story's picture is its
caption, often with the credit at its end in brackets (``![Jane Doe at the fair \\(AP Photo/John Roe\\)](…)``), that
of a logo, an icon or a promotion the page's furniture, that of an avatar the author's name, that of a story list's
picture the card's headline. None of it is the story's text. The format's own mark says where the alt text is, so no
shape of the words is asked: an image whose alt text holds a letter or a digit is reported (an empty ``![](url)`` is
the format, nothing left behind). A link's text (``[text](url)``, no ``!``), headings and bullets are not images.
html2text also glues a picture's ``<figcaption>`` right after its markup (``![alt](url)Jane Doe at the fair.``): the
words there are reported where they repeat the alt text's first words or end with a credit in brackets.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from newslint import regexcache
from newslint.model import Article
from newslint.rule import Finding, Rule, Severity, Trigger, quote

_OPEN = "!["  # what every Markdown image opens with (a memchr-cheap pre-test: most texts hold none)
# an image's alt text up to the ``](`` that opens its address: escaped characters (html2text's ``\\(``, ``\\]``) and
# line breaks (html2text wraps at 78 columns) inside it, no bracket that is not escaped
_IMAGE = regexcache.compile(r"!\[((?:[^\[\]\\]|\\.)*)\]\(")
# a credit in brackets at the alt text's end, escaped (html2text) or not: '(AP Photo/Jane Doe)', '\(Jane Doe/Herald\)'
_CREDIT_END = regexcache.compile(r"\\?\((?:[^()\\]|\\[^()])*\\?\)\s*\Z")
_CREDIT_WORDS = ("photo", "/", "via ", "courtesy", "getty", "reuters", "afp", "ap ", "file", "credit", "handout",
                 "pool", "images", ":")
_SHORT = 4  # words of an alt text at most that a logo's, an icon's or an avatar's is
# the rest of an image after its alt text: the address (html2text wraps it over lines) and a title in quotes
_ADDRESS = regexcache.compile(r'[^)"\s]*(?:\n[^)"\s]+)*(?:\s+"[^"]*")?\)')
_GLUED_WORDS = 60  # words of a caption printed right after its picture, at most
_GLUED_CHARACTERS = 12 * _GLUED_WORDS  # and characters
_STOPS = ".,;:!?"  # a copied word's stop may differ from the alt text's
_GLUED_ENDS = ("\n\n", _OPEN, "[")  # where such a caption ends: the paragraph's end, the next picture or link
_COPIED = 3  # the alt text's first words a caption printed after it repeats, at least (all of a shorter one's)


def image_alt_texts(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the alt texts of ``text``'s Markdown images that hold a letter or a digit, white space at either
    end left out."""
    if _OPEN not in text:
        return
    for match in _IMAGE.finditer(text, text.find(_OPEN)):
        alt = match.group(1)
        if not any(map(str.isalnum, alt)):
            continue
        start = match.start(1) + len(alt) - len(alt.lstrip())
        end = match.end(1) - len(alt) + len(alt.rstrip())
        yield start, end


def _credit_at_end(text: str) -> bool:
    """Whether ``text`` ends with a picture's credit in brackets, escaped or not, after some words of its own."""
    credit = _CREDIT_END.search(text)
    return bool(credit) and credit.start() > 0 and any(word in credit.group().lower() for word in _CREDIT_WORDS)


def captions_after_images(text: str) -> Iterator[tuple[int, int, bool]]:
    """The captions a Markdown rendering prints right after a picture's markup, on its line (html2text: the
    ``<figcaption>`` glued to ``![alt](url)``, at most one space between): the words up to the paragraph's end or the
    next picture or link (``_GLUED_ENDS``) where they repeat the alt text's first ``_COPIED`` words (the copy's span), or end with a
    credit in brackets (all of them); ``_GLUED_WORDS`` words at most. With each span, whether it is a copy."""
    if _OPEN not in text:
        return
    for match in _IMAGE.finditer(text, text.find(_OPEN)):
        alt_words = match.group(1).replace("\\", "").split()
        address = _ADDRESS.match(text, match.end())
        if not alt_words or address is None:
            continue
        start = address.end() + (text[address.end():address.end() + 1] == " ")
        if not text[start:start + 1].isalnum():
            continue
        limit = min(start + _GLUED_CHARACTERS, len(text))
        end = min((found for found in (text.find(mark, start, limit) for mark in _GLUED_ENDS) if found >= 0),
                  default=limit)
        if end == start + _GLUED_CHARACTERS:
            continue  # (no end near: prose, not a caption; each image's search bounded)
        glued = text[start:end]
        words = glued.split()
        if len(words) > _GLUED_WORDS:
            continue
        copied = next((i for i, (a, b) in enumerate(zip(alt_words, words)) if a.rstrip(_STOPS) != b.rstrip(_STOPS)),
                      min(len(alt_words), len(words)))
        if copied >= min(_COPIED, len(alt_words)) and copied >= 2:
            position = 0
            for word in words[:copied]:
                position = glued.index(word, position) + len(word)
            yield start, start + position, True
        elif _credit_at_end(glued.rstrip()):
            yield start, start + len(glued.rstrip()), False


def _kind(alt: str) -> str:
    """What an alt text is to a reader of the message: a caption with its credit, a caption, or a short label."""
    if _credit_at_end(alt):
        return "a picture's caption and its credit"
    if len(alt.split()) <= _SHORT:
        return "a picture's alt text (a logo's, an icon's or an avatar's label, or a short caption)"
    return "a picture's caption"


class MarkdownImageText(Rule):
    code = "NL321"
    name = "markdown-image-text"
    severity = Severity.WARNING
    fallback = True  # a rule that names the line (a caption, a credit, furniture) reports it; this one the rest
    trigger = Trigger(_OPEN)
    summary = "A picture's alt text in a page's Markdown rendering: '![caption (credit)](url)' (a caption, credit or label)."
    bad = "The council met on Monday.\n\n![Jane Doe at the village fair \\(Photo/John Roe\\)](https://example.com/a.jpg)"
    good = "The council met on Monday.\n\n![](https://example.com/a.jpg)\n\nSee [the council's notes](https://example.com)."
    explanation = ("html2text, markdownify and Pandoc's Markdown print each picture of a page as '![alt](url)'. The "
                   "alt text of a story's picture is its caption, often with its credit in brackets at the end; a "
                   "logo's, an icon's or a promotion's is the page's furniture; an avatar's is its author's name; a "
                   "story list's picture repeats the card's headline. None is the story's text, and the format marks "
                   "it: every image whose alt text holds a letter or a digit is reported, once for each copy (a "
                   "lazy-loaded picture is printed twice). The words printed right after a picture's markup on its line "
                   "(html2text's caption glued to it) are reported where they repeat the alt text's first words or "
                   "end with a credit in brackets. An image without alt text, a link's text, headings and "
                   "bullets are the format and are left alone.")

    def check(self, article: Article) -> Iterable[Finding]:
        text = article.text
        for start, end in image_alt_texts(text):
            alt = text[start:end]
            yield self.finding(start, end, f"{_kind(alt)} left in the text: {quote(alt)}")
        for start, end, copy in captions_after_images(text):
            what = "its alt text's words (a caption, or the name or title beside the picture)" if copy \
                else "a caption with its credit"
            yield self.finding(start, end, f"{what} printed right after a picture: {quote(text[start:end])}")
