"""NL311: a short line of page furniture, by a trained model over its shape, and the structure of the page around it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import accumulate, compress, count, islice
from operator import eq, methodcaller
from typing import Iterable, Iterator

from newslint import native, ngrams, occurrences, regexcache
from newslint.dates import MONTH_NAMES
from newslint.fixes import delete_paragraph
from newslint.furniture import (DATE, FEATURES, FUNCTION_WORDS, PROSE_WORDS, SECOND_PERSON, WEB_STRICT, WEB_WORDS,
                                LineCounts, add_story_words, content_words, features, furniture_score, has_evidence,
                                holds_link, may_reach, nothing_to_read, page_signs, prose_paragraph, prose_word_counts, story_extent,
                                threshold, told_elsewhere)
from newslint.lineshapes import BYLINE_LINE, STAMP_LABELS, STAMP_LONGEST, _PERSON, timestamp_line as _timestamp_line
from newslint.model import Article, Paragraph
from newslint.rule import Finding, Fix, Rule, Severity, quote
from newslint.rules.boilerplate import SPEECH, boilerplate_shape
from newslint.rules.boilerplate._shared import LINE_PACKS
from newslint.rules.dates import _PAST_WORD
from newslint.rules.lines._shared import (HOLDS_CUT, HOLDS_LINE_BREAK, _CAPTION_STOPWORDS, _CLAUSE_WORDS, _FINITE, _HEADLINE_WORDS,
                                          _READER, _REPORTED, _SENTENCE_ENDS, _WIRE_SIGNOFF, _WIRE_SIGNOFFS,
                                          _content_stems, _heads_next_paragraph, _live_entry_headings, _wire_copy,
                                          line_forms, marks_holding, may_open_lists, paragraph_forms)
from newslint.rules.lines.bulleted_menus import _BULLETS, _FIELD_FIRST, bulleted_menus, delete_line
from newslint.rules.lines.bylines import HONORIFIC, wire_dateline
from newslint.rules.lines.captions import NOTE_LABELS, credit_only
from newslint.rules.lines.headline_alt import headline_alt_copy
from newslint.rules.lines.page_headline import _listed_headline, headline_copies, page_headline, tells_the_story
from newslint.rules.lines.prompts import describes_the_site, reader_prompt
from newslint.rules.lines.text_browser import blocks_of_lines, head_links
from newslint.textutil import word_texts


_QUOTES = "\"“‘'"
# lineshapes.timestamp_line, remembered for the last lines asked: NL311 asks it of a line and of the lines around it,
# up to six times a line (a page of 100,000 one-word lines)
_remembered_stamp_line = lru_cache(maxsize=16)(_timestamp_line)


def _stamp_line(text: str) -> bool:
    """``lineshapes.timestamp_line(text)``, each short line judged once (a long one is no stamp, and is not hashed)."""
    return len(text) <= STAMP_LONGEST and _remembered_stamp_line(text)


_SPEECH_WORDS = ("said", "says", "told", "added", "asked")  # SPEECH's words: one stands in every match


def _reported(text: str) -> bool:
    """``SPEECH.search(text)`` (a verb of reported speech), searched only where one of its words stands."""
    return any(map(text.__contains__, _SPEECH_WORDS)) and SPEECH.search(text) is not None


_LIST_ITEM = regexcache.compile(r"[-–•*·] |\w[\w ,.'’-]{0,40} [-–] \w")  # an item of a list, or 'Drama - Featherboy'
# a numbered item of the story's list as Markdown escapes its number, and the bold and escapes around its words
# ('5\\. **Lock the shed –** Change …': trafilatura's and markdownify's)
_MARKDOWN_NUMBERED = regexcache.compile(r"\d{1,3}\\\. ")
_LONE_NUMBER = regexcache.compile(r"\s*\d{1,2}[.)]\s*")  # a numbered list's number on a line of its own, over its item
_MARKDOWN_MARKS = regexcache.compile(r"\*\*|__|\\(?=[^\w\s])")
_CARD_LABEL_WORDS = 4  # words of a list's item at most that is a card's section label ('* General News')
_CARD_LABEL_TIMES = 3  # times a page says such an item at least, outside its story, for it to be its cards' label
# or a menu's repeated item ('* Share', html2text's icon '* __')
_BESIDE_CUT = 0.5  # the model's score that makes a line beside a line of furniture furniture too (31f)
# a form's empty field alone on a line as lynx prints it (twenty underscores), or an icon's empty emphasis html2text
# prints ('__'); not w3m's '[          ]' (fold b: as many lines left unlabelled as labelled)
_FIELD_LINE = regexcache.compile(r"_{20}|__")
_SHORT = 320  # characters: a longer paragraph is never a furniture line (furniture._LONG)


def _list_item(text: str) -> bool:
    """Whether ``text`` opens like an item of a list (_LIST_ITEM); a numbered item in Markdown read without its
    bold and escapes."""
    return _LIST_ITEM.match(text) is not None \
        or _MARKDOWN_NUMBERED.match(text) is not None and _LIST_ITEM.match(_MARKDOWN_MARKS.sub("", text)) is not None


class FurnitureLine(Rule):
    code = "NL311"
    name = "furniture-line"
    severity = Severity.WARNING
    fallback = True
    # words glued inside a line (a menu's links run together), and a break NL108 reads as a sentence's: the site's
    # sentence broken at its link ('… you agree to our' / 'terms'), a box's label over a tag in lower case; a date
    # line NL314 reports where this rule reads the page's furniture (a masthead's date, an archive's months in a box):
    # the stamp's finding names its kind, not that it is the page's
    fallback_despite = frozenset({"NL102", "NL103", "NL108", "NL314"})
    # a pack's or NL310's finding names the line though this one holds the line's markup ('### Topics')
    yields_to = LINE_PACKS | {"NL310"}
    summary = "A short line of web page furniture (navigation, share or sign-up prompt, label, count) in the body."
    bad = "Home\nNews\nSport\nShare\nHarbour Radio is paid for by sponsors and listener gifts\n"
    good = "Right-wing resistance\nThe plan has met resistance from councillors on the far right.\n"
    explanation = ("A logistic model over the shape of a short line, trained on hand-labelled extractor output "
                   "(bench/train_furniture.py): length, sentence punctuation, function words, web vocabulary "
                   "(share, subscribe, comments…), separators, dates, links, a run of lines like it, position at "
                   "the start or end of the body. Subheadings, which are isolated and lack web vocabulary, stay. "
                   "The first line the parse took for the title is read too: a section's label or a count over "
                   "the headline the body opens with ('BREAKING', 'Advertisement', '0'), a line of the page's words "
                   "alone (' Skip to main content', 'Log In') or a widget's glyph ('*'); so is a list's item that "
                   "names the page's links alone ('• Home', '-   Login'). "
                   "The structure of the page is read too: the page's <title> ('Story - Site' whose site the page "
                   "names again or whose story's headline it gives again on a line of its own), a breadcrumb "
                   "trail ending in the headline, separators or a bare link alone on a line, headlines "
                   "each followed by a date, and a verbless phrase in sentence case between two paragraphs of prose "
                   "(a caption or a related story's headline), a pull quote (a sentence the text gives again, or in slightly "
                   "other words in a longer paragraph nearby), a "
                   "labelled link between paragraphs ('Read: …', 'VIDEO: …'), teasers of other stories cut short ('…at the "
                   "end of...', two or more, each under a headline or a time), after the story two cards of other stories or more, "
                   "each a headline over its byline ('By Jane Doe'), with the teaser between two cards and a short label "
                   "over a card's headline, a line printed twice in a row (a "
                   "card's headline, for its picture and its link; the story's own headline printed so over it stays), "
                   "a list of the page's links kept with its marks ('* Facebook' / '* Twitter' / '* Pinterest', or "
                   "'* Privacy, * Terms, * Cookie Policy,' run into one line; a line so run together above or below "
                   "the story whatever its words, where no item is a statement: its tags, related headlines, menus), "
                   "outside the story a paragraph that is only Markdown links (a menu's item as pandoc writes it, with its "
                   "list's mark and attributes; a footer's row of links; on a page of pandoc's, a row of icons' links), in "
                   "pandoc's Markdown the lines inside a div whose class or id names a box of the page's (a footer, a menu, "
                   "comments, a login form, share buttons) where it holds no prose, "
                   "a heading with nothing under it at the end, short labels beside other furniture, the section of a "
                   "menu a text browser nests over items of its that are furniture ('* Watch' / '+ Newscasts'), a line right "
                   "between two lines of furniture, a line "
                   "beside furniture that shows a sign of the page and nearly reaches the model's cut, and a run of bare "
                   "lines beside it that reach it (the rows of a spec box: 'Developer …' / 'Multiplayer? No' over 'Link "
                   "Official site'), and after the story's last paragraph the text of a box between two lines of "
                   "furniture: a label and a sentence or three of the site's in the present tense, reporting no "
                   "speech, that the story does not tell ('Partner pieces come from invited writers …'). A wire story as the "
                   "agency filed it (its body ends "
                   "with the signoff 'Reuter') has no page around it and is left alone, as is the OCR text of a printed "
                   "page (its short lines are a column's wrapped lines), and so are a wire dateline alone on "
                   "its line ('NEW YORK, March 3 -') and the rows of a table of figures set out in columns with wide "
                   "spaces or tabs, and a line of the story ending in a colon among its prose (over a clip or a post it embeds). "
                   "A line the page prints three times or more in a row is judged once: the lines that "
                   "say it again are one finding, whose fix deletes them all. A text browser's list of the page's "
                   "links after its text (lynx's 'References') is reported once, whole, and so is the list of its "
                   "head's links over it ('#Site » Feed … alternate'); a box whose lines a text browser printed "
                   "without a blank line between them (a weather widget, recent posts, a card's facts) outside the "
                   "story of a hard-wrapped page is reported a line at a time (after the story, a box of other stories' "
                   "cards each under its time too; a box the model reports whole is one finding), and so is a form's "
                   "empty field (lynx's underscores) or an icon's empty emphasis ('__') alone on a line of a page, a "
                   "text browser's button or ad slot ('(BUTTON) Search', '[INS::INS]'), a widget's figures (a ranked "
                   "list's number printed twice, '2. 2'; a calendar's weeks; an archive's months in a row), a line of "
                   "words the page prints twice after the story (a box shown again), and after the story a list of "
                   "paragraphs that are each one link to a teaser's sentences.")

    def check(self, article: Article) -> Iterable[Finding]:
        paragraphs = article.paragraphs
        listed = len(paragraphs) - 1 if article.link_list else -1  # lynx's list of the page's links, its last paragraph
        numbered = listed >= 0  # (lynx's numbers of links alone on a line: nothing to read)
        if listed >= 0:  # reported once, whole (engine._outside keeps it), whatever else the page holds
            yield self._line(article, paragraphs[listed], "a text browser's list of the page's links (References)")
        if not any(len(p.text) <= _SHORT for p in paragraphs) or _wire_copy(paragraphs) or article.ocr.ocr:
            return  # (a printed page's OCR text: its short lines are a column's wrapped lines, not a web page's)
        # a text whose every paragraph ends like a sentence (``closed``, most stories) has no section label or <title>
        # over it (its first line would end without a stop), no breadcrumb trail (its headline would), no line beside
        # an open break (a line ending on a small word) and no related headlines ending it: it is spared looking
        texts, shapes, closed, marks = paragraph_forms(article)  # (the line's shapes and marks: one compiled pass)
        if "\xad" in article.text:  # soft hyphens a page sets inside words ('PE\xadTER') split no word here
            texts = [text.replace("\xad", "") for text in texts]
            shapes, closed, marks = line_forms(texts)
            reading = [i for i, text in enumerate(texts) if len(text) <= _SHORT]
        else:  # (the story's plain sentences, most short lines, found in one compiled pass: nothing below reads them)
            reading = lines_to_read(texts, shapes, article.text, article.paragraph_words, article.lower_words, _READER)
        open_lines = not closed
        own = None  # the lines that are the text's own set out a line at a time: found where a line is to be reported

        def story_own() -> set[int]:
            """The lines of :func:`lines_of_prose`, :func:`_letters`, :func:`_signatories` and
            :func:`_numbered_sections`, found once."""
            nonlocal own
            if own is None:
                own = {i for run in lines_of_prose(texts, shapes, article.paragraph_words, article.lower_words)
                       for i in run} | _letters(texts, shapes) | _signatories(texts, shapes) \
                    | _numbered_sections(texts, shapes)
            return own

        head = open_lines and head_links(texts[0])  # (lynx's '#alternate' line over the page)
        section = not head and open_lines and _section_label(texts) and 0 not in story_own()
        title = not head and open_lines and _page_title(texts, article.text, shapes)
        if head or section or title:
            why = "a text browser's list of the page head's links" if head \
                else "section label before the headline" if section else "the page's title before the story"
            yield self._line(article, paragraphs[0], why)
        if article.title and head_links(article.title.value):  # (the list on a line of its own, read as the title)
            start, end = article.title.span.start, article.title.span.end
            yield self.finding(start, end, f"a text browser's list of the page head's links: {quote(article.title.value)}",
                               delete_line(article.text, start, end))
        headline = _headline_under_title(texts) if title else None  # the story's own headline: it stays
        if section and _count_alone(texts[0]):  # (a count over it: the line under it is the headline, no card's)
            headline = 1
        header = _title_of_page(article, texts, shapes) if open_lines else None
        if header is not None:  # the parse's title is the page's <title>: its headline in the body stays
            yield self._line(article, header, "the page's title before the story")
            under = _headline_under_title([header.text, *texts])
            headline = headline if under is None else under - 1
        label = _section_title(article, texts) if open_lines and header is None else None
        if label is not None and 0 not in story_own():  # (a poem's title over its first line is the poem's)
            # the parse's title is a label over the headline the body opens with: that stays
            yield self._line(article, label, "section label before the headline")
            headline = 0 if headline is None else headline
        elif header is None and article.title is not None and (furnished := _furniture_title(article)):
            yield self._line(article, furnished, "the page's furniture as the first line")
        crumbs = _breadcrumbs(texts) if open_lines else {}
        doubled = any(map(eq, texts, islice(texts, 1, None)))  # a line said twice in a row (most pages: none, in C)
        signed = article.text.count("By ") >= _SIGNED_CARDS  # (two lines may open so: most pages, no)
        cards = _cards_of_other_stories(texts, shapes, marks, doubled, signed)  # line → why, in a pass over the page
        lists = open_lines and may_open_lists(texts, _LIST_FIRST)  # (one test of both list forms: most pages, no)
        menus = _menus_as_lists(texts, shapes, marks) if lists else set()  # (reported before the loop: it skips them)
        listed_menus = bulleted_menus(article.text, paragraphs, texts, shapes) if lists else {}  # (a line each)
        blocks = blocks_of_lines(article.text, paragraphs, texts, shapes, marks) if open_lines else {}  # (a line each)
        pandoc = open_lines and "\n:::" in article.text  # (a page as pandoc's Markdown writes it, its divs kept)
        linked = _links_outside_story(texts, shapes, pandoc) if open_lines and "](" in article.text else set()
        boxes = _named_boxes(article.text, paragraphs, texts, shapes) if open_lines and pandoc else {}
        if cards or crumbs:
            reading = sorted(set(reading).union(cards, crumbs))
        runs = _runs_of_one_line(texts, reading) if doubled else {}  # a line said three times or more: judged once
        if runs:
            repeats = {j for first, last in runs.items() for j in range(first + 1, last + 1)}
            reading = [i for i in reading if i not in repeats]

        kept: list[int | None] = []  # the page's headline over its story: found where a line is to be reported

        def line(i: int, why: str) -> Iterator[Finding]:
            """The finding on line ``i``, and one on the lines right under it that say it again (``runs``): reported,
            they count as flagged for the passes that read the lines beside furniture."""
            if i == listed or nothing_to_read(texts[i], numbered):  # (reported above; a picture with no text: nothing)
                return
            if not kept:
                kept.append(page_headline(texts, shapes) if open_lines else None)
                if kept[0] is not None:
                    kept.extend(headline_copies(texts, kept[0]))
                copied = b"\x01" in marks.translate(HOLDS_LINE_BREAK) and headline_alt_copy(article)
                kept.append(copied[0] if copied else None)  # (the headline its picture's alt text repeats, 46k)
            if i in kept:  # (it stays, though the lines beside it may be read as beside furniture)
                return
            whole.add(i)
            yield self._line(article, paragraphs[i], why)
            if i in runs:
                flagged.update(range(i + 1, runs[i] + 1))
                yield self._repeats(article, paragraphs[i + 1], paragraphs[runs[i]], why, runs[i] - i)

        def story_parts() -> tuple[tuple[int, int], set[int]]:
            """The story's extent, and its tables, lists and broken sentences (lines the model leaves)."""
            span = story_extent(texts, shapes)
            return span, _flattened_tables(texts, shapes) | _story_lists(texts, shapes, span) | _broken_sentences(texts)

        if not reading and not open_lines:
            return  # (no line to read, and none of the open page's lines after the loop: most stories)
        over_story = _headline_over_story(texts, shapes)  # the headline the page prints again (a card, its title)
        headings = {headline}  # the story's headlines that stay, for the passes after the loop
        extent = tables = None  # the story's extent, its tables and lists, found where the model first reads a line
        after_story: Counter[str] | None = None  # how often each line stands after the story, counted where first asked
        first_prose = None  # the page's first paragraph of prose, found where a card's label is first asked about
        cut = threshold()
        counts = LineCounts(texts)  # how often each line stands in the page, counted where first asked
        found = occurrences.of(article.text)  # where a pull quote's words stand again: one per article, not per line
        flagged: set[int] = set()
        whole: set[int] = set()  # the paragraphs reported whole
        boxed: dict[int, tuple[str, list[tuple[int, int]]]] = {}  # a paragraph of a menu's or a box's lines: its lines

        def box_lines(i: int) -> Iterator[Finding]:
            """A finding on each of the lines of box ``i`` (``boxed``), once, and none where it was reported whole."""
            why, lines = boxed.pop(i)
            if i in whole:
                return
            for start, end in lines:
                if not nothing_to_read(article.text[start:end], numbered):
                    yield self.finding(start, end, f"{why}: {quote(article.text[start:end])}",
                                       delete_line(article.text, start, end))

        for i in sorted(menus.union(listed_menus, blocks)):
            flagged.add(i)
            why = "a menu written as a bulleted list" if i in listed_menus \
                else "a box's lines outside the story" if i in blocks else "a list of the page's links kept with its marks"
            lines = sorted({*blocks.get(i, ()), *listed_menus.get(i, ())})
            if lines and "\n" in texts[i]:  # (a finding a line; where some are left, after the loop, if it reports
                boxed[i] = why, lines                     # no more of the paragraph)
                if len(lines) >= len(texts[i].split("\n")):
                    yield from box_lines(i)
            else:
                yield from line(i, why)
        for i in sorted(linked.difference(flagged)):
            flagged.add(i)
            yield from line(i, "a paragraph that is only links, outside the story")
        for i in sorted(boxes):
            if i not in flagged and i not in story_own():
                flagged.add(i)
                yield from line(i, f"a line of the page's {boxes[i]} (its box's name in pandoc's Markdown)")
        unflagged: list[int] = []  # short lines the model read and kept
        lower_words = article.lower_words  # paragraph i's lower-cased tokens: lower_words[starts[i]:starts[i + 1]]
        starts = list(accumulate(map(len, article.paragraph_words), initial=0))
        for i in reading:
            paragraph = paragraphs[i]
            text = paragraph.text
            if len(text) > _SHORT or i in flagged and i not in boxed or i == 0 and (head or section or title) or i in crumbs.values() \
                    or i == headline or open_lines and _beside_open_break(texts, shapes, i):
                continue
            why = cards.get(i) or _page_structure(article, texts, i, crumbs, counts, found) \
                or open_lines and _FIELD_LINE.fullmatch(text) is not None and "a form's empty field or an icon alone on its line"
            if not why and _box_line(text, shapes[i][0]) and counts[text] > 1:  # (a line the page says again: few)
                if tables is None:
                    extent, tables = story_parts()
                if after_story is None:  # (counted once: a long page of repeated lines asked each line's count)
                    after_story = Counter(islice(texts, extent[1] + 1, None))
                if i > extent[1] and i not in tables and after_story[text] > 1:
                    why = "a line the page prints twice after the story (a box of links shown again)"
            if why and i in story_own():  # (a song's refrain said twice in a row is no card)
                why = None
            if why and i == over_story:  # (a line said again is no card or pull quote where it heads the story)
                headings.add(i)
                continue
            if why and over_story == i - 1 and texts[i] == texts[i - 1]:
                why = "the headline said again under it (its picture's text)"
            if not why and i - 1 in flagged and label_of_links(texts[i - 1]) and _trailing_headline(text, shapes[i][0]):
                why = "a related story's headline under the label of a box of links"
            if why:
                flagged.add(i)
                yield from line(i, why)
                continue
            if _list_item(text) and shapes[i][0] <= _CARD_LABEL_WORDS and counts[text] >= _CARD_LABEL_TIMES \
                    and not _stamp_line(text[1:].strip()):  # ('* 2 hours ago': a card's stamp, NL312's)
                if tables is None:
                    extent, tables = story_parts()
                if first_prose is None:
                    first_prose = next((j for j, shape in enumerate(shapes) if prose_paragraph(texts[j], shape[0])),
                                       len(texts))
                if i not in tables and (i > extent[1] or i < min(extent[0], first_prose)):  # (or over the first prose)
                    flagged.add(i)
                    yield from line(i, "a list's item said again and again outside the story (cards, menus)")
                    continue
            if shapes[i][0] > 8 and _prose(text, lower_words[starts[i]:starts[i + 1]]) or _list_item(text) or text[0] in _QUOTES \
                    or _LONE_NUMBER.fullmatch(text) \
                    or _reported(text) or _owned_elsewhere(text) or i < 2 and _headline_or_dek(texts, i) \
                    or _in_figures_table(texts, i) or _table_row(text) or _spaced_table_row(texts, i) or wire_dateline(text) \
                    or _short_statement(text) or _story_statement(texts, i, counts) or _subheading(texts, shapes, i) \
                    or _question_heading(texts, shapes, i) or _heading_between_prose(texts, shapes, i) \
                    or reader_prompt(text, article.paragraph_words[i]) \
                    or i in article.shared("lines.live-entry-headings", _live_entry_headings):  # NL342 reports it
                continue
            if tables is None:
                extent, tables = story_parts()
            if i in tables or _heads_next_paragraph(texts, shapes, i) \
                    and (extent[0] <= i < extent[1] or not _teaser_below(texts, i)) or _glued_sentence(text) \
                    or _introduces_list(text) and _among_prose(texts, shapes, i) \
                    or _marked_heading_of_story(texts, shapes, i, extent):
                continue
            # (story_words: only for a line the model scores, and that either value of it may lift to the cut)
            vector = features(texts, i, shapes, extent, story=False, counts=counts)
            if vector and has_evidence(vector) and not _plain_sentence(vector) and may_reach(vector, cut) \
                    and (score := furniture_score(add_story_words(vector, texts, i, shapes, extent))) >= cut \
                    and i not in story_own():
                flagged.add(i)
                yield from line(i, f"page furniture in the body ({score:.2f})")
            elif vector and i not in boxed:
                unflagged.append(i)
        for i in list(boxed):  # (a box the loop reported whole: that one finding)
            yield from box_lines(i)
        if flagged:
            unflagged = [i for i in unflagged if i not in story_own()]
            for i, score in _beside_furniture(texts, shapes, extent, counts, flagged, unflagged, cut):
                yield from line(i, f"page furniture beside page furniture ({score:.2f})")
            unflagged = [i for i in unflagged if i not in flagged]
            labels = _labels_beside_furniture(texts, shapes, flagged, unflagged)
            for i in labels:
                yield from line(i, "a section label beside page furniture")
            for i in _menu_sections(texts, shapes, flagged):
                if i not in story_own():
                    yield from line(i, "a menu's section over its items")
            live = article.shared("lines.live-entry-headings", _live_entry_headings)
            between = _between_furniture(texts, shapes, flagged.union(labels), live, headings)
            between = [i for i in between if i not in story_own()] if between else between
            for i in between:
                yield from line(i, "a line among the page's furniture")
            for i in _boxed_prose(texts, shapes, extent, flagged.union(labels, between)):
                if i not in story_own():
                    yield from line(i, "the text of a box among the page's furniture")
        if open_lines:
            for i in _headlines_after_furniture(texts, shapes, flagged):
                if i not in flagged and i not in story_own():  # (a headline a card prints twice is reported already)
                    yield from line(i, "a related story's headline after the page's furniture")

    def _line(self, article: Article, paragraph: Paragraph, why: str) -> Finding:
        """A finding on a whole line, with the (unsafe) fix that deletes it."""
        fix = delete_paragraph(article, paragraph, "delete the line")
        return self.finding(paragraph.start, paragraph.end, f"{why}: {quote(paragraph.text)}",
                            Fix(fix.edits, safe=False, description=fix.description))

    def _repeats(self, article: Article, first: Paragraph, last: Paragraph, why: str, times: int) -> Finding:
        """One finding on the ``times`` lines from ``first`` to ``last`` that say the line above them again, with
        the (unsafe) fix that deletes them all: one edit, the lines between deleted whole."""
        start = delete_paragraph(article, first).edits[0].start
        end = delete_paragraph(article, last).edits[0].end
        return self.finding(first.start, last.end, f"{why}: {quote(first.text)} said again, {times} times in a row",
                            Fix.replace(start, end, "", safe=False, description="delete the lines"))


_SAME_RUN = 3  # lines: a line said this many times in a row or more is judged once, its repeats one finding


def _runs_of_one_line(texts: list[str], reading: list[int]) -> dict[int, int]:
    """The runs of ``_SAME_RUN`` lines or more among ``reading`` (in order) that say one text, each as its first line
    and its last. NL311 judges the first alone (the lines around it are the run's) and reports the rest as one
    finding: a page that prints a line over and over ('Advertisement' between empty slots, a broken list) shows one
    defect, and a text of 100,000 such lines is read in one pass, not scored 100,000 times. (Asked only of a page
    where some line is said twice in a row.)"""
    runs: dict[int, int] = {}
    first = 0
    for k in range(1, len(reading) + 1):
        if k < len(reading) and reading[k] == reading[k - 1] + 1 and texts[reading[k]] == texts[reading[first]]:
            continue
        if k - first >= _SAME_RUN:
            runs[reading[first]] = reading[k - 1]
        first = k
    return runs


# words that a line of a poem, a song, a transcript or a story told a sentence a line holds in lower case after its
# first word, and that a menu's labels and the headlines of other stories (which drop their articles and the verb 'to
# be', and capitalise their words) seldom do; not the site's 'you' and 'us' ('Contact us')
_LINE_PROSE_WORDS = frozenset("the a an i my me he his him she her they their them it its is was were are am this "
                              "there".split())
_QUANTITY = regexcache.compile(r"\d+(?:[.,/]\d+)?\s?(?:[a-z]{1,4}\.?)?\s+[a-z]")  # '200g butter', '2 tbsp oil', '4 eggs'
_GLUED_LABEL = regexcache.compile(r"[a-z][A-Z][a-z]")  # a card's label glued to its teaser ('Local NewsRoad users')
_LINES_OF_PROSE = 4  # lines that read as prose, at least, in a run NL311 leaves alone
_LINE_OF_PROSE_LONGEST = 80  # characters: a longer line is no line of a text set out a line at a time
_HEADING_WORDS = 4  # words, at most, of a heading over such a run ('Ingredients', 'Method')


def lines_of_prose(texts: list[str], shapes: list[tuple[int, bool]], words: list[list[str]],
                   lower_words: list[str]) -> list[range]:
    """The runs of lines of a text set out a line at a time (a poem's, a song's, a transcript's, a recipe's, a list of facts,
    a story told a sentence a line): runs of four lines or more that read as prose (a word of ``_LINE_PROSE_WORDS``
    after the first, three words or more before a comma, or a quantity before a word of no page: '200g butter', not
    '9 shares'), with at most one line in three that does not, each of those between two that do ('Nobody minds'),
    and a heading of up to four words right over the run, under no other short line without a stop. A line over 80
    characters or with a sign of the page (a word of WEB_STRICT, a '|', a label glued to a word, a link, a stamp, a
    byline) ends a run, and a run under the label of a box of links is the box's (:func:`_under_label_of_links`).
    ``words``: each line's tokens; ``lower_words``: all of them lowered, in a row."""
    reads = []  # per line: 2 reads as prose, 1 does not, 0 ends a run
    starts = list(accumulate(map(len, words), initial=0))
    for i, text in enumerate(texts):
        lower = lower_words[starts[i]:starts[i + 1]]
        if len(text) > _LINE_OF_PROSE_LONGEST or "|" in text or not WEB_STRICT.isdisjoint(lower) \
                or _GLUED_LABEL.search(text):
            reads.append(0)
        else:
            reads.append(2 if not _LINE_PROSE_WORDS.isdisjoint(islice(words[i], 1, None))
                         or text.endswith(",") and shapes[i][0] >= 3  # a clause going on ('Turn, old wheel, turn,')
                         or _QUANTITY.match(text) and WEB_WORDS.isdisjoint(lower) else 1)
    runs = _prose_runs(reads, shapes)
    if runs:  # (the dearer signs asked only of the lines of a run: a page with none asks none)
        for i in {i for run in runs for i in run}:
            if holds_link(texts[i]) or _stamp_line(texts[i]) or BYLINE_LINE.fullmatch(texts[i]):
                reads[i] = 0
        runs = _prose_runs(reads, shapes)
    in_runs = {i for run in runs for i in run}
    return [run for run in runs if not _under_label_of_links(texts, shapes, run.start, in_runs)]


def _prose_runs(reads: list[int], shapes: list[tuple[int, bool]]) -> list[range]:
    """The runs :func:`lines_of_prose` keeps, each with its heading, from each line's ``reads`` (2 reads as prose,
    1 does not, 0 ends a run) and ``shapes``."""
    runs: list[range] = []
    first = 0
    for i in range(len(reads) + 1):  # a run ends before a line that ends it, and between two lines that do not read
        if i < len(reads) and reads[i] and not (reads[i] == 1 and i > first and reads[i - 1] == 1):
            continue
        run = range(first, i)
        while run and reads[run[0]] == 1:
            run = run[1:]
        while run and reads[run[-1]] == 1:
            run = run[:-1]
        prose = sum(reads[j] == 2 for j in run)
        if prose >= _LINES_OF_PROSE and 3 * (len(run) - prose) <= prose:
            heading = run.start - 1  # (not a label under another, 'Sport' / 'Weather': a menu's)
            if heading >= 0 and reads[heading] and shapes[heading][1] and shapes[heading][0] <= _HEADING_WORDS \
                    and (heading == 0 or reads[heading - 1] != 1 or not shapes[heading - 1][1]):
                run = range(heading, run.stop)
            runs.append(run)
        first = i + 1 if i < len(reads) and reads[i] == 0 else i
    return runs


_BOX_REACH = 16  # lines: how far above a run the label of a box of links may stand (eight cards of two lines)
_WHAT_A_BOX_HOLDS = frozenset("news story stories article articles headlines".split())  # 'News' alone is a menu's


def _under_label_of_links(texts: list[str], shapes: list[tuple[int, bool]], start: int, in_runs: set[int]) -> bool:
    """A label of a box of links ('Top stories', 'Most popular', not a menu's 'News') is line ``start`` (a run's
    heading) or stands over it, with no paragraph of prose between and sixteen lines at most that are not lines of
    runs (``in_runs``): the runs under it are the box's headlines and teasers, however they read."""
    reach, i = _BOX_REACH, start
    while i >= 0 and reach:
        if label_of_links(texts[i]) and not _WHAT_A_BOX_HOLDS.issuperset(texts[i].lower().split()):
            return True
        if prose_paragraph(texts[i], shapes[i][0]):
            return False
        reach -= i not in in_runs
        i -= 1
    return False


def _letters(texts: list[str], shapes: list[tuple[int, bool]]) -> set[int]:
    """The lines of a letters page (two signatures or more) that are its letters', not the page's: the letters'
    signatures (a name, then a place: 'Jane Doe' / 'Springfield', under a letter's last paragraph) and their
    headlines broken over two short lines, the second opening in lower case, over the letter ('Harbour plan will' /
    'cost us dearly') or over the line that names the article it answers ('Re. "Harbour plan", Page A3:')."""
    found: set[int] = set()
    signed: list[int] = []
    for i in range(1, len(texts) - 1):
        text, below, after = texts[i], texts[i + 1], texts[i + 2] if i + 2 < len(texts) else ""
        if _name_alone(text) and _place(below, shapes[i + 1]) and prose_paragraph(texts[i - 1], shapes[i - 1][0]):
            signed.extend((i, i + 1))
        elif shapes[i][1] and shapes[i + 1][1] and below[:1].islower() and text[:1].isupper() \
                and WEB_STRICT.isdisjoint(_LOWER_LETTERS.findall(f"{text} {below}".lower())):
            if after and prose_paragraph(after, shapes[i + 2][0]):
                found.update((i, i + 1))
            elif after.endswith(":") and i + 3 < len(texts) and prose_paragraph(texts[i + 3], shapes[i + 3][0]):
                found.update((i, i + 1, i + 2))
    return found.union(signed) if len(signed) >= 4 else set()  # (a page without two signatures is no letters page)


# a numbered section's heading: its number, then a title of up to twelve words without a final stop
_NUMBERED_HEADING = regexcache.compile(r"([0-9]{1,2})[.)] (?=[^ ])(?:[^ ]+ ?){1,12}")


def _numbered_sections(texts: list[str], shapes: list[tuple[int, bool]]) -> set[int]:
    """The headings of a story told in numbered sections ('2. Student debt is depleting rural America' / prose /
    '3. Big Tech infighting — again'): lines of a number and a title without a final stop, each with the heading
    of the number before or after it elsewhere in the text and a paragraph of prose between the two (a box of the
    page's numbered links, 'Most read', has its items one under the other)."""
    numbered: dict[int, list[int]] = {}
    for i, text in enumerate(texts):
        if text[:1].isdigit() and not text.endswith(_SENTENCE_ENDS) and (match := _NUMBERED_HEADING.fullmatch(text)):
            numbered.setdefault(int(match[1]), []).append(i)
    if len(numbered) < 2:
        return set()  # (most texts)
    found: set[int] = set()
    for number, lines in numbered.items():
        for i in lines:
            for j in numbered.get(number + 1, ()):
                if i < j and any(prose_paragraph(texts[k], shapes[k][0]) for k in range(i + 1, j)):
                    found.update((i, j))
    return found


_SIGNATORIES = 8  # names, at least, in a list of an open letter's signatories
_AFFILIATED = 4  # one signatory in this many, at least, gives an affiliation after a comma ('Jane Doe, historian')
_AFFILIATION_WORDS = 8  # words of an affiliation at most ('University of Somewhere at Some Place')
# a signatory: a name and an affiliation; markdown's bold, a table's cell ('| **Jane Doe** , historian**')
_SIGNATORY = regexcache.compile(r"(?:\| )?\**(" + _PERSON + r")\**(?: ?, ?(.*?))?\**")
_CELL_GAP = regexcache.compile(r"\s{2,}")  # between the cells of a table set out in columns
_TABLE_RULE = regexcache.compile(r"[-=+|: ]*")  # a table's ruled row ('--------  --------')


def _signatories(texts: list[str], shapes: list[tuple[int, bool]]) -> set[int]:
    """The lines of an open letter's list of signatories right under its last paragraph: eight names or more, each
    alone on its line or with an affiliation after a comma ('Jane Doe' / 'John Roe, historian'), or the comma and the
    affiliation on the lines under it ('John Roe' / ', historian', or ',' / 'historian'), or in a table's columns
    (:func:`_signed`), one name in four at least with one (a menu's labels, 'Current Issue' / 'The Latest', give
    none)."""
    found: set[int] = set()
    i = 1
    while i < len(texts):
        if _signed(texts[i]) is None or not _closes_letter(texts[i - 1], shapes[i - 1][0]):
            i += 1
            continue
        names = affiliated = cells = 0
        j = i
        while j < len(texts) and (signed := _signed(texts[j], cells > 1)):
            if signed == (1, 0, 1) and j + 1 < len(texts) and texts[j + 1][:1] == ",":  # its affiliation under it
                if texts[j + 1] == "," and j + 2 < len(texts) and _affiliation(texts[j + 2]):
                    signed, j = (1, 1, 1), j + 2
                elif _affiliation(texts[j + 1][1:]):
                    signed, j = (1, 1, 1), j + 1
            names += signed[0]
            affiliated += signed[1]
            cells = signed[2]
            j += 1
        if names >= _SIGNATORIES and affiliated * _AFFILIATED >= names:
            found.update(range(i, j))
        i = j + 1
    return found


def _signed(text: str, in_table: bool = False) -> tuple[int, int, int] | None:
    """The names on a line of signatories, how many of them have an affiliation, and its cells: the line a name, with
    or without one, or its rows' cells (a table set out in columns, 'Jane Doe      John Roe, University of' / 'Tom Poe
    Somewhere') each a name or the rest of an affiliation, or its ruled rows; None for a line that is no signatory's (a
    name with a word of the page, a byline with its role, a cell of no name alone on its line unless ``in_table``: under
    a row of two cells or more)."""
    names = affiliated = cells = 0
    for row in text.split("\n"):
        if _TABLE_RULE.fullmatch(row):
            continue
        for cell in _CELL_GAP.split(row.strip()):
            cells += 1
            match = _SIGNATORY.fullmatch(cell)
            if match is not None and _name_alone(match[1]) and not BYLINE_LINE.fullmatch(cell) \
                    and (match[2] is None or _affiliation(match[2])):
                names += 1
                affiliated += match[2] is not None
            elif not _affiliation(cell):
                return None
    return (names, affiliated, cells) if names or cells != 1 or in_table else None  # (no cell: a ruled row)


def _closes_letter(text: str, words: int) -> bool:
    """A paragraph of prose (of ``words`` words), or one with the first signatory glued after its last stop ('… for
    us. **Jane Doe**')."""
    if prose_paragraph(text, words):
        return True
    head, stop, tail = text.rpartition(". ")
    return bool(stop) and _SIGNATORY.fullmatch(tail) is not None \
        and prose_paragraph(head + ".", words - len(tail.split()))


def _affiliation(text: str) -> bool:
    """A signatory's affiliation: one to eight words ('historian', 'University of Somewhere at Some Place')."""
    return 0 < len(text.split()) <= _AFFILIATION_WORDS


_NO_PLACE = WEB_WORDS | frozenset("staff writer reporter editor correspondent contributor columnist".split())


def _place(text: str, shape: tuple[int, bool]) -> bool:
    """A place under a signature: one to three capitalised words, no stop, no figure, no word of the page or of a
    role ('Walnut Creek', not 'Share' nor 'Newsroom Staff')."""
    return shape[1] and shape[0] <= 3 and all(w[:1].isupper() for w in text.split()) \
        and not any(c.isdigit() for c in text) and _NO_PLACE.isdisjoint(text.lower().split())


def _python_lines_to_read(texts: list[str], shapes: list[tuple[int, bool]], text: str,
                          paragraph_words: list[list[str]], lower_words: list[str], reader: frozenset[str]) -> list[int]:
    """The lines of 320 characters or fewer that NL311 must read, in order: all but the story's plain sentences
    (:func:`_plain_line`), of which it reports none. ``shapes``: the texts' line_forms shapes (words as ``str.split``
    counts them first); ``text``: the article's, in which the lines stand;
    ``paragraph_words``: each line's tokens; ``lower_words``: all of them lower-cased, in a row; ``reader``: _READER.
    (The twin of the compiled ``furniture_lines_to_read``.)"""
    found = occurrences.of(text)
    ends = list(accumulate(map(len, paragraph_words)))
    return [i for i, line in enumerate(texts) if len(line) <= _SHORT and not _plain_line(
        texts, i, shapes[i][0], found, lower_words[ends[i] - len(paragraph_words[i]):ends[i]], reader)]


def _plain_line(texts: list[str], index: int, words: int, found: occurrences.Occurrences, lower: list[str],
                reader: frozenset[str]) -> bool:
    """Line ``index`` is a sentence of the story that nothing of NL311 reports: more than eight ``words``, a
    sentence's end last, no address, no word of ``reader`` among its tokens (``lower``) or each such word in capitals
    ('US'), so ``_prose``; no digit opening the line under it (a gallery's slide), no pull quote's words said again
    (``found``'s text shorter than occurrences.LONG_TEXT, whose scan is asked), no paragraph near it that may say it
    in other words."""
    line = texts[index]
    below = texts[index + 1][:1] if index + 1 < len(texts) else ""
    if found.indexed or not line.endswith(_SENTENCE_ENDS) or words <= 8 or "@" in line \
            or "www" in line or "http" in line or below.isdigit() \
            or not reader.isdisjoint(lower) and not _reader_words_in_capitals(line, reader):
        return False
    core = _quoted_core(line)
    return not (core and _said_again(found, core)) and _reworded_source(texts, index) is None


def _reader_words_in_capitals(text: str, reader: frozenset[str]) -> bool:
    """Each of the text's words (split at white space, ``_WORD_EDGES`` stripped) that ``reader`` (words of ASCII
    letters) holds lowered is in capitals ('US'), so that ``_prose`` holds (its last test); not asked of a text holding
    the Kelvin sign, which lowers into 'k' (34d)."""
    return "\u212a" not in text and all(
        word.isupper() for word in map(methodcaller("strip", _WORD_EDGES), text.split()) if word.lower() in reader)


lines_to_read = native.pick("furniture_lines_to_read", _python_lines_to_read)


_CUT_SHORT = ("...", "…")  # how a teaser of another story ends
_AFTER_CUT = " >»›]"  # what a list of teasers may print after the cut ('…on resource... >')
_CUT_LAST = "." + "…" + _AFTER_CUT  # the last character of a line cut short
_HOLDS_CUT_TEXTS = marks_holding(HOLDS_CUT)  # a text's mark → 1 where it may be a teaser cut short (_cut_teasers)
_TEASER_HEADLINE_WORDS = 20  # words: a longer line above a teaser is no headline


def _cards_of_other_stories(texts: list[str], shapes: list[tuple[int, bool]], marks: bytes, doubled: bool,
                            signed: bool) -> dict[int, str]:
    """The lines of cards of other stories (:func:`_cut_teasers`, :func:`_twice_in_a_row`, and where ``signed``, two
    lines or more open with 'By ', :func:`_signed_cards`), each with why (``marks``: the texts' line_forms marks;
    ``doubled``: whether any line is said twice in a row)."""
    twice, teasers = _twice_in_a_row(texts) if doubled else set(), _cut_teasers(texts, marks)
    cards = _signed_cards(texts, shapes) if signed else {}
    if not twice and not teasers:
        return cards  # (most pages: none)
    cards.update(dict.fromkeys(twice, "a line the page prints twice in a row (a card's headline or label, for its "
                                      "picture and its link)"))
    cards.update(dict.fromkeys(teasers, "a teaser of another story, cut short"))
    return cards


_SIGNED_CARDS = 2  # cards of other stories after the story, each a headline over its byline, at least
_CARD_BYLINE_WORDS = 9  # words of a card's byline at most ('By Jane Doe, John Roe and Joan Poe')
_KICKER_WORDS = 4  # words of a card's label over its headline at most ('Analysis', 'Love and war')


def _card_byline(text: str) -> bool:
    """A card's byline alone on its line: 'By ' and a capital (a name, an agency, 'By TOI staff'), up to
    ``_CARD_BYLINE_WORDS`` words, no sentence's end or comma after it ('By joining, readers accept …' is none)."""
    return text.startswith("By ") and text[3:4].isupper() and text.count(" ") < _CARD_BYLINE_WORDS \
        and not text.endswith(_SENTENCE_ENDS + (",", ";", ":"))


def _card_headline(text: str) -> bool:
    """:func:`_headline_above`, or a line so shaped that ends on a closing quotation mark with no stop before it
    (a headline's quoted words: 'Mayor hails ‘historic’ harbour deal')."""
    return _headline_above(text) or text.endswith(_CLOSING_QUOTES) and text[-2:-1] not in _STOPS \
        and _headline_above(text[:-1])


_CLOSING_QUOTES = ("’", "”", '"')
_STOPS = ".!?,;:"


def _signed_cards(texts: list[str], shapes: list[tuple[int, bool]]) -> dict[int, str]:
    """The cards of other stories after the story's extent (``furniture.story_extent``), ``_SIGNED_CARDS`` or more,
    each a headline (:func:`_card_headline`) right over its byline (:func:`_card_byline`): their headlines, the
    teaser between a card's byline and the next card's headline, and a short label over a card's headline right
    under the card before it ('Analysis'). The story's own headline and byline stand above its prose; a story's list
    of people ('Jane Doe, a nurse') has no 'By '."""
    bylines = [i for i, text in enumerate(texts) if text[:3] == "By " and i > 1 and _card_byline(text)]
    if len(bylines) < _SIGNED_CARDS:
        return {}
    end = story_extent(texts, shapes)[1]
    heads = {i - 1 for i in bylines if i - 1 > end and _card_headline(_unmarked(texts[i - 1]))
             and not _card_byline(texts[i - 1])}
    if len(heads) < _SIGNED_CARDS:
        return {}
    found = dict.fromkeys(heads, "a card of another story after the story: its headline over its byline")
    for i in heads:
        if i + 3 in heads and len(texts[i + 2]) <= _SHORT:  # (headline, byline, teaser, the next card's headline)
            found[i + 2] = "a card of another story after the story: its teaser under its byline"
        label = _unmarked(texts[i - 1])
        if i - 3 in heads and shapes[i - 1][0] <= _KICKER_WORDS and label[:1].isupper() \
                and not label.endswith(_SENTENCE_ENDS + (",", ";", ":")):  # (headline, byline, label, headline)
            found[i - 1] = "a card of another story after the story: its label over its headline"
    return found


_BOX_LINE_WORDS = 3  # words of a box's line said again at least ('Most Recent' alone is a label, read elsewhere)


def _box_line(text: str, words: int) -> bool:
    """A line of words a box of the page may print again: three words or more, opening on a letter or a quotation
    mark, no Markdown link or attribute block (markup a page repeats is read elsewhere)."""
    return words >= _BOX_LINE_WORDS and (text[:1].isalpha() or text[:1] in _QUOTES) and "{" not in text \
        and "](" not in text


def _unmarked(text: str) -> str:
    """A line without the mark of a list's item before it ('* Mayor hails harbour deal': a card in a list)."""
    return text[2:].lstrip() if text[1:2] == " " and text[:1] in _BULLETS else text


def _cut_teasers(texts: list[str], marks: bytes) -> set[int]:
    """The teasers of other stories that a page lists, each cut short ('…reaching 10.9 per cent at the end of...',
    'Govt. urged to do more on resource... >'): two or more on the page, each right under a headline (a line of up to
    twenty words, a capital first, no final stop), a timestamp ('7 hours ago') or another such teaser. A paragraph
    of the story or of a reader's comment that trails off ('…I need a long lie down...') follows a sentence.
    ``marks``: the texts' line_forms marks: only a text whose HOLDS_CUT is set (up to 320 characters, a cut in it) is
    read, found by one C-level pass over the marks (most pages: none)."""
    holding = marks.translate(_HOLDS_CUT_TEXTS)
    cut = set()
    i = holding.find(1)
    while i >= 0:
        text = texts[i]
        if text[-1:] in _CUT_LAST and text.rstrip(_AFTER_CUT).endswith(_CUT_SHORT):  # (the last character first)
            cut.add(i)
        i = holding.find(1, i + 1)
    if len(cut) < 2:
        return set()
    found: set[int] = set()
    for i in sorted(cut):
        if i > 0 and (i - 1 in found or _headline_above(texts[i - 1]) or _stamp_line(texts[i - 1])):
            found.add(i)
    return found if len(found) >= 2 else set()


_MENU_MARKS = "*•·+-–o□☆○"  # the marks an extractor writes before a list's items ('* Facebook', '+ Privacy Policy'; a
# text browser's marks of a nested list's levels, lynx's '* + o', w3m's '• □ ☆ ○')
_MENU_ITEMS = 3  # items of a list of the page's links at least
_MENU_ITEM_WORDS = 6  # words of a link's label at most ('Do not sell my data')
_PAIR_ITEM_WORDS = 4  # words of each label of a line of two run together at most ('Log In', 'Most Read')
_LIST_FIRST = frozenset(_MENU_MARKS + _BULLETS + _FIELD_FIRST)  # how a paragraph of either list form may open


def _menus_as_lists(texts: list[str], shapes: list[tuple[int, bool]], marks: bytes) -> set[int]:
    """Lists of the page's links that an extractor kept with their marks (an HTML list's items): a run of three
    lines or more that open with the same mark ('* Facebook' / '* Twitter' / '* Pinterest'), a paragraph of three
    such lines or more (a hard-wrapped text browser's list, ``_list_items``), or a line of three
    items or more run together, each after its mark and before a comma ('* Facebook, * Twitter, * Email,'), each
    item a label of up to six words without a sentence's end, two of them or more holding a word of the page
    ('Privacy', 'Subscribe', 'Pinterest'). A list of the story's has sentences, or no word of the page. A list
    outside the story's extent (a page's menu above it, its tags, related headlines or footer below), or right under
    the label of a box of links wherever it stands (``label_of_links``: 'Read more', 'Related'; a main-content
    extract's box of related headlines inside the story), is the page's whatever its words, where no item is a
    sentence (``_page_list_items``): three items or more in marked lines and paragraphs in a row, whatever their
    marks (a nested menu's levels, '* News' / '+ Local' / '+ World'), or a line run together; so is a line of two
    labels there ('* Subscribe, * Log In,', each of up to four words), both words of the page or the line beside
    another list so found; not '* Apples, * Pears,' alone. ``marks``: the texts' line_forms marks, whose LINE_BREAK
    tells the paragraphs of lines."""
    listed = {i: [text[2:]] for i, text in enumerate(texts) if text[1:2] == " " and text[:1] in _MENU_MARKS}
    broken = marks.translate(HOLDS_LINE_BREAK)  # a byte per text: 1 where it holds lines (most pages: none)
    if 1 in broken:
        for i in compress(count(), broken):
            if items := _list_items(texts[i]):
                listed[i] = items
        listed = dict(sorted(listed.items()))
    found: set[int] = set()
    run: list[int] = []
    block: list[int] = []  # marked lines and paragraphs in a row, whatever their marks
    pairs: list[tuple[int, bool]] = []  # lines of two labels run together, each with whether both are the page's words
    extent = None  # the story's, found where a list may be the page's for being outside it

    def outside(first: int, last: int) -> bool:
        nonlocal extent
        extent = extent or story_extent(texts, shapes)
        return last < extent[0] or first > extent[1] or first > 0 and label_of_links(texts[first - 1])

    for i in [*listed, -1]:
        if run and (i != run[-1] + 1 or texts[i][:1] != texts[run[-1]][:1]):
            if len(run) >= _MENU_ITEMS and _menu_items([texts[j][2:] for j in run]):
                found.update(run)
            run = []
        if block and i != block[-1] + 1:
            items = [item for j in block for item in listed[j]]
            if len(items) >= _MENU_ITEMS and not found.issuperset(block) and not _story_list(texts, shapes, block) \
                    and _page_list_items(items) and outside(block[0], block[-1]) \
                    and (_mostly_labels(items) if block[0] < extent[0] else _mostly_capitalised(items)):
                found.update(block)
            block = []
        if i < 0:
            break
        block.append(i)
        text = texts[i]
        if len(listed[i]) > 1:  # a paragraph of marked lines
            if len(listed[i]) >= _MENU_ITEMS and _menu_items(listed[i]):
                found.add(i)
            continue
        items = text[2:-1].split(", " + text[:2]) if text.endswith(",") else ()
        if len(items) >= _MENU_ITEMS:  # a list run into one line
            if _menu_items(items) or _page_list_items(items) and outside(i, i):
                found.add(i)
        else:
            if len(items) == 2 and (labels := _menu_items(items, _PAIR_ITEM_WORDS)) is not None:
                pairs.append((i, labels))
            run.append(i)  # (a line of two items may open a run of marked lines)
    for i, labels in pairs:
        if i not in found and (labels or i - 1 in found or i + 1 in found) and outside(i, i):
            found.add(i)
    return found


# a paragraph that is one Markdown link and nothing else, a heading's marks before it ('### [Headline](https://…)'):
# its label (no brackets: a picture's link holds its '![alt](…)'), its target wrapped over lines and with a title
_LINK_PARAGRAPH = regexcache.compile(r"(?:#{1,6}[ \t]+)?\[([^\[\]]*)\]\((?:[^()\s]|\n|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
# the pieces of a paragraph that is only links as pandoc's Markdown writes them: an attribute block after a link or a
# span ('{.social-link target="_blank"}', a quoted value may hold braces), a link's target, a label holding a span or a
# picture ('[[]{.icon}[Instagram]{.screen-reader-text}](…)'), a span around a link ('[[News](/news/)]{#menu-item-7}')
_ATTRIBUTES = r'\{(?:\\.|"(?:\\.|[^"\\])*"|[^{}"\\])*\}'
_TARGET = r'\((?:[^()\s]|\s(?!")|\([^()\s]*\))*(?:\s+"[^"]*")?\)'
_INNER = r"(?:[^\[\]]|\[[^\[\]]*\](?:" + _TARGET + "|" + _ATTRIBUTES + ")?)*"
_LINK = r"\[" + _INNER + r"\]" + _TARGET + "(?:" + _ATTRIBUTES + ")?"
_LINK_SPAN = r"\[\s*(?:" + _LINK + r"\s*)+\]" + _ATTRIBUTES
# a paragraph that is only links: a list's mark and a heading's marks before them, separators between them, and after
# them the heading's attributes as pandoc writes them ('### [Headline](…){.card-link} {#headline .card-title}')
_LINKS_PARAGRAPH = regexcache.compile(r"(?:(?:[-*+]|\d{1,3}\.)[ \t]+)?(?:#{1,6}[ \t]+)?(?:(?:" + _LINK + "|" + _LINK_SPAN
                                      + r")[ \t\n|·•,]*)+(?:" + _ATTRIBUTES + ")?")
_LINK_LABEL = regexcache.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\](?:" + _TARGET + "|" + _ATTRIBUTES + r")?)*)\]" + _TARGET)
_NOT_SEEN = regexcache.compile(r"!\[[^\[\]]*\]" + _TARGET + "|" + _ATTRIBUTES + "|" + _TARGET + r"|[\[\]]")
_LINKS_FIRST = frozenset("[-*+#0123456789")  # how a paragraph of links opens
_EMPTY_LINK = regexcache.compile(r"(?<![!\[])\[\s*\]\(")  # a link of no text (an icon's), not a picture's

_LINKED_LABEL_WORDS = 20  # words of a linked headline or label at most
_LINKED_TEASERS = 2  # paragraphs after the story, at least, each one link to a teaser's sentences: a list of teasers
_AMONG_PROSE = 4  # paragraphs: a link with prose this near on both sides may be the story's (its tail after a gap)


def _links_outside_story(texts: list[str], shapes: list[tuple[int, bool]], icons: bool = False) -> set[int]:
    """The paragraphs outside the story's extent that are one Markdown link (a related story's linked headline, a
    menu's or footer's link on a line of its own; html2text, markdownify, pandoc's Markdown) or only links
    (:func:`_link_labels`: a menu's item as pandoc writes it, with its list's mark and attributes; a footer's row of
    links); not names alone (a byline's links), a sentence or a label of more than twenty words (a teaser's text linked: its box may stand in
    the story; after the story, two such paragraphs or more are a list of teasers), a link with prose near it on both
    sides (the story's, past a gap the extent stops at), nor, above the story, a label half of whose content words
    the story's prose uses (its own headline, linked)."""
    extent = story_extent(texts, shapes)
    found = set()
    teasers = []  # after the story, paragraphs that are one link to a teaser's sentences: a list of them is the page's
    for i in [*range(extent[0]), *range(extent[1] + 1, len(texts))]:
        text = texts[i]
        if text[-1:] not in (")", "}") or text[:1] not in _LINKS_FIRST or not (labels := _link_labels(text, icons)) \
                or all(map(_name_alone, labels)):
            continue
        teaser = any(len(_HEADLINE_WORDS.findall(label)) > _LINKED_LABEL_WORDS or _linked_sentence(label.rstrip())
                     for label in labels)
        if teaser and (i < extent[0] or len(labels) > 1) \
                or i < extent[0] and tells_the_story(" ".join(labels), extent.words(texts, shapes)) \
                or _among_prose(texts, shapes, i):
            continue
        if teaser:
            teasers.append(i)
        else:
            found.add(i)
    if len(teasers) >= _LINKED_TEASERS:
        found.update(teasers)
    return found


def _link_labels(text: str, icons: bool = False) -> list[str] | None:
    """The labels of the links of a paragraph that is only Markdown links (``_LINK_PARAGRAPH``, or as pandoc writes
    them, ``_LINKS_PARAGRAPH``: a list's mark before them, attribute blocks, spans around them), each as a reader sees
    it (a picture's alt text, attributes and targets left out): one link's label, whatever it holds, else those of the
    links with a letter, or with ``icons`` (a page of pandoc's, its divs kept) an empty label for a row of icons' links
    of no text ('[](https://…){.icon} [](…){.icon}'); None where there is none or the paragraph is anything else."""
    if link := _LINK_PARAGRAPH.fullmatch(text):
        return [link[1]]
    if "](" not in text or not _LINKS_PARAGRAPH.fullmatch(text):
        return None
    labels = [_NOT_SEEN.sub("", label).strip() for label in _LINK_LABEL.findall(text)]
    return [label for label in labels if any(map(str.isalpha, label))] \
        or ([""] if icons and _EMPTY_LINK.search(text) else None)


# a fence of pandoc's Markdown that opens or closes a div ('::: {#site-footer .footer-column}', '::: menu', ':::'),
# in a list's item too (not in a quotation: a pull quote's share button): its attributes or class name (none: it closes)
_FENCE = regexcache.compile(r"^[ \t]*(?:[-*+][ \t]+)?:{3,}[ \t]*(.*?)[ \t]*$", re.M)
# the words of a div's name that make it a box of the page's (short, generic web vocabulary: no site's names)
_BOX_NAMES = {word: name for name, words in (
    ("footer", "footer footers"), ("menu", "nav navbar menu menus"), ("sidebar", "sidebar"), ("pop-up", "modal"),
    ("share buttons", "share"), ("related links", "related"), ("comments", "comment comments"),
    ("newsletter box", "newsletter subscribe"), ("login form", "login"), ("cookie notice", "cookie cookies"),
    ("advertisement", "advert adverts advertisement")) for word in words.split()}
_NAME_WORDS = regexcache.compile(r"[a-z]+")
# what a reader does not see of a line of pandoc's Markdown: an attribute block, a picture, a link's target, a
# fence's line, raw HTML and its marks; a word left with a letter is read
_UNSEEN = regexcache.compile(r'\{(?:\\.|"(?:\\.|[^"\\])*"|[^{}"\\])*\}|!\[[^\[\]]*\]' + _TARGET + "|" + _TARGET
                             + r"|^[ \t]*(?:[-*+][ \t]+)?:{3,}.*$|```.*$|<[^<>]*>", re.M)
_READ_WORD = regexcache.compile(r"(?:^|\s)[\[(*_\"“']*[^\W\d_]")


def _named_boxes(text: str, paragraphs: list[Paragraph], texts: list[str], shapes: list[tuple[int, bool]]
                 ) -> dict[int, str]:
    """The paragraphs of pandoc's Markdown that a reader sees inside a div whose class or id names a box of the
    page's (``_BOX_NAMES``: '::: {.site-footer}', '::: {#comments}', '::: td-header-menu'), each with what its name
    says it is; not a line in quotation marks (a pull quote with its share button), nor where the div holds a
    paragraph of prose (a story a page sets in its sidebar's div, a reader's comment: the div may be around the
    story)."""
    starts = [p.start for p in paragraphs]
    open_divs: list[tuple[int, str]] = []
    found: dict[int, str] = {}
    for fence in _FENCE.finditer(text):
        if fence[1]:
            open_divs.append((fence.end(), fence[1]))
            continue
        if not open_divs:
            continue
        start, name = open_divs.pop()
        box = next((_BOX_NAMES[w] for w in _NAME_WORDS.findall(name.lower()) if w in _BOX_NAMES), None)
        if box is None:
            continue
        inside = [i for i in range(bisect_left(starts, start), bisect_left(starts, fence.start()))
                  if texts[i][0] not in _QUOTES and _READ_WORD.search(_UNSEEN.sub(" ", texts[i]))]
        if not any(prose_paragraph(texts[i], shapes[i][0]) for i in inside):
            found.update(dict.fromkeys(inside, box))
    return found


def _among_prose(texts: list[str], shapes: list[tuple[int, bool]], index: int) -> bool:
    """A paragraph of prose stands within ``_AMONG_PROSE`` paragraphs both above and below paragraph ``index``; a
    paragraph that is only Markdown links is none, whatever its words (a card's linked picture, its alt text long)."""
    return all(any(prose_paragraph(texts[j], shapes[j][0]) and not _only_links(texts[j]) for j in near)
               for near in (range(max(0, index - _AMONG_PROSE), index),
                            range(index + 1, min(len(texts), index + 1 + _AMONG_PROSE))))


def _only_links(text: str) -> bool:
    """``text`` is only Markdown links (``_LINKS_PARAGRAPH``), pictures among them ('[![alt](…)](…)')."""
    return "](" in text and text[-1:] in (")", "}") and _LINKS_PARAGRAPH.fullmatch(text) is not None


def _linked_sentence(label: str) -> bool:
    """A link's label ends like a sentence ('.', '!'; a teaser cut short, '...', does not)."""
    return label.endswith(("!", ".")) and not label.endswith("...")


_LIST_HEAD = 3  # lines of labels at most over a paragraph's marked lines ('Subscribe' / 'Log in' / '* Sections')


def _list_items(text: str) -> list[str] | None:
    """The items of a paragraph of lines that is a list kept with its marks (a text browser's list in a hard-wrapped
    page): each marked line's text after its mark, a line without one going on with the item above (a long item
    wrapped, a submenu's 'Expand'), under up to three lines of labels of up to six words, each an item (a menu's
    'Subscribe' / 'Log in' over '* Sections'), not a line that introduces the list; a mark alone on its line (an
    icon's link) is no item. None where the paragraph is no list."""
    lines = list(map(str.strip, text.split("\n")))
    head = next((k for k, line in enumerate(lines[:_LIST_HEAD + 1]) if line[1:2] == " " and line[:1] in _MENU_MARKS),
                None)
    if head is None or head and (_introduces_list(lines[head - 1]) or not all(
            len(_HEADLINE_WORDS.findall(line)) <= _MENU_ITEM_WORDS for line in lines[:head])):
        return None
    items = lines[:head]
    for line in lines[head:]:
        if line[1:2] == " " and line[:1] in _MENU_MARKS:
            items.append(line[2:])
        elif line not in _MENU_MARKS:  # (a mark alone)
            items[-1] += " " + line
    return items


_LINK_TARGET = regexcache.compile(r"\]\([^)\s]*(?:\s[^)]*)?\)")  # a Markdown link's target ('[News](/news/ "News")')


def _mostly_labels(items: list[str]) -> bool:
    """More than half the items are a link's label, up to six words (a link's Markdown target aside): a menu, not the
    points of a story's summary above it ('* Fares rise by a fifth from May')."""
    return 2 * sum(1 <= len(_HEADLINE_WORDS.findall(_LINK_TARGET.sub("]", item))) <= _MENU_ITEM_WORDS
                   for item in items) > len(items)


def _mostly_capitalised(items: list[str]) -> bool:
    """Half the items or more open with a capital or a figure: a menu's, a tag list's or related headlines' labels,
    not a box of the story's below it ('* two library cards' / '* a reading lamp')."""
    return 2 * sum(not item.lstrip("[\"'“‘")[:1].islower() for item in items) >= len(items)


def _story_list(texts: list[str], shapes: list[tuple[int, bool]], lines: list[int]) -> bool:
    """The lines are a list of the story's: under a line that introduces it ('The shortlist is:'), or with the story's
    prose right above and right below them."""
    above, below = lines[0] - 1, lines[-1] + 1
    return above >= 0 and (_introduces_list(texts[above]) or below < len(texts)
                           and prose_paragraph(texts[above], shapes[above][0])
                           and prose_paragraph(texts[below], shapes[below][0]))


def _menu_items(items: list[str], most: int = _MENU_ITEM_WORDS) -> bool | None:
    """None unless each item is a link's label (one to ``most`` words, no sentence's end); else whether two or more
    hold a word of the page."""
    lowered = [[w.lower() for w in _HEADLINE_WORDS.findall(item)] for item in items]
    if not all(1 <= len(words) <= most for words in lowered) \
            or any(item.rstrip().endswith((".", "!", "?")) for item in items):
        return None
    return sum(not WEB_WORDS.isdisjoint(words) for words in lowered) >= 2


_PAGE_LIST_ITEM_WORDS = 30  # words of an item of a page's list at most (a related story's headline, its time or byline)


def _page_list_items(items: list[str]) -> bool:
    """Each item is a label, a tag, a number or a headline (up to thirty words, not empty), none a statement ending in
    a stop (a teaser cut short, 'Finding happiness in the mess of ...', is no statement, nor are two words, 'Apps &
    Co.')."""
    return all(item and (words := len(_HEADLINE_WORDS.findall(item))) <= _PAGE_LIST_ITEM_WORDS
               and (not item.endswith((".", "!")) or item.endswith(_CUT_SHORT) or words <= _LABEL_WITH_STOP)
               for item in map(str.strip, items))


_LABEL_WITH_STOP = 2  # words of a label that may end in a stop, at most ('Apps & Co.', 'Washington D.C.')


def _headline_above(text: str) -> bool:
    """A line shaped like a headline over its teaser: up to twenty words, a capital first (after a quotation mark),
    no final stop."""
    text = text.strip()
    return 0 < text.count(" ") < _TEASER_HEADLINE_WORDS and text.lstrip(_QUOTES)[:1].isupper() \
        and not text.endswith(_SENTENCE_ENDS + (",", ";", ":"))


def _teaser_below(texts: list[str], index: int) -> bool:
    """The paragraph under line ``index`` (or under the short line after it) is a teaser of another story: cut short
    ('The island recorded five cases on Thursday from the...'). A heading outside the story's extent over a
    paragraph that takes up its words is the heading of a live blog's entry or of a section, unless that paragraph is
    such a teaser (a list of related stories, each headline over its teaser)."""
    return any(texts[j].rstrip().endswith(_CUT_SHORT) for j in (index + 1, index + 2) if j < len(texts))


def _beside_furniture(texts: list[str], shapes: list[tuple[int, bool]], extent: tuple[int, int], counts: LineCounts,
                      flagged: set[int], candidates: list[int], cut: float) -> list[tuple[int, float]]:
    """Lines the model kept (``candidates``) that touch page furniture, each with its score: a line beside a flagged
    one that shows a sign of the page and scores ``_BESIDE_CUT`` (a line so found lifts the lines beside it in turn),
    then a run of two lines or more beside one that show none but each score the cut, the rows of a box ('Expect to
    pay $15' / 'Developer Studio Name' over 'Link Official site'; a single such line may be the headline under a
    menu). ``flagged`` grows with them (31f)."""
    kept = set(candidates)
    scores: dict[int, tuple[float, bool]] = {}  # line -> its score and whether it shows a sign of the page

    def scored(i: int) -> tuple[float, bool] | None:
        if i not in kept or _piece_of_sentence(texts, i):
            return None
        if i not in scores:
            vector = features(texts, i, shapes, extent, story=False, counts=counts)
            scores[i] = (0.0, False) if not vector or _plain_sentence(vector) or shapes[i][0] > PROSE_WORDS \
                and texts[i].rstrip().endswith(_SENTENCE_ENDS) \
                else (furniture_score(add_story_words(vector, texts, i, shapes, extent)), _page_sign(texts[i], vector))
        return scores[i]

    found = []
    waiting = [i for i in candidates if i - 1 in flagged or i + 1 in flagged]
    while waiting:
        i = waiting.pop()
        if i not in flagged and (answer := scored(i)) and answer[1] and answer[0] >= _BESIDE_CUT:
            flagged.add(i)
            found.append((i, answer[0]))
            waiting.extend(j for j in (i - 1, i + 1) if j in kept)
    for edge in sorted(flagged):
        for step in (-1, 1):
            run, i = [], edge + step
            while i not in flagged and (answer := scored(i)) and not answer[1] and answer[0] >= cut \
                    and not _name_alone(texts[i]):
                run.append((i, answer[0]))
                i += step
            if len(run) >= 2:
                flagged.update(i for i, _ in run)
                found.extend(run)
    return sorted(found)


def _page_sign(text: str, vector: list[float]) -> bool:
    """Whether a line shows a sign of the page (``has_evidence``), but a headline whose one sign is a 'We' or 'You'
    capitalised inside it ('Can We Keep the Harbour Open?', the story's own under the menu) shows none."""
    signs = page_signs(vector)
    if signs != 1 or not vector[_AT_SECOND_PERSON]:
        return signs > 0
    words = [w.strip(_HEADLINE_TRIM) for w in text.split()]
    addressed = [w for w in words if w.lower() in SECOND_PERSON]
    return not addressed or not all(w[:1].isupper() for w in addressed) or words[0] in addressed


_HEADLINE_TRIM = "\"“”‘’'.,;:!?()"


def _piece_of_sentence(texts: list[str], index: int) -> bool:
    """The line may be a piece of a sentence an extractor broke at its links (or a column's wrapped line): it opens
    otherwise than with a capital or a figure, goes on into the line under it (see _goes_on), or the line above goes
    on into it (ends on a small word or a comma)."""
    text = texts[index]
    above = texts[index - 1].rstrip() if index else ""
    return not (text[:1].isupper() or text[:1].isdigit()) \
        or index + 1 < len(texts) and _goes_on(text, texts[index + 1]) \
        or bool(above) and (above.endswith((",", ";")) or _goes_on(above, text))


_SUB_ITEM = regexcache.compile(r"[+o◦][ \t]+\S")  # an item of a list inside an item, as lynx and inscriptis mark it
_SECTION_WORDS = 4  # words of a menu's section at most ('* [48]Weather & Traffic')


def _menu_sections(texts: list[str], shapes: list[tuple[int, bool]], flagged: set[int]) -> list[int]:
    """The items of a menu a text browser prints as a nested list ('* [13]Watch' over '+ [14]KXAN Newscasts', …)
    whose first item under them is furniture (``flagged``): each the section's label, of up to ``_SECTION_WORDS``
    words, not flagged itself."""
    return [i for i in range(len(texts) - 1) if i + 1 in flagged and i not in flagged and _list_item(texts[i])
            and shapes[i][0] <= _SECTION_WORDS and _SUB_ITEM.match(texts[i + 1]) is not None]


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
        if any(j in flagged or 0 <= j < len(texts) and (_owned_elsewhere(texts[j]) or credit_only(texts[j]))
               for j in (i - 1, i + 1)):
            found.append(i)
    return found


_AMONG_FURNITURE_WORDS = 16  # words: a longer line between two lines of furniture may be the story's


def _between_furniture(texts: list[str], shapes: list[tuple[int, bool]], flagged: set[int],
                       live_headings: set[int] | frozenset[int], headings: set[int | None] = frozenset()) -> list[int]:
    """Lines right between two lines of page furniture (each one NL311 reported or a shape of NL310's: a labelled
    link, a button) that none reported: another story's headline in a list of links ('Man held after raid, police
    say'), an item of a menu. Up to sixteen words without a final stop, a capital first, no line another rule owns;
    a line between a date and a byline is left alone (a live blog's entry), and so are the story's ``headings``
    (its headline under the page's <title> or over the story, between the menus or a card of it and a share bar)
    and a subheading, which has prose under it."""
    found = []
    for i in range(1, len(texts) - 1):
        text = texts[i].strip()
        if i in flagged or shapes[i][0] > _AMONG_FURNITURE_WORDS or not text[:1].isupper() \
                or text.endswith(_SENTENCE_ENDS + (",", ";", ":")) or i in live_headings or i in headings \
                or _owned_elsewhere(text) \
                or _goes_on(text, texts[i + 1]):
            continue
        if all((j in flagged or boilerplate_shape(texts[j])) and not _name_alone(texts[j]) for j in (i - 1, i + 1)):
            found.append(i)
    return found


_BOX_LINES = 3  # lines of a box between two lines of furniture: its label, its text, a label under it
_BOX_LABEL_WORDS = 5  # words of a box's label ('Partner Views', 'Sponsored')
_BOX_TEXT_WORDS = 6  # words of a box's text at least: a sentence ('Multiplayer?' is a row of a box of facts)
_BOX_TEXT_MAX = 700  # characters of it: a sentence or three
_TOLD_WORDS = 15  # words of a paragraph that tells the story (more than this many)
_NARRATIVE = regexcache.compile(r"\b(?:was|were|had|did)\b")  # a story's past tense
_ADDRESS = regexcache.compile(r"\b(?:I|[Yy]ou|[Yy]our)\b")  # a reader's own words, advice (a pitch is NL342's)
_LIST_NUMBER = regexcache.compile(r"\s*\d{1,3}[.)]?\s*")  # a numbered list's number on a line of its own
_TEASER_SHARE = 4  # a quarter of a line's content words in the story's prose makes it the story's close
_SENTENCE_GAP = regexcache.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")  # a sentence ending before another


def _boxed_prose(texts: list[str], shapes: list[tuple[int, bool]], extent: tuple[int, int] | None,
                 furniture: set[int]) -> list[int]:
    """The text of a box between two lines of furniture NL311 reported (``furniture``), after the story's last
    paragraph that tells or reports (:func:`_last_told`): one to three lines, each a label (up to five words, a
    capital first, no final stop) or the box's text, one of them at least: a sentence or three in the present
    tense that reports no speech, says neither 'I' nor 'you' and whose words are mostly not the story's (the site
    on a column, its sponsors, its community: 'Partner pieces come from invited writers …'; another story's teaser). A marker
    printed above and below alike ('Advertisement') boxes nothing, nor do the lines :func:`_box_edge` refuses. The
    story's last paragraph is an upper edge too: a teaser of another story printed under it, over the page's
    furniture (33f)."""
    found: list[int] = []
    last_told = _last_told(texts, shapes)
    story = None
    for above in [last_told, *sorted(furniture)]:
        below = next((j for j in range(above + 1, min(above + _BOX_LINES + 2, len(texts))) if j in furniture), None)
        if below is None or below == above + 1 or above < last_told or texts[above].strip() == texts[below].strip() \
                or not ((above == last_told or _box_edge(texts[above], shapes[above][0]))
                        and _box_edge(texts[below], shapes[below][0])):
            continue  # (before the story's last paragraph: a standfirst, a box of facts, a caption, a subheading)
        box = range(above + 1, below)
        lines = [texts[i].strip() for i in box]
        labels = [shapes[i][0] <= _BOX_LABEL_WORDS and line[:1].isupper() and not line.endswith(_SENTENCE_ENDS)
                  for i, line in zip(box, lines)]
        if all(labels) or not all(label or _box_text(line, shapes[i][0]) for i, line, label in zip(box, lines, labels)):
            continue
        if above == last_told and (len(lines) > 1 or len(lines[0]) > _SHORT or _SENTENCE_GAP.search(lines[0])
                                   or below + 1 not in furniture):
            continue  # (under the story: a teaser is its one sentence; more is the story's close)
        if story is None:
            first, last = extent or story_extent(texts, shapes)
            story = prose_word_counts(texts, shapes, range(first, last + 1))
        if last in box and prose_paragraph(texts[last], shapes[last][0]):
            continue  # (the story's last paragraph of prose, under a box of links inside it: the story's close)
        left = prose_word_counts(texts, shapes, (i for i in box if first <= i <= last))  # (the box's own words)
        share = _TEASER_SHARE if above == last_told else 2  # (a teaser under the story: another story's words)
        if any(not label and told_elsewhere(line, story, left, share) for line, label in zip(lines, labels)):
            continue  # (the story's own matter between two lines the model took)
        found.extend(i for i in box if i not in found)
    return found


def _box_edge(text: str, words: int) -> bool:
    """A line of furniture that may close a box: a label, a link or a headline of a few words; not a list's number
    or a label ending in a colon (a numbered list's pieces, a subheading over its text), not a photo's credit (a
    caption beside it) and not a longer line (a caption or a pull quote the model took)."""
    return words <= PROSE_WORDS and not _LIST_NUMBER.fullmatch(text) and not text.rstrip().endswith(":") \
        and not credit_only(text)


def _box_text(line: str, words: int) -> bool:
    """A box's text: a sentence or three, a capital first, in the present tense, reporting no speech, neither 'I'
    nor 'you', not NL342's (a prompt of the site's, its description of itself)."""
    return words >= _BOX_TEXT_WORDS and len(line) <= _BOX_TEXT_MAX and line[:1].isupper() \
        and line.endswith(_SENTENCE_ENDS) and not _REPORTED.search(line) and not _NARRATIVE.search(line) \
        and not _ADDRESS.search(line) and not describes_the_site(line) and not reader_prompt(line, word_texts(line))


def _last_told(texts: list[str], shapes: list[tuple[int, bool]]) -> int:
    """The last paragraph that tells the story: more than fifteen words, reported speech or the past tense in it
    (the text's length where none does: no story to stand after)."""
    return next((i for i in range(len(texts) - 1, -1, -1) if shapes[i][0] > _TOLD_WORDS
                 and (_REPORTED.search(texts[i]) or _NARRATIVE.search(texts[i]))), len(texts))


_LOWER_LETTERS = regexcache.compile(r"[a-z]+")
_GOES_ON_MARKS = tuple(",.;:)”’")  # a line an extractor broke off before the sentence's punctuation opens with it


def _broken_sentences(texts: list[str]) -> set[int]:
    """The lines of the story's sentences an extractor broke at their links ('… has made the storms' / 'three times
    more likely to flood' / 'the coastal towns of the north.'): runs of lines each going on from the one above (which
    ends without a stop, a colon or a closing mark) in lower case or with punctuation, one of them with a word in
    lower case, the last one ending the sentence, and no word of the site's business in them (the site's own
    sentences break at their links too: '… is set out in our' / 'privacy policy' / '.'). A list of tags in
    lower case has no stop at its end ('Tagged:' / 'amazon' / 'brazil' / 'Wildfire')."""
    found: set[int] = set()
    start, worded = 0, False
    for i in range(1, len(texts) + 1):
        if i < len(texts) and texts[i][:1] and (texts[i][0].islower() or texts[i].startswith(_GOES_ON_MARKS)) \
                and not texts[i - 1].rstrip().endswith(_SENTENCE_ENDS + (":", ";", "…")):
            worded = worded or texts[i][0].islower()
            continue
        if worded and texts[i - 1].rstrip().endswith(_SENTENCE_ENDS) \
                and WEB_STRICT.isdisjoint(_LOWER_LETTERS.findall(" ".join(texts[start:i]).lower())):
            found.update(range(start, i))
        start, worded = i, False
    return found


_SMALL_WORD_ENDS = tuple(" " + word for word in _CAPTION_STOPWORDS)  # how a line broken before a name ends


def _beside_open_break(texts: list[str], shapes: list[tuple[int, bool]], index: int) -> bool:
    """The line is a piece of a sentence broken where a name or a link was set on a line of its own (NL108's break
    after a small word: '… available from the' / 'Regional Planning Office' / 'on …'): a line in sentence case ends
    on a small word after two words or more and the line under it opens with a capital or a figure, or the line
    above ends so and it opens with a capital. A label in title case over its link is furniture ('Designed &
    Developed by')."""
    below = texts[index + 1][:1] if index + 1 < len(texts) else ""
    return (below.isupper() or below.isdigit()) and _ends_open(texts[index], shapes[index][0]) \
        or index > 0 and texts[index][:1].isupper() and _ends_open(texts[index - 1], shapes[index - 1][0])


def _ends_open(text: str, words: int) -> bool:
    """A line of three words or more in sentence case that ends on a small word ('… available from the')."""
    return words >= 3 and text.endswith(_SMALL_WORD_ENDS) and any(w[:1].islower() for w in text.split()[1:-1])


def _goes_on(text: str, below: str) -> bool:
    """A piece of a sentence an extractor broke at a link: it ends in a small word ('… and also leads among') or the
    line under it goes on in lower case or with punctuation."""
    last = text.split()[-1].lower()
    first = below.lstrip()[:1]
    return last in _CAPTION_STOPWORDS or last in _LINKING_SMALL or not first.isupper() and not first.isdigit()


_LINKING_SMALL = frozenset("among but than that which who whose".split())  # more small words a line may break after


_NAME_LINE = regexcache.compile(_PERSON)


def _name_alone(text: str) -> bool:
    """A line that is a person's name and nothing else ('Jane Doe', over a live blog's entry), not a label of the
    page ('Latest News': a word of the web page or of a box of links)."""
    return bool(_NAME_LINE.fullmatch(text.strip())) \
        and all(w.lower() not in WEB_WORDS and w.lower() not in LINK_BOX for w in text.split())


_TRAILING_HEADLINE_WORDS = (5, 30)  # words of a related story's headline (a shorter line is a label or a name)


def _headlines_after_furniture(texts: list[str], shapes: list[tuple[int, bool]], flagged: set[int]) -> range:
    """The headlines of related stories that end the text under the page's furniture ('Next: Seeking Solitude.' /
    two headlines): the last lines, two of them or more, each five to thirty words that open with a capital and end
    without a stop, right under a line NL311 reported or one that another rule owns (a labelled link, a prompt).
    A story ends with a sentence, a byline or a credit, never with two headlines."""
    start = len(texts)
    while start > 0 and _trailing_headline(texts[start - 1].strip(), shapes[start - 1][0]):
        start -= 1
    if len(texts) - start < 2 or start == 0 or not (start - 1 in flagged or _owned_elsewhere(texts[start - 1])):
        return range(0)
    return range(start, len(texts))


def _trailing_headline(text: str, words: int) -> bool:
    """A line shaped like a related story's headline: five to thirty words, a capital first, no stop or colon at
    the end, no byline, credit or other line that a rule of its own reports."""
    return _TRAILING_HEADLINE_WORDS[0] <= words <= _TRAILING_HEADLINE_WORDS[1] and text[:1].isupper() \
        and not text.endswith(_SENTENCE_ENDS + (":",)) and not _owned_elsewhere(text) and not credit_only(text)


_LINK_LABEL_WORDS = 4  # words of a box of links' label ('Related', 'More on this story', 'Recommended for you')
# the words that label a box of links to other stories (not 'Advertisement', 'Share': no story follows those)
LINK_BOX = frozenset("related recommended suggested read reading more also see next previous trending popular most top "
                      "latest news story stories article articles headlines".split())


def label_of_links(text: str) -> bool:
    """The label of a box of links to other stories: up to four words, one that names such a box ('Related', 'Most
    popular', 'Read more', 'Top stories'), the others small ('More on this story', 'Recommended for you')."""
    words = [w.lower() for w in _HEADLINE_WORDS.findall(text)]
    return 0 < len(words) <= _LINK_LABEL_WORDS and not text.rstrip().endswith(_SENTENCE_ENDS) \
        and any(w in LINK_BOX for w in words) and all(w in LINK_BOX or w in FUNCTION_WORDS or w == "you" for w in words)


def _story_sentence(text: str) -> bool:
    """A paragraph that reads as a sentence of the story even when it speaks to the reader ('We are logging off for
    the night but will be back at seven.'): it ends like a sentence, holds two function words or more and no word
    that is rarely anything but the page's ('newsletter', 'subscribe')."""
    if not text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    words = [w.lower() for w in _HEADLINE_WORDS.findall(text)]
    return sum(w in FUNCTION_WORDS for w in words) >= 2 and WEB_STRICT.isdisjoint(words)


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
                and any(shapes[k][0] >= PROSE_WORDS and texts[k].rstrip().endswith(_SENTENCE_ENDS)
                        for k in range(max(0, start - _TABLE_REACH), start)) \
                and any(shapes[k][0] >= PROSE_WORDS and _story_sentence(texts[k])
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
        if not shapes[i + 1][1] or i in found or not _introduces_list(texts[i]):
            continue
        end = i + 1
        while end < len(texts) and shapes[end][1]:
            end += 1
        found.update(range(i, end))
    return found


def _introduces_list(text: str) -> bool:
    """A line of the story's that ends in a colon over a list: three to twenty-five words, two function words or more,
    none of the web page's or the reader's."""
    intro = text.rstrip()
    if not intro.endswith(":"):
        return False
    words = [w.lower() for w in _HEADLINE_WORDS.findall(intro)]
    return _LIST_INTRO_WORDS[0] <= len(words) <= _LIST_INTRO_WORDS[1] and WEB_WORDS.isdisjoint(words) \
        and _READER.isdisjoint(words) and sum(w in FUNCTION_WORDS for w in words) >= 2


_EMAIL = regexcache.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FIGURE_CELL = regexcache.compile(r"[-+−±]?[$£€]?\d[\d,.]*(?:%|[kmb]n?)?")


def _table_value(text: str) -> bool:
    """A cell that is an e-mail address or a figure ('42', '3.5%', '$1,200'), not a date or a time."""
    text = text.strip()
    return bool(_EMAIL.fullmatch(text) or _FIGURE_CELL.fullmatch(text) and not DATE.search(text))


def _page_structure(article: Article, texts: list[str], index: int, crumbs: dict[int, int],
                    counts: LineCounts, found: occurrences.Occurrences) -> str | None:
    """Why the short line ``index`` is page furniture by the structure of the page around it, or None (``found``: the
    article's text's :func:`occurrences.of`)."""
    text = texts[index]
    if index in crumbs:
        return "a breadcrumb trail before the headline"
    if text.startswith(_LINK_STARTS) and _BARE_LINK.fullmatch(text):
        return "a bare link on its own line"
    if len(text) <= 2 and _PUNCTUATION_ONLY.fullmatch(text):
        return "a separator left on its own line"
    if "(BUTTON)" in text or ":INS]" in text:  # (lynx's and w3m's marks of a button and of an ad's slot, <ins>)
        return "a text browser's button or advertising slot"
    if text[:1] in _ITEM_MARKS and _list_item(text) and _page_item(text):
        return "a list's item of the page's words alone"
    if index + 1 < len(texts) and texts[index + 1][:1].isdigit() and _gallery_title(text, texts[index + 1]):
        return "a gallery's title above its first slide"
    if text[-1:].isdigit() and (why := _widget_of_figures(texts, index)):  # (a line ending on a digit: few do)
        return why
    # a line that ends like a sentence is none of the captions, labelled links and headings below (each asks for a
    # line without a final stop; the first two read the paragraph's own text, which may keep a soft hyphen at its end)
    closed = text.rstrip().endswith(_SENTENCE_ENDS)
    if not closed or text is not article.paragraphs[index].text:
        if 2 <= index < len(texts) - 1 and _caption_between_prose(article, index):
            return "a caption or related headline between paragraphs"
        if 1 <= index < len(texts) - 1 and ": " in text and _labelled_link(article, index):
            return "a labelled link to another story between paragraphs"
    if _pull_quote(found, texts, index, counts) and not _repeated_passage(article.text, texts, index):
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


_SLIDE_COUNTER = regexcache.compile(r"\d{1,3}/\d{1,3}\s*")  # '1/21' before a slide's title
_RANK_TWICE = regexcache.compile(r"(\d{1,2})\.? \1")  # a ranked list's number printed twice ('3. 3'): its mark and label
_DAY_ROW = regexcache.compile(r"\d{1,2}(?:[ \t]+\d{1,2}){4,6}")  # a week of a calendar's days ('9 10 11 12 13 14 15')
_MONTH_YEAR = regexcache.compile(r"(" + "|".join(MONTH_NAMES) + r") ((?:19|20)\d\d)(?: \(\d+\))?")  # 'March 2022 (4)'
_WIDGET_REACH = 12  # lines: how far from a ranked line the next rank may stand (its headline, its time, its picture)
_ARCHIVE_MONTHS = 3  # months in a row, at least, of an archive's list ('March 2022' / 'February 2022' / …)


def _widget_of_figures(texts: list[str], index: int) -> str | None:
    """Why line ``index`` (ending on a digit) is a widget's figures, or None: a ranked list's number printed twice
    ('2. 2') near the next or last rank, a calendar's week of days beside another week, or a month of an archive's
    list of months (three or more in a row, each the month after or before the last)."""
    text = texts[index].strip()
    if rank := _RANK_TWICE.fullmatch(text):
        number = int(rank[1])
        near = texts[max(0, index - _WIDGET_REACH):index + _WIDGET_REACH + 1]
        if any((other := _RANK_TWICE.fullmatch(line.strip())) and abs(int(other[1]) - number) == 1 for line in near):
            return "a ranked list's number (most read, most popular)"
        return None
    if _week(text):
        beside = any(0 <= j < len(texts) and _week(texts[j].strip()) for j in (index - 1, index + 1))
        return "a calendar's week of days" if beside else None
    if _MONTH_YEAR.fullmatch(text):
        run = 1 + _months_in_a_row(texts, index, -1) + _months_in_a_row(texts, index, 1)
        if run >= _ARCHIVE_MONTHS:
            return "a month of an archive's list of months"
    return None


def _week(text: str) -> bool:
    """A row of five to seven days of a month, each the day after the last."""
    if not _DAY_ROW.fullmatch(text):
        return False
    days = [int(day) for day in text.split()]
    return 1 <= days[0] and days[-1] <= 31 and all(b == a + 1 for a, b in zip(days, days[1:]))


def _month_number(text: str) -> int | None:
    """Months since year 0 of a line that is only a month and its year, or None."""
    month = _MONTH_YEAR.fullmatch(text.strip())
    return int(month[2]) * 12 + MONTH_NAMES.index(month[1]) if month else None


def _months_in_a_row(texts: list[str], index: int, step: int) -> int:
    """The lines after ``index`` (``step`` 1) or before it (-1) that go on its run of months, each next to the last."""
    run, last, j = 0, _month_number(texts[index]), index + step
    while 0 <= j < len(texts) and (month := _month_number(texts[j])) is not None and abs(month - last) == 1:
        run, last, j = run + 1, month, j + step
    return run


def _gallery_title(text: str, below: str) -> bool:
    """A photo gallery's title over its first slide, which gives the title again after the slide counter
    ('Europe starts to ease its lockdown' / '1/21Europe starts to ease its lockdown'). (The caller asks it only under
    a line that opens with a digit, as the counter does: most lines do not.)"""
    counter = _SLIDE_COUNTER.match(below)
    return bool(counter) and len(text) >= 10 and below[counter.end():].startswith(text.strip())


_COUNT_DIGITS = 4  # digits of a count alone on a line over the headline (its comments or shares: '0', '384')


def _section_label(texts: list[str]) -> bool:
    """The body opens with a section name or kicker ('News', 'Storage', 'Article Header') and then the headline:
    one to three capitalised words without a stop, or a count alone ('0', its comments or shares), followed by a
    line of four to twenty words that does not end like a sentence, followed by more text."""
    if len(texts) < 3:
        return False
    if _count_alone(texts[0]):
        return _headline_shaped(texts[1])
    label = texts[0].split()
    return 1 <= len(label) <= 3 and all(w[:1].isupper() for w in label) and texts[0].isprintable() \
        and not texts[0].rstrip().endswith(_SENTENCE_ENDS + (":",)) and not any(c.isdigit() for c in texts[0]) \
        and _headline_shaped(texts[1])


def _count_alone(text: str) -> bool:
    """A line that is a count alone ('0', '384': a story's comments or shares)."""
    return text.strip().isdigit() and len(text.strip()) <= _COUNT_DIGITS


def _headline_shaped(text: str) -> bool:
    """A line of four to twenty words that does not end like a sentence: a headline under a label."""
    return 4 <= len(text.split()) <= 20 and not text.rstrip().endswith(_SENTENCE_ENDS)


_ITEM_MARKS = "-–•*·"  # how _LIST_ITEM's bulleted items open


def _page_item(text: str) -> bool:
    """A list's item (its mark first) that names the page's links alone ('• Home', '-   Login', '* Open Search'): a
    capital first, no stop at its end (a piece of a sentence, 'members (4 of 9).', is the story's)."""
    item = text[1:].strip()
    return item[:1].isupper() and not item.endswith(".") and _page_words_alone(item)


_PAGE_TITLE_WORDS = 6  # words of a first line made of the page's words alone ('Skip to content', 'Log In')
_BUTTON_SMALL_WORDS = frozenset("main now here us".split())  # more small words a page's links keep ('Follow us')


def _furniture_title(article: Article) -> Paragraph | None:
    """The title the parse found, as a line, where it is made of the page's words alone (its navigation, sign-in and
    sharing words, :data:`WEB_WORDS`, and small words: ' Skip to main content', 'Log In', 'Menu Content'), one of the
    page's words among them, up to six words: a link or button of the page, no headline; or a widget's glyph alone
    ('*', '×')."""
    title = article.title
    if len(title.value) == 1 and not title.value.isalnum() or _page_words_alone(title.value):  # (a glyph: '*', '×')
        return Paragraph(-1, title.span.start, title.value)
    return None


def _page_words_alone(text: str) -> bool:
    """Whether ``text`` is made of the page's words alone (:data:`WEB_WORDS` and small words), one of them at least, up
    to six words: a link or a button of the page ('Skip to main content', 'Log In', 'Open Search')."""
    words = [w.lower() for w in _HEADLINE_WORDS.findall(text)]
    return 0 < len(words) <= _PAGE_TITLE_WORDS and not WEB_WORDS.isdisjoint(words) \
        and all(w in WEB_WORDS or w in FUNCTION_WORDS or w in _BUTTON_SMALL_WORDS for w in words)


def _section_title(article: Article, texts: list[str]) -> Paragraph | None:
    """The title the parse found, as a line, where it is no headline but a label over the one the body opens with
    (a main-content extractor's first line, a blank line under it): a section's name or kicker ('Business',
    'BREAKING', 'Advertisement') or a count alone ('0', its comments), over a line shaped like a headline, over more
    text (:func:`_section_label`'s shape)."""
    title = article.title
    if title is None or not _section_label([title.value, *texts[:2]]):
        return None
    return Paragraph(-1, title.span.start, title.value)


# a line of separators an extractor split off its links: '»' between breadcrumbs, ',' between tags
# a link an extractor kept from an embed (audio, a post, a share target): the whole line is the address
_BARE_LINK = regexcache.compile(r"(?:https?://|www\.)\S+")
_LINK_STARTS = ("http", "www.")  # how every _BARE_LINK starts
# ('.' alone is left to the stray-break rules: it is a sentence's stop cut off from its line)
_PUNCTUATION_ONLY = regexcache.compile(r"[,;:»«›‹>|/]+|Δ")  # Δ: the spam trap of a comment form (Akismet)


def _page_title(texts: list[str], text: str, shapes: list[tuple[int, bool]]) -> bool:
    """The body opens with the page's <title>: a headline, a dash or bar, and a site name ('… - The Haitian
    Times', '… | The Times of Tobago'; after a dash, only when the page names the site again further down or gives
    the headline again as a line of its own), or the bare headline that the page gives again as a line of its own
    further down, above the story (its heading: a copy the page gives only inside or after the story is in a list
    of links, and the first line is the story's headline)."""
    if len(texts) < 3 or len(texts[0]) > 200 or texts[0].rstrip().endswith(_SENTENCE_ENDS):
        return False
    return _headline_again_over_story(texts[0], texts, shapes, 2) \
        or _titled_by_site(texts[0], text, len(texts[0]), texts[1:])


def _headline_again_over_story(first: str, texts: list[str], shapes: list[tuple[int, bool]], start: int,
                               listed: bool = False) -> bool:
    """``first`` (four words or more) stands again whole as a line of ``texts`` (their ``shapes``) from line ``start``
    on (after the page's head), at or over the story's first paragraph (with ``listed``: no headline-shaped line beside
    it, a list of the site's headlines): ``first`` is the page's <title>, the line below its heading."""
    first = first.strip()
    if len(first.split()) < 4 or first not in (t.strip() for t in islice(texts, start, None)):
        return False
    again = next(i for i in range(start, len(texts)) if texts[i].strip() == first)
    return again <= story_extent(texts, shapes)[0] and not (listed and any(
        _listed_headline(texts[k].strip()) for k in (again - 1, again + 1) if start <= k < len(texts)))


def _title_of_page(article: Article, texts: list[str], shapes: list[tuple[int, bool]]) -> Paragraph | None:
    """The title the parse found, as a line, where it is the page's <title> (:func:`_titled_by_site`: a whole-page
    extractor's first line, 'Storm hits the coast | The Post', over the menus and the story's own headline; or the
    bare headline given again over the story after the page's head, :func:`_headline_again_over_story`)."""
    title = article.title
    if title is None or len(title.value) > 200 or title.value.endswith(_SENTENCE_ENDS) \
            or not (_titled_by_site(title.value, article.text, title.span.end, texts)
                    or len(texts) >= 2 and _headline_again_over_story(title.value, texts, shapes, 1, listed=True)):
        return None
    return Paragraph(-1, title.span.start, title.value)


def _titled_by_site(first: str, text: str, after: int, below: list[str]) -> bool:
    """Whether ``first`` is a page's <title>: a headline of four words or more, a dash or bar and a site name of
    capitalised words; after a dash, only where ``text`` names the site again after ``after`` or a line of ``below``
    gives the headline whole."""
    tail = _SITE_TAIL.search(first)
    if not tail:
        return False
    site = tail.group().lstrip(" -–—|").strip()
    words = site.split()
    if not (1 <= len(words) <= 6 and len(first.split()) - len(words) >= 4
            and all(w[:1].isupper() or w[:1].isdigit() or 0 < k < len(words) - 1 and w in _SITE_NAME_LINKS
                    for k, w in enumerate(words))):
        return False
    headline = first[:tail.start()].strip()
    return "|" in tail.group() or text.count(site, after) >= 1 \
        or any(t.strip() == headline for t in below)  # (a headline never has a bar)


def _headline_under_title(texts: list[str]) -> int | None:
    """The story's headline under the page's <title> (``texts[0]``: 'Storm hits the coast | The Post', then the
    menus, then 'Storm hits the coast'): the first line below it that gives the title's headline whole, without its
    site name (or its section and site names; apostrophes read as one, and capitals as small letters: a page may
    set its heading in title case). The page may give it again further down (a list of links), and a headline may
    end like a sentence ('… like a diamond!'), but this one heads the story: neither a pull quote nor furniture."""
    first = texts[0].strip().translate(_PRIMES).lower()
    tail = _SITE_TAIL.search(first)
    headlines = {first, first[:tail.start()].strip()} if tail else {first}
    part = _TITLE_PARTS.split(first, 1)[0]
    if tail and len(part.split()) >= _TITLE_HEADLINE_WORDS:
        headlines.add(part)
    return next((i for i in range(1, len(texts)) if texts[i].strip().translate(_PRIMES).lower() in headlines), None)


_TITLE_PARTS = regexcache.compile(r"\s[-–—|]\s|\|")  # 'Headline | Section| Site | 19.01.2020': its first part
_TITLE_HEADLINE_WORDS = 4  # a <title>'s first part this long is its headline, not a section's name
_PRIMES = str.maketrans("′’", "''")  # a <title>'s apostrophe may be another character than the heading's


def _breadcrumbs(texts: list[str]) -> dict[int, int]:
    """Breadcrumb trails near the top, each mapped to the headline it ends in: a line of up to four words of
    sections ('Home / Local News /', 'Home Issues') followed by the headline, which a later line repeats on its own
    (the page's heading; the repeat is the story's headline and stays)."""
    found = {}
    for i in range(min(3, len(texts))):
        if not any(map(texts[i].endswith, islice(texts, i + 1, i + 6))):
            continue  # (most pages: no line near the top ends with one of the five under it, seen in C)
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
        and WEB_WORDS.isdisjoint(w.lower() for w in _HEADLINE_WORDS.findall(text))


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
    if not 2 <= len(words) <= _HEADING_WORDS or not WEB_STRICT.isdisjoint(words):
        return False
    substance = [w for w in words if w not in WEB_WORDS and w not in FUNCTION_WORDS and w not in _PAGE_NOUNS and len(w) > 3]
    if WEB_WORDS.isdisjoint(words) or len(substance) * 2 < len([w for w in words if w not in FUNCTION_WORDS]):
        return False
    return texts[index - 1].rstrip().endswith(_SENTENCE_ENDS) and _story_sentence(texts[index + 1])


_MARKED_HEADING = regexcache.compile(r"#{2,6} ")  # a heading Markdown marks ('### A plea from a harbour café')
_MARKED_HEADING_WORDS = (4, 16)  # words of a story's marked heading: a shorter one is a label ('## Related')


def _marked_heading_of_story(texts: list[str], shapes: list[tuple[int, bool]], index: int,
                             extent: tuple[int, int]) -> bool:
    """A heading of the story that an extractor kept with its Markdown marks (a live blog's entries, a feature's
    sections: '### Tourist sites - Harbour Head to close'): four to sixteen words with no word of the reader and none
    that is rarely anything but the page's, inside the story's extent, between a paragraph ending like a sentence and
    a sentence of the story (more than fifteen words each). The page's own boxes are marked so too, but say what
    they are ('## Sign up for our newsletter', '## Comments')."""
    text = texts[index]
    if not extent[0] < index < extent[1] or not _MARKED_HEADING.match(text) \
            or shapes[index - 1][0] <= 15 or shapes[index + 1][0] <= 15:
        return False
    words = [w.lower() for w in _HEADLINE_WORDS.findall(text)]
    return _MARKED_HEADING_WORDS[0] <= len(words) <= _MARKED_HEADING_WORDS[1] and _READER.isdisjoint(words) \
        and texts[index - 1].rstrip().endswith(_SENTENCE_ENDS) and _story_sentence(texts[index + 1])


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
            or not WEB_STRICT.isdisjoint(w.lower() for w in words):
        return False
    return _story_sentence(texts[index + 1])


_PULL_QUOTE_TRIM = " \t\"“”‘’'.,;:!?…"


def _twice_in_a_row(texts: list[str]) -> set[int]:
    """Lines of three to twenty words that the line right above or below says again: a page's card of another story
    prints its headline twice (the picture's text and the link's). A story does not say a line twice in a row; a
    paragraph of prose given twice is an extractor's doubling, not furniture."""
    found: set[int] = set()
    for i, (text, below) in enumerate(zip(texts, islice(texts, 1, None))):
        if text == below and 2 <= text.count(" ") < _TEASER_HEADLINE_WORDS:
            found.update((i, i + 1))
    return found


def _pull_quote(found: occurrences.Occurrences, texts: list[str], index: int, counts: LineCounts) -> bool:
    """A pull quote: a sentence of six to forty words whose words (quotes and end punctuation aside) stand in the
    whole text (``found``'s) more often than the paragraph itself does, where the story says them (a page repeats a sentence in large type; a
    headline, which the page's title line holds too, does not end like a sentence)."""
    text = texts[index]
    if not text.endswith(_SENTENCE_ENDS):
        text = _leading_quotation(text)
        if not text:
            return False
    core = _quoted_core(text)
    # (from its second letter: the story may say it in mid-sentence, 'But unlike …'; a paragraph given twice whole,
    # or again further down at the head of a longer line (a caption that reuses the sentence: '… cheap imports
    # (pictured, …)'), is a repetition, not a pull quote; a teaser cut short, '…in 19 of 32...', is furniture either way)
    if not core or not _said_again(found, core):
        return False
    whole = found.text
    return whole.count(core[1:]) > counts[text] \
        and (text.endswith(("...", "…")) or not any(t != text and t.startswith(core) for t in texts[index + 1:]))


def _quoted_core(text: str) -> str:
    """The words of a pull quote ``text`` without its quotation marks and end punctuation, if six to forty words and
    twenty characters or more, else ''."""
    core = text.strip(_PULL_QUOTE_TRIM)
    return core if 6 <= core.count(" ") + 1 <= 40 and len(core) >= 20 else ""


def _said_again(found: occurrences.Occurrences, core: str) -> bool:
    """What follows the first word of ``core`` stands twice in ``found``'s text (asked first of the text's index, not
    by a scan of the whole text for every line, which made a long page of short lines cost the square of its length)."""
    return found.twice(core[core.index(" "):])


# a paragraph that opens with a whole quotation and runs on without a space or on the next line: a pull quote with its
# credit glued or under it ('“… in his adult life.”L: Random House / R: …')
_LEADING_QUOTATION = regexcache.compile(r"[“\"][^“”\"\n]+[.!?…][”\"](?=\n|[^\W\d_])")


def _leading_quotation(text: str) -> str:
    """The whole quotation that opens ``text`` with something else glued after it or on the next line, else ''."""
    match = _LEADING_QUOTATION.match(text)
    return match.group() if match else ""


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
    source = _reworded_source(texts, index)
    if source is None or not 8 <= len(article.paragraph_words[index]) <= 40:
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


def _reworded_source(texts: list[str], index: int) -> int | None:
    """The paragraph within three of line ``index`` that may say it in other words (see _reworded_pull_quote): a
    longer one holding two of three stretches of twenty characters spread over the line, the line a sentence between
    two paragraphs half as long again or longer; else None."""
    text = texts[index]
    size = len(text)
    if not 0 < index < len(texts) - 1 or size < _PROBE * 3 or len(texts[index - 1]) < size * 1.5 \
            or len(texts[index + 1]) < size * 1.5 or not text.rstrip().endswith(_SENTENCE_ENDS):
        return None
    first, middle, last = (text[at:at + _PROBE] for at in (size // 5, size // 2 - _PROBE // 2, size * 4 // 5 - _PROBE))
    for source in range(max(0, index - _REWORDED_REACH), min(len(texts), index + _REWORDED_REACH + 1)):
        other = texts[source]
        if len(other) > size and source != index and (middle in other and (first in other or last in other)
                                                       or first in other and last in other):  # two of the three
            return source
    return None


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
            or len(match.group("rest").split()) < 4 or match.group("label").lower() in NOTE_LABELS:
        return False
    return all(len(article.paragraph_words[j]) > 15 and article.paragraphs[j].text.rstrip().endswith(_SENTENCE_ENDS)
               for j in (index - 1, index + 1))


def _dangling_heading(texts: list[str]) -> bool:
    """The text ends in a heading with nothing under it ('Recent Posts', 'The Verdict', 'Related'): one to four
    words, each capitalised or small, with no stop, no digit and no dash (a signoff '– Jane Doe' is NL315's), not a
    name after an honorific (a signoff 'Dr. Jane Doe', NL340's), after a paragraph of prose (which may speak to the reader: a review's last words) or after a prompt of the site
    (NL342's: 'Read our Terms and Privacy Policy' / 'Recent Posts')."""
    text = texts[-1].strip()
    words = text.split()
    if len(texts) < 3 or not 1 <= len(words) <= 4 or text.endswith(_SENTENCE_ENDS + (",", ";")) \
            or any(c.isdigit() or c in "-–—/|@" for c in text) or not words[0][:1].isupper() or HONORIFIC.match(text):
        return False
    if not all(w[:1].isupper() or w in _CAPTION_STOPWORDS for w in words):
        return False
    before = texts[-2]
    return len(before.split()) > 15 and (_prose(before) or _story_sentence(before)) \
        or bool(reader_prompt(before, _HEADLINE_WORDS.findall(before)))


def _list_heading(texts: list[str], index: int) -> bool:
    """The heading of such a list ('Recent Stories'): one to three words without a stop right above it."""
    text = texts[index]
    return index + 1 < len(texts) and len(text) <= 40 and 1 <= len(text.split()) <= 3 and not text.rstrip().endswith(_SENTENCE_ENDS) \
        and not _stamp_line(text) and _related_headline(texts, index + 1)


def _related_headline(texts: list[str], index: int) -> bool:
    """A headline in a list of related stories, each followed by its date ('Council approves cameras' /
    'November 8, 2023 | 2:19 pm', twice or more in a row): a line without a final stop, between dates."""
    text = texts[index]
    if index + 1 >= len(texts) or len(text) > 160 or text.rstrip().endswith(_SENTENCE_ENDS) or _stamp_line(text):
        return False
    if not _stamp_line(texts[index + 1]):
        return False
    before = index >= 1 and _stamp_line(texts[index - 1])
    after = index + 3 < len(texts) and _stamp_line(texts[index + 3]) \
        and not texts[index + 2].rstrip().endswith(_SENTENCE_ENDS)
    return before or after


_HEADLINE_GAP = 3  # lines between the story's headline and its first paragraph ('Posted on May 2', 'Share')
_OPENING = 4  # paragraphs of the story's opening, which take up two words of its headline
_CREDIT_MARKS = "/©|"  # what a caption's credit holds ('… on Tuesday (Jane Doe/Staff)'), a headline never


def _headline_over_story(texts: list[str], shapes: list[tuple[int, bool]]) -> int | None:
    """The story's headline over the page's first paragraph of prose (see prose_paragraph; one that opens a list
    with a colon too), which the page may print again (twice in a row for a card's picture and link, in a list of
    its latest stories, ending like a sentence), else None: the nearest line above that paragraph, below the text's
    first two lines (see _headline_or_dek), that is neither a date or byline line nor a button of up to three words ('Social Share': a
    word of the page; a name alone may be a photo's credit), three of them at most between; shaped like a headline
    (see _headline_first), without a final stop or bracket (a caption's), no credit or its marks and no line
    another rule reports, two of whose words of substance the story's opening (four paragraphs) takes up. Where the
    line above says it again, that one is the headline: the lower, the lead picture's alt text, is the page's."""
    first = next((i for i, text in enumerate(texts) if prose_paragraph(text, shapes[i][0], colon=True)), 0)
    for i in range(first - 1, max(1, first - 2 - _HEADLINE_GAP), -1):
        text = texts[i]
        if _stamp_line(text) or BYLINE_LINE.match(text) \
                or shapes[i][0] <= 3 and not WEB_WORDS.isdisjoint(w.lower() for w in _HEADLINE_WORDS.findall(text)):
            continue
        if text.rstrip().endswith((".", ")")) or any(mark in text for mark in _CREDIT_MARKS) \
                or not _headline_first(text) or _owned_elsewhere(text) or credit_only(text):
            return None
        opening = " ".join(texts[first:first + _OPENING]).lower()
        if sum(w in opening for w in content_words(text)) < 2:
            return None
        return i - 1 if texts[i - 1] == text else i  # (said twice in a row: the headline, then its picture's text)
    return None


def _headline_or_dek(texts: list[str], index: int) -> bool:
    """The first line is the headline (see _headline_first); the second is its dek (standfirst) when the first
    is the headline and it is six words or more with no word of the web page, no date and no link."""
    if index == 0:
        return _headline_first(texts[0])
    return _headline_first(texts[0]) and _headline_first(texts[1]) and len(texts[1].split()) >= 6


def _headline_first(text: str) -> bool:
    """The body's first line is the story's headline when the extractor kept it ('Melissa charged with killing her
    mom'): four words or more, not in capitals, with no word of the web page (five words or more may hold one
    everyday one after the first: 'A Letter on Fisheries and Open Water'; first, it is a label: 'Video …'), no date,
    no link and no site name after a dash or bar (the page's <title>: 'Family seeks funds - The Haitian Times')."""
    words = [w.lower() for w in _HEADLINE_WORDS.findall(text)]
    web = [k for k, w in enumerate(words) if w in WEB_WORDS]
    return len(words) >= 4 and not text.isupper() and (not web or len(web) == 1 and web[0] > 0 and len(words) >= 5) \
        and WEB_STRICT.isdisjoint(words) \
        and not DATE.search(text) and not holds_link(text) and not _SITE_TAIL.search(text)


# a line of a results table: 'Net 4,385,000 vs 5,792,000', 'Shr loss 12 cts vs profit 3 cts', 'Revs 2.1 mln vs 1.9 mln'
_FIGURES = regexcache.compile(r"\d(?:[\d,.]*\d)?%?(?: (?:mln|mn|billion|bln|cts|dlrs|pct|pence|p|stg))? vs\.? (?:[a-z]+ )?[$£€]?\d")
_LINKING = frozenset("remain remains remained stay stays stayed become becomes became seem seems seemed".split())


def _short_statement(text: str) -> bool:
    """A short sentence of the story ('Terms were not disclosed.', a wire story's last line before 'Reuter'):
    four words or more ending in a full stop, with a finite, linking or lexical verb (_lexical_verb: 'The incident
    drew several onlookers.') and no word of the reader or the web page, save an everyday one ('open', 'closed',
    'popular') that ends the sentence as what a verb says of its subject ('All the libraries remain open.'); a date
    label ('updated') stays a word of the page."""
    text = text.rstrip()
    if text.endswith(_WIRE_SIGNOFFS):  # (where the signoff may stand: its search tries every white space)
        text = _WIRE_SIGNOFF.sub("", text)
    if not text.endswith(".") or text.count(" ") < 3:
        return False
    words = [w.strip(".,;:").lower() for w in text.split()]
    if not _READER.isdisjoint(words) or _FINITE.isdisjoint(words) and _LINKING.isdisjoint(words) \
            and (not _lexical_verb(words) or _ABOUT_THE_PAGE.search(text)):
        return False
    web = [k for k, word in enumerate(words) if word in WEB_WORDS]
    return not web or web == [len(words) - 1] and words[-1] not in STAMP_LABELS and words[-2] not in WEB_WORDS


def _lexical_verb(words: list[str]) -> bool:
    """A lexical verb in the past tense after the sentence's first word, by the web's word counts and the past's
    forms (ngrams.is_verb, dates' _PAST_WORD: 'The incident drew several onlookers.'): the story tells what happened,
    a page speaks in the present ('Story continues below.'); not an imperative's first word ('Shared …'), nor a
    participle after 'not' or an adverb in -ly with no helper verb, a page's notice ('Copying not allowed.',
    'Republication strictly prohibited.')."""
    return any(_PAST_WORD.fullmatch(word) and ngrams.is_verb(word) and words[k - 1] != "not"
               and not words[k - 1].endswith("ly") for k, word in enumerate(words[1:], 1))


# a sentence about the page itself is the page's, whatever its verb ('The Associated Press contributed to this report.')
_ABOUT_THE_PAGE = regexcache.compile(r"(?i)\bthis (?:site|website|page|article|story|post|report)\b")

_STATEMENT_WORDS = 7  # a shorter sentence with a web word may be the page's ('More stories are on the site.')
_LONG_STATEMENT_WORDS = 12  # a sentence this long is the story's with any verb ('Kraft plans to cut back on …')
# a sentence whose subject is the page itself is the page's ('This site is protected by …', 'This story was updated …')
_OF_THE_PAGE = regexcache.compile(r"(?i)this (?:site|website|page|article|story|post|form|field)s?\b")


def _story_statement(texts: list[str], index: int, counts: LineCounts | None = None) -> bool:
    """Line ``index`` is a sentence of the story that names things of the web ('The privacy policy of the app was
    changed last week.'): seven words or more ending in a full stop with a finite verb after its first word, or
    twelve words or more ending so, said once in the text; not one that speaks to the reader ('We use cookies …'),
    holds a link or has the page itself as its subject. A page prints its own sentences again and again (under
    every box of comments)."""
    text = texts[index].rstrip()
    if not text.endswith(".") or text.count(" ") < _STATEMENT_WORDS - 1 or holds_link(text) \
            or _OF_THE_PAGE.match(text):
        return False
    words = [w.strip(_WORD_EDGES).lower() for w in text.split()]
    return (len(words) >= _LONG_STATEMENT_WORDS or not _FINITE.isdisjoint(words[1:])) \
        and SECOND_PERSON.isdisjoint(words) and (counts or LineCounts(texts))[texts[index]] == 1


_CASE_CHANGE = regexcache.compile(r"[a-z][A-Z]")


def _glued_sentence(text: str) -> bool:
    """A statement with a case change inside a word ('Kremlin spokespersonDmitry Peskov declined to comment.'): the
    story's, glued (NL102's); the glue would mislead the model, which NL102's finding no longer silences. One that
    speaks to the reader ('Click the AdBlock button on your browser.') stays the model's."""
    return text.rstrip().endswith(".") and bool(_CASE_CHANGE.search(text)) \
        and SECOND_PERSON.isdisjoint(w.strip(_WORD_EDGES).lower() for w in text.split())


def _table_row(text: str) -> bool:
    """A row of a table the extractor wrote in Markdown ('| Constituency | Member | Email |', '|---|---|'): the
    article's own table, whose header row is short and verbless like furniture."""
    text = text.strip()
    return len(text) > 2 and text[0] == "|" and text[-1] == "|" and text.count("|") >= 3


_WIDE_GAP = regexcache.compile(r"\t|  +")  # what parts the columns of a table set out with spaces or tabs
_TABLE_COLUMNS = 3  # cells of a row: a label and two figures or more ('Norway    9.10    9.20')


def _spaced_table_row(texts: list[str], index: int) -> bool:
    """A row of a table of figures set out in columns with wide spaces or tabs (a wire story's table, its header
    row too): the line and a line within two of it parted into the same number of cells, three or more, and one of
    them holding two figures or more. A menu's items are not set apart by wide spaces and hold no figures."""
    cells = _cells(texts[index])
    if len(cells) < _TABLE_COLUMNS:
        return False
    for j in range(max(0, index - 2), min(len(texts), index + 3)):
        row = cells if j == index else _cells(texts[j])
        if len(row) == len(cells) and sum(map(_table_value, row)) >= 2:
            return True
    return False


def _cells(text: str) -> list[str]:
    """The cells of a line set out in columns (empty where it has no wide space or tab)."""
    return [cell for cell in _WIDE_GAP.split(text.strip()) if cell] if "  " in text or "\t" in text else []


def _in_figures_table(texts: list[str], index: int) -> bool:
    """The line belongs to a table of figures (a wire story's results: its period and dividend lines
    'Nine mths', 'Pay April 16' stand between comparison lines), which is the story, not the page."""
    return any(" vs" in texts[j] and _FIGURES.search(texts[j])  # (every match holds ' vs')
               for j in range(max(0, index - 2), min(len(texts), index + 3)))


_SITE_TAIL = regexcache.compile(r"\s[-–—|]\s+[^-–—|\s][^-–—|]{1,38}$")
_SITE_NAME_LINKS = frozenset({"of", "and", "the", "for", "on", "de", "&"})  # a site name's small words ('The Times of …')


def _prose(text: str, lower_words: list[str] | None = None) -> bool:
    """A cheap test for a sentence with no word of the web page or of the reader (see _plain_sentence); a platform
    the story speaks of as a company (see _company) is no word of the page. ``lower_words``: the line's word tokens
    lower-cased, when known (a word of _READER with only _WORD_EDGES around it is one of them: the first look)."""
    if not text.rstrip().endswith(_SENTENCE_ENDS) or "@" in text or "www" in text or "http" in text:
        return False
    if lower_words is not None and _READER.isdisjoint(lower_words) \
            or lower_words is None and _READER.isdisjoint(map(methodcaller("strip", _WORD_EDGES), text.lower().split())):
        return True  # (most: no such word; where the tokens hold one, the words are read one by one at once)
    if lower_words is not None and text.isascii() and _in_capitals_only(text, _READER.intersection(lower_words)):
        return True  # (each of the reader's words the tokens hold stands only in capitals: 'US')
    words = list(map(methodcaller("strip", _WORD_EDGES), text.split()))
    readers = compress(count(), map(_READER.__contains__, map(str.lower, words)))  # (a few: each read in Python)
    return not any(not words[k].isupper() and not _company(words, k) for k in readers)


def _in_capitals_only(text: str, words: set[str]) -> bool:
    """Every occurrence of each of ``words`` (lower-case letters) in the ASCII ``text``, in any case, is in capitals:
    there are as many in capitals as in the lowered text (a word standing alone, as a line's word does between its
    edges, overlaps no other occurrence, so that it would add to the lowered text's count alone)."""
    lowered = text.lower()
    return all(lowered.count(word) == text.count(word.upper()) for word in words)


# platforms a sentence of the story may name as companies, and the words before a platform where something is posted
_PLATFORMS = frozenset("facebook twitter instagram linkedin youtube whatsapp pinterest reddit".split())
_POSTED_ON = frozenset("on via at in to from".split())


def _company(words: list[str], k: int) -> bool:
    """``words[k]`` names a platform as a company the story speaks of ('Salesforce is battling Twitter'): capitalised,
    after the first word, not where something is posted ('on Facebook', 'via Twitter')."""
    return k > 0 and words[k][:1].isupper() and words[k].lower() in _PLATFORMS and words[k - 1].lower() not in _POSTED_ON


_WORD_EDGES = ".,;:!?\"”’'()"  # what _prose strips from a word (no letter lowers into one of them)


def _owned_elsewhere(text: str) -> bool:
    """Lines that a rule of their own reports: NL310's shapes, timestamps (NL314), bylines (NL315)."""
    return bool(boilerplate_shape(text) or len(text) <= 80 and _stamp_line(text)
                or len(text) <= 90 and BYLINE_LINE.fullmatch(text))


def _plain_sentence(vector: list[float]) -> bool:
    """A sentence of six words or more that speaks neither to the reader nor of the web page: prose."""
    return bool(vector[_AT_SENTENCE_END] and not vector[_AT_SHORT]
                and not (vector[_AT_WEB_DENSE] or vector[_AT_SECOND_PERSON] or vector[_AT_LINK]))


# where _plain_sentence's features stand in a vector (a dict of the vector made for each line cost more than the rest)
_AT_SENTENCE_END, _AT_SHORT, _AT_WEB_DENSE, _AT_SECOND_PERSON, _AT_LINK = map(
    FEATURES.index, ("sentence_end", "short", "web_dense", "second_person", "link"))


def _caption_between_prose(article: Article, index: int) -> bool:
    """A caption or a related story's headline an extractor set between two paragraphs: seven to thirty words in sentence case (a word beyond the
    small ones in lower case: a heading capitalises them all), no final stop, no finite verb or pronoun (a
    phrase, not a sentence), and prose of more than fifteen words on both sides; a reader prompt ('Get our Daily
    Edition by email … Free Sign Up') is NL342's."""
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
    return len(_content_stems(_HEADLINE_WORDS.findall(text)) & opening) < 2 \
        and not reader_prompt(text, article.paragraph_words[index])
