"""NL101 and NL108: a paragraph that opens in lower case: a drop cap the extractor lost ('he company said'), or a
paragraph broken in two.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Iterable

from newslint import lazyimport, regexcache
from newslint import lexicon
from newslint.engine import ArticleGate
from newslint.model import Article, Paragraph
from newslint.rule import Finding, Fix, quote
from newslint.rules.extraction._shared import (_LETTERS, _LOWERCASE_STARTS, _NEVER_LAST, _SENTENCE_OPENERS,
                                               _SENTENCE_STARTERS, _bigram, _Counts, _ExtractionRule, _unigram)
from newslint.rules.lines._shared import paragraph_forms


statistics = lazyimport.module("statistics")  # imported when first used: fractions and decimal come with it
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TERMINAL = ".!?…:;\"”’')]»"


# a lower-case word after an opening quotation mark, or after a capital set apart by a space ('T urkey': a drop cap;
# not 'A' or 'I', which are words)
_LOWER_START = regexcache.compile(r"[\"“‘']?(?:[B-HJ-Z][ \n](?=[a-z]))?([a-z][^\W\d_]*)")
# the first character of every _LOWER_START match, and the capital set apart (the second then a space or a line end):
# most paragraphs have neither, and a test of the two costs a fifth of the match
_OPENS_LOWER_START = frozenset("\"“‘'abcdefghijklmnopqrstuvwxyz")
_DROP_CAPS = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")
_DROP_CAP_GAPS = frozenset(" \n")
# a lower-case start by design: www.site, user@host, http:, e-mail, x-ray
_STYLED_START = regexcache.compile(r"[.@/_:]\w|://|-[a-z]")
# initials joined by a word, as the wire writes a firm's 'S&P' or 'R&D' ('S and P said', 'B n B'): no drop cap
_JOINED_INITIALS = regexcache.compile(r"[B-HJ-Z][ \n](?:and|n|or) [A-Z](?![^\W\d_])")


def _lowercase_starts(article: Article) -> list[tuple[Paragraph, re.Match]]:
    """Paragraphs whose first word is lower case, unless the article is lower-case by design (found once per article
    for NL101 and NL108)."""
    return article.shared("extraction.lowercase-starts", _find_lowercase_starts)


def _find_lowercase_starts(article: Article) -> list[tuple[Paragraph, re.Match]]:
    found = []
    for paragraph in article.paragraphs:
        text = paragraph.text
        if not _may_start_lower(text):
            continue
        match = _LOWER_START.match(text)
        if match is None or match.group(1).lower() in _LOWERCASE_STARTS or not match.group(1).islower() \
                or _spaced(match) and _JOINED_INITIALS.match(paragraph.text, match.start(1) - 2):
            continue
        styled = _STYLED_START.match(paragraph.text, match.end(1))
        if styled and (styled.group()[0] != "-" or len(match.group(1)) == 1):
            continue
        found.append((paragraph, match))
    return found if len(found) <= max(2, len(article.paragraphs) // 2) else []


def _may_start_lower(text: str) -> bool:
    """Whether ``_LOWER_START`` may match at the start of ``text`` (a paragraph: not empty), from its first two
    characters."""
    return text[0] in _OPENS_LOWER_START or text[0] in _DROP_CAPS and text[1:2] in _DROP_CAP_GAPS


def _known_start(rule: _ExtractionRule, text: str, match: re.Match) -> bool:
    """The lower-case word ``match`` finds at the start of ``text`` is a word the dictionary knows, or the first part
    of a negation it knows ('isn’t', 'couldn't')."""
    word = match.group(1)
    return rule.known(word) or word[-1] == "n" and _NOT.match(text, match.end(1)) is not None and rule.known(word[:-1])


_NOT = regexcache.compile(r"['’]t\b")
_CONTRACTION = regexcache.compile(r"['’](?:t|s|d|m|re|ve|ll)\b")


def _word_end(text: str, match: re.Match) -> int:
    """Where the word ``match`` finds at the start of ``text`` ends, with its contraction ('isn’t', not 'isn')."""
    contraction = _CONTRACTION.match(text, match.end(1)) if match.group(1)[-1:].isalpha() else None
    return contraction.end() if contraction else match.end(1)


def _joins(rule: _ExtractionRule, capital: str, fragment: str, counts: _Counts) -> bool:
    """``capital`` + ``fragment`` is a word (the dictionary's or the article's); after 'A' or 'I', which are words
    themselves, only where the fragment is none ('A' / 'fter', not 'A' / 'bout')."""
    word = capital + fragment
    return (rule.known(word) or counts.has(word)) \
        and not (capital in "AI" and len(fragment) > 1 and rule.known(fragment))


def _drop_cap(rule: _ExtractionRule, article: Article, paragraph: Paragraph, match: re.Match,
              counts: _Counts) -> tuple[int, str] | None:
    """Where the drop cap of the fragment ``paragraph`` opens on stands, and the word they make, when the page set it
    apart: by a space at the paragraph's start ('T urkey closed …') or alone on the line before ('T' / 'urkey closed
    …', '“T' / 'he work …'); None elsewhere, and where they make no word ('T cells')."""
    if _spaced(match):
        capital, at = paragraph.text[match.start(1) - 2], paragraph.start + match.start(1) - 2
    elif match.start(1) == 0 and paragraph.index:
        previous = article.paragraphs[paragraph.index - 1]
        capital = previous.text.strip()
        if len(capital) == 2 and capital[0] in _OPENING_QUOTES:
            capital = capital[1]  # the quotation's opening mark before it: '“T' / 'he work will …'
        if len(capital) != 1 or capital not in _UPPER:
            return None
        at = previous.start + previous.text.index(capital)
    else:
        return None
    return (at, capital + match.group(1)) if _joins(rule, capital, match.group(1), counts) else None


def _spaced(match: re.Match) -> bool:
    """The lower-case start ``match`` is after a capital and a space ('T urkey', 'T cells')."""
    return match.start(1) >= 2


def _continues_previous(article: Article, paragraph: Paragraph) -> bool:
    """True when the paragraph before does not end a sentence (so this one continues it): it ends without a stop, or
    a line of prose ends on a quotation or bracket closed after a word or a comma, with no stop inside ('… in
    “Tenth of December”' / 'last week', '“We will win,”' / 'said the mayor'), as where an extractor broke the
    line at emphasis or a link."""
    if paragraph.index == 0:
        return False
    previous = article.paragraphs[paragraph.index - 1].text
    return not previous.endswith(tuple(_TERMINAL)) \
        or _CLOSED_AFTER_WORD.search(previous, max(0, len(previous) - 8)) is not None \
        and previous.count(" ") >= _PROSE_SPACES


# a closing quotation mark or bracket after a word or a comma at a line's end, no stop before it
_CLOSED_AFTER_WORD = regexcache.compile(r"(?:[^\W_]|,)[\"”’')\]]+\Z")
_PROSE_SPACES = 6  # a line of fewer words is a heading, a list item or a reference ('ISSN 1476-4687 (online)')


class LostDropCap(_ExtractionRule):
    code = "NL101"
    name = "lost-drop-cap"
    summary = "A paragraph starts with a lower-case fragment: its first letter (a drop cap) was lost."
    bad = "r Blinken handed the warning to Lavrov."
    good = "Mr Blinken handed the warning to Lavrov."
    explanation = ("Drop caps are often set as a separate element and lost on extraction. The rule "
                   "guesses the lost letter from the dictionary and the article's own words; the fix is "
                   "safe only when a single restoration is possible. A capital letter alone on the line before a "
                   "paragraph that opens on the rest of its word ('T' / 'urkey'), or set apart by a space "
                   "('T urkey'; not 'A' or 'I'), is the drop cap itself: the fix joins them.")
    trigger = ArticleGate(_lowercase_starts)  # (none in nearly every article, 33c)

    def check(self, article: Article) -> Iterable[Finding]:
        counts = _Counts(article)
        for paragraph, match in _lowercase_starts(article):
            fragment = match.group(1)
            known = _known_start(self, paragraph.text, match)
            drop_cap = _drop_cap(self, article, paragraph, match, counts)
            if drop_cap:
                start, word = drop_cap
                yield self.finding(start, paragraph.start + match.end(1),
                                   f"drop cap {quote(word[0])} set apart from its word: {quote(word)}?",
                                   Fix.replace(start, paragraph.start + match.end(1), word,
                                               description=f"join the drop cap: '{word}'"))
                continue
            if _spaced(match):
                continue  # a letter of its own before a word ('T cells')
            if known and _continues_previous(article, paragraph):
                continue  # a split paragraph (NL108)
            start, end = paragraph.start + match.start(1), paragraph.start + match.end(1)
            following = _LETTERS.match(paragraph.text, _skip_space(paragraph.text, match.end(1)))
            candidates = self._restorations(fragment, following.group() if following else "", counts)
            if known and not any(len(c) > len(fragment) for c in candidates):
                continue  # a whole word that lost its capital, not its first letter ("news Ukraine …")
            if not candidates:
                if known or _unigram(fragment) or counts[fragment] > 1 or paragraph.text.strip() == match.group():
                    continue  # a lower-case brand the web or the article knows (xbox, adidas, bitcoin twice), or a
                    # line of one token, no sentence (a page's class name or key that an extractor kept)
                yield self.finding(start, end, f"paragraph starts with an unknown lower-case fragment "
                                               f"{quote(fragment)}: lost drop cap or damaged text?")
                continue
            safe = len(candidates) == 1 and not known
            fix = Fix.replace(start, end, candidates[0], safe=safe, description=f"restore '{candidates[0]}'")
            guess = " or ".join(quote(c) for c in candidates[:3])
            message = f"paragraph starts with a lower-case fragment {quote(fragment)}: lost drop cap? ({guess})"
            yield self.finding(start, end, message, fix)

    def _restorations(self, fragment: str, following: str, counts: _Counts) -> list[str]:
        """Words the fragment may have been, most likely first."""
        options = {letter + fragment for letter in _UPPER}
        if self.known(fragment):
            options.add(fragment[0].upper() + fragment[1:])
        known = [w for w in options if counts[w] or self.known(w)]
        return sorted(known, key=lambda w: (-counts[w], -_bigram(w, following), -lexicon.frequency(w), w))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


_LAST_CHARACTER = itemgetter(slice(-1, None))


def _may_split(article: Article) -> bool:
    """NL108's gate: a paragraph opens in lower case (NL101's ``_lowercase_starts``), or one before the last ends on
    a letter or a digit (what its check asks of the others first), in C-level passes over the texts."""
    return bool(_lowercase_starts(article)) \
        or any(map(str.isalnum, map(_LAST_CHARACTER, article.paragraph_texts[:-1])))


class SplitParagraph(_ExtractionRule):
    code = "NL108"
    name = "split-paragraph"
    summary = "A paragraph continues the sentence of the one before: a line break was inserted mid-sentence."
    bad = "Lavrov said the talks\n\nwere serious. / In Jamaica the\n\nBritish garrison was stationed"
    good = "Lavrov said the talks were serious. / In Jamaica the British garrison was stationed"
    explanation = ("Either the paragraph starts with a lower-case word the dictionary knows after one that "
                   "ends without a stop, or the paragraph before ends on a word no sentence or heading ends on "
                   "(the, of, to, a, and …) and this one starts with a capitalised word, a number, a sum or an "
                   "acronym, as when a link or a name was set on its own line, or a name is broken over the two: a long line of prose ends on "
                   "a capitalised word after 'the' ('… lilies, is the Newcastle') and the next starts "
                   "with a capitalised word that opens no sentence and ends one ('Training Depot founded in "
                   "1841 …'), or the paragraph opens on a comma, a semicolon or a stop after one that ends on a "
                   "word ('according to local news reports' / '.'). Short lines that open in lower case one after "
                   "another are a list's items, unless they go on from a line without a stop and one stop closes "
                   "them: a sentence broken at every link ('Survey' / 'maps have' / 'tracked the dust,' / 'which' / "
                   "'settled.'); a short capitalised line between a line of prose that ends on a word and a line "
                   "that goes on with it in lower case and ends the sentence is a link set apart ('… the assembly "
                   "passing' / 'House Bill 12' / 'in June.'). A headline set on two short lines over a line of prose, a text "
                   "browser's nested list ('+ Sport' / 'o Hockey') and a page whose lines stop at a width (72 to 80 "
                   "columns; in a short page, a break before a word that would not have fitted within its widest "
                   "line) are no breaks, nor is a line that a wrap ended early because the next word, tied to the one after it "
                   "by a no-break space, did not fit. The finding spans the break.")
    trigger = ArticleGate(_may_split)

    def check(self, article: Article) -> Iterable[Finding]:
        text, wrapped, by_line, widest = article.text, None, None, None
        starts = {paragraph.index: match for paragraph, match in _lowercase_starts(article)}
        for paragraph in article.paragraphs[1:]:
            previous = article.paragraphs[paragraph.index - 1]
            match = starts.get(paragraph.index)
            if match is not None:
                if not self._goes_on(article, paragraph, starts):
                    continue
            elif not previous.text[-1:].isalnum():
                continue  # the common case: the paragraph before ends a sentence (a list's item, a quotation)
            elif paragraph.text[0] in _MARKS_OPENING:
                match = _MARK_START.match(paragraph.text)  # 'according to local news reports' / '.'
                if match is None:
                    continue
            else:
                if not previous.text[-1].isalpha() or not paragraph.text[:1].isupper() \
                        and paragraph.text[:1] not in _OPENING_QUOTES and not paragraph.text[:1].isdecimal() \
                        and paragraph.text[:1] not in _CURRENCIES:
                    continue  # a figure before, or no capital, quote, figure or sum after
                match = _CAPITALISED_START.match(paragraph.text)  # maybe a quoted title: 'in the' / '“New Yorker”
                last = previous.text.rsplit(None, 1)[-1]
                ends_open = last.lower() in _OPEN_ENDS and last != "A" and previous.text.count(" ") >= 2
                if match is None and ends_open:
                    match = _NUMBER_START.match(paragraph.text)  # 'arrived at the crossing and' / '1,200 more'
                if match is None or not ends_open and not (match.group(1)[0].isalpha()
                                                           and (_name_broken(previous.text, paragraph.text, match.group(1))
                                                                or self._link_between(article, paragraph, starts))):
                    continue
            if wrapped is None:  # asked only here: most articles have no candidate
                wrapped = _hard_wrapped(article)
            if wrapped:
                return  # every line of a hard-wrapped page (OCR, a newspaper column) breaks mid-sentence by layout
            if by_line is None:
                by_line = _set_out_by_line(article)
            if previous.index in by_line and paragraph.index in by_line:
                continue  # a poem's or a song's lines, set out a line at a time on purpose
            if _moved_by_wrap(previous.text, paragraph.text, text[previous.end:paragraph.start]):
                continue  # a word a wrap moved to the next line, which the parse did not join
            if widest is None:
                widest = _widest_line(text)
            if _wrapped_at_width(text, previous, paragraph, widest):
                continue  # a short text browser's or pandoc's page, too short for _hard_wrapped to tell
            yield self._split(text, previous, paragraph, match)

    def _split(self, text: str, previous: Paragraph, paragraph: Paragraph, match: re.Match) -> Finding:
        """The finding of ``paragraph`` going on with the sentence of ``previous`` (``match``: its first word)."""
        joint = "" if paragraph.text[0] in _MARKS_OPENING else " "  # 'reports' / '.' → 'reports.'
        fix = Fix.replace(previous.end, paragraph.start, joint, safe=False, description="join the paragraphs")
        tail = text[max(previous.start, previous.end - 25):previous.end]
        last_word = _LAST_WORD.search(previous.text, max(0, len(previous.text) - 40))
        start = previous.start + last_word.start() if last_word else previous.end
        end = _word_end(paragraph.text, match)
        return self.finding(start, paragraph.start + end,
                            f"paragraph {quote(paragraph.text[match.start(1):end])} continues the previous one "
                            f"({quote(tail)})", fix)

    def _goes_on(self, article: Article, paragraph: Paragraph, starts: dict[int, re.Match]) -> bool:
        """``paragraph``, which opens in lower case (its match in ``starts``), goes on with the sentence of the one
        before: it opens on a word the dictionary knows, after a line that ends none; not a drop cap's fragment, a
        list's short items (unless they make one sentence), a headline set on two short lines over a line of prose
        ('Bus lane plan will' / 'divide the village', three words and two, no stop), a text browser's nested list
        ('+ Sport' / 'o Hockey': its third level's mark), nor a table's row before another."""
        match, previous = starts[paragraph.index], article.paragraphs[paragraph.index - 1]
        return _known_start(self, paragraph.text, match) and _continues_previous(article, paragraph) and not (
            _spaced(match) or _drop_cap(self, article, paragraph, match, _Counts(article))
            or paragraph.text.startswith("o ") and previous.text.lstrip()[:2] in _LIST_MARKS
            or _short(previous.text) and _short(paragraph.text) and (
                previous.index in starts and not _one_sentence(article, paragraph.index, starts)
                or previous.index not in starts and previous.text.count(" ") >= 2 and " " in paragraph.text
                and not paragraph.text.endswith(tuple(_TERMINAL)) and _prose_below(article, paragraph.index, starts))
            or _row_of_figures(paragraph.text) and paragraph.index + 1 < len(article.paragraphs)
            and _row_of_figures(article.paragraphs[paragraph.index + 1].text))

    def _link_between(self, article: Article, paragraph: Paragraph, starts: dict[int, re.Match]) -> bool:
        """``paragraph``, which opens on a capitalised word after a line of prose (``_prose``) that ends on a word,
        is a link's or a name's short line set apart in the middle of a sentence: the line after it goes on with it
        in lower case and ends the sentence ('… the state assembly passing' / 'House Bill 12' / 'in June.')."""
        after = article.paragraphs[paragraph.index + 1] if paragraph.index + 1 in starts else None
        return after is not None and _short(paragraph.text) and _prose(article.paragraphs[paragraph.index - 1].text) \
            and _SENTENCE_END.search(after.text, max(0, len(after.text) - 8)) is not None \
            and self._goes_on(article, after, starts)


# the marks of a text browser's or a converter's nested list (lynx, inscriptis: '*', '+', 'o', '#'; pandoc: '-')
_LIST_MARKS = frozenset(("* ", "+ ", "o ", "# ", "- ", "• "))
# prepositions that take what follows and end no sentence, heading or slogan ('Who we are' and 'the newsletter the
# city is talking about' do end on a word): a line that ends on one was cut ('the lead among' / 'Hispanic members')
_OPEN_ENDS = _NEVER_LAST | frozenset("among amongst between despite during including via toward towards".split())
# a capitalised word after "the" at the end of a line: a name the line break may cut ('the Newcastle' / 'Training
# Depot'); not after a preposition, where a headline ends on a place or a day ('after going public on Halloween')
_NAME_AT_END = regexcache.compile(r"\bthe [A-Z][a-z]+\Z")
_PROSE_LINE_WORDS = 12  # a headline, a caption's first line or a menu item is shorter
_OPENS_SENTENCE = _SENTENCE_OPENERS | {"it"}  # ('it' is left out there as the end of camel-case brands)


def _name_broken(previous: str, paragraph: str, first: str) -> bool:
    """A name broken over two lines: ``previous`` is a line of prose (``_prose``, a comma among its words) ending
    on a capitalised word after 'the' ('… lilies, is the Newcastle'), and ``paragraph``, which starts with the
    capitalised word ``first``, opens no sentence with it and ends one ('Training Depot founded in 1841 …'); not a
    headline over the story, nor a caption over it."""
    return _prose(previous) and "," in previous \
        and _NAME_AT_END.search(previous, max(0, len(previous) - 40)) is not None \
        and first not in _SENTENCE_STARTERS and first.lower() not in _OPENS_SENTENCE \
        and paragraph.rstrip().endswith(tuple(_TERMINAL))


def _prose(line: str) -> bool:
    """A line of prose: ``_PROSE_LINE_WORDS`` words or more, most in lower case (no headline, menu or caption)."""
    words = line.split()
    return len(words) >= _PROSE_LINE_WORDS and sum(word[:1].isupper() for word in words) * 2 < len(words)


def _moved_by_wrap(previous: str, paragraph: str, between: str) -> bool:
    """The break before ``paragraph`` is a wrap's that the parse left: the two paragraphs stand in one block (one line
    break, ``between``, apart), one of them of wrapped lines, and the first word of ``paragraph`` (held to the next by
    a no-break space: 'part\xa0because') would not have fitted on the last line of ``previous`` within the widest line
    of the two."""
    if between.count("\n") != 1 or "\n" not in previous and "\n" not in paragraph:
        return False
    lines = previous.split("\n") + paragraph.split("\n")
    first = paragraph.split(" ", 1)[0].split("\n", 1)[0]
    return len(previous.rsplit("\n", 1)[-1]) + 1 + len(first) > max(map(len, lines))


def _widest_line(text: str) -> int:
    """The length of the text's longest line that holds a space (a link's address may run past a wrap's width)."""
    return max((len(line) for line in text.split("\n") if " " in line.strip()), default=0)


def _wrapped_at_width(text: str, previous: Paragraph, paragraph: Paragraph, widest: int) -> bool:
    """The break before ``paragraph`` is a wrap at a width: the text's lines stop at one (its ``widest`` line no
    longer than ``_WRAP_WIDTH``), the two paragraphs are lines of one block, the line before, its indent included,
    fills the last columns (``_NEAR_WIDTH`` or more), and the next word would have made it longer than the widest."""
    if widest > _WRAP_WIDTH or text.count("\n", previous.end, paragraph.start) != 1:
        return False
    line = previous.end - (text.rfind("\n", 0, previous.end) + 1)
    return line >= _NEAR_WIDTH and line + 1 + len(paragraph.text.split(None, 1)[0]) > widest


def _hard_wrapped(article: Article) -> bool:
    """True when the text was wrapped at a fixed width (OCR, a newspaper column, a text browser's page): most
    prose-length lines end without a stop and the lines are of much the same length (an extractor that breaks
    lines at links leaves lines of every length), or, on a whole page whose menus are short lines, the prose-length
    lines stop at a width (``_at_width``)."""
    lines = [p.text for p in article.paragraphs[:-1] if p.text.count(" ") >= 5]
    open_ended = sum(1 for line in lines if not line.rstrip().endswith(tuple(_TERMINAL)))
    if len(lines) < 6 or open_ended * 2 <= len(lines):
        return False
    return _even([len(p.text) for p in article.paragraphs]) or _at_width([len(line) for line in lines])


_WRAP_WIDTH = 80  # w3m, lynx and html2text wrap at 72 to 80 columns, pandoc at 72
_NEAR_WIDTH = 60


def _at_width(lengths: list[int]) -> bool:
    """The prose-length lines ``lengths`` were wrapped at a width: a third of them or more fill the last columns
    below ``_WRAP_WIDTH`` and hardly one in twenty is longer (a page's paragraphs unwrapped run to hundreds of
    characters)."""
    near = sum(_NEAR_WIDTH <= length <= _WRAP_WIDTH for length in lengths)
    return near >= 10 and near * 3 >= len(lengths) and sum(length > _WRAP_WIDTH for length in lengths) * 20 <= near


def _even(lengths: list[int]) -> bool:
    """The lengths are of much the same size (their spread under half their mean), as a column's lines or a verse's."""
    return statistics.pstdev(lengths) < 0.5 * statistics.fmean(lengths)


def _set_out_by_line(article: Article) -> set[int]:
    """The paragraphs of a text set out a line at a time (a poem, a song: NL311's runs of lines that read as prose)
    whose lines are of much the same length, as verse is; an extractor that breaks a sentence at its links leaves
    lines of every length (a link's two words between longer pieces)."""
    from newslint.rules.lines.furniture import lines_of_prose  # (here: furniture imports bylines, which imports us)

    texts, shapes, _, _ = paragraph_forms(article)
    runs = lines_of_prose(texts, shapes, article.paragraph_words, article.lower_words)
    return {i for run in runs if _even([len(texts[i]) for i in run]) for i in run}


def _one_sentence(article: Article, index: int, starts: dict) -> bool:
    """The run of lines that open in lower case (``starts``) through paragraph ``index`` is one sentence an extractor
    broke at every link or emphasis ('Satellite' / 'imagery has' / 'tracked the smoke,' / 'which' / 'filled' / 'the
    air.'), not a list's items ('salt' / 'pepper and oil'): no line of it up to its first that ends on a mark, nor the
    line it goes on from, ends on one, that line ends on a stop, and no line opens on the word the line before opens
    on (a list's marks: 'o Recipes' / 'o Wine')."""
    paragraphs, first = article.paragraphs, index
    while first - 1 in starts:
        first -= 1
    if first == 0 or paragraphs[first - 1].text.endswith(tuple(_TERMINAL)):
        return False
    for at in range(first, len(paragraphs)):
        text = paragraphs[at].text
        if at not in starts or at > first and starts[at].group(1) == starts[at - 1].group(1):
            return False
        if text.endswith(tuple(_TERMINAL)):
            return at >= index and _SENTENCE_END.search(text, max(0, len(text) - 8)) is not None
    return False


# a sentence's stop at a line's end, with the quotation marks or bracket it closes
_SENTENCE_END = regexcache.compile(r"[.!?…][\"”’')\]]*\Z")


def _prose_below(article: Article, index: int, starts: dict) -> bool:
    """The paragraph after ``index`` is a line of prose (``_prose``) that opens a sentence of its own, as a letter or
    a story does under its headline."""
    return index + 1 < len(article.paragraphs) and index + 1 not in starts \
        and article.paragraphs[index + 1].text[0] not in _MARKS_OPENING and _prose(article.paragraphs[index + 1].text)


def _short(text: str) -> bool:
    return text.count(" ") < _PROSE_SPACES


def _row_of_figures(text: str) -> bool:
    """A line that may be a table's row: short, with a figure, and no stop at its end ('net profit 212,400 vs loss
    48,100' in an earnings report). Where a line and the next are such rows, the line is no rest of a sentence broken
    over lines: that ends on a stop, or the line after it goes on without a figure (an extractor's break at a link)."""
    return text.count(" ") < _PROSE_LINE_WORDS and any(map(str.isdigit, text)) \
        and not text.rstrip().endswith(tuple(_TERMINAL))


# a comma, a semicolon or a stop (with the quotes or bracket it closes) that opens a line, alone or before a space:
# the rest of a sentence whose last words, a link's or an emphasis's, an extractor set on a line of their own
# ('according to' / 'local news reports' / '.', 'Citing the' / 'Fire Database' / ', NASA noted')
_MARK_START = regexcache.compile(r"([,;]|[.!?][\"”’')\]]*)(?= |\Z)")
_MARKS_OPENING = ",;.!?"
_CAPITALISED_START = regexcache.compile(r"[\"“‘']?([A-Z][a-z]+(?:[A-Z][a-z]+)*)\b")  # 'Labour', 'McKinsey', 'YouTube'
# a count, a sum, a year ('1,200 more', '£2m', '51-member'), or an acronym after a word no line ends on ('endorsements from' / 'CBC')
_NUMBER_START = regexcache.compile(r"([£$€]?[0-9](?:[0-9,.]*[0-9])?(?:%|[mk]|bn)?|[A-Z]{2,6}s?)(?=[ ,;:-]|\Z)")
_OPENING_QUOTES = "\"“‘'"
_CURRENCIES = "£$€"
_LAST_WORD = regexcache.compile(r"[^\W\d_]+(?:['’]s)?,?[\"”’')\]]*\Z")  # with its 's and the quotation marks it closes
