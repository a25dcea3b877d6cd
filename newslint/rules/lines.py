"""NL311–NL315: whole lines of a web page that an extractor kept (furniture, captions, bios, dates, bylines).

HTML extractors turn every block of a page into a line. The lines that are not the story
have shapes that carry from site to site: a run of short lines without sentence
punctuation (navigation), a line that is only a date, a byline, an author's bio at the
end, a caption just above its credit. These rules read the shape of a line and its
neighbours, not a list of phrases.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate
from operator import methodcaller
from typing import Iterable

from newslint import occurrences, regexcache
from newslint.fixes import delete_paragraph
from newslint.furniture import (_DATE, _FUNCTION, _LINK, _PROSE_WORDS, _WEB, _WEB_STRICT, FEATURES, MAX_WORDS,
                                features, furniture_score, has_evidence, shapes_of, story_extent, threshold)
from newslint.model import Article, Paragraph
from newslint.rule import Cues, Edit, Finding, Fix, Rule, Severity, Trigger, quote
from newslint.rules.boilerplate import (_AGENCY, _CREDIT, _HEADER_BYLINE, _NAME_WORD, _SPEECH, _TIMESTAMP,
                                       _boilerplate_shape)
from newslint.rules.extraction import _GlueSuspects

_QUOTES = "\"“‘'"
_SENTENCE_ENDS = tuple(".!?\"”’)")
_LIST_ITEM = regexcache.compile(r"[-–•*·] |\w[\w ,.'’-]{0,40} [-–] \w")  # an item of a list, or 'Drama - Featherboy'
_SHORT = 320  # characters: a longer paragraph is never a furniture line (furniture._LONG)
_UNWRAPPED = 100  # characters: a line this long was not wrapped by hand, it is a whole paragraph of its own

# for the rules' triggers (RE2 cues over the whole text, a superset of what each rule reports): every character
# Python's str.isspace() takes, which separate paragraphs in Article.text (RE2's \s is ASCII; any character beyond
# ASCII stands in for the few that are: a smaller automaton in the engine's set of every trigger), and the characters
# beyond ASCII that Python's re folds onto an ASCII letter under (?i) and RE2 does not ('İ', 'ı', 'ſ', Kelvin sign)
_ANY_SPACE = r"[\s\x0b\x1c-\x1f\x{80}-\x{10FFFF}]"
_FOLDED_LETTERS = r"[\x{130}\x{131}\x{17F}\x{212A}]"


class FurnitureLine(Rule):
    code = "NL311"
    name = "furniture-line"
    severity = Severity.WARNING
    fallback = True
    summary = "A short line of web page furniture (navigation, share or sign-up prompt, label, count) in the body."
    bad = "Home\nNews\nSport\nShare\nGothamist is funded by sponsors and member donations\n"
    good = "Right-wing resistance\nThe move has been met with resistance from Germany's far right.\n"
    explanation = ("A logistic model over the shape of a short line, trained on hand-labelled extractor output "
                   "(bench/train_furniture.py): length, sentence punctuation, function words, web vocabulary "
                   "(share, subscribe, comments…), separators, dates, links, a run of lines like it, position at "
                   "the start or end of the body. Subheadings, which are isolated and lack web vocabulary, stay. "
                   "The structure of the page is read too: the page's <title> ('Story - Site' whose site the page "
                   "names again), a breadcrumb trail ending in the headline, separators or a bare link alone on a line, headlines "
                   "each followed by a date, and a verbless phrase in sentence case between two paragraphs of prose "
                   "(a caption or a related story's headline), a pull quote (a sentence the text gives again, or in slightly "
                   "other words in a longer paragraph nearby), a "
                   "labelled link between paragraphs ('Read: …', 'VIDEO: …'), a heading with nothing under it at "
                   "the end, short labels beside other furniture. A wire story as the agency filed it (its body ends "
                   "with the signoff 'Reuter') has no page around it and is left alone.")

    def check(self, article: Article) -> Iterable[Finding]:
        paragraphs = article.paragraphs
        if not any(len(p.text) <= _SHORT for p in paragraphs) or _wire_copy(paragraphs):
            return
        texts = [p.text for p in paragraphs]
        if "\xad" in article.text:  # soft hyphens a page sets inside words ('PE\xadTER') split no word here
            texts = [text.replace("\xad", "") for text in texts]
        shapes = shapes_of(texts)
        extent = tables = None  # the story's extent, its tables and lists, found where the model first reads a line
        cut = threshold()
        section, title = _section_label(texts), _page_title(texts, article.text)
        if section or title:
            why = "section label before the headline" if section else "the page's title before the story"
            yield self._line(article, paragraphs[0], why)
        crumbs = _breadcrumbs(texts)
        flagged: set[int] = set()
        unflagged: list[int] = []  # short lines the model read and kept
        for i, paragraph in enumerate(paragraphs):
            text = paragraph.text
            if len(text) > _SHORT or i == 0 and (section or title) or i in crumbs.values():
                continue
            why = _page_structure(article, texts, i, crumbs)
            if why:
                flagged.add(i)
                yield self._line(article, paragraph, why)
                continue
            if shapes[i][0] > 8 and _prose(text, _lower_words_of(article, i)) or _LIST_ITEM.match(text) or text[0] in _QUOTES \
                    or _SPEECH.search(text) or _owned_elsewhere(text) or i < 2 and _headline_or_dek(texts, i) \
                    or _in_figures_table(texts, i) or _table_row(text) or _short_statement(text) or _subheading(texts, shapes, i) \
                    or _question_heading(texts, shapes, i) or _heading_between_prose(texts, shapes, i) \
                    or _reader_prompt(text, article.paragraph_words[i]) \
                    or i in article.shared("lines.live-entry-headings", _live_entry_headings):  # NL342 reports it
                continue
            if extent is None:
                extent = story_extent(texts, shapes)
                tables = _flattened_tables(texts, shapes) | _story_lists(texts, shapes, extent)
            if i in tables or extent[0] <= i < extent[1] and _heads_next_paragraph(texts, shapes, i):
                continue
            vector = features(texts, i, shapes, extent)
            if vector and has_evidence(vector) and not _plain_sentence(vector) and (score := furniture_score(vector)) >= cut:
                flagged.add(i)
                yield self._line(article, paragraph, f"page furniture in the body ({score:.2f})")
            elif vector:
                unflagged.append(i)
        if flagged:
            for i in _labels_beside_furniture(texts, shapes, flagged, unflagged):
                yield self._line(article, paragraphs[i], "a section label beside page furniture")

    def _line(self, article: Article, paragraph: Paragraph, why: str) -> Finding:
        """A finding on a whole line, with the (unsafe) fix that deletes it."""
        fix = delete_paragraph(article, paragraph, "delete the line")
        return self.finding(paragraph.start, paragraph.end, f"{why}: {quote(paragraph.text)}",
                            Fix(fix.edits, safe=False, description=fix.description))


def _labels_beside_furniture(texts: list[str], shapes: list[tuple[int, bool]], flagged: set[int],
                             candidates: list[int]) -> list[int]:
    """Short labels of the page ('Latest News', 'Tech') among ``candidates`` (lines the model kept) that sit beside
    page furniture (a line NL311 reported, a date, a byline, a credit) and head no prose: one to three capitalised words without a stop, not the first
    line (the headline), not followed by a paragraph of prose (a subheading announces one)."""
    found = []
    for i in candidates:
        text = texts[i]
        if i == 0 or not shapes[i][1] or len(text) > 40 or not 1 <= shapes[i][0] <= 3 \
                or not all(w[:1].isupper() or w[:1] == "&" for w in text.split()) or any(c.isdigit() for c in text):
            continue
        if i + 1 < len(texts) and shapes[i + 1][0] > 15 and (_prose(texts[i + 1]) or _story_sentence(texts[i + 1])):
            continue
        if any(j in flagged or 0 <= j < len(texts) and (_owned_elsewhere(texts[j]) or _credit_only(texts[j]))
               for j in (i - 1, i + 1)):
            found.append(i)
    return found


def _story_sentence(text: str) -> bool:
    """A paragraph that reads as a sentence of the story even when it speaks to the reader ('We are logging off for
    the night but will be back at seven.'): it ends like a sentence, holds two function words or more and no word
    that is rarely anything but the page's ('newsletter', 'subscribe')."""
    if not text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    words = [w.lower() for w in _HEADLINE_WORDS.findall(text)]
    return sum(w in _FUNCTION for w in words) >= 2 and _WEB_STRICT.isdisjoint(words)


_STEM = 5  # letters: 'closed' and 'close', 'councils' and 'council' match on their first five


def _content_stems(words: Iterable[str]) -> set[str]:
    """The first letters of the words of substance: four letters or more, neither a function word nor a word that is
    rarely anything but the page's."""
    lowered = (_POSSESSIVE.sub("", w.lower()) for w in words)
    return {w[:_STEM] for w in lowered if len(w) > 3 and w not in _FUNCTION and w not in _WEB_STRICT}


_POSSESSIVE = regexcache.compile(r"['’]s?$")


_HEADED_REACH = 30  # words: a heading's words come back in the opening of the paragraph it heads
_HEADED_CHARS = 400  # characters of that paragraph read for them (thirty words fit)


def _heads_next_paragraph(texts: list[str], shapes: list[tuple[int, bool]], index: int) -> bool:
    """A heading of the paragraph under it (a subheading, a live blog's entry heading: 'Council shares update on
    services' / 'The council gave an update on its services…'): a line with no word that is rarely anything but
    the page's and three words of substance or more (a name alone may be a byline over a bio), two of which, and
    half of them, come back in the opening of the next paragraph of prose (more than fifteen words, three function
    words or more in its opening; one short line, a name or a place, may stand between). A related story's headline
    names another story, whose words the paragraph under it does not take up."""
    words = _HEADLINE_WORDS.findall(texts[index])
    own = _content_stems(words)
    if len(own) < 3 or not _WEB_STRICT.isdisjoint(w.lower() for w in words):
        return False
    for j in (index + 1, index + 2):
        if j >= len(texts):
            return False
        if shapes[j][0] > 15:
            break
        if not shapes[j][1] or shapes[j][0] > 4:
            return False
    else:
        return False
    following = _HEADLINE_WORDS.findall(texts[j], 0, _HEADED_CHARS)[:_HEADED_REACH]
    if sum(w.lower() in _FUNCTION for w in following) < 3:
        return False
    shared = own & _content_stems(following)
    return len(shared) >= 2 and len(shared) * 2 >= len(own)


_TABLE_RUN = 8  # short lines: a shorter run is a card (an address, a phone number), not a table
_TABLE_ROWS = 4  # cells of a column of figures or addresses
_TABLE_REACH = 3  # paragraphs: a table of the story has its prose this near above and below (a title, a source between)
_CELL = 80  # characters: a longer line is no cell of a table
_CELL_ENDS = (".", "!", "?")  # a line ending so is a sentence, no cell ('Jane Doe (Lab)' is one)


def _flattened_tables(texts: list[str], shapes: list[tuple[int, bool]]) -> set[int]:
    """The lines of a table of the story that an extractor flattened one cell a line (members of parliament with
    their e-mail addresses, clubs with their points): a run of eight short lines or more without a final stop, in
    which a figure or an address comes back every second to sixth line (a column; see _column_of_values), with
    the story around it: a paragraph of twelve words or more ending like a sentence within three above the run, and a
    sentence of the story within three below it (a table or a list of the page, in a sidebar or at the foot, has
    furniture around it)."""
    found: set[int] = set()
    start = 0
    while start < len(texts):
        end = start
        while end < len(texts) and len(texts[end]) <= _CELL and not texts[end].rstrip().endswith(_CELL_ENDS):
            end += 1
        if end - start >= _TABLE_RUN and _column_of_values(texts[start:end]) \
                and any(shapes[k][0] >= _PROSE_WORDS and texts[k].rstrip().endswith(_SENTENCE_ENDS)
                        for k in range(max(0, start - _TABLE_REACH), start)) \
                and any(shapes[k][0] >= _PROSE_WORDS and _story_sentence(texts[k])
                        for k in range(end, min(len(texts), end + _TABLE_REACH))):
            found.update(range(start, end))
        start = end + 1
    return found


def _column_of_values(run: list[str]) -> bool:
    """A value (a figure or an e-mail address, not a date) comes back at one step of two to six lines, four times or
    more, three steps in four (a missing cell shifts the rows after it; it does not end the table), its rows making
    up three quarters of the run or more (not a widget among a menu: 'Politics', '2560'). Ranks counting
    up ('1', '2', '3' before the headlines of a list of the most read) are no column of values."""
    at = [k for k, text in enumerate(run) if _table_value(text)]
    steps = Counter(b - a for a, b in zip(at, at[1:]))
    if len(at) < _TABLE_ROWS or not steps:
        return False
    step, count = steps.most_common(1)[0]
    values = [run[k].strip() for k in at]
    ranks = sum(a.isdigit() and b.isdigit() and int(b) == int(a) + 1 for a, b in zip(values, values[1:]))
    return 2 <= step <= 6 and count * 4 >= (len(at) - 1) * 3 and len(at) * step * 4 >= len(run) * 3 \
        and ranks * 2 < len(values) - 1


_LIST_INTRO_WORDS = (3, 25)  # words of a sentence that introduces a list ('The winners were:')


def _story_lists(texts: list[str], shapes: list[tuple[int, bool]], extent: tuple[int, int]) -> set[int]:
    """A list of the story set one item a line ('The winners were:' / 'Jane Doe' / 'John Roe'): the short lines
    without a final stop right under a line of the story's extent that ends in a colon and reads as the story's
    (three to twenty-five words, two function words or more, none of the web page's or the reader's: not 'Share
    this article:', 'Web design by:'), and that line."""
    found: set[int] = set()
    first, last = extent
    for i in range(first, min(last + 1, len(texts) - 1)):
        intro = texts[i].rstrip()
        if not intro.endswith(":") or not shapes[i + 1][1] or i in found:
            continue
        words = [w.lower() for w in _HEADLINE_WORDS.findall(intro)]
        if not _LIST_INTRO_WORDS[0] <= len(words) <= _LIST_INTRO_WORDS[1] or not _WEB.isdisjoint(words) \
                or not _READER.isdisjoint(words) or sum(w in _FUNCTION for w in words) < 2:
            continue
        end = i + 1
        while end < len(texts) and shapes[end][1]:
            end += 1
        found.update(range(i, end))
    return found


_EMAIL = regexcache.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FIGURE_CELL = regexcache.compile(r"[-+−±]?[$£€]?\d[\d,.]*(?:%|[kmb]n?)?")


def _table_value(text: str) -> bool:
    """A cell that is an e-mail address or a figure ('42', '3.5%', '$1,200'), not a date or a time."""
    text = text.strip()
    return bool(_EMAIL.fullmatch(text) or _FIGURE_CELL.fullmatch(text) and not _DATE.search(text))


def _page_structure(article: Article, texts: list[str], index: int, crumbs: dict[int, int]) -> str | None:
    """Why the short line ``index`` is page furniture by the structure of the page around it, or None."""
    text = texts[index]
    if index in crumbs:
        return "a breadcrumb trail before the headline"
    if text.startswith(_LINK_STARTS) and _BARE_LINK.fullmatch(text):
        return "a bare link on its own line"
    if len(text) <= 2 and _PUNCTUATION_ONLY.fullmatch(text):
        return "a separator left on its own line"
    # a line that ends like a sentence is none of the captions, labelled links and headings below (each asks for a
    # line without a final stop; the first two read the paragraph's own text, which may keep a soft hyphen at its end)
    closed = text.rstrip().endswith(_SENTENCE_ENDS)
    if not closed or text is not article.paragraphs[index].text:
        if 2 <= index < len(texts) - 1 and _caption_between_prose(article, index):
            return "a caption or related headline between paragraphs"
        if 1 <= index < len(texts) - 1 and ": " in text and _labelled_link(article, index):
            return "a labelled link to another story between paragraphs"
    if _pull_quote(article.text, texts, index) and not _repeated_passage(article.text, texts, index):
        return "a pull quote: words the story gives again further on or before"
    if _reworded_pull_quote(article, texts, index):
        return "a pull quote: the story says most of it again in a longer paragraph"
    if closed:
        return None
    if index == len(texts) - 1 and _dangling_heading(texts):
        return "a heading with nothing under it at the end of the text"
    if (_related_headline(texts, index) or _list_heading(texts, index)) \
            and index not in article.shared("lines.live-entry-headings", _live_entry_headings):
        return "a headline of a list of related stories"
    return None


_READER = _WEB_STRICT | frozenset("you your yours our us we".split())
def _section_label(texts: list[str]) -> bool:
    """The body opens with a section name or kicker ('News', 'Storage', 'Article Header') and then the headline:
    one to three capitalised words without a stop, followed by a line of four to twenty words that does not
    end like a sentence, followed by more text."""
    if len(texts) < 3:
        return False
    label = texts[0].split()
    return 1 <= len(label) <= 3 and all(w[:1].isupper() for w in label) and texts[0].isprintable() \
        and not texts[0].rstrip().endswith(_SENTENCE_ENDS + (":",)) and not any(c.isdigit() for c in texts[0]) \
        and 4 <= len(texts[1].split()) <= 20 and not texts[1].rstrip().endswith(_SENTENCE_ENDS)


# a line of separators an extractor split off its links: '»' between breadcrumbs, ',' between tags
# a link an extractor kept from an embed (audio, a post, a share target): the whole line is the address
_BARE_LINK = regexcache.compile(r"(?:https?://|www\.)\S+")
_LINK_STARTS = ("http", "www.")  # how every _BARE_LINK starts
# ('.' alone is left to the stray-break rules: it is a sentence's stop cut off from its line)
_PUNCTUATION_ONLY = regexcache.compile(r"[,;:»«›‹>|/]+|Δ")  # Δ: the spam trap of a comment form (Akismet)


def _page_title(texts: list[str], text: str) -> bool:
    """The body opens with the page's <title>: a headline, a dash or bar, and a site name ('… - The Haitian
    Times', '… | South China Morning Post'; after a dash, only when the page names the site again further down),
    or the bare headline that the page gives again as a line of its own further down."""
    if len(texts) < 3 or len(texts[0]) > 200 or texts[0].rstrip().endswith(_SENTENCE_ENDS):
        return False
    if len(texts[0].split()) >= 4 and texts[0].strip() in (t.strip() for t in texts[2:]):
        return True  # the headline again, further down, after the page's head: the first is the <title>
    tail = _SITE_TAIL.search(texts[0])
    if not tail:
        return False
    site = tail.group().lstrip(" -–—|").strip()
    words = site.split()
    named_again = "|" in tail.group() or text.count(site, len(texts[0])) >= 1  # a headline never has a bar
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
        and len(texts[0].split()) - len(words) >= 4 and named_again


def _breadcrumbs(texts: list[str]) -> dict[int, int]:
    """Breadcrumb trails near the top, each mapped to the headline it ends in: a line of up to four words of
    sections ('Home / Local News /', 'Home Issues') followed by the headline, which a later line repeats on its own
    (the page's heading; the repeat is the story's headline and stays)."""
    found = {}
    for i in range(min(3, len(texts))):
        for j in range(i + 1, min(len(texts), i + 6)):
            headline = texts[j]
            if len(headline) >= 20 and texts[i].endswith(headline) and len(headline.split()) >= 4 \
                    and not headline.rstrip().endswith(_SENTENCE_ENDS) \
                    and 1 <= len(texts[i][:-len(headline)].split()) <= 5:
                found[i] = j
                break
    return found


def _subheading(texts: list[str], shapes: list[tuple[int, bool]], index: int) -> bool:
    """A subheading of the story ('INTRODUCTION', 'Rationale'): up to four words with no digit and no word of the
    web page, followed by a paragraph of prose (see _prose), not among the last lines (where a short line is an agency
    or a signature)."""
    text = texts[index]
    if index + 3 >= len(texts) or len(text.split()) > 4 or any(c.isdigit() for c in text):
        return False
    following = texts[index + 1]
    return shapes[index + 1][0] > 15 and _prose(following) \
        and _WEB.isdisjoint(w.lower() for w in _HEADLINE_WORDS.findall(text))


_HEADING_WORDS = 6  # a longer line between two paragraphs is a caption or a headline, for the checks that read them
# what a box of links between paragraphs names besides the web's words ('Most popular stories', 'Top headlines')
_PAGE_NOUNS = frozenset("most top latest news story stories article articles headlines videos picks".split())


def _heading_between_prose(texts: list[str], shapes: list[tuple[int, bool]], index: int) -> bool:
    """A subheading between two paragraphs of the story whose words of the web page are everyday ones ('Share prices
    fall', 'Home truths', 'Back to the drawing board'; a line with no word of the page is left to the model): two to
    six words without a stop or a digit, none that is rarely anything but the page's, most of them words of substance
    beyond the page's vocabulary, between a paragraph ending like a sentence and a sentence of the story (more than
    fifteen words each). A button alone ('Share', 'Read more') has no such word."""
    text = texts[index]
    if not 0 < index < len(texts) - 1 or shapes[index - 1][0] <= 15 or shapes[index + 1][0] <= 15 \
            or text.rstrip().endswith(_SENTENCE_ENDS + (":",)) or any(c.isdigit() for c in text):
        return False
    words = [w.lower() for w in _HEADLINE_WORDS.findall(text)]
    if not 2 <= len(words) <= _HEADING_WORDS or not _WEB_STRICT.isdisjoint(words):
        return False
    substance = [w for w in words if w not in _WEB and w not in _FUNCTION and w not in _PAGE_NOUNS and len(w) > 3]
    if _WEB.isdisjoint(words) or len(substance) * 2 < len([w for w in words if w not in _FUNCTION]):
        return False
    return texts[index - 1].rstrip().endswith(_SENTENCE_ENDS) and _story_sentence(texts[index + 1])


_QUESTION_WORDS = (2, 15)  # words of a question that heads a section ('What happens next?')


def _question_heading(texts: list[str], shapes: list[tuple[int, bool]], index: int) -> bool:
    """A question that heads a section of the story ('What happens next?', 'Who is affected?'): two to fifteen words
    ending in a question mark, in sentence case (a related story's headline capitalises every word: 'Do Parties Or
    Voters Choose Nominees?'), with no word that is rarely anything but the page's, over a paragraph of the story."""
    text = texts[index].rstrip()
    if not text.endswith("?") or index + 1 >= len(texts) or shapes[index + 1][0] <= 15:
        return False
    words = _HEADLINE_WORDS.findall(text)
    if not _QUESTION_WORDS[0] <= len(words) <= _QUESTION_WORDS[1] \
            or not words[0][:1].isupper() or all(w[:1].isupper() for w in words) \
            or not _WEB_STRICT.isdisjoint(w.lower() for w in words):
        return False
    return _story_sentence(texts[index + 1])


# the time of a live blog's entry alone, or glued to its author: '19:29', '14:05Gavin O'Callaghan' (not a page's
# date stamp, '21:22, 6 OCT 2020')
_CLOCK = regexcache.compile(r"\d{1,2}:\d{2}(?:[A-Z][\w'’. -]*)?")


def _live_entry_headings(article: Article) -> set[int]:
    """The entry headings of a live blog ('Council shares update on services', 'A plea from a Cork restaurant'): in
    a text with three or more lines that open with a clock time of the entry, a line of up to sixteen words without
    a final stop, not in capitals ('KEY EVENT' labels the page), with no word of the page or of the reader, right
    under a time or under the blog's author (a line of up to four capitalised words found under a time twice or
    more), and itself neither, not followed by a short label (a menu: 'News', 'Sport'). They are the story's
    headings."""
    paragraphs = article.paragraphs
    if article.text.count(":") < 3:
        return set()
    texts = [p.text.strip() for p in paragraphs]
    clocks = {i for i, text in enumerate(texts) if len(text) <= 40 and _CLOCK.fullmatch(text)}
    if len(clocks) < 3:
        return set()
    under_clocks = Counter(texts[i + 1] for i in clocks if i + 1 < len(texts) and len(texts[i + 1]) <= 40
                           and 1 <= len(texts[i + 1].split()) <= 4 and all(w[:1].isupper() for w in texts[i + 1].split()))
    authors = {i for i, text in enumerate(texts) if under_clocks[text] >= 2}
    found = set()
    for i in range(min(clocks), len(texts)):
        text = texts[i]
        if (i - 1 in clocks or i - 1 in authors) and i not in clocks and i not in authors and text \
                and len(text.split()) <= 16 and not text.endswith(_SENTENCE_ENDS) and not text.isupper() \
                and _READER.isdisjoint(w.lower() for w in _HEADLINE_WORDS.findall(text)) \
                and _WEB.isdisjoint(w.lower() for w in _HEADLINE_WORDS.findall(text)) \
                and not (i + 1 < len(texts) and i + 1 not in clocks and _short_label(texts[i + 1])):
            found.add(i)
    return found


def _short_label(text: str) -> bool:
    """One to three capitalised words without a stop ('Sport', 'Best of Cork' has a small word: it is not one)."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not text.endswith(_SENTENCE_ENDS)


_PULL_QUOTE_TRIM = " \t\"“”‘’'.,;:!?…"


def _pull_quote(whole: str, texts: list[str], index: int) -> bool:
    """A pull quote: a sentence of six to forty words whose words (quotes and end punctuation aside) stand in the
    ``whole`` text more often than the paragraph itself does, where the story says them (a page repeats a sentence in large type; a
    headline, which the page's title line holds too, does not end like a sentence)."""
    text = texts[index]
    if not text.endswith(_SENTENCE_ENDS):
        return False
    core = text.strip(_PULL_QUOTE_TRIM)
    if not 6 <= core.count(" ") + 1 <= 40 or len(core) < 20:
        return False
    # (from its second letter: the story may say it in mid-sentence, 'But unlike …'; a paragraph given twice whole,
    # or again further down at the head of a longer line (a caption that reuses the sentence: '… cheap imports
    # (pictured, …)'), is a repetition, not a pull quote; a teaser cut short, '…in 19 of 32...', is furniture either way)
    # (what follows its first word stands in every occurrence: asked first of the text's index, not by a scan of the
    # whole text for every line, which made a long page of short lines cost the square of its length)
    if not occurrences.of(whole).twice(core[core.index(" "):]):
        return False
    return whole.count(core[1:]) > texts.count(text) \
        and (text.endswith(("...", "…")) or not any(t != text and t.startswith(core) for t in texts[index + 1:]))


_REWORDED_SHARE = 0.7  # of a pull quote's word triples that a longer paragraph of the story holds too
_ECHO_SHARE = 0.5  # of a neighbour's word triples found elsewhere: the neighbour is part of a passage given twice
_REWORDED_REACH = 3  # paragraphs: a page sets a pull quote this near the paragraph that says it


def _reworded_pull_quote(article: Article, texts: list[str], index: int) -> bool:
    """A pull quote the page set in slightly other words than the story ('… thus indirectly facilitates …'): a
    sentence of eight to forty words, between two paragraphs half as long again or longer, most of whose word
    triples stand in a longer paragraph within three of it,
    while neither neighbour repeats another paragraph (a statement quoted and then printed in full repeats line
    after line). Two of three stretches of twenty characters spread over the line must stand in that paragraph
    before any word is counted."""
    text = texts[index]
    size = len(text)
    if not 0 < index < len(texts) - 1 or size < _PROBE * 3 or len(texts[index - 1]) < size * 1.5 \
            or len(texts[index + 1]) < size * 1.5 or not text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    first, middle, last = (text[at:at + _PROBE] for at in (size // 5, size // 2 - _PROBE // 2, size * 4 // 5 - _PROBE))
    for source in range(max(0, index - _REWORDED_REACH), min(len(texts), index + _REWORDED_REACH + 1)):
        other = texts[source]
        if len(other) > size and source != index and (middle in other and (first in other or last in other)
                                                       or first in other and last in other):  # two of the three
            break
    else:
        return False
    if not 8 <= len(article.paragraph_words[index]) <= 40:
        return False
    words_of = article.paragraph_words
    own = _triples(words_of[index])
    if not own or len(own & _triples(words_of[source])) < _REWORDED_SHARE * len(own):
        return False
    for j in (index - 1, index + 1):
        if 0 <= j < len(texts) and j != source and (echo := _triples(words_of[j])):
            if any(len(echo & _triples(words_of[k])) >= _ECHO_SHARE * len(echo)
                   for k in range(len(texts)) if k not in (j, index)):
                return False
    return True


_PROBE = 20  # characters of a line looked for again by _reworded_pull_quote


def _triples(words: list[str]) -> set[tuple[str, str, str]]:
    lower = [w.lower() for w in words]
    return set(zip(lower, lower[1:], lower[2:]))


_PASSAGE_PROBE = 40  # characters of a neighbouring paragraph looked for again
_PASSAGE_PARAGRAPH = 80  # a shorter neighbour (a heading, which the page title may repeat) proves nothing


def _repeated_passage(whole: str, texts: list[str], index: int) -> bool:
    """The line is part of a passage the text gives twice (a statement quoted, then printed in full below the
    story): a paragraph of prose beside it opens and closes with words that also stand elsewhere. A pull quote
    stands alone between paragraphs said once (a citation or a heading may recur; a whole paragraph does not)."""
    for j in (index - 1, index + 1):
        if 0 <= j < len(texts):
            near = texts[j].strip(_PULL_QUOTE_TRIM)
            if texts[j].rstrip().endswith(("...", "…")) or not texts[j].rstrip().endswith(_SENTENCE_ENDS):
                continue  # a teaser cut short ('…falling in 19 of 32...'), which a page lists twice, or a heading
            if len(near) >= _PASSAGE_PARAGRAPH and all(probe not in texts[index] and whole.count(probe) > 1
                                                       for probe in (near[1:_PASSAGE_PROBE], near[-_PASSAGE_PROBE:])):
                return True  # (its opening and its close both again; what it shares with the line is the quote's own)
    return False


# a label and a headline: 'Read: Two disasters are worse than one', 'RELATED: The 10 hairstyles of winter',
# 'Jane Doe: California is becoming unlivable' (a columnist's name before her headline)
_LABELLED_LINK = regexcache.compile(r"(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}): (?P<rest>[A-Z0-9\"“‘'][^:]+)")


def _labelled_link(article: Article, index: int) -> bool:
    """A link to another story that an extractor kept between two paragraphs of prose: one to three capitalised
    words, a colon, then a headline of four words or more that does not end like a sentence ('Read: …', 'VIDEO: …',
    'Jane Doe: …'). A question or a sentence after the label is an interview's or a list's, and stays."""
    text = article.paragraphs[index].text.rstrip()
    match = _LABELLED_LINK.fullmatch(text)
    if not match or len(text) > 160 or text.endswith(_SENTENCE_ENDS + tuple(",;-–—")) \
            or len(match.group("rest").split()) < 4 or match.group("label").lower() in _NOTE_LABELS:
        return False
    return all(len(article.paragraph_words[j]) > 15 and article.paragraphs[j].text.rstrip().endswith(_SENTENCE_ENDS)
               for j in (index - 1, index + 1))


def _dangling_heading(texts: list[str]) -> bool:
    """The text ends in a heading with nothing under it ('Recent Posts', 'The Verdict', 'Related'): one to four
    words, each capitalised or small, with no stop, no digit and no dash (a signoff '– Jane Doe' is NL315's),
    after a paragraph of prose (which may speak to the reader: a review's last words) or after a prompt of the site
    (NL342's: 'Read our Terms and Privacy Policy' / 'Recent Posts')."""
    text = texts[-1].strip()
    words = text.split()
    if len(texts) < 3 or not 1 <= len(words) <= 4 or text.endswith(_SENTENCE_ENDS + (",", ";")) \
            or any(c.isdigit() or c in "-–—/|@" for c in text) or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w in _CAPTION_STOPWORDS for w in words):
        return False
    before = texts[-2]
    return len(before.split()) > 15 and (_prose(before) or _story_sentence(before)) \
        or bool(_reader_prompt(before, _HEADLINE_WORDS.findall(before)))


def _list_heading(texts: list[str], index: int) -> bool:
    """The heading of such a list ('Recent Stories'): one to three words without a stop right above it."""
    text = texts[index]
    return index + 1 < len(texts) and len(text) <= 40 and 1 <= len(text.split()) <= 3 and not text.rstrip().endswith(_SENTENCE_ENDS) \
        and not _timestamp_line(text) and _related_headline(texts, index + 1)


def _related_headline(texts: list[str], index: int) -> bool:
    """A headline in a list of related stories, each followed by its date ('Council approves cameras' /
    'November 8, 2023 | 2:19 pm', twice or more in a row): a line without a final stop, between dates."""
    text = texts[index]
    if index + 1 >= len(texts) or len(text) > 160 or text.rstrip().endswith(_SENTENCE_ENDS) or _timestamp_line(text):
        return False
    if not _timestamp_line(texts[index + 1]):
        return False
    before = index >= 1 and _timestamp_line(texts[index - 1])
    after = index + 3 < len(texts) and _timestamp_line(texts[index + 3]) \
        and not texts[index + 2].rstrip().endswith(_SENTENCE_ENDS)
    return before or after


_HEADLINE_WORDS = regexcache.compile(r"[^\W\d_][\w'’-]*")


def _headline_or_dek(texts: list[str], index: int) -> bool:
    """The first line is the headline (see _headline_first); the second is its dek (standfirst) when the first
    is the headline and it is six words or more with no word of the web page, no date and no link."""
    if index == 0:
        return _headline_first(texts[0])
    return _headline_first(texts[0]) and _headline_first(texts[1]) and len(texts[1].split()) >= 6


def _headline_first(text: str) -> bool:
    """The body's first line is the story's headline when the extractor kept it ('Melissa charged with killing her
    mom'): four words or more, not in capitals, with no word of the web page, no date, no link and no site name
    after a dash or bar (the page's <title>: 'Family seeks funds - The Haitian Times')."""
    words = [w.lower() for w in _HEADLINE_WORDS.findall(text)]
    return len(words) >= 4 and not text.isupper() and _WEB.isdisjoint(words) \
        and not _DATE.search(text) and not _LINK.search(text) and not _SITE_TAIL.search(text)


# a line of a results table: 'Net 4,385,000 vs 5,792,000', 'Shr loss 12 cts vs profit 3 cts', 'Revs 2.1 mln vs 1.9 mln'
_FIGURES = regexcache.compile(r"\d(?:[\d,.]*\d)?%?(?: (?:mln|mn|billion|bln|cts|dlrs|pct|pence|p|stg))? vs\.? (?:[a-z]+ )?[$£€]?\d")


_FINITE = frozenset("is are was were has have had will would said says did does can could may might".split())
_LINKING = frozenset("remain remains remained stay stays stayed become becomes became seem seems seemed".split())
_WIRE_SIGNOFF = regexcache.compile(r"\s+(?:Reuter|REUTER|reuter)$")


def _wire_copy(paragraphs: list[Paragraph]) -> bool:
    """A wire story as the agency filed it (its body ends with the signoff 'Reuter'): no web page came near it,
    and its short lines are results tables, dividend dates and notes to editors."""
    if not paragraphs:
        return False
    last = paragraphs[-1].text.rstrip()  # (the signoff ends it: a search of a long last paragraph only where it may)
    return last.endswith(_WIRE_SIGNOFFS) and _WIRE_SIGNOFF.search(" " + last) is not None


_WIRE_SIGNOFFS = ("Reuter", "REUTER", "reuter")


def _short_statement(text: str) -> bool:
    """A short sentence of the story ('Terms were not disclosed.', a wire story's last line before 'Reuter'):
    four words or more ending in a full stop, with a finite or linking verb and no word of the reader or the web
    page, save an everyday one ('open', 'closed', 'popular') that ends the sentence as what a verb says of its
    subject ('All the libraries remain open.'); a date label ('updated') stays a word of the page."""
    text = _WIRE_SIGNOFF.sub("", text.rstrip())
    if not text.endswith(".") or text.count(" ") < 3:
        return False
    words = [w.strip(".,;:").lower() for w in text.split()]
    if _FINITE.isdisjoint(words) and _LINKING.isdisjoint(words) or not _READER.isdisjoint(words):
        return False
    web = [k for k, word in enumerate(words) if word in _WEB]
    return not web or web == [len(words) - 1] and words[-1] not in _STAMP_LABELS and words[-2] not in _WEB


def _table_row(text: str) -> bool:
    """A row of a table the extractor wrote in Markdown ('| Constituency | Member | Email |', '|---|---|'): the
    article's own table, whose header row is short and verbless like furniture."""
    text = text.strip()
    return len(text) > 2 and text[0] == "|" and text[-1] == "|" and text.count("|") >= 3


def _in_figures_table(texts: list[str], index: int) -> bool:
    """The line belongs to a table of figures (a wire story's results: its period and dividend lines
    'Nine mths', 'Pay April 16' stand between comparison lines), which is the story, not the page."""
    return any(_FIGURES.search(texts[j]) for j in range(max(0, index - 2), min(len(texts), index + 3)))


_SITE_TAIL = regexcache.compile(r"\s[-–—|]\s+[^-–—|\s][^-–—|]{1,38}$")


def _prose(text: str, lower_words: list[str] | None = None) -> bool:
    """A cheap test for a sentence with no word of the web page or of the reader (see _plain_sentence); a platform
    the story speaks of as a company (see _company) is no word of the page. ``lower_words``: the line's word tokens
    lower-cased, when known (a word of _READER with only _WORD_EDGES around it is one of them: the first look)."""
    if not text.rstrip().endswith(_SENTENCE_ENDS) or "@" in text or "www" in text or "http" in text:
        return False
    if lower_words is not None and _READER.isdisjoint(lower_words) \
            or _READER.isdisjoint(map(methodcaller("strip", _WORD_EDGES), text.lower().split())):  # most: no such word
        return True
    words = [w.strip(_WORD_EDGES) for w in text.split()]
    return not any(w.lower() in _READER and not w.isupper() and not _company(words, k) for k, w in enumerate(words))


# platforms a sentence of the story may name as companies, and the words before a platform where something is posted
_PLATFORMS = frozenset("facebook twitter instagram linkedin youtube whatsapp pinterest reddit".split())
_POSTED_ON = frozenset("on via at in to from".split())


def _company(words: list[str], k: int) -> bool:
    """``words[k]`` names a platform as a company the story speaks of ('Salesforce is battling Twitter'): capitalised,
    after the first word, not where something is posted ('on Facebook', 'via Twitter')."""
    return k > 0 and words[k][:1].isupper() and words[k].lower() in _PLATFORMS and words[k - 1].lower() not in _POSTED_ON


_WORD_EDGES = ".,;:!?\"”’'()"  # what _prose strips from a word (no letter lowers into one of them)


def _lower_words_of(article: Article, index: int) -> list[str]:
    """Paragraph ``index``'s word tokens lower-cased: its stretch of ``Article.lower_words``."""
    starts = article.shared("lines.word-starts", _word_starts)
    return article.lower_words[starts[index]:starts[index + 1]]


def _word_starts(article: Article) -> list[int]:
    """Where each paragraph's words start in ``Article.words`` (and where the last one's end)."""
    return list(accumulate(map(len, article.paragraph_words), initial=0))


def _owned_elsewhere(text: str) -> bool:
    """Lines that a rule of their own reports: NL310's shapes, timestamps (NL314), bylines (NL315)."""
    return bool(_boilerplate_shape(text) or len(text) <= 80 and _timestamp_line(text)
                or len(text) <= 90 and _BYLINE_LINE.fullmatch(text))


def _plain_sentence(vector: list[float]) -> bool:
    """A sentence of six words or more that speaks neither to the reader nor of the web page: prose."""
    named = dict(zip(FEATURES, vector))
    return bool(named["sentence_end"] and not named["short"] and not (named["web_dense"] or named["second_person"]
                                                                        or named["link"]))


# -- dates ----------------------------------------------------------------------------
_STAMP_WORDS = frozenset("""posted published updated update last latest modified written date on at am pm a p m
first ago second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks t z et pt ct mt
st nd rd th edt est cst cdt mst mdt pst pdt gmt bst utc cet cest ist jst aest sgt hkt monday tuesday wednesday
thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_STAMP_LABELS = frozenset("posted published updated update modified written".split())
_MONTHS = frozenset("""january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec""".split())
_TOKEN = regexcache.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")  # 'pmNovember' (two stamps glued) is two words
_NUMERIC_DATE = regexcache.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}|\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}\b)")
_AGO = frozenset("second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks".split())


def _timestamp_line(text: str) -> bool:
    """True when the line is only a page date or time, or only its label ('Posted on', '| UPDATED:')."""
    if len(text) > 80 or any(c in text for c in "?!\"“”'’"):
        return False
    tokens = _TOKEN.findall(text)
    if not tokens or len(tokens) > 14:
        return False
    lower = [t.lower() for t in tokens]
    if any(not t.isdigit() and t not in _STAMP_WORDS for t in lower):
        return False
    has_number = any(t.isdigit() for t in lower)
    if not has_number:
        return len(tokens) <= 3 and any(t in _STAMP_LABELS for t in lower)
    return any(t in _MONTHS for t in lower) or bool(_NUMERIC_DATE.search(text)) \
        or lower[-1] == "ago" and len(lower) <= 5 and not _AGO.isdisjoint(lower)  # 'Updated 2 hours ago'


def _stamp_closing_block(text: str) -> int | None:
    """Where the last line of a short block starts when it is only the page's date ('… top post - by Jane Doe' /
    'April 21, 2022'), under a line that ends in a name, a number or a stop rather than in the middle of a
    sentence ('… was announced on' / 'March 3, 2020.', a hard-wrapped sentence, stays), else None."""
    cut = text.rstrip().rindex("\n")
    line, above = text[cut + 1:].strip(), text[:cut].rstrip()
    if not line or line.endswith(".") or not _timestamp_line(line) or _TIMESTAMP.match(line):
        return None
    last_word = above.rsplit(None, 1)[-1] if above else ""
    if not last_word or not (last_word[0].isupper() or last_word[-1].isdigit() or last_word[-1] in ".!?|"):
        return None
    return cut + 1 + (len(text[cut + 1:]) - len(text[cut + 1:].lstrip()))


# a page's date and time glued to the next block of a page extracted without separators: 'April 14, 2022 | 2:12
# pmNo Covid deaths', 'Thursday, November 9, 2023 4:41AMEMBED' (the time's am/pm runs straight into a word or number)
_GLUED_STAMP = regexcache.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"[ ,|•·-]{0,4}(?:at )?\d{1,2}:\d{2}(?::\d{2})? ?(?:[ap]m|[AP]M)(?=[A-Z0-9])")
# a page's date glued to the last sentence of a dek or paragraph, with no space: '… its recovery?Monday, 6 January 2020'
_TRAILING_STAMP = regexcache.compile(
    r"[a-z][.!?\"”]((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} (?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December) \d{4}|(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December) \d{1,2}, \d{4}))$")
# what every glued stamp holds, searched in the whole article first (the colon, a rare character, leads the search)
_GLUED_STAMP_CUE = regexcache.compile(r":\d\d(?::\d\d)? ?(?:[ap]m|[AP]M)[A-Z0-9]")


class TimestampLine(Rule):
    code = "NL314"
    name = "timestamp-line"
    severity = Severity.WARNING
    summary = ("A line that is only a page date or time ('Apr. 26, 2022', 'Nov 8, 2023 / 04:43 PM CST'), or a date "
               "and time glued to the next block ('April 14, 2022 | 2:12 pmNo Covid deaths').")
    bad = "Posted on April 29, 2022\nThe ministry said on Tuesday…"
    good = "On April 29, 2022, the ministry said…"
    explanation = ("A paragraph made only of date and time words (months, weekdays, numbers, am/pm, time zones) "
                   "and page labels (Posted, Published, Updated), with a month or a numeric date, is the page's "
                   "timestamp, not the story. So is a full date and a clock time whose am/pm runs straight into the "
                   "next word or number, as BeautifulSoup's get_text() leaves a list of related stories.")

    def check(self, article: Article) -> Iterable[Finding]:
        if _GLUED_STAMP_CUE.search(article.text):
            yield from self._glued_stamps(article)
        for paragraph in article.paragraphs:
            text = paragraph.text
            if text[-1:].isdigit() and (tail := _TRAILING_STAMP.search(text, max(0, len(text) - 40))):
                start = paragraph.start + tail.start(1)
                yield self.finding(start, paragraph.end, f"page date glued after the last sentence: {quote(tail.group(1))}",
                                   Fix.replace(start, paragraph.end, "", safe=False, description="remove the date"))
                continue
            if len(text) <= 80 and _timestamp_line(text) and not _TIMESTAMP.match(text):  # NL331 has those
                yield self.finding(paragraph.start, paragraph.end, f"page timestamp line: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the timestamp line"))
            elif "\n" in text:  # a hard-wrapped paragraph: its first line may be the stamp
                line = text[:text.index("\n")].rstrip()
                if _timestamp_line(line) and not _TIMESTAMP.match(line):
                    yield self.finding(paragraph.start, paragraph.start + len(line),
                                       f"page timestamp line: {quote(line)}",
                                       Fix.replace(paragraph.start, paragraph.start + len(line), "", safe=False,
                                                   description="remove the timestamp line"))
                elif len(text) <= 400 and (at := _stamp_closing_block(text)) is not None:
                    start, end = paragraph.start + at, paragraph.start + len(text.rstrip())
                    yield self.finding(start, end, f"page timestamp line: {quote(text[at:].strip())}",
                                       Fix.replace(start, end, "", safe=False, description="remove the timestamp line"))

    def _glued_stamps(self, article: Article) -> Iterable[Finding]:
        """Stamps glued to the next block, except in a line that is only stamps (reported whole, here or by
        NL331 when it opens the paragraph)."""
        for paragraph in article.paragraphs:
            text = paragraph.text
            if len(text) <= 80 and _timestamp_line(text):
                continue
            opening = _TIMESTAMP.match(text)
            for match in _GLUED_STAMP.finditer(text):
                if opening and match.start() < opening.end():
                    continue
                start, end = paragraph.start + match.start(), paragraph.start + match.end()
                yield self.finding(start, end, f"page timestamp glued to the text: {quote(match.group())}",
                                   Fix.replace(start, end, " ", safe=False, description="remove the timestamp"))


# -- bylines --------------------------------------------------------------------------
# a name: two to four name words; the first may be initials written solid ('J.R. Stone', 'J.O. Haselhoef')
_PERSON = r"(?:" + _NAME_WORD + r"|[A-Z][A-Z'’-]+|(?:[A-Z]\.){2,3})(?: (?:" + _NAME_WORD + r"|[A-Z][A-Z'’.-]*)){1,3}"
_BYLINE_DATE = r"(?:,? (?:on |\| )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})?"
_ROLE_QUALIFIERS = "Staff|Senior|Chief|Political|Business|Special|Contributing|Foreign|Local|Associate|Managing"
_ROLE_NOUNS = "Reporter|Writer|Correspondent|Contributor|Editor|Columnist"
# a role after a byline's name, in capitals too ('JANE DOE, STAFF WRITER'), one or more ('Staff Writers')
_BYLINE_ROLE = (f"(?:(?:{_ROLE_QUALIFIERS}|{_ROLE_QUALIFIERS.upper()}) )?(?:{_ROLE_NOUNS}|{_ROLE_NOUNS.upper()})[sS]?")
_BYLINE_DAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
# a line that is only a role: 'Staff Reporter', 'Senior Aviation Business Editor' (not 'Letters To The Editor')
_ROLE_LINE = (r"(?:(?!(?:Dear|Letters?|To|The|Of|For|From|And|An?)\b)[A-Z][\w.'’-]+ ){0,4}"
              r"(?:Staff |Senior |Chief |Political |Business )?"
              r"(?:Reporter|Writer|Correspondent|Contributor|Editor|Columnist|Photographer|News Desk|Desk)")
_BYLINE_LINE = regexcache.compile(
    r"(?:[Bb]y:?"                                                  # an empty byline
    r"|(?:(?:Article|Story|Words|Written|Posted|Reported|Text|Contributed|Compiled) by|By|Author|Authors|Words|Text):? "
    + _PERSON + r"(?:(?:,| and| &) " + _PERSON + r")*(?: ?[-–—|,] ?" + _BYLINE_ROLE + r")?"  # By Jane Doe - Staff Writer
    r"\s?[|•·,:]?" + _BYLINE_DATE + r"(?: on)?"                     # By Jane Doe on March 3, 2021 ('on' / the date)
    r"|By [A-Z][A-Z.&'’-]+(?: [A-Z][A-Z.&'’-]+){4,7}"               # By U.S. CUSTOMS AND BORDER PROTECTION
    r"|" + _PERSON + r"(?: (?:and|&) " + _PERSON + r")?(?:,| [-–—|]) (?:" + _BYLINE_ROLE + "|" + _AGENCY + r")"  # Jane Doe, Staff Writer
    r"|" + _PERSON + r" [-–—] " + _BYLINE_DAY +                       # Jane Doe - Oct 13, 2020
    r"|[-–—] ?" + _PERSON +                                          # – David Dunkley
    r"|" + _PERSON + r" ?\|(?: ?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})?"   # Jane Doe | Outlet, ET Online|
    r"|" + _ROLE_LINE + r")\s*")
_ROLE_ONLY = regexcache.compile(_ROLE_LINE + r"\s*")
_GLUED_COLON_BYLINE = regexcache.compile(r"By " + _PERSON + r":(?= [A-Z])")
# a byline left at the end of a headline or caption line: 'Candidates to contest top post  - by Kareem Smith',
# '… from the water in Las Croabas. By U.S. CUSTOMS AND BORDER PROTECTION' (the second form only where it ends the
# paragraph: a hard-wrapped line may end on 'By Friday')
_DASH_BYLINE_TAIL = regexcache.compile(r"[ \t][-–—|][ \t]*[Bb]y:? (" + _PERSON + r")[ \t]*$", re.M)
_SENTENCE_BYLINE_TAIL = regexcache.compile(r"(?<=[.!?\"”’])[ \t]+By:? (" + _PERSON + r"(?: [A-Z][\w'’.-]*)*)\s*\Z")
_ROLE = regexcache.compile(r"\b(?:Reporter|Writer|Correspondent|Contributor|Desk)$")


class BylineLine(Rule):
    code = "NL315"
    name = "byline-line"
    severity = Severity.WARNING
    summary = "A byline line in the body: 'By', 'Article by Jane Doe', 'Jane Doe | Outlet', '– Jane Doe', 'Staff Reporter'."
    bad = "Article by Kareem Smith\nThe Democratic Labour Party has formally announced…"
    good = "The article by Kareem Smith was widely shared."
    explanation = ("A whole line that is a byline (with or without 'By', 'Author:' or 'Contributed by', a role such "
                   "as Staff Reporter, 'Jane Doe, Staff Writer', 'Jane Doe, Reuters', 'By Jane Doe on March 3, 2021', "
                   "an outlet after a bar, a dash before the name, 'Jane Doe - Reporter', 'Words: Jane Doe', 'by Jane "
                   "Doe' not ending a broken sentence; 'Article by' and the name on the next line, or the name over a "
                   "role line), 'By Jane Doe:' "
                   "glued before the first sentence, a name or agency alone beside the page's date at the top of the "
                   "body ('Jane Doe' / 'Oct 13, 2020'), a name over the author's e-mail address, or a byline ending "
                   "a headline or caption line ('… top post - by "
                   "Jane Doe', '… at the ramp. By JANE DOE'). The 'By Jane Doe | Reuters' form at the very start of "
                   "the body is NL332. A byline glued to the block before it by an extraction without separators "
                   "('… the high street.ByJane Doe Thursday, …') is reported where NL343 does not report the seam.")

    def check(self, article: Article) -> Iterable[Finding]:
        for i, paragraph in enumerate(article.paragraphs):
            text = paragraph.text
            if "By" in text:
                yield from self._glued_bylines(paragraph)
            if "\xad" in text:
                text = text.replace("\xad", "")  # soft hyphens a page sets in names ('PE\xadTER')
            tail = _byline_tail(text) if len(text) <= 400 and not text.rstrip().endswith(_SENTENCE_ENDS) else None
            if tail:
                start, end = paragraph.start + tail.start(1), paragraph.start + tail.end(1)
                yield self.finding(start, end, f"byline left at the end of a line: {quote(tail.group(1))}",
                                   Fix.replace(paragraph.start + tail.start(), end, "", safe=False,
                                               description="remove the byline"))
                continue
            if "\n" in text and len(text) <= 90:
                text = " ".join(text.split())  # 'Article by' / 'Kareem Smith': one byline broken over two lines
            if len(text) > 90:
                if i < 3 and text.startswith("By ") and (glued := _GLUED_COLON_BYLINE.match(text)):
                    end = paragraph.start + glued.end()
                    yield self.finding(paragraph.start, end, f"byline glued to the text: {quote(glued.group())}",
                                       Fix.replace(paragraph.start, end + 1, "", safe=False,
                                                   description="remove the byline"))
                continue
            if len(text) <= 120 and _IMAGE_BY_LINE.fullmatch(text.strip()):
                yield self.finding(paragraph.start, paragraph.end, f"photo credit line in the body: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the credit"))
                continue
            if _after_lone_by(article, i):
                yield self.finding(paragraph.start, paragraph.end, f"byline name in the body: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the byline"))
                continue
            if _name_beside_date(article.paragraphs, i):
                yield self.finding(paragraph.start, paragraph.end, f"byline beside the page's date: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the byline"))
                continue
            if 0 < article.text.count("@") <= _BYLINE_EMAILS and _name_over_email(article.paragraphs, i):
                yield self.finding(paragraph.start, paragraph.end, f"byline above the author's e-mail: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the byline"))
                continue
            candidate = text  # 'by Jane Doe' on a line of its own, not the end of a sentence broken over two lines:
            if text.startswith("by ") and (i == 0 or article.paragraphs[i - 1].text.rstrip().endswith(_SENTENCE_ENDS)):
                candidate = "B" + text[1:]
            if not _BYLINE_LINE.fullmatch(candidate) or _quoted_list_item(article, i):
                continue
            if i < 2 and _HEADER_BYLINE.fullmatch(text):
                continue  # NL332 reports it
            yield self.finding(paragraph.start, paragraph.end, f"byline line in the body: {quote(text)}",
                               delete_paragraph(article, paragraph, "delete the byline"))


    def _glued_bylines(self, paragraph: Paragraph) -> Iterable[Finding]:
        """Bylines glued to the block before them by get_text() without a separator (see _GLUED_BYLINE). A word
        glued to 'By' and a name ('BerryessaByJ.R. Stone') is a seam NL343 or NL102 reports, and a finding here
        would hide NL343's."""
        text = paragraph.text
        for match in _GLUED_BYLINE.finditer(text):
            before = text[match.start() - 1] if match.start() else ""
            if before in _BEFORE_GLUED_BY and not (before.isalpha() and text[match.start() + 2:match.start() + 3] != " "):
                start, end = paragraph.start + match.start(), paragraph.start + match.end()
                yield self.finding(start, end, f"byline glued to the block before it: {quote(match.group())}",
                                   Fix.replace(start, end, "", safe=False, description="remove the byline"))


# a byline glued to the block before it (get_text() without a separator) and followed by the page's date or the
# line's end: '… lewd actByAlex Bozarjian Thursday, November 9, 2023', '… Lake BerryessaByJ.R. Stone Thursday'
_GLUED_BYLINE = regexcache.compile(
    r"By ?" + _PERSON + r"(?= (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\.? \d)|[ \t]*$)", re.MULTILINE)
_BEFORE_GLUED_BY = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.!?\"”’)")


def _byline_tail(text: str) -> re.Match | None:
    """A byline at the end of a headline or caption line of ``text`` (see _DASH_BYLINE_TAIL), looked for in a
    paragraph that does not end like a sentence (a name ends it, or a line after it) and says 'by'."""
    if "by" not in text and "By" not in text:
        return None
    return _DASH_BYLINE_TAIL.search(text) or _SENTENCE_BYLINE_TAIL.search(text)


_LONE_BY = regexcache.compile(r"(?:(?:Article|Story|Words|Written|Posted|Reported|Text) by|[Bb]y|BY):?")
_PERSON_LINE = regexcache.compile(_PERSON + r"\s*")


def _after_lone_by(article: Article, index: int) -> bool:
    """A name alone on the line after a lone 'by' or 'Article by', or above a role alone (the two halves of a byline
    an extractor split: 'by' / 'Jane Doe', 'Jane Doe' / 'Senior Editor')."""
    paragraphs = article.paragraphs
    if not _PERSON_LINE.fullmatch(paragraphs[index].text):
        return False
    return index > 0 and _LONE_BY.fullmatch(paragraphs[index - 1].text.strip()) is not None \
        or index + 1 < len(paragraphs) and _bare_name(paragraphs[index].text.strip()) \
        and _ROLE_ONLY.fullmatch(paragraphs[index + 1].text) is not None


_BYLINE_HEAD = 4  # paragraphs: a byline block opens the body
_NAME_LINE_MAX = 40  # characters


def _bare_name(text: str) -> bool:
    """The line is only a person's name: name words, none of them a function word or a word of the page ('Video
    Gallery'), no 'By'."""
    if not _PERSON_LINE.fullmatch(text) or text.startswith("By "):
        return False
    words = [word.lower() for word in text.split()]
    return _FUNCTION.isdisjoint(words) and _WEB.isdisjoint(words)


def _name_beside_date(paragraphs: list[Paragraph], index: int) -> bool:
    """A byline without 'By' in the block that opens the body: a line that is only a person's name ('Jane Doe') or
    an agency ('Reuters'), directly above or below a line that is only the page's date ('Oct 13, 2020')."""
    text = paragraphs[index].text.strip()
    if index >= _BYLINE_HEAD or len(text) > _NAME_LINE_MAX or not (_AGENCY_LINE.fullmatch(text) or _bare_name(text)):
        return False
    return any(0 <= j < len(paragraphs) and _timestamp_line(paragraphs[j].text) for j in (index - 1, index + 1))


_BYLINE_EMAILS = 3  # '@' in a text: more is a list of names and addresses (a table of MPs), or a page's links


def _name_over_email(paragraphs: list[Paragraph], index: int) -> bool:
    """An author's name on a line of its own (in capitals or not) directly above or below an e-mail address whose
    local part holds the name's last word: 'Jane Doe' / 'jane.doe@example.com' (in a text of few '@': see the
    caller)."""
    text = paragraphs[index].text.replace("\xad", "").strip()
    if len(text) > _NAME_LINE_MAX or not (_PERSON_LINE.fullmatch(text) or _CAPS_NAME.fullmatch(text)):
        return False
    surname = text.split()[-1].lower()
    for j in (index - 1, index + 1):
        if 0 <= j < len(paragraphs) and "@" in (line := paragraphs[j].text.replace("\xad", "").strip()) \
                and " " not in line and len(surname) >= 3 and surname in line.partition("@")[0].lower():
            return True
    return False


def _quoted_list_item(article: Article, index: int) -> bool:
    """A line of a list of names (signatories, cast) rather than a lone byline: a neighbour has the same shape."""
    text = article.paragraphs[index].text
    if text.startswith(("By", "Article", "Story", "Written", "Posted")) or _ROLE.search(text):
        return False
    neighbours = [article.paragraphs[j].text for j in (index - 1, index + 1) if 0 <= j < len(article.paragraphs)]
    return any(_BYLINE_LINE.fullmatch(n) for n in neighbours)


# -- author bios and contact lines ----------------------------------------------------
_BIO = regexcache.compile(r"(?:" + _PERSON + r")?\s*" + _PERSON + r"(?<![’']s) (?:[Ii]s (?:[Aa]|[Aa]n|[Tt]he)\b|writes\b|covers\b|has (?:been )?"
                  r"(?:writing|reporting|covering|written|reported)\b|was previously\b|joined\b)")
_BIO_ROLE = regexcache.compile(r"\b(?:reporter|editor|writer|correspondent|journalist|columnist|author|contributor|"
                       r"freelance|producer|photographer|intern|founder|consultant|writing|covers|covering)\b", re.I)
_CONTACT = regexcache.compile(r"(?:To reach|To contact|Contact|Email|Reach) the (?:reporter|author|editor|writer|journalist)s?\b")
# a contact line that names the author (asked only of a paragraph with an address in it)
_CONTACT_BY_NAME = regexcache.compile(r"(?:Contact|Reach|Email|E-mail|Write to) " + _PERSON + r" (?:at|via|on) \S+@"
                                      r"|" + _PERSON + r" can be (?:reached|contacted|emailed|e-mailed) (?:at|via|on) \S+@")


_HONORIFIC = regexcache.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof|Professor)\.? ")
_NAME_OPENS = regexcache.compile(_PERSON + r"(?<![’']s) [a-z]")
_PRONOUN_BIO = regexcache.compile(r"[.!?] (?:He|She|They) (?:has (?:been )?(?:writing|reporting|covering|written|reported|worked)|"
                          r"is (?:a|an|the)|writes|covers|joined|was previously)\b")


def _bio_by_pronoun(text: str) -> bool:
    """'Alice Wu fell down the rabbit hole of politics aged 12 … She has been writing about local politics for the
    Post since 2008.': a name opens the paragraph and a later sentence says what he or she writes or is."""
    if len(text) > 600 or not _NAME_OPENS.match(text) or _REPORTED.search(text):
        return False
    pronoun = _PRONOUN_BIO.search(text)
    return bool(pronoun) and bool(_BIO_ROLE.search(text, pronoun.start(), pronoun.end() + 120))


_JOURNALIST = regexcache.compile(r"\b(?:reporter|journalist|correspondent|columnist|editor|writer|freelance|contributor)s?\b",
                                 re.I)
_AUTHOR_BOX = 400  # characters: a longer paragraph is the story's
_BIO_HEAD = 60  # characters: a name opens the bio


def _author_box_above(article: Article, paragraph: Paragraph) -> bool:
    """A bio of the author in the first lines ('Jane Doe is a freelance journalist based in …'): a short paragraph
    that opens as a _BIO does, then calls the person a journalist of some kind, and names someone the rest of the
    text never names again (a story's lead about a reporter goes on speaking of her)."""
    text = paragraph.text
    opening = text[:_BIO_HEAD].split(None, 2)
    if len(text) > _AUTHOR_BOX or len(opening) < 3 or not opening[1][:1].isupper():
        return False  # (a name opens a bio: its second word has a capital)
    bio = _BIO.match(text)
    if bio is None or "'s" in bio.group() or "’s" in bio.group() or not _JOURNALIST.search(text, bio.end()):
        return False
    surname = _PERSON_LINE.match(text).group().split()[-1]
    return len(surname) > 2 and not any(surname in p.text for p in article.paragraphs if p is not paragraph)


def _bio_above(text: str) -> bool:
    """An author's bio in the first lines (or all an extractor kept of the page): see _bio_by_pronoun."""
    return ("He " in text or "She " in text or "They " in text) and _bio_by_pronoun(text)


class AuthorBio(Rule):
    code = "NL313"
    name = "author-bio"
    severity = Severity.WARNING
    summary = "An author's bio or contact line left at the end of the body."
    bad = "…to the police.\n\nRamsey Khalifeh is a general assignment reporter on the NYC Accountability desk."
    good = "…to the police.\n\nKhalifeh, a reporter, said the desk would follow up."
    explanation = ("In the last four paragraphs: a paragraph that opens with a name followed by "
                   "'is a/the …' (or 'Is A …' in title case), 'writes', 'covers' and speaks of a reporter, editor, "
                   "writer, author…, with the name line above it that heads an author box; or a 'Contact the "
                   "author' / 'To reach the reporter' / 'Reach Jane Doe at jdoe@…' / 'Jane Doe can be reached at …' "
                   "line; or such a bio as the last line of a block whose line breaks an extractor kept. In the first two "
                   "paragraphs: a bio told through a pronoun, or a short bio of a journalist whom the rest of the text "
                   "never names again.")

    def check(self, article: Article) -> Iterable[Finding]:
        paragraphs = article.paragraphs
        # the end of the body: the last four paragraphs, or its last third where a page's menus follow the story
        first_edge = min(len(paragraphs) - 4, len(paragraphs) * 2 // 3)
        above = [p for p in paragraphs[:2] if _bio_above(p.text) or _author_box_above(article, p)]  # above the story
        for paragraph in above:
            yield self.finding(paragraph.start, paragraph.end, f"author bio in the body: {quote(paragraph.text)}",
                               delete_paragraph(article, paragraph, "delete the author bio"))
        for i, paragraph in enumerate(paragraphs):
            if i < first_edge or i == 0 or above and paragraph in above:
                continue
            text = paragraph.text
            if _CONTACT.match(text) or "@" in text and _CONTACT_BY_NAME.match(text):
                why = "contact line"
            elif _HONORIFIC.match(text):
                continue  # 'Mr Forsyth is a wonderful writer': a bio gives the full name
            elif _is_bio(text):
                why = "author bio"
            else:
                if "\n" in text and i == len(paragraphs) - 1:
                    yield from self._bio_line(paragraph)
                continue
            name = paragraphs[i - 1]
            if why == "author bio" and len(name.text) <= 40 and _PERSON_LINE.fullmatch(name.text) \
                    and text.startswith(name.text.strip()):  # the name heading an author box: 'Jane Doe' / 'Jane Doe is …'
                yield self.finding(name.start, name.end, f"author's name above the bio: {quote(name.text)}",
                                   delete_paragraph(article, name, "delete the author's name"))
            yield self.finding(paragraph.start, paragraph.end, f"{why} in the body: {quote(text)}",
                               delete_paragraph(article, paragraph, f"delete the {why}"))

    def _bio_line(self, paragraph: Paragraph) -> Iterable[Finding]:
        """The bio that ends the body as the last line of a block whose line breaks an extractor kept between the
        page's paragraphs (its other lines too long to be a hard wrap)."""
        body, _, last = paragraph.text.rstrip().rpartition("\n")
        if max(map(len, body.split("\n"))) > _UNWRAPPED and not _HONORIFIC.match(last) and _is_bio(last):
            start = paragraph.start + len(body) + 1
            yield self.finding(start, start + len(last), f"author bio in the body: {quote(last)}",
                               Fix.replace(start - 1, start + len(last), "", safe=False,
                                           description="delete the author bio"))


def _is_bio(text: str) -> bool:
    """A paragraph that opens with a name followed by 'is a/the …', 'writes', 'covers' … and speaks of a reporter,
    editor, writer, author …, or that a later sentence says so of the person it opens with (_bio_by_pronoun)."""
    return len(text) < 900 and (bio := _BIO.match(text)) is not None and not re.search(r"[’']s\b", bio.group()) \
        and _BIO_ROLE.search(text[bio.end():bio.end() + 120]) is not None or _bio_by_pronoun(text)


# -- captions -------------------------------------------------------------------------
_LABEL_CAPTION = regexcache.compile(r"(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}): (?P<text>[A-Z][^:!?]{2,120})")
_PROSE = frozenset("the a an is are was were has have had will would said says that this it he she they we".split())
_SENTENCE_BREAK = regexcache.compile(r"[.!?][\"”’]?\s+[A-Z]")
_CAPS_NAME = regexcache.compile(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,2}")


# a credit that is only an agency, or agencies: 'PA', 'AFP via Getty', 'Scottish SPCA/PA', 'Reuters'
_AGENCY_LINE = regexcache.compile(r"(?:(?:[A-Z][\w&'’.-]* ){0,2}[A-Z][\w&'’.-]*\s?/\s?)?" + _AGENCY
                                  + r"(?:\s?(?:/|via)\s?" + _AGENCY + r")*(?:/[\w.-]+)?")  # 'Shutterstock/jdoe'
# a credit line that names the picture: 'Featured image by Jane Doe/The Example Post.', 'Photo courtesy of Jane Doe'
_IMAGE_BY_LINE = regexcache.compile(r"(?:(?:Featured|Top|Lead|Header|Cover|Hero) )?(?:[Ii]mage|[Pp]hoto|[Pp]hotograph|[Pp]icture"
                                    r"|[Ii]llustration)s? (?:by|courtesy of|via) (?:[A-Z][\w'’.-]*|de|van|von|da|of|the)"
                                    r"(?: (?:[A-Z][\w'’.&-]*|de|van|von|da|of|the)){0,5}(?: ?/ ?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4})*\.?")


# credit lines in the other forms pages print: '(Getty Images)', 'Courtesy of the artist', 'Photo courtesy of the Doe
# family', 'Submitted photo', 'Staff photo by Jane Doe', 'Provided by the Doe family', 'Credit...Jane Doe for The
# Example Times', 'Jane Doe for The Example Post', 'Jane Doe/Staff', 'Jane Doe/The Example Globe via Getty Images'
_OTHER_CREDIT_LINE = regexcache.compile(
    r"[(\[]" + _AGENCY + r"(?:\s?(?:/|via|and)\s?" + _AGENCY + r")*[)\]]"
    r"|(?:(?:Photo|Image|Picture)s? )?[Cc]ourtesy(?: of)? [\w&'’.,-]+(?: [\w&'’.,/-]+){0,6}"
    r"|(?:Staff|File|Submitted|Contributed|Supplied|Provided|Handout) (?:photo|image|picture|photograph)s?"
    r"(?: by [A-Z][\w'’.-]*(?: [\w'’.&/-]+){0,5})?"
    r"|Provided by (?:the )?[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,5}"
    r"|Credit\.{2,3} ?[A-Z][^\n]{1,60}"
    r"|" + _PERSON + r" for The [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}"
    r"|" + _PERSON + r" ?/ ?(?:Staff(?: [Pp]hotographer)?|The [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?: via Getty Images)?")


def _caption_over_credit_line(paragraphs: list[Paragraph], index: int) -> bool:
    """A short paragraph of two lines, a caption and its credit ('Best-selling hate.' / 'Shutterstock/jdoe'); at the
    end of the text, a sentence over an agency's name is the story's last line and its signoff."""
    text = paragraphs[index].text
    if len(text) > 400 or text.count("\n") != 1:
        return False
    caption, credit = text.split("\n")
    if not _credit_only(credit.strip()) or not 1 <= len(caption.split()) <= 30:
        return False
    return index < len(paragraphs) - 1 or not caption.rstrip().endswith(_SENTENCE_ENDS)


_SLIDE_WORDS = 120  # a gallery's caption may run to a few sentences; a longer paragraph is the story's
_GALLERY_CREDITS = 3  # credit lines in a text that make it a gallery


def _gallery_slide(paragraphs: list[Paragraph], credits: list[bool], index: int) -> bool:
    """A slide of a photo gallery run into the text (its caption is above a credit line, as the caller checked):
    the paragraph above is the previous slide's credit or this slide's date, the text holds three or more credit
    lines, and the caption is a paragraph of one line of at most 120 words (and four or more); a slide's caption may hold several
    sentences ('… in Madrid. Shops reopened on Monday after …'), which the short caption test turns away."""
    if index == 0 or credits.count(True) < _GALLERY_CREDITS or "\n" in paragraphs[index].text:
        return False
    above = paragraphs[index - 1].text
    return (credits[index - 1] or _timestamp_line(above)) and len(paragraphs[index].text.split()) <= _SLIDE_WORDS


def _signoff(paragraphs: list[Paragraph], index: int) -> bool:
    """The agency's name alone as the text's last line, after a sentence: the signoff of a wire story, no credit."""
    return index == len(paragraphs) - 1 and bool(_AGENCY_LINE.fullmatch(paragraphs[index].text.strip())) \
        and paragraphs[index - 1].text.rstrip().endswith(_SENTENCE_ENDS)


_CREDIT_LENGTH = 80  # characters: a longer line is never a credit alone


def _credit_only(text: str) -> bool:
    """True when the line is a photo credit and little else (Mike Blake/Reuters files, NICOLE DRAYTON)."""
    if len(text) > _CREDIT_LENGTH:
        return False
    if "\xad" in text:
        text = text.replace("\xad", "")  # soft hyphens a page sets in names ('NI\xadCOLE')
    if _CAPS_NAME.fullmatch(text):
        return not any(w.lower() in _WEB or w.lower() in _PROSE for w in text.split())
    if _AGENCY_LINE.fullmatch(text.strip()) or _IMAGE_BY_LINE.fullmatch(text.strip()) \
            or _OTHER_CREDIT_LINE.fullmatch(text.strip()):
        return True
    match = _CREDIT.search(text)
    return bool(match) and len(match.group().strip()) * 10 >= len(text) * 6


def _caption_before_credit(text: str) -> int | None:
    """Where the credit starts when the paragraph is a caption ending in a credit NL320 does not know, else None."""
    if len(text) > 700 or not any(h in text for h in _CREDIT_TAIL_HINTS) \
            and not (text.rstrip().endswith(")") and "/" in text[-60:]):
        return None
    tail = _CREDIT_TAIL.search(text)
    if not tail or tail.start() <= 15 or len(text) > 400 and not tail.group("labelled"):
        return None  # (a caption that names its credit 'Credit:' may run long: agency captions do)
    return tail.start()


def _credited_title(title: str) -> bool:
    """The first line, taken for the title, is a caption that names its credit ('… phenomenon.Credit: Jane Doe/AFP',
    '… in 2009. (Jane Doe/AFP/Getty Images)'): a headline never does (its 'Courtesy Of …' in title case may be words
    of the headline)."""
    if title.rstrip().endswith(")") and "/" in title[-60:]:  # '… in 2009. (Jane Doe/AFP/Getty Images)'
        tail = _CREDIT_TAIL.search(title)
        return bool(tail and tail.start() > 15 and title[tail.start()] == "(")
    tail = _CREDIT_TAIL.search(title) if "redit" in title else None
    return bool(tail and tail.group("labelled") and tail.start() > 15)


_CREDIT_TAIL_HINTS = ("Courtesy", "FILE", "Photo via", "redit")  # one is in every _CREDIT_TAIL but the bracketed one
# the credit a caption ends in: '(FILE)', 'Courtesy Louvre', 'Photo via X', '…California.  Image Credit: NASA/Bill Ingalls'
# (or glued to its last sentence: '…phenomenon.Credit: Ou Dongqu/Xinhua'), a photographer and outlet in brackets
# after the caption's last sentence: '… on sex trafficking. (Matt Stone/Boston Herald)'
_CREDIT_TAIL = regexcache.compile(r"(?:\(FILE\)|Courtesy(?: of)? [A-Z][\w .'’-]{1,40}|Photo via [A-Z][\w .'’-]{1,40}"
                          r"|(?<=[.!?])(?P<labelled>\s?\s?(?:(?:Image|Photo|Picture) )?[Cc]redit:\s?[A-Z][\w .'’/&-]{1,50})"
                          r"|(?<=[\w.!?\"”] )\((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ ?/ ?[A-Z][\w&'’. -]{1,40}\))"
                          r"\W*$")


class CaptionLine(Rule):
    code = "NL312"
    name = "caption-line"
    severity = Severity.WARNING
    summary = "A photo caption left in the body: the line above a credit, a line ending in a credit, 'Name: role.'"
    bad = "Staff wait outside the closed supermarket.\nNICOLE DRAYTON\nHowever, he noted…"
    good = "Staff waited outside the closed supermarket, he said.\nHowever, he noted…"
    explanation = ("Captions sit beside their credit: a paragraph directly above a credit-only line (in a gallery, "
                   "where the line above is the previous slide's credit or this slide's date, a caption of a few "
                   "sentences), the paragraph under an image viewer's prompt ('Enlarge Image') or an embedded "
                   "player's code, a first line ending in 'Credit: …', a portrait's caption (a name of the story with a "
                   "dangling dash, 'Jane Doe -', or after a description, 'Dead hunter, Jane Doe.'), an artist's work "
                   "('Jane Doe: Title, 2022', or the same name heading two such lines), a short paragraph saying where someone stands in the picture "
                   "('Jane Doe, left, …', 'From left: …') or opening with an agency's caption formula ('FILE - In "
                   "this … file photo, …', 'This photo provided by … shows …'), or a short "
                   "paragraph whose last words are a credit (Photo: Jane Doe, (FILE), Courtesy Louvre, "
                   "(Jane Doe/The Herald), a 'Credit:' glued to the last stop), a caption over a credit that is only "
                   "an agency ('PA', 'AFP via Getty'; not the signoff ending a wire story), lines among the "
                   "story's paragraphs that do not end like a sentence (two or more in a text: one may be a "
                   "sentence that lost its stop; not headings in title case, nor lines that report speech). A short "
                   "'Label: noun phrase.' line with a capitalised label and no verb of prose is a caption too "
                   "(not a note: 'NOTE:', 'Editor's note:', 'Correction:'). A wire story as filed (ending with "
                   "the signoff 'Reuter') carries no pictures and is left alone. Inside a block whose lines are too "
                   "long to be a hard wrap (an extractor kept the page's line breaks), lines are read one by one; "
                   "inside a block of prose whose pieces readability joined with wide spaces, a piece of six words or "
                   "more that does not end like a sentence is a caption.")

    def check(self, article: Article) -> Iterable[Finding]:
        paragraphs = article.paragraphs
        if _wire_copy(paragraphs):
            return  # no photo came with it: its 'NOTE: …' lines and tables are the story's
        unstopped = _unstopped_captions(article)
        hinted = any(map(article.text.__contains__, _CREDIT_TAIL_HINTS))  # a paragraph holds one only where the text does
        if article.title and _credited_title(article.title.value):
            start, end = article.title.span.start, article.title.span.end
            yield self.finding(start, end, f"photo caption (with its credit, as the first line): {quote(article.title.value)}",
                               Fix.replace(start, end, "", safe=False, description="delete the caption"))
        credits = [len(p.text) <= _CREDIT_LENGTH and _credit_only(p.text) for p in paragraphs]  # each asked once
        pictured = tuple(article.distinct_words & _PICTURE_TOKENS)  # the paragraphs that hold one of these are asked
        media = not _MEDIA_TOKENS.isdisjoint(pictured)
        for i, paragraph in enumerate(paragraphs):
            text = paragraph.text
            if len(text) > 700 and "\n" in text:
                yield from self._captions_inside(paragraph)
            if len(text) > _SPACED_BLOCK and "  " in text:
                for start, end in _spaced_captions(text):
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       f"photo caption (set apart by wide spaces): {quote(text[start:end])}",
                                       Fix.replace(paragraph.start + start, paragraph.start + end, "", safe=False,
                                                   description="delete the caption"))
            if len(text) > 700 or credits[i]:
                continue
            if i in unstopped:
                yield self._caption(article, paragraph, paragraph, "a line without a final stop among the story's paragraphs")
                continue
            if media and (why := _under_media_furniture(paragraphs, i)) is not None:
                yield self._caption(article, paragraph, paragraph, why)
                continue
            if len(text) <= _NAME_LINE_MAX and _portrait_caption(article, text):
                yield self._caption(article, paragraph, paragraph, "a portrait's caption: a name of the story")
                continue
            if i + 1 < len(paragraphs) and credits[i + 1] and not _signoff(paragraphs, i + 1) \
                    and not _name_beside_date(paragraphs, i + 1) and len(text.split()) >= 4 \
                    and (len(text.split()) <= 45 and len(_SENTENCE_BREAK.findall(text)) <= 1
                         or _gallery_slide(paragraphs, credits, i)):
                yield self._caption(article, paragraph, paragraphs[i + 1], "above its credit")
            elif (hinted or text.rstrip().endswith(")")) and _caption_before_credit(text) is not None:
                yield self._caption(article, paragraph, paragraph, "with its credit")
            elif pictured and _described_picture(text, pictured) and not _CREDIT.search(text):  # (with a credit, NL320's)
                yield self._caption(article, paragraph, paragraph, "it describes the picture")
            elif "\n" in text and _caption_over_credit_line(paragraphs, i):
                yield self._caption(article, paragraph, paragraph, "with its credit on the next line")
            elif ": " in text and _label_caption(text):
                yield self._caption(article, paragraph, paragraph, "'label: caption' form")
            elif ": " in text and len(text) <= _NAMED_WORK_LENGTH and _named_work(article, text):
                yield self._caption(article, paragraph, paragraph, "'artist: work' form")
            elif "\n" in text:
                yield from self._captions_inside(paragraph)

    def _captions_inside(self, paragraph: Paragraph) -> Iterable[Finding]:
        """The caption lines inside a block whose line breaks an extractor kept (found by the function _caption_lines)."""
        text = paragraph.text
        for start, end, why in _caption_lines(text):
            at = paragraph.start + start
            yield self.finding(at, paragraph.start + end, f"photo caption ({why}): {quote(text[start:end])}",
                               Fix.replace(at, paragraph.start + end + 1, "", safe=False,
                                           description="delete the caption"))

    def _caption(self, article: Article, paragraph: Paragraph, last: Paragraph, why: str) -> Finding:
        """The caption from ``paragraph`` to ``last`` (its credit line, when that stands apart), deleted whole:
        deleting the caption alone would leave the credit under the paragraph before it, a caption in turn."""
        shown = article.text[paragraph.start:last.end].strip()
        edits = [edit for p in {paragraph.index: paragraph, last.index: last}.values()
                 for edit in delete_paragraph(article, p).edits]
        whole = Edit(min(e.start for e in edits), max(e.end for e in edits), "")
        return self.finding(paragraph.start, paragraph.start + len(shown), f"photo caption ({why}): {quote(shown)}",
                            Fix((whole,), safe=False, description="delete the caption"))


# what a page sets beside a picture or a video, never the story: an image viewer's prompt ('Enlarge Image', 'click
# to enlarge'), an embedded player's code ('<iframe … ></iframe>')
_VIEWER_PROMPT = regexcache.compile(r"(?i:(?:click (?:here )?to |tap to )?(?:enlarge|expand|zoom(?: in)?)"
                                    r"(?: (?:the )?(?:image|photo|picture))?)")
_PROMPT_INITIALS = frozenset("cCtTeEzZ")  # the letters a _VIEWER_PROMPT starts with
_PROMPT_OPENING = regexcache.compile(_VIEWER_PROMPT.pattern + r"(?:[ \t]{2,}|\n)(?=\S)")  # 'click to enlarge   Jane Doe …'
_EMBED_CODE = "<iframe"
_MEDIA_CAPTION_WORDS = 60  # a longer paragraph under the prompt or the player is the story's


def _under_media_furniture(paragraphs: list[Paragraph], index: int) -> str | None:
    """Why the paragraph is the caption of the picture or video the page set above it, else None: it comes
    directly under an image viewer's prompt or an embedded player's code (or opens with the prompt, the page's
    spacing after it), has two to sixty words, not all in capitals, and a paragraph follows it."""
    text = paragraphs[index].text
    above = paragraphs[index - 1].text if index else ""
    if above.startswith(_EMBED_CODE) and above.rstrip().endswith(">"):
        why = "under an embedded player's code"
    elif len(above) <= 30 and above[:1] in _PROMPT_INITIALS and _VIEWER_PROMPT.fullmatch(above.strip()):
        why = "under an image viewer's prompt"
    elif text[:1] in _PROMPT_INITIALS and _PROMPT_OPENING.match(text):
        why = "after an image viewer's prompt"
    else:
        return None
    if index + 1 >= len(paragraphs) or not 2 <= len(text.split()) <= _MEDIA_CAPTION_WORDS or text.isupper():
        return None  # (a label in capitals under the prompt is the page's next section: 'KEYWORDS')
    return why


# what only a caption says: where someone stands in the picture ('Jane Doe, left, and …', '(second right)', 'From
# left: …'), or the agencies' caption formulas ('FILE - In this Jan. 3, 2020, file photo, …', 'This photo provided
# by … shows …', 'In this photo taken on …') ('(pictured)' is not one: the Daily Mail sets it in story sentences)
_PICTURE_WORDS = regexcache.compile(
    r", (?:(?:second |far |top |bottom |back |front )?(?:left|right)|centre|center)(?:,| and\b)"
    r"|\((?:(?:second |far |top |bottom |back |front |from )?(?:left|right)|centre|center|L-R|l-r|inset)[,)]"
    r"|^(?:From left|L-R|Left to right|Clockwise from top(?: left)?)[:,] "
    r"|^FILE\s?[-–—] |\b[Ii]n this (?:undated |handout |file |\w+\.? \d{1,2}, \d{4},? (?:file )?)?(?:photo|image|picture)(?![\w-])"
    r"|^This (?:undated |handout |file )?(?:photo|image|picture|video (?:grab|image|still)) (?:provided|released|taken|made "
    r"available|obtained|shows)\b")
# a word of the article's that a paragraph of _PICTURE_WORDS, an image viewer's prompt or an embedded player's code
# holds (asked of the article's distinct words, which other rules have computed)
_MEDIA_TOKENS = frozenset("Enlarge enlarge ENLARGE Expand expand EXPAND Zoom zoom ZOOM iframe".split())  # (the media's)
_PICTURE_TOKENS = frozenset("left right centre center inset L-R l-r Clockwise FILE photo image picture".split()) | _MEDIA_TOKENS

_PICTURE_WORDS_MAX = 50  # words: a longer paragraph is the story's
_PICTURE_CHARACTERS = 650  # a paragraph this long has more than fifty words


def _described_picture(text: str, words: tuple[str, ...]) -> bool:
    """A caption among the story's paragraphs that says where someone stands in the picture or opens with an agency's
    caption formula (see _PICTURE_WORDS): at most fifty words, two sentences, no quotation or reported speech.
    ``words``: the article's words of _PICTURE_TOKENS (the paragraph holds one, or it is none)."""
    if len(text) > _PICTURE_CHARACTERS or not any(map(text.__contains__, words)):
        return False
    return len(text.split()) <= _PICTURE_WORDS_MAX and len(_SENTENCE_BREAK.findall(text)) <= 1 \
        and _PICTURE_WORDS.search(text) is not None and _REPORTED.search(text) is None


_NAME_AND_DASH = regexcache.compile(r"(" + _PERSON + r") ?[-–—]\s*")


# a description and the name: 'Dead hunter, Jane Doe.', 'Head teacher, Jane Doe'
_DESCRIBED_NAME = regexcache.compile(r"[A-Z][a-z'’-]+(?: [a-z][\w'’-]*){1,3}, (" + _PERSON + r")\.?")


def _portrait_caption(article: Article, text: str) -> bool:
    """A portrait's caption: a line that is only the name of someone the story speaks of (its last word is found
    elsewhere in the text) and a dash, the credit the page left out ('Jane Doe -'), or after a description of a few
    words with no verb or pronoun ('Dead hunter, Jane Doe.')."""
    text = text.strip()
    if text[-1:] in "-–—":
        match = _NAME_AND_DASH.fullmatch(text)
    elif ", " in text and (match := _DESCRIBED_NAME.fullmatch(text)) is not None:
        description = text[:text.index(", ")].lower().split()
        match = match if _CLAUSE_WORDS.isdisjoint(description) else None
    else:
        return False
    return match is not None and article.text.count(match.group(1).split()[-1].rstrip(".")) >= 2


_NAMED_WORK = regexcache.compile(r"(" + _PERSON + r"): ([A-Z][^.!?:;]{1,60}?)(, (?:19|20)\d\d)?")
_NAMED_WORK_LENGTH = 90  # characters


def _named_work(article: Article, text: str) -> bool:
    """The caption of a picture of someone's work: 'Jane Doe: Title of the Work, 2022', a name (not in capitals:
    'JANE DOE: …' is a speaker in a transcript), a title of at most eight words with no verb or pronoun and no final
    stop, and a year after it or the same name heading another such line of the text (a gallery of the artist's
    works; the subheadings of a profile do not repeat the name); a paragraph of the story's prose names the person,
    and the line holds no date ('Last Modified: Feb 18, 2020')."""
    match = _NAMED_WORK.fullmatch(text.strip())
    if match is None or match.group(1).isupper() or len(match.group(2).split()) > 8 \
            or not _CLAUSE_WORDS.isdisjoint(match.group(2).lower().split()) or _DATE.search(text):
        return False
    surname = match.group(1).split()[-1] + " "
    if not any(surname in p.text for p in article.paragraphs if _prose_paragraph(article, p.index)):
        return False  # the story never speaks of that person: a label of the page's ('Example Weather: …')
    return match.group(3) is not None or article.text.count(match.group(1) + ": ") >= 2


_CAPTION_STOPWORDS = frozenset("""a an the of in on at to for from with by and or as during after before near
over under into""".split())
_CLAUSE_WORDS = _FINITE | frozenset("i he she it we they you who which that".split())


def _caption_between_prose(article: Article, index: int) -> bool:
    """A caption or a related story's headline an extractor set between two paragraphs: seven to thirty words in sentence case (a word beyond the
    small ones in lower case: a heading capitalises them all), no final stop, no finite verb or pronoun (a
    phrase, not a sentence), and prose of more than fifteen words on both sides."""
    text = article.paragraphs[index].text
    if len(text) > 250 or not text[:1].isupper():
        return False
    words = text.split()
    if not 7 <= len(words) <= 30 or text.rstrip().endswith(_SENTENCE_ENDS + tuple(",;-–—")) \
            or any(c in text for c in ':?!"“”|'):
        return False
    bare = [w.strip(",;()'’").lower() for w in words]
    if not _CLAUSE_WORDS.isdisjoint(bare) \
            or all(w[:1].isupper() or b in _CAPTION_STOPWORDS for w, b in zip(words, bare)):
        return False
    if not all(len(article.paragraph_words[j]) > 15 and article.paragraphs[j].text.rstrip().endswith(_SENTENCE_ENDS)
               for j in (index - 1, index + 1)):
        return False
    # a subheading announces the paragraph under it: its words open that paragraph ('LVMH's involvement with
    # national treasures' / 'LVMH's most significant involvements…', 'Museum to close' / 'The museum will be closed…')
    opening = _content_stems(_HEADLINE_WORDS.findall(article.paragraphs[index + 1].text)[:25])
    return len(_content_stems(_HEADLINE_WORDS.findall(text)) & opening) < 2


_ENDS_LIKE_A_CLAUSE = frozenset(".!?\"”’)':,;|–—-")  # a line ending in one of these is no unstopped caption
_UNSTOPPED_REACH = 4  # paragraphs: a caption among the story has prose this near above and below
_PRONOUN_STARTS = frozenset("he she it they we i you this that these those there".split())


def _unstopped_captions(article: Article) -> set[int]:
    """Captions an extractor set among the story's paragraphs without their picture: lines of eight to sixty words
    in sentence case that do not end like a sentence, with prose (more than fifteen words, ending like a sentence)
    within four paragraphs above and below, two or more in the text (one such line may be a sentence that lost its
    stop). A line opening with a pronoun, reporting what someone said, holding a colon, a bar, a question or a
    quotation mark at its start, or in title case (a headline) is the story's, or a heading; so is a sentence broken
    over two lines (see _broken_sentence)."""
    paragraphs = article.paragraphs
    if len(paragraphs) < 4:
        return set()  # two lines, each with a paragraph above and below
    found = []
    for i, paragraph in enumerate(paragraphs):
        text = paragraph.text.rstrip()
        if not 0 < i < len(paragraphs) - 1 or not text or text[-1] in _ENDS_LIKE_A_CLAUSE or len(text) > 400 or "\n" in text or not text[:1].isupper() \
                or text.endswith(_SENTENCE_ENDS + tuple("':,;-–—|")) or any(c in text for c in "|?") or ": " in text:
            continue
        words = article.paragraph_words[i]
        if not 8 <= len(words) <= 60 or words[0].lower() in _PRONOUN_STARTS or "said" in words \
                or sum(w[:1].isupper() for w in words) * 10 >= len(words) * 6:
            continue
        if _broken_sentence(text, paragraphs[i + 1].text) or i in article.shared("lines.live-entry-headings",
                                                                                 _live_entry_headings):
            continue
        if any(_prose_paragraph(article, j) for j in range(max(0, i - _UNSTOPPED_REACH), i)) \
                and any(_prose_paragraph(article, j) for j in range(i + 1, min(len(paragraphs), i + 1 + _UNSTOPPED_REACH))):
            found.append(i)
    return set(found) if len(found) >= 2 else set()


def _broken_sentence(text: str, following: str) -> bool:
    """The line is a sentence broken in two (a page's hard line break): it ends in a small word ('…is the',
    '…of'), or it has more than twenty words and the next line goes on in lower case (under a headline, a teaser
    may open in lower case: 'by Jane Doe The unemployment rate…'). A caption ends in a noun or a name."""
    return text.rsplit(None, 1)[-1].lower() in _CAPTION_STOPWORDS or following[:1].islower() and text.count(" ") >= 20


def _prose_paragraph(article: Article, index: int) -> bool:
    return len(article.paragraph_words[index]) > 15 and article.paragraphs[index].text.rstrip().endswith(_SENTENCE_ENDS + ("'",))


# labels of the story's own notes, never of a picture: 'NOTE: Quarter ends January 31.'
_NOTE_LABELS = frozenset(("note", "notes", "nb", "editor's note", "editor’s note", "editors' note", "correction",
                          "clarification", "update"))


_WIDE_GAP = regexcache.compile(r"[ \t\xa0]{2,}|\n")
_UNSTOPPED_GAP = regexcache.compile(r"[a-z0-9][ \t\xa0]{2,}[A-Z\"“‘']")  # a piece ending without a stop, then a capital
_SPACED_BLOCK = 200  # characters: a shorter paragraph is no block of the story's prose
_SPACED_STOPS = 2  # sentences ending a piece ('.  '): fewer is a story with a stray double space, not a block of pieces
_SPACED_PROSE = 0.6  # of a block's pieces that end like a sentence: fewer is a menu or a list, not prose
_SPACED_WORDS = range(6, 61)  # a caption's words (a shorter piece is a subheading)


def _spaced_captions(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of the captions inside a block of prose whose pieces an extractor (readability) joined with wide
    spaces ('… the intrigue.     Oak barrels enhance the flavor  Perhaps no …'): a piece of six to sixty words that
    opens with a capital and does not end like a sentence, followed by another piece that opens with a capital or a
    quotation mark, in a block where most pieces end like sentences."""
    if text.count(".  ") < _SPACED_STOPS or _UNSTOPPED_GAP.search(text) is None:
        return  # (a story with a stray double space has no pieces; most blocks of pieces have no caption)
    pieces, at = [], 0
    for gap in _WIDE_GAP.finditer(text):
        if gap.start() > at:
            pieces.append((at, gap.start()))
        at = gap.end()
    if at < len(text):
        pieces.append((at, len(text)))
    if len(pieces) < 3 or sum(text[e - 1] in _SENTENCE_ENDS_CHARS for _, e in pieces) < _SPACED_PROSE * len(pieces):
        return
    for (start, end), (following, _) in zip(pieces, pieces[1:]):
        piece = text[start:end]
        if text[end - 1] not in _ENDS_LIKE_A_CLAUSE and piece[:1].isupper() and not piece.isupper() \
                and text[following] in _OPENS_A_SENTENCE and len(piece.split()) in _SPACED_WORDS:
            yield start, end


_SENTENCE_ENDS_CHARS = frozenset(_SENTENCE_ENDS)
_OPENS_A_SENTENCE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ\"“‘'")


def _caption_lines(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of the caption lines of a block whose line breaks an extractor kept between the page's
    paragraphs (a line too long to be a hard wrap): a line ending in a credit, or a 'Label: caption.' line between
    two such long lines."""
    lines, starts = text.split("\n"), [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    if max(map(len, lines)) <= _UNWRAPPED:
        return
    for k, line in enumerate(lines):
        end = starts[k] + len(line.rstrip())
        if _caption_before_credit(line) is not None and len(line) <= 400:
            yield starts[k], end, "with its credit"
        elif 0 < k < len(lines) - 1 and len(lines[k - 1]) > _UNWRAPPED and len(lines[k + 1]) > _UNWRAPPED \
                and _label_caption(line):
            yield starts[k], end, "'label: caption' form"


def _label_caption(text: str) -> bool:
    match = _LABEL_CAPTION.fullmatch(text.rstrip())
    if not match or len(text.split()) > MAX_WORDS // 2 or match.group("label").lower() in _NOTE_LABELS:
        return False
    words = [w.lower() for w in match.group("text").split()]
    return sum(w in _PROSE for w in words) == 0 and text.rstrip()[-1] in ".)"


# -- NL342: prose boilerplate addressed to the reader ------------------------------------------
# the page's own business: sign-up, paywall, cookies, comment policy, legal (not 'site' or 'email' alone)
_SITE_BUSINESS = regexcache.compile(
    r"(?i)\b(?:subscrib(?:e|ed|er|ers|ing)|subscriptions?|newsletters?|sign(?:ing)? up|sign in|log ?in|logged in|"
    r"cookies?|privacy policy|terms of (?:use|service)|terms (?:&|and) conditions|reprint\w*|copyright\w*|"
    r"all rights reserved|ad ?blockers?|notifications|(?:digital|unlimited) access|e-?mail us|click here|"
    r"community guidelines|letters? to the editor|unsubscribe|opt out|comments?|email address(?:es)?|"
    r"(?:our|this) (?:web)?site|advertise with us|follow us|(?:post|leave) a comment|"
    r"(?:advertising|affiliate|editorial) (?:disclosure|disclaimer|policy)|affiliate links?|"
    r"we (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation))\b")
# what every finding of NL342 holds: a name of _SITE_BUSINESS, its words parted by any white space (a prompt broken
# over lines is read with its lines joined by a space)
_SITE_BUSINESS_CUES = Cues(_SITE_BUSINESS.pattern.replace("(?i)", "(?i:", 1).replace(" ?", _ANY_SPACE + "*")
                           .replace(" ", _ANY_SPACE + "+") + ")|" + _FOLDED_LETTERS)
# cues that news prose also uses as verbs ('you can sign up for alerts at the store'): a prompt only with an
# imperative
# cues that address the reader by themselves
_ADDRESSING_CUES = frozenset("click here|email us|e-mail us|follow us|advertise with us".split("|"))
_VERB_CUES = frozenset("sign up|signing up|sign in|log in|login|logged in|notifications".split("|"))
# the comment section named alone: a comment policy only where the site speaks ('we', 'please')
_COMMENT_CUES = frozenset(("comment", "comments"))
_PLEASE = regexcache.compile(r"\b[Pp]lease\b")
_SOMEONES_COMMENTS = regexcache.compile(r"(?:\b(?:his|her|their|its)|\w['’]s?) comments?\b")  # remarks, not the section
_FIRST_PERSON = regexcache.compile(r"\b(?:I|me|my|mine|myself)\b|\bI[’'](?:m|ve|d|ll)\b")
_BUSINESS_HINTS = frozenset("""subscribe subscribed subscriber subscribers subscribing subscription subscriptions
newsletter newsletters sign signing log login logged cookie cookies privacy terms reprint reprints reprinting copyright
copyrighted rights adblocker blocker blockers notifications access email e-mail click guidelines editor
unsubscribe opt comment comments website site advertise follow advertising affiliate editorial commission
compensation""".split())
_YOU = regexcache.compile(r"(?i)\b(?:you|your|yours|you[’']re|you[’']ll|you[’']ve|please)\b")
_WE = regexcache.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
# a verb of the site's business opening a sentence or following a colon ('Enjoying this story? Subscribe …')
_IMPERATIVE = regexcache.compile(r"(?:^|[.!?:]\s+)(?i:sign|subscribe|join|click|visit|follow|read|submit|contact|enable|"
                         r"download|get|register|log|share|email|e-mail|support|donate|tap|watch|listen|leave|"
                         r"send|become|start|try)\b")
# the reader's consent to the site's terms ('By signing up, you agree to our …', 'I agree to receive the newsletter')
_CONSENT = regexcache.compile(r"\b(?:[Yy]ou|I) (?:agree|consent)\b")
# the reader told what to do with the comment section ('Use the comment form below', 'Join the conversation'), not 'Use
# of the park drew comments'
_COMMENT_ACTION = regexcache.compile(r"(?:^|[.!?:]\s+)(?i:use|join|read|leave|post|add|submit|share) (?:the|our|your|a)\b")
_REPORTED = regexcache.compile(r"[\"“”]|\b(?:said|says|told|according)\b")
_PROMPT_MAX = 700  # characters: a longer paragraph is a whole one-line article, not a prompt
_PROMPT_MIN_WORDS = 6  # a shorter line ('Subscribe', 'Log in') is furniture, NL311's
_LIST_START = regexcache.compile(r"[-–—•*·] |\d{1,2}[.)] ")


class ReaderPrompt(Rule):
    code = "NL342"
    name = "reader-prompt"
    severity = Severity.WARNING
    fallback = True  # quiet where a specific rule (NL302's newsletter promotion) reports the same sentences
    trigger = Trigger(pattern=_SITE_BUSINESS_CUES)
    summary = "A paragraph in which the site speaks to the reader about itself: sign-up, paywall, cookies, comment policy."
    bad = ("The council met on Monday.\n\nSign up and stay up to date with our free newsletter.\n\n"
           "This website uses cookies so that we can provide you with the best user experience.\n")
    good = "The council met on Monday.\n\nThe company said users could opt out of the newsletter.\n"
    explanation = ("Boilerplate that reads like a sentence: it names the site's own business (subscribing, a "
                   "newsletter, cookies, the privacy policy, the comment section, reprints) and addresses the "
                   "reader (you, your, please, an imperative such as 'Sign up', 'click here', 'follow us', or "
                   "'we'/'our' with two such names); three such names make a legal notice. Paragraphs that report "
                   "speech (quotation marks, said, told), list items and paragraphs longer than a prompt are left "
                   "alone; a short line ('Subscribe') is NL311's. A prompt an extractor broke into three to eight "
                   "short lines at its links is read as one paragraph.")

    def check(self, article: Article) -> Iterable[Finding]:
        if _BUSINESS_HINTS.isdisjoint(article.lower_words):
            return
        reported = set()
        for paragraph, words in zip(article.paragraphs, article.paragraph_words):
            business = _reader_prompt(paragraph.text, words)
            if business:
                reported.add(paragraph.index)
                text = paragraph.text
                start, end = _cue_sentences(text)
                fix = delete_paragraph(article, paragraph, "delete the paragraph")
                yield self.finding(paragraph.start + start, paragraph.start + end,
                                   f"the site speaks to the reader ({', '.join(sorted(business))}): {quote(text)}",
                                   Fix(fix.edits, safe=False, description=fix.description))
        for run in _fragment_runs(article.paragraphs):
            if reported.isdisjoint(run):
                yield from self._broken_prompt(article, run)

    def _broken_prompt(self, article: Article, run: list[int]) -> Iterable[Finding]:
        """A prompt an extractor broke into lines at its links ('please subscribe to' / 'The Times' / '. You
        can choose a' / '$60 Annual Subscription'): the run of fragments read as one paragraph."""
        paragraphs = [article.paragraphs[j] for j in run]
        text = " ".join(p.text for p in paragraphs)
        business = _reader_prompt(text, [w for j in run for w in article.paragraph_words[j]])
        if business:
            edits = [edit for p in paragraphs for edit in delete_paragraph(article, p).edits]
            whole = Edit(min(e.start for e in edits), max(e.end for e in edits), "")
            yield self.finding(paragraphs[0].start, paragraphs[-1].end,
                               f"the site speaks to the reader over {len(run)} broken lines "
                               f"({', '.join(sorted(business))}): {quote(text)}",
                               Fix((whole,), safe=False, description="delete the lines"))


_FRAGMENT = 80  # characters: a longer line is not a fragment of a sentence broken at its links


def _fragment_runs(paragraphs: list[Paragraph]) -> Iterable[list[int]]:
    """Runs of three to eight short lines that do not end like a sentence (the last may), one of them going on in
    lower case or with punctuation: one sentence or two that an extractor broke at every link or inline tag."""
    run: list[int] = []
    for paragraph in [*paragraphs, None]:
        text = paragraph.text if paragraph is not None else ""
        if paragraph is not None and len(text) <= _FRAGMENT:
            run.append(paragraph.index)
            if not text.rstrip().endswith(_SENTENCE_ENDS):
                continue
        if 3 <= len(run) <= 8 and any(not paragraphs[j].text[:1].isupper() for j in run[1:]):
            yield run  # (a line that goes on in lower case or with a stop: a sentence broken, not a menu)
        run = []


_SENTENCE_GAP = regexcache.compile(r"(?<=[.!?])\s+")


def _cue_sentences(text: str) -> tuple[int, int]:
    """The span of the sentences of ``text`` that name the site's business (the finding's span: a finding of
    another rule elsewhere in the paragraph does not silence this fallback, and does not bring it back once
    fixed)."""
    cues = [m.span() for m in _SITE_BUSINESS.finditer(text)]
    gaps = [m.span() for m in _SENTENCE_GAP.finditer(text)]
    start = max((e for s, e in gaps if e <= cues[0][0]), default=0)
    end = min((s for s, e in gaps if s >= cues[-1][1]), default=len(text.rstrip()))
    return start, end


def _reader_prompt(text: str, words: list[str]) -> set[str]:
    """The cues of NL342 when the paragraph ``text`` (its word texts ``words``) is a reader prompt, else an empty set."""
    if len(text) > _PROMPT_MAX or len(words) < _PROMPT_MIN_WORDS or _LIST_START.match(text) \
            or _BUSINESS_HINTS.isdisjoint(map(str.lower, words)) or _REPORTED.search(text):
        return set()
    return _prompt_cues(text)


def _prompt_cues(text: str) -> set[str]:
    """The names of the site's business in ``text`` when it also addresses the reader ('you'/'please' or an
    imperative or the reader's consent, 'you agree', or 'we'/'our' with two names; a verb-like cue alone, 'you can
    sign up', needs the imperative or the consent; 'click here' or 'follow us' address the reader themselves; the
    comments alone need 'we', 'please' or an action on them ('Use the comment form'), no 'I' of a reader's own comment and no one's remarks, 'the minister's comments'; three names make a legal notice), else an
    empty set."""
    business = {m.group().lower() for m in _SITE_BUSINESS.finditer(text)}
    if not business:
        return business
    if not business.isdisjoint(_ADDRESSING_CUES) or len(business) >= 3:
        return business  # 'click here to report', or the site's legal notice ('copyrighted … reprint … reprinting')
    imperative, we = bool(_IMPERATIVE.search(text)) or bool(_CONSENT.search(text)), bool(_WE.search(text))
    if business <= _VERB_CUES:
        return business if imperative else set()
    if business <= _COMMENT_CUES:  # the site says 'we'; a reader's own comment says 'I' ('I agree with his comments')
        return business if (we or _COMMENT_ACTION.search(text) or _PLEASE.search(text)) and not _FIRST_PERSON.search(text) \
            and not _SOMEONES_COMMENTS.search(text) else set()
    return business if _YOU.search(text) or imperative or len(business) >= 2 and we else set()


# -- blocks glued at their seam -----------------------------------------------------
# the words that open a sentence of prose or a byline, glued to the last word of the block before
_OPENERS = ("The|This|That|These|Those|There|A|An|In|It|He|She|They|We|His|Her|Their|Its|But|On|At|For|When|"
            "After|As|If|While|However")
_LOWER_UPPER = regexcache.compile(r"[a-z](?=[A-Z])")
_LONGEST_WORD = 40
_BLOCK_SEAM = regexcache.compile(r"(?<![\w@#/.\\&-])(?P<end>[A-Z][a-z]{2,}|[a-z]{3,})(?:(?P<opener>" + _OPENERS
                                 + r")(?= [a-z])|(?P<by>By)(?:(?P<name>[A-Z])|(?= [A-Z][a-z]+ [A-Z])))")

# what every seam holds: two lower-case letters, then an opener and a lower-case word, or 'By' and a name
_SEAM_CUES = Cues(r"[a-z][a-z](?:" + _OPENERS + r") [a-z]|[a-z][a-z]By(?:[A-Z]| [A-Z][a-z]+ [A-Z])")


class GluedBlocks(Rule):
    code = "NL343"
    name = "glued-blocks"
    severity = Severity.WARNING
    fallback = True  # NL102/NL103 report the glue they recognise; this rule takes the seams they leave
    trigger = Trigger(pattern=_SEAM_CUES)
    summary = "The last word of one block of a page glued to the first of the next (text extracted without a separator)."
    bad = "Resort planned at Lake BerryessaByJ.R. Stone\nPhoto: Jane OkonkwoThis article first appeared in print."
    good = "Resort planned at Lake Berryessa\nBy J.R. Stone\nThe PlayStation and YouTube accounts were closed."
    explanation = ("BeautifulSoup's get_text() without a separator joins the blocks of a page with nothing between "
                   "them: a headline runs into its byline ('BerryessaByJ.R. Stone'), a caption's credit into the "
                   "story ('OkonkwoThis article'). The seam is a word in lower or title case directly followed by "
                   "a word that opens a sentence ('The', 'This', 'A', 'He') and then a lower-case word, or by 'By' "
                   "and a name. Camel-case names and brands (YouTube, PlayStation, McDonald, DeAndre) do not end in "
                   "such a word and pass; acronyms (NASA astronaut) are left alone.")

    def check(self, article: Article) -> Iterable[Finding]:
        suspects = article.shared("extraction.glue-suspects", _GlueSuspects)
        for offset, text in suspects.segments:
            for junction in _LOWER_UPPER.finditer(text):  # a cheap scan; the seam's pattern only where it may start
                floor = max(0, junction.start() - _LONGEST_WORD)  # linear even in a huge camel-case run
                start = junction.start()
                while start > floor and text[start - 1].isalpha():
                    start -= 1
                match = _BLOCK_SEAM.match(text, start)
                if not match or match.end("end") != junction.end():
                    continue
                seam = offset + match.end("end")
                edits = [Edit(seam, seam, " ")]
                if match.group("name"):  # 'ByJ.R. Stone': the name is glued to 'By' too
                    edits.append(Edit(offset + match.start("name"), offset + match.start("name"), " "))
                end = offset + (match.end("name") if match.group("name") else match.end())
                glued = article.text[offset + match.start():end]
                yield self.finding(offset + match.start(), end, f"two blocks of the page glued at {quote(glued)}",
                                   Fix(tuple(edits), description="insert a space at the seam"))


RULES = (FurnitureLine, CaptionLine, AuthorBio, TimestampLine, BylineLine, ReaderPrompt, GluedBlocks)
