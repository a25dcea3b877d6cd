"""NL316: web boilerplate inside a paragraph (prompts, byline blocks, glued link lines, the reader addressed,
the page's machinery, an embedded post's signature)."""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from itertools import chain
from typing import AbstractSet, Iterable, Iterator

from newslint import captions, native, ngrams, regexcache
from newslint.cuewindows import SpansByRe2, finditer_near
from newslint.furniture import FUNCTION_WORDS
from newslint.lineshapes import AGENCY
from newslint.model import Article
from newslint.rule import Cues, CueSet, Finding, Fix, Rule, Severity, quote
from newslint.rules.boilerplate._shared import _MONTHS, LINE_PACKS
from newslint.rules.boilerplate.metadata import TIMESTAMP, stamps_end
from newslint.rules.boilerplate.one_line import MIN_PAGE_CHARS, caption_start, is_page_line
from newslint.rules.boilerplate.run_in import _RUN_IN


# a page timestamp of a flattened byline block: 'PUBLISHED: . 12:01 EST, 3 March 2014 .', 'Last updated at 4:22 PM on …'
_STAMP_WORDS = r"(?:PUBLISHED|Published|UPDATED|Updated|Last updated)\b"
_STAMP_BODY = _STAMP_WORDS + r"(?: at| on)?:?\s(?:\.\s)?[^|.!?\n]{4,50}?\d{4}(?:\s\.(?!\S))?"
_STAMPS = r"(?:\s(?:\|\s\.\s)?" + _STAMP_BODY + ")*"
_MONTHS_AND_DAYS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + _MONTHS[3:]
_JOBS = r"(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Aa]nalyst|[Pp]resenter)"
# where the story's reporters were, credited at its end: 'CNN's Jane Doe reported from Lagos; John Roe wrote from Atlanta.'
_NAME_LIST = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
_REPORTED_FROM = (r"(?:[A-Z][\w&.'’-]*['’]s )?" + _NAME_LIST + r"(?:,? and " + _NAME_LIST + r"){0,4}"
                  r" (?:reported|wrote|filed|contributed) from [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
                  r"(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?")
_REPORTED_FROM_ALL = _REPORTED_FROM + r"(?:(?:;|,)? (?:and )?" + _REPORTED_FROM + r"){0,4}"  # bounded: tried at every
# capital before its cue, a match attempt must not run on over a long line of such clauses
# an agency's note that its copy is not to be used again, after its copyright or on its own
_NOT_REPUBLISHED = r"This material may not be (?:published|reproduced), broadcast, rewritten,? (?:or|and/or) redistributed\.?"
_INLINE = regexcache.deferred(
    r"(?:Scroll down for (?:video|more)|SCROLL DOWN FOR (?:VIDEO|MORE))\b"
    r"|(?:Watch|See|Click to watch) the (?:full )?video\b(?![^.]{0,3}\w)"
    # the video beside the story: 'Watch the video above to see the flood.' (the sentence to its stop)
    r"|(?:Watch|See) the (?:full )?video (?:above|below)(?:[.!]|$|(?= [A-Z])| (?:to|for) [^.!?\n]{3,100}[.!]?)"
    # a video player's labels kept around its title: 'JUST WATCHED Flood hits the town MUST WATCH'
    r"|JUST WATCHED\b[^\n]{1,200}?\bMUST WATCH\b"
    r"|Media playback is (?:not supported|unsupported) on (?:this|your) device"
    r"|Share this with(?:Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|LinkedIn|Copy this link)+"
    r"|Share (?:or comment on )?this (?:article|story|page)\b"
    r"|Read more:? (?:https?://|www\.)\S+"
    # an opinion page's disclaimer: 'The opinions expressed in this commentary are solely those of Jane Doe.'
    r"|The (?:opinions|views) expressed in this (?:commentary|article|column|piece|post|blog) are (?:solely |entirely )?"
    r"(?:those of [^.!?\n]{2,80}?|(?:the author's|the writer's|his|her|their) own|his|hers|theirs)\."
    r"|(?:Sorry,? )?[Ww]e are not currently accepting comments on this article\.?"
    r"|Follow @@?\w+(?=\s*$|\s*[.!|]|\s+[A-Z@])"  # a prompt on its own ('Follow @@janedoe . PUBLISHED'), not
    # a sentence that goes on ('Follow @BBCBreaking and #news at…')
    r"|(?:Follow (?:(?:us|me|him|her) |(?:[A-Z][\w'’]+ ){1,3}|@\w+ )|Like us )on (?:Twitter|Facebook|Instagram)"
    r"(?:,? (?:and|or) (?:on )?(?:Twitter|Facebook|Instagram))*(?: @\w+(?:, (?:on |or )[^.!?\n]{3,120}(?:\.\w[^.!?\s]*)*)?\.?)?"
    # a caption label after a sentence: '… no cure. Pictured: The shantytown …', '… Source: British Skin Foundation'
    r"|(?<=[.!?\"”’] )(?:Pictured(?: above| below| left| right)?|Above|Inset|Source)\s?:(?=\s?[A-Z‘'\"])"
    r"|Click (?:on )?(?:here|the (?:photos?|images?|pictures?|link|button)s?(?: above| below)?)"
    r"(?: (?:to|for) [^.!?\n]{3,100}[.!]?|(?<=here)[.!]?)"
    # the link in capitals that news sites print between paragraphs ('CLICK HERE to read the full report'), to its
    # stop or the first capitalised word after its verb: run into the story, a page's link text has no stop (not the
    # words of a message quoted: 'an email telling readers to CLICK HERE')
    r"|(?<!\bto )(?<!\ba )(?<!\bthe )CLICK HERE\b(?: (?:to|for|TO|FOR) [^.!?\n]{3,100}?(?=[.!?\n]| [A-Z]|$))?[.!]?"
    r"|Sign up to (?:get|receive) [^.!?\n]{3,100}[.!]?"
    # a sentence that sends the reader to a link in lower case: 'For more reports from BBC Monitoring, click here.'
    r"|(?:(?<=^)|(?<=[.!?\"”’] )|(?<=[a-z][.!?]))(?:For|To|If|Please)\b[^.!?\n]{0,100}?,? click here\b"
    r"(?: (?:to|for) [^.!?\n]{3,100})?[.!]?"
    # a byline block whose line breaks became ' . ': 'By . Jane Doe . and John Roe . PUBLISHED: . 12:01 EST, 3 March
    # 2014 . | . UPDATED: . …', 'By . Jane Doe . Last updated at 4:22 PM on 12th December 2011 .', 'By . Daily Mail Reporter .'
    r"|\bBy \.(?:\s(?!" + _STAMP_WORDS + r")[^.!?\n|]{2,60}?\s\.(?!\S)){1,3}" + _STAMPS
    + r"|(?:^|(?<=[^\w.] ))" + _STAMP_BODY + _STAMPS +
    r"|(?:(?<=^)|(?<=[.!?\"”’] ))[A-Z][^.!?\n]{0,200}? contributed (?:reporting )?to this (?:report|story|article)\.?"
    # where the reporters were, the story's last sentence: 'Jane Doe reported from Lagos; John Roe wrote from Atlanta.'
    r"|(?:(?<=^)|(?<=[.!?\"”’] ))" + _REPORTED_FROM_ALL + r"\.\s*$"
    # a wire story's copyright glued on after a sentence, as every site that runs the agency's copy prints it:
    # 'Copyright 2015 The Associated Press. All rights reserved. This material may not be published, …' (a site's
    # own copyright is a line of its footer: NL344 asks it with the page's other sentences)
    r"|(?<=[.!?\"”’] )(?:Copyright|COPYRIGHT) (?:©\s?)?\d{4},? (?:The Associated Press|Associated Press|Thomson Reuters"
    r"|Reuters|Agence France-Presse|AFP|Cable News Network|CNN|Bloomberg(?: L\.P\.)?|The Canadian Press|PA Media)"
    r"\.? All [Rr]ights [Rr]eserved\.?(?: " + _NOT_REPUBLISHED + ")?"
    # its second sentence on its own: 'This material may not be published, broadcast, rewritten or redistributed.' (not
    # after a site's own rights reserved: its footer's line, NL305's)
    r"|(?<=[.!?\"”’] )(?<![Rr]eserved\. )(?<!RESERVED\. )" + _NOT_REPUBLISHED +
    # the note that the story changed since it went out, after a sentence: '… next week. This story has been updated.'
    # (a line of its own, or after 'Editor's note:', is the story's)
    r"|(?<=[.!?\"”’] )This (?:article|story|post) (?:has been|was) (?:updated|corrected)(?: (?:to|with) [^.!?\n]{3,120})?\."
    # the prompts to pass the story on and to send in pictures, a site's own links: 'E-mail to a friend .', 'iReport:
    # Share your photos of the storm.' (with the site's label, if any)
    r"|(?:E-?mail|Send|Share) (?:this (?:article |story |page )?)?to a friend\b(?: \.)?"
    r"|(?:(?<=^)|(?<=[.!?\"”’] ))(?:[A-Za-z][\w-]{1,15}(?: [A-Z][\w-]{1,15}){0,2}: )?(?:Share|Send(?: us| in)?|Upload|Submit) your (?:own )?"
    r"(?:photos|pictures|images|videos|footage)\b[^.!?\n]{0,100}[.!]?"
    r"|(?<=[.!?\"”’])©\s?(?:\d{4}\s)?[A-Z][\w .&-]{1,40}?(?:\s\d{4})?$")
_INLINE_CUES = ("Scroll", "SCROLL", "click here", "Watch", "See the", "Click", "CLICK HERE", "Media playback", "Share this", "accepting comments", "Follow ",
                "Sign up", "By .", "PUBLISHED", "UPDATED", "contributed", "©", "Pictured", "Above", "Inset", "Source",
                "Share or", "Read more", "expressed in this", "Updated", "Published", "JUST WATCHED", "Like us",
                "reported from", "wrote from", "filed from", "Copyright", "COPYRIGHT", "This material may not",
                "E-mail to", "Email to", "E-mail this", "Email this", "Send to a", "Send this", "Share to a",
                "Share your", "Send your", "Send us your", "Send in your", "Upload your", "Submit your",
                "Posted", "Modified", "Last modified", "First published", "has been updated", "was updated",
                "has been corrected", "was corrected")
# every match of _INLINE holds one of these (the cues, and the stamp words that a stamp found anywhere starts with)
_INLINE_ANCHORS = regexcache.compile("|".join(map(re.escape, _INLINE_CUES + ("Published", "Updated", "Last updated"))))


class _TriedAtStarts:
    """``pattern.finditer`` tried only where a match can start: at the characters of ``starts`` (one C-level scan
    for them), not at every position (Python's ``re`` tries each of ``_INLINE``'s alternatives at every character:
    it has no first-character set, since its alternatives open with lookbehinds and word edges). Every match of
    ``pattern`` must be non-empty and begin with a character that ``starts`` matches."""

    __slots__ = ("pattern", "starts")

    def __init__(self, pattern: re.Pattern, starts: re.Pattern) -> None:
        self.pattern, self.starts = pattern, starts

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize, starts_end: int = sys.maxsize
                 ) -> Iterator[re.Match]:
        """``pattern.finditer(text, pos, endpos)`` without the matches that start at or after ``starts_end``."""
        match, search = self.pattern.match, self.starts.search
        while (start := search(text, pos, min(endpos, starts_end))) is not None:
            found = match(text, start.start(), endpos)
            if found is None:
                pos = start.start() + 1
            else:
                yield found
                pos = found.end()


# the first character of every _INLINE match: a capital (its cues, stamp words, a sentence's first letter), the 'w'
# of 'we are not currently accepting comments', ©, the 'i' before a capital of a site's label ('iReport: Share your …')
_INLINE_STARTS = _TriedAtStarts(_INLINE, regexcache.compile("[A-Z©w]|i(?=[A-Z])"))
# how far an _INLINE match may start before the anchor it holds (none: it opens with it, as 'Scroll', 'Watch', a
# stamp word or '©' open theirs): '[A-Z][^.!?\n]{0,200}? contributed' 202, and where the reporters were ('Jane Doe
# and John Roe reported from', 'contributed from') 210, the reach every anchor had before; 'For more reports, click
# here' 108; 'Sorry, we are not currently accepting comments' 28; a label before 'Share your photos' 50; 'The opinions
# expressed in this', 'This article has been updated' 13. These follow a space in every form, which no anchor ends in, so none is hidden by another;
# an anchor that opens its match and is hidden lies inside the one found, whose span is tried to its end
_INLINE_LEADS = {"contributed": 210, "reported from": 210, "wrote from": 210, "filed from": 210, "click here": 108,
                 "accepting comments": 28, "expressed in this": 13, "has been updated": 13, "was updated": 13,
                 "has been corrected": 13, "was corrected": 13,
                 **dict.fromkeys(("Share your", "Send your", "Send us your", "Send in your", "Upload your", "Submit your"), 50)}


_anchor_spans = SpansByRe2(_INLINE_ANCHORS)


def _inline_matches(text: str, anchors: list[tuple[int, int]] | None = None) -> list[re.Match]:
    """``list(_INLINE.finditer(text))``, tried only where a match can start: inside one of its anchors (``anchors``:
    ``_anchor_spans(text)``, found once), or up to its lead (``_INLINE_LEADS``) before it (a flattened page of
    hundreds of kilobytes holds a few)."""
    leads = _INLINE_LEADS
    return _matches_in(text, sorted((start - leads.get(text[start:end], 0), end)
                                    for start, end in (_anchor_spans(text) if anchors is None else anchors)),
                       _INLINE_STARTS)


def _matches_near(text: str, anchors: list[tuple[int, int]], tried: _TriedAtStarts, lead: int) -> list[re.Match]:
    """``list(tried.pattern.finditer(text))`` for a pattern each of whose matches holds an anchor and starts at most
    ``lead`` characters before it: tried only from ``lead`` characters before each of the ``anchors`` (their spans,
    leftmost first, not overlapping: an anchor hidden by one that overlaps it lies inside that one's span) to its end."""
    return _matches_in(text, [(anchor_start - lead, anchor_end) for anchor_start, anchor_end in anchors], tried)


def _matches_in(text: str, reaches: list[tuple[int, int]], tried: _TriedAtStarts) -> list[re.Match]:
    """``tried``'s matches, left to right as its whole search finds them, that start inside one of ``reaches`` (where
    a match may start: from its first, which may be below zero, to before its end; in the order of their first)."""
    ranges: list[list[int]] = []  # where a match may start, merged where they overlap
    for reach_start, reach_end in reaches:
        start = max(0, reach_start)
        if ranges and start <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], reach_end)
        else:
            ranges.append([start, reach_end])
    found: list[re.Match] = []
    for start, starts_end in ranges:  # as the whole search, left to right: a match may run past the next range's start
        found += tried.finditer(text, max(start, found[-1].end() if found else 0), starts_end=starts_end)
    return found


# a page's labelled stamp run into the text (TIMESTAMP: NL331 reports one that opens a paragraph), after a sentence
# ('… next week. Updated 10:41 a.m. ET, Tue March 3, 2015. The council …') or, where a clock time follows its label,
# after any word ('Jane Doe, CNN Updated 10:22 AM ET, Tue May 5, 2015'; not a program's 'Written: 2021-04-02 09:14:05 /
# Updated: 2021-04-02 10:20:31', NL314's); no clause goes on from it in lower case ('… Updated on
# March 3, 2015, to include …'; after a second stamp, a share button may: '… | Updated: … 2015 e-mail')
_STAMP_ANCHORS = frozenset(("Published", "Updated", "Posted", "Modified", "PUBLISHED", "UPDATED", "Last updated",
                            "Last modified", "First published"))  # the anchors of _INLINE_ANCHORS that label a stamp
_CLOCK_AFTER_LABEL = regexcache.compile(r"(?: at| on)?:? \d{1,2}[:.]\d{2}\b")
_CLAUSE_AFTER = regexcache.compile(r",? [a-z]")


def _labelled_stamps(text: str, anchors: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans of the labelled stamps run into ``text`` (with the stamps after them: 'Published … | Updated …'),
    tried at its ``anchors`` (``_anchor_spans``) that label a stamp."""
    for at, label_end in anchors:
        if text[at - 1:at] != " " or text[at:label_end] not in _STAMP_ANCHORS \
                or (stamp := TIMESTAMP.match(text, at)) is None:
            continue
        end = stamps_end(text, stamp)
        if (text[at - 2:at - 1] in ".!?\"”’" or _CLOCK_AFTER_LABEL.match(text, label_end)) \
                and not _CLAUSE_AFTER.match(text, stamp.end()):
            yield at, end


# a page's byline box run in: 'By Jane SmithBBC home affairs correspondentThe minister…', 'By Jane Smith, Political
# editor The…' (a name, an outlet, a job; then a capital, glued or not, or the end), at the start of a sentence
_BYLINE_BOX = regexcache.compile(r"By (?!" + _MONTHS_AND_DAYS + r")(?:[A-Z][\w'’-]+ ){1,2}[A-Z][a-z'’-]+(?:[A-Z]{2,}\w*)?,? "
                                 r"(?:[A-Z][\w&]* ){0,3}(?:[a-z]+ ){0,3}" + _JOBS + r"(?=[A-Z]| [A-Z]|\s*$)")
# a byline for an outlet, or with its stamp, opening a sentence: 'By Jane Doe and John Roe for MailOnline',
# 'By Jane Doe for the Daily Mail PUBLISHED: 10:22 EST, 5 May 2015', 'By Jane Doe PUBLISHED: …'
_NAMES = r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][a-z'’-]+"
_BYLINE_FOR = regexcache.deferred(r"By (?!" + _MONTHS_AND_DAYS + r")" + _NAMES + r"(?:,? (?:and|&) " + _NAMES + r")*"
                                 r"(?: for (?:the |The )?[A-Z][\w'’-]*(?: (?:on )?[A-Z][\w'’-]*){0,3}"
                                 r"(?=\s?(?:[.|]|" + _STAMP_WORDS + r")|\s*$|[A-Z]| (?:The|A|He|She|It|They|We|I|In|Mr|Mrs|Ms)"
                                 r" )|(?=\s?\|?\s?" + _STAMP_WORDS + r"))(?:\s?\|?\s?(?:\.\s)?" + _STAMP_BODY + ")*")
_JOB_CUES = ("orrespondent", "ditor", "eporter", "riter", "olumnist", "nalyst", "resenter")
# a page's date and update time: '21 May 2013 Last updated at 11:47 GMT'
_UPDATE_TIME = regexcache.compile(r"(?:\d{1,2} " + _MONTHS + r" \d{4},? )?Last updated at \d{1,2}[:.]\d{2}"
                                  r"(?: ?(?:GMT|BST|UTC|[AaPp]\.?[Mm]\.?))?")


def _apart_from(spans: list[tuple[int, int]], more: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``more`` that overlap none of ``spans``."""
    return [span for span in more if not any(s < span[1] and span[0] < e for s, e in spans)]


def _widened_to_lines(spans: list[tuple[int, int]], lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the glued link ``lines`` added: a line that holds a span whole takes its place (a heading glued
    around a share prompt, 'A Follow us on Twitter aboutThe…', goes as one: deleting the prompt alone would leave a
    line that is glued again); a line that overlaps a span otherwise is left out."""
    held = [span for span in spans if any(begin <= span[0] and span[1] <= end for begin, end in lines)]
    kept = [span for span in spans if span not in held]
    return kept + _apart_from(kept, lines)


def _page_furniture(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the byline boxes that open a sentence and the update times of ``text``."""
    if "By " in text and any(cue in text for cue in _JOB_CUES):
        for match in _BYLINE_BOX.finditer(text):
            before = text[max(0, match.start() - 2):match.start()]
            if not before or before[-1] in ".!?\"”’" or before[-1] == " " and before[:1] in ".!?\"”’":
                yield match.span()
    if "Last updated at" in text:
        yield from (match.span() for match in _UPDATE_TIME.finditer(text))
    if "By " in text and (" for " in text or "PUBLISHED" in text or "ublished" in text or "pdated" in text):
        for match in _BYLINE_FOR.finditer(text):
            before = text[max(0, match.start() - 2):match.start()]
            if not before or before[-1] in ".!?\"”’" or before[-1] == " " and before[:1] in ".!?\"”’":
                yield match.span()


# a link, heading or prompt line glued between two sentences when the page lost its line breaks: '…into the
# distance.Listen to the first-lap madnessHamilton, meanwhile…', '…concern".More on this and other South Yorkshire
# storiesThe union's…' (a short stretch without a stop, after a stop or another such seam, whose last word, in
# lower case, is glued to a capitalised one that opens the text going on)
_GLUE_CUE = regexcache.compile(r"[a-z][A-Z]")
_glue_cue_spans = native.pick("lower_upper_spans", SpansByRe2(_GLUE_CUE))  # (a scan in C: RE2 is called per match)
_GLUE_CUES = Cues(r"[a-z]{3}[A-Z]")  # a paragraph's first look, with RE2 (Python's re is slow on a class)

# the last boundary: a stop, or a lower-case word glued to a capital (not one inside eBay or TikTok)
_LINK_LINE_START = regexcache.compile(r".*(?:[.!?…][\"'”’)\]]*|(?<![A-Za-z])[a-z]{2,}(?=[A-Z]))", re.S)
_LINK_LINE_MAX = 120  # characters: a link or a heading is short
_LINK_LINE_WORDS = range(2, 15)
_FULL_NAME = regexcache.compile(r"[A-Z][a-z]+ [A-Z][a-z]")
_TITLE_WORDS = 5  # a shorter stretch before a full name is a title in a sentence ('Labour leader', 'Kremlin spokesperson')
# words that open a sentence and end no name: after them the glue is sure even where the web's counts know the pair
# ('newsthe', a glue of the web itself)
_OPENERS = frozenset("The A An He She It They We I In On At For This That These Those There His Her Its Their Our "
                     "But And If When While After Before As Mr Mrs Ms Dr".split())


@lru_cache(maxsize=4096)
def _web_word(word: str) -> bool:
    """Whether the web writes ``word`` (lower case) as one word: a name such as easyJet, not a glue."""
    return bool(ngrams.count(word))


def _glued_link_lines(text: str, found: list[tuple[int, int]] = ()) -> Iterator[tuple[int, int]]:
    """The spans of the short stretches without a stop that end in a lower-case word glued to a capitalised one
    (a pair the web never writes as one word: not easyJet or eBay) and open with a capital after a stop, the
    start of ``text`` or the seam before; seams inside the spans ``found`` (a share bar) are not looked at."""
    for cue_start, _ in _glue_cue_spans(text):
        seam = cue_start + 1
        if any(begin < seam < end for begin, end in found):
            continue
        left = seam - 1
        while left and text[left - 1].islower():
            left -= 1
        if seam - left < 3 or left and (text[left - 1].isalnum() or text[left - 1] in "'’"):
            continue  # a short part, or a word in mixed case: eBay, reCAPTCHA, YouTube, SpiceJet (a name's capitals)
        right = seam + 1
        while right < len(text) and text[right].isalpha():
            right += 1
        if right - seam < 2 and text[seam] not in "AI":
            continue  # one capital that is no word: a name such as StockX
        window = max(0, left - _LINK_LINE_MAX)
        boundary = _LINK_LINE_START.match(text, window, left)
        if boundary is None and window:
            continue  # no stop near: not a short line
        begin = boundary.end() if boundary else 0
        begin += len(text[begin:left]) - len(text[begin:left].lstrip())
        words = text[begin:seam].split()
        if (not text[begin:begin + 1].isupper() or len(words) not in _LINK_LINE_WORDS or "\"" in text[begin:seam]
                or "“" in text[begin:seam]
                or text[seam:right] not in _OPENERS and _web_word(text[left:right].lower())):
            continue
        if len(words) < _TITLE_WORDS and _FULL_NAME.match(text, seam):
            continue  # a title glued to a name in a sentence: 'Kremlin spokespersonDmitry Peskov said…' (NL102's)
        yield begin, seam


class InlineBoilerplate(Rule):
    code = "NL316"
    name = "inline-boilerplate"
    severity = Severity.WARNING
    summary = "Web boilerplate run into a paragraph: 'Scroll down for video', a share prompt, a Daily Mail byline block."
    bad = "…a note to Lords authorities. Scroll down for video Controversy: Lord Janner…"
    good = "…a note to Lords authorities. Lord Janner…"
    explanation = ("Scrapers that flatten a page into one line keep the page's prompts inside the text: 'Scroll down "
                   "for video' (or in capitals), 'For more reports, click here.', 'Watch the video' (also 'Watch the video above to see …'), a video player's 'JUST WATCHED … MUST WATCH', 'Media playback is not supported on this device', 'Share this "
                   "with…', 'Share this article', 'Click here to…' (or 'CLICK HERE to…'), 'Read more: <link>', 'Sign up to get…', 'Follow "
                   "Jane on Twitter', 'Follow @handle', an opinion page's 'The opinions expressed in this commentary "
                   "are solely those of…' (or '… solely hers.'), 'Like us on Facebook', 'X contributed to this report.', 'X reported from Lagos; Y wrote from Atlanta.' ending the paragraph, 'Copyright 2015 The Associated Press. All rights reserved.' (a news agency's) after a sentence, the 'By . Daily Mail Reporter . PUBLISHED: … | . UPDATED: …' block (any 'By . X .' block, "
                   "'Last updated at …'), a © line glued on, a byline box that opens a sentence ('By Jane SmithBBC "
                   "political correspondent', 'By Jane Smith for MailOnline', 'By Jane Smith PUBLISHED: …'), a labelled stamp after a sentence, or after any word where a time follows its label ('Updated 10:22 AM ET, Tue May 5, 2015'), 'E-mail to a friend', 'Share your photos of …', an agency's 'This material may not be published, broadcast, rewritten or redistributed.' on its own, a page's date and update time ('21 May 2013 Last updated at 11:47 GMT'), a link or heading line glued between two sentences when the line breaks were lost ('…distance.Listen to the first-lap madnessHamilton, meanwhile…': a short stretch without a stop whose last, lower-case word is glued to a capital, a pair the web never writes as one word), a quote box's attribution glued between two quotations ('…League.\"Former midfielder Jane Doe on Match of the Day\"I couldn't…'), a separator line ('........', '- - - - -'), an embedded post's signature ('— Jane Doe (@janedoe) April 5, 2015') or picture link ('pic.twitter.com/…'), a short sentence about the page's machinery, not quoted or reported ('These are external links and will open in a new window', 'Your browser cannot play this clip', '…may not work on some older browsers', 'Image copyright X Image caption …'). In a flattened page (a paragraph of 1,000+ characters or "
                   "a one-paragraph text) also a sentence in which the site talks to the reader: an imperative of its "
                   "business (Subscribe, Follow, Find, Read, Watch, Download…) naming the site or its channels "
                   "(newsletter, app, Twitter, 'our … page', 'this story'), not in quotes or reported speech, also where it is glued to the line before ('…PostersLet us know what you think of this new format.'). "
                   "In a page flattened to one line (2,000 characters or more), a picture agency's credit after a "
                   "word that ends no sentence and before a capital is reported with its caption, the words back to "
                   "the last stop or credit, up to 60 ('… over the harbour wall during the storm PA Talks resume …').")

    # a phrase inside a line that the packs or NL310 report whole: theirs names the line, and their fix removes it
    # (this rule's only the phrase, and not by default); a syndication note (NL307) names it better. Not the line
    # rules of one kind (a byline, a timestamp), NL311's model or NL342's paragraph: the phrase is often a byline, a
    # stamp or a heading run into a line of another kind, which their findings alone do not count for
    yields_to = LINE_PACKS | {"NL307", "NL310"}

    def check(self, article: Article) -> Iterable[Finding]:
        yield from self._credited_captions(article)
        # one pass over the whole text for every cue and which of them it holds (in C, or the RE2 set: a few µs, where
        # a chain of `in` tests costs tens, and a search per kind one pass each): five in six articles hold none
        held = _article_cues(article.text)
        if not held and not _opens_with_a_reader_prompt(article):
            return  # (three articles in four) no cue at all, nor a reader's prompt opening a flattened paragraph
        paged = not _PAGE_KINDS.isdisjoint(held)
        cued = _CUED in held
        machinery = _MACHINE_CUED in held
        glue_or_machinery = machinery or _GLUED in held
        quoted_lines = paged and _QUOTED_LINES in held
        separated = _SEPARATED in held
        rare = quoted_lines or separated or paged and _GLUED_READER in held
        embedded = _EMBEDDED in held
        one_paragraph = len(article.paragraphs) == 1  # the whole text was searched: no second look
        furnished = _FURNISHED in held  # 'By ' or 'Last updated at': in every _page_furniture span
        reader_after_stop = _READER_AFTER_STOP_HELD in held  # (a flattened paragraph is asked only where it is)
        # without a page cue or furniture, only a flattened page's reader sentences can be found: most articles
        paragraphs = article.paragraphs if paged or furnished or one_paragraph else [
            paragraph for paragraph in article.paragraphs if len(paragraph.text) >= captions.MIN_PARAGRAPH_CHARS]
        for paragraph in paragraphs:
            text = paragraph.text
            spans, stamps = [], []
            if cued and (one_paragraph or _PROMPTS_ANYWHERE.found(text)):
                anchors = _anchor_spans(text)
                spans = [(m.start(), end) for m in _inline_matches(text, anchors)
                         if not _reported_prompt(text, m, end := _story_resumes(text, m.start(), m.end()))]
                stamps = list(_labelled_stamps(text, anchors))
            furniture = list(_page_furniture(text)) if furnished else []
            furniture += _apart_from(furniture, stamps)
            if furniture:  # a byline box or a labelled stamp holds the stamps after it: reported whole
                spans = [(b, e) for b, e in spans if not any(fb <= b and e <= fe for fb, fe in furniture)]
                spans += _apart_from(spans, furniture)
            if glue_or_machinery and (one_paragraph or _GLUE_CUES.found(text)):
                spans = _widened_to_lines(spans, list(_glued_link_lines(text, spans)))
            answered = text is article.text  # (a one-paragraph page) the article's pass answered for this text
            if len(text) >= captions.MIN_PARAGRAPH_CHARS or len(article.paragraphs) == 1:  # a flattened page: its
                # prompts have no paragraph of their own
                spans += _apart_from(spans, _reader_sentences(text, glue_or_machinery and rare, reader_after_stop,
                                                              held if answered else None))
            if machinery and (answered or _MACHINERY_ANYWHERE.found(text)):
                spans += _apart_from(spans, _machinery_sentences(text))
            if quoted_lines:
                spans += _apart_from(spans, (m.span(1) for m in _QUOTED_LINE.finditer(text)))
            if separated:
                spans += _apart_from(spans, _separator_spans(text))
            if embedded and any(cue in text for cue in _EMBED_CUES):
                spans += _apart_from(spans, _embedded_posts(text))
            if spans and (stamp := TIMESTAMP.match(text)):  # the page's stamps opening the paragraph are NL331's
                stamped = stamps_end(text, stamp)
                spans = [(begin, stop) for begin, stop in spans if stop > stamped]
            spans.sort()
            for begin, stop in spans:
                if begin == 0 and stop >= len(text.rstrip()) - 1:
                    continue  # a whole line: the packs and NL310/NL311/NL342 report it
                start, end = paragraph.start + begin, paragraph.start + stop
                yield self.finding(start, end, f"web boilerplate inside the text: {quote(text[begin:stop])}",
                                   Fix.replace(start, end, "", safe=False, description="remove the boilerplate"))

    def _credited_captions(self, article: Article) -> Iterator[Finding]:
        """Each picture's caption and its agency's credit in a page flattened to one line (_caption_credit_spans),
        looked for only where the article's words hold an agency's (_AGENCY_WORDS)."""
        if len(article.text) < MIN_PAGE_CHARS or _AGENCY_WORDS.isdisjoint(article.distinct_words):
            return
        for paragraph in article.paragraphs:
            text = paragraph.text
            if is_page_line(text, article):
                for begin, stop in _caption_credit_spans(text):
                    start, end = paragraph.start + begin, paragraph.start + stop
                    yield self.finding(start, end, "a picture's caption and its agency's credit run into a one-line "
                                       f"page: {quote(text[begin:stop])}",
                                       Fix.replace(start, end, "", safe=False, description="remove the caption"))


# -- a picture's caption and its agency's credit in a page flattened to one line ---------------------
# the credit: a picture agency after a word that ends no sentence (the caption's last) and before a capital (the
# next caption, the story): '… during strong winds PA UK news in pictures …', '… in London AFP via Getty Images
# The talks …'; in prose a sentence ends with a stop, and an agency named in one has a function word before it
# ('told to AP'; matched whole: 'PA Media group' is no 'PA' before a capital)
_CAPTION_CREDIT = regexcache.compile(r"(?<=[a-z] )(?>" + AGENCY + r")(?= [A-Z])")
# where it may match: one RE2 pass of a long line, and Python's re asked only near what it found
# (``cuewindows.finditer_near``: each match holds one; Python's re alone tried the agencies at every word of the line)
_CAPTION_CREDIT_CUES = Cues(r"[a-z] " + AGENCY + r" [A-Z]")
_caption_credit_cue_spans = SpansByRe2(_CAPTION_CREDIT_CUES)
# a word of every name AGENCY matches (its first, 'The' aside), a word token of a text that holds the credit's cue:
# a one-line page whose words hold none is not searched (nine pages in ten of the mix; held to lineshapes._AGENCIES by
# tests/rules/test_boilerplate_shortcuts.py)
_AGENCY_WORDS = frozenset("""AAP AFP ANI ANP ANSA AP Abaca Action Alamy Anadolu Associated Avalon BACKGRID BELGA Backgrid
Belga Bloomberg CANADIAN Camera Canadian Corbis DPA EFE EPA EPA-EFE Europa FilmMagic GETTY Getty HANDOUT Handout Hans
IANS IMAGO INPHO Icon Imagn Imago Invision Jiji KCNA KEYSTONE Keystone Kyodo LEHTIKUVA Lehtikuva LightRocket NTB
NurPhoto PA POOL PTI Pexels Photoshot Pool Press REUTERS REX Reuters Rex Ritzau SIPA SOPA Scanpix Shutterstock Sipa
Splash Sportsfile Sputnik TASS TT UPI Unsplash VCG Visual WireImage XINHUA Xinhua Yonhap ZUMA dpa iStock iStockphoto
imago""".split())


def _caption_credit_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each picture agency's credit in ``text`` (_CAPTION_CREDIT) with its caption before it: the
    words back to the last sentence's stop or the credit before (``caption_start``; else the credit alone)."""
    after = 0  # where the last credit ends
    cues = [start for start, _ in _caption_credit_cue_spans(text)]
    for match in finditer_near(_CAPTION_CREDIT, text, cues, margin=0):
        if (text[max(after, match.start() - 20):match.start()].split() or [""])[-1].lower() in FUNCTION_WORDS:
            continue
        begin, after = caption_start(text, match.start(), after), match.end()
        yield begin, after


# a line without a stop glued between two quotations, a quote box's attribution: '…the Premier League."Former
# midfielder Jane Doe on Match of the Day"I couldn't believe…' (RE2 looks for it in the article first)
_QUOTED_LINE = regexcache.compile(r"[.!?][\"”]([A-Z][^.!?\"“”\n]{5,100}?[a-z])(?=[\"“][A-Z])")
# a separator line run into the text: '…Hartlepool win. ........ Conference Barnet…', '… 1:38.158 - - - - - 11.…'
# (standing alone between spaces: not an ellipsis glued to a word, nor a censored 'f-----g')
_SEPARATOR = regexcache.compile(r"(?<!\S)(?:([.=_*~-])\1{7,}|(?:- ){4,}-)(?!\S)")
_SEPARATOR_CUES = Cues(r"[.=_*~-]{8}|(?:- ){4}-")
_QUOTED_LINE_CUES = Cues(r"[.!?][\"”][A-Z][^.!?\"“”\n]{5,100}[a-z][\"“][A-Z]")


def _separator_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the separators of ``text``, but the rules drawn across it (:func:`_drawn_rule`)."""
    for match in _SEPARATOR.finditer(text):
        if not _drawn_rule(text, *match.span()):
            yield match.span()


_RULE_WIDTH = 50  # characters: a rule across a column of text (a form's text field is 20 wide)


def _drawn_rule(text: str, start: int, end: int) -> bool:
    """Whether the separator ``text[start:end]`` is a rule drawn across the text on a line of its own, no such line
    beside it: a text browser's ``<hr>`` (lynx's indented line of 66 underscores), the format's; a form's fields (a
    short line of underscores, or several lines in a row: a text box) are furniture, as is a separator in a line."""
    if end - start < _RULE_WIDTH:
        return False
    begin, stop = _line_bounds(text, start)
    if text[begin:start].strip() or text[end:stop].strip():
        return False
    before = text[_line_bounds(text, begin - 1)[0]:begin].strip() if begin else ""
    after = text[stop + 1:_line_bounds(text, stop + 1)[1]].strip() if stop < len(text) else ""
    return not (_SEPARATOR.fullmatch(before) or _SEPARATOR.fullmatch(after))


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the line of ``text`` that holds offset ``at`` starts and ends (its line feed, or the text's end)."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


# -- a sentence in which the site talks to the reader about itself ---------------------
# an imperative of the page's business opening a sentence (after a stop, glued or not), or 'You can follow…'
_READER_PHRASES = ("Subscribe", "Sign up", "Follow", "Find", "Read", "Listen", "Watch", "Click", "Tap", "Visit",
                   "Download", "Join", "Get", "Share", "Send", "Email", "E-mail", "See", "Catch up", "Tell us",
                   "Have your say", "Pick", "Choose", "Vote", "Play", "Try", "Let us know", "For the latest", "Check out",
                   "For all the latest",
                   *(f"You can {also}{verb}" for also in ("", "also ") for verb in (
                       "follow", "watch", "listen", "read", "see", "find", "get", "catch up", "sign up", "subscribe")))
_READER_WORDS = "(?:" + "|".join(map(re.escape, _READER_PHRASES)) + r")\b"  # (no phrase is another's prefix)
_READER_OPENING = regexcache.compile(r"[.!?\n]?[\"”’']?\s?" + _READER_WORDS)
# one of them glued to a lower-case letter (a line break lost), looked for with RE2 before any scan in Python
_GLUED_READER_CUES = Cues("[a-z]" + _READER_WORDS)
_READER_AFTER_STOP = regexcache.compile(r"[.!?\n]" + _READER_OPENING.pattern[len("[.!?\\n]?"):])  # a scan that skips in C
# where it may match, for RE2 (any character for Python's Unicode \s, no word edge): most flattened pages hold none
_READER_AFTER_STOP_CUES = Cues(r"[.!?\n][\"”’']?(?s:.)?" + _READER_WORDS.removesuffix(r"\b"))
# what the page's business is about: the site and its channels ('your'/'our' alone do not count: 'Watch your step')
_SITE_THINGS = regexcache.compile(r"\b(?:newsletters?|inbox|website|web ?site|app|Twitter|Facebook|Instagram|YouTube|iPlayer"
                          r"|podcasts?|links?|gallery|comments?|(?:our|this) (?:\w+ ){0,2}(?:page|story|article|video|quiz|selector"
                          r"|calculator|format|interactive)"
                          # what the network shows in full: 'Watch the full interview on …', 'Read the full statement'
                          r"|the full (?:interview|video|episode|programme|program|show|broadcast|statement|transcript|report))\b"
                          r"|@\w|\w\.(?:com|co\.uk|org)\b")
# a link in itself: 'Read more from Nick', 'Find out more about the scheme', 'Listen again', 'Have your say: …' (not
# 'Read more books'; 'Read more: headline' is NL310's glued teaser)
_MORE_LINK = regexcache.compile(r"(?:Read|Find out|See|Watch|Hear) more(?: (?:from|on|about|at|of|here|in)\b|[.!]|$)"
                        r"|(?:Listen|Watch) again\b|Have your say(?::|[.!]|$)")
_QUOTED_OR_REPORTED = regexcache.compile(r"[\"“”‘]|\b(?:said|says|told|according)\b")
# words of a link in itself, naming nothing of the site's ('Find out more about the scheme.'): a longer sentence is the
# story's, which goes on ('Read more about the mill's history and you find a town built on wool.')
_MORE_LINK_WORDS = 12
_READER_MAX = 200  # characters: a prompt is one short sentence


def _reader_sentences(text: str, glued: bool = False, after_stops: bool = True, held: set[int] | None = None
                      ) -> Iterator[tuple[int, int]]:
    """The spans of the sentences of ``text`` that open with an imperative of the page's business and name the
    site, its channels or the reader: 'Subscribe to the BBC Sport newsletter to get … sent to your inbox.',
    'Find all the latest cricket signings on our dedicated page.', 'Follow Nick on Twitter'; with ``glued``
    (the text holds a lower-case letter glued to a capital) also one glued to the line before it, whose break
    was lost ('…Posters' + 'Let us know what you think of this new format.'); without ``after_stops`` (the article
    holds no _READER_AFTER_STOP_CUES) only one that opens the text or, glued, a line. ``held``: the answers of
    ``_ARTICLE_CUES`` on ``text`` itself (a page of one paragraph), read instead of a search of each cue."""
    first = _READER_OPENING.match(text)
    if after_stops:
        after_stops = _READER_AFTER_STOP_HELD in held if held is not None else _READER_AFTER_STOP_CUES.found(text)
    openings = chain([first] if first else (), _READER_AFTER_STOP.finditer(text) if after_stops else ())
    if glued and (_GLUED_READER in held if held is not None else _GLUED_READER_CUES.found(text)):
        openings = chain(openings, filter(None, (_READER_OPENING.match(text, cue_end - 1)
                                                 for _, cue_end in _glue_cue_spans(text))))
    for match in openings:
        start = match.end() - len(match.group().lstrip(".!?\n\"”’' "))
        stop = _SENTENCE_END.search(text, match.end(), match.end() + _READER_MAX)
        if stop is None:
            continue
        end = _story_resumes(text, match.end(), stop.end())
        sentence = text[start:end]
        if (_SITE_THINGS.search(sentence) or _MORE_LINK.match(sentence) and len(sentence.split()) <= _MORE_LINK_WORDS) \
                and not _QUOTED_OR_REPORTED.search(sentence):
            yield start, end


# the imperatives of _INLINE that a story's sentence may open with ('Click here, the nurses were told, and …')
_PROMPT_VERBS = ("Click", "Sign up", "Share your", "Send", "Upload", "Submit")
_REPORTING = regexcache.compile(r"\b(?:said|says|told|according)\b")


def _reported_prompt(text: str, match: re.Match, end: int) -> bool:
    """Whether the _INLINE ``match`` (the prompt to ``end``, where the story runs in after it) is an imperative of the
    reader's whose sentence goes on to a speaker ('Click here, the software told the nurses, …', 'Send your photos of
    the eclipse to the observatory, organisers said.'): someone's words the story reports, not the page's prompt."""
    if not match.group().startswith(_PROMPT_VERBS):
        return False
    if end == match.end() and text[end - 1] not in ".!?":  # (a prompt that ends on its stop is its whole sentence)
        stop = _SENTENCE_END.search(text, end, end + _READER_MAX)
        end = _story_resumes(text, end, stop.end() if stop else end + _READER_MAX)
    return _REPORTING.search(text, match.start(), end) is not None


def _opens_with_a_reader_prompt(article: Article) -> bool:
    """Whether a paragraph of ``article`` in which NL316 asks for reader sentences (of 1,000+ characters, or the only
    one) opens with an imperative of the page's business: all it can find in an article that holds none of its cues."""
    paragraphs = article.paragraphs
    asked = [paragraph.text for paragraph in paragraphs if len(paragraph.text) >= captions.MIN_PARAGRAPH_CHARS] \
        if len(paragraphs) > 1 else [paragraph.text for paragraph in paragraphs]
    return any(map(_READER_OPENING.match, asked))


def _story_resumes(text: str, start: int, end: int) -> int:
    """Where, between ``start`` and the sentence end ``end``, the story goes on after a line without a stop
    ('Join us on Facebook The council…': before ' The'), or ``end``."""
    run_in = _RUN_IN.search(text, start, end)
    return run_in.start() if run_in and text[run_in.start() - 1:run_in.start()].isalnum() else end


# -- a sentence about the page's own machinery -----------------------------------------
# the reader's device, browser or window, this page or player, the links out of it: 'These are external links
# and will open in a new window', 'Media playback is unsupported on your device', 'Image copyright PA'
_MACHINERY = regexcache.compile(r"\b(?:(?:[Tt]his|[Yy]our) (?:device|browser|web browser)|a new (?:window|tab)"
                                r"|(?:older|some|other|all|modern|supported|[Mm]ost) (?:web )?browsers"
                                r"|external (?:links?|sites?|websites?)|(?:Image|Media|Video) (?:copyright|caption)"
                                r"|(?:[Ee]nable|turn on|accept|use of) (?:JavaScript|cookies))\b")
_MACHINERY_CUES = ("his device", "our device", "browser", "a new window", "a new tab", "xternal link", "xternal site",
                   "xternal web", "Image c", "Media c", "Video c", "JavaScript", "cookies")
_MACHINERY_MAX = 160  # characters: one short sentence of the page's
# every _MACHINERY match holds one of _MACHINERY_CUES at most this many characters after its start ('supported web
# browsers'); it is tried only there, at its letters (Python's re tries its alternatives at every word edge of a page)
_MACHINERY_LEAD = 14
_MACHINERY_STARTS = _TriedAtStarts(_MACHINERY, regexcache.compile("[A-Za-z]"))
_machinery_cue_spans = SpansByRe2(regexcache.compile("|".join(map(re.escape, _MACHINERY_CUES))))
# an embedded social-media post's signature or picture link left in the text when the page was flattened: '— Jane Doe
# (@janedoe) April 5, 2015', 'pic.twitter.com/abc123' (the post card's header, 'Jane Doe \u200f@janedoe', is NL106's)
_EMBED_CUES = ("(@", "pic.twitter.com/")
_EMBED = regexcache.compile(r"[—–]\s?(?:[A-Z][\w'’-]*\s){1,4}\(@\w{1,15}\)\s?" + _MONTHS + r"\s\d{1,2},\s\d{4}"
                            r"|pic\.twitter\.com/\w+")


def _embedded_posts(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the embedded posts' signatures and picture links in ``text`` (``_EMBED``)."""
    return (match.span() for match in _EMBED.finditer(text))


# any of the prompts' cues, any of the machinery's: one RE2 pass over a paragraph (a chain of `in` tests: one per cue)
_PROMPTS_ANYWHERE = Cues("|".join(map(re.escape, _INLINE_CUES)))
_MACHINERY_ANYWHERE = Cues("|".join(map(re.escape, _MACHINERY_CUES)))
# what NL316 asks of every article, in one pass: which kinds of cue it holds (no two overlap: a pattern held twice in
# the set, as a union of others, only made its automaton slower to build while a process reads its first articles)
_ARTICLE_CUES = CueSet(_PROMPTS_ANYWHERE, Cues(r"[a-z]{3}[A-Z]"), _MACHINERY_ANYWHERE, _QUOTED_LINE_CUES,
                        _SEPARATOR_CUES, Cues("|".join(map(re.escape, _EMBED_CUES))), _GLUED_READER_CUES,
                        Cues("By |Last updated at"), _READER_AFTER_STOP_CUES)
(_CUED, _GLUED, _MACHINE_CUED, _QUOTED_LINES, _SEPARATED, _EMBEDDED, _GLUED_READER, _FURNISHED,
 _READER_AFTER_STOP_HELD) = range(9)
# the same answers from one pass in C over the characters (block 29c of _speedups.c), where the RE2 set read each byte
# of the text at about 18 instructions and built its automaton's states on new text: the cues' literals, each with the
# bits of the cues it stands for (a reader word's, _READER_BIT: cue 6 or 8 as the characters before it say); the glued
# word, the quoted line and the separator's run in the C itself
_READER_BIT = 1 << 15
_CUE_BITS = (*((cue, 1 << _CUED) for cue in _INLINE_CUES), *((cue, 1 << _MACHINE_CUED) for cue in _MACHINERY_CUES),
             *((cue, 1 << _EMBEDDED) for cue in _EMBED_CUES), ("- - - - -", 1 << _SEPARATED),
             ("By ", 1 << _FURNISHED), ("Last updated at", 1 << _FURNISHED),
             *((phrase, _READER_BIT) for phrase in _READER_PHRASES))
_COMMONEST = " etaoinshrdlcumwfgypbvkjxqz"  # English text's commonest characters first (the others are rarer)
# English text's commonest pairs of letters (30e: a scan that looked for a literal at one of them would stop often)
_COMMON_PAIRS = frozenset("th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve "
                          "co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur wi wh".split())


def _anchor(literal: str) -> int:
    """The index of the character of ``literal`` where the scan looks for it: its first capital or other character
    beyond the commonest, if any; else the first of its rarest pair of characters in English text, not one holding a
    space, which starts every word (30e: the scan passes four characters at a time where none with the one after it is
    an anchor's)."""
    rank = [_COMMONEST.find(ch) % 99 for ch in literal]
    if 98 in rank or len(literal) == 1:
        return max(range(len(literal)), key=lambda k: (rank[k], -k))
    return max(range(len(literal) - 1), key=lambda k: (
        literal[k:k + 2] not in _COMMON_PAIRS and " " not in literal[k:k + 2], rank[k] + rank[k + 1], -k))


_CUE_LITERALS = tuple((literal, _anchor(literal), bits) for literal, bits in _CUE_BITS)
_compiled_cues = native.pick("inline_cues", None)
_HELD = tuple(frozenset(k for k in range(9) if bits >> k & 1) for bits in range(512))  # by the scan's bits


def _article_cues(text: str) -> AbstractSet[int]:
    """``_ARTICLE_CUES.held(text)``, from the compiled scan where it answers (not where ``text`` holds a lone
    surrogate)."""
    if _compiled_cues is not None and (bits := _compiled_cues(text, _CUE_LITERALS)) is not None:
        return _HELD[bits]
    return _ARTICLE_CUES.held(text)
# a page cue: a prompt, a glued word, the machinery, a separator, an embedded post (a glued quotation is common in
# flattened pages: a quote box's line, like a reader prompt glued on, is looked for only in a page that shows another)
_PAGE_KINDS = frozenset({_CUED, _GLUED, _MACHINE_CUED, _SEPARATED, _EMBEDDED})


def _machinery_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the short sentences (or glued lines) that speak of the page's machinery, not quoted or
    reported: 'These are external links and will open in a new window', 'Image copyright Getty Images'."""
    reported = 0
    for match in _matches_near(text, _machinery_cue_spans(text), _MACHINERY_STARTS, _MACHINERY_LEAD):
        if match.start() < reported:
            continue  # a second cue of a sentence already reported
        start = max(0, match.start() - _MACHINERY_MAX)
        opening = _LINK_LINE_START.match(text, start, match.start())
        if opening is None and start:
            continue
        begin = opening.end() if opening else 0
        begin += len(text[begin:match.start()]) - len(text[begin:match.start()].lstrip())
        stop = _SENTENCE_END.search(text, match.end(), match.end() + _MACHINERY_MAX)
        if stop is None or not text[begin:begin + 1].isupper():
            continue
        end = _story_resumes(text, match.end(), stop.end())
        sentence = text[begin:end]
        if not _QUOTED_OR_REPORTED.search(sentence) and len(sentence) <= _MACHINERY_MAX:
            reported = end
            yield begin, end


# a stop, a line end, or a lost one: a lower-case word glued to a capitalised one ('news from SuffolkJonathan Rees')
_SENTENCE_END = regexcache.compile(r"[.!?](?=\s|[A-Z\"“‘]|$)|(?=\n)|(?<=[a-z]{3})(?=[A-Z][a-z])|$")
