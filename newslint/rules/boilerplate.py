"""NL3xx: web boilerplate, photo credits, leaked metadata and bylines in the body.

Curated phrase lists live in ``rules/boilerplate*.yaml`` (NL301–NL309); the rules
here use structural signals, so that boilerplate nobody listed is still caught.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from itertools import chain, islice
from typing import Iterable, Iterator

from newslint import regexcache
from newslint import captions, cuewindows, ngrams
from newslint.fixes import delete_paragraph
from newslint.model import Article, Paragraph
from newslint.rule import Cues, Finding, Fix, Rule, Severity, Trigger, quote

# -- boilerplate lines ---------------------------------------------------------------
_CTA_VERBS = frozenset("""read click tap share follow like sign subscribe give leave post add join download watch
listen visit see view load show email print register log get support donate continue discover explore
tweet comment send save bookmark""".split())
_CTA_OBJECTS = frozenset("""a an the this our us more here now up in on to for your all today it
comment comments article story page video podcast app newsletter""".split())
_TEASER_END = regexcache.compile(r"(?:\bRead (?:more|More|MORE|the full story|full article)|\bContinue reading|\bFull story"
                         r"|\bMORE|\bSee more|\bWatch now|[»›→]|>>)\W{0,3}$")
_LABEL = regexcache.compile(r"\[?(?:Related|RELATED|Read more|READ MORE|Read also|Also read|ALSO READ|See also|SEE ALSO"
                    r"|Recommended|Most read|Trending|Sponsored|Promoted|Watch|WATCH|Listen|LISTEN|Read|READ|More|MORE"
                    r"|Next|NEXT|Up next|UP NEXT|Video|VIDEO|STREAM|PHOTOS|GALLERY|Related (?:stories|articles|content|topics))"
                    r"\s?[:|»›]\s*\S")
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
_LINK = regexcache.compile(r"https?://|www\.\w|\w@\w+\.\w|(?<!\w)@\w{2,}")
_SENTENCE_PUNCT = regexcache.compile(r"[.!?…][\"”’')]*\s+\S")
_SPEECH = regexcache.compile(r"\b(?:said|says|told|added|asked)\b")
_WORD = regexcache.compile(r"[^\W_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_title(text: str) -> bool:
    """Whether ``text`` is a short title: every word of four letters or more capitalised ('Seeking Solitude.'), a
    link's text even with a stop, where a sentence after a label ('the committee will meet.') has lower-case words."""
    words = _words(text)
    return 0 < len(words) <= _TITLE_MAX_WORDS and all(word[0].isupper() for word in words if len(word) >= 4)


_TITLE_MAX_WORDS = 8


def _boilerplate_shape(text: str) -> str | None:
    """Why a whole paragraph looks like page furniture, or None."""
    if any(q in text for q in ('"', "“", "”", "...", "…", "!!")):
        return None
    words = [m.group() for m in islice(_WORD.finditer(text), 26)]
    if not words or len(words) > 25:
        return None
    plain = not _SENTENCE_PUNCT.search(text)
    if _TEASER_END.search(text) and plain and len(words) >= 2:
        return "a 'read more' teaser"
    label = _LABEL.match(text) if plain else None
    if label and (not text.rstrip().endswith(".") or _is_title(text[label.end() - 1:])) \
            and (text[0] != "[" or text.rstrip()[-1] == "]") or plain and _BRACKETED_LABEL.match(text):
        return "a labelled link"
    first, second = words[0], (words[1].lower() if len(words) > 1 else "")
    if len(words) <= 8 and first[0].isupper() and first.lower() in _CTA_VERBS and plain \
            and (second in _CTA_OBJECTS or len(words) == 1) and not any(c in text for c in ",;?") \
            and not _SPEECH.search(text):
        return "a call to action"
    if len(words) <= 12 and plain and _LINK.search(text) and not text.rstrip().endswith("."):
        return "a bare link line"
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
_NEXT_STOP = regexcache.compile(r"[.!?](?=\s|$)")
_RUN_IN_REACH = 150  # characters: a headline is short


# what every finding of BoilerplateLine needs, searched for in the whole article at once (one in ten of the mix):
# a literal of _TEASER_END, _LABEL, _LINK, _GLUED_TEASER_CUES or _RUN_IN_LABEL_CUES, a label of _LABEL at a line's
# start before its colon (or a bracketed title's), or a paragraph whose first word is a capitalised
# call-to-action verb (a paragraph starts a line, or follows a glued date; nothing before its first word is a letter
# or a digit; RE2's case folding covers Python's lower-casing of the verb, the Kelvin sign included)
_BOILERPLATE_LINE_CUES = Cues(
    "|".join(map(re.escape, ("Read ", "READ", "Continue reading", "Full story", "MORE", "See more", "Watch now", "»",
                             "›", "→", ">>", "Related", "Also read", "ALSO READ", "See also", "Recommended",
                             "Most read", "Trending", "Sponsored", "Promoted", "Watch", "WATCH", "Listen", "RELATED",
                             "http", "www.", "@") + _GLUED_TEASER_CUES + _RUN_IN_LABEL_CUES))
    # a labelled link's label at a line's start, its colon after it (or a bracketed title's)
    + r"|(?m:^|(?i:date)[ \t]+[^ \t\n]+[ \t]+)\s*(?:\[?(?:Read|More|MORE|Next|NEXT|Up next|UP NEXT|Video|VIDEO|STREAM"
    r"|PHOTOS|GALLERY|LISTEN|SEE ALSO)(?:\s|\x{a0})?[:|»›]|\[[A-Z][^\]\n]{1,40}: )"
    + r"|(?m:^|(?i:date)[ \t]+[^ \t\n]+[ \t]+)[^a-zA-Z0-9]*(?:"
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
                   "into a one-line page after a sentence ('… on Tuesday. READ: Turkey recalls ambassador A …').")
    trigger = Trigger(pattern=_BOILERPLATE_LINE_CUES)

    def check(self, article: Article) -> Iterable[Finding]:
        glued_teasers = _GLUED_TEASER_SHAPE.found(article.text)
        run_in_labels = _RUN_IN_LABEL_SHAPE.found(article.text)
        for paragraph in article.paragraphs:
            why = _boilerplate_shape(paragraph.text)
            if why:
                yield self.finding(paragraph.start, paragraph.end, f"web boilerplate in the body ({why}): "
                                   f"{quote(paragraph.text)}", delete_paragraph(article, paragraph))
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

    def _run_in_labels(self, paragraph: Paragraph) -> Iterator[Finding]:
        """A link's label run into the text after a sentence, its headline after it ('…on Tuesday. READ: Turkey
        recalls ambassador A spokesman said…'): reported from the label to the next stop (the headline has none, so
        where it ends is not known: no fix)."""
        text = paragraph.text
        for match in _RUN_IN_LABEL.finditer(text):
            stop = _NEXT_STOP.search(text, match.end(), match.end() + _RUN_IN_REACH)
            end = stop.start() if stop else min(len(text), match.end() + _RUN_IN_REACH)
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
            why = _boilerplate_shape(stripped) if stripped else None
            if why == "a labelled link":
                start = paragraph.start + offset + line.index(stripped[0])
                yield self.finding(start, start + len(stripped), f"web boilerplate in the body ({why}): {quote(stripped)}",
                                   Fix.replace(start, start + len(stripped), "", safe=False, description="remove the line"))
            offset += len(line) + 1


# -- photo credits -------------------------------------------------------------------
_AGENCIES = ("AFP", "AP(?: Photo)?", "Reuters", "REUTERS", "Getty Images", "Getty", "GETTY", "EPA(?:-EFE)?", "EFE",
             "PA(?: Images| Wire| Media)?", "Shutterstock", "REX", "Rex Features", "Alamy", "Bloomberg", "Xinhua", "TASS",
             "Sputnik", "Anadolu(?: Agency)?", "ANP", "DPA", "dpa", "AAP", "UPI", "NurPhoto", "SOPA Images", "LightRocket",
             "WireImage", "Corbis", "ZUMA(?: Press| Wire)?", "Sipa(?: USA)?", "Abaca", "Pool", "POOL", "Handout", "HANDOUT",
             "Associated Press", "Press Association", "iStock(?:photo)?")
_AGENCY = "(?:" + "|".join(_AGENCIES) + ")"
_AGENCY_NAMES = tuple(dict.fromkeys(agency.split("(")[0] for agency in _AGENCIES))  # the literal that each agency starts with
_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|de|van|von|da|di|del|al|el|bin|le|la)"
_CREDIT = regexcache.compile(
    # where any branch can start (a bracket, a capital, white space, a particle or dpa/iStock at a word's start): the
    # look-ahead only turns away at once the positions where every branch fails (a third of the search)
    r"(?=[(\[A-Z\s]|\b[dvaebli])(?:"
    # (Photo by Anatolii STEPANOV / AFP), (AP Photo/Evan Vucci), [Image: Shutterstock]
    r"[(\[](?:(?:Photo|Photograph|Picture|Image|Pic|Illustration|Video|File photo|FILE PHOTO)(?:\s?credit)?s?"
    r"(?:\s?:|\s+by\b)|Credit\s?:|" + _AGENCY + r"\s?(?:Photo|/))[^()\[\]\n]{1,90}[)\]]"
    # JONATHAN NACKSTRAND / AFP / Getty Images; Kevin Lamarque/Reuters; Jane Doe/Reuters files (an archive picture)
    r"|\b(?:" + _NAME_WORD + r"\s){1,4}" + _NAME_WORD + r"\s?/\s?" + _AGENCY + r"\b(?:\s?/\s?[A-Z][\w-]*(?: [A-Z][\w-]*)?)*"
    r"(?: files?\b)?"
    # Jane Doe | AFP | Getty Images; Jane Doe | The Times | Reuters: a credit whose parts a bar separates
    r"|\b(?:" + _NAME_WORD + r"\s){1,3}" + _NAME_WORD + r"\s?\|\s?(?:[A-Z][\w&.'-]*\s){0,3}?[A-Z][\w&.'-]*\s?\|\s?"
    + _AGENCY + r"\b"
    # REUTERS/Kevin Lamarque; AFP via Getty Images
    r"|\b(?:AFP|REUTERS|EPA|AP|GETTY)/[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3}|\b" + _AGENCY + r" via Getty Images"
    # labelled credits and captions: Photo: …; Image copyright Getty Images; Image caption …
    r"|(?:^|(?<=[.!?\"”])\s?(?:[-–—|]\s)?)(?:(?:Photo|Photograph|Picture|Image|Pic|Photo [Cc]redit|Image [Cc]redit|Credit"
    r"|Caption|File photo|FILE PHOTO|PHOTO|PHOTOGRAPH)s?\s?:|(?:Photo|Photograph|Picture|Image)s? by\s+[A-Z]|Image (?:caption|copyright|source)"
    r"|Media caption|Getty Images\s*$)[^\n]{0,90}?(?=$|\n|\.\s|\s(?:Image|Media) (?:caption|copyright|source)"
    r"|(?<=[a-z]{2})[A-Z][a-z]+ [a-z])"  # or where the next sentence is glued on: 'Credit: NASA/Jane DoeDivers went …'
    # an agency name glued after the last sentence of a caption: … on 2 December. Getty Images; a stock agency
    # with its photographer's user name: … hate. Shutterstock/jdoe
    r"|(?<=[.!?])\s?" + _AGENCY + r"(?:\s?/\s?" + _AGENCY + r")*(?:/[A-Za-z][\w.-]*)?$)")

# every branch of _CREDIT needs one of these, or a "/" and an agency name, or an agency name ending the paragraph
_CREDIT_HINTS = ("|", "hoto", "HOTO", "Pic", "Ima", "Ill", "Vid", "Credit", "aption", "Getty")
_AGENCY_AT_END = regexcache.compile(r"[.!?]\s?" + _AGENCY + r"$")


# of those hints, all but the bar count only in their place in _CREDIT, each a label's: Video and Illustration only
# open a bracket ('(Video: …'); Photo, Photograph, Picture, Pic and Image, in a bracket or not, and File photo and
# FILE PHOTO take ':' or 'by' after them ('Photo:', 'Photographs by', 'Photo credits:', 'FILE PHOTO:', 'Pictures by',
# 'Image credit:'), where an agency's Photo opens a bracket ('(AP Photo/', '(Reuters Photo …': an agency of at most 17
# characters and a space before it; not '(stock photo)'); Credit and Caption take a colon, Image and Media a caption
# ('Image copyright'); Getty Images ends the paragraph or follows 'via'. The agency 'AP Photo' of the other branches
# comes with a '/' or ends the paragraph, asked about apart. A paragraph of 'photographs', 'videos', 'pictures',
# 'images', 'credit' and 'Getty' in prose (nine in ten that the hints let through) skips the search.
# each label hint with the patterns of its places, each led by a literal (which Python's regex scans for fast: one
# alternation of them all, led by none, cost a hundred times as much on a long paragraph)
_LABELS_IN_PLACE = tuple((hint, tuple(map(regexcache.compile, patterns))) for hint, patterns in (
    ("hoto", (r"hoto(?:graph)?(?:\s?[Cc]redit)?s?\s*(?::|by)",)),
    ("HOTO", (r"HOTO(?:GRAPH)?(?:\s?[Cc]redit)?s?\s*(?::|by)",)),
    ("Pic", (r"Pic(?:ture)?(?:\s?[Cc]redit)?s?\s*(?::|by)",)),
    ("Ima", (r"Image(?:(?:\s?[Cc]redit)?s?\s*(?::|by)| (?:caption|copyright|source))",)),
    ("Vid", (r"Vid(?<=[(\[]Vid)",)), ("Ill", (r"Ill(?<=[(\[]Ill)",)),
    ("Credit", (r"Credits?\s?:",)), ("aption", (r"Captions?\s?:", r"Media caption")),
    ("Getty", (r"Getty Images\s*$", r"via Getty Images"))))
_OTHER_HINTS = tuple(hint for hint in _CREDIT_HINTS if hint not in dict(_LABELS_IN_PLACE))
_BRACKET_OPEN_BEFORE = regexcache.compile(r"[(\[][^()\[\]]{0,24}\Z")  # 24: an agency of 17 characters and a space


def _label_in_place(text: str) -> bool:
    """Whether ``text`` holds a label hint in one of its places."""
    if any(hint in text and any(pattern.search(text) for pattern in patterns) for hint, patterns in _LABELS_IN_PLACE):
        return True
    at = text.find("Photo")
    while at >= 0:  # in a bracket: '(AP Photo/', '(Reuters Photo by'
        if _BRACKET_OPEN_BEFORE.search(text, max(0, at - 25), at):
            return True
        at = text.find("Photo", at + 1)
    return False


# an agency's name beside a '/' (every branch of _CREDIT with a '/' and no label has one): after it, or before it
# within a space and the longest name (each alternative's source is no shorter than what it matches)
_SLASH_AGENCY = regexcache.compile(r"/\s?" + _AGENCY)
_AGENCY_SLASH = regexcache.compile(_AGENCY + r"\s?/")
_AGENCY_REACH = 1 + max(map(len, _AGENCIES))


def _agency_beside_slash(text: str) -> bool:
    """Whether an agency's name comes right after a '/' of ``text`` or right before one (a space between allowed)."""
    slash = text.find("/")
    while slash >= 0:
        if _SLASH_AGENCY.match(text, slash) or _AGENCY_SLASH.search(text, max(0, slash - _AGENCY_REACH), slash + 1):
            return True
        slash = text.find("/", slash + 1)
    return False


def _may_hold_credit(text: str) -> bool:
    """False when no branch of _CREDIT can match in the paragraph ``text`` (most paragraphs: the search is costly)."""
    return any(map(text.__contains__, _OTHER_HINTS)) \
        or _label_in_place(text) \
        or "/" in text and any(map(text.__contains__, _AGENCY_NAMES)) and _agency_beside_slash(text) \
        or _AGENCY_AT_END.search(text[-40:]) is not None


# every match of _CREDIT holds one of these, or is an agency name that ends the paragraph
_CREDIT_ANCHORS = regexcache.compile("|".join(map(re.escape, ("/",) + _CREDIT_HINTS)))


def _credit_matches(text: str) -> list[re.Match]:
    """``_CREDIT.finditer(text)``, searched only near its anchors and the paragraph's end."""
    anchors = chain((m.start() for m in _CREDIT_ANCHORS.finditer(text)), (len(text),))
    return cuewindows.finditer_near(_CREDIT, text, anchors)


# what one of those paragraphs holds, searched for in the whole article at once (one article in nine of the mix)
_CREDIT_CUES = Cues("|".join(map(re.escape, ("/",) + _CREDIT_HINTS)) + r"|[.!?](?s:.)?" + _AGENCY)


class PhotoCredit(Rule):
    code = "NL320"
    name = "photo-credit"
    severity = Severity.WARNING
    summary = "A photo credit or caption label left in the body."
    bad = "A serviceman walks along a trench. (Photo by Anatolii STEPANOV / AFP)"
    good = "Three sources told Reuters. / LONDON (Reuters) - Blinken met Lavrov."
    explanation = ("Agency credits (Name / AFP / Getty Images, REUTERS/Name, (AP Photo/Name)), labelled credits "
                   "(Photo:, Image caption, Image copyright, File photo). A paragraph that ends with a credit is "
                   "usually a caption; the fix deletes it (unsafe), or deletes the credit when it is glued inside.")
    trigger = Trigger(pattern=_CREDIT_CUES)

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            text = paragraph.text
            if not _may_hold_credit(text):
                continue
            for match in _credit_matches(text):
                lead = len(match.group()) - len(match.group().lstrip())
                start, end = paragraph.start + match.start() + lead, paragraph.start + match.end()
                if text[match.end():].strip() in ("", ")", "]"):  # (a credit in brackets: '… (Jane Doe/AFP)')
                    whole = not text[: match.start()].strip()
                    fix = delete_paragraph(article, paragraph, "delete the caption")
                    fix = Fix(fix.edits, safe=whole, description=fix.description)
                    what = "photo credit" if whole else "photo caption with credit"
                    start = paragraph.start  # the caption is part of the finding
                else:
                    fix = Fix.replace(paragraph.start + match.start(), end, "", safe=False, description="remove the credit")
                    what = "photo credit"
                yield self.finding(start, end, f"{what} in the body: {quote(match.group().strip())}", fix)


# -- leaked metadata -----------------------------------------------------------------
class LeakedDate(Rule):
    code = "NL330"
    name = "leaked-date"
    severity = Severity.WARNING
    summary = "A 'date YYYY-MM-DD' metadata field glued in front of the body text."
    bad = " date 2021-12-02 Top U.S. diplomat Antony Blinken on Thursday warned Russia"
    good = "Top U.S. diplomat Antony Blinken on Thursday warned Russia"

    def check(self, article: Article) -> Iterable[Finding]:
        date = article.date
        if date is None or not date.glued:
            return
        start, end = date.span.start, date.span.end
        shown = article.text[start:end].strip()
        lead = len(article.text[start:end]) - len(article.text[start:end].lstrip())
        yield self.finding(start + lead, start + lead + len(shown), f"metadata glued to the text: {quote(shown)}",
                           Fix.replace(start, end, "", description="remove the metadata"))


_TIME = r"\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?(?:GMT|BST|UTC|[ECMP][SD]T|CET|CEST))?"
_TIMESTAMP = regexcache.compile((
    r"(?:(?:Last|First) (?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Mm]odified)|Updated|Published|Posted|Modified|UPDATED|PUBLISHED)(?:\s(?:on|at))?\s?:?\s+"
    r"(?:\d+ (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago"
    r"|(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?:,? _TIME)?"
    r"|(?=[\w ,.:/-]{0,40}\d)(?:[A-Z][a-z]+day,? |\d{1,2}[:.]\d{2}|\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2}\b)"
    r"[\w ,.:/-]{0,40}?(?:\d{4}|_TIME)(?:,? (?:at )?_TIME)?)"
    r"|^\d+ (?:minutes?|hours?|days?) ago(?=\s*$)").replace("_TIME", _TIME))


class LeakedTimestamp(Rule):
    code = "NL331"
    name = "leaked-timestamp"
    severity = Severity.WARNING
    summary = "A 'Published/Updated …' page timestamp at the start of a paragraph."
    bad = "Published 14:32 GMT, 2 December 2021"
    good = "The report, published on 2 December 2021, found…"

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            match = _TIMESTAMP.match(paragraph.text)
            if not match:
                continue
            stop = match.end()
            while again := _TIMESTAMP.match(paragraph.text, stop + _gap(paragraph.text, stop)):  # repeated stamps
                stop = again.end()
            start, end = paragraph.start, paragraph.start + stop
            rest = paragraph.text[stop:]
            if not rest.strip(" |•·-–—,;"):
                fix = delete_paragraph(article, paragraph, "delete the timestamp line")
            else:
                fix = Fix.replace(start, end + _gap(rest, 0), "", safe=False, description="remove the timestamp")
            yield self.finding(start, end, f"page timestamp in the body: {quote(match.group())}", fix)


def _gap(text: str, at: int) -> int:
    """The length of the separators (spaces, bars, bullets, dashes, commas) at ``text[at:]``."""
    rest = text[at:]
    return len(rest) - len(rest.lstrip(" |•·-–—,;"))


_NAME = r"[A-Z][\w'’-]+(?: (?:[A-Z]\.|[A-Z][\w'’-]+|de|van|von|da|di|del|al|bin|le|la)){1,3}"
_HEADER_BYLINE = regexcache.compile(
    r"By (?:" + _NAME + r")(?:(?:,| and| &) " + _NAME + r")*"
    r"(?:(?P<sep>\s?[|•·]\s?|,\s|\s[-–—]\s)[A-Z][\w&.’'-]*"
    r"(?: (?:News|Staff|Writer|Reporter|Correspondent|Editor|Press|Service|Media|Agency|Times|Post))*)?")
_NON_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december the this that""".split())


class HeaderByline(Rule):
    code = "NL332"
    name = "header-byline"
    severity = Severity.WARNING
    summary = "A 'By Jane Doe | Reuters' byline left at the start of the body."
    bad = "By Jane Doe | Reuters"
    good = "By Thursday, Jane Doe had left Reuters."

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs[:2]:
            match = _HEADER_BYLINE.match(paragraph.text)
            if not match or _words(match.group())[1].lower() in _NON_NAMES:
                continue
            rest = paragraph.text[match.end():]
            if rest.strip(" |•·-–—,;:"):
                # glued to the text: only when a separator marks where the byline ends
                if not match.group("sep") or "|" not in match.group() and "•" not in match.group():
                    continue
                yield self.finding(paragraph.start, paragraph.start + match.end(),
                                   f"byline glued to the text: {quote(match.group())}",
                                   Fix.replace(paragraph.start, paragraph.start + match.end() + len(rest) - len(rest.lstrip()),
                                               "", safe=False, description="remove the byline"))
            else:
                yield self.finding(paragraph.start, paragraph.end, f"byline in the body: {quote(paragraph.text)}",
                                   delete_paragraph(article, paragraph, "delete the byline"))


# -- sign-offs -----------------------------------------------------------------------
_SIGNOFF_NAME = regexcache.compile(r"(?:(?:By|[-–—]) )?(?:[A-Z][a-z'’-]+|[A-Z]\.)(?: (?:[A-Z][a-z'’-]+|[A-Z]\.|de|van|von|da|di|del|al|bin|le|la)){1,3}"
                           r"(?:,? (?:Reuters|AP|AFP|Staff Writer|Staff Reporter|Correspondent))?")
# page labels and function words: "Related Topics", "School Of Rock" are not names
_NOT_NAME = frozenset("related topics more stories comments share advertisement news read top most popular "
                      "recommended follow us sign up subscribe newsletter home sport business "
                      "of the and in on at for to a an with from".split())
_SENTENCE_ENDS = tuple(".!?\"”’')")
_SIGNOFF_BY = r"(?:(?:Additional )?[Rr]eporting|Writing|Editing|Edited|Compiled|Reported) by [A-Z]"
# a whole paragraph, or a parenthesised sign-off anywhere: (Additional reporting by Jane Doe)
_WIRE_SIGNOFF = regexcache.compile(r"^" + _SIGNOFF_BY + r"[^\n()]*$|\(" + _SIGNOFF_BY + r"[^\n()]*\)")
_SIGNOFF_CUES = Cues(_SIGNOFF_BY)  # in every sign-off; found in the whole article at once


class TrailingByline(Rule):
    code = "NL340"
    name = "trailing-byline"
    severity = Severity.WARNING
    summary = "A last paragraph that is only a person's name (a byline or sign-off)."
    bad = "…into Ukraine.”\n\nChristi C. Elwood"
    good = "…into Ukraine.”\n\nThe talks resume on Friday."

    def check(self, article: Article) -> Iterable[Finding]:
        if len(article.paragraphs) < 2:
            return
        last = article.paragraphs[-1]
        if not _SIGNOFF_NAME.fullmatch(last.text) or any(w.lower() in _NOT_NAME for w in _words(last.text)):
            return
        if not article.paragraphs[-2].text.rstrip().endswith(_SENTENCE_ENDS):
            return  # the end of a list of titles, not a sign-off
        yield self.finding(last.start, last.end, f"byline left at the end of the article: {quote(last.text)}",
                           delete_paragraph(article, last, "delete the byline"))


class WireSignoff(Rule):
    code = "NL341"
    name = "wire-signoff"
    severity = Severity.INFO
    summary = "A wire-service sign-off ('Reporting by …; Editing by …') in the body."
    bad = "Reporting by Jane Doe; Editing by John Smith"
    good = "The reporting by local media could not be verified."
    explanation = "Legitimate in wire copy; worth removing when the text is republished or used for training."
    trigger = Trigger(pattern=_SIGNOFF_CUES)

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            if " by " not in paragraph.text:
                continue
            for match in _WIRE_SIGNOFF.finditer(paragraph.text):
                lead = len(match.group()) - len(match.group().lstrip())
                start, end = paragraph.start + match.start() + lead, paragraph.start + match.end()
                whole = match.start() == 0 and not paragraph.text[match.end():].strip()
                fix = delete_paragraph(article, paragraph, "delete the sign-off") if whole else \
                    Fix.replace(paragraph.start + match.start(), end, "", safe=False, description="remove the sign-off")
                yield self.finding(start, end, f"wire sign-off: {quote(match.group().strip())}",
                                   Fix(fix.edits, safe=False, description=fix.description))


# -- boilerplate inside a paragraph ---------------------------------------------------
# a page timestamp of a flattened byline block: 'PUBLISHED: . 12:01 EST, 3 March 2014 .', 'Last updated at 4:22 PM on …'
_STAMP_WORDS = r"(?:PUBLISHED|Published|UPDATED|Updated|Last updated)\b"
_STAMP_BODY = _STAMP_WORDS + r"(?: at| on)?:?\s(?:\.\s)?[^|.!?\n]{4,50}?\d{4}(?:\s\.(?!\S))?"
_STAMPS = r"(?:\s(?:\|\s\.\s)?" + _STAMP_BODY + ")*"
_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTHS_AND_DAYS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + _MONTHS[3:]
_JOBS = r"(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Aa]nalyst|[Pp]resenter)"
_INLINE = regexcache.compile(
    r"(?:Scroll down for (?:video|more)|SCROLL DOWN FOR (?:VIDEO|MORE))\b"
    r"|(?:Watch|See|Click to watch) the (?:full )?video\b(?![^.]{0,3}\w)"
    r"|Media playback is (?:not supported|unsupported) on (?:this|your) device"
    r"|Share this with(?:Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|LinkedIn|Copy this link)+"
    r"|Share (?:or comment on )?this (?:article|story|page)\b"
    r"|Read more:? (?:https?://|www\.)\S+"
    # an opinion page's disclaimer: 'The opinions expressed in this commentary are solely those of Jane Doe.'
    r"|The (?:opinions|views) expressed in this (?:commentary|article|column|piece|post|blog) are (?:solely |entirely )?"
    r"(?:those of [^.!?\n]{2,80}?|(?:the author's|the writer's|his|her|their) own)\."
    r"|(?:Sorry,? )?[Ww]e are not currently accepting comments on this article\.?"
    r"|Follow @@?\w+(?=\s*$|\s*[.!|]|\s+[A-Z@])"  # a prompt on its own ('Follow @@janedoe . PUBLISHED'), not
    # a sentence that goes on ('Follow @BBCBreaking and #news at…')
    r"|Follow (?:(?:us|me|him|her) |(?:[A-Z][\w'’]+ ){1,3})on (?:Twitter|Facebook|Instagram)"
    r"(?:,? (?:and|or) (?:on )?(?:Twitter|Facebook|Instagram))*(?: @\w+(?:, (?:on |or )[^.!?\n]{3,120}(?:\.\w[^.!?\s]*)*)?\.?)?"
    # a caption label after a sentence: '… no cure. Pictured: The shantytown …', '… Source: British Skin Foundation'
    r"|(?<=[.!?\"”’] )(?:Pictured(?: above| below| left| right)?|Above|Inset|Source)\s?:(?=\s?[A-Z‘'\"])"
    r"|Click (?:on )?(?:here|the (?:photos?|images?|pictures?|link|button)s?(?: above| below)?)"
    r"(?: (?:to|for) [^.!?\n]{3,100}[.!]?|(?<=here)[.!]?)"
    r"|Sign up to (?:get|receive) [^.!?\n]{3,100}[.!]?"
    # a sentence that sends the reader to a link in lower case: 'For more reports from BBC Monitoring, click here.'
    r"|(?:(?<=^)|(?<=[.!?\"”’] )|(?<=[a-z][.!?]))(?:For|To|If|Please)\b[^.!?\n]{0,100}?,? click here\b"
    r"(?: (?:to|for) [^.!?\n]{3,100})?[.!]?"
    # a byline block whose line breaks became ' . ': 'By . Jane Doe . and John Roe . PUBLISHED: . 12:01 EST, 3 March
    # 2014 . | . UPDATED: . …', 'By . Jane Doe . Last updated at 4:22 PM on 12th December 2011 .', 'By . Daily Mail Reporter .'
    r"|\bBy \.(?:\s(?!" + _STAMP_WORDS + r")[^.!?\n|]{2,60}?\s\.(?!\S)){1,3}" + _STAMPS
    + r"|(?:^|(?<=[^\w.] ))" + _STAMP_BODY + _STAMPS +
    # a stamp whose time follows its word is one after any word: 'Jane Doe, CNN Updated 10:22 AM ET, Tue May 5, 2015'
    r"|\b" + _STAMP_WORDS + r"(?: at| on)?:? \d{1,2}[:.]\d{2}\b[^|.!?\n]{0,45}?\d{4}\b(?!,? [a-z])" + _STAMPS +
    r"|(?:(?<=^)|(?<=[.!?\"”’] ))[A-Z][^.!?\n]{0,200}? contributed (?:reporting )?to this (?:report|story|article)\.?"
    r"|(?<=[.!?\"”’])©\s?(?:\d{4}\s)?[A-Z][\w .&-]{1,40}?(?:\s\d{4})?$")
_INLINE_CUES = ("Scroll", "SCROLL", "click here", "Watch", "See the", "Click", "Media playback", "Share this", "accepting comments", "Follow ",
                "Sign up", "By .", "PUBLISHED", "UPDATED", "contributed", "©", "Pictured", "Above", "Inset", "Source",
                "Share or", "Read more", "expressed in this", "Updated", "Published")
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
# of 'we are not currently accepting comments', ©
_INLINE_STARTS = _TriedAtStarts(_INLINE, regexcache.compile("[A-Z©w]"))
# every _INLINE match holds an anchor at most this many characters after its start ('[A-Z][^.!?\n]{0,200}? contributed':
# 202; the others 108 at most), so it starts inside the anchor or up to this far before it
_INLINE_LEAD = 210


class _SpansByRe2:
    """``[m.span() for m in pattern.finditer(text)]`` found by RE2, one pass of its automaton (Python's re tries the
    pattern at every character that can open a match: each capital for 28 literals, each lower-case letter for
    ``[a-z][A-Z]``), or by ``pattern`` itself where RE2 cannot take the text (a lone surrogate). Only for patterns
    that both engines read alike: ASCII classes and literals, no look-around (``in_re2``: the same pattern written
    for RE2, where it differs: ``\\p{Nd}`` for ``\\d``)."""

    __slots__ = ("pattern", "in_re2", "_compiled")

    def __init__(self, pattern: re.Pattern, in_re2: str | None = None) -> None:
        self.pattern, self.in_re2, self._compiled = pattern, in_re2 or pattern.pattern, None

    def __call__(self, text: str) -> list[tuple[int, int]]:
        if self._compiled is None:
            import re2  # the packs import it in every run

            self._compiled = re2.compile(self.in_re2)
        try:
            return [found.span() for found in self._compiled.finditer(text)]
        except UnicodeEncodeError:
            return [found.span() for found in self.pattern.finditer(text)]


_anchor_spans = _SpansByRe2(_INLINE_ANCHORS)


def _inline_matches(text: str) -> list[re.Match]:
    """``list(_INLINE.finditer(text))``, tried only where a match can start: up to ``_INLINE_LEAD`` characters before
    one of its anchors, or inside it (a flattened page of hundreds of kilobytes holds a few)."""
    ranges: list[list[int]] = []  # where a match may start, merged where they overlap
    for anchor_start, anchor_end in _anchor_spans(text):
        start = max(0, anchor_start - _INLINE_LEAD)
        if ranges and start <= ranges[-1][1]:
            ranges[-1][1] = anchor_end
        else:
            ranges.append([start, anchor_end])
    found: list[re.Match] = []
    for start, starts_end in ranges:  # as the whole search, left to right: a match may run past the next range's start
        found += _INLINE_STARTS.finditer(text, max(start, found[-1].end() if found else 0), starts_end=starts_end)
    return found


# a page's byline box run in: 'By Jane SmithBBC home affairs correspondentThe minister…', 'By Jane Smith, Political
# editor The…' (a name, an outlet, a job; then a capital, glued or not, or the end), at the start of a sentence
_BYLINE_BOX = regexcache.compile(r"By (?!" + _MONTHS_AND_DAYS + r")(?:[A-Z][\w'’-]+ ){1,2}[A-Z][a-z'’-]+(?:[A-Z]{2,}\w*)?,? "
                                 r"(?:[A-Z][\w&]* ){0,3}(?:[a-z]+ ){0,3}" + _JOBS + r"(?=[A-Z]| [A-Z]|\s*$)")
# a byline for an outlet, or with its stamp, opening a sentence: 'By Jane Doe and John Roe for MailOnline',
# 'By Jane Doe for the Daily Mail PUBLISHED: 10:22 EST, 5 May 2015', 'By Jane Doe PUBLISHED: …'
_NAMES = r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][a-z'’-]+"
_BYLINE_FOR = regexcache.compile(r"By (?!" + _MONTHS_AND_DAYS + r")" + _NAMES + r"(?:,? (?:and|&) " + _NAMES + r")*"
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
_glue_cue_spans = _SpansByRe2(_GLUE_CUE)
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
                   "for video' (or in capitals), 'For more reports, click here.', 'Watch the video', 'Media playback is not supported on this device', 'Share this "
                   "with…', 'Share this article', 'Click here to…', 'Read more: <link>', 'Sign up to get…', 'Follow "
                   "Jane on Twitter', 'Follow @handle', an opinion page's 'The opinions expressed in this commentary "
                   "are solely those of…', 'X contributed to this report.', the 'By . Daily Mail Reporter . PUBLISHED: … | . UPDATED: …' block (any 'By . X .' block, "
                   "'Last updated at …'), a © line glued on, a byline box that opens a sentence ('By Jane SmithBBC "
                   "political correspondent', 'By Jane Smith for MailOnline', 'By Jane Smith PUBLISHED: …'), a stamp whose time follows its word ('Updated 10:22 AM ET, Tue May 5, 2015'), a page's date and update time ('21 May 2013 Last updated at 11:47 GMT'), a link or heading line glued between two sentences when the line breaks were lost ('…distance.Listen to the first-lap madnessHamilton, meanwhile…': a short stretch without a stop whose last, lower-case word is glued to a capital, a pair the web never writes as one word), a quote box's attribution glued between two quotations ('…League.\"Former midfielder Jane Doe on Match of the Day\"I couldn't…'), a separator line ('........', '- - - - -'), an embedded post's signature ('— Jane Doe (@janedoe) April 5, 2015') or picture link ('pic.twitter.com/…'), a short sentence about the page's machinery, not quoted or reported ('These are external links and will open in a new window', 'Your browser cannot play this clip', '…may not work on some older browsers', 'Image copyright X Image caption …'). In a flattened page (a paragraph of 1,000+ characters or "
                   "a one-paragraph text) also a sentence in which the site talks to the reader: an imperative of its "
                   "business (Subscribe, Follow, Find, Read, Watch, Download…) naming the site or its channels "
                   "(newsletter, app, Twitter, 'our … page', 'this story'), not in quotes or reported speech, also where it is glued to the line before ('…PostersLet us know what you think of this new format.').")

    def check(self, article: Article) -> Iterable[Finding]:
        # one RE2 search of the whole text for every cue (a few µs, where a chain of `in` tests costs tens): five in six
        # articles hold none; the others are asked which
        paged = _PAGE_CUES.found(article.text)
        cued = paged and any(cue in article.text for cue in _INLINE_CUES)
        glue_or_machinery = paged and _GLUE_OR_MACHINERY.search(article.text) is not None
        rare = paged and _RARE_PAGE_CUES.found(article.text)
        quoted_lines = rare and _QUOTED_LINE_CUES.found(article.text)
        separated = rare and _SEPARATOR_CUES.found(article.text)
        embedded = paged and ("(@" in article.text or "pic.twitter.com/" in article.text)
        one_paragraph = len(article.paragraphs) == 1  # the whole text was searched: no second look
        furnished = "By " in article.text or "Last updated at" in article.text  # in every _page_furniture span
        # without a page cue or furniture, only a flattened page's reader sentences can be found: most articles
        paragraphs = article.paragraphs if paged or furnished or one_paragraph else [
            paragraph for paragraph in article.paragraphs if len(paragraph.text) >= captions.MIN_PARAGRAPH_CHARS]
        for paragraph in paragraphs:
            text = paragraph.text
            spans = [(m.start(), _story_resumes(text, m.start(), m.end())) for m in _inline_matches(text)] \
                if cued and (one_paragraph or any(cue in text for cue in _INLINE_CUES)) else []
            furniture = list(_page_furniture(text)) if furnished else []
            if furniture:  # a byline box holds its stamps: reported whole
                spans = [(b, e) for b, e in spans if not any(fb <= b and e <= fe for fb, fe in furniture)]
                spans += _apart_from(spans, furniture)
            if glue_or_machinery and (one_paragraph or _GLUE_CUES.found(text)):
                spans = _widened_to_lines(spans, list(_glued_link_lines(text, spans)))
            if len(text) >= captions.MIN_PARAGRAPH_CHARS or len(article.paragraphs) == 1:  # a flattened page: its
                # prompts have no paragraph of their own
                spans += _apart_from(spans, _reader_sentences(text, glue_or_machinery and rare))
            if glue_or_machinery and any(cue in text for cue in _MACHINERY_CUES):
                spans += _apart_from(spans, _machinery_sentences(text))
            if quoted_lines:
                spans += _apart_from(spans, (m.span(1) for m in _QUOTED_LINE.finditer(text)))
            if separated:
                spans += _apart_from(spans, (m.span() for m in _SEPARATOR.finditer(text)))
            if embedded and any(cue in text for cue in _EMBED_CUES):
                spans += _apart_from(spans, _embedded_posts(text))
            spans.sort()
            for begin, stop in spans:
                if begin == 0 and stop >= len(text.rstrip()) - 1:
                    continue  # a whole line: the packs and NL310/NL311/NL342 report it
                start, end = paragraph.start + begin, paragraph.start + stop
                yield self.finding(start, end, f"web boilerplate inside the text: {quote(text[begin:stop])}",
                                   Fix.replace(start, end, "", safe=False, description="remove the boilerplate"))


# a line without a stop glued between two quotations, a quote box's attribution: '…the Premier League."Former
# midfielder Jane Doe on Match of the Day"I couldn't believe…' (RE2 looks for it in the article first)
_QUOTED_LINE = regexcache.compile(r"[.!?][\"”]([A-Z][^.!?\"“”\n]{5,100}?[a-z])(?=[\"“][A-Z])")
# a separator line run into the text: '…Hartlepool win. ........ Conference Barnet…', '… 1:38.158 - - - - - 11.…'
# (standing alone between spaces: not an ellipsis glued to a word, nor a censored 'f-----g')
_SEPARATOR = regexcache.compile(r"(?<!\S)(?:([.=_*~-])\1{7,}|(?:- ){4,}-)(?!\S)")
_SEPARATOR_CUES = Cues(r"[.=_*~-]{8}|(?:- ){4}-")
_QUOTED_LINE_CUES = Cues(r"[.!?][\"”][A-Z][^.!?\"“”\n]{5,100}[a-z][\"“][A-Z]")


# -- a sentence in which the site talks to the reader about itself ---------------------
# an imperative of the page's business opening a sentence (after a stop, glued or not), or 'You can follow…'
_READER_WORDS = (r"(?:Subscribe|Sign up|Follow|Find|Read|Listen|Watch|Click|Tap"
                 r"|Visit|Download|Join|Get|Share|Send|Email|E-mail|See|Catch up|Tell us|Have your say"
                 r"|Pick|Choose|Vote|Play|Try|Let us know|For (?:all )?the latest"
                 r"|You can (?:also )?(?:follow|watch|listen|read|see|find|get|catch up|sign up|subscribe))\b")
_READER_OPENING = regexcache.compile(r"[.!?\n]?[\"”’']?\s?" + _READER_WORDS)
# one of them glued to a lower-case letter (a line break lost), looked for with RE2 before any scan in Python
_GLUED_READER_CUES = Cues("[a-z]" + _READER_WORDS)
_READER_AFTER_STOP = regexcache.compile(r"[.!?\n]" + _READER_OPENING.pattern[len("[.!?\\n]?"):])  # a scan that skips in C
# where it may match, for RE2 (any character for Python's Unicode \s, no word edge): most flattened pages hold none
_READER_AFTER_STOP_CUES = Cues(r"[.!?\n][\"”’']?(?s:.)?" + _READER_WORDS.removesuffix(r"\b"))
# what the page's business is about: the site and its channels ('your'/'our' alone do not count: 'Watch your step')
_SITE_THINGS = regexcache.compile(r"\b(?:newsletters?|inbox|website|web ?site|app|Twitter|Facebook|Instagram|YouTube|iPlayer"
                          r"|podcasts?|links?|gallery|comments?|(?:our|this) (?:\w+ ){0,2}(?:page|story|article|video|quiz|selector"
                          r"|calculator|format|interactive))\b"
                          r"|@\w|\w\.(?:com|co\.uk|org)\b")
# a link in itself: 'Read more from Nick', 'Find out more about the scheme', 'Listen again' (not 'Read more books';
# 'Read more: headline' is NL310's glued teaser)
_MORE_LINK = regexcache.compile(r"(?:Read|Find out|See|Watch|Hear) more(?: (?:from|on|about|at|of|here|in)\b|[.!]|$)"
                        r"|(?:Listen|Watch) again\b")
_QUOTED_OR_REPORTED = regexcache.compile(r"[\"“”‘]|\b(?:said|says|told|according)\b")
_READER_MAX = 200  # characters: a prompt is one short sentence


def _reader_sentences(text: str, glued: bool = False) -> Iterator[tuple[int, int]]:
    """The spans of the sentences of ``text`` that open with an imperative of the page's business and name the
    site, its channels or the reader: 'Subscribe to the BBC Sport newsletter to get … sent to your inbox.',
    'Find all the latest cricket signings on our dedicated page.', 'Follow Nick on Twitter'; with ``glued``
    (the text holds a lower-case letter glued to a capital) also one glued to the line before it, whose break
    was lost ('…Posters' + 'Let us know what you think of this new format.')."""
    first = _READER_OPENING.match(text)
    openings = chain([first] if first else (),
                     _READER_AFTER_STOP.finditer(text) if _READER_AFTER_STOP_CUES.found(text) else ())
    if glued and _GLUED_READER_CUES.found(text):
        openings = chain(openings, filter(None, (_READER_OPENING.match(text, cue_end - 1)
                                                 for _, cue_end in _glue_cue_spans(text))))
    for match in openings:
        start = match.end() - len(match.group().lstrip(".!?\n\"”’' "))
        stop = _SENTENCE_END.search(text, match.end(), match.end() + _READER_MAX)
        if stop is None:
            continue
        end = _story_resumes(text, match.end(), stop.end())
        sentence = text[start:end]
        if (_SITE_THINGS.search(sentence) or _MORE_LINK.match(sentence)) and not _QUOTED_OR_REPORTED.search(sentence):
            yield start, end


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
# a glued word (3+ letters) or a machinery cue, looked for in a whole article at once
_GLUE_OR_MACHINERY = Cues(r"[a-z]{3}[A-Z]|" + "|".join(map(re.escape, _MACHINERY_CUES)))
# an embedded social-media post's signature or picture link left in the text when the page was flattened: '— Jane Doe
# (@janedoe) April 5, 2015', 'pic.twitter.com/abc123' (the post card's header, 'Jane Doe \u200f@janedoe', is NL106's)
_EMBED_CUES = ("(@", "pic.twitter.com/")
_EMBED = regexcache.compile(r"[—–]\s?(?:[A-Z][\w'’-]*\s){1,4}\(@\w{1,15}\)\s?" + _MONTHS + r"\s\d{1,2},\s\d{4}"
                            r"|pic\.twitter\.com/\w+")


def _embedded_posts(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the embedded posts' signatures and picture links in ``text`` (``_EMBED``)."""
    return (match.span() for match in _EMBED.finditer(text))


# NL316's, all at once (a separator is rare: its cue is one; a glued quotation is common in flattened pages, and a
# quote box's line is looked for only in a page that shows some other furniture)
_PAGE_CUES = Cues(_GLUE_OR_MACHINERY.pattern + "|" + _SEPARATOR_CUES.pattern + "|"
                  + "|".join(map(re.escape, _INLINE_CUES + _EMBED_CUES)))
_RARE_PAGE_CUES = Cues(_QUOTED_LINE_CUES.pattern + "|" + _SEPARATOR_CUES.pattern + "|" + _GLUED_READER_CUES.pattern)


def _machinery_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the short sentences (or glued lines) that speak of the page's machinery, not quoted or
    reported: 'These are external links and will open in a new window', 'Image copyright Getty Images'."""
    reported = 0
    for match in _MACHINERY.finditer(text):
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


# -- a caption run into the text without its full stop ------------------------------
# openers that also go inside a sentence in edited copy that lost a stop ('…the European Union In his speech…',
# '…left early At the end…') or inside a title ('the film It follows'): taken for a seam only in a flattened page,
# where what runs in is a caption or a headline ('…on scaffolding At around 3pm…', '…the old town hall A new survey…');
# 'A' only before a word that can follow an article (a letter's name is followed by 'and', 'to', 'is': 'box A and',
# 'from A to B', 'plan A is'); not 'As', which opens many a line of verse printed as one paragraph
_FLAT_ONLY = frozenset("And In A It It's It’s If At Despite Some With Many Also That Another Last Every More "
                       "Following".split())
_ANYWHERE_STARTERS = ("The|He|She|They|We|His|Her|Their|But|This|These|Those|There|When|While|According|However|"
                      "Meanwhile|After|Before|During|Earlier|Later|Speaking")
_STARTERS = _ANYWHERE_STARTERS + "|" + "|".join(sorted(_FLAT_ONLY))
_QUOTED_OPENERS = r"['‘](?:He|She|It|It[’']s|We|We[’']re|They|You|There|This|That|What|Our|My|The) [a-z]"
# a sentence-only word after a lower-case word with no stop between, then a lower-case word: '…on Tuesday The Italian'
# (or a year that opens a sentence: '…100 years ago In 2006, the ambassador…')
_RUN_IN = regexcache.compile(r" (?P<next>(?:He|She|They|We|His|Her|Their) [a-z]|(?:" + _STARTERS + r") (?!an? )[a-z]"
                             r"|" + _QUOTED_OPENERS + r"|(?:In|By|Since|Until) (?:" + _MONTHS + r" )?(?:1[89]|20)\d\d, [a-z])")
# a caption label after a sentence or a lower-case word: '…towering over peers Proud mum: Jean with…'
# (not a quotation introduced by 'He argued:', nor a title such as 'Churchill: The Hollywood Years')
_LABEL_RUN_IN = regexcache.compile(r" (?P<next>(?!(?:He|She|It|They|We|I|But|And|So|Then)\b)[A-Z][a-z]+(?:[ -][a-z]+){0,2}):[ \xa0]"
                           r"(?=the |(?!(?:The|A|An) [A-Z])[A-Z][\w'’-]*,? [\w(])")
# a caption label opening a flattened page: 'Haul: The cherry picker collecting drugs from the roof…'
_OPENING_LABEL = regexcache.compile(r"(?!(?:He|She|It|They|We|I|But|And|So|Then)\b)([A-Z][A-Za-z]+(?: [a-z]+){0,2}):[ \xa0]"
                            r"(?!(?:The|A|An) [A-Z])[A-Z]")
_SEAM_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789%)")  # the character before the seam's space
_LABEL_AFTER = _SEAM_AFTER | frozenset(".'’\"”")
_CLOSING_QUOTES = frozenset("'’\"”")


def _after_seam(text: str, at: int) -> bool:
    """Whether a run-in seam may start at ``at`` (its space): after a character of ``_SEAM_AFTER``, or after a
    quotation closed without a stop ('…the figures are 'misleading' This week…')."""
    return at > 0 and (text[at - 1] in _SEAM_AFTER
                       or at > 1 and text[at - 1] in _CLOSING_QUOTES and "a" <= text[at - 2] <= "z")




def _run_in_cues(starters: str) -> Cues:
    """What every _RUN_IN seam NL317 keeps after one of ``starters`` holds: the character (or closed quotation)
    before it and the seam without its look-ahead (RE2's ``\\p{Nd}`` is Python's ``\\d``)."""
    return Cues(r"(?:[a-z0-9%)]|[a-z]['’\"”]) (?:(?:He|She|They|We|His|Her|Their) [a-z]|(?:" + starters + r") [a-z]|"
                + _QUOTED_OPENERS + r"|(?:In|By|Since|Until) (?:" + _MONTHS + r" )?(?:1[89]|20)\p{Nd}\p{Nd}, [a-z])")


# every seam NL317 keeps in a flattened page (one RE2 search of a paragraph, where most long paragraphs have none),
# and those it keeps in any paragraph (the openers of _FLAT_ONLY aside: most articles of short paragraphs hold them)
_RUN_IN_CUES = _run_in_cues(_STARTERS)
_RUN_IN_ANYWHERE_CUES = _run_in_cues(_ANYWHERE_STARTERS)
# their places in a paragraph, each where a seam NL317 keeps may start (one character on): Python's re tries _RUN_IN
# at every space (no two of its matches overlap, so it finds the same ones tried only there)
_run_in_cue_spans = _SpansByRe2(regexcache.compile(_RUN_IN_CUES.pattern.replace(r"\p{Nd}", r"\d")), _RUN_IN_CUES.pattern)


def _run_in_matches(text: str) -> list[re.Match]:
    """The matches of ``_RUN_IN`` in ``text`` where a seam may start (``_after_seam``: the only ones NL317 keeps),
    in order."""
    return [match for cue_start, _ in _run_in_cue_spans(text)
            if (match := _RUN_IN.match(text, cue_start + 1 if text[cue_start + 1] == " " else cue_start + 2))]


# and every _LABEL_RUN_IN seam it keeps (after a character of _LABEL_AFTER)
_LABEL_RUN_IN_CUES = Cues("[a-z0-9%).'’\"”] [A-Z][a-z]+(?:[ -][a-z]+){0,2}:[ \xa0](?:the |[A-Z])")
# a caption or fact-box label in capitals after a sentence or a lower-case word, in a flattened page: '…tweets.
# FAKERS: According to…', '…significantly inflated FACEBOOK FAKERY: Clinton boasts…' (not 'told the BBC: "…' nor
# 'series CSI: Miami': a quotation, or a name of three letters)
_CAPS_LABEL = regexcache.compile(r"(?<=[a-z0-9.!?\"”’')] )([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,4}):\s(?=[A-Z])")
_CAPS_LABEL_CUES = Cues(r"[a-z0-9.!?\"”’')] [A-Z][A-Z'’ -]+:\s[A-Z]")
_ANY_LABEL_CUES = Cues(_LABEL_RUN_IN_CUES.pattern + "|" + _CAPS_LABEL_CUES.pattern)
_RUN_IN_OR_LABEL_CUES = Cues(_RUN_IN_CUES.pattern + "|" + _ANY_LABEL_CUES.pattern)
_CAPS_LABEL_LETTERS = 4  # fewer capitals are an acronym in a title ('CSI: Miami')
_QUESTION = frozenset("how what why who where when which whose".split())
# what may open a sentence after a capitalised word without a stop (which may end a name: 'Manchester City'): the
# words that never follow a name in a sentence or a title ('…in the Premier League There are…', '…in Leeds
# Another shelter…'); not 'According' ('The World According to…'), 'It' (a title), 'While' or 'But' (a line of verse)
_AFTER_A_NAME = regexcache.compile(r"(?:The|He|She|They|We|His|Her|Their) "
                                   r"|(?:And|In|Despite|Meanwhile|However|Some|Many|Another|Earlier|During|This|These"
                                   r"|Those|There) [a-z]")
_ENUMERATOR = regexcache.compile(r"\(?\d{1,2}[.)]")
_STOP = regexcache.compile(r"[.!?][’'\"”)]*$")
_SPEECH_LABEL = regexcache.compile(r"\b(?:said|says|told|added|asked|wrote|writes|tweeted|replied|stated|announced|explained|"
                           r"warned|reads?|insisted|continued|concluded|notes?|noted)\b")
_NAME_LIST = regexcache.compile(r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, ){2}[A-Z]")  # three names after a colon: a list
_NOT_BEFORE = frozenset("""and or but nor than as of in on at by for from to with into onto about over under said says
say saying told telling added asked the a an that which who whom whose where when while if because although though
since until unless whether like near per via versus vs v etc called named dubbed titled entitled headlined""".split())
# (a word that names what follows, "a group called 'We support…'", leads into a title, not a new sentence)
_NOT_AFTER_ARTICLE = _NOT_BEFORE | frozenset("is was are were has had have will would can could".split())


class RunInCaption(Rule):
    code = "NL317"
    name = "run-in-caption"
    severity = Severity.WARNING
    summary = "A caption or heading without a full stop runs into the next sentence ('…on Tuesday The Italian boss…')."
    bad = "Simeone's side host rivals Real Madrid on Tuesday The Italian boss oversees training"
    good = "Simeone's side host rivals Real Madrid on Tuesday. The Italian boss oversees training"
    explanation = ("When a page is flattened into one line, photo captions and headings, which have no full stop, "
                   "run into the next sentence. A word that only starts a sentence (The, He, She, According, "
                   "However…) written with a capital after a lower-case word, with no punctuation between, and "
                   "followed by a lower-case word, marks that seam. Names such as The Hague or This Morning are "
                   "followed by a capital and stay silent. In a flattened page (a paragraph of 1,000+ characters) a "
                   "small logistic model (newslint/captions.py) also scores every lower-case-to-capital seam inside "
                   "a long stretch without a stop (and, in a stretch where one seam is sure, the weaker ones beside it: "
                   "captions come in runs), and a 'Label:' that opens the text is reported; so is a sentence "
                   "opening with a year after a lower-case word ('…100 years ago In 2006, after…'); in a flattened page also 'And' or 'In' opening a sentence after a word without a stop ('…a tribute to her And while they…'), which edited copy that lost a stop also shows; and a label in capitals after a sentence or a word without a stop ('…tweets. FAKERS: According to…', '…inflated FACEBOOK FAKERY: Clinton…'; not after 'told' or 'the', nor an acronym of three letters), and a numbered list whose items lost their line breaks and stops ('…favourite snacks 2. Ramen noodle soup…', three items or more counting up from 1). In OCR'd print (the OCR "
                   "gate is open) only the 'Label: caption' forms are looked for: there a capital after a word "
                   "without a stop is verse, a heading or a stop the OCR lost.")

    def check(self, article: Article) -> Iterable[Finding]:
        # in OCR'd print a capital after a word without a stop is verse, a heading or a stop the OCR lost (the NL7xx
        # rules' business), not a web page's caption: only 'Label: caption' forms are looked for there
        print_ocr = article.ocr.ocr
        # the cues asked once of the long paragraphs together (no cue matches across the line end between two),
        # then of a paragraph only where they fire
        long = "\n".join(paragraph.text for paragraph in article.paragraphs if len(paragraph.text) >= 200)
        # (most articles hold none: one search for all)
        cued = _RUN_IN_OR_LABEL_CUES.found(long)
        run_ins = cued and not print_ocr and _RUN_IN_ANYWHERE_CUES.found(long)
        # the openers of a flattened page alone (And, In, A, It…) are looked for only in its flattened paragraphs
        flat_run_ins = run_ins or cued and not print_ocr and _RUN_IN_CUES.found(long)
        # either label form: each asked of a paragraph where it fires
        labels = cued and _ANY_LABEL_CUES.found(long)
        # without a cue only a flattened page can hold a finding (the model's seams, a list, an opening label)
        shortest = 200 if run_ins or labels else captions.MIN_PARAGRAPH_CHARS
        for paragraph in article.paragraphs:
            text = paragraph.text
            if len(text) < shortest:
                continue
            flat = len(text) >= captions.MIN_PARAGRAPH_CHARS
            seams = _run_in_matches(text) if run_ins or flat_run_ins and flat else []
            if labels and (": " in text or ":\xa0" in text) and _LABEL_RUN_IN_CUES.found(text):
                seams = sorted((*seams, *_LABEL_RUN_IN.finditer(text)), key=lambda m: m.start())
            hand = set()
            for match in seams:
                opener, _, after = match.group("next").partition(" ")
                if not flat and opener in _FLAT_ONLY and after[:1].islower():
                    continue  # not 'In 2006, a…' (the year form holds everywhere)
                if opener == "A" and _word_at(text, match.end("next") - 1).lower() in _NOT_AFTER_ARTICLE:
                    continue  # a letter's name: 'box A and'
                label = match.re is _LABEL_RUN_IN
                if not (text[match.start() - 1] in _LABEL_AFTER if label else _after_seam(text, match.start())):
                    continue
                quoted = not label and text[match.start() - 1] in _CLOSING_QUOTES
                if quoted and _SPEECH_LABEL.match(text, match.end("next") - 1):
                    continue  # a quotation and its attribution without the comma: '…"a fair deal" He added'
                window = text[max(0, match.start() - 30):match.start() + 1].split()
                before = window[-1] if window else ""
                before = before.lstrip("'‘\"“") if quoted else before  # the words of the quotation
                if not before or before.lower() in _NOT_BEFORE or _ENUMERATOR.fullmatch(before) or not (
                        (before[0].isalnum() and (label is False or before[0].islower())) and not _STOP.search(before)
                        or (label and before[0].isalpha() and _STOP.search(before))):
                    continue
                if label and (_SPEECH_LABEL.search(match.group("next")) or _NAME_LIST.match(text, match.end())):
                    continue  # 'He argued: "…', 'Provisional squad: Myhill, Rose, Gamboa…': speech, a list
                if before[0].isupper() and not label and (before.lower() in _QUESTION
                                                          or not _AFTER_A_NAME.match(match.group("next"))):
                    continue  # after a capitalised word only a word that never follows a name
                start = paragraph.start + match.start() - len(before)
                end = paragraph.start + match.start("next") + len(match.group("next").split(" ")[0])
                hand.add(match.start())
                yield self.finding(start, end, "a caption or heading runs into the next sentence without a full "
                                   f"stop: {quote(article.text[start:end])}")
            if flat and labels and _CAPS_LABEL_CUES.found(text):
                for label in _caps_labels(text):
                    yield self.finding(paragraph.start + label.start(1), paragraph.start + label.end(1) + 1,
                                       f"a caption label in capitals runs into the text: {quote(label.group(1) + ':')}")
            if flat and " 2. " in text and " 3. " in text:
                for start, end, items in _flattened_lists(text):
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       f"a numbered list runs into the text ({items} items without their line breaks): "
                                       f"{quote(text[start:min(end, start + 60)])}")
            if paragraph is article.paragraphs[0] and len(text) >= captions.MIN_PARAGRAPH_CHARS:
                opening = _OPENING_LABEL.match(text)
                if opening and not _SPEECH_LABEL.search(opening.group(1)):
                    yield self.finding(paragraph.start, paragraph.start + opening.end(1) + 1,
                                       f"a caption label opens the text: {quote(opening.group(1) + ':')}")
            for seam in () if print_ocr else captions.caption_seams(text):
                if seam.seam not in hand:
                    start = paragraph.start + seam.seam - len(seam.before)
                    end = paragraph.start + seam.seam + 1 + len(seam.word)
                    yield self.finding(start, end, "a caption or heading seems to run into the next sentence "
                                       f"without a full stop: {quote(article.text[start:end])}")


# the number of a list item opening a line that was lost: '…favourite snacks 2. Ramen noodle soup…'
_LIST_ITEM = regexcache.compile(r"(?<![\w.,:/-])(\d{1,2})\. (?=[A-Z‘'\"“(])")
_LIST_GAP = 400  # characters: an item longer than this is no line of a list
MIN_LIST_ITEMS = 3


def _flattened_lists(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, items) of each run of consecutively numbered items (1., 2., 3. …, at most ``_LIST_GAP`` apart)
    in ``text`` of which most ended without a stop before the next number: a list whose line breaks were lost."""
    run: list[re.Match] = []
    for item in chain(_LIST_ITEM.finditer(text), (None,)):
        if item is not None and run and int(item.group(1)) == int(run[-1].group(1)) + 1 \
                and item.start() - run[-1].end() <= _LIST_GAP:
            run.append(item)
            continue
        if len(run) >= MIN_LIST_ITEMS:
            unstopped = sum(text[later.start() - 2] not in ".!?\"”’')" for later in run[1:])
            if 2 * unstopped >= len(run) - 1:
                yield run[0].start(), run[-1].end(1) + 1, len(run)
        run = [item] if item is not None and item.group(1) == "1" else []


def _word_at(text: str, start: int) -> str:
    """The word of ``text`` that starts at ``start`` (up to the next space)."""
    end = text.find(" ", start)
    return text[start:end if end >= 0 else len(text)]


def _caps_labels(text: str) -> Iterator[re.Match]:
    """The capitalised labels of ``text`` (``_CAPS_LABEL``) that follow no word leading into a name or a
    quotation ('told FEMAIL: …', 'the BBC: …') and hold enough capitals not to be an acronym."""
    for label in _CAPS_LABEL.finditer(text):
        before = text[max(0, label.start() - 30):label.start()].split()
        if before and before[-1].lower() in _NOT_BEFORE or _SPEECH_LABEL.search(before[-1] if before else ""):
            continue
        if sum(map(str.isupper, label.group(1))) >= _CAPS_LABEL_LETTERS:
            yield label


# -- the last words of a flattened page, without a full stop -------------------------
_ENDED = regexcache.compile(r"[.!?…:;][\"'”’)\]]*\s*$")  # a closing quote without a stop does not end the text
_LAST_STOP = regexcache.compile(r".*[.!?…][\"'”’)\]]*(?=\s)", re.S)
MIN_FLAT_LENGTH = 500  # characters: a shorter last paragraph may be a list or a sign-off, not a flattened page


class UnfinishedEnding(Rule):
    code = "NL318"
    name = "unfinished-ending"
    severity = Severity.WARNING
    summary = "A long one-line text ends without a full stop: a caption or page line was left at the end."
    bad = "…as Real prepared for the derby. The Portuguese star shows off his skills in training on Monday"
    good = "…as Real prepared for the derby."
    explanation = ("A page flattened into one long paragraph ends with what followed the story: a photo caption, "
                   "'Follow X on Twitter', a link to a related page, a results table, all of which lack a full "
                   "stop. The finding covers the words after the last sentence stop (or the text was cut off).")

    def check(self, article: Article) -> Iterable[Finding]:
        if not article.paragraphs or len(article.paragraphs) > 2:
            return  # a page of several paragraphs was not flattened: its last line is NL311's
        last = article.paragraphs[-1]
        text = last.text.rstrip()
        if len(text) < MIN_FLAT_LENGTH or _ENDED.search(text[-4:]) or not text[-1].isalnum() and text[-1] not in ")'’\"”":
            return
        stop = _LAST_STOP.match(text, max(0, len(text) - 400))
        start = stop.end() if stop else max(0, len(text) - 400)
        start += len(text[start:]) - len(text[start:].lstrip())
        tail = text[start:]
        yield self.finding(last.start + start, last.start + len(text),
                           f"the text ends without a full stop (a caption or page line?): {quote(tail)}")


# -- live match commentary -----------------------------------------------------------
_COMMENTARY = regexcache.compile(r"(?:Match ends|(?:First|Second) Half (?:ends|begins)|Foul by|Hand ball by|Attempt "
                         r"(?:missed|saved|blocked)|Corner|Substitution|Offside|Delay (?:in match|over)|Goal!|"
                         r"Penalty (?:conceded|saved|missed)|Dangerous play by|Own Goal by|Lineups are announced|\) wins a free kick)"
                         r"\b[,.!]?")
_COMMENTARY_CUES = ("Foul by", "Attempt ", "Corner, ", "Match ends")  # a feed of four items or more holds one
MIN_COMMENTARY_ITEMS = 4


class LiveCommentary(Rule):
    code = "NL319"
    name = "live-commentary"
    severity = Severity.WARNING
    summary = "A live match-commentary feed (Foul by…, Corner, …, Attempt saved…) scraped with the report."
    bad = "…said the manager.Match ends, Leeds 2, Hull 1.Foul by A. Smith (Hull).Corner,  Leeds.Attempt saved. …"
    good = "…said the manager."
    explanation = ("Sports pages carry an automatic play-by-play feed under the report; a scraper keeps it as a "
                   "run of short items glued to the story. Reported once, from the first item to the last, when "
                   f"at least {MIN_COMMENTARY_ITEMS} items of the feed's fixed forms appear in one paragraph.")

    def check(self, article: Article) -> Iterable[Finding]:
        if not any(cue in article.text for cue in _COMMENTARY_CUES):
            return  # one look at the whole text: nearly every article has no feed
        for paragraph in article.paragraphs:
            text = paragraph.text
            if not any(cue in text for cue in _COMMENTARY_CUES):
                continue
            items = [m for m in _COMMENTARY.finditer(text) if m.group().endswith((",", ".", "!", "kick"))
                     or text.startswith(" by", m.end())]
            if len(items) < MIN_COMMENTARY_ITEMS:
                continue
            end = text.find(".", items[-1].end())
            end = len(text.rstrip()) if end < 0 else end + 1
            start, end = paragraph.start + items[0].start(), paragraph.start + end
            yield self.finding(start, end, f"live match commentary ({len(items)} items) scraped with the text: "
                               f"{quote(article.text[start:min(end, start + 80)])}",
                               Fix.replace(start, end, "", safe=False, description="remove the commentary"))


RULES = (BoilerplateLine, PhotoCredit, LeakedDate, LeakedTimestamp, HeaderByline, TrailingByline, WireSignoff,
         InlineBoilerplate, RunInCaption, UnfinishedEnding, LiveCommentary)
