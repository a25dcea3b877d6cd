"""The headline a whole page's output prints over its story, below the site's menus: by convention no furniture, so
NL311 leaves it alone."""

from __future__ import annotations

from typing import Sequence

from newslint import regexcache
from newslint.furniture import _PAGE_HEAD, WEB_WORDS, content_words, prose_paragraph, story_extent
from newslint.lineshapes import BYLINE_LINE, MONTH_FIRST_DATE, timestamp_line
from newslint.rules.lines._shared import _HEADLINE_WORDS

_REACH = 24  # paragraphs above the story's first prose that the headline may stand (a byline, date, share bar, picture)
_WORDS = (4, 20)  # a headline's words, at least and at most
_SIGNED_WITHIN = 3  # lines under the headline within which its byline or date stands
# a line that opens on the page's date in full, a word or two after it ('May 06, 2022 News', 'June 5, 2019 by site 0')
_DATED = regexcache.compile(MONTH_FIRST_DATE + r"\b")
_DATED_WORDS = 8  # words of such a line at most
# a picture's name a text browser prints, lynx's number of its link before it, then text ('[48][a1b2…?s=96] By …')
_PICTURE_FIRST = regexcache.compile(r"^(?:\[\d+\])?\[[^\[\]\n]{1,80}\] ")
# a picture alone on its line: Markdown's, linked or not ('![alt](url)', '[![](url)](link)'), or the name a text
# browser prints for it ('[photo-1.jpg]', lynx's '[12][photo-1.jpg]')
_PICTURE_ALONE = regexcache.compile(r"\[?!\[[^\[\]]*\]\([^()]*\)(?:\]\([^()]*\))?|(?:\[\d+\])?\[[^\[\]\n]{1,80}\]")
_HOME_CRUMB = regexcache.compile(r"(?:\[\d+\])?(?:[*+•-][ \t]+)?Home(?:[ \t]*[/»›>|])?")  # a trail's first crumb
_NOT_LAST = (".", ",", ":", ";", ")", "]", "|")  # how a headline never ends (a caption's stop, a label's colon)


# a Markdown heading's marks ('# ', '## '), and Pandoc's attributes after it ('{#two-more-gunned-down .header}')
_HEADING_MARKS = regexcache.compile(r"^#{1,6}[ \t]+|[ \t]*\{#[^{}]*\}$")


def _heading_text(text: str) -> str:
    """``text`` (stripped) without a Markdown heading's marks and attributes ('# Ferry Fares Rise Again')."""
    return _HEADING_MARKS.sub("", text) if text[:1] == "#" else text


def _headline_shape(text: str) -> bool:
    """Four to twenty words ('State Capitol' over a picture is its caption), a capital first (after a quotation
    mark), not all in capitals, no link."""
    words = len(_HEADLINE_WORDS.findall(text))
    return _WORDS[0] <= words <= _WORDS[1] and text.lstrip("\"“‘'")[:1].isupper() and not text.isupper() \
        and not text.endswith(_NOT_LAST) and "http" not in text and "www." not in text and "@" not in text


def tells_the_story(text: str, story: frozenset[str]) -> bool:
    """``text`` holds two words of substance or more, half of which or more the story's prose (``story``, its
    words) uses: the story's headline, or a link to it."""
    words = content_words(text)
    return len(words) >= 2 and sum(w in story for w in words) * 2 >= len(words)


def _signed(texts: Sequence[str], index: int, boxed: bool = False) -> bool:
    """A byline or the page's date stands within ``_SIGNED_WITHIN`` lines under line ``index``, pictures alone on
    their lines not counted (a picture's caption,
    under the byline, has neither under it); ``boxed``: or among the first ``_SIGNED_WITHIN`` lines of one of those
    paragraphs (a text browser keeps the lines of a byline's box together: 'Jane Doe' / 'Oct 13, 2020', 'Features' /
    'By Jane Doe', 'Reuters' / 'Updated: …')."""
    under = [text for text in texts[index + 1:index + 1 + 2 * _SIGNED_WITHIN] if not _PICTURE_ALONE.fullmatch(text)]
    return any(_signature(text) or boxed and "\n" in text
               and any(map(_signature, text.split("\n", _SIGNED_WITHIN)[:_SIGNED_WITHIN]))
               for text in under[:_SIGNED_WITHIN])


def _signature(text: str) -> bool:
    """``text`` (a paragraph, or one of its lines, stripped) is a byline or the page's date, alone or with a word or
    two after it (its section, its site: ``_DATED``), also after the author's picture a text browser prints by its
    name in brackets ('[a1b2c3] By Jane Doe Last updated …')."""
    text = _PICTURE_FIRST.sub("", text.strip(), 1)
    return bool(BYLINE_LINE.match(text)) or text[:3].lower() == "by " or timestamp_line(text) \
        or _DATED.match(text) is not None and len(text.split()) <= _DATED_WORDS


def page_headline(texts: Sequence[str], shapes: Sequence[tuple[int, bool]]) -> int | None:
    """The line of a whole page (``texts``, their ``shapes``) that gives its story's headline, if any: the nearest line
    within ``_REACH`` above the story's first paragraph of prose (or the first of its extent), shaped like a headline,
    half of whose words of substance (two or more) the story's prose (its extent's and its first paragraph's) uses,
    signed under it (:func:`_signed`; its copies in the page's lists of links are the page's). Where no line is so
    signed above that paragraph, the nearest signed by a line of a paragraph under it (``_signed``'s ``boxed``), and
    of a headline and the longer standfirst under it, both so signed, the headline; only then the lines above the
    extent's first paragraph. An extract (its prose opening the text, see ``furniture.story_extent``) has none here."""
    extent = story_extent(texts, shapes)
    if extent[0] < _PAGE_HEAD:
        return None
    first = next((i for i in range(extent[0]) if prose_paragraph(texts[i], shapes[i][0])), extent[0])
    story = extent.words(texts, shapes).union(content_words(texts[first]))  # (and its opening's, above the extent)
    anchors = sorted({first, extent[0]})
    for anchor in anchors:
        for boxed in (False, True):
            for i in range(anchor - 1, max(-1, anchor - 1 - _REACH), -1):
                if signed_headline(texts, i, story, boxed):
                    return i - 1 if boxed and i > 0 and len(texts[i - 1]) < len(texts[i]) \
                        and signed_headline(texts, i - 1, story, boxed) else i
    return None


def headline_copies(texts: Sequence[str], index: int) -> list[int]:
    """The lines above the page's headline (line ``index`` of ``texts``) that give it again whole and alone, no
    headline-shaped line beside them (a list of other stories' headlines, a breadcrumb trail's sections) and none
    under the trail's first crumb ('Home', lynx's '[44]Home': the trail's last): the page's heading or <title> over its
    menus, by convention no furniture either."""
    headline = texts[index].strip()
    return [j for j in range(index) if texts[j].strip() == headline
            and not any(_listed_headline(texts[k].strip()) for k in (j - 1, j + 1) if 0 <= k < len(texts))
            and not (j and _HOME_CRUMB.fullmatch(texts[j - 1].strip()))]


def _listed_headline(text: str) -> bool:
    """Shaped like a headline, no word of the page's own (a share bar's 'Share on Facebook Share on Twitter')."""
    text = _heading_text(text)
    return _headline_shape(text) and WEB_WORDS.isdisjoint(content_words(text))


def signed_headline(texts: Sequence[str], index: int, story: frozenset[str], boxed: bool = False) -> bool:
    """Line ``index`` of ``texts`` (stripped) is the story's headline: shaped like one, telling the story (``story``:
    its prose's words), signed under it (:func:`_signed`, ``boxed`` as there)."""
    text = _heading_text(texts[index].strip())
    return _headline_shape(text) and tells_the_story(text, story) and _signed(texts, index, boxed)
