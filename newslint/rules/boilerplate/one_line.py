"""NL344: a site's menu, link list or own sentences run into a page flattened onto one line (``get_text(" ")``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, islice
from operator import itemgetter
from typing import Iterable, Iterator

from newslint import captions, native, regexcache
from newslint.engine import ArticleGate
from newslint.lineshapes import EXTRACT_PERMISSION, MONTH_DAY_YEAR
from newslint.model import Article, Paragraph
from newslint.rule import Cues, Finding, Rule, Severity, quote
from newslint.rules.boilerplate.run_in import _page_title  # NL317's reading of a one-line page's <title>
from newslint.textutil import sentence_spans, word_texts

# a label starts with a capital, a digit, '#' or '@' (in ASCII)
_CAPITAL_START = "[A-Z0-9#@]"
_TOKEN = regexcache.compile(r"[^ \t\n\xa0]+")
MIN_CHAIN = 9  # capitalised labels in a row: a sentence's names and titles of works hold fewer ('Welsh First
# Minister Rhodri Morgan', 'They Liked You Better When You Were Dead'), a menu many ('Home News Sport Weather …')
# the signs that separate a menu's labels ('Food & Drink', 'Home | News'): they do not break a row of labels (a
# dash does: it also strings a list of prose's names and titles together, 'Drama - Jane Doe')
_SIGNS = frozenset("& | / • · » ›".split())
_SIGN = "(?:[&|/]|" + "|".join(sign for sign in _SIGNS if not sign.isascii()) + ")"
# what else may join a menu's labels ('Terms of Use', 'News - Sport'); a row of labels starts again after it
_JOINERS = _SIGNS | frozenset("- – — and of the for in on to a at by with".split())
# nine labels in a row, signs between them aside, none but the last ending in a comma, a colon or a stop: one RE2
# search of a long paragraph before its tokens are read (Python's re finds the same where RE2 cannot read it)
_CHAIN = Cues(rf"(?:(?:{_CAPITAL_START})(?:[^ \t\n\xa0]*[^ \t\n\xa0,;:.!?])?[ \t\xa0]+(?:{_SIGN}[ \t\xa0]+)*)"
              rf"{{{MIN_CHAIN - 1}}}(?:{_CAPITAL_START})")
# its search, one pass in C (block 22f), where the RE2 set read each byte of a flattened page at about 17 instructions
# and its UTF-8 was made for it (a paragraph's is not kept)
_holds_chain = native.pick("labels_in_a_row", _CHAIN.found)
# title-case function words: a title of a work or a headline has many ('I Still Haven't Found What I'm Looking
# For'), a menu of nouns few ('Sign In', 'About Us')
_FUNCTION_WORDS = frozenset("""the a an of and for with to in on at by or i you we he she it they when what who is are
was were be have has had will your my his her their our not no do does can that this from into than as if but so up
i'm it's me him them us all how why where which""".split())
MAX_FUNCTION_SHARE = 0.25
MAX_CAPITALS_SHARE = 0.8  # a run of words in capitals is shouting (a quoted post), not labels
MIN_LABEL_SHARE = 0.75  # labels among a run's words (its signs aside)
SENTENCE_SUBJECT = 4  # tokens before a lower-case word that may open the next sentence ('RTX 3080 and RTX 3090 cards')
_TITLE_SEPARATOR = regexcache.compile(r" [-–—|] ")
_TITLE_REACH = 200  # characters: a page's <title> ('Headline – Site') opens a flattened page
MIN_PAGE_CHARS = 2000  # a paragraph this long holding half the text or more: a whole page flattened onto one line
MIN_LINES_WITHOUT_MENU = 3  # furniture sentences of a one-line page with no menu: a story on one line (or an extract
# of it) may end with one or two notes of its own ('Copyright © 2018 by Jane Doe.'), a whole page holds more
MIN_BUSINESS_WORDS = 6  # distinct words of the site's business in a one-line page without a menu: a whole page's
# footer, forms and notices hold many, a story on one line a few ('email', 'follow', 'site')
MAX_PIECE_WORDS = 40  # a longer sentence of a one-line page is not asked (a line of furniture is short; a run of
# labels with no stop would carry the story's first sentence with it)
# the line rules of the site's furniture asked of each sentence of a one-line page: comment notices, newsletter
# pitches, share prompts, paywalls, copyright, page labels, syndication, web forms, page navigation, and NL342
_BETWEEN_PIECES = "\n\n"  # each sentence a paragraph of its own
_ASKED_PACK_RULES = frozenset(f"NL30{digit}" for digit in range(1, 10))


_CAPTION_STOP = regexcache.compile(r"[.!?][\"”’)]?(?= )")  # a sentence's stop before a caption
MAX_CAPTION_WORDS = 60  # a caption is a sentence or two: a longer stretch back to a stop is the story's (a gallery's
# caption back to the credit before, its label and date with it, runs to some 50 words)


def caption_start(text: str, credit: int, after: int, until: int | None = None) -> int:
    """Where the caption of the credit at ``text[credit]`` starts in a one-line page: after the last sentence's stop
    before ``until`` (default ``credit``; the caption's own stop stands before a labelled credit), not before
    ``after`` (where the credit before ends), up to MAX_CAPTION_WORDS words; else ``credit``, the credit alone."""
    reach = max(after, text.rfind(" ", 0, max(credit - 20 * MAX_CAPTION_WORDS, 0)))
    stops = [stop.end() for stop in _CAPTION_STOP.finditer(text, reach, credit if until is None else until)]
    begin = stops[-1] if stops else reach
    caption = text[begin:credit]
    if len(caption.split()) > MAX_CAPTION_WORDS or not stops and reach != after:
        return credit
    return begin + len(caption) - len(caption.lstrip())


def is_page_line(text: str, article: Article) -> bool:
    """Whether the paragraph ``text`` of ``article`` is a whole page flattened onto one line: MIN_PAGE_CHARS or more,
    half the article's text or more, no line break."""
    return len(text) >= MIN_PAGE_CHARS and 2 * len(text) >= len(article.text) and "\n" not in text


def one_line_page(article: Article) -> Paragraph | None:
    """The paragraph of ``article`` that is a whole page flattened onto one line (``is_page_line``; the first, where
    two halves are), if any."""
    if len(article.text) < MIN_PAGE_CHARS:
        return None
    return next((paragraph for paragraph in article.paragraphs if is_page_line(paragraph.text, article)), None)


def _holds_long_paragraph(article: Article) -> bool:
    """NL344's gate: a paragraph of ``captions.MIN_PARAGRAPH_CHARS`` or more (every finding is in one; a page line,
    which ``page_title`` asks for, is longer)."""
    return any(map(captions.MIN_PARAGRAPH_CHARS.__le__, map(len, article.paragraph_texts)))  # (C-level passes)


class RunInMenu(Rule):
    code = "NL344"
    name = "run-in-menu"
    severity = Severity.WARNING
    summary = ("A site's menu, link list or own sentences (comment policy, newsletter, copyright) run into a page "
               "flattened onto one line.")
    yields_to = frozenset({"NL318"})  # a menu inside the page's tail after the story's last sentence: the tail is it
    bad = ("…backs the plan. Home News Local News Sport Football Cricket Business Weather Opinion Letters to the Editor "
           "Contact Us Privacy Policy The council voted on Tuesday…")
    good = "…backs the plan. The council voted on Tuesday…"
    explanation = ("A page whose text was taken with its spaces as separators (BeautifulSoup's get_text(' ')) "
                   "stands on one line: the site's navigation, section menus, tags and footer links run into the "
                   "story. In a paragraph of 1,000 characters or more, a run of capitalised labels with no "
                   "sentence punctuation (nine or more in a row, few lower-case words between them, few "
                   "capitalised function words as a title of a work has, not all in capitals) is reported as one "
                   "finding. A sentence's names and titles are shorter; the page's own headline is left alone. "
                   "In such a page (a line of 2,000 characters or more holding half the text), each sentence of up "
                   "to 40 words, not a quotation, is asked of the line rules of the site's furniture as a line of "
                   "its own (NL301–NL309 and NL342's judgement of a paragraph): a comment policy, a newsletter "
                   "pitch, a cookie or affiliate notice, a copyright line is reported, one finding a sentence, "
                   "with the short run of labels before it ('Leave a Reply', 'COMMENT POLICY'); a plain sentence "
                   "after reported labels is left out. A longer sentence (a list of links without stops runs into "
                   "the next one) is asked for the plain sentence that ends it after the labels, and a sentence right "
                   "between two reported ones, on a page with three or more, is reported too (not between two "
                   "copyright notes: an extract's own). On a page where one is reported, a sentence no line rule "
                   "reports is asked again in its parts between seams, a capitalised word and a lower-case one after "
                   "a word without a stop ('… Sign up for our newsletter The council met …': the site's sentence "
                   "lost its stop), each of three to 40 words, outside the menus. The label of a box of links to "
                   "other stories ('Most Popular', 'Trending Stories', 'Related'; NL311's reading of such a label) "
                   "before a capitalised word and "
                   "six words without a stop is reported with the first headline, and the list of the page's tags "
                   "('Filed under: Politics , Courts', links apart by a comma standing alone). A one-line page "
                   "without a menu is read only if it holds six words of the site's business or more, and keeps up "
                   "to two such sentences (a note of its own); what NL316 or a line rule already reports in the line "
                   "is not reported again. A stretch of up to 60 words between two of these findings in such a page "
                   "(a footer's blurb, a comment form's notes, the rest of a box of links) is reported too, unless "
                   "each of its sentences reads as the story's (four words or more, two function words, a final "
                   "stop, no word of the site's business) or it holds the page's headline. What such a page prints "
                   "after its story is reported as one finding, to the end of the text: the story is the block of "
                   "the line's prose sentences holding the most text (500 characters or more and a fifth of the line; "
                   "a sentence with seven capitalised words in a row is a box's labels run into a headline, not "
                   "prose; blocks parted by more than 300 characters of other text), to its last sentence; not "
                   "where a later block holds half the story's text or more, or the line's sentences are glued "
                   "('Governor.As': a page joined without spaces). The page's <title> that such a page opens with "
                   "('Headline | Site', three to twenty words before the separator, the site's name after it) is "
                   "reported where the page prints the title's last two words again (its headline over the story: "
                   "that copy stays); and a label the page "
                   "prints before three dates or more (the same three words: a gallery's slides, 'Harbour life in "
                   "pictures 26 October 2020'), each with its date. No fix: what to delete inside a line is not "
                   "certain.")
    # no trigger: this pattern in the RE2 set of every rule's trigger made the set's automaton outgrow its cache
    # (the trigger stage 38 → 190 µs per article); asked of a long paragraph alone it costs what any search does
    trigger = ArticleGate(_holds_long_paragraph)

    def check(self, article: Article) -> Iterable[Finding]:
        title = page_title(article)
        if title:
            yield self.finding(*title, "the page's <title> (its headline and the site's name) opens a one-line page: "
                                       f"{quote(article.text[title[0]:title[1]])}")
        for paragraph in article.paragraphs:
            text = paragraph.text
            if len(text) < captions.MIN_PARAGRAPH_CHARS:
                continue
            menu = _holds_chain(text)
            page = is_page_line(text, article) and (menu or _site_business_words(article) >= MIN_BUSINESS_WORDS)
            if not menu and not page:
                continue
            if article.ocr.ocr:
                return  # a printed page's index or running heads, not a web page's menu
            menus = []
            headline = _headline(text) if menu and paragraph is article.paragraphs[0] else None
            if menu:
                for start, end, labels in _menu_runs(text, headline):
                    menus.append((start, end))
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       f"a site's menu or link list runs into the text ({labels} capitalised labels "
                                       f"without a sentence): {quote(_shortened(text[start:end]))}")
            if page:
                judged = list(self._furniture_lines(article, paragraph, menus))
                lines = [line for _, line in judged]
                lines += [box for box in self._boxes_of_links(paragraph)  # a sentence under its label: reported once
                          if not any(box.start < line.end and line.start < box.end for line in lines)]
                if menu or len(lines) >= MIN_LINES_WITHOUT_MENU:  # a page's furniture, not a story's own note
                    own = {id(line) for is_own, line in judged if is_own}  # an extract's note: it edges furniture
                    yield from (line for line in lines if id(line) not in own)
                    furniture = menus + [(line.start - paragraph.start, line.end - paragraph.start) for line in lines]
                    for start, end in _between_furniture(text, furniture, _HeadlineSpans(text, headline).spans):
                        yield self.finding(paragraph.start + start, paragraph.start + end,
                                           "a short stretch between two pieces of the site's furniture in a one-line "
                                           f"page: {quote(_shortened(text[start:end]))}")
                    yield from self._after_story(article, paragraph)
                    yield from self._dated_labels(paragraph)

    def _after_story(self, article: Article, paragraph: Paragraph) -> Iterator[Finding]:
        """What a one-line page prints after its story (``page_after_story``), with the lines after the page."""
        if span := page_after_story(article, paragraph):
            start, end = span
            yield self.finding(start, end, "the page goes on after the story's last sentence in a one-line page: "
                                           f"{quote(_shortened(article.text[start:end]))}")

    def _dated_labels(self, paragraph: Paragraph) -> Iterator[Finding]:
        """A label the one-line page prints before a date three times or more (a gallery's slides, 'Harbour life
        in pictures 26 October 2020'; a list of cards): each with its date."""
        for start, end in dated_labels(paragraph.text):
            yield self.finding(paragraph.start + start, paragraph.start + end,
                               f"a label the page repeats before each date: {quote(paragraph.text[start:end])}")

    def _boxes_of_links(self, paragraph: Paragraph) -> Iterator[Finding]:
        """The label of a box of links to other stories in a one-line page ('Most Popular', 'Trending Stories',
        'Related'), as NL311 reads such a label on a line of its own, with the start of the headline after it; and
        the list of the page's tags under its label ('Filed under: Politics , Courts , Jane Doe')."""
        text = paragraph.text
        for start, end in _labels_of_links(text):
            yield self.finding(paragraph.start + start, paragraph.start + end,
                               f"a box of links to other stories runs into a one-line page: {quote(text[start:end])}")
        for start, end in _tag_lists(text):
            yield self.finding(paragraph.start + start, paragraph.start + end,
                               "the page's list of tags runs into a one-line page: "
                               f"{quote(_shortened(text[start:end]))}")

    def _furniture_lines(self, article: Article, paragraph: Paragraph,
                         menus: list[tuple[int, int]]) -> Iterator[tuple[bool, Finding]]:
        """The sentences of a one-line page that a line rule of the site's furniture reports once each stands on a line
        of its own (a comment policy, a newsletter pitch, a copyright notice), one finding per sentence. A reported
        sentence that ends in a plain sentence after a run of labels ('… Top Stories OUR POLICY We invite your views …')
        is asked again as two parts, and only what is furniture is reported. Where one is reported, a sentence no line
        rule reports is asked in its parts between seams (``_seam_parts``: the site's sentence without its stop runs
        into the next, '… Sign up for our newsletter The council met …'), but for a part in one of the ``menus``.
        Each finding comes with whether it is an extract's own copyright note (:func:`_extract_notes`): not reported,
        but counted with the furniture it stands beside."""
        text = paragraph.text
        sentences = sentence_spans(text)
        pieces = [piece for start, end in sentences if (piece := _askable(text, start, end))]
        cues = _SiteCues(text)  # NL342's cues, one pass over the page for all its pieces
        said = self._said(article.path, text, pieces, cues)
        if not said:
            return
        sentence_starts = [start for start, _ in sentences]
        said_sentences = {bisect_right(sentence_starts, pieces[index][0]) - 1 for index in said}
        menu_ends = [end for _, end in menus]
        seam_parts = [(start, end) for index, sentence in enumerate(sentences) if index not in said_sentences
                      for start, end in _seam_parts(text, *sentence)
                      if not _in_a_menu(menus, menu_ends, start, end)]  # a menu's labels: reported once
        said_parts = self._said(article.path, text, seam_parts, cues)
        halves = {index: _sentence_after_labels(text, *pieces[index]) for index in said}
        parts = [(piece, at) for piece, at in halves.items() if at]
        said_of_halves = self._said(article.path, text, [half for piece, at in parts
                                                         for half in ((pieces[piece][0], at), (at, pieces[piece][1]))],
                                     cues)
        reports = [(*pieces[piece], names) for piece, names in said.items() if not halves[piece]]
        for k, (piece, at) in enumerate(parts):
            (start, end), head, tail = pieces[piece], said_of_halves.get(2 * k), said_of_halves.get(2 * k + 1)
            if head:  # the plain sentence after the labels may be the story's (a review's verdict)
                reports.append((start, at, head))
            elif not tail:  # the signs are in both halves
                reports.append((start, end, said[piece]))
            if tail:  # with the label of its box before it ('Leave a Reply Cancel reply', 'COMMENT POLICY')
                reports.append((start if not head and _label_only(text[start:at]) else at, end, tail))
        reports += _between_reports(text, pieces, sorted(reports))
        reports += [(*seam_parts[index], names) for index, names in said_parts.items()]
        reported = self._reported_in_line(article, paragraph)
        notes = _extract_notes(text) if "ermission" in text else []
        for start, end, names in sorted(reports):
            end = start + len(text[start:end].rstrip())
            if not any(begin < end and start < stop for begin, stop in reported):
                own = _STORY_NOTES.issuperset(names) and any(a <= start < b for a, b in notes)
                yield own, self.finding(paragraph.start + start, paragraph.start + end,
                                   f"the site's furniture runs into a one-line page ({', '.join(names)}): "
                                   f"{quote(text[start:end])}")

    def _reported_in_line(self, article: Article, paragraph: Paragraph) -> list[tuple[int, int]]:
        """The spans of ``paragraph`` that NL316 or the asked line rules report in the long line itself."""
        from newslint.rules.boilerplate.inline import InlineBoilerplate  # the package imports this module
        rules = (*self._asked_rules(), InlineBoilerplate(context=self.context))
        return [(finding.start - paragraph.start, finding.end - paragraph.start) for rule in rules
                for finding in rule.check(article) if paragraph.start <= finding.start < paragraph.end]

    def _said(self, path: str, text: str, pieces: list[tuple[int, int]], cues: _SiteCues) -> dict[int, list[str]]:
        """The names of the line rules that report each of ``pieces`` of ``text`` (by index), each piece asked as
        a paragraph of its own; NL342 reads a prompt only in a piece its ``cues`` (of ``text``) may touch."""
        if not pieces:
            return {}
        starts = list(accumulate((end - start + len(_BETWEEN_PIECES) for start, end in pieces[:-1]), initial=0))
        lines = Article.parse(_BETWEEN_PIECES.join(text[start:end] for start, end in pieces), path,
                              has_header=False, ocr="off")
        said: dict[int, list[str]] = {}
        for rule in self._asked_rules():
            for finding in rule.check(lines):
                names = said.setdefault(bisect_right(starts, finding.start) - 1, [])
                if rule.name not in names:
                    names.append(rule.name)
        from newslint.rules.lines.prompts import ReaderPrompt, site_speaks  # the line rules import this package
        for index, (start, end) in enumerate(pieces):  # NL342's judgement of a paragraph, of each piece alone
            cued = cues.may_touch(start, end)
            if site_speaks(text[start:end], word_texts(text[start:end]) if cued else [], cued):
                said.setdefault(index, []).append(ReaderPrompt.name)
        return said

    def _asked_rules(self) -> tuple[Rule, ...]:
        """The line rules asked of each sentence of a one-line page, made once per rule instance."""
        rules = self.__dict__.get("_line_rules")
        if rules is None:
            from newslint import packs  # the packs import the rules' package
            kinds = [rule for rule in packs.load_packs(packs.builtin_pack_paths()) if rule.code in _ASKED_PACK_RULES]
            rules = self._line_rules = tuple(kind(context=self.context) for kind in kinds)
        return rules


class _SiteCues:
    """Where NL342's cues (``prompts._SITE_BUSINESS_CUES``, a superset of the names of the site's business its prompts
    hold) stand in a one-line page, found in one pass: a piece of the page that none touches holds no prompt, so NL342's
    judgement of it is asked only of the pieces they touch (the page's sentences, hundreds of characters each, were
    each searched for the names by Python's re)."""

    __slots__ = ("_text", "_spans", "_ends")

    def __init__(self, text: str) -> None:
        from newslint.rules.lines.prompts import site_cue_spans  # the line rules import this package
        self._text = text
        self._spans = site_cue_spans(text)
        self._ends = [end for _, end in self._spans]

    def may_touch(self, start: int, end: int) -> bool:
        """Whether a name of the site's business may be found in ``text[start:end]`` asked alone: a cue overlaps it, or
        a word goes on across one of its edges (where the piece alone has a word's edge the page lacks, the page's
        pass does not tell)."""
        text = self._text
        if start > 0 and _word_character(text[start - 1]) or end < len(text) and _word_character(text[end]):
            return True
        at = bisect_right(self._ends, start)  # the first cue that ends after the piece starts
        return at < len(self._spans) and self._spans[at][0] < end


def _word_character(character: str) -> bool:
    """Whether ``character`` is one of Python's re's ``\\w`` (a letter, a digit or '_')."""
    return character.isalnum() or character == "_"


MAX_SITE_WORDS = 5  # words of a site's name after its <title>'s separator ('The North Valley Evening Post'; a
# longer reach takes in the menu's first labels after it, furniture too)
_SITE_JOINERS = frozenset("of and the".split())  # lower-case words inside a site's name ('Port and Harbour Times')
_GLUED_CAPITAL = regexcache.compile(r"[a-z][A-Z]")  # a site's name glued to the next block (get_text(): 'GazetteHome')
_REPEAT_WORDS = 2  # the title's last words that the page prints again over its story (its headline, main text)


def page_title(article: Article) -> tuple[int, int] | None:
    """(start, end) in ``article.text`` of the page's <title> that a page flattened onto one line opens with (a line of
    ``is_page_line`` in it): 'Headline | Site' or 'Headline – Site' (NL317's ``_page_title``: three to twenty words
    before the separator) at the text's start, with the site's name after the separator (up to ``MAX_SITE_WORDS``
    capitalised words and joiners, to a glued block's capital, not a last one that opens a phrase in lower case);
    only where the title's last two words stand again after it (the headline over the story: the first copy is the
    <title>, the document's name, none of its text)."""
    first = article.paragraphs[0] if article.paragraphs else None
    if first is None or first.start and article.text[:first.start].strip() or one_line_page(article) is None:
        return None
    text = article.text
    title = _page_title(text[first.start:])
    if title is None:
        return None
    separator = first.start + title[0]
    ends: list[int] = []  # where each of the name's words ends
    for token in islice(_TOKEN.finditer(text, separator + 3), MAX_SITE_WORDS + 1):
        word = token.group()
        if word in _SITE_JOINERS and ends:
            continue
        if not _is_label(word) or word[-1] in ",;:.!?" or len(ends) == MAX_SITE_WORDS:
            if len(ends) > 1 and word[0].islower():
                ends.pop()  # the label opens a phrase of the page's ('Skip to main content', 'Search for:')
            break
        glued = _GLUED_CAPITAL.search(word)
        ends.append(token.start() + glued.start() + 1 if glued else token.end())
        if glued:
            break
    end = ends[-1] if ends else None
    repeat = " ".join(title[1][-_REPEAT_WORDS:]).rstrip(".!?").lower()
    if end is None or repeat not in text[end:].lower() or article.ocr.ocr:
        return None
    return first.start, end


_DATE = regexcache.compile(MONTH_DAY_YEAR)
LABEL_WORDS = 3  # the words before a date that make its label
MIN_LABEL_REPEATS = 3  # dates under the same label: a gallery's slides or a list's cards, not a story's phrase


def dated_labels(text: str) -> list[tuple[int, int]]:
    """(start, end) of each label with its date in ``text`` where the same ``LABEL_WORDS`` words, none ending a
    sentence, stand before ``MIN_LABEL_REPEATS`` dates or more."""
    labelled: dict[str, list[tuple[int, int]]] = {}
    for date in _DATE.finditer(text):
        words = text[max(0, date.start() - 80):date.start()].split()[-LABEL_WORDS:]
        if len(words) == LABEL_WORDS and not any(word.endswith((".", "!", "?", ",")) for word in words) \
                and any(word.isalpha() for word in words):
            label = " ".join(words)
            labelled.setdefault(label, []).append((text.rfind(words[0], 0, date.start()), date.end()))
    return sorted(span for spans in labelled.values() if len(spans) >= MIN_LABEL_REPEATS for span in spans)


def _headline(text: str) -> str | None:
    """The page's own headline where a flattened page opens with its <title>, 'Headline – Site': never furniture."""
    separator = _TITLE_SEPARATOR.search(text, 0, _TITLE_REACH)
    title = text[:separator.start()] if separator else ""
    return title if len(title.split()) >= 3 else None


def _shortened(text: str) -> str:
    """``text`` cut to its first twelve words, for a message."""
    words = text.split()
    return text if len(words) <= 12 else " ".join(words[:12]) + " …"


_TOKEN_END_STOPS = tuple(".!?:;,")
MIN_TAIL_WORDS = 6  # words of a plain sentence at a piece's end
_SENTENCE_LAST = regexcache.compile(r"\w[.!?][\"”’)]?$")  # the last word of a sentence


_TAIL_REACH = 120  # characters at a piece's end whose tokens are read first: a plain sentence after labels is short,
# and a long piece (a list of links run into its next sentence) holds hundreds of tokens


def _tail_tokens(text: str, start: int, end: int) -> tuple[list[re.Match], bool]:
    """The tokens of ``text[start:end]`` in its last ``_TAIL_REACH`` characters (the first may be the end of a longer
    one), and whether they are all its tokens."""
    reach = max(start, end - _TAIL_REACH)
    return list(_TOKEN.finditer(text, reach, end)), reach == start


def _last_label(tokens: list[re.Match]) -> int:
    """The index of the last of ``tokens`` that is a label, but not below 0 (-1: no tokens)."""
    at = len(tokens) - 1
    while at > 0 and not _is_label(tokens[at].group()):
        at -= 1
    return at


def _sentence_after_labels(text: str, start: int, end: int) -> int | None:
    """Where a plain sentence at the end of ``text[start:end]`` starts after a run of labels or another sentence
    ('… Top Stories OUR POLICY | We invite your views on the day's main stories.'): its first word is
    capitalised and follows a word without a stop, the others are not; None if the piece has no such end."""
    tokens, whole = _tail_tokens(text, start, end)
    at = _last_label(tokens)
    if at <= 0 and not whole:  # the label stands before the tail read (of the word before it, only its end is read)
        tokens = list(_TOKEN.finditer(text, start, end))
        at = _last_label(tokens)
    if at <= 0 or len(tokens) - at < MIN_TAIL_WORDS or tokens[at - 1].group().endswith(_TOKEN_END_STOPS) \
            or not tokens[at].group()[1:].lower() == tokens[at].group()[1:] or not _SENTENCE_LAST.search(tokens[-1].group()):
        return None
    return tokens[at].start()


_QUOTES = "\"“”‘’'"
BETWEEN = "between two of its lines"
_STORY_NOTES = frozenset({"copyright-notice"})  # NL305's: the one line of the site's kind an extract carries


_NOTE_TAIL = 100  # characters after an extract's permission where its publisher and 'All rights reserved.' stand


def _extract_notes(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that hold an extract's own note: its author's copyright and the publisher's leave
    ('Copyright © 2019 by Jane Doe. Reprinted by permission of Acme Books, New York. All rights reserved.', NL342's
    ``lineshapes.EXTRACT_PERMISSION``), with ``_NOTE_TAIL`` characters after the leave: no copyright notice of the
    site's."""
    return [(match.start(), match.end() + _NOTE_TAIL) for match in EXTRACT_PERMISSION.finditer(text)]


def _between_reports(text: str, pieces: list[tuple[int, int]],
                     reports: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """The sentences of a one-line page that stand right between two reported ones, each the rest of a piece or
    a whole one (a box's house rules between its first and last, a newsletter's description between its sign-up
    label and its consent note): a footer's sentence, not the story's. Only on a page with three reported
    sentences or more (``MIN_LINES_WITHOUT_MENU``): a story's own note between two others stays, and so does what
    stands between two copyright notes (an extract's permission, 'Reprinted by permission of …') or runs labels
    into a sentence (the page's menu over its headline and standfirst)."""
    if len(reports) < MIN_LINES_WITHOUT_MENU:
        return []
    asked = {start for start, _ in pieces}
    between = []
    for (_, after, names_before), (before, _, names_after) in zip(reports, reports[1:]):
        gap = text[after:before]
        start, end = after + len(gap) - len(gap.lstrip()), after + len(gap.rstrip())
        if start < end and (start in asked or any(a < start < b for a, b in pieces)) and before in asked \
                and not any(start < a < end for a, _ in pieces) and len(text[start:end].split()) <= MAX_PIECE_WORDS \
                and not _quotation(text[start:end]) and _sentence_after_labels(text, start, end) is None \
                and not (_STORY_NOTES.issuperset(names_before) or _STORY_NOTES.issuperset(names_after)):
            between.append((start, end, [BETWEEN]))
    return between


MAX_BETWEEN_WORDS = 60  # words between two pieces of a one-line page's furniture: a box's teasers, a footer's blurb
# or a comment form's notes between its labels; the story's paragraphs run longer between two boxes set into it
_LETTER = regexcache.compile(r"[^\W\d_]")


def _between_furniture(text: str, furniture: list[tuple[int, int]],
                       headline: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of a one-line page that stand between two pieces of its ``furniture`` (spans of ``text``
    reported as menus, the site's sentences, boxes of links or tags) and hold a letter and at most
    ``MAX_BETWEEN_WORDS`` words: what the site prints between its own labels and notices (a footer's blurb, a
    comment form's notes, a box's teasers). Not where the page's ``headline`` (spans) stands."""
    stretches = []
    reach = None  # the end of the furniture read so far
    for start, end in sorted(furniture):
        if reach is not None and start > reach:
            gap = text[reach:start]
            begin, stop = reach + len(gap) - len(gap.lstrip()), reach + len(gap.rstrip())
            if len(gap.split()) <= MAX_BETWEEN_WORDS and _LETTER.search(gap) \
                    and not any(a < stop and begin < b for a, b in headline) and not _reads_as_story(text[begin:stop]):
                stretches.append((begin, stop))
        reach = end if reach is None else max(reach, end)
    return stretches


MIN_STORY_SENTENCE = 4  # words of a sentence of the story between two boxes set into it ("The council met on Monday.")


def _reads_as_story(stretch: str, last: re.Pattern = _SENTENCE_LAST) -> bool:
    """Whether every sentence of ``stretch`` reads as the story's: four words or more, two function words or more,
    a final stop (its last word matching ``last``), no word of the site's business (NL342's: 'subscribe', 'cookies',
    'comments')."""
    from newslint.rules.lines.prompts import BUSINESS_HINTS  # the line rules import this package
    for start, end in sentence_spans(stretch):
        words = [word.lower() for word in word_texts(stretch[start:end])]
        if len(words) < MIN_STORY_SENTENCE or sum(word in _FUNCTION_WORDS for word in words) < 2 \
                or not last.search(stretch[start:end].rstrip()) or not BUSINESS_HINTS.isdisjoint(words):
            return False
    return True


STORY_GAP = 300  # characters of other text that part two blocks of the story's sentences in a one-line page (a
# live blog's times and names, a picture's caption and credit stay inside; a box of links or a footer parts them)
MIN_STORY_CHARS = 500  # characters of the story's sentences in a one-line page whose end is read
MIN_STORY_SHARE = 0.2  # of the line's characters: a page whose largest block of prose is smaller is mostly something
# else (a gallery, lists of links, a story in another language), and the block may not be its story
MIN_AFTER_STORY_WORDS = 3
MAX_STORY_LABELS = 7  # capitalised words in a row: a sentence of the story holds fewer ('Acting Premier Jane Doe'), a
# box's labels run into a headline and its standfirst more ('Top Stories Most Read Latest News Council …')
# the last word of the story's sentence after its block: a stop after a bracket or a number too ('(8477).')
_STORY_LAST = regexcache.compile(r"[\w)\]%][.!?][\"'”’)]*$")
# a stop glued to the next sentence ('as Governor.As this'): a page whose blocks were joined without a space
# (get_text()), whose sentences the splitter cannot find
_GLUED_STOP = regexcache.compile(r"[a-z][.!?][\"”’)]?[A-Z][a-z]")


def _story_blocks(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, characters of its sentences) of each block of sentences of ``text`` that read as a story's
    (NL318's ``_prose``: eight words or more, two function words, a final stop, one word of the site's business at
    most) and hold fewer than ``MAX_STORY_LABELS`` capitalised words in a row, blocks parted by more than
    ``STORY_GAP`` characters of other text."""
    from newslint.rules.boilerplate.endings import STORY_SENTENCE_WORDS, _prose  # (endings imports this module)
    blocks: list[tuple[int, int, int]] = []
    for start, end in sentences:
        if _prose(text[start:end], STORY_SENTENCE_WORDS, 1) and _labels_in_a_row(text, start, end) < MAX_STORY_LABELS:
            if blocks and start - blocks[-1][1] <= STORY_GAP:
                first, _, size = blocks[-1]
                blocks[-1] = (first, end, size + end - start)
            else:
                blocks.append((start, end, end - start))
    return blocks


def _labels_in_a_row(text: str, start: int, end: int) -> int:
    """The most tokens of ``text[start:end]`` in a row that open with a capital or a digit (``_is_label``)."""
    longest = run = 0
    for token in _TOKEN.finditer(text, start, end):
        run = run + 1 if _is_label(token.group()) else 0
        longest = max(longest, run)
    return longest


def page_after_story(article: Article, paragraph: Paragraph) -> tuple[int, int] | None:
    """(start, end) in ``article.text`` of what a one-line page (``paragraph``) prints after its story: the story
    is the block of the line's prose sentences holding the most text (``_story_blocks``; ``MIN_STORY_CHARS`` or
    more and ``MIN_STORY_SHARE`` of the line), to its last sentence and any shorter sentence of the story, sentence
    opening a quotation or sentence of an extract's own note (``_extract_notes``) right after it; from there to the
    line's end, and on to the article's end where lines follow the page (what the page's HTML held with line
    breaks: a footer's address, teasers). None where fewer than ``MIN_AFTER_STORY_WORDS`` words follow, or a block
    of prose sentences after the story holds half its text or more (the story itself, parted by a long box or
    table), or a stop is glued to the next sentence in the line (``_GLUED_STOP``)."""
    text = paragraph.text
    if _GLUED_STOP.search(text):
        return None
    sentences = sentence_spans(text)
    blocks = _story_blocks(text, sentences)
    if not blocks:
        return None
    _, last, size = max(blocks, key=itemgetter(2))
    if size < MIN_STORY_CHARS or size < MIN_STORY_SHARE * len(text):
        return None
    notes = _extract_notes(text) if "ermission" in text else []  # an extract's own note ends its story
    for start, end in sentences[bisect_right(sentences, (last,)):]:
        of_story = _reads_as_story(text[start:end], _STORY_LAST) or text[start] in _QUOTES \
            or any(a <= start and end <= b for a, b in notes)
        if text[last:start].strip() or not of_story:
            break
        last = end
    start = paragraph.start + last + len(text[last:]) - len(text[last:].lstrip())
    after = article.text[start:].rstrip() if paragraph is not article.paragraphs[-1] else text[last:].strip()
    if _more_words_than(after, MIN_AFTER_STORY_WORDS - 1) \
            and all(2 * block[2] < size for block in _story_blocks(after, sentence_spans(after))):
        return start, start + len(after)
    return None


# a sentence's opener after a word with no stop ('… our top stories Free Sign Up Get the …'): where a prompt or a
# label without its stop runs into the next sentence of a one-line page
_SEAM = regexcache.compile(r"(?<=[a-z0-9%)])[ \xa0]+(?=[A-Z][a-z'’]*[ \xa0]+[a-z])")
MIN_PART_WORDS = 3


def _seam_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of the sentence ``text[start:end]`` between its seams (``_SEAM``), if it has any: each of three to
    ``MAX_PIECE_WORDS`` words, no quotation."""
    cuts = [start, *(seam.end() for seam in _SEAM.finditer(text, start, end)), end]
    if len(cuts) == 2:
        return []
    parts = [(a, a + len(text[a:b].rstrip())) for a, b in zip(cuts, cuts[1:])]
    return [(a, b) for a, b in parts if MIN_PART_WORDS <= len(text[a:b].split()) <= MAX_PIECE_WORDS
            and not _quotation(text[a:b])]


def _in_a_menu(menus: list[tuple[int, int]], menu_ends: list[int], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` overlaps one of ``menus`` (disjoint spans in order, ``menu_ends`` their ends)."""
    at = bisect_right(menu_ends, start)
    return at < len(menus) and menus[at][0] < end


def _askable(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of the sentence ``text[start:end]`` asked of the line rules: the whole sentence up to
    ``MAX_PIECE_WORDS`` words, else the plain sentence that ends it after a run of labels (a menu or a list of
    links has no stop, so the splitter runs it into the next sentence: '… Privacy Leave a Reply Cancel reply Your
    email address will not be published.'); None for a quotation."""
    if _more_words_than(text[start:end], MAX_PIECE_WORDS):
        start = _sentence_after_labels(text, start, end)
        if start is None or _more_words_than(text[start:end], MAX_PIECE_WORDS):
            return None
    return None if _quotation(text[start:end]) or _inside_quotation(text, start) else (start, end)


# a sentence whose last double quotation mark before it, within a statement's paragraph, opens a quotation ('“', or a
# straight one after white space: '… re-opening. " Also all …') stands inside someone's words: the multi-paragraph
# convention reopens each paragraph and closes only the last ('"We are closing. "We thank you …')
QUOTATION_REACH = 600  # characters before a sentence searched for the quotation mark it stands in


def _inside_quotation(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` of ``text`` stands inside a quotation opened before it and not closed:
    someone's statement quoted over several sentences, not the site's."""
    reach = max(0, start - QUOTATION_REACH)
    at = max(text.rfind('"', reach, start), text.rfind("“", reach, start), text.rfind("”", reach, start))
    if at < 0:
        return False
    return text[at] == "“" or text[at] == '"' and (at == 0 or text[at - 1].isspace())


def _more_words_than(text: str, limit: int) -> bool:
    """Whether ``text`` holds more than ``limit`` words (``len(text.split()) > limit``, the words after the
    ``limit + 1``-th not made)."""
    return len(text.split(None, limit)) > limit


def _quotation(sentence: str) -> bool:
    """Whether ``sentence`` opens or closes a quotation: someone's words, not the site's."""
    return sentence[0] in _QUOTES or sentence.rstrip()[-1] in _QUOTES


def _site_business_words(article: Article) -> int:
    """How many of NL342's words of the site's business ('subscribe', 'cookies', 'comments') the article holds: a
    whole page without a menu holds several, a story on one line few."""
    from newslint.rules.lines.prompts import BUSINESS_HINTS  # the line rules import this package
    return _members_among(article.lower_words, BUSINESS_HINTS)


def _python_members_among(words: list[str], members: frozenset[str]) -> int:
    """How many of ``members`` the list ``words`` holds. (The pure-Python twin of ``_speedups.members_among``.)"""
    return len(members.intersection(words))


# compiled where built: a word is one look-up of its kept hash in a table of the members' (the set's intersection
# hashed, probed and kept every word, 29d)
_members_among = native.pick("members_among", _python_members_among)


MAX_LABEL_WORDS = 8  # words of a box's label ('Leave a Reply Cancel reply', 'Top Stories OUR POLICY')


def _label_only(text: str) -> bool:
    """Whether ``text`` is a short run of labels: a few words, none ending a sentence."""
    words = text.split()
    return len(words) <= MAX_LABEL_WORDS and not any(word.endswith((".", "!", "?")) for word in words)


def _first_then_edge(first: str, not_before: str) -> str:
    """The opening of a pattern's alternative: the literal ``first`` where no character of the class ``not_before``
    stands before it, as ``(?<!not_before)first`` but with the literal ahead of its look-behind, so that Python's re
    skips in C to the alternatives' first letters (a look-behind first makes it try the pattern at every character)."""
    return f"{first}(?<!{not_before}{first})"


_LABEL_ALONE = frozenset("related trending recommended suggested".split())  # a box's label in one word
# the words that open a box's label ('Most Popular', 'Latest News', 'Read more'); not the nouns a dateline or a
# byline box opens with ('Kaieteur News – Police said …', 'Stories By Jane Doe')
_LABEL_OPENERS = frozenset("related recommended suggested read more also see next previous trending popular most top "
                           "latest".split())
MAX_LABEL_OF_LINKS = 4  # words (NL311's _LINK_LABEL_WORDS)
HEADLINE_OPENING = 6  # words after the label without a stop: a headline, not a sentence
MAX_REPORTED_HEADLINE = 12  # words of the first headline reported with its label


# a token that may open a box's label: one of _LABEL_OPENERS whole, an ASCII capital first (a superset: (?i) also
# matches 'ſ' for 's'); one search of a long page, where reading every token cost more than the rest of NL344; in
# the same order in every process (ties by the word), so that the pattern cache keeps one program of it
_LABEL_OPENER = regexcache.compile(r"(?:%s)(?![^ \t\n\xa0])" % "|".join(
    _first_then_edge(word[0].upper(), r"[^ \t\n\xa0]") + f"(?i:{word[1:]})"
    for word in sorted(_LABEL_OPENERS, key=lambda word: (-len(word), word))))


def _labels_of_links(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each label of a box of links in ``text`` with the first words of the headline after it: a
    label NL311 would read as one on a line of its own (``label_of_links``: 'Most Popular', 'Latest articles'; one
    word only if it names such a box, 'Related'), capitalised, then a capitalised word and six words without a
    stop; the headline is reported to its first stop, twelve words at most. Only the tokens after a word that may
    open a label are read (``_LABEL_OPENER``), and not again inside a reported headline."""
    from newslint.rules.lines.furniture import LINK_BOX, label_of_links  # the line rules import this package
    resume = 0  # where the token after the last reported headline starts
    for opener in _LABEL_OPENER.finditer(text):
        word = opener.group()
        if opener.start() < resume or not _is_label(word) or word.lower() not in _LABEL_OPENERS:
            continue
        tokens = list(islice(_TOKEN.finditer(text, opener.start()), MAX_LABEL_OF_LINKS + MAX_REPORTED_HEADLINE))
        after = next((j for j in range(min(len(tokens), MAX_LABEL_OF_LINKS), 0, -1)
                      if tokens[j - 1].group().lower() in LINK_BOX | {"you"}  # not 'More on' a headline's subject
                      and all(token.group().isalpha() for token in tokens[:j])
                      and label_of_links(text[tokens[0].start():tokens[j - 1].end()])), None)
        if after is None or after == 1 and word.lower() not in _LABEL_ALONE or after >= len(tokens) \
                or not _is_label(tokens[after].group()) \
                or any(token.group().endswith((".", "!", "?")) for token in tokens[after:after + HEADLINE_OPENING]):
            continue
        headline = tokens[after:after + MAX_REPORTED_HEADLINE]
        last = next((token for token in headline if token.group().endswith((".", "!", "?"))), headline[-1])
        yield tokens[0].start(), last.end()
        resume = tokens[after].start()


# the label of a page's tags or categories, as NL306 reads it on a line of its own, and DW's and Japanese sites'
# 'Keywords'; then the list, its links joined by ' , ' (the comma between two links, a text of its own, set apart
# by get_text(" ")'s spaces: never so in edited prose)
_TAG_LABELS = ("Filed [Uu]nder", "FILED UNDER", "Posted in", "Tagged(?: in| with)?", "TAGGED", "Tags", "TAGS",
               "Keywords", "KEYWORDS", "Topics", "Related [Tt]opics", "Categories", "Subjects")
_TAG_LABEL = regexcache.compile("(?:%s):?(?= )" % "|".join(_first_then_edge(label[0], r"[\w-]") + label[1:]
                                                          for label in _TAG_LABELS))
_LINK_COMMA = ","
MIN_TAG_COMMAS = 1  # two tags or more (the lone comma is the sign)
MAX_TAG_WORDS = 5  # words of one tag ('Jane Doe 2024', 'City Budget Committee')


def _tag_lists(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each list of the page's tags in ``text``: its label, then tags of up to five words, each pair
    apart by a comma that stands alone (``_LINK_COMMA``), at least ``MIN_TAG_COMMAS`` of them, until a longer run of
    words or a stop; the last tag's first word ends the span (what follows it may be the next box's label). The text
    is read once: a label inside a list is not read again."""
    at = 0
    while label := _TAG_LABEL.search(text, at):
        commas = words = 0
        end = at = label.end()
        for token in _TOKEN.finditer(text, label.end()):
            at = token.end()
            word = token.group()
            if word == _LINK_COMMA and words:
                commas, words = commas + 1, 0
                continue
            if words == 0 and commas:
                end = token.end()  # the first word of a tag after a comma
            words += 1
            if words > MAX_TAG_WORDS or word.endswith((".", "!", "?", ":")):
                break
        if commas >= MIN_TAG_COMMAS:
            yield label.start(), end


def _menu_runs(text: str, headline: str | None) -> Iterator[tuple[int, int, int]]:
    """(start, end, capitalised tokens) of each run of capitalised labels in ``text`` that looks like a menu: runs
    of capitalised tokens and lower-case joiners, ended by a sentence stop, a comma, a colon or any other word."""
    keep = _HeadlineSpans(text, headline)
    run: list[re.Match] = []
    for token in _TOKEN.finditer(text):
        word = token.group()
        if word in _JOINERS and run:
            run.append(token)
            continue
        if not _is_label(word) or keep.covers(token.start()):
            if run and word[0].islower() and word not in _JOINERS:
                del run[-SENTENCE_SUBJECT:]  # its last capitalised words may open the sentence this word goes on
            yield from _judged(run)
            run = []
            continue
        if word[-1] in ".!?":
            yield from _judged(run)  # the word ends a sentence: 'Co.', 'U.S.' belong to one
            run = []
            continue
        run.append(token)
        if word[-1] in ",;:":
            yield from _judged(run)
            run = []
    yield from _judged(run)


def _is_label(word: str) -> bool:
    """Whether ``word`` opens with a capital, a digit, '#' or '@' (in ASCII: ``_CAPITAL_START``)."""
    first = word[0]
    return "A" <= first <= "Z" or "0" <= first <= "9" or first in "#@"


def _judged(run: list[re.Match]) -> Iterator[tuple[int, int, int]]:
    """The run (without its joiners at either end) if it looks like a menu."""
    while run and run[-1].group() in _JOINERS:
        run.pop()
    if not run:
        return
    labels = words = chain = longest = functions = capitals = 0
    for token in run:
        word = token.group()
        if word in _SIGNS:
            continue
        words += 1
        if word in _JOINERS:
            chain = 0
            continue
        labels += 1
        chain += 1
        longest = max(longest, chain)
        bare = word.rstrip(",;:")
        functions += bare.lower() in _FUNCTION_WORDS
        capitals += len(bare) > 1 and bare.isupper()
    if (longest >= MIN_CHAIN and labels >= MIN_LABEL_SHARE * words and functions <= MAX_FUNCTION_SHARE * labels
            and capitals < MAX_CAPITALS_SHARE * labels):
        yield run[0].start(), run[-1].end(), labels


class _HeadlineSpans:
    """Where the page's headline stands in ``text`` (its <title> at the start, and every copy of it): a run of
    labels is cut there, so that the headline, main text, is never reported. Asked of offsets in increasing order."""

    __slots__ = ("spans", "_next")

    def __init__(self, text: str, headline: str | None) -> None:
        self.spans: list[tuple[int, int]] = []
        self._next = 0  # the first span that does not end before the last offset asked
        if headline:
            at = 0  # the <title>'s separator and the site's name after it stay in the run
            while (at := text.find(headline, at)) >= 0:
                self.spans.append((at, at + len(headline)))
                at += len(headline)

    def covers(self, offset: int) -> bool:
        spans = self.spans
        while self._next < len(spans) and spans[self._next][1] <= offset:
            self._next += 1
        return self._next < len(spans) and spans[self._next][0] <= offset
