"""NL320: a photo credit left in the body (an agency, a photographer, a credit label)."""

from __future__ import annotations

import re
from itertools import chain
from typing import Collection, Iterable, Iterator

from newslint import cuewindows, regexcache
from newslint.lineshapes import AGENCY, ITEM_OPENINGS, NAME_WORD, _AGENCIES
from newslint.fixes import delete_paragraph
from newslint.model import Article, Paragraph
from newslint.rules.boilerplate.one_line import caption_start, one_line_page
from newslint.rule import Cues, CueSet, Finding, Fix, Rule, Severity, Trigger, quote
from newslint.textutil import is_abbreviation_before


# where a labelled credit ends: the paragraph's end, a stop, the next label, the next sentence glued on ('Credit:
# NASA/Jane DoeDivers went …') or after a space ('Photo: Jane Doe The bridge cost…')
_LABELLED_CREDIT_END = (r"(?=$|\n|\.\s|\s(?:Image|Media) (?:caption|copyright|source)|(?<=[a-z]{2})[A-Z][a-z]+ [a-z]"
                        r"|\s(?:The|He|She|It|They|We|His|Her|Their|This|But) [a-z])")
# a photographer and an outlet in brackets after a caption's last sentence: '… on Tuesday. (Jane Doe/Valley Post)',
# '… in 2018. (Sgt. Jane L. Doe/U.S. Army via AP)' (a name of two to four words, the outlet's one to four capitalised)
_BRACKETED_PERSON = (r"(?<=[.!?\"”] )\((?:" + NAME_WORD + r" ){1,3}" + NAME_WORD + r" ?/ ?[A-Z][\w&'’.-]*"
                     r"(?: [A-Z][\w&'’.-]*){0,3}(?: via " + AGENCY + r")?\)")
_PERSON_CAPTION_MAX = 400  # characters before such a credit ending a paragraph: a caption; more, a block of the story's
# a poll's or survey's figures just before a bracketed 'A/B' name their source, not a picture's: '… fell to 38 percent.
# (Reuters/Ipsos)', '… backed it in the survey. (CBS News/YouGov)'
_POLL_FIGURES = regexcache.compile(r"\b(?:[Pp]oll(?:s|ed|ing|sters?)?|[Ss]urvey(?:s|ed)?|percent|per cent|respondents)\b|%")
_POLL_REACH = 200  # characters before the bracket where the poll's words stand (and the most after it read)
_PICTURE_WORD = regexcache.compile(r"[^()\[\]]*?\b(?:Photo|PHOTO|Image|IMAGE|Picture|Pic)s?\b")
# what may follow a credit that ends its paragraph: nothing, its closing bracket, or the bare label of a next credit whose
# name was lost ('… (Photo by Jane Doe / AFP)Photo:'; deleting the credit alone would leave the label to end the caption)
_PARAGRAPH_END_AFTER_CREDIT = regexcache.compile(r"\s*(?:[)\]]|(?:Photo|Picture|Image|Credit)s?\s?:)?\s*\Z")


# a gallery's link ('Photos: Scenes from the harbour festival as crowds return'): a plural label over a headline, four
# words or more in lower case that a credit's names and phrases do not hold ('Photos: Jane Doe and John Roe/The Post
# Staff', 'Photos courtesy of the family')
_GALLERY_LABEL = regexcache.compile(r"\s?(?:Photos|PHOTOS|Pictures|PICTURES|Images|IMAGES) ?: ")
_HEADLINE_WORD = regexcache.compile(r"\b(?!(?:by|of|via|and|for|from|with|the|courtesy|staff|files?|handout|supplied|"
                                    r"provided|contributed|submitted|photos?|photographer|pictures?|images?)\b)[a-z]{2,}\b")
_GALLERY_HEADLINE_WORDS = 4


def _gallery_link(credit: str) -> bool:
    """Whether the labelled credit ``credit`` (a match of CREDIT) is a gallery's link, a headline under a plural label."""
    return _GALLERY_LABEL.match(credit) is not None \
        and len(_HEADLINE_WORD.findall(credit)) >= _GALLERY_HEADLINE_WORDS


def poll_source(text: str, at: int) -> bool:
    """Whether the bracket at ``at`` names a poll's source: a poll's or survey's words in the 200 characters before it,
    no picture's word in it ('… outside a polling station. (KXAN Photo/Jane Doe)' credits a picture)."""
    return text[at:at + 1] in "([" and _POLL_FIGURES.search(text, max(0, at - _POLL_REACH), at) is not None \
        and _PICTURE_WORD.match(text, at + 1, at + _POLL_REACH) is None
CREDIT = regexcache.deferred(
    # where any branch can start (a bracket, a capital, white space, a particle or dpa/iStock at a word's start): the
    # look-ahead only turns away at once the positions where every branch fails (a third of the search)
    r"(?=[(\[A-Z\s]|\b[dvaebli])(?:"
    # (Photo by Anatolii STEPANOV / AFP), (AP Photo/Evan Vucci), [Image: Shutterstock]
    r"[(\[](?:(?:Photo|Photograph|Picture|Image|Pic|Illustration|Video|File photo|FILE PHOTO)(?:\s?credit)?s?"
    r"(?:\s?:|\s+by\b)|Credit\s?:|" + AGENCY + r"\s?(?:Photo|/))[^()\[\]\n]{1,90}[)\]]"
    # JONATHAN NACKSTRAND / AFP / Getty Images; Kevin Lamarque/Reuters; Jane Doe/Reuters files (an archive picture)
    r"|\b(?:" + NAME_WORD + r"\s){1,4}" + NAME_WORD + r"\s?/\s?" + AGENCY + r"\b(?:\s?/\s?[A-Z][\w-]*(?: [A-Z][\w-]*)?)*"
    r"(?: files?\b)?"
    # Jane Doe | AFP | Getty Images; Jane Doe | The Times | Reuters: a credit whose parts a bar separates
    r"|\b(?:" + NAME_WORD + r"\s){1,3}" + NAME_WORD + r"\s?\|\s?(?:[A-Z][\w&.'-]*\s){0,3}?[A-Z][\w&.'-]*\s?\|\s?"
    + AGENCY + r"\b"
    # REUTERS/Kevin Lamarque; AFP via Getty Images
    r"|\b(?:AFP|REUTERS|EPA|AP|GETTY)/[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3}|\b" + AGENCY + r" via Getty Images"
    r"|(?P<person>" + _BRACKETED_PERSON + ")"
    # labelled credits and captions: Photo: …; Image copyright Getty Images; Image caption …
    r"|(?:^|(?<=[.!?\"”])\s?(?:[-–—|]\s)?)(?:(?:Photo|Photograph|Picture|Image|Pic|Photo [Cc]redit|Image [Cc]redit|Credit"
    r"|Caption|File photo|FILE PHOTO|PHOTO|PHOTOGRAPH)s?\s?:|(?:Photo|Photograph|Picture|Image)s? by\s+[A-Z]|Image (?:caption|copyright|source)"
    r"|Media caption|Getty Images\s*$)[^\n]{0,90}?" + _LABELLED_CREDIT_END +
    # the same credit labels run in after a caption's last word, before a name: '…over the river Photo: Jane Doe The
    # bridge…' (a capital after the label: not 'a new photo: the mayor…')
    r"|(?<=[a-z0-9] )(?:Photo|Photograph|Picture|Pic|Image|Photo [Cc]redit|Image [Cc]redit|Credit)s?:\s?[A-Z]"
    r"[^\n]{0,90}?"
    + _LABELLED_CREDIT_END +
    # an agency name glued after the last sentence of a caption: … on 2 December. Getty Images; a stock agency
    # with its photographer's user name: … hate. Shutterstock/jdoe
    r"|(?<=[.!?])\s?" + AGENCY + r"(?:\s?/\s?" + AGENCY + r")*(?:/[A-Za-z][\w.-]*)?$)")

# every branch of CREDIT needs one of these, or a "/" and an agency name, or an agency name ending the paragraph
_CREDIT_HINTS = ("|", "hoto", "HOTO", "Pic", "Ima", "Ill", "Vid", "Credit", "aption", "Getty")
_AGENCY_AT_END = regexcache.deferred(r"[.!?]\s?" + AGENCY + r"$")
_PIECES = ("/", *_CREDIT_HINTS)  # what a paragraph is searched for, each a piece of its article's text


# of those hints, all but the bar count only in their place in CREDIT, each a label's: Video and Illustration only
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


def _label_in_place(text: str, held: Collection[str] = _PIECES) -> bool:
    """Whether ``text`` holds a label hint in one of its places (``held``: as :func:`_may_hold_credit`)."""
    if any(hint in held and hint in text and any(pattern.search(text) for pattern in patterns)
           for hint, patterns in _LABELS_IN_PLACE):
        return True
    at = text.find("Photo") if "hoto" in held else -1
    while at >= 0:  # in a bracket: '(AP Photo/', '(Reuters Photo by'
        if _BRACKET_OPEN_BEFORE.search(text, max(0, at - 25), at):
            return True
        at = text.find("Photo", at + 1)
    return False


# an agency's name beside a '/' (every branch of CREDIT with a '/' and no label has one): after it, or before it
# within a space and the longest name (each alternative's source is no shorter than what it matches)
_SLASH_AGENCY = regexcache.deferred(r"/\s?" + AGENCY)
# (led by where an agency's name may start: a capital, 'dpa', 'iStock' or 'imago'; a search tried every name at each
# character)
_AGENCY_START = r"(?=[A-Z]|dpa|iStock|imago)"
_AGENCY_SLASH = regexcache.deferred(_AGENCY_START + AGENCY + r"\s?/")
_AGENCY_REACH = 1 + max(map(len, _AGENCIES))


def _agency_beside_slash(text: str) -> bool:
    """Whether an agency's name comes right after a '/' of ``text`` or right before one (a space between allowed)."""
    slash = text.find("/")
    while slash >= 0:
        if _SLASH_AGENCY.match(text, slash) or _AGENCY_SLASH.search(text, max(0, slash - _AGENCY_REACH), slash + 1):
            return True
        slash = text.find("/", slash + 1)
    return False


_BRACKETED_PERSON_CREDIT = regexcache.deferred(_BRACKETED_PERSON)
_STOPS = frozenset(".!?\"”")


def _person_after_stop(text: str) -> bool:
    """Whether a bracket after a stop and a space holds a photographer and an outlet (_BRACKETED_PERSON): each ' ('
    after a stop tried (a search for the bracket's slash tried the pattern at every character near each '/' of a
    page of links)."""
    at = text.find(" (")
    while at > 0:
        if text[at - 1] in _STOPS and _BRACKETED_PERSON_CREDIT.match(text, at + 1):
            return True
        at = text.find(" (", at + 2)
    return False


def _may_hold_credit(text: str, held: Collection[str] = _PIECES) -> bool:
    """False when no branch of CREDIT can match in the paragraph ``text`` (most paragraphs: the search is costly).
    ``held``: the pieces of ``_PIECES`` that ``text`` may hold (those its article holds); the others are not looked
    for. (Every agency's name ends in a letter: a paragraph that ends otherwise, most, before its line end if any,
    ends in none.)"""
    return any(hint in held and hint in text for hint in _OTHER_HINTS) \
        or _label_in_place(text, held) \
        or "/" in held and "/" in text and (_agency_beside_slash(text) or _person_after_stop(text)) \
        or text[-2:].removesuffix("\n")[-1:].isalpha() and _AGENCY_AT_END.search(text[-40:]) is not None


def credit_search(text: str) -> re.Match | None:
    """``CREDIT.search(text)``, not searched where no branch of it can match (:func:`_may_hold_credit`: tens of
    microseconds a search of a short line, a few hints' tests)."""
    return CREDIT.search(text) if _may_hold_credit(text) else None


# every match of CREDIT holds one of these, or is an agency name that ends the paragraph
_CREDIT_ANCHORS = regexcache.compile("|".join(map(re.escape, ("/",) + _CREDIT_HINTS)))


def _credit_matches(text: str) -> list[re.Match]:
    """``CREDIT.finditer(text)``, searched only near its anchors and the paragraph's end."""
    anchors = chain((m.start() for m in _CREDIT_ANCHORS.finditer(text)), (len(text),))
    return cuewindows.finditer_near(CREDIT, text, anchors)


# what one of those paragraphs holds, searched for in the whole article at once (one article in nine of the mix)
_CREDIT_CUES = Cues("|".join(map(re.escape, ("/",) + _CREDIT_HINTS)) + r"|[.!?](?s:.)?" + AGENCY)
# which of _PIECES an article holds, in one pass over its text where the trigger fires (a paragraph's text is a piece
# of it): a hint it lacks is not looked for in each paragraph (nine str searches of a flattened page, ~40 ns a character)
_PIECE_CUES = CueSet(*(Cues(re.escape(piece)) for piece in _PIECES))


def _pieces_held(text: str) -> tuple[str, ...]:
    """The pieces of ``_PIECES`` that ``text`` holds."""
    held = _PIECE_CUES.held(text)
    return tuple(piece for k, piece in enumerate(_PIECES) if k in held)


# a line break inside a short bracket: a converter's wrap ('(Image:' / 'Jane Doe, Valley Photos)'), never two lines
_WRAPPED_BRACKET = regexcache.compile(r"[(\[][^()\[\]\n]{0,90}\n[^()\[\]\n]{0,90}[)\]]")


# where the sentence before a credit starts: after a stop (not an abbreviation's: 'Feb. 25') or another credit's bracket
_OPENING = r"[\"“‘'(]?[A-Z0-9]"  # how a sentence starts
_SENTENCE_BEFORE = regexcache.compile(r"(?:[.!?…][\"”'’]?|\))\s+(?=" + _OPENING + ")")
_OPENS_SENTENCE = regexcache.compile(_OPENING)
_SHORT_LINE = 0.6  # of a block's widest line: a line this much shorter ends its unit (a headline, a byline), not a wrap



def _unit_starts(text: str, start: int, end: int) -> Iterator[int]:
    """Where a sentence or a line unit of ``text`` starts between ``start`` and ``end``: after a stop or a bracket's
    close, after the line break of a line much shorter than the widest (a text browser's wrap fills its lines), or
    at a list item's mark."""
    for match in _SENTENCE_BEFORE.finditer(text, start, end):
        stop = match.start()
        if text[stop] != "." or not text[stop + 1].isspace() or not is_abbreviation_before(text, stop):
            yield match.end()
    lines = text.split("\n")
    widest, at = max(len(line.strip()) for line in lines), 0
    for line, after in zip(lines, lines[1:]):
        at += len(line) + 1
        if start <= at < end and (len(line.strip()) < _SHORT_LINE * widest or after.lstrip().startswith(ITEM_OPENINGS)):
            yield at + len(after) - len(after.lstrip())


def _caption_before(text: str, credit: int) -> int | None:
    """Where the caption a credit at ``credit`` of a block of lines ``text`` ends starts: the sentence or line unit
    before it (:func:`_unit_starts`) within ``_PERSON_CAPTION_MAX`` characters, or the block's start where a sentence
    or a list item starts there and a stop ends the caption. The credit follows a stop, or is in brackets after a space; None
    otherwise, or where no start is near."""
    at = credit - 1 if text[credit - 1:credit] in ("(", "[") else credit
    end = len(text[:at].rstrip())
    after_stop = end > 0 and text[end - 1] in _STOPS
    if end == 0 or not after_stop and (end == at or text[at] not in "(["):
        return None
    reach = max(0, at - _PERSON_CAPTION_MAX)
    starts = [unit for unit in _unit_starts(text, reach, end - 1) if unit < end]
    opens = _OPENS_SENTENCE.match(text) or text.startswith(ITEM_OPENINGS)
    return max(starts) if starts else 0 if after_stop and reach == 0 and opens else None


def _unwrapped_brackets(text: str) -> str:
    """``text`` with each line break inside a short bracket made a space (the same length: offsets hold)."""
    return _WRAPPED_BRACKET.sub(lambda m: m.group().replace("\n", " "), text)


def _may_hold_wrapped_credit(text: str, held: Collection[str]) -> bool:
    """Whether a credit may stand in a bracket that a converter wrapped over lines ('… by air. (Jane L. Doe/U.S. Army
    via' / 'AP)'): :func:`_may_hold_credit` of ``text`` with those brackets unwrapped, as ``_credits`` reads it."""
    if "\n" not in text or "(" not in text and "[" not in text:
        return False
    unwrapped = _unwrapped_brackets(text)
    return unwrapped != text and _may_hold_credit(unwrapped, held)


# -- a credit run into a page flattened to one line (get_text(" ")) ---------------------
# a credit's label after a caption or a word, its names up to the text going on: a capitalised word and a lower-case
# one ('… New York. Photo: Jane Doe/Agency Forget the …', '… Illustration: Jane Doe/Outlet As we …'), a stop, a
# bracket or the line's end; in a line of its own a label's credit runs to the line's end (CREDIT), here on
_RUN_IN_CREDIT = regexcache.compile(
    r"(?<=[\w.!?\"”’)] )(?:Photo|Photograph|Picture|Image|Pic|Illustration|Credit)s?(?: [Cc]redits?)? ?: "
    r"[A-Z][^.!?\n]{1,80}?(?= [A-Z][a-z'’]* (?!and |& )[a-z]| ?[.!?(]| *$)")
# of _PIECES, the hints of its labels, each with how far before it its label starts (the 'P' of 'Photo'): a page
# holds few of them, found by str.find (an RE2 pass of a long line cost some 18 instructions a character)
_LABEL_HINTS = {"hoto": 1, "Pic": 0, "Ima": 0, "Ill": 0, "Credit": 0}


def _label_starts(text: str, held: Collection[str]) -> list[int]:
    """Where a _RUN_IN_CREDIT may start in ``text``, in order: at each of its labels' hints that the article holds
    (``held``), after a space."""
    starts = []
    for hint, lead in _LABEL_HINTS.items():
        if hint in held:
            at = text.find(hint, 2)
            while at >= 0:
                if text[at - lead - 1] == " ":
                    starts.append(at - lead)
                at = text.find(hint, at + len(hint))
    return sorted(starts)


def _run_in_credits(text: str, held: Collection[str]) -> Iterator[tuple[int, int, int]]:
    """(caption, label, end) of each labelled credit run into the one-line page ``text`` (_RUN_IN_CREDIT): where
    its caption starts, the sentence that ends right before it (``caption_start``; else its label), where its label
    starts and where it ends."""
    after = 0
    for cue_start in _label_starts(text, held):
        if cue_start < after or (match := _RUN_IN_CREDIT.match(text, cue_start)) is None:
            continue
        label = match.start()
        caption = caption_start(text, label, after, label - 2) if text[label - 2] in ".!?\"”’)" else label
        after = match.end()
        yield caption, label, after


class PhotoCredit(Rule):
    code = "NL320"
    name = "photo-credit"
    severity = Severity.WARNING
    summary = "A photo credit or caption label left in the body."
    bad = "A serviceman walks along a trench. (Photo by Anatolii STEPANOV / AFP)"
    good = "Three sources told Reuters. / LONDON (Reuters) - Blinken met Lavrov."
    explanation = ("Agency credits (Name / AFP / Getty Images, REUTERS/Name, (AP Photo/Name)), labelled credits "
                   "(Photo:, Image caption, Image copyright, File photo), a photographer and an outlet in "
                   "brackets after a sentence ('… on Tuesday. (Jane Doe/Valley Post)'; not a poll's source after its "
                   "figures, '… 38 percent. (Reuters/Ipsos)'). A paragraph that ends with a "
                   "credit is usually a caption; the fix deletes it (unsafe), or deletes the credit when it is glued "
                   "inside. Inside a block of lines (a text browser joins a caption to the lines around it), the "
                   "sentence before a credit is its caption, back to a stop, the credit before it or a short line (a "
                   "card's headline or byline): the fix deletes the two. In a page flattened to one line (2,000 characters or "
                   "more), a credit's label after a word or a caption's stop ('… New York. Photo: Jane Doe/Agency "
                   "Forget the …') is read up to the text going on (a capitalised word and a lower-case one), with the "
                   "caption's sentence before it, up to 60 words.")
    # a long list of credit names: a set of its own (Triggers); its pass tells _pieces_held which pieces the text holds
    trigger = Trigger(pattern=_CREDIT_CUES, group="words", answers=_PIECE_CUES.cues)

    def check(self, article: Article) -> Iterable[Finding]:
        held = _pieces_held(article.text)
        page = one_line_page(article) if not _LABEL_HINTS.keys().isdisjoint(held) else None
        for paragraph in article.paragraphs:
            if paragraph is page:
                yield from self._with_run_in_credits(paragraph, held, list(self._credits(article, paragraph, held))
                                                     if _may_hold_credit(paragraph.text, held) else [])
            elif _may_hold_credit(paragraph.text, held) or _may_hold_wrapped_credit(paragraph.text, held):
                yield from self._credits(article, paragraph, held)

    def _with_run_in_credits(self, paragraph: Paragraph, held: Collection[str], found: list[Finding]) -> list[Finding]:
        """``found`` (CREDIT's, in order) in a page flattened onto one line, with its labelled credits run in
        (_run_in_credits): each one finding with CREDIT's reading of it (its label's credit run on to a stop), its
        caption after the finding before it (else the credit alone), none where a finding before holds its label."""
        merged: list[Finding] = []
        k, last = 0, 0  # the next of ``found``; where the last finding kept ends (in the paragraph)
        for caption, label, end in _run_in_credits(paragraph.text, held):
            while k < len(found) and found[k].start - paragraph.start < label:
                merged.append(found[k])
                last = max(last, found[k].end - paragraph.start)
                k += 1
            if label < last:
                continue
            while k < len(found) and found[k].start - paragraph.start < end:
                end = max(end, found[k].end - paragraph.start)
                k += 1
            merged.append(self._run_in(paragraph, paragraph.start + (caption if caption >= last else label),
                                       paragraph.start + end))
            last = end
        return merged + found[k:]

    def _credits(self, article: Article, paragraph: Paragraph, held: Collection[str]) -> Iterator[Finding]:
        """The findings of CREDIT's matches in ``paragraph``."""
        text = paragraph.text
        if "\n" in text and ("(" in text or "[" in text):
            text = _unwrapped_brackets(text)
        for match in _credit_matches(text):
            lead = len(match.group()) - len(match.group().lstrip())
            if poll_source(text, match.start() + lead) or _gallery_link(match.group()):
                continue
            start, end = paragraph.start + match.start() + lead, paragraph.start + match.end()
            # (a credit in brackets: '… (Jane Doe/AFP)'; a photographer's after a block of the story's lines that
            # a text browser joined with the caption: the credit alone)
            if _PARAGRAPH_END_AFTER_CREDIT.match(text, match.end()) \
                    and (match.group("person") is None or match.start() <= _PERSON_CAPTION_MAX):
                whole = not text[: match.start()].strip()
                fix = delete_paragraph(article, paragraph, "delete the caption")
                fix = Fix(fix.edits, safe=whole, description=fix.description)
                what = "photo credit" if whole else "photo caption with credit"
                start = paragraph.start  # the caption is part of the finding
            elif "\n" in text and (caption := _caption_before(text, match.start() + lead)) is not None:
                # a block of lines (a text browser's), the caption joined to the story's lines or the next caption
                # (not in a line of text: a flattened page's story sentence may stand before a credit whose
                # caption it dropped)
                start, what = paragraph.start + caption, "photo caption with credit"
                fix = Fix.replace(start, end, "", safe=False, description="remove the caption and its credit")
            else:
                fix = Fix.replace(paragraph.start + match.start(), end, "", safe=False, description="remove the credit")
                what = "photo credit"
            yield self.finding(start, end, f"{what} in the body: {quote(match.group().strip())}", fix)

    def _run_in(self, paragraph: Paragraph, start: int, end: int) -> Finding:
        """A labelled credit run into a page flattened onto one line, with its caption (_run_in_credits)."""
        return self.finding(start, end, "photo credit run into a one-line page: "
                            f"{quote(paragraph.text[start - paragraph.start:end - paragraph.start])}",
                            Fix.replace(start, end, "", safe=False, description="remove the credit and its caption"))
