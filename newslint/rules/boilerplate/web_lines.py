"""NL310: a whole paragraph or line of web page furniture: a call to action, a teaser, a labelled link, a bare link."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from typing import Iterable, Iterator

from newslint import regexcache
from newslint.fixes import delete_paragraph
from newslint.furniture import nothing_to_read
from newslint.model import LINK_TARGET, Article, Paragraph
from newslint.rule import Cues, CueSet, Finding, Fix, Rule, Severity, Trigger, quote
from newslint.rules.boilerplate._shared import _WORD, LINE_PACKS, _words
from newslint.rules.boilerplate.inline import _EMBED


_CTA_VERBS = frozenset("""read click tap share follow like sign subscribe give leave post add join download watch
listen visit see view load show email print register log get support donate continue discover explore
tweet comment send save bookmark""".split())
_CTA_OBJECTS = frozenset("""a an the this our us more here now up in on to for your all today it
comment comments article story page video podcast app newsletter""".split())
_TEASER_END = regexcache.compile(r"(?:\bRead (?:more|More|MORE|the full story|full article)|\bContinue reading|\bFull story"
                         r"|\bMORE|\bSee more|\bWatch now|[»›→]|>>)\W{0,3}$")
_TEASER_END_REACH = 23  # characters: 'Read the full story', three more and a last line feed (searched only there)
# (Markdown's emphasis may stand around the label: '*Read more*: Title', '**Related:** Title')
_LABEL = regexcache.compile(r"\[?[*_]{0,2}(?:Related|RELATED|Read more|READ MORE|Read also|Also read|ALSO READ|See also|SEE ALSO"
                    r"|Recommended|Most read|Trending|Sponsored|Promoted|Watch|WATCH|Listen|LISTEN|Read|READ|More|MORE"
                    r"|Next|NEXT|Up next|UP NEXT|Video|VIDEO|STREAM|PHOTOS|GALLERY|Related (?:stories|articles|content|topics))"
                    r"[*_]{0,2}\s?[:|»›][*_]{0,2}\s*\S")
# a whole line in square brackets that labels a title: '[Our Latest Forecast: Who Will Win the Primary?]'
_BRACKETED_LABEL = regexcache.compile(r"\[[A-Z][\w'’ -]{1,40}: [^\[\]\n]{3,150}\]\W{0,3}$")
# a labelled link glued to the paragraph's last sentence: '….RELATED: Headline', '…bed.Next: Seeking Solitude.' (with
# a final stop only when its text is a title)
_GLUED_TEASER = regexcache.compile(r"(?<=[.!?\"”])\s*(?:Read more|READ MORE|Read also|Also read|ALSO READ|See also|RELATED"
                                   r"|Read|More|MORE|Next|NEXT|Up next|UP NEXT|VIDEO|STREAM|LISTEN|WATCH)"
                                   r"\s?:\s*([^\n.!?]{3,120})([.!?]?)$")
# one is in every _GLUED_TEASER match
_GLUED_TEASER_CUES = ("Read ", "READ", "Also read", "See also", "RELATED", "Read:", "More:", "MORE", "Next:", "NEXT:",
                      "Up next", "UP NEXT", "VIDEO:", "STREAM:", "LISTEN:", "WATCH")
# every _GLUED_TEASER match, looked for in the whole article at once (RE2's \s is ASCII: any other character
# beyond ASCII may be one of Python's spaces)
_GLUED_TEASER_SHAPE = Cues(r"[.!?\"”](?:\s|[^\x00-\x7f])*(?:Read more|READ MORE|Read also|Also read|ALSO READ|See also"
                           r"|RELATED|Read|More|MORE|Next|NEXT|Up next|UP NEXT|VIDEO|STREAM|LISTEN|WATCH)(?:\s|[^\x00-\x7f])?:")
# a line of one glyph, neither a letter, a digit, a stop or comma, a quotation mark nor a bracket: a widget's button or
# marker the extractor kept as text (a dialog's close '×', a form's required-field '*', a list's bullet '•', a
# button's '+'); a lone stop, comma or bracket is a sentence broken at its link (NL101's), and a menu's separator
# ('/', '|', '»', '>') NL311's (29f)
_LONE_GLYPH = regexcache.compile(r"[^.,;:!?\w\s\"'“”‘’()\[\]»«›‹>|/]\Z")
# the characters str.strip() drops but a line feed, in RE2's terms
_STRIPPED = r"[\t\x0b\x0c\r \x1c-\x1f\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]"
_LINK = regexcache.compile(r"https?://|www\.\w|\w@\w+\.\w|(?<!\w)@\w{2,}")
_SENTENCE_PUNCT = regexcache.compile(r"[.!?…][\"”’')]*\s+\S")
SPEECH = regexcache.compile(r"\b(?:said|says|told|added|asked)\b")
def _is_title(text: str) -> bool:
    """Whether ``text`` is a short title: every word of four letters or more capitalised ('Seeking Solitude.'), a
    link's text even with a stop, where a sentence after a label ('the committee will meet.') has lower-case words."""
    words = _words(text)
    return 0 < len(words) <= _TITLE_MAX_WORDS and all(word[0].isupper() for word in words if len(word) >= 4)


_TITLE_MAX_WORDS = 8


# an embedded post's signature on its line ('— Jane Doe (@janedoe) April 5, 2015'): the post's furniture, as NL316's
# in a paragraph; the post's words above it may be kept as the story quotes them, so its removal is no safe fix
EMBED_SIGNATURE = "an embedded post's signature"
_NEVER_IN_FURNITURE = ('"', "“", "”", "...", "…", "!!")  # a quotation or an ellipsis: the story's


def boilerplate_shape(text: str) -> str | None:
    """Why a whole paragraph looks like page furniture, or None."""
    # a Markdown link's target (its title in quotes too) is none of the line's words: 'a bare link line' is told by
    # the link all the same
    read = LINK_TARGET.sub("]", text) if "](" in text else text
    if any(map(read.__contains__, _NEVER_IN_FURNITURE)):
        return None
    if _SENTENCE_PUNCT.search(read):
        return None  # (every shape is a line without sentence punctuation: a story's paragraph is one word list less)
    words = [m.group() for m in islice(_WORD.finditer(read), 26)]
    if not words or len(words) > 25:
        return None
    if _TEASER_END.search(text, max(0, len(text) - _TEASER_END_REACH)) and len(words) >= 2:
        return "a 'read more' teaser"
    label = _LABEL.match(text)
    if label and (not text.rstrip().endswith(".") or _is_title(text[label.end() - 1:])) \
            and (text[0] != "[" or text.rstrip()[-1] == "]") or _BRACKETED_LABEL.match(text):
        return "a labelled link"
    first, second = words[0], (words[1].lower() if len(words) > 1 else "")
    if len(words) <= 8 and first[0].isupper() and first.lower() in _CTA_VERBS \
            and (second in _CTA_OBJECTS or len(words) == 1) and not any(c in text for c in ",;?") \
            and not SPEECH.search(text):
        return "a call to action"
    if len(words) <= 12 and _LINK.search(text) and not text.rstrip().endswith("."):
        return EMBED_SIGNATURE if _EMBED.match(text) else "a bare link line"
    return None


# a link's label after a sentence, in the text, before a capitalised headline: '… on Tuesday. READ: Turkey recalls…'
# (a link in lower case, 'Read more: www…', is NL316's)
_RUN_IN_LABEL = regexcache.compile(r"(?<=[.!?\"”’] )(?:READ|Read more|READ MORE|WATCH|VIDEO|PHOTOS|Photos|MORE|RELATED"
                                   r"|Related|LISTEN|See also|SEE ALSO|Opinion|OPINION) ?: ?(?=[A-Z0-9‘'\"“])")
_RUN_IN_LABEL_CUES = ("READ", "Read more", "WATCH", "VIDEO", "PHOTOS", "Photos:", "Photos :", "MORE", "RELATED",
                      "Related", "LISTEN", "See also", "SEE ALSO", "Opinion:", "Opinion :", "OPINION")
# every _RUN_IN_LABEL match, looked for in the whole article at once (RE2: its lookbehind as a character before)
_RUN_IN_LABEL_SHAPE = Cues(r"[.!?\"”’] (?:READ|Read more|READ MORE|WATCH|VIDEO|PHOTOS|Photos|MORE|RELATED|Related|LISTEN"
                           r"|See also|SEE ALSO|Opinion|OPINION) ?: ?[A-Z0-9‘'\"“]")
# a teaser of another story cut short, its date right after it: a box of other stories ('…Inter Club 40overs
# cricket... May 06, 2022', '…who go to... Posted on April 29, 2022'), two or more in a page
_DATE_AFTER_SPACE = (r"(?:Posted on |Published (?:on )?)?"
                     r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? [0-9]{1,2}(?:st|nd|rd|th)?,? [0-9]{4}"
                     r"|[0-9]{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6},? [0-9]{4}"
                     r"|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2} (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago)")
# or its link to the rest at the line's end ('…Resources Fund. Yet, the... more'), or cut after a word no sentence
# ends on, at the line's end ('…the teams in the...'): a story's own ellipsis trails off after a sentence's last word
_MORE_LINK = r"(?:[Rr]ead [Mm]ore|READ MORE|[Mm]ore|MORE)(?: ?[»›→>]+)?"
_CUT_AFTER = r"(?:the|a|an|to|of|in|for|with|on|at|by|from|and|or|that|his|her|their|its|our|your)"
# (the ellipsis first, so that Python's search skips to each '.' or '…'; the word before a bare cut is _CUT_WORD's)
_CUT_TEASER = regexcache.compile(r"(?:\.\.\.|…)(?:\s{0,20}" + _DATE_AFTER_SPACE + r"(?![0-9])"
                                 r"|(?P<more>[ \xa0]?" + _MORE_LINK + r")(?=[ \t]*(?:\n|$))"
                                 r"|(?P<cut>)(?=[ \t]*(?:\n|$)))")
_CUT_WORD = regexcache.compile(r"\b" + _CUT_AFTER + r"\Z")  # searched up to the ellipsis (endpos)
_LINE_END = regexcache.compile(r"[ \t]*(?:\n|\Z)")
# (RE2: no look-around, and its \s is ASCII: any other character beyond ASCII may be one of Python's spaces); a bare
# cut is any ellipsis at a line's end, whatever the word before it (_CUT_WORD's): that word, searched for before every
# ellipsis, cost NL310's trigger set 13 k instructions an article in the mix's cold run (0.6 %, 49e)
_CUT_TEASER_SHAPE = Cues(r"(?:\.\.\.|…)(?:(?:\s|[^\x00-\x7f]){0,20}" + _DATE_AFTER_SPACE + r"(?:[^0-9]|$)"
                         r"|(?:\s|[^\x00-\x7f])?" + _MORE_LINK + r"[ \t]*(?:\n|$))"
                         r"|(?:\.\.\.|…)[ \t]*(?:\n|$)")  # (an alternative of its own: one the trigger set need not confirm)
_AFTER_THE_CUT = {None: ", before its date", "more": ", before its link to the rest", "cut": ""}  # by the match's group
MIN_CUT_TEASERS = 2  # a story's own ellipsis before a date, or trailing off, is one at most
_TEASER_REACH = 200  # characters before the cut: a teaser's headline or excerpt
_PIECE_BREAK = regexcache.compile(r"[.!?][\"”’)]?\s|\n")  # where the piece before a cut starts (after the last)
# the three shapes asked of an article in one pass (where NL310's trigger fires: one article in thirteen on the mix)
_LABEL_SHAPES = CueSet(_GLUED_TEASER_SHAPE, _RUN_IN_LABEL_SHAPE, _CUT_TEASER_SHAPE)
_TEASER_SHAPE, _LABEL_SHAPE, _CUT_SHAPE = range(3)  # their indexes in it
_NEXT_STOP = regexcache.compile(r"[.!?](?=\s|$)")


def _inside(paragraphs: list[Paragraph], starts: list[int], at: int) -> bool:
    """Whether offset ``at`` stands inside one of ``paragraphs`` (in order; ``starts``: their starts)."""
    index = bisect_right(starts, at) - 1
    return index >= 0 and at < paragraphs[index].end


def _cuts_of_teasers(text: str) -> Iterator[tuple[int, int, int, str | None]]:
    """(ellipsis, finding's end, match's end, kind) of each teaser's cut (``_CUT_TEASER``): one after a word no
    sentence ends on, at the line's end, is "cut" whatever follows on the next lines; a date on a line of its own
    after a break is left to the stamp rules (the finding ends at the ellipsis)."""
    for cut in _CUT_TEASER.finditer(text):
        at = cut.start()
        dots = at + (1 if text[at] == "…" else 3)
        if _CUT_WORD.search(text, max(at - 8, 0), at) and _LINE_END.match(text, dots):
            yield at, dots, dots, "cut"
        elif cut.group("cut") is None:
            yield at, dots if _date_alone(text, cut) else cut.end(), cut.end(), cut.lastgroup


def _date_alone(text: str, cut: re.Match) -> bool:
    """The date of the cut teaser ``cut`` (a ``_CUT_TEASER`` match) stands on a line of its own, after a break."""
    line_end = text.find("\n", cut.end())
    return "\n" in cut.group() and not text[cut.end():line_end if line_end >= 0 else len(text)].strip()


_RUN_IN_REACH = 150  # characters: a headline is short
# a word in lower case, then one with a capital: where a headline in sentence case ends and the next sentence or
# a subheading starts ('READ: Turkey recalls ambassador | A spokesman said', '… crimes: Work in progress | Freedom
# fighters replace …'), not after a colon ('crimes: Work in progress') nor after a word a headline in title case
# keeps in lower case ('What It's Like to Sail …'); a name inside a headline in sentence case ends it early, and
# the finding still holds the label
_CASE_RISE = regexcache.compile(r"(?<!\S)([a-z]\S*)(?<!:) (?=[A-Z])")
_TITLE_CASE_LOWER = frozenset("a an the and but or nor for so yet as at by in of off on per to up via vs from into "
                              "onto over with".split())


# what every finding of BoilerplateLine needs, searched for in the whole article at once (one in ten of the mix):
# a literal of _TEASER_END, _LABEL, _LINK, _GLUED_TEASER_CUES or _RUN_IN_LABEL_CUES, a label of _LABEL at a line's
# start before its colon (or a bracketed title's), or a paragraph whose first word is a capitalised
# call-to-action verb (a paragraph starts a line, or follows a glued date, which opens its line: model._GLUED_DATE;
# 'date' looked for anywhere cost the mix's cold pass about 1 µs an article, 49e; nothing before its first word is a
# letter or a digit; RE2's case folding covers Python's lower-casing of the verb, the Kelvin sign included)
_BOILERPLATE_LINE_CUES = Cues(
    "|".join(map(re.escape, ("Read ", "READ", "Continue reading", "Full story", "MORE", "See more", "Watch now", "»",
                             "›", "→", ">>", "Related", "Also read", "ALSO READ", "See also", "Recommended",
                             "Most read", "Trending", "Sponsored", "Promoted", "Watch", "WATCH", "Listen", "RELATED",
                             "http", "www.", "@") + _GLUED_TEASER_CUES + _RUN_IN_LABEL_CUES))
    + "|" + _CUT_TEASER_SHAPE.pattern
    # a labelled link's label at a line's start, its colon after it (or a bracketed title's)
    + r"|(?m:^)(?:[ \t]*(?i:date)[ \t]+[^ \t\n]+[ \t]+)?\s*(?:\[?(?:Read|More|MORE|Next|NEXT|Up next|UP NEXT|Video"
    r"|VIDEO|STREAM|PHOTOS|GALLERY|LISTEN|SEE ALSO)(?:\s|\x{a0})?[:|»›]|\[[A-Z][^\]\n]{1,40}: )"
    # a line of one glyph between the spaces str.strip() drops (a superset of _LONE_GLYPH's: RE2's \w is ASCII)
    + r"|(?m:^)" + _STRIPPED + r"*[^\s\w.,;:!?\"'()\[\]>|/]" + _STRIPPED + r"*(?m:$)"
    + r"|(?m:^)(?:[ \t]*(?i:date)[ \t]+[^ \t\n]+[ \t]+)?[^a-zA-Z0-9]*(?:"
    + "|".join(verb[0].upper() + "(?i:" + verb[1:] + ")" for verb in sorted(_CTA_VERBS)) + ")")


class BoilerplateLine(Rule):
    code = "NL310"
    name = "boilerplate-line"
    severity = Severity.WARNING
    summary = "A line of web page furniture (teaser, call to action, link) in the body."
    bad = "news Ukraine Leader Calls for Talks with Russia Amid Invasion Fears Read more"
    good = "Ukraine's leader called for talks with Russia amid invasion fears."
    explanation = ("Recognised by shape, not by a phrase list: a short line without sentence punctuation that is "
                   "an imperative call to action (Give a Comment, Share this), ends in a 'Read more' marker, is a "
                   "labelled link (Related: …, READ: …, [Label: title], Next: A Title.) or a bare link; a labelled "
                   "link on a line of its own inside a block of lines, glued to a paragraph's last sentence, or run "
                   "into a one-line page after a sentence ('… on Tuesday. READ: Turkey recalls ambassador A …'); "
                   "teasers of other stories, each cut short and dated ('…Club cricket... May 06, 2022'), before a "
                   "link to the rest ('…Yet, the... more') or after a word no sentence ends on ('…teams in the...'), "
                   "where a page lists two or more; a line of one glyph, a widget's button or marker kept as text (a "
                   "dialog's close '×', a form's required-field '*', a bullet), but not a lone stop, comma, "
                   "quotation mark or bracket, which a sentence broken at its link leaves.")
    trigger = Trigger(pattern=_BOILERPLATE_LINE_CUES, group="words")  # a long word list: a set of its own (Triggers)
    # a pack's named phrase on the same line (a social prompt, a newsletter's), or a line rule's kind of line (a
    # page's timestamp, a picture's credit), names it better, and its fix deletes the same paragraph; not NL307's
    # note, which has no fix; not a byline (NL315) nor a caption (NL312): such a line of a page's furniture is labelled
    # boilerplate too, and the byline's or caption's finding alone does not count for it
    yields_to = LINE_PACKS | {"NL314", "NL320"}

    def check(self, article: Article) -> Iterable[Finding]:
        held = _LABEL_SHAPES.held(article.text)
        glued_teasers, run_in_labels = _TEASER_SHAPE in held, _LABEL_SHAPE in held
        if _CUT_SHAPE in held:
            yield from self._cut_teasers(article)
        for paragraph in article.paragraphs:
            if len(paragraph.text) == 1:
                if _LONE_GLYPH.match(paragraph.text) and not nothing_to_read(paragraph.text):  # (Pandoc's '\\')
                    yield self.finding(paragraph.start, paragraph.end, f"web boilerplate in the body (a line of one "
                                       f"glyph, a widget's button or marker): {quote(paragraph.text)}",
                                       delete_paragraph(article, paragraph))
                continue
            why = boilerplate_shape(paragraph.text)
            if why and nothing_to_read(paragraph.text):  # (a picture without alt text: the format's, no furniture)
                continue
            if why:
                fix = delete_paragraph(article, paragraph)
                if why == EMBED_SIGNATURE:
                    fix = Fix(fix.edits, safe=False, description=fix.description)
                yield self.finding(paragraph.start, paragraph.end, f"web boilerplate in the body ({why}): "
                                   f"{quote(paragraph.text)}", fix)
                continue
            if "\n" in paragraph.text and not article.ocr.ocr:
                yield from self._lines_of_block(paragraph)
            glued = _GLUED_TEASER.search(paragraph.text) if glued_teasers and any(
                cue in paragraph.text for cue in _GLUED_TEASER_CUES) else None
            if glued and (not glued.group(2) or _is_title(glued.group(1))):
                start, end = paragraph.start + glued.start(), paragraph.end
                yield self.finding(start, end, f"a 'read more' teaser glued to the paragraph: {quote(glued.group().strip())}",
                                   Fix.replace(start, end, "", safe=False, description="remove the teaser"))
                continue
            if run_in_labels:
                yield from self._run_in_labels(paragraph)

    def _cut_teasers(self, article: Article) -> Iterator[Finding]:
        """Teasers of other stories, each cut short and dated ('… Club 40overs cricket... May 06, 2022'), where the
        page lists two or more: each reported from the start of its piece (after the last sentence's end or line
        break, at most ``_TEASER_REACH`` characters back, not before the previous teaser) to the end of its date, or
        to its ellipsis where the date stands on a line of its own: a stamp, the stamp rules' (one finding a defect).
        A line break inside a paragraph the parse joined (a format's wrapped lines: pandoc, w3m) is no piece's start.
        Where the headline starts is not certain: no fix."""
        text = article.text
        cuts = list(_cuts_of_teasers(text))
        if len(cuts) < MIN_CUT_TEASERS:
            return
        wrapped = [p for p in article.paragraphs if "\n" in p.text]
        wrapped_starts = [p.start for p in wrapped]
        previous_end = 0
        for at, end, match_end, kind in cuts:
            start = max(previous_end, at - _TEASER_REACH)
            breaks = [piece_break.end() for piece_break in _PIECE_BREAK.finditer(text, start, at)
                      if piece_break.group() != "\n" or not _inside(wrapped, wrapped_starts, piece_break.start())]
            start = breaks[-1] if breaks else text.find(" ", start, at) + 1 or start
            start += len(text[start:at]) - len(text[start:at].lstrip())
            previous_end = match_end
            if start < at:
                yield self.finding(start, end, f"a teaser of another story, cut short{_AFTER_THE_CUT[kind]}: "
                                   f"{quote(text[start:end])}")

    def _run_in_labels(self, paragraph: Paragraph) -> Iterator[Finding]:
        """A link's label run into the text after a sentence, its headline after it ('…on Tuesday. READ: Turkey
        recalls ambassador A spokesman said…'): reported from the label to the next stop or to the first capital
        after a word in lower case past the headline's first word (``_CASE_RISE``), whichever comes first (where the
        headline ends is not certain: no fix)."""
        text = paragraph.text
        for match in _RUN_IN_LABEL.finditer(text):
            stop = _NEXT_STOP.search(text, match.end(), match.end() + _RUN_IN_REACH)
            end = stop.start() if stop else min(len(text), match.end() + _RUN_IN_REACH)
            rise = next((rise for rise in _CASE_RISE.finditer(text, text.find(" ", match.end()) + 1 or end, end)
                         if rise.group(1) not in _TITLE_CASE_LOWER), None)
            end = rise.end(1) if rise else end
            start = paragraph.start + match.start()
            yield self.finding(start, paragraph.start + end,
                               f"a labelled link run into the text: {quote(text[match.start():end])}")

    def _lines_of_block(self, paragraph: Paragraph) -> Iterator[Finding]:
        """The furniture lines of a block of several lines (an extractor's output with blank lines between some
        blocks is read as hard-wrapped: each block one paragraph): the labelled links only (a handle or a short
        imperative line inside a block may be the story's, an interview's answer or a list; a line of print ending
        in an OCR '»' is no teaser)."""
        offset = 0
        for line in paragraph.text.split("\n"):
            stripped = line.strip()
            why = boilerplate_shape(stripped) if stripped else None
            if why == "a labelled link":
                start = paragraph.start + offset + line.index(stripped[0])
                yield self.finding(start, start + len(stripped), f"web boilerplate in the body ({why}): {quote(stripped)}",
                                   Fix.replace(start, start + len(stripped), "", safe=False, description="remove the line"))
            offset += len(line) + 1
