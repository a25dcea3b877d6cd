"""NL109: footnote markers an extractor left in the text as plain digits ('points1 than', 'Line.2 Warren').

A page's note references (superscript numbers linking to its footnotes) lose their markup in extraction and stay in
the sentence as digits glued to a word or to a sentence's stop. One such digit reads like a model name or a code
(``mp3``, ``COVID19``, ``No.2``), so the rule wants what only footnotes do: markers numbered 1, 2, 3 … in the order
the text runs, sentences apart.
"""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from newslint import cuewindows, regexcache
from newslint.model import Article
from newslint.rule import Cues, Finding, Fix, Trigger, quote
from newslint.rules.extraction._shared import _ExtractionRule, whole_run_cues


_CLOSED_CLASS = """than and but or nor of to in on at for with from by as that which who whom whose where when while
because since although though so if the a an is are was were has have had will would said says""".split()
# a marker glued to the word it follows ('points1 than', 'points1.'): a word of letters, one or two digits, then
# punctuation, the paragraph's end or a closed-class word, which no count stands before (not 'pictures1 November',
# 'News1 day ago'); not after a handle, path, domain or hyphen
_GLUED_TO_WORD = regexcache.compile(r"(?<![\w@#/.\\-])(?P<word>[A-Za-z][a-z]{2,})(?P<number>[0-9]{1,2})"
                                    r"(?=[,;:)]|[.!?](?:\s|\Z)|\n|\Z|[ \xa0](?:%s)\b)" % "|".join(_CLOSED_CLASS))
# a marker after a sentence's full stop (and a closing quote or bracket), glued or spaced as boilerpy3 spaces link
# text ('Line.2 Warren', 'combined. 4 And', 'Shor . 3 And'), before a capitalised word; not after a question mark,
# which verse numbers follow in old books ('yet? 7 Shall')
_AFTER_STOP = regexcache.compile(r"(?<![\w.])(?P<word>[^\W\d_]{2,}) ?[.][\"”’')]? ?(?P<number>[0-9]{1,2})"
                                 r" (?=[\"“]?[A-Z])")
# a bare number between a word and a conjunction or comparison no count stands before ('points 1 than', boilerpy3's
# spacing of a glued marker): a marker only where it fills a place in a run of sure ones
_SPACED = regexcache.compile(r"(?<=[a-z]{3} )(?P<number>[0-9]{1,2})"
                             r" (?=(?:than|and|but|or|because|while|which|who|so)\b)")
# where a match of each may be (every match holds one; the scans, led by a class or a literal, skip the rest of a long
# page, which the patterns' look-behinds and words first tried at every character): a digit after a letter, a stop
# before a number, a digit after a word and a space
_CUES = {_GLUED_TO_WORD: regexcache.compile(r"[0-9](?<=[a-z][0-9])"),
         _AFTER_STOP: regexcache.compile(r"\.(?=[\"”’')]? ?[0-9]{1,2} [\"“]?[A-Z])"),
         _SPACED: regexcache.compile(r"[0-9](?<=[a-z]{3} [0-9])")}
_CUE_REACH = 100  # characters searched beyond the run of letters, digits, commas and stops around each cue
# words a number follows after a stop that are no sentence's end: abbreviations of numbered things and months
_NUMBERED_ABBREVIATIONS = frozenset("""
no nos nr vol vols fig figs art arts sec sect ch chap ex op pt para rev ed tab eq p pp ps gen
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
_GAP = 3  # a run may skip this many numbers less one (a marker the extractor dropped with its link)
_APART = 40  # fewest characters between two markers of a run: footnotes mark sentences, not words ('team1 and team2')
_REACH = 8000  # most characters between two markers of a run: the notes of one article, not a book's verse numbers
_SURE_MARKERS = 2  # markers of a run found glued to a word or a stop, for the run to be footnotes


class _Marker(NamedTuple):
    start: int  # the marker's digits in Article.text
    end: int
    number: int
    sure: bool  # glued to a word or a stop (not a bare number between words)
    glued: str  # what shows it: 'points1', 'Line.2'


def _candidates(text: str) -> list[_Marker]:
    """Every digit run in ``text`` (an article's) that may be a footnote marker, in text order; none where fewer
    than ``_SURE_MARKERS`` are glued to a word or a stop (then no bare number is looked for)."""
    found = [_marker(match, True) for match in _matches(_GLUED_TO_WORD, text)]
    found += [_marker(match, True) for match in _matches(_AFTER_STOP, text)
              if match.group("word").lower() not in _NUMBERED_ABBREVIATIONS]
    if len(found) < _SURE_MARKERS:
        return []
    found += [_marker(match, False) for match in _matches(_SPACED, text)]
    return sorted(found)


def _matches(pattern: re.Pattern, text: str) -> list[re.Match]:
    """``list(pattern.finditer(text))``, searched only around its ``_CUES`` and the word before each (a match starts
    with that word, however long)."""
    cues = (match.start() for match in _CUES[pattern].finditer(text))
    return cuewindows.finditer_near(pattern, text, whole_run_cues(text, cues, _CUE_REACH), _CUE_REACH, _CUE_REACH // 2)


def _marker(match: re.Match, sure: bool) -> _Marker:
    start, end = match.span("number")
    return _Marker(start, end, int(match.group("number")), sure, match.group())


def _footnote_run(markers: list[_Marker]) -> list[_Marker]:
    """The longest run of ``markers`` numbered from 1 upwards in text order (each next number at most ``_GAP`` on,
    ``_APART`` to ``_REACH`` characters on), when ``_SURE_MARKERS`` of it are sure; else nothing."""
    best: list[list[_Marker]] = []  # best[i]: the longest run from 1 that ends with markers[i]
    for index, marker in enumerate(markers):
        run = [marker] if marker.number == 1 else []
        for before, ending in zip(markers[:index], best):
            if ending and 0 < marker.number - before.number <= _GAP and _APART <= marker.start - before.end <= _REACH \
                    and len(ending) + 1 > len(run):
                run = [*ending, marker]
        best.append(run)
    longest = max(best, key=len, default=[])
    return longest if sum(marker.sure for marker in longest) >= _SURE_MARKERS else []


class FootnoteMarker(_ExtractionRule):
    code = "NL109"
    name = "footnote-marker"
    summary = "A footnote's number left in the text as a plain digit where its link was stripped (points1 than)."
    bad = "Biden has more endorsement points1 than any rival.\n\nMost came from governors.2 The rest are mayors."
    good = "Biden has more endorsement points than any rival.\n\nMost came from governors. The rest are mayors."
    explanation = ("Only a run of such digits numbered 1, 2, 3 … in the order of the text (a number or two may be "
                   "missing), sentences apart, two of them glued to a word or to a sentence's stop, is reported: a "
                   "lone digit after a word is a model or a code (mp3, COVID19, G7, F1), and numbers after "
                   "abbreviations (No.2, Vol.3, Jan. 2) are left alone. A bare number between a word and a "
                   "conjunction ('points 1 than', as boilerpy3 spaces it) counts only inside such a run.")
    # every run has a sure marker: glued to a word before punctuation, a line's end or a closed-class word, or to a
    # letter's stop before a capital (a superset of _GLUED_TO_WORD's and _AFTER_STOP's matches)
    trigger = Trigger(pattern=Cues(r"[a-z]{3}[0-9][0-9]?(?:[,;:)\n.!?]|\z|[ \xa0](?:%s)\b)"
                                   r"|\pL ?[.][\"”’')]? ?[0-9][0-9]? [\"“]?[A-Z]" % "|".join(_CLOSED_CLASS)))

    def check(self, article: Article) -> Iterable[Finding]:
        text = article.text
        run = _footnote_run(_candidates(text))
        for marker in run:
            start, end = marker.start, marker.end
            if text[start - 1:start] == " " and text[end:end + 1] == " ":
                start -= 1  # boilerpy3's spaces on both sides: one goes with the digits
            yield self.finding(marker.start, marker.end,
                               f"footnote marker {marker.number} left in the text ({quote(marker.glued.strip())})",
                               Fix.replace(start, end, "", safe=False, description="delete the footnote marker"))
