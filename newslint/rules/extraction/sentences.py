"""NL103 and NL105: a full stop out of place: two sentences glued at it ('said.The', with the per-character
pre-checks of a junction), or one in the middle of a sentence.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator

from newslint import regexcache
from newslint import native, textutil
from newslint.cuewindows import SpansByRe2
from newslint.diagnostic import slot_constructor
from newslint.model import Article
from newslint.rule import Cues, Edit, Finding, Fix, Trigger, quote
from newslint.rules.extraction._shared import (_COMMON_ACRONYMS, _LETTERS, _LOWERCASE_STARTS, _NEVER_LAST,
                                               _SENTENCE_OPENERS, _SENTENCE_STARTERS, _Counts, _ExtractionRule,
                                               _segments, _word_before)


_TLDS = frozenset("com net org co uk gov edu io info biz tv de fr ru ua js".split())

# A sentence end glued to the next sentence: the closing run (stops, quotes, brackets, a colon)
# directly followed by a capitalised word, maybe behind an opening quote or bracket:
# "jack.The", 'reported."The', "“No.”He", "in 2019.The", "up 12%.Analysts", "(CNN)Police", "note:It".
_JUNCTION = regexcache.compile(r"(?P<run>[.!?…\"”’')\]:;]+)(?P<open>[\"“‘(\[]?)(?P<word>[A-Z][^\W\d_]*)")
# a square bracket's sentence, closed on its line by no link's target or reference: an editor's note ('[Note: in the
# test, ….]'), not a link's text nor a word put into a quotation ('"[An aggressive] octopus will …')
_BRACKETED_NOTE = regexcache.compile(r"[^\[\]\n]*[.!?][\"”’']?\](?![(\[{])")
_AMPERSAND_INITIALS = regexcache.compile(r"[A-Z]{1,2}&[A-Z]{1,2}\b")  # a firm's initials: 'M&S', 'AT&T', 'B&Q'
_STOPS = frozenset(".!?…")
_SOLID_JUNCTIONS = 5  # glued junctions in a paragraph that make it a page's paragraphs written solid
_ELLIPSIS = frozenset(".…")
_QUOTES = frozenset('"”’\'')
_CLOSING_QUOTES = frozenset('"”')
# a stop or dash after a space and glued to the next word: "Chevron Corp .In a blog", "(Reuters) -The"
_SPACED_GLUE = regexcache.compile(r" (?:(?P<stop>[.!?])|[-–—]{1,2})(?P<word>[A-Z\"“][^\W\d_]*)")
_AMOUNT = regexcache.compile(r"[$£€]?\d[\d,]*(?:\.\d+)?(?:%|s|m|bn|k|p|th|st|nd|rd|am|pm|kg|km|mph|ft|lbs?)?")
# a closing quote glued to a small lower-case word: 'the ‘high number’of fighters', 'a "rebel"and'
_QUOTE_THEN_WORD = regexcache.compile(r"[’”\"](?:of|and|the|to|in|for|on|at|with|is|was|by|from|as|that|or|but|are"
                              r"|were|has|have|had|will|would|which|who|when|after|than|into)\b")
_CLOSING_SINGLE = regexcache.compile(r"’(?![^\W\d_])")  # a ’ that is not an apostrophe inside a word


def _closes_quote(text: str, at: int, marks: _Marks) -> bool:
    """Whether the quote mark at ``text[at]`` closes a quotation (an apostrophe, as in "rock’n’roll", does not;
    ``marks``: :class:`_Marks` of ``text``)."""
    mark = text[at]
    if mark == "”":
        return True
    if mark == '"':
        return marks.quotes_before(at) % 2 == 1
    opening = text.rfind("‘", max(0, at - 150), at)
    return opening >= 0 and not _CLOSING_SINGLE.search(text, opening + 1, at)


_OPENING_SINGLE = regexcache.compile(r"(?:^|(?<=[\s(\[]))['‘](?=[^\W\d_])")
_CLOSED_SINGLE = regexcache.compile(r"(?<=\S)['’](?![^\W\d_])")


def _closes_single_quote(text: str, at: int) -> bool:
    """Whether the single quote at ``text[at]`` closes a quotation opened within 150 characters (after a space),
    with no quotation closed between them."""
    window = max(0, at - 150)
    opened = [m.start() for m in _OPENING_SINGLE.finditer(text, window, at)]
    return bool(opened) and not _CLOSED_SINGLE.search(text, opened[-1] + 1, at)


# a stop glued to a number that starts the next sentence or line: 'moved to Mill Road.14 May - the club',
# 'damage the firm itself.4,200 staff' (a date or a thousands comma: not a decimal, a version or a footnote)
_STOP_BEFORE_NUMBER = regexcache.compile(r"[.!?](?<=[^\W\d_]{3}.)(?:\d{1,3}(?:,\d{3})+(?![\d.,])|\d{1,2} (?:January"
                                         r"|February|March|April|May|June|July|August|September|October|November"
                                         r"|December)\b)")
_STOP_BEFORE_NUMBER_CUES = Cues(r"[a-zA-Z]{3}[.!?][0-9]")
_GLUED_COPYRIGHT = regexcache.compile(r"(?<=[^\W\d_])[.!?][\"”’)]?©")  # 2019, 12%, 1990s, £35, 17th
# RE2 supersets of what NL103's regexes report (RE2's \s is ASCII: "[^\s]" holds every character that is no
# str.isspace() space): a junction after a non-space, a stop or dash after a space glued to a word, a closing quote
# after a non-space glued to a small word. One search of the article skips most articles (four in five hold none);
# one per paragraph skips a regex's Python scan there.
_JUNCTION_CUES = Cues(r"""[^\s][.!?…"”’')\]:;]+["“‘(\[]?[A-Z]""")
_SPACED_GLUE_CUES = Cues(r""" (?:[.!?]|[-–—]{1,2})[A-Z"“]""")
_QUOTE_THEN_WORD_CUES = Cues(r"[^\s]" + _QUOTE_THEN_WORD.pattern[:-len(r"\b")])
_GLUED_SENTENCE_CUES = Cues("|".join(f"(?:{cues.pattern})" for cues in (
    _JUNCTION_CUES, _SPACED_GLUE_CUES, _QUOTE_THEN_WORD_CUES)) + r"""|[.!?]["”’)]?©""")

# a sentence's stop glued to the en dash of the attribution after it, as when a pull quote's line break was lost
# ('blissful effect.– Jane Doe, Critic'; not the em dash that older print sets after a stop, 'turpentine.— There');
# the dash first, for a fast scan
_STOP_BEFORE_DASH = regexcache.compile(r"–(?:(?<=[a-z][.!?]–)|(?<=[a-z][.!?][\"”’]–)) (?=[A-Z][a-z])")
_STOP_BEFORE_DASH_CUES = Cues(r"[a-z][.!?][\"”’]?– [A-Z]")
# a comma glued to a capitalised word, as when a line break after a figure or a name's line was lost
# ('was £2,980,815,The Lib Dems', 'the newspaper,Der Spiegel'); the comma first, for a fast scan
# ... or to a lower-case word, as when link text lost its space: after a lower-case word or a figure, a word that
# opens a clause ('the end of his term,which could', 'fell to 40,679,those to'), after a name any word ('the Green
# Party,said'); not in a list of codes or values ('a,b,c', 'lat,long', 'true,false')
_COMMA_SEAM = regexcache.compile(r",(?<=[a-z0-9)],)(?=[A-Z][a-z]+ |(?<=[a-z]{2},|[0-9]{2},)[a-z]{2,}[ .;:!?)])")
_COMMA_SEAM_CUES = Cues(r"[a-z0-9)],[A-Z][a-z]+ |[a-z0-9][a-z0-9],[a-z][a-z]+[ .;:!?)]")
# a stop glued to a lower-case word ('the best song in 25 years.perhaps the vote'), looked at where a dictionary
# word of three letters or more ends before it; not a domain, a file name or an abbreviation (checked in the rule);
# the cue is the trigger's
_STOP_BEFORE_LOWER = regexcache.compile(r"\.(?<=[a-z]{3}\.)(?=[a-z]{4,}[ ,;:!?])")
_STOP_BEFORE_LOWER_CUES = Cues(r"[a-z]{3}\.[a-z]{4,}[ ,;:!?]")
# a name glued to the function word after it and the clause going on, as when link text lost its space ('told
# Reutersthat the', 'Valecorpand two'); not a name's '-land' ('Scotland and'); the RE2 cue, a superset, asked first
_FUNCTION_WORDS_AFTER_NAMES = "the|that|who|which|with|for|from|was|has|had|said|says|were|when|into|after"
_NAME_THEN_FUNCTION_WORD = regexcache.compile(rf"\b([A-Z][a-z]{{2,}})((?<!l)and|{_FUNCTION_WORDS_AFTER_NAMES})"
                                              r"(?= [a-z])")
_NAME_THEN_FUNCTION_WORD_CUES = Cues(rf"[A-Z][a-z]*[a-km-z]and [a-z]|[A-Z][a-z]{{2,}}(?:{_FUNCTION_WORDS_AFTER_NAMES})"
                                     r" [a-z]")
# where a _NAME_THEN_FUNCTION_WORD match may start: each starts a match of the cue, whose one capital is its first
# character (so no cue match that starts before a name runs over it), found in one RE2 pass where Python's re tries
# the pattern at every character (its `\b` first: no character to search for)
_name_cue_spans = SpansByRe2(regexcache.deferred(_NAME_THEN_FUNCTION_WORD_CUES.pattern))
_NOT_A_WORD_BEFORE = "@#/.\\'’-"  # a handle, a hashtag, a path, a domain, a contraction or a compound's part
_FIGURE = regexcache.compile(r"\d{1,3}(?:,\d{3})+|\d{4}")  # '40,679', '2019'; not '3,who' (a list of values)
# a count in brackets after a name, as in a flattened table of players or results: 'Kohli (8)', 'Gambhir (90*)'
_BRACKETED_COUNT = regexcache.compile(r"\d{1,4}\*?")
_CLAUSE_WORDS = _SENTENCE_OPENERS | {"which", "whose", "whom", "it", "i"}
_THOUSANDS = regexcache.compile(r"[$£€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# a superset of _STOP_BEFORE_NUMBER's matches in a segment (its look-behind's letters, the stop, a digit)
_STOP_BEFORE_NUMBER_SHAPE = regexcache.compile(r"[^\W\d_]{3}[.!?]\d")


def _python_glued_sentence_cues(text: str) -> int:
    """Which of NL103's scans may report in ``text``, a bit each: 1 ``_JUNCTION_CUES``, 2 ``_SPACED_GLUE_CUES``, 4
    ``_QUOTE_THEN_WORD_CUES``, 8 ``_STOP_BEFORE_NUMBER_SHAPE`` (the twin of the compiled ``glued_sentence_cues``: one
    C loop for four searches)."""
    return (1 if _JUNCTION_CUES.found(text) else 0) | (2 if _SPACED_GLUE_CUES.found(text) else 0) \
        | (4 if _QUOTE_THEN_WORD_CUES.found(text) else 0) | (8 if _STOP_BEFORE_NUMBER_SHAPE.search(text) else 0)


_glued_sentence_cues = native.pick("glued_sentence_cues", _python_glued_sentence_cues)


# a junction's answer besides the place of its missing space (32b): ask ``GluedSentence._glued_at``; or, at a plain
# stop between words of a-z ('jack.The'), the space is missing after the stop where the dictionary knows the word
# before it, no abbreviation, and the word after is no domain's ending (else ask)
_ASK, _IF_KNOWN = -1, -2


def _python_junctions(text: str) -> list[tuple[int, int, int, int, int, int]]:
    """(start, start of the opening mark, start of the word, end, start of the token before it, answer) of each match
    of ``_JUNCTION`` in ``text`` that neither starts it nor follows white space (a run after a space opens, it does
    not close: ' "The'): the twin of the compiled ``junctions``, which finds them five times faster than the regex's
    scan of a flattened page. The answer is ``_glued_at``'s where its questions need no word list and no counts
    (most junctions: a closing run of stops and quotes), ``_IF_KNOWN`` or ``_ASK``."""
    found = []
    angle = "<" in text  # (a ticker such as <IBM.N>: asked once, not at each junction)
    kept = (-1, 0, 0)
    for match in _JUNCTION.finditer(text):
        start = match.start()
        if start and not text[start - 1].isspace():
            kept = _token_start_kept(text, start, kept)
            begin = kept[2]
            found.append((start, match.start("open"), match.start("word"), match.end(), begin,
                          _python_junction_answer(text, match, begin, angle)))
    return found


def _token_start_kept(text: str, end: int, kept: tuple[int, int, int]) -> tuple[int, int, int]:
    """Where the token before ``end`` starts (``end - len(_python_token_before(text, end))``) as the third of (``end``,
    where the scan back from it stopped, that start), given the same of the junction before (``kept``): a scan back
    that reaches that junction stops where its scan stopped, so that a run of junctions with no space between them
    ('x.Yx.Y…', one token) is read once (the twin of the compiled ``extraction_token_start_kept``, 33b)."""
    at = end
    while True:
        if at == kept[0]:
            at, first = kept[1], kept[2]
            break
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in _TOKEN_MARKS):
            first = at
            break
        at -= 1
    while first < end and text[first] in _TRIMMED_MARKS:
        first += 1
    return end, at, first


def _python_junction_answer(text: str, match: re.Match, begin: int, angle: bool) -> int:
    """The answer at the junction ``match`` whose token before it starts at ``begin`` (see ``_python_junctions``;
    ``angle``: whether ``text`` holds '<')."""
    run, opener, word = match.group("run", "open", "word")
    start, open_at = match.start(), match.start("open")
    if text[match.end():match.end() + 1] in ("&", "@", "/", "."):
        return _ASK  # initials ('M&S'), a handle, a path, a domain
    if run in (".", "!", "?"):  # (the token matched in place: a slice of a run of junctions is quadratic)
        return _IF_KNOWN if not opener and start - begin > 2 and len(word) > 2 and _A_TO_Z.fullmatch(text, begin, start) \
            and _A_TO_Z.fullmatch(word, 1) and (not begin or text[begin - 1].isspace()) and not angle else _ASK
    if len(word) < 2 or opener in ("(", "[") or _STOPS.isdisjoint(run) or _ELLIPSIS.issuperset(run) \
            or run[-1] in _STOPS and begin == start:
        return _ASK
    if '"' not in run:
        return open_at  # a closing run of stops and quotes: the space after it
    quote_at = start + run.index('"')
    return open_at if text.count('"', 0, quote_at) % 2 else quote_at  # a straight quote that opens: the space before


_A_TO_Z = regexcache.compile("[a-z]+")
_junctions = native.pick("junctions", _python_junctions)


def _python_missing_space_finding(makers: tuple, text: str, offset: int, begin: int, start: int, end: int,
                                  space_at: int) -> Finding:
    """NL103's finding of the space missing at ``text[space_at]`` in the glue ``text[begin:end]`` whose seam starts at
    ``start`` (each moved by ``offset``): the twin of the compiled ``missing_space_finding`` (33b). ``makers``: a
    ``Finding``, ``Fix`` and ``Edit`` from every field, ``quote``, and the rule's code, name and severity."""
    new_finding, new_fix, new_edit, quote_text, code, name, severity = makers
    seam = text[start:end]
    edit = new_edit(offset + space_at, offset + space_at, " ")
    return new_finding(code, name, severity, offset + begin, offset + end,
                       f"missing space in {quote_text(text[begin:end])}",
                       new_fix((edit,), '"' not in seam and "'" not in seam, "insert a space"), None)


_missing_space_finding = native.pick("missing_space_finding", _python_missing_space_finding)
# what a finding is made of: with the extension, each slot set in place (diagnostic.slot_constructor: ~2.5 k
# instructions a finding, not the dataclass __init__'s ~3.9 k); without it, the classes (whose __init__ costs less than
# slotted's pure-Python twin)
_FINDING_MAKERS = (*map(slot_constructor, (Finding, Fix, Edit)), quote) if native.speedups is not None \
    else (Finding, Fix, Edit, quote)


class GluedSentence(_ExtractionRule):
    code = "NL103"
    name = "glued-sentence"
    summary = "A sentence glued to the next one: no space after its full stop, closing quote or bracket."
    bad = 'in Stockholm on 2 December.JONATHAN NACKSTRAND / AFP; Lavrov said."The talks; (CNN)Police said'
    good = 'in Stockholm on 2 December. JONATHAN NACKSTRAND / AFP; Lavrov said. "The talks; (CNN) Police said'
    explanation = ("A stop, closing quote, bracket or colon directly followed by a capitalised word, as when "
                   "paragraph breaks are lost (one-line scraped articles). Abbreviations and initials (U.S., "
                   "Mr.), tickers (<IBM.N>, BHP.AX, Sober.K), domains and dotted names (Amazon.com, One.Tel, "
                   "Node.js), decimals, inch marks (55\"TV), names with an apostrophe (O’Neill) and brands "
                   "written with '!' (Yahoo!) pass. Where a straight quote could open or close, the fix "
                   "(unsafe) puts the space on the side the quote count says. A colon glued to a capitalised word "
                   "after a label ('Pictured:Operation') and a closing quote glued to a small word ('the ‘high "
                   "number’of') are glue too; apostrophes inside words (rock’n’roll) are not. In a paragraph with "
                   "other glue, a stop after a word glued to a date or a thousands figure ('Road.14 May', "
                   "'itself.4,200') is one too; a rank or initials after a stop count when a name follows "
                   "('later.PC Jane Ross'), and so do a firm's initials joined by '&' after a dictionary word in "
                   "lower case ('in stock.M&S said'). A stop glued to the en dash of an attribution ('effect.– Jane Doe') is glue too, and so is a comma glued to a "
                   "capitalised word after a lower-case word or a thousands figure ('newspaper,Der Spiegel'), or to a "
                   "lower-case word that opens a clause after another or a figure ('his term,which', '40,679,those'), "
                   "or to any dictionary word after a name ('the Green Party,said'); a stop glued to a dictionary "
                   "word in lower case after another ('in years.perhaps the'; not 'nature.com') is glue too, and a "
                   "name glued to a function word, the clause going on ('told Reutersthat the'), where the page uses "
                   "the name alone and never the whole.")

    trigger = Trigger(pattern=Cues(f"{_GLUED_SENTENCE_CUES.pattern}|{_STOP_BEFORE_DASH_CUES.pattern}"
                                   f"|{_COMMA_SEAM_CUES.pattern}|{_STOP_BEFORE_LOWER_CUES.pattern}"
                                   f"|{_NAME_THEN_FUNCTION_WORD_CUES.pattern}"),
                      # the set's pass tells them: no pass of their own
                      answers=(_NAME_THEN_FUNCTION_WORD_CUES, _COMMA_SEAM_CUES, _STOP_BEFORE_LOWER_CUES))

    def check(self, article: Article) -> Iterable[Finding]:
        yield from self._names_glued_to_function_words(article)
        counts, stop_numbers = _Counts(article), None
        # RE2's supersets first, which the trigger's pass answered (Python's two searches of the whole text cost 8 %
        # of the rule's instructions on the BBC + scraped mix, where one page in three hundred holds either)
        comma_seams = _COMMA_SEAM_CUES.found(article.text) and _COMMA_SEAM.search(article.text) is not None
        stops_before_lower = _STOP_BEFORE_LOWER_CUES.found(article.text) \
            and _STOP_BEFORE_LOWER.search(article.text) is not None
        makers = self._finding_makers()
        for offset, text in _segments(article):
            cues = _glued_sentence_cues(text)
            marks = _Marks(text) if cues else None
            glued, doubtful = 0, []
            for start, opener, word, end, begin, space_at in _junctions(text) if cues & 1 else ():
                if space_at == _IF_KNOWN:
                    left = text[begin:start]
                    space_at = start + 1 if self.known(left) and left not in textutil.ABBREVIATIONS \
                        and text[word:end].lower() not in _TLDS else _ASK
                if space_at == _ASK:
                    space_at = self._glued_at(text, start, opener, word, end, counts, marks, begin)
                if space_at is not None:
                    glued += 1
                    initials_end = _initials_end(text, word, end) if text[end:end + 1] == "&" else end
                    yield _missing_space_finding(makers, text, offset, begin, start, initials_end, space_at)
                elif opener == word and text[start] in _STOPS and start + 1 == word:
                    doubtful.append((start, word, end, begin))
            for start, word, end, begin in doubtful if glued >= _SOLID_JUNCTIONS else ():
                if self._solid_stop(text, start, word, end, begin, counts, marks):
                    yield _missing_space_finding(makers, text, offset, begin, start, end, start + 1)
            if cues & 9 == 9 and stop_numbers is None:
                stop_numbers = _STOP_BEFORE_NUMBER_CUES.found(article.text)
            for match in _STOP_BEFORE_NUMBER.finditer(text) if cues & 9 == 9 and stop_numbers else ():  # beside glue
                if self._word_ends_sentence(text, match.start()):
                    yield self._report(offset, text, match.start(), match.end(), match.start() + 1)
            for match in _SPACED_GLUE.finditer(text) if cues & 2 else ():
                finding = self._spaced(offset, text, match)
                if finding:
                    yield finding
            for match in _STOP_BEFORE_DASH.finditer(text) if "–" in text else ():  # 'effect.– Jane'
                stop = match.start() - 1 - (text[match.start() - 1] not in _STOPS)  # before a closing quote
                yield self._report(offset, text, stop, match.start() + 1, match.start())
            for match in _COMMA_SEAM.finditer(text) if comma_seams else ():  # 'newspaper,Der Spiegel said'
                if self._comma_seam(text, match.start(), counts, article):
                    yield self._report(offset, text, match.start(), _LETTERS.match(text, match.end()).end(), match.end())
            for match in _STOP_BEFORE_LOWER.finditer(text) if stops_before_lower else ():  # 'years.perhaps the'
                if self._stop_before_lower(text, match.start(), article):
                    word_end = _LETTERS.match(text, match.end()).end()
                    yield self._report(offset, text, match.start(), word_end, match.end())
            for match in _GLUED_COPYRIGHT.finditer(text) if "©" in text else ():  # 'Microsoft said.© Reuters'
                yield self._report(offset, text, match.start(), match.end(), match.end() - 1)
            for match in _QUOTE_THEN_WORD.finditer(text) if cues & 4 else ():  # "the ‘high number’of fighters"
                if text[match.start() - 1:match.start()].isalpha() and _closes_quote(text, match.start(), marks):
                    yield self._report(offset, text, match.start(), match.end(), match.start() + 1)

    def _comma_seam(self, text: str, comma: int, counts: _Counts, article: Article) -> bool:
        """The comma at ``text[comma]``, glued to a capitalised word, ends a line: after a dictionary word in lower
        case, a thousands figure or a name's bracketed count ('De Villiers (249),Most sixes'), before a word the
        dictionary or the article knows (not '9-10,Main Road'); or, glued to a dictionary word in lower case after
        another, lost its space before a word that opens a clause ('his term,which'; not in OCR'd print)."""
        word = _LETTERS.match(text, comma + 1).group()
        if text[comma - 1] == ")":
            opening = text.rfind("(", max(0, comma - 12), comma)
            return opening >= 0 and _count_after_name(text, opening, text[opening + 1:comma - 1]) \
                and (self.known(word) or counts.has(word))
        left = _token_before(text, comma)
        begin = comma - len(left)
        if word.islower():  # a word after a space; not in OCR'd print, whose old books set a comma tight to the
            # next word ('saw,and')
            if begin and not text[begin - 1].isspace() or article.ocr.ocr:
                return False
            if left.isalpha() and left[1:].islower():
                if left[0].isupper():  # 'Party,said': a name before any word the dictionary knows
                    return self.known(word)
                return word in _CLAUSE_WORDS and self.known(left)  # 'his term,which'
            return word in _CLAUSE_WORDS and _FIGURE.fullmatch(left) is not None  # '40,679,those
        return (left.isalpha() and left.islower() and len(left) > 2 and self.known(left)
                or _THOUSANDS.fullmatch(left) is not None) and (not begin or text[begin - 1].isspace()) \
            and (self.known(word) or counts.has(word))

    def _names_glued_to_function_words(self, article: Article) -> Iterator[Finding]:
        """A capitalised word glued to a function word after it ('told Reutersthat the'): the name is used on its own
        elsewhere on the page and the whole never, and no dictionary knows the whole ('Hilland', 'Ferdinand' and
        'Neverland' are names whose first part the page does not use alone)."""
        text = article.text
        if not _NAME_THEN_FUNCTION_WORD_CUES.found(text):
            return
        used = article.distinct_words  # the body's words
        for match in _names_then_function_words(text):
            start, end, token = match.start(), match.end(), match.group()
            name, word = match.groups()
            if name not in used or start and text[start - 1] in _NOT_A_WORD_BEFORE \
                    or text[end:end + 1] in ("@", "/") or self.known(token) \
                    or text.count(token) > 1 and article.words.count(token) > 1:  # a token is a place in the text
                continue
            split = start + len(name)
            yield self.finding(start, end, f"missing space in {quote(token)}: {quote(f'{name} {word}')}?",
                               Fix.replace(split, split, " ", description="insert a space"))

    def _stop_before_lower(self, text: str, stop: int, article: Article) -> bool:
        """The stop at ``text[stop]`` ends a sentence glued to the next one, which lost its capital too: a dictionary
        word in lower case after a space before it, another after it ('years.perhaps'); not a domain or a file's
        name ('nature.com', 'dot.com', 'www.facebook'), an abbreviation, nor OCR'd print."""
        left = _token_before(text, stop)
        begin = stop - len(left)
        word = _LETTERS.match(text, stop + 1).group()
        return left.isalpha() and left.islower() and (not begin or text[begin - 1].isspace()) \
            and left not in _TLDS and word not in _TLDS and self.known(left) and self.known(word) \
            and not textutil.is_abbreviation_before(text, stop) and not article.ocr.ocr

    def _word_ends_sentence(self, text: str, stop: int) -> bool:
        """The stop at ``text[stop]`` ends a sentence: a dictionary word of three letters or more, after a space,
        before it, and no abbreviation ('Road.14 May', not 'Fig.26 April' or 'www.site.26 May')."""
        left = _token_before(text, stop)
        begin = stop - len(left)
        return len(left) > 2 and left.isalpha() and (not begin or text[begin - 1].isspace()) and self.known(left) \
            and not textutil.is_abbreviation_before(text, stop)

    def _spaced(self, offset: int, text: str, match: re.Match) -> Finding | None:
        """'Corp .In' (the stop on the wrong side of the space) or '(Reuters) -The' (a dateline's dash glued)."""
        word, stop = match.group("word"), match.group("stop")
        if stop:
            left = text[max(0, match.start() - 20):match.start()].rsplit(None, 1)[-1:] or [""]
            if not (left[0].isalpha() and len(left[0]) > 1 and left[0].lower() not in _NEVER_LAST
                    and len(word) > 1 and word[1:].islower() and self.known(word)):
                return None  # 'Robert .B', 'at .Westminster': an initial, a stray dot before a name
            at = offset + match.start()
            glued = _token_before(text, match.start()) + match.group()
            return self.finding(at - len(glued) + len(match.group()), offset + match.end(),
                                f"space before the stop instead of after it in {quote(glued)}",
                                Fix.replace(at, at + 2, stop + " ", description=f"write '{stop} '"))
        before = (text[max(0, match.start() - 40):match.start()].rsplit(None, 1) or [""])[-1]
        if len(word) > 1 and word[1:].islower() and (before.endswith(")") or before.isupper() and len(before) > 1):
            return self._report(offset, text, match.end() - len(word) - 1, match.end(), match.end() - len(word))
        return None

    def _report(self, offset: int, text: str, start: int, end: int, space_at: int) -> Finding:
        """The missing space at ``text[space_at]`` in the glue from the start of the token before ``start`` to
        ``end``."""
        begin = start - len(_token_before(text, start))
        return _missing_space_finding(self._finding_makers(), text, offset, begin, start, end, space_at)

    def _finding_makers(self) -> tuple:
        """``_missing_space_finding``'s makers for this rule's findings."""
        return _FINDING_MAKERS + (self.code, self.name, self.effective_severity)

    def _glued_at(self, text: str, start: int, open_at: int, word_at: int, word_end: int, counts: _Counts,
                  marks: _Marks, begin: int) -> int | None:
        """Where a space is missing at the junction ``text[start:word_end]`` (a match of ``_JUNCTION``: its closing
        run, opening mark and word start at ``start``, ``open_at`` and ``word_at``; the token before it,
        ``_token_before(text, start)``, starts at ``begin``), or None when it is no glued sentence (``marks``:
        :class:`_Marks` of ``text``). The token is sliced only past the questions that need no token (in a run of
        junctions with no space between them, 'x.Yx.Y…', each token runs back to the run's start: quadratic)."""
        run, opener, word = text[start:open_at], text[open_at:word_at], text[word_at:word_end]
        after = text[word_end:word_end + 2]
        following = after[:1]
        if following == "&" and run in (".", "!", "?") and _AMPERSAND_INITIALS.match(text, word_at) \
                and text[start - 1].islower() and self._word_ends_sentence(text, start):
            return start + 1  # 'in stock.B&H has', 'shoppers.M&S said': initials joined by '&' open the sentence
        if len(word) < 2 and not _one_letter_word(word, after) \
                or following == "@" or following == "/" and not _SLASH_PAIR.match(text, word_end) \
                or following == "." and after[1:2].isalnum():
            return None  # a ticker suffix (Sober.K), a domain, a path (not 'confirmed.Baseball/softball will')
        if opener and opener in "([" and word.isupper():
            return None  # a wire routing code: 'said.(XYGP 1330)'
        if opener == "[" and _BRACKETED_NOTE.match(text, word_at):
            return None  # an editor's note in brackets ('intelligence.[Note: in the test ….]'), not a link's text
        left = text[begin:start]
        if not _STOPS.isdisjoint(run):
            if run in (".", "!", "?"):
                return start + 1 if self._plain_stop(text, start, left, run, word, counts, marks) else None
            if _ELLIPSIS.issuperset(run) or run[-1] in _STOPS and not left:
                return None  # "best...We": an ellipsis is a style, ". . .The"
            return _quote_side(text, start, open_at, marks)
        if run[0] in ":;" and set(run[1:]) <= _QUOTES:  # "note:It", "smiling:’It", a caption's "Pictured:Operation"
            if run == ':"' and left.isalpha() and len(left) > 2 and word[1:].islower() \
                    and (self.known(word) or counts.has(word)):
                return start + 1  # 'coach Denis Betts:"It's': a speaker's colon glued to the quotation
            ok = left.isalpha() and (left.islower() or left[1:].islower() and run == ":") and len(left) > 2 \
                and self.known(left) and word[1:].islower() and (self.known(word) or counts.has(word) or word == "I")
            return start + 1 if ok else None
        if run == "]" and opener == "[":
            return None  # a reference-style link or image, '[lazy_placeholder][Harbour-View]'
        if run in (")", "]"):
            opening = text.rfind("(" if run == ")" else "[", 0, start)
            inside = text[opening + 1:start]
            ok = (len(inside) > 1 and text[start - 1].isalnum() or _count_after_name(text, opening, inside)) \
                and (word[1:].islower() or len(word) == 1)
            return start + 1 if ok else None
        if set(run) <= _CLOSING_QUOTES and text[start - 1].isalpha() and (word[1:].islower() or word == "I"):
            return _quote_side(text, start, start + len(run), marks)  # 'wonderful news"He', 'phone"I'm', not '55"TV'
        if run in ("'", "’") and len(left) > 1 and left[-1].islower() and word[1:].islower() and len(word) > 2 \
                and (self.known(word) or counts.has(word)) and _closes_single_quote(text, start):
            return start + 1  # "to 'come out'Joseph", not "O'Neill", "rock'n'roll" or "sur l'Orange"
        return None

    def _solid_stop(self, text: str, stop: int, word_at: int, word_end: int, begin: int, counts: _Counts,
                    marks: _Marks) -> bool:
        """A plain stop that :meth:`_glued_at` doubted, in a paragraph where ``_SOLID_JUNCTIONS`` others were glued
        (a page's paragraphs written solid, as readability's and soup's text does): glued where a word in lower case
        ends before it and a word the dictionary or the article knows, in sentence case, starts after it
        ('year-olds.It has', 'too little.Amazon.com Inc.', 'Save me Hadvar!Hadvar hacks'); not an abbreviation, a
        path, a handle or a ticker."""
        word = text[word_at:word_end]
        return text[stop - 1].islower() and word[1:].islower() and len(word) > 1 \
            and (not begin or text[begin - 1].isspace()) and "/" not in text[begin:stop] \
            and not textutil.is_abbreviation_before(text, stop) and not marks.inside_angle_brackets(stop) \
            and (self.known(word) or counts.has(word))

    def _plain_stop(self, text: str, stop: int, left: str, run: str, word: str, counts: _Counts,
                    marks: _Marks) -> bool:
        """'jack.The', '2019.The', 'Afghanistan?Stuck': a plain stop between two words (``marks``: :class:`_Marks` of
        ``text``)."""
        begin = stop - len(left)
        after = text[stop + 1 + len(word):stop + 2 + len(word)]
        hyphenated = after == "-"  # 'said.Co-founder', not '.co.uk'
        acronym = word in _COMMON_ACRONYMS and after == " "  # 'programme.UK Sport', not 'bbc.co.UK'
        if len(left) < 2 and not left.isdigit() or begin and text[begin - 1] in "@/\\_<" \
                or word.lower() in _TLDS and not hyphenated and not acronym or "'" not in left and "’" not in left \
                and _abbreviation_before(text, stop, left, begin) \
                or marks.inside_angle_brackets(stop):
            return False  # an initial, a handle or path, a domain, an abbreviation, a ticker <IBM.N>
        if word.isupper() and len(word) == 2 and not (
                (word in _COMMON_ACRONYMS or _NAME_NEXT.match(text, stop + 3))
                and (left.islower() and len(left) > 2 and self.known(left) or _AMOUNT.fullmatch(left)
                     or acronym and left[1:].islower() and len(left) > 2 and (self.known(left) or counts.has(left)))):
            return False  # 'it.JM': two capitals are an initialism or noise, not a sentence start ('country.US',
            # 'later.PC Jane Ross', '12,000.AB Smith', 'Colwyn Bay.UK government' are: a rank or initials before a
            # name, a common acronym after a name)
        if left.islower() and len(left) > 2 and word[1:].islower() and len(word) > 2 and self.known(left) \
                and (not begin or text[begin - 1].isspace()):
            return True  # 'the editors.Stormcloaks': a dictionary word ends a sentence, a name starts the next
        right_ok = self.known(word) or counts.has(word) or word.isupper() \
            or (left.isupper() or left.isdigit()) and len(word) > 2 and word[1:].islower() \
            and _NAME_NEXT.match(text, stop + 1 + len(word)) is not None  # a full name: 'BBC.Dilip Kumar', '2016.Aldred Drummond'
        if not left.isalpha():  # (letters alone are no amount, code or possessive: most tokens here, 35b)
            if _AMOUNT.fullmatch(left.rpartition("-")[2]):
                return right_ok and run == "."  # '2019.The', '24-10.Owens', 'mid-1990s.Sheerin'
            if _CODE_NUMBER.fullmatch(left) and (not begin or text[begin - 1].isspace()):  # 'WW2.The', 'G20.Leaders'
                return run == "." and word[1:].islower() and len(word) > 2 and self.known(word)
            if not _POSSESSIVE_S.sub("", left).replace("-", "").replace("'", "").replace("’", "").isalpha():
                return False  # www.Site.Com, a code ("L'Aquila.Six" passes)
        if left.isupper() and word.isupper() and len(word) <= 3:
            return False  # a ticker: BHP.AX, RTRS.L
        if left[0].isupper() and (run == "!" and word not in _SENTENCE_STARTERS
                                  or counts.more_than(left + run + word, 1) and not self.known(word)):
            return False  # a brand: Yahoo!Finance, a dotted name used throughout
        if right_ok:
            return True
        # two names: 'Amr Warda.Tonny Mawejje' when the article names the first elsewhere
        return counts.has(left) and word[1:].islower() and len(word) > 2


def _names_then_function_words(text: str) -> list[re.Match]:
    """``list(_NAME_THEN_FUNCTION_WORD.finditer(text))``, tried only where its cue's matches start."""
    return [match for start, _ in _name_cue_spans(text) if (match := _NAME_THEN_FUNCTION_WORD.match(text, start))]


def _abbreviation_before(text: str, stop: int, left: str, begin: int) -> bool:
    """``textutil.is_abbreviation_before(text, stop)``, where ``left`` is the token before the stop, starting at
    ``begin``: for a token of two letters or more after no letter, digit or stop (most junctions), the
    abbreviation's word is the token itself, and only the list can make it one."""
    if len(left) > 1 and left.isalpha() and not (begin and (text[begin - 1].isalnum() or text[begin - 1] == ".")):
        return left.lower() in textutil.ABBREVIATIONS
    return textutil.is_abbreviation_before(text, stop)


def _count_after_name(text: str, opening: int, inside: str) -> bool:
    """The bracket opened at ``text[opening]`` holds a count (``inside``: '8', '90*') after a capitalised word and a
    space: a row of a flattened table ('Kohli (8)Highest score', 'De Villiers (249),Most sixes'), not a list's item
    number at a line's start ('(1)The first')."""
    return opening > 1 and text[opening - 1] == " " and _BRACKETED_COUNT.fullmatch(inside) is not None \
        and text[:opening - 1].rsplit(" ", 1)[-1][:1].isupper()


class _Marks:
    """Where a segment holds angle brackets and straight double quotes, each found on first need, for NL103's questions
    at a junction: scans back from every junction of a long flattened page (``rfind``, ``count`` from its start)
    cost time quadratic in its length, a binary search in the places does not."""

    __slots__ = ("text", "_angles", "_quotes")

    def __init__(self, text: str) -> None:
        self.text, self._angles, self._quotes = text, None, None

    def inside_angle_brackets(self, at: int) -> bool:
        """Whether a '<' opens before ``at`` and no '>' closes it before ``at`` (``text.rfind("<", 0, at) >
        text.rfind(">", 0, at)``): a ticker such as <IBM.N>."""
        if self._angles is None:
            self._angles = [match.start() for match in _ANGLE_MARK.finditer(self.text)] if "<" in self.text else []
        last = bisect.bisect_left(self._angles, at) - 1
        return last >= 0 and self.text[self._angles[last]] == "<"

    def quotes_before(self, at: int) -> int:
        """``text.count('"', 0, at)``."""
        if self._quotes is None:
            self._quotes = [match.start() for match in _STRAIGHT_QUOTE.finditer(self.text)]
        return bisect.bisect_left(self._quotes, at)


_ANGLE_MARK = regexcache.compile(r"[<>]")
_STRAIGHT_QUOTE = regexcache.compile('"')


def _python_token_before(text: str, end: int) -> str:
    """The word or amount that ends at ``end``: 'jack', 'Smith's', '2019', '12%', '£35', 'U.S' (the twin of the
    compiled ``token_before``)."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _TOKEN_MARKS):
        start -= 1
    return text[start:end].lstrip(_TRIMMED_MARKS)


_TOKEN_MARKS = ".,%$£€'’-"  # what a token holds besides letters and digits
_TRIMMED_MARKS = ".,'’-"  # what it does not start with


_token_before = native.pick("token_before", _python_token_before)

# a slash between two words, then a space or a clause's punctuation: 'Baseball/softball will', not a path
_SLASH_PAIR = regexcache.compile(r"/[^\W\d_]+(?=[\s,;:]|\.(?:\s|$))")
_POSSESSIVE_S = regexcache.compile(r"['’]s?$")
_NAME_NEXT = regexcache.compile(r" [A-Z][a-z]{2,}")  # a capitalised word after a space
_CODE_NUMBER = regexcache.compile(r"[A-Z]{1,3}[0-9]{1,2}")  # a name of letters and a number: WW1, G20, M25


def _initials_end(text: str, word_at: int, word_end: int) -> int:
    """The end of the initials joined by '&' that start at ``word_at`` ('M&S'), else ``word_end`` (asked where '&'
    follows the word ``text[word_at:word_end]``: the initials can end nowhere else)."""
    initials = _AMPERSAND_INITIALS.match(text, word_at)
    return initials.end() if initials else word_end


def _one_letter_word(word: str, after: str) -> bool:
    """'A' or 'I' as a word ('A court', 'I think', "I've"), or the initial of O'Brien."""
    return word in ("A", "I") and after[:1] in (" ", "'", "’") or after[:1] in ("'", "’") and after[1:2].isupper()


def _quote_side(text: str, start: int, end: int, marks: _Marks) -> int:
    """Where the space goes in a closing run ``text[start:end]`` that holds quotes ('."', '”', '".').

    A straight double quote closes when the paragraph so far holds an odd number of them; one that
    opens takes the space before it (``marks``: :class:`_Marks` of ``text``).
    """
    run = text[start:end]
    if '"' in run and marks.quotes_before(start + run.index('"')) % 2 == 0:
        return start + run.index('"')
    return end


_STRAY_STOP = regexcache.compile(r"\.(?<=[^\W_]\.)[ \t]+([a-z][^\W\d_]*)(?![^\W_]|\.\w)")  # "." first: fast scan
# a stop after a determiner, which ends no sentence, before a capitalised word ('in the. UK', 'by their. Chief')
_DETERMINERS_BEFORE_STOP = ("the", "an", "their", "our", "your")
_STOP_AFTER_DETERMINER = regexcache.compile(rf"(?<![^\W\d_])({'|'.join(_DETERMINERS_BEFORE_STOP)})(\.)[ \t]+(?=[A-Z])")
# the stops of its matches, found stop first: a literal-led scan (the look-behind first tries every character of a
# text, 30 times the cost), the determiner's last letter asked before the determiner
_DETERMINER_STOP = regexcache.compile(
    rf"\.(?<=[{''.join(sorted({word[-1] for word in _DETERMINERS_BEFORE_STOP}))}]\.)(?:"
    + "|".join(rf"(?<=(?<![^\W\d_]){word}\.)" for word in _DETERMINERS_BEFORE_STOP) + r")[ \t]+(?=[A-Z])")
# supersets of _STRAY_STOP's and _DETERMINER_STOP's matches, RE2's (ASCII) shapes, which NL105's trigger set answers
_STRAY_STOP_CUES = Cues(r"\.[ \t]+[a-z]")
# (no letter before the determiner, as _DETERMINER_STOP's look-behind asks: 'than. The', 'plan. It' are not cues)
_DETERMINER_STOP_CUES = Cues(r"(?:^|[^A-Za-z])(?:the|an|their|our|your)\.[ \t]+[A-Z]")
_FIGURE_AFTER = regexcache.compile(r"[ \t]+\d")  # a figure after the word after a stop
# a stop standing alone after a sentence's stop, before the next sentence (not a spaced ellipsis '. . .', not 'U.S. .')
_DOUBLED_STOP = regexcache.compile(r"(?<=[a-z]{2}[.!?]) \.(?=\s?[\"'‘“]?[A-Z])")
# lower-case abbreviations and units not in textutil's list
_MORE_ABBREVIATIONS = frozenset("ca c approx viz op cit ibid ff nr tel ext govt mins hrs yrs sq oz lb lbs in km kg mph "
                                "hon pty".split())  # (British 'hon. secretary', Australian 'Pty. Ltd')
# US state abbreviations of datelines and wire copy ('ATLANTA, Ga. division'), those that are no English word
_STATE_ABBREVIATIONS = frozenset("Ala Ariz Ark Calif Colo Conn Del Fla Ga Ind Kan Kans Ky Md Mich Minn Mont Neb Nev "
                                 "Okla Penn Tenn Tex Va Vt Wis Wisc Wyo".split())


class StraySentenceBreak(_ExtractionRule):
    code = "NL105"
    name = "stray-sentence-break"
    summary = "A full stop in mid-sentence, followed by a lower-case word."
    bad = "before talks with Lavrov at a time of crisis. tensions over Ukraine."
    good = "before talks with Lavrov at a time of crisis tensions over Ukraine."
    explanation = ("Abbreviations (Mr., U.S., e.g., a.m., No., etc., vs.), initials, numbers, ellipses, "
                   "domains and name particles after a stop (de Gaulle) are not breaks, nor is a stop after "
                   "a lower-case non-word: informal clipped words end sentences in quoted messages "
                   "(\"spoke to trev. think we should…\"). A second full stop standing alone after a sentence's own "
                   "('museums. .'One') is reported too, and so is a stop after a determiner, which ends no sentence, before a "
                   "capitalised word ('in the. UK').")
    # a superset of what the scans below find (a stop, spaces, a lower-case letter; ". ."; a determiner's stop): 15
    # articles in 16 of the BBC + scraped mix have none, and the shared trigger set answers for them, and tells the
    # cues of the stray stop and the determiner's, so that Python's re searches the whole text only for a cue found
    # (most articles that fire hold one of the three alone: 35b)
    trigger = Trigger(pattern=Cues(rf"{_STRAY_STOP_CUES.pattern}|\. \.|{_DETERMINER_STOP_CUES.pattern}"),
                      answers=(_STRAY_STOP_CUES, _DETERMINER_STOP_CUES))

    def check(self, article: Article) -> Iterable[Finding]:
        whole = article.text
        determiners = _DETERMINER_STOP_CUES.found(whole) and _DETERMINER_STOP.search(whole) is not None
        if ". ." not in whole and not (_STRAY_STOP_CUES.found(whole) and _STRAY_STOP.search(whole)) and not determiners:
            return  # 49 articles in 50: one search of the whole text, whose segments are slices of it
        for offset, text in _segments(article):
            for match in _STRAY_STOP.finditer(text):
                stop = match.start()
                word = match.group(1)
                before = _word_before(text, stop)
                if self._is_abbreviation(text, stop) or word.lower() in _LOWERCASE_STARTS or not word.islower() \
                        or text.startswith("://", match.end(1)) \
                        or before.islower() and not self.known(before) \
                        or word == "reuter" and not text[match.end():].strip() \
                        or text[stop - 1].isdigit() and _FIGURE_AFTER.match(text, match.end(1)):
                    continue  # "spoke to trev. think": a clipped or informal word, not a word cut by a stray stop;
                    # "mine. https://…": a link after a sentence (an embedded post); a figure on each side: the items
                    # of a market report ('lbs 69.50. select 1-3 900-1100 lbs'); 'reuter': the wire's signoff
                start, end = offset + stop, offset + match.end(1)
                fix = Fix.replace(offset + stop, offset + stop + 1, "", safe=False, description="delete the full stop")
                yield self.finding(start, end, f"stray full stop before lower-case {quote(match.group(1))} "
                                               f"in {quote(_word_before(text, stop) + text[stop:match.end()])}", fix)
            for match in _STOP_AFTER_DETERMINER.finditer(text) if determiners else ():  # 'in the. UK'
                stop, word_end = match.start(2), _LETTERS.match(text, match.end()).end()
                yield self.finding(offset + stop, offset + word_end, f"stray full stop after {quote(match.group(1))}, "
                                   "which ends no sentence", Fix.replace(offset + stop, offset + stop + 1, "",
                                                                         safe=False, description="delete the full stop"))
            for match in _DOUBLED_STOP.finditer(text) if ". ." in text else ():  # 'various museums. .'One of'
                start, end = offset + match.start(), offset + match.end()
                space = "" if text[match.end():match.end() + 1].isspace() else " "  # '. .The' → '. The'
                yield self.finding(start - 1, end, "a second full stop after the sentence's own",
                                   Fix.replace(start, end, space, description="delete the stray stop"))

    @staticmethod
    def _is_abbreviation(text: str, stop: int) -> bool:
        before = _word_before(text, stop)
        start = stop - len(before)
        if textutil.is_abbreviation_before(text, stop) or before.lower() in _MORE_ABBREVIATIONS \
                or before in _STATE_ABBREVIATIONS or before == "cent" and text.endswith("per ", 0, start):
            return True  # (and the older British 'per cent.': '4 per cent. of the shares')
        if before.isdigit() and (start == 0 or text[start - 1] in "(\n"):  # "1. introduction", a numbered list
            return True
        return start > 0 and text[start - 1] in "./@"  # an ellipsis, a domain, a path
