"""NL312: a photo caption or credit kept in the body, read by what is around it (credits, galleries, media)."""

from __future__ import annotations

import math
import re
from itertools import compress, count, groupby, islice, repeat
from operator import attrgetter, itemgetter
from typing import Iterable

from newslint import lexicon, native, regexcache
from newslint.fixes import delete_paragraph
from newslint.furniture import DATE as _DATE, FUNCTION_WORDS as _FUNCTION, MAX_WORDS, WEB_WORDS as _WEB, shapes_of
from newslint.lineshapes import _PERSON, timestamp_line
from newslint.model import Article, Paragraph
from newslint.rule import Edit, Finding, Fix, Rule, Severity, quote
from newslint.rules.boilerplate import AGENCY
from newslint.rules.boilerplate.credits import credit_search, poll_source
from newslint.rules.extraction.glue import GlueSuspects
from newslint.rules.lines._shared import (COLON_SPACE, DOUBLE_SPACE, HOLDS_LINE_BREAK, LINE_BREAK, _AGENCY_LINE, _CAPS_NAME,
                                          _CAPTION_STOPWORDS, _CLAUSE_WORDS, _FINITE, _FIRST_CHARACTER, _IMAGE_BY_LINE,
                                          _REPORTED, _SENTENCE_ENDS, _UNWRAPPED, _heads_next_paragraph, _kept_lines,
                                          _live_entry_headings, _wire_copy, in_menu, marks_holding, paragraph_forms)
from newslint.rules.lines.bulleted_menus import delete_line
from newslint.rules.lines.bylines import _NAME_LINE_MAX, _name_beside_date
from newslint.rules.lines.headline_alt import headline_alt_copy
from newslint.rules.lines.page_headline import page_headline
from newslint.rules.lines.prompts import reader_prompt
from newslint.rules.lines.text_browser import box_pieces
from newslint.textutil import word_texts


_LABEL_CAPTION = regexcache.compile(r"(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}): (?P<text>[A-Z][^:!?]{2,120})")
_PROSE = frozenset("the a an is are was were has have had will would said says that this it he she they we".split())
_SENTENCE_BREAK = regexcache.compile(r"[.!?][\"”’]?\s+[A-Z]")

# credit lines in the other forms pages print: '(Getty Images)', 'Courtesy of the artist' (in brackets too), 'Photo
# courtesy of the Doe family', 'Submitted photo', 'Staff photo by Jane Doe', 'Provided by the Doe family',
# 'Credit...Jane Doe for The Example Times', 'Jane Doe for The Example Post', 'Jane Doe/Staff', 'Jane Doe/The Example
# Globe via Getty Images'
_OTHER_CREDIT_LINE = regexcache.deferred(
    r"[(\[]" + AGENCY + r"(?:\s?(?:/|via|and)\s?" + AGENCY + r")*[)\]]"
    r"|[(\[]?(?:(?:Photo|Image|Picture)s? )?[Cc]ourtesy(?: of|:)? [\w&'’.,-]+(?: [\w&'’.,/-]+){0,6}[)\]]?"
    # 'PTI Photo', '(HT Photo)'; a picture that stands for the story's: 'Representational image', 'Stock photo: Getty',
    # 'Image for representation only'; a labelled picture's credit: 'Cover photo: Jane Doe', 'Picture credit: Jane Doe'
    r"|[(\[]?(?:[A-Z]{2,5}|" + AGENCY + r") (?:Photo|PHOTO|Pic|Image)s?[)\]]?"
    r"|[(\[]?(?:Representational|Representative|Stock|Archive|File|FILE) (?:[Ii]mage|[Pp]hoto|[Pp]icture|[Pp]ic)s?"
    r"(?: ?: ?[A-Za-z][\w'’.&/-]*(?: [A-Z][\w'’.&/-]*){0,4})?[)\]]?"
    r"|[(\[]?(?:Image|Photo|Picture)s? (?:used )?for (?:representation|representational purposes?|illustrative purposes?"
    r"|illustration)(?: only)?\.?[)\]]?"
    r"|(?:(?:Cover|Header|Main|Lead|Featured|Top|Hero) (?:[Ii]mage|[Pp]hoto|[Pp]icture)|Picture|Pic)(?: [Cc]redit)?s? ?: ?"
    r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&/-]*){0,5}"
    # 'Jane Doe via Reuters', 'Jane Doe-USA TODAY Sports' (the USA TODAY Network's papers)
    r"|" + _PERSON + r" via " + AGENCY + r"|" + _PERSON + r" ?[-/] ?USA TODAY(?: Sports| NETWORK| Network)?"
    r"|(?:Staff|File|Submitted|Contributed|Supplied|Provided|Handout|Courtesy) (?:photo|image|picture|photograph)s?"
    r"(?: by [A-Z][\w'’.-]*(?: [\w'’.&/-]+){0,5})?"
    r"|\((?:Staff|File|Submitted|Contributed|Supplied|Provided|Handout|Courtesy) (?:photo|image|picture)s?\)"
    r"|(?:(?:Photo|Image|Picture)s? )?[Pp]rovided by (?:the )?[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,5}"
    r"|(?:Photography|Video|Videography|Graphics?) by [A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.&/-]*|de|van|von|da|of|the)){0,5}"
    r"|Credit(?:\.{2,3}|…) ?[A-Z][^\n]{1,60}"
    # 'AP Photo/Jane Doe', 'AAP Image/Jane Doe', 'EPA-EFE/JANE DOE, File'; 'Illustration: Jane Doe/The Post'
    r"|" + AGENCY + r"(?: Image| Images)? ?/ ?" + _PERSON + r"(?:, (?:[Ff]ile|FILE))?"
    r"|(?:Illustration|ILLUSTRATION|Graphic|GRAPHIC|Photo[- ][Ii]llustration|PHOTO ILLUSTRATION|Composite|Photography"
    r"|Photographer)s? ?[:/] ?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&/;-]*){0,5}"
    r"|" + _PERSON + r" for The [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}"
    r"|[(\[]?" + _PERSON + r" ?/ ?(?:Staff(?: [Pp]hotographer)?|The [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
    r"(?: via Getty Images)?(?: [Ff]ile(?: [Pp]hoto)?)?[)\]]?"
    # 'Jane Doe/Valley Post', 'JANE DOE/VALLEY POST', 'Photo / Jane Doe', '(Jane Doe)', 'Supplied', 'Handout photo'
    r"|" + _PERSON + r" ?/ ?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}(?: [Ff]ile(?: [Pp]hoto)?)?"
    r"|(?:(?:Staff|File|STAFF|FILE) )?(?:Photo|Picture|Image|Photograph|PHOTO)s? ?/ ?[A-Z][\w'’.-]*(?: [A-Z][\w&'’.-]*){0,4}"
    # '© Jane Doe', 'Photo © Jane Doe/Valley Post' (no year: '© 2021 …' is the site's copyright, NL305's)
    r"|(?:(?:Photo|Picture|Image)s? )?© ?[A-Z][\w'’.-]*(?: [A-Z][\w&'’.-]*){0,3}(?: ?/ ?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})?"
    r"|\(" + _PERSON + r"\)"
    r"|[(\[]?(?:Supplied|Handout|SUPPLIED|HANDOUT|Provided|Submitted|Contributed|Courtesy|Screenshot|Screengrab)"
    r"(?: (?:photo|image|picture))?[)\]]?"
    r"|\((?:File|FILE)(?: [Pp]hoto| PHOTO)?\)")


def _caption_over_credit_line(paragraphs: list[Paragraph], index: int) -> bool:
    """A short paragraph of two lines, a caption and its credit ('Best-selling hate.' / 'Shutterstock/jdoe'); at the
    end of the text, a sentence over an agency's name is the story's last line and its signoff."""
    text = paragraphs[index].text
    if len(text) > 400 or text.count("\n") != 1:
        return False
    caption, credit = text.split("\n")
    if not credit_only(credit.strip()) or not 1 <= len(caption.split()) <= 30 or credit.startswith(_ILLUSTRATION_LABELS):
        return False
    return index < len(paragraphs) - 1 or not caption.rstrip().endswith(_SENTENCE_ENDS)


_SLIDE_WORDS = 120  # a gallery's caption may run to a few sentences; a longer paragraph is the story's
_GALLERY_CREDITS = 3  # credit lines in a text that make it a gallery


def _gallery_slide(paragraphs: list[Paragraph], credits: list[bool], index: int) -> bool:
    """A slide of a photo gallery run into the text (its caption is above a credit line, as the caller checked):
    the paragraph above is the previous slide's credit or this slide's date, the text holds three or more credit
    lines, and the caption is a paragraph of one line (or of lines wrapped by hand: w3m, lynx) of at most 120 words
    (and four or more); a slide's caption may hold several sentences ('… in Madrid. Shops reopened on Monday after
    …'), which the short caption test turns away."""
    if index == 0 or credits.count(True) < _GALLERY_CREDITS \
            or "\n" in paragraphs[index].text and _kept_lines(paragraphs[index].text) is not None:
        return False
    above = paragraphs[index - 1].text
    return (credits[index - 1] or timestamp_line(above)) and len(paragraphs[index].text.split()) <= _SLIDE_WORDS


# the opening of a paragraph that takes up the one before it: a caption stands alone under its picture
_GOES_ON = regexcache.compile(r"(?:But|And|Yet|However|Still|Also|Meanwhile|Moreover|Besides|Instead|Finally|First off"
                              r"|Firstly|Secondly|All of this|All this|The same|Even so|That said)(?=[, ] ?[a-z])")
_ADDRESSED = frozenset(("you", "your", "you're", "you’re", "yourself"))


def _goes_on(text: str, words: list[str]) -> bool:
    """The paragraph goes on from the one before it ('But, the phone fits …', 'The same can't be said of …') or
    speaks to the reader ('… not what you would expect'): the story's, under a picture or chart the page set
    without a caption, or a slideshow's text, which is the story told slide by slide."""
    return _GOES_ON.match(text) is not None or not _ADDRESSED.isdisjoint(w.lower() for w in words)


def _signoff(paragraphs: list[Paragraph], index: int) -> bool:
    """The agency's name alone as the text's last line, after a sentence: the signoff of a wire story, no credit
    (a credit's slash or 'via' is none: 'Handout/Reuters', 'AFP via Getty Images'; nor a picture library's name, which
    writes no story: 'Alamy Stock Photo')."""
    text = paragraphs[index].text.strip()
    return index == len(paragraphs) - 1 and "/" not in text and " via " not in text \
        and not text.startswith(_PICTURE_LIBRARIES) and bool(_AGENCY_LINE.fullmatch(text)) \
        and paragraphs[index - 1].text.rstrip().endswith(_SENTENCE_ENDS)


_PICTURE_LIBRARIES = ("Getty", "GETTY", "Alamy", "Shutterstock", "iStock", "Unsplash", "Pexels", "REX", "Rex",
                       "Handout", "HANDOUT", "Pool", "POOL", "WireImage", "FilmMagic", "BACKGRID", "Backgrid")
_CREDIT_LENGTH = 80  # characters: a longer line is never a credit alone
_TEXT = attrgetter("text")


def credit_only(text: str) -> bool:
    """True when the line is a photo credit and little else (Mike Blake/Reuters files, NICOLE DRAYTON)."""
    if len(text) > _CREDIT_LENGTH:
        return False
    if "\xad" in text:
        text = text.replace("\xad", "")  # soft hyphens a page sets in names ('NI\xadCOLE')
    if _CAPS_NAME.fullmatch(text):
        return not any(w.lower() in _WEB or w.lower() in _PROSE for w in text.split()) and _names_someone(text)
    stripped = text.strip()
    if _AGENCY_LINE.fullmatch(stripped) or _IMAGE_BY_LINE.fullmatch(stripped):
        return True
    if _credit_chain(stripped):
        return True
    if _OTHER_CREDIT_LINE.fullmatch(stripped):
        name = _credited_name(stripped)  # (an agency names someone: 'The Canadian Press/Jane Doe')
        return name is None or _names_someone(name) or _AGENCY_LINE.fullmatch(name.strip()) is not None
    match = credit_search(text)
    return bool(match) and len(match.group().strip()) * 10 >= len(text) * 6 and not _labelled_caption(text)


# a chained credit in round brackets alone on its line, escaped or not ('(DW/J. Doe)', '\\(Jane Doe, Pool via AP\\)'; a
# square bracket is a picture's alt text in Pandoc's plain text, a logo's as often as a credit)
_BRACKETED_LINE = regexcache.compile(r"\\?\( ?([^()]+?) ?\\?\)")
# the parts of an agency's chain: an agency or a picture library ('picture-alliance', 'akg-images'), a name of
# initials and a surname ('L. Doe', 'K-D.Doe'), an outlet of capitalised words ('U.S. Army', 'Pool Photo')
_LIBRARY = r"(?:" + AGENCY + r"|picture[- ]alliance|akg-images)"
_INITIALLED = r"(?:[A-Z](?:-[A-Z])?\. ?){1,2}[A-Z][\w'’-]+"
_OUTLET = r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}"
_SLASH = r" ?/ ?"
# the credits whose parts a slash chains, which the other forms miss: an agency's chain to its photographer or a
# library ('picture-alliance/dpa/L. Doe', 'picture alliance/akg-images', 'dpa/jdoe'), an outlet's photographer by
# initials ('DW/J. Doe', 'Example Museum/T. Doe'), a photographer and outlet, or an agency and photographer, handed on
# via an agency ('Sgt. Jane L. Doe/U.S. Army via AP', 'Jane Doe, Pool via AP', 'NTB/Jane Doe via Reuters'), a
# broadcaster's photographer ('KXAN Photo/Jane Doe')
_CREDIT_CHAIN = regexcache.deferred(
    r"(?:" + _LIBRARY + _SLASH + r")+(?:" + _INITIALLED + "|" + _LIBRARY + r"|[a-z][\w.-]{2,20})"
    r"|" + _OUTLET + _SLASH + _INITIALLED
    + r"|(?P<person>" + _PERSON + r")(?:" + _SLASH + _OUTLET + r"|, (?:Pool|POOL|File|FILE))(?:" + _SLASH + _OUTLET + r")*"
    r" via " + AGENCY + r"|" + _LIBRARY + _SLASH + r"(?P<photographer>" + _PERSON + r") via " + AGENCY
    + r"|[A-Z]{2,5} (?:Photo|PHOTO)" + _SLASH + r"(?P<staff>" + _PERSON + ")")


def _credit_chain(line: str) -> bool:
    """The stripped line is a credit whose parts a slash chains (_CREDIT_CHAIN), in round brackets or not, its person's
    words naming someone."""
    bracketed = _BRACKETED_LINE.fullmatch(line)
    chain = _CREDIT_CHAIN.fullmatch(bracketed.group(1) if bracketed else line)
    name = chain and (chain.group("person") or chain.group("photographer") or chain.group("staff"))
    return bool(chain) and (not name or _names_someone(name))


def _credit_alone(paragraphs: list[Paragraph], index: int) -> bool:
    """A credit line (credit_only) with no caption above it that says it credits a picture: a picture's or a credit's
    word, or a slash between a name and an outlet ('Courtesy of the Doe family', 'AP Photo/Jane Doe', 'File photo',
    'Jane Doe/Staff'); not a name or an agency alone (a byline, a wire story's signoff), not a name 'for The Post'
    (a byline too), nor a credit NL320 reports (CREDIT)."""
    text = paragraphs[index].text.strip()
    return (_CREDIT_WORD.search(text) is not None or "/" in text and (_STAFF_OR_AGENCY_SLASH.search(text) is not None
                                                                       or text[0] in "([")) \
        and not credit_search(text) and not _signoff(paragraphs, index)


# a slash beside an agency or the staff: 'Jane Doe/Staff', 'Shutterstock/jdoe' (not an affiliation, 'Example
# Institution/The Example Review', nor a page's 'Email/Password')
_STAFF_OR_AGENCY_SLASH = regexcache.deferred(r"/ ?(?:Staff|STAFF|" + AGENCY + r")\b|\b" + AGENCY + r" ?/")
# an illustration's credit sits under a headline or a heading more often than under a caption: the line above it
# is left alone, the credit reported by itself
_ILLUSTRATION_LABELS = ("Illustration", "ILLUSTRATION", "Graphic", "GRAPHIC")
# a site's address in a line ('EXAMPLE.COM in 12 languages' over 'EXAMPLE ACADEMY'): the site's own menu, no caption
# over a credit
_SITE_ADDRESS = regexcache.compile(r"\b[A-Za-z0-9-]{2,}\.(?i:com|org|net|co\.uk|gov)\b")


_CREDIT_WORD = regexcache.compile(r"(?i:photo|image|picture|illustration|graphic|video|courtesy|credit|handout|supplied"
                                  r"|provided|submitted|contributed|screenshot|screengrab|composite|©|\(file\))")
_NAME_FREQUENCY = 10_000  # a word of the word list this frequent is an everyday word ('house', 'camera'), few names
_NAME_PARTICLES = frozenset("de van von der den da di del della dos du al el bin le la".split())


def _names_someone(text: str) -> bool:
    """The words hold a person's or an agency's name: no function word but a name's particles, and one word at least
    that the word list lacks or holds as a rare word ('NICOLE DRAYTON', 'Jane Doe'); a heading in capitals or a page's
    link made of everyday words ('CAUGHT ON CAMERA', 'HOUSE RULES', 'Do Not Sell/Share …') names no one."""
    words = [w.strip(".,'’()[]-").lower() for w in text.replace("/", " ").split()]
    words = [w for w in words if w and w not in _NAME_PARTICLES]
    return _FUNCTION.isdisjoint(words) and any(lexicon.frequency(w) < _NAME_FREQUENCY for w in words)


# the name a credit line of the other forms rests on alone, with no picture word or agency to back it: 'Courtesy
# Louvre' (not 'Courtesy of …'), the name before the slash of 'Jane Doe/Valley Post', '(Jane Doe)'
_CREDITED_NAME = regexcache.compile(r"Courtesy (?!of |photo|image|picture)(.+)"
                                    r"|\((?!(?:File|FILE)(?: [Pp]hoto| PHOTO)?\)|[A-Z][a-z]+ (?:photo|image|picture|pic)s?\)"
                                    r"|(?:(?:Photo|Image|Picture)s? )?[Cc]ourtesy of )"
                                    r"([^/]+?)(?: ?/[^)]*)?\)"
                                    r"|(?!(?:(?:Staff|File|STAFF|FILE) )?(?:Photo|Picture|Image|Photograph|PHOTO)s? ?/)([^/(]+?) ?/")


def _credited_name(line: str) -> str | None:
    """The name an _OTHER_CREDIT_LINE rests on alone (see _CREDITED_NAME), else None."""
    match = _CREDITED_NAME.match(line)
    return next((group for group in match.groups() if group), None) if match else None


# a label that opens a credit or a caption: 'Photo: Jane Doe/The Post' credits, 'Photo: Firefighters at the warehouse
# on Tuesday.' is a caption
_OPENING_LABEL = regexcache.compile(r"(?:(?:Photo|Picture|Image|Photograph|Pic)s?|PHOTO|PICTURE|IMAGE|File photo|FILE PHOTO) ?: ?")
_CREDIT_SMALL_WORDS = frozenset("de van von da di del of the for via and by courtesy".split())


def _labelled_caption(text: str) -> bool:
    """The line is a caption under a picture label, no credit: after 'Photo:', six words or more, two of them in lower
    case and no particle of a name or a credit ('Photo: Firefighters at the warehouse on Tuesday.'; 'Photo: courtesy of
    the Doe family' credits)."""
    label = _OPENING_LABEL.match(text)
    if label is None:
        return False
    words = text[label.end():].split()
    return len(words) >= 6 and sum(w.islower() and w not in _CREDIT_SMALL_WORDS for w in words) >= 2


def _caption_before_credit(text: str) -> int | None:
    """Where the credit starts when the paragraph is a caption ending in a credit NL320 does not know, else None; a
    converter's wrap inside the credit is a space ('… brothel. (Jane Doe/Boston' / 'Herald)': html2text, lynx; the
    indent of lynx's next line goes with it, and the offset is then in the text so joined)."""
    if len(text) > _LONG_PARAGRAPH or not _tail_may_credit(text):
        return None
    if "\n" in text:
        text = _WRAP.sub(" ", text)
    tail = _CREDIT_TAIL.search(text, max(0, len(text) - _TAIL_REACH))
    if not tail or tail.start() <= 15 or not tail.group("labelled") and (
            len(text) > 400 and _AGENCY_PHOTOGRAPHER.search(tail.group()) is None
            or _PIECE_AFTER_SENTENCE.search(text, 0, tail.start()) is not None) \
            or poll_source(text, tail.start()):
        return None  # (a caption that names its credit 'Credit:' or an agency's photographer may run long: agency
        # captions do; '(CBS News/YouGov)' after a poll's figures is its source)
    credit = tail.group().strip(" .[]()")  # (a photographer and outlet, or a label and a photographer: someone's name)
    if _FREE_CREDIT.search(credit):
        return tail.start()  # (a free picture's licence or library: its photographer may be a user's name, 'JosephV')
    label, colon, after = credit.partition(":")
    name = after if colon and " " not in label and tail.group()[:1] in "([" \
        else _credited_name(credit) if "/" in credit else None
    return tail.start() if name is None or _names_someone(name) else None


_WRAP = regexcache.compile(r"\n[ \t]*")
# an agency's photographer in a credit: '(AP Photo/Jane Doe)', '(Jane Doe, Pool via AP)' (an agency's long caption)
_AGENCY_PHOTOGRAPHER = regexcache.deferred(AGENCY + r" Photo ?/ ?[A-Z]|[A-Z][\w'’.-]+(?:, (?:Pool|POOL))? via " + AGENCY)


def _credit_hinted(article: Article) -> bool:
    """Whether the text holds a credit's hint (a paragraph's tail holds one only where the text does; 'Credit' glued
    to a stop is no word), asked only where a paragraph's tail may hold a credit (_tail_may_credit), once per article
    (``Article.shared``: a page of many captions would read the whole text again for each)."""
    return "/" in article.text or "©" in article.text or "redit" in article.text \
        or not _CREDIT_TAIL_TOKENS.isdisjoint(article.distinct_words)


def _credited_title(title: str) -> bool:
    """The first line, taken for the title, is a caption that names its credit ('… phenomenon.Credit: Jane Doe/AFP',
    '… in 2009. (Jane Doe/AFP/Getty Images)'): a headline never does (its 'Courtesy Of …' in title case may be words
    of the headline)."""
    if title.rstrip().endswith(")") and "/" in title[-60:]:  # '… in 2009. (Jane Doe/AFP/Getty Images)'
        tail = _CREDIT_TAIL.search(title)
        return bool(tail and tail.start() > 15 and title[tail.start()] == "(")
    tail = _CREDIT_TAIL.search(title) if "redit" in title else None
    return bool(tail and tail.group("labelled") and tail.start() > 15)


# one is in the last characters of every _CREDIT_TAIL (its bracket or its slash aside)
_CREDIT_TAIL_HINTS = ("Courtesy", "FILE", "redit", "©", "Photo", "Pic", "Image", "PHOTO", "Handout", "HANDOUT", "Pool", "TODAY",
                      "POOL", "Supplied", "SUPPLIED", "Provided", "Submitted", "Contributed", "Composite", "Screen")
_CREDIT_TAIL_TOKENS = frozenset("""Courtesy FILE Credit credit CREDIT Photo Photos Photograph Pic Picture Pictures Image
PHOTO PICTURE IMAGE Handout HANDOUT Pool POOL TODAY Supplied SUPPLIED Provided Submitted Contributed Composite Screenshot
Screengrab""".split())  # the words of those hints
_TAIL_REACH = 160  # characters: every _CREDIT_TAIL is shorter; a hint further back is the caption's
_TAIL_START = -_TAIL_REACH  # (the tail's start for str.find and holds_any: from the end, or the text's start)
# a sentence, a wide space, the next piece (readability joins a page's paragraphs so): a block of pieces, whose caption
# is a piece (_spaced_captions), never the block, lest deleting one piece leave a block short enough to be one
_PIECE_AFTER_SENTENCE = regexcache.compile(r"[.!?\"”][ \t\xa0]{2,}[A-Z\"“‘']")
_TAIL_HINTS = _CREDIT_TAIL_HINTS + ("/",)
_PICTURE_LABEL = r"(?:Photo|Picture|Image|Photograph|Pic|PHOTO|PICTURE|IMAGE)s?(?: [Cc]redit| [Ii]llustration)?"
# a free picture's credit: its library or its licence, Creative Commons' ('CC BY-SA 2.0', 'CC0') or none
_FREE_PICTURE = r"(?:Wikimedia(?: Commons)?|CC[ -]BY(?:[ -](?:SA|ND|NC))*(?: \d\.\d)?|CC0|[Pp]ublic [Dd]omain)\b"
_FREE_CREDIT = regexcache.compile(_FREE_PICTURE)
# the credit a caption ends in: '(FILE)', 'Courtesy Louvre', '(Courtesy of the Doe family)', 'Photo via X',
# '…California.  Image Credit: NASA/Bill Ingalls' (or glued to its last sentence: '…phenomenon.Credit: Ou
# Dongqu/Xinhua'), a labelled credit after a bar or a dash where the caption has no stop ('… at the harbour |
# Photo: Jane Doe', '… – Picture: Jane Doe'), '(Photo/Jane Doe)', '© Jane Doe' (not a year, nor the site's rights), a photographer and outlet in brackets
# after the caption's last sentence: '… on sex trafficking. (Matt Stone/Boston Herald)', '[Jane Doe/The Post]', or
# after its stop: '… on Tuesday. Jane Doe/Valley Post' (a space may open the bracket: '( AP Photo/Jane Doe)')
_CREDIT_TAIL_FORMS = (r"(?:\(FILE\)|(?:(?:Photo|Image|Picture)s? [Cc]ourtesy|Courtesy)(?: of|:)? (?:the )?[A-Z][\w .'’-]{1,40}"
                          r"|Photo via [A-Z][\w .'’-]{1,40}"
                          # after the caption's last word: an agency in brackets, '(File photo)', '(Staff photo by …)'
                          r"|(?<=[\w.!?\"”'’] )[(\[](?:" + AGENCY + r"(?:\s?(?:/|via)\s?" + AGENCY + r")*"
                          r"|(?:[A-Z][\w'’-]*|[A-Z]{2,5}) (?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture|photograph)s?(?: by [A-Z][\w .'’&-]{1,40})?"
                          r"|Provided by [A-Z][\w .'’&-]{1,40}"
                          r"|Submitted|Contributed|Supplied|Provided|Courtesy|Screenshot|Screengrab"
                          r"|[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}(?:, (?:Pool|POOL|File|FILE))? via " + AGENCY
                          # a broadcaster's call sign or an agency as the label of its photographer: '(KXAN: Jane Doe)'
                          + r"|(?:[KW][A-Z]{2,3}|" + AGENCY + r") ?: ?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})[)\]]"
                          # after its stop: 'AP Photo/Jane Doe', 'EPA-EFE/JANE DOE', 'Handout via Reuters', 'Photo / Jane Doe'
                          r"|(?<=[.!?] )" + AGENCY + r"(?: Images?)? ?/ ?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}(?:, (?:[Ff]ile|FILE))?"
                          r"|(?<=[.!?] )(?:Handout|HANDOUT|Pool|POOL|Supplied|SUPPLIED) (?:via|/) " + AGENCY +
                          r"|(?<=[.!?] )(?:Supplied|SUPPLIED)"
                          r"|(?<=[.!?] )(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ ?[-/] ?USA TODAY(?: Sports| NETWORK| Network)?"
                          r"|(?<=[.!?] )" + _PICTURE_LABEL + r" ?/ ?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
                          r"|(?<=[.!?])(?P<labelled>\s?\s?(?:(?:Image|Photo|Picture) )?[Cc]redit:\s?[A-Z][\w .'’/&-]{1,50})"
                          r"|(?<=[.!?] )(?:Photo[- ][Ii]llustration|Composite|Screenshot|Screengrab) ?: ?[A-Z][\w .'’/&;-]{1,50}"
                          r"|(?<=[\w)]) [|–—-] " + _PICTURE_LABEL + r"\s?:\s?[A-Z@][\w .'’/&@-]{1,50}"
                          r"|\(" + _PICTURE_LABEL + r"\s?/\s?[A-Z][\w .'’/&-]{1,50}\)"
                          r"|(?<=[\w.!?)] )© ?(?![^\n]*(?:[Rr]ights|RIGHTS))[A-Z][\w .'’/&-]{1,50}"
                          r"|(?<=[\w.!?\"”'’] )[(\[] ?(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ ?[/|] ?[A-Z][\w&'’. /-]{1,40}[)\]]"
                          # a free picture's licence or library: '(CC BY Jane Doe/Wikimedia Commons)', '(public domain)'
                          r"|(?<=[\w.!?\"”'’] )[(\[](?:[^()\[\]]{1,60}?[ /:])?" + _FREE_PICTURE + r"(?:[ /,][^()\[\]]{1,60})?[)\]]"
                          r"|(?<=[.!?] )(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ ?/ ?[A-Z][\w&'’.-]*"
                          r"(?: (?:[A-Z][\w&'’.-]*|to|the|of|for)){0,4})"
                          r"\W*$")
# where a branch of _CREDIT_TAIL_FORMS can start: a bracket, '©', the capital of Photo, Image, Picture or Courtesy,
# the space before a bar or a dash, right after a stop or after a stop and its space (a search tried every branch at
# each character; this look-around turns away most characters at once)
_CREDIT_TAIL_START = r"(?:(?=[(\[©PIC]| [|–—-])|(?<=[.!?])|(?<=[.!?] ))"
_CREDIT_TAIL = regexcache.deferred(_CREDIT_TAIL_START + "(?:" + _CREDIT_TAIL_FORMS + ")")
# what every _CREDIT_TAIL match holds, one of these strings (its bracket, its slash, its label, its word), asked before
# its search, which tries every branch at each of the last 160 characters (tens of µs; a hint alone is common)
_TAIL_CUES = ("(", "[", "/", "©", "ourtesy", "Photo", "Pic", "Image", "PHOTO", "PICTURE", "IMAGE", "Handout", "HANDOUT",
              "Pool", "POOL", "upplied", "UPPLIED", "TODAY", "redit:", "Composite", "Screen")


def _python_holds_any(text: str, start: int, needles: tuple[str, ...]) -> bool:
    """Whether one of ``needles`` occurs in ``text`` at ``start`` or after it."""
    return any(text.find(needle, start) >= 0 for needle in needles)


_holds_any = native.pick("holds_any", _python_holds_any)  # (one pass: a regex of the hints cost 13.7 k a paragraph)


def _tail_may_credit(text: str) -> bool:
    """Whether the last 160 characters hold a credit's hint (or the text ends in a bracket: '… on Tuesday. (AFP)')
    and one of _TAIL_CUES: a 'credit card' in prose holds none of what a credit holds (no search of every branch)."""
    return (_holds_any(text, _TAIL_START, _TAIL_HINTS) or text.rstrip().endswith((")", "]"))) \
        and _holds_any(text, _TAIL_START, _TAIL_CUES)


_LONG_PARAGRAPH = 700  # characters: a longer paragraph is read only for lines, wide spaces and a player's code
_LONG_PROSE_MARKS = marks_holding(LINE_BREAK | DOUBLE_SPACE)


def _only_long_prose(article: Article, marks: bytes) -> bool:
    """Whether an article whose paragraphs are all longer than 700 characters has nothing for NL312: none holds a
    line break (a block of lines) or a wide space (a block of pieces) and the article no media word (a player's code).
    Every other form asks a shorter paragraph (or the title, asked first): credits, captions, labels, restated leads
    and unstopped lines (400 characters at most) are all shorter; the caller asks a page written without separators
    (_written_without_separators) for its glued blocks. One translate of the marks, no loop."""
    return b"\x01" not in marks.translate(_LONG_PROSE_MARKS) and _MEDIA_TOKENS.isdisjoint(article.distinct_words)


class CaptionLine(Rule):
    code = "NL312"
    name = "caption-line"
    severity = Severity.WARNING
    summary = "A photo caption left in the body: the line above a credit, a line ending in a credit, 'Name: role.'"
    yields_to = frozenset({"NL320"})  # the same words reported as a credit or a caption's label
    bad = "Staff wait outside the closed supermarket.\nNICOLE DRAYTON\nHowever, he noted…"
    good = "Staff waited outside the closed supermarket, he said.\nHowever, he noted…"
    explanation = ("Captions sit beside their credit: a paragraph directly above a credit-only line (in a gallery, "
                   "where the line above is the previous slide's credit or this slide's date, a caption of a few "
                   "sentences, on one line or wrapped by hand), the paragraph under an image viewer's prompt "
                   "('Enlarge Image'), a slide counter "
                   "('Image 3 of 12') or an embedded player's code (or glued after that code), a first line ending in "
                   "'Credit: …', a line opening with a label of where the picture is ('Pictured:', 'Above:', 'Main "
                   "picture:'), a portrait's caption (a name of the story with a dangling dash, 'Jane Doe -', after a "
                   "description, 'Dead hunter, Jane Doe.', or with where the person is or who they are, 'Jane Doe at "
                   "the festival', 'Jane Doe, owner of the cafe'), an artist's work "
                   "('Jane Doe: Title, 2022', or the same name heading two such lines), a short paragraph saying where someone stands in the picture "
                   "('Jane Doe, left, …', 'From left: …', '… is seen outside …', '… poses with …') or opening with an "
                   "agency's caption formula ('FILE - In this … file photo, …', 'This photo provided by … shows …'), "
                   "or a short paragraph whose last words are a credit (Photo: Jane Doe, (FILE), Courtesy Louvre, "
                   "(Jane Doe/The Herald), '| Photo: Jane Doe', '© Jane Doe', '. Jane Doe/Valley Post', a 'Credit:' "
                   "glued to the last stop, '(AFP)', '(File photo)', '. AP Photo/Jane Doe', '. Handout via Reuters', "
                   "'(Jane Doe, Pool via AP)', a broadcaster's '(KTVL: Jane Doe)', a free picture's licence or library "
                   "'(CC BY Jane Doe/Wikimedia Commons)', '(public domain)'; an agency's photographer's credit "
                   "may end a caption of up to 700 characters), "
                   "a credit line alone that says it credits a picture ('AP Photo/Jane Doe', 'Courtesy of …', 'File "
                   "photo', 'Jane Doe/Staff'; not a name or an agency alone), an image's alt text with its credit in "
                   "brackets ('Jane Doe (dpa/J. Roe)') and the caption under it that takes up its words, a caption "
                   "printed twice (an alt text glued to its own copy, 'A dog in a fieldA dog in a field', or a caption "
                   "and its credit printed again under itself; not a headline or a paragraph printed twice), an alt "
                   "text over the caption that repeats it with a credit, the lines Pandoc's Markdown "
                   "sets right inside a div whose class names a caption or a credit ('::: wp-caption') and a span of its "
                   "Markdown whose class does ('[Courtesy Harbour Museum]{.media-credit}'), a picture "
                   "widget's label ('hide caption', 'Image 3 of 12'), a caption over a credit that is only "
                   "an agency ('PA', 'AFP via Getty'; not the signoff ending a wire story; a credit names someone: "
                   "not a heading of everyday words in capitals, 'HOUSE RULES'; not a paragraph going on from the "
                   "one before, 'But …', or speaking to the reader), lines among the "
                   "story's paragraphs that do not end like a sentence (two or more in a text: one may be a "
                   "sentence that lost its stop; not headings in title case, nor lines that report speech, nor a "
                   "piece of a sentence a whole page broke at a link, the sentence going on under the link's line; "
                   "three or more in a row, a gallery whose credits were dropped, need prose only near the run; not "
                   "the headlines of a box of other stories' cards, four or more each two lines below the one "
                   "before). A short "
                   "'Label: noun phrase.' line with a capitalised label and no verb of prose is a caption too "
                   "(not a note: 'NOTE:', 'Editor's note:', 'Correction:'). A wire story as filed (ending with "
                   "the signoff 'Reuter') carries no pictures and is left alone. Inside a block whose lines are too "
                   "long to be a hard wrap (an extractor kept the page's line breaks), lines are read one by one; "
                   "inside a block of prose whose pieces readability joined with wide spaces, a piece of six words or "
                   "more that does not end like a sentence is a caption (such a block is never one caption with an "
                   "unlabelled credit: its caption is a piece). Inside a text browser's box of lines (a card's "
                   "caption, its credit and its headline printed without a blank line between them), the runs of "
                   "lines a wrap joins are read as lines: a caption above a credit that names a picture ('Photo: "
                   "Jane Doe', a slash), or one ending in its credit. "
                   "A picture's alt text printed over its caption, which repeats it: at the end of a box (the story's "
                   "byline and dates: the copy may be alone) or a paragraph of its own (the copy with its credit, or "
                   "over a credit line). A stopless caption a text browser or Pandoc wrapped over lines is read as one "
                   "line. Under a page's headline, its picture's alt text repeating it in "
                   "a form no headline takes (lynx's indented copy under a headline at the margin, a lazy-loaded "
                   "picture's copies on one line, Pandoc's '[…]'), the story's prose starting under it. A paragraph that is "
                   "only an alt text said three times or more, with no stop (lynx's lazy-loaded picture). On a page "
                   "whose pictures Pandoc printed in brackets, a paragraph (or an item of a list) that is only a "
                   "picture's alt text in brackets, three to fifty words with a lower-case word (not a logo, a "
                   "button, an editor's '[Note: …]', nor a card's picture whose headline repeats it under it, "
                   "its caption's copy with a full stop aside), alone or with its credit after it on its line. "
                   "A gallery's slides under its repeated title may each end in the next slide's picture in Pandoc's "
                   "brackets. On a whole page written without separators between its blocks (three sentences or more "
                   "glued to the one before, three menu runs such as 'HomeNewsSport'), a block of four to sixty words (from a line's start or a capital glued to the "
                   "block before) with a picture's credit glued after it ('…before the airlift.Photograph by Jane "
                   "Doe', not a heading over an illustration's credit) or ending in its credit.")

    def check(self, article: Article) -> Iterable[Finding]:
        paragraphs = article.paragraphs
        if _wire_copy(paragraphs):
            return  # no photo came with it: its 'NOTE: …' lines and tables are the story's
        texts = list(map(_TEXT, paragraphs))
        lengths = list(map(len, texts))
        shortest = min(lengths) if lengths else 0  # (an analysis only a paragraph this short or shorter asks is skipped)
        if article.title and _credited_title(article.title.value):
            start, end = article.title.span.start, article.title.span.end
            yield self.finding(start, end, f"photo caption (with its credit, as the first line): {quote(article.title.value)}",
                               Fix.replace(start, end, "", safe=False, description="delete the caption"))
        pairs = paragraph_forms(article)[3]  # ('  ' and ': ', DOUBLE_SPACE and COLON_SPACE: one compiled pass)
        # (the outermost fence opens a paragraph, and holds ': ': the text is read for fences only where one does)
        marked = list(_marked_captions(article.text)) if b"\x01" in pairs.translate(_COLON_SPACE_MARKS) and any(
            text.startswith(_DIV_FENCE) for text, mark in zip(paragraph_forms(article)[0], pairs) if mark & COLON_SPACE) \
            else []
        for start, end in marked:
            yield self.finding(start, end, f"photo caption (in the page's caption block): "
                               f"{quote(article.text[start:end])}",
                               Fix.replace(start, end, "", safe=False, description="delete the caption"))
        if "{" in article.text:  # (a memchr: most texts hold no brace, and every span of Pandoc's Markdown one)
            for start, end in _marked_spans(article.text):
                if not any(block_start <= start < block_end for block_start, block_end in marked):
                    yield self.finding(start, end, f"photo caption or credit (in the page's span for one): "
                                       f"{quote(article.text[start:end])}",
                                       Fix.replace(start, end, "", safe=False, description="delete the span"))
        wrapped = b"\x01" in pairs.translate(HOLDS_LINE_BREAK)  # (a paragraph holds a line break)
        if wrapped and (copy := headline_alt_copy(article)):  # (a whole page's)
            start, end = copy[1:]
            yield self.finding(start, end, f"photo caption (its alt text repeating the headline over it): "
                               f"{quote(article.text[start:end])}", delete_line(article.text, start, end))
        glued_page = _written_without_separators(article)
        if shortest > _LONG_PARAGRAPH and _only_long_prose(article, pairs) and not glued_page:
            return
        unstopped = _unstopped_captions(article)
        credits = [False] * len(paragraphs)  # each asked once, a line short enough to be a credit only
        for i in compress(count(), map(_CREDIT_LENGTH.__ge__, lengths)):
            credits[i] = credit_only(paragraphs[i].text)
        if shortest <= _PICTURE_CHARACTERS:  # the paragraphs that hold one of these are asked (none longer)
            pictured = tuple(article.distinct_words & _PICTURE_TOKENS)
            media = not _MEDIA_TOKENS.isdisjoint(pictured)
        else:
            pictured, media = (), not _MEDIA_TOKENS.isdisjoint(article.distinct_words)
        counters = _slide_counters(paragraphs) if shortest <= _COUNTER_MAX \
            and not _GALLERY_TOKENS.isdisjoint(article.distinct_words) else ()
        taken = -1  # the last credit line reported with the caption above it
        restated = _restated_captions(article)
        # (a memchr first: a two-character needle is searched for at a tenth of its speed)
        bracketed = _bracketed_alts(texts) if "[" in article.text \
            and article.text.count("\n[") + article.text.count(_PANDOC_ITEM_LINE) >= _PICTURE_LINES else ()
        slides = _titled_slides(paragraphs, lengths, credits) if len(paragraphs) > 3 * _TITLED_SLIDES else {}
        reported_end = -1  # the last paragraph of the slide (or the alt text's caption) reported last
        # (looked for only in a text of wrapped blocks, a text browser's or a converter's whole page, or one with a
        # case change inside a word (a copy glued to its alt text), NL102's suspects: most texts pay one translate)
        repeated = _repeated_openings(texts) if wrapped \
            or article.shared("extraction.glue-suspects", GlueSuspects).segments else ()
        alts = _alts_over_copies(texts, credits) if wrapped else {}
        headings = _underlined_headings(article, texts) if article.markdown \
            or not _UNDERLINE_MARKS_SET.isdisjoint(map(_FIRST_CHARACTER, texts)) else ()  # (most texts: one pass in C)
        for i, paragraph in enumerate(paragraphs):
            text = paragraph.text
            if i <= reported_end or marked and any(start < paragraph.end and paragraph.start < end
                                                   for start, end in marked):
                continue  # (reported with its slide, with its alt text, or in its caption block)
            if i in slides:
                reported_end = slides[i]
                yield self._caption(article, paragraph, paragraphs[reported_end],
                                    "a slide of a gallery under its repeated title")
                continue
            marks = pairs[i]
            size = lengths[i]  # (read, not asked of len() at each test)
            if headings and i in headings:
                continue  # (a Markdown heading)
            if alts and i in alts:
                if not alts[i]:
                    yield self._caption(article, paragraph, paragraph, "an image's alt text over its caption's copy")
                    continue
                start, end = paragraph.start + alts[i], paragraph.start + len(text.rstrip())
                yield self.finding(start, end, f"photo caption (an image's alt text over its caption's copy): "
                                   f"{quote(article.text[start:end])}", delete_line(article.text, start, end))
            if i in repeated:
                if end := _printed_twice(text):
                    if not text[end:].strip():
                        yield self._caption(article, paragraph, paragraph, "printed twice")
                        continue
                    yield self.finding(paragraph.start, paragraph.start + end,
                                       f"photo caption (printed twice): {quote(text[:end])}",
                                       Fix.replace(paragraph.start, paragraph.start + end, "", safe=False,
                                                   description="delete the caption"))
                elif i + 1 < len(paragraphs) and _over_its_caption(text, paragraphs[i + 1].text):
                    yield self._caption(article, paragraph, paragraph, "an image's alt text over the caption repeating it")
                    continue
            if size > _LONG_PARAGRAPH and "\n" in text:
                yield from self._captions_inside(article, paragraph)
            if media and _EMBED_END in text:
                for start, end in _glued_after_embed(text):
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       f"photo caption (glued after an embedded player's code): {quote(text[start:end])}",
                                       Fix.replace(paragraph.start + start, paragraph.start + end, "", safe=False,
                                                   description="delete the caption"))
            if size > _SPACED_BLOCK and marks & DOUBLE_SPACE:
                for start, end in _spaced_captions(text):
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       f"photo caption (set apart by wide spaces): {quote(text[start:end])}",
                                       Fix.replace(paragraph.start + start, paragraph.start + end, "", safe=False,
                                                   description="delete the caption"))
            if glued_page and size > _GLUED_BLOCK \
                    and _holds_any(text, 0, _GLUED_CREDIT_HINTS) \
                    and ("\n" not in text or _kept_lines(text) is not None) \
                    and (glued := list(_captions_among_glued_blocks(text))) \
                    and (size > _LONG_PARAGRAPH or _caption_before_credit(text) is None):
                for start, end in glued:
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       f"photo caption (a block of a page written without separators, with its credit): "
                                       f"{quote(text[start:end])}",
                                       Fix.replace(paragraph.start + start, paragraph.start + end, "", safe=False,
                                                   description="delete the caption"))
                continue
            if credits[i]:
                if taken < i and _credit_alone(paragraphs, i):
                    yield self.finding(paragraph.start, paragraph.end, f"photo credit line: {quote(text)}",
                                       delete_paragraph(article, paragraph, "delete the credit"))
                continue
            if size > _LONG_PARAGRAPH:
                continue
            if size <= _MEDIA_LABEL_MAX and _media_label(text):
                yield self.finding(paragraph.start, paragraph.end, f"a picture's widget label: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the label"))
                continue
            if i in unstopped:  # (with the credit line under it, as a caption above its credit)
                credit = i + 1 < len(paragraphs) and credits[i + 1] and not _signoff(paragraphs, i + 1)
                taken = i + 1 if credit else taken
                yield self._caption(article, paragraph, paragraphs[i + 1] if credit else paragraph,
                                    "a line without a final stop among the story's paragraphs")
                continue
            if (media or counters) and (why := _under_media_furniture(paragraphs, i, i - 1 in counters)) is not None:
                yield self._caption(article, paragraph, paragraph, why)
                continue
            if size <= _PORTRAIT_LINE_MAX and text[:1].isupper() and _portrait_caption(article, text):
                yield self._caption(article, paragraph, paragraph, "a portrait's caption: a name of the story")
                continue
            if i + 1 < len(paragraphs) and credits[i + 1] and not _signoff(paragraphs, i + 1) \
                    and not paragraphs[i + 1].text.startswith(_ILLUSTRATION_LABELS) \
                    and not _name_beside_date(paragraphs, i + 1) and len(text.split()) >= 4 \
                    and not _goes_on_past_link(paragraphs, i) \
                    and not _goes_on(text, article.paragraph_words[i]) \
                    and not in_menu(paragraphs, i, i + 1, credits=credits) and not _SITE_ADDRESS.search(text) \
                    and (len(text.split()) <= 45 and len(_SENTENCE_BREAK.findall(text)) <= 1
                         or _gallery_slide(paragraphs, credits, i)) \
                    and i not in article.shared("lines.headline-block", _headline_block):
                taken = i + 1
                yield self._caption(article, paragraph, paragraphs[i + 1], "above its credit")
            elif _tail_may_credit(text) and (text.rstrip().endswith((")", "]")) or article.shared("captions.credit_hinted", _credit_hinted)) \
                    and _caption_before_credit(text) is not None:
                yield self._caption(article, paragraph, paragraph, "with its credit")
            elif pictured and _described_picture(text, pictured) and not credit_search(text):  # (with a credit, NL320's)
                yield self._caption(article, paragraph, paragraph, "it describes the picture")
            elif "\n" in text and _caption_over_credit_line(paragraphs, i):
                yield self._caption(article, paragraph, paragraph, "with its credit on the next line")
            elif text[:1] in _PLACE_LABEL_INITIALS and ":" in text[:_PLACE_LABEL_REACH] \
                    and _place_label(text, article.paragraph_words[i]):
                yield self._caption(article, paragraph, paragraph, "a label of where the picture is")
            elif marks & COLON_SPACE and _label_caption(text) and not in_menu(paragraphs, i, credits=credits) \
                    and not _speaker_turn(paragraphs, i):
                yield self._caption(article, paragraph, paragraph, "'label: caption' form")
            elif marks & COLON_SPACE and size <= _NAMED_WORK_LENGTH and _named_work(article, text) \
                    and text not in texts[max(0, i - 1):i + 2:2]:  # (a live blog's entry title and its link's copy)
                yield self._caption(article, paragraph, paragraph, "'artist: work' form")
            elif text.endswith(_ALT_ENDS) and size <= _ALT_LINE_MAX and (alt := _alt_text_with_credit(article, i)):
                reported_end = alt
                yield self._caption(article, paragraph, paragraphs[alt], "its alt text with the credit, then the caption"
                                    if alt > i else "its alt text with the credit")
            elif i in bracketed:
                yield self._caption(article, paragraph, paragraph, "a picture's alt text in brackets")
            elif i in restated:
                yield self._restated(article, paragraph, restated[i])
            elif "\n" in text:
                yield from self._captions_inside(article, paragraph)

    def _captions_inside(self, article: Article, paragraph: Paragraph) -> Iterable[Finding]:
        """The caption lines inside a block whose line breaks an extractor kept (found by the function _caption_lines),
        or the captions inside a text browser's box of lines (_box_captions)."""
        text = paragraph.text
        inside = _caption_lines(text, article) if _kept_lines(text) is not None else _box_captions(article, paragraph)
        for start, end, why in inside:
            at = paragraph.start + start
            yield self.finding(at, paragraph.start + end, f"photo caption ({why}): {quote(text[start:end])}",
                               Fix.replace(at, paragraph.start + end + 1, "", safe=False,
                                           description="delete the caption"))

    def _restated(self, article: Article, paragraph: Paragraph, end: int) -> Finding:
        """The caption that opens ``paragraph`` up to ``end`` (the whole paragraph, or its first sentence where a byline
        follows it), which the story's lead restates."""
        if end >= len(paragraph.text):
            return self._caption(article, paragraph, paragraph, "the paragraph under it restates it")
        caption = paragraph.text[:end]
        return self.finding(paragraph.start, paragraph.start + end,
                            f"photo caption (the paragraph under it restates it): {quote(caption)}",
                            Fix.replace(paragraph.start, paragraph.start + end + 1, "", safe=False,
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


_DIV_FENCE = "::: "  # a fenced div of Pandoc's Markdown, its classes after it ('::: {.wp-caption .alignleft}')
_COLON_SPACE_MARKS = marks_holding(COLON_SPACE)
_CAPTION_CLASS_WORDS = frozenset(("caption", "credit", "credits"))
_FINANCE_WORDS = frozenset(("card", "cards", "score", "union"))  # 'credit-card-offer': no picture's credit
_NOT_TEXT = ("![", "[![", "[](", "<")  # a picture, a linked picture, an empty link, markup: no caption's words


def _marked_captions(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each run of text lines that Pandoc's Markdown sets right inside a fenced div whose class
    names a caption or a credit ('::: photo-caption', '::: {#attachment_1 .wp-caption .alignleft}',
    '::: {.photo-credit}': the page's own markup says what the lines are; not a div nested in one, which a page may name 'caption' for a
    player's overlay); a picture's line and the attributes it runs over are no text."""
    stack: list[bool] = []  # for each open div: whether it is a caption's
    run = None  # (start, end) of the run of text lines in a caption's div
    attributes = 0  # braces a picture's attributes left open
    at = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith(":::"):
            if run:
                yield run
                run = None
            classes = stripped[3:].strip()
            if classes:
                stack.append(_names_a_caption(classes))
            elif stack:
                stack.pop()
        elif attributes or stripped.startswith(_NOT_TEXT) or not stripped:
            attributes = max(0, attributes + line.count("{") - line.count("}"))
            if run and not stripped:
                yield run
                run = None
        elif stack and stack[-1]:
            start = at + len(line) - len(line.lstrip())
            run = (run[0] if run else start, at + len(line.rstrip()))
        at += len(line) + 1
    if run:
        yield run


def _names_a_caption(classes: str) -> bool:
    """Whether Pandoc's ``classes`` of a div or a span ('{.wp-caption .alignleft}', 'photo-caption',
    '.media-credit') name a caption or a credit (not a card's or a score's credit)."""
    words = {w for token in classes.replace("{", " ").replace("}", " ").split() for w in re.split(r"[-_.#]", token.lower())}
    return not _CAPTION_CLASS_WORDS.isdisjoint(words) and _FINANCE_WORDS.isdisjoint(words)


# a span of Pandoc's Markdown and its attributes ('[Courtesy Louvre]{.media-credit}', '[Jane Doe at the fair]{.caption}':
# the page's own markup says what the words are), its words on one line or wrapped, no bracket or brace among them
_MARKED_SPAN = regexcache.compile(r"\[([^\[\]{}]+)\]\{([^{}\n]*)\}")


def _marked_spans(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each span of Pandoc's Markdown in ``text`` whose classes ('.x' among its attributes) name a
    caption or a credit (its brackets and braces included; its words within a paragraph), found at each ']{'
    (``str.find``)."""
    at = text.find("]{")
    while at >= 0:
        opening = text.rfind("[", 0, at)
        span = _MARKED_SPAN.match(text, opening) if opening >= 0 else None
        if span and span.end(1) == at and "\n\n" not in span.group(1) \
                and _names_a_caption(" ".join(word for word in span.group(2).split() if word.startswith("."))):
            yield span.start(), span.end()
        at = text.find("]{", at + 2)


# what a page sets beside a picture or a video, never the story: an image viewer's prompt ('Enlarge Image', 'click
# to enlarge'), an embedded player's code ('<iframe … ></iframe>')
_VIEWER_PROMPT = regexcache.compile(r"(?i:(?:click (?:here )?to |tap to )?(?:enlarge|expand|zoom(?: in)?)"
                                    r"(?: (?:the )?(?:image|photo|picture))?)")
_PROMPT_INITIALS = frozenset("cCtTeEzZ")  # the letters a _VIEWER_PROMPT starts with
_PROMPT_OPENING = regexcache.compile(_VIEWER_PROMPT.pattern + r"(?:[ \t]{2,}|\n)(?=\S)")  # 'click to enlarge   Jane Doe …'
_EMBED_CODE = "<iframe"
_EMBED_END = "</iframe>"
# the caption glued after an embedded player's code, up to its stop glued to the next sentence ('…></iframe>Napa County
# has entered an agreement.NAPA COUNTY, Calif. -- A plan …') or the line's end
_AFTER_EMBED = regexcache.compile(r"</iframe>([A-Z][^\n]*?(?:[.!?](?=[A-Z\"“])|$))", re.MULTILINE)
_MEDIA_CAPTION_WORDS = 60  # a longer paragraph under the prompt or the player is the story's
# a gallery's counter of its slides: '3 of 12', '3/12', 'Image 3 of 12', 'Photo 3/12'
_SLIDE_COUNTER = regexcache.compile(r"(?:(?:Image|Photo|Picture|Slide|Photograph|IMAGE|PHOTO|SLIDE)s? )?\d{1,3} ?(?:of|OF|/) ?\d{1,3}")
_COUNTER_INITIALS = frozenset("0123456789IPS")
_COUNTER_MAX = 30  # characters: a longer paragraph is no slide counter
_SLIDE_CAPTION_LEAST = 5  # words
# a label saying where the picture is or what it shows: 'Pictured: …', 'Above: …', 'Main picture: …', 'Inset: …'
_PLACE_LABEL = regexcache.compile(r"(?:Pictured(?: above| below| left| right| top| here)?|PICTURED|Above|ABOVE|Inset|INSET"
                                  r"|Left|Right|Top|Bottom|(?:Photo|Image|Picture|Video) (?:caption|description)|Alt text"
                                  r"|(?:Main|Top|Above|Left|Right|Bottom|Lead|Header|Featured) (?:picture|image|photo|pic))"
                                  r" ?: ?\S")


_RESTATED_LEAST = 60  # characters of the paragraph a caption opens
_RESTATED_MOST = 300  # characters: a longer paragraph begins the story
_RESTATED_WORDS = (10, 70)  # its words
_RESTATED_SHARE = 0.6  # of the caption's words, in a row in the lead
_RESTATED_RUN = 8  # words in a row at the least
_RESTATED_PROBE = 10  # characters either side of a caption's middle, looked for in the lead first
_RESTATED_LONGER = 1.5  # times the caption's paragraph: the lead under it; a paragraph above it as long is the story's
_QUOTE_OPENERS = frozenset("\"“‘'")  # a quotation the story repeats is a pull quote (NL311's)


def _restated_captions(article: Article) -> dict[int, int]:
    """A caption that the story's lead restates (a site that captions its first picture with the lead's words), or a
    related story's headline that its teaser restates, above the story: a paragraph of 60 to 300 characters before
    the first longer one, no Markdown heading ('### …'), not under a paragraph half as long again (the story's prose), whose caption (the paragraph
    or its first sentence) the next paragraph half as long again, right under it or under one shorter line (a byline,
    a date), restates (``_restates``). Each such paragraph's index, with the end of its caption."""
    paragraphs = article.paragraphs
    found = {}
    size = 0
    for i in range(len(paragraphs) - 1):
        text = paragraphs[i].text
        above, size = size, len(text)
        if size > _RESTATED_MOST:
            if _prose_paragraph(article, i):
                break  # (the story has begun)
            continue  # (a block of the page's menu or links, which a text browser joins: lynx, w3m)
        if size < _RESTATED_LEAST or above >= size * _RESTATED_LONGER or text[:1] == "#":
            continue  # (under a longer paragraph: a pull quote the story rewords, NL311's; a Markdown heading)
        lead = i + 1 if len(paragraphs[i + 1].text) >= size * _RESTATED_LONGER else i + 2
        if lead == len(paragraphs) or len(restated := paragraphs[lead].text) < size * _RESTATED_LONGER:
            continue
        flat = _unwrapped(text)
        half = len(flat) // 2  # (the paragraph's middle twenty characters, asked first: most leads do not hold them)
        if flat[half - _RESTATED_PROBE:half + _RESTATED_PROBE] in _unwrapped(restated) \
                and (end := _restates(article, i, lead)):
            found[i] = end
    return found


def _unwrapped(text: str) -> str:
    """The text with its line breaks (and a text browser's indent after each) read as one space."""
    return " ".join(text.split()) if "\n" in text else text


def _restates(article: Article, index: int, lead: int) -> int:
    """The end of the caption of paragraph ``index`` (the paragraph, or its first sentence where a byline follows it)
    if paragraph ``lead``, which holds the paragraph's middle twenty characters, holds a run of the caption's words in
    a row, three in five of them and eight at the least, but not the whole caption (a repeated line), else 0. A
    summary lead that the story restates shares a phrase with it, not most of its words."""
    text, restated = article.paragraphs[index].text, article.paragraphs[lead].text
    if text[0] in _QUOTE_OPENERS:
        return 0
    stop = _SENTENCE_BREAK.search(text)
    end = stop.start() + 1 if stop else len(text)
    caption = word_texts(text[:end])
    if not _RESTATED_WORDS[0] <= len(caption) <= _RESTATED_WORDS[1] \
            or _unwrapped(text[:end].rstrip(".!?")) in _unwrapped(restated):
        return 0
    run = max(_RESTATED_RUN, math.ceil(len(caption) * _RESTATED_SHARE))
    pieces = {tuple(caption[k:k + run]) for k in range(len(caption) - run + 1)}
    words = article.paragraph_words[lead]
    return end if any(tuple(words[k:k + run]) in pieces for k in range(len(words) - run + 1)) else 0


_ALT_LINE_MAX = 160  # characters: an alt text of a few words and its credit
# an alt text and its credit in brackets, parts a slash apart: 'Jane Doe (picture-alliance/dpa/J. Roe)', 'A protest
# march (DW/J. Roe)'; a part is an agency or a photographer's initial and name (not 'Greater Metro (IL/MO)', a menu's)
_ALT_WITH_CREDIT = regexcache.deferred(r"[A-Z][^()\n]{0,100}?[\w'’] \(((?:[\w'’.& -]{1,40}/){1,3}[\w'’.& -]{1,40})\)")
_CREDIT_PART = regexcache.deferred(AGENCY + r"|(?:[A-Z]\. ?){1,2}[A-Z][\w'’-]+")
_ALT_CAPTION_WORDS = range(3, 31)
_ALT_ENDS = (")", ")]")  # (Pandoc's plain text sets a picture as its alt text in square brackets: '[Jane Doe (dpa/J. Roe)]')


def _alt_text_with_credit(article: Article, index: int) -> int:
    """Where the caption under an image's alt text ends (see _ALT_WITH_CREDIT; in square brackets, as Pandoc's plain
    text sets a picture): the index of the line under it where that line is its caption (three to thirty words on one
    line or wrapped over two, without a final stop, that take up a capitalised word of the alt text: 'Jane Doe
    (dpa/J. Roe)' / 'Jane Doe helped organize the new festival'), else of the alt text's line; 0 where the paragraph
    is no such line, or no paragraph of prose stands within four above and below it."""
    text = article.paragraphs[index].text.strip()
    pictured = text[:1] == "[" and text[-2:] == ")]"  # (a picture set by Pandoc: its credit's parts need no name)
    match = _ALT_WITH_CREDIT.fullmatch(text[1:-1] if pictured else text)
    if match is None or not (pictured or any(_CREDIT_PART.fullmatch(part.strip()) for part in match.group(1).split("/"))) \
            or not _prose_near(article, index, -1) or not _prose_near(article, index, 1):
        return 0
    if index + 1 < len(article.paragraphs):
        caption = article.paragraphs[index + 1].text.strip()
        names = {w for w in article.paragraph_words[index] if w[:1].isupper() and len(w) > 3}
        if caption.count("\n") <= 1 and len(caption.split()) in _ALT_CAPTION_WORDS and _ends_open(caption) \
                and not names.isdisjoint(article.paragraph_words[index + 1]):
            return index + 1
    return index


_PICTURE_LINES = 2  # lines opening with a bracket in a text at least: a page whose pictures are printed so
_PANDOC_ITEM = "-   "  # the mark and indent of a list item in Pandoc's plain text
_PANDOC_PICTURES = ("[", _PANDOC_ITEM + "[")  # a paragraph that is a picture Pandoc printed, alone or as a list's item
_PANDOC_ITEM_LINE = "\n" + _PANDOC_ITEM + "["  # a line that opens with such an item
_BRACKETED_WORDS = (3, 50)  # words of a picture's alt text in brackets, at least and at most
_NOTE_LABEL = regexcache.compile(r"\[\s*[\w'’ ]{1,25}:")  # an editor's note, '[Note: …]', '[Update: …]'
_CARD_REACH = 2  # paragraphs under a card's picture within which its headline repeats its alt text


def _bracketed_alts(texts: list[str]) -> set[int]:
    """The paragraphs (``texts``, of a text with ``_PICTURE_LINES`` lines or more opening with a bracket) that are only
    a picture's alt text in square brackets, as Pandoc's plain text prints a picture ('[Players at the fan event in
    Leeds]', alone or as a list's item, '-   [Players at …]'), or with its credit after it on its line ('[Players
    at the fan event.] Jane Doe/Agency', ``credit_only``): three to fifty words, a lower-case word among them
    after the first (a description: no site's logo, '[Valley Post]', or form's button, '[Send My Password]'), no
    label and colon opening it (an editor's note), and no card's picture whose alt text its headline repeats within
    ``_CARD_REACH`` paragraphs under it (the card is the page's furniture, NL311's; a copy ending in a full stop is
    the caption printed under its picture, which leaves the alt text a caption)."""
    found = set()
    for i in compress(count(), map(str.startswith, texts, repeat(_PANDOC_PICTURES))):
        text = texts[i].removeprefix(_PANDOC_ITEM)  # (a list of pictures: a gallery's, a box of cards)
        close = text.find("]")
        if close < 0 or text.count("[") != 1 or text.count("]") != 1 or _NOTE_LABEL.match(text) \
                or close + 1 < len(text) and not credit_only(text[close + 1:].strip()):
            continue
        words = text[1:close].split()
        if _BRACKETED_WORDS[0] <= len(words) <= _BRACKETED_WORDS[1] and any(w[:1].islower() for w in words[1:]) \
                and all(texts[k].split() != words or _ends_in_full_stop(texts[k])
                        for k in range(i + 1, min(i + 1 + _CARD_REACH, len(texts)))):
            found.add(i)
    return found


def _ends_in_full_stop(text: str) -> bool:
    """Whether the text ends in a full stop (a caption's sentence; a headline ends in none, or in '?' or '!')."""
    return text.rstrip().rstrip(_CLOSING_MARKS)[-1:] == "."


_TWICE_PROBE = 16  # characters of a paragraph's opening looked for again in it: a caption printed twice repeats them
_TWICE_WORDS = 4  # words of such a caption at the least
_TWICE_MAX = 400  # characters of its first copy: a longer run printed twice is a block of the story's
_ALT_COPIES = 3  # copies of an alt text alone in its paragraph at least that need no stop (no headline is said thrice)

_OPENING = itemgetter(slice(_TWICE_PROBE))
_FOUND = (0).__lt__  # (str.find from _TWICE_PROBE on: -1 or more than 0)
_FOUND_FROM_ZERO = (-1).__lt__  # (str.find from the start: 0 or more)


def _repeated_openings(texts: list[str]) -> set[int]:
    """The indexes of the paragraphs (``texts``) whose opening (_TWICE_PROBE characters) recurs within a caption's
    reach in them or opens the next paragraph: the only ones _printed_twice and _over_its_caption can take (C-level
    passes, no bytecode per paragraph)."""
    openings = list(map(_OPENING, texts))
    again = map(str.find, texts, openings, repeat(_TWICE_PROBE), repeat(_TWICE_MAX + _TWICE_PROBE))
    return {*compress(count(), map(_FOUND, again)), *compress(count(), map(str.startswith, texts[1:], openings))}


def _copy_end(text: str, words: list[str], at: int) -> int:
    """Where a copy of ``words`` starting at ``at`` of ``text`` ends (any white space between its words, a final
    stop added), else 0."""
    for k, word in enumerate(words):
        if k:
            gap = at
            while at < len(text) and text[at].isspace():
                at += 1
            if at == gap:
                return 0
        if not text.startswith(word, at):
            return 0
        at += len(word)
    return at + 1 if text.startswith(".", at) else at


def _printed_twice(text: str) -> int:
    """Where the copies of a caption opening ``text`` end, else 0: an image's alt text glued to its own copy (a
    lazy-loaded picture and its twin for readers without scripts, 'A dog in a fieldA dog in a field'), or a caption
    ending in its credit printed again under itself (a text browser's lead picture: the caption and '(Jane Doe/Valley
    Post)', twice); a further copy, the caption under the picture, with a final stop or not, goes with them; or a
    short paragraph that is only an alt text and its caption a space apart on one line, the last copy with a stop (a
    text browser's inline picture, wrapped: 'Jane Doe: Polo ambassador Jane' / 'Doe: Polo ambassador.'), or a paragraph
    that is only an alt text said ``_ALT_COPIES`` times or more on its lines, with no stop, 700 characters at most
    (lynx's lazy-loaded picture: its image, its script's copy and its fallback's; a longer paragraph is the story's).
    (A headline or a paragraph printed twice on lines of their own, with no credit, is left; so is a card's headline
    beside its picture's, with no stop.)"""
    again = text.find(text[:_TWICE_PROBE], _TWICE_PROBE, _TWICE_MAX + _TWICE_PROBE)
    if again > 0 and "\n" in text[:again]:
        again = _wrapped_copy(text[:again]) or again
    first = text[:again]
    words = first.split()
    if again < 0 or not text[0].isupper() or len(words) < _TWICE_WORDS or not text[again].isupper():
        return 0
    inline = first[-1] == " " and "\n" not in first[len(first.rstrip()):]  # (the copies a space apart on one line)
    if first[-1].isspace() and not inline and _caption_before_credit(" ".join(words)) is None:
        return 0
    end = last = _copy_end(text, words, again)
    copies = 1
    while end:
        last, copies = end, copies + 1
        end = _copy_end(text, words, len(text) - len(text[end:].lstrip())) if text[end:end + 1].isspace() else 0
    if inline and (text[last - 1:last] != "." or text[last:].strip() or len(text) > _LONG_PARAGRAPH) \
            and (copies < _ALT_COPIES or text[last:].strip() or len(text) > _LONG_PARAGRAPH) \
            and _caption_before_credit(" ".join(words)) is None:
        return 0
    return last


_WORD = regexcache.compile(r"\S+")


def _wrapped_copy(text: str) -> int:
    """Where a copy of the words that open ``text`` starts in it, where a wrap inside that copy hid it from a search of
    its first characters ('… Salute Malcolm' / 'Borwick: World …'), else 0."""
    found = list(_WORD.finditer(text))
    words = [m.group() for m in found]
    return next((found[k].start() for k in range(_TWICE_WORDS, len(words)) if words[k:2 * k] == words[:k]), 0)


_ALT_OVER_WORDS = 6  # words of an alt text printed over its caption's copy at the least (a shorter one: a heading)
_UNDERLINES = ("\n=", "\n-")  # how the line under a Markdown heading ('===', '---') opens


def _underlined(text: str, end: int) -> bool:
    """Whether the line under the one ending at ``end`` of ``text`` is only '=' or '-', three or more: a Markdown
    heading's underline (the parse keeps it out of the paragraphs)."""
    under = text[end + 1:text.find("\n", end + 1) % (len(text) + 1)].rstrip()
    return len(under) >= 3 and not under.strip("=-")


def _underlined_headings(article: Article, texts: list[str]) -> set[int]:
    """The paragraphs (``texts``) that a Markdown heading's underline follows (``_underlined``). The parse keeps the
    underline out of a Markdown text's paragraphs, so each of its paragraphs is asked; in any other text the underline
    is the first line of the next paragraph, so only a paragraph before one that opens with '=' or '-' is (asking
    each paragraph's end cost a microsecond an article; ``check`` asks this only of a text that may hold one)."""
    text, paragraphs = article.text, article.paragraphs
    asked = range(len(texts)) if article.markdown else \
        [k - 1 for k in compress(count(), map(str.startswith, texts, repeat(_UNDERLINE_MARKS))) if k]
    return {i for i in asked if text.startswith(_UNDERLINES, end := paragraphs[i].end) and _underlined(text, end)}


_UNDERLINE_MARKS = ("=", "-")
_UNDERLINE_MARKS_SET = frozenset(_UNDERLINE_MARKS)  # (a paragraph's first character looked up: a third cheaper)


def _dated_box(lines: str) -> bool:
    """Whether one of the ``lines`` (of a box above a picture's alt text) is a date line: the story's head, its byline
    and dates, over its lead picture (a box of other stories' cards has no date line of its own above a picture)."""
    return any(timestamp_line(line.strip()) for line in lines.split("\n"))


def _alts_over_copies(texts: list[str], credits: list[bool]) -> dict[int, int]:
    """The paragraphs (``texts``) that end in an image's alt text printed over its caption, which the next paragraph
    repeats (a text browser's picture in a ``<figure>``: its alt text on the lines under a box's byline and dates, or a
    paragraph of its own, then the ``<figcaption>`` saying it again): index → where the alt text starts in the
    paragraph (at a line's start). Six words at the least, a capital first. The copy under an alt text ending a box
    with a date line (``_dated_box``) may be alone; any other copy must be a caption (a story's paragraph printed twice
    is no picture's): its credit after it, on its line or the next (``credit_only``), or the next paragraph a credit
    line (``credits``; not an agency's name alone, a wire story's signoff)."""
    found = {}
    for i in compress(count(), map(_FOUND_FROM_ZERO, map(str.find, texts, map(_OPENING, texts[1:])))):
        text, under = texts[i], texts[i + 1]
        at = text.find(under[:_TWICE_PROBE])
        if at and text[:at].rstrip(" \t")[-1:] != "\n" or not under[:1].isupper():
            continue  # (not at a line's start: a quotation or a name the story says again)
        words = text[at:].split()
        end = _copy_end(under, words, 0) if len(words) >= _ALT_OVER_WORDS else 0
        if not end:
            continue
        rest = under[end:].strip()
        if credit_only(rest.partition("\n")[0].strip()) if rest else at and _dated_box(text[:at]) or \
                i + 2 < len(texts) and credits[i + 2] and not _AGENCY_LINE.fullmatch(texts[i + 2].strip()):
            found[i] = at
    return found


def _over_its_caption(text: str, under: str) -> bool:
    """Whether the paragraph ``text`` is an image's alt text over its caption ``under``, which repeats it and adds a
    credit ('Dogs in a field.' over 'Dogs in a field. Jane Doe/Valley Post')."""
    words = text.split()
    end = _copy_end(under, words, 0) if len(words) >= _TWICE_WORDS and text[0].isupper() else 0
    return end > 0 and credit_only(under[end:].strip())


def _place_label(text: str, words: list[str]) -> bool:
    """A caption opening with a label of where its picture is ('Pictured: …', 'Above: …'): sixty words at most, one
    sentence, no pronoun or auxiliary verb ('Left: the reasons are many…' is prose) and no reported speech."""
    return _PLACE_LABEL.match(text) is not None and len(words) <= _MEDIA_CAPTION_WORDS \
        and len(_SENTENCE_BREAK.findall(text)) == 0 and _CLAUSE_WORDS.isdisjoint(w.lower() for w in words) \
        and _REPORTED.search(text) is None


_PLACE_LABEL_REACH = 20  # characters: every _PLACE_LABEL's colon is this near the start
_PLACE_LABEL_INITIALS = frozenset(m.group()[0] for m in regexcache.compile(r"\b[A-Z]").finditer(
    "Pictured Above Inset Left Right Top Bottom Main Lead Header Featured Photo Image Picture Video Alt"))


# the label of a picture's widget, a whole line: the caption's toggle ('hide caption', 'Show caption'; after the credit
# where a page prints it there: 'Jane Doe/Valley Post hide caption'), a slide counter with its label ('Image 3 of 12';
# a bare '3 of 12' may be a story's list). (An image viewer's prompt, 'Enlarge Image', is the page's furniture, NL311's:
# the labels count it as boilerplate.)
_MEDIA_LABEL = regexcache.compile(
    r"(?:[^\n]{1,60} )?(?:hide|toggle) caption|(?:Show|Hide|Toggle|View|Close|SHOW|HIDE) (?:[Cc]aptions?|CAPTIONS?)"
    r"|(?:Image|Photo|Picture|Slide|Photograph|IMAGE|PHOTO|SLIDE)s? \d{1,3} ?(?:of|OF|/) ?\d{1,3}")
_MEDIA_LABEL_MAX = 90  # characters: a credit of sixty and the toggle
_MEDIA_LABEL_INITIALS = frozenset("IPS")  # the letters a label without 'caption' starts with


def _media_label(text: str) -> bool:
    """The paragraph is only a picture widget's label (see _MEDIA_LABEL)."""
    return ("aption" in text or "APTION" in text or text[:1] in _MEDIA_LABEL_INITIALS) \
        and _MEDIA_LABEL.fullmatch(text.strip()) is not None


def _glued_after_embed(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each caption of two to sixty words glued after an embedded player's code (a page flattened
    without separators, get_text())."""
    for match in _AFTER_EMBED.finditer(text):
        if 2 <= len(match.group(1).split()) <= _MEDIA_CAPTION_WORDS:
            yield match.start(1), match.end(1)


def _slide_counters(paragraphs: list[Paragraph]) -> set[int]:
    """The indexes of the paragraphs that are a gallery's slide counter ('3 of 12', 'Image 3/12')."""
    return {i for i, p in enumerate(paragraphs) if len(p.text) <= _COUNTER_MAX and p.text[:1] in _COUNTER_INITIALS
            and _SLIDE_COUNTER.fullmatch(p.text.strip())}


def _under_media_furniture(paragraphs: list[Paragraph], index: int, after_counter: bool = False) -> str | None:
    """Why the paragraph is the caption of the picture or video the page set above it, else None: it comes
    directly under an image viewer's prompt, an embedded player's code or a slide counter (``after_counter``: see
    _slide_counters), or opens with the prompt, the page's spacing after it; it has two to sixty words (five under
    a counter), not all in capitals, and a paragraph follows it."""
    text = paragraphs[index].text
    above = paragraphs[index - 1].text if index else ""
    if above.startswith(_EMBED_CODE) and above.rstrip().endswith(">"):
        why = "under an embedded player's code"
    elif len(above) <= 30 and above[:1] in _PROMPT_INITIALS and _VIEWER_PROMPT.fullmatch(above.strip()):
        why = "under an image viewer's prompt"
    elif after_counter:
        why = "under a slide counter"
    elif text[:1] in _PROMPT_INITIALS and _PROMPT_OPENING.match(text):
        why = "after an image viewer's prompt"
    else:
        return None
    least = _SLIDE_CAPTION_LEAST if why == "under a slide counter" else 2  # (a slide's title of a few words is a heading)
    if index + 1 >= len(paragraphs) or not least <= len(text.split()) <= _MEDIA_CAPTION_WORDS or text.isupper():
        return None  # (a label in capitals under the prompt is the page's next section: 'KEYWORDS')
    return why


# what only a caption says: where someone stands in the picture ('Jane Doe, left, and …', '(second right)', 'From
# left: …'), or the agencies' caption formulas ('FILE - In this Jan. 3, 2020, file photo, …', 'This photo provided
# by … shows …', 'In this photo taken on …') ('(pictured)' is not one: the Daily Mail sets it in story sentences)
_PICTURE_WORDS_FORMS = (
    r", (?:(?:second |far |top |bottom |back |front )?(?:left|right)|centre|center)(?:,| and\b)"
    r"|\((?:(?:second |far |top |bottom |back |front |from )?(?:left|right)|centre|center|L-R|l-r|inset)[,)]"
    r"|^(?:From left|L-R|Left to right|Clockwise from top(?: left)?)[:,] "
    r"|^FILE\s?[-–—] |\b[Ii]n this (?:undated |handout |file |\w+\.? \d{1,2}, \d{4},? (?:file )?)?(?:photo|image|picture)(?![\w-])"
    r"|^This (?:undated |handout |file )?(?:photo|image|picture|video (?:grab|image|still)) (?:provided|released|taken|made "
    r"available|obtained|shows)\b"
    # the verbs only a caption uses of its picture: '… is seen outside the court', '… poses with the trophy', '… look on as'
    r"|\b(?:is|are) (?:seen|pictured) (?:at|in|on|during|outside|inside|with|beside|near|leaving|arriving|walking"
    r"|speaking|sitting|standing|holding)\b|\bposes? (?:for (?:a|the) (?:photo|picture|portrait)|with|beside|next to"
    r"|in front of)\b|\blooks? on (?:as|during|from)\b")
# where a form of _PICTURE_WORDS_FORMS can start: the text's start, a comma, a bracket or the first letters of its
# phrases (a search tried every form at each character; this look-around turns away most characters at once)
_PICTURE_WORDS = regexcache.compile(r"(?:^|(?=, |\(|[Ii]n this |is |are |poses? |looks? ))(?:" + _PICTURE_WORDS_FORMS
                                    + ")")
# a word of the article's that a paragraph of _PICTURE_WORDS, an image viewer's prompt or an embedded player's code
# holds (asked of the article's distinct words, which other rules have computed)
_MEDIA_TOKENS = frozenset("Enlarge enlarge ENLARGE Expand expand EXPAND Zoom zoom ZOOM iframe".split())  # (the media's)
_GALLERY_TOKENS = frozenset("""gallery Gallery GALLERY slideshow Slideshow Slide Photos Images Pictures Image Photo
Picture PHOTOS IMAGES""".split())  # (a slide counter's page has one)
_PICTURE_TOKENS = frozenset("""left right centre center inset L-R l-r Clockwise FILE photo image picture seen pictured
pose poses look looks""".split()) | _MEDIA_TOKENS
_PICTURE_WORDS_MAX = 50  # words: a longer paragraph is the story's
_PICTURE_CHARACTERS = 650  # a paragraph this long has more than fifty words


def _described_picture(text: str, words: tuple[str, ...]) -> bool:
    """A caption among the story's paragraphs that says where someone stands in the picture or opens with an agency's
    caption formula (see _PICTURE_WORDS): at most fifty words, two sentences, no quotation or reported speech.
    ``words``: the article's words of _PICTURE_TOKENS (the paragraph holds one, or it is none)."""
    if len(text) > _PICTURE_CHARACTERS or not _holds_any(text, 0, words):
        return False
    # (the cues first: half the paragraphs that hold a word of the picture hold none, and they cost a tenth of the rest)
    return _may_describe_picture(text) and len(text.split()) <= _PICTURE_WORDS_MAX \
        and len(_SENTENCE_BREAK.findall(text)) <= 1 and _PICTURE_WORDS.search(text) is not None \
        and _REPORTED.search(text) is None


# what every _PICTURE_WORDS match holds: an opening at the text's start, or one of these strings (a search of the
# regex tries its every alternative at every character: 20 times the cost of these tests)
_PICTURE_OPENINGS = ("From left", "L-R", "Left to right", "Clockwise from top", "FILE", "This ")
_PICTURE_CUES = ("(", "n this ", "seen ", "pictured ", "pose", "look") \
    + tuple(", " + word for word in "second far top bottom back front left right centre center".split())


def _may_describe_picture(text: str) -> bool:
    """Whether ``text`` holds what any _PICTURE_WORDS match holds (a superset: the regex decides)."""
    return text.startswith(_PICTURE_OPENINGS) or _holds_any(text, 0, _PICTURE_CUES)


_NAME_AND_DASH = regexcache.compile(r"(" + _PERSON + r") ?[-–—]\s*")

# a description and the name: 'Dead hunter, Jane Doe.', 'Head teacher, Jane Doe'
_DESCRIBED_NAME = regexcache.compile(r"[A-Z][a-z'’-]+(?: [a-z][\w'’-]*){1,3}, (" + _PERSON + r")\.?")
# what opens a sentence's adverbial, never a description: 'At a news conference, Mr Doe' (a line of a story set in
# short lines) is the opening of a sentence, the verb on the next line
_PREPOSITIONS = frozenset("at in on during after before since from with for by as while when outside inside".split())


_PORTRAIT_LINE_MAX = 80  # characters: a name and a few words
# the name, then where the person is or who they are: 'Jane Doe at the Valley Arts Festival', 'Jane Doe, owner of the
# Harbour Cafe'
_NAME_AT_PLACE = regexcache.compile(r"(" + _PERSON + r") (?:at|in|with|during|outside|inside|beside|near) [^.!?:;\"“”()]{2,60}")
_NAME_AND_ROLE = regexcache.compile(r"(" + _PERSON + r"), (?:the |a |an )?[a-z][^.!?:;\"“”()]{2,60}\.?")
# a byline's roles: 'Jane Doe, staff writer' is the author's line (NL315), not a portrait's
_AUTHOR_ROLES = frozenset("reporter correspondent editor writer columnist contributor journalist staff".split())
_PORTRAIT_WORDS = 12


def _portrait_caption(article: Article, text: str) -> bool:
    """A portrait's caption: a line that is only the name of someone the story speaks of (its last word is found
    elsewhere in the text) and a dash, the credit the page left out ('Jane Doe -'), or after a description of a few
    words with no verb or pronoun, nor a preposition first ('Dead hunter, Jane Doe.'; not 'At a news conference, Mr
    Doe', a sentence's opening), or followed by where the person is or who they are
    (with no verb or pronoun either, and no final stop after a place: 'Jane Doe at the Valley Arts Festival', 'Jane
    Doe, owner of the Harbour Cafe'; not a journalist's role)."""
    text = text.strip()
    if text[-1:] in "-–—":
        match = _NAME_AND_DASH.fullmatch(text)
    elif len(text) <= _NAME_LINE_MAX and ", " in text and (match := _DESCRIBED_NAME.fullmatch(text)) is not None:
        description = text[:text.index(", ")].lower().split()
        match = match if _CLAUSE_WORDS.isdisjoint(description) and description[0] not in _PREPOSITIONS else None
    elif " " in text and len(text.split()) <= _PORTRAIT_WORDS and \
            ((match := _NAME_AND_ROLE.fullmatch(text)) is not None or (match := _NAME_AT_PLACE.fullmatch(text)) is not None):
        rest = text[match.end(1):].lower().split()
        match = match if _CLAUSE_WORDS.isdisjoint(rest) and _AUTHOR_ROLES.isdisjoint(rest) else None
    else:
        return False
    if match is None:
        return False
    surname = match.group(1).split()[-1].rstrip(".")
    if match.re is _NAME_AT_PLACE or match.re is _NAME_AND_ROLE:  # (these shapes also make menu lines: 'Find Us in Print')
        return _named_in_prose(article, surname)
    return article.text.count(surname) >= 2


def _named_in_prose(article: Article, name: str) -> bool:
    """Whether a paragraph of the story's prose (see _prose_paragraph) holds the word ``name``."""
    word = re.compile(r"\b" + re.escape(name) + r"\b")
    return any(word.search(p.text) for p in article.paragraphs if _prose_paragraph(article, p.index))


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
    if not _named_in_prose(article, match.group(1).split()[-1]):
        return False  # the story never speaks of that person: a label of the page's ('Example Weather: …')
    return match.group(3) is not None or article.text.count(match.group(1) + ": ") >= 2


_ENDS_LIKE_A_CLAUSE = frozenset(".!?\"”’)':,;|–—-")  # a line ending in one of these is no unstopped caption
_UNSTOPPED_REACH = 4  # paragraphs: a caption among the story has prose this near above and below
_PRONOUN_STARTS = frozenset("he she it they we i you this that these those there".split())


def _headline_block(article: Article) -> tuple[int, ...]:
    """The page's headline over its story (``page_headline``) and the line under it, its standfirst or byline: no
    captions, though neither ends like a sentence and an agency's name may stand under them ('Reuters' over the
    date)."""
    head = page_headline(*paragraph_forms(article)[:2])
    return () if head is None else (head, head + 1)


def _unstopped_captions(article: Article) -> set[int]:
    """Captions an extractor set among the story's paragraphs without their picture: lines of eight to sixty words
    in sentence case that do not end like a sentence (see _unstopped_shape), with prose (more than fifteen words,
    ending like a sentence) within four paragraphs above and below, or three or more such lines in a row (one other
    paragraph may stand between two of them) without an auxiliary verb (a gallery whose credits the extractor dropped; a list of the story's points says what 'will' be)
    with prose within four paragraphs above or below the run; two or more in the
    text (one such line may be a sentence that lost its stop). A heading whose words the paragraph under it takes up
    (a live blog's entry heading where the extractor dropped the entry's time: see _heads_next_paragraph) is none;
    nor is the headline of a box of other stories' cards (see _in_card_list), nor a reader prompt ('Get our Daily
    Edition by email … Free Sign Up': NL342's)."""
    paragraphs = article.paragraphs
    if len(paragraphs) < 4:
        return set()  # two lines, each with a paragraph above and below
    shaped = [i for i in range(1, len(paragraphs)) if (end := paragraphs[i].text.rstrip()[-1:])
              and (end not in _ENDS_LIKE_A_CLAUSE or end == ")") and _unstopped_shape(article, i)]
    if len(shaped) < 2:
        return set()
    found, headings = [], set()
    texts = shapes = None
    runs = _runs([i for i in shaped if _FINITE.isdisjoint(article.paragraph_words[i])])
    for i in shaped:
        run = runs.get(i, ())
        if (_prose_near(article, i, -1) and _prose_near(article, i, 1)) or len(run) >= _GALLERY_RUN and (
                _prose_near(article, run[0], -1) or _prose_near(article, run[-1], 1)):
            if texts is None:
                texts = [p.text for p in paragraphs]
                shapes = shapes_of(texts)
            found.append(i)
            if _heads_next_paragraph(texts, shapes, i):
                headings.add(i)
    if len(found) >= 2:
        found = [i for i in found if i not in article.shared("lines.headline-block", _headline_block)]
    if len(found) < 2:
        return set()
    return {i for i in found if not _in_card_list(paragraphs, i)
            and not reader_prompt(paragraphs[i].text, article.paragraph_words[i])} - headings


_CARD_LIST = 4  # headline-like lines, each two or three paragraphs below the one before: a box of other stories' cards
_CARD_WORDS = range(3, 26)  # a card's headline
_CARD_LENGTH = 200  # characters
_CARD_GAPS = (2, 3)  # paragraphs from one card's headline to the next


def _card_headline(paragraphs: list[Paragraph], index: int) -> bool:
    """A line shaped like the headline of a story's card: one line of three to twenty-five words opening with a
    capital and not ending like a sentence."""
    text = paragraphs[index].text.rstrip()
    return text[:1].isupper() and len(text) <= _CARD_LENGTH and "\n" not in text and len(text.split()) in _CARD_WORDS \
        and _ends_open(text)


def _in_card_list(paragraphs: list[Paragraph], index: int) -> bool:
    """The line is one of four different headline-like lines or more (see _card_headline), each two or each three
    paragraphs below the one before: a box of other stories' cards, each a headline over its teaser, date or byline
    (or a date and a teaser: a whole page kept one element a line), not captions among the story (a gallery whose
    credits were dropped sets its captions one after another, see _runs; the run ends at a line it holds already: a
    gallery's title repeated over each slide heads no cards). Such a line still counts among a page's stopless lines
    (two or more make one of them a caption, not a sentence that lost its stop)."""
    for gap in _CARD_GAPS:
        members = {paragraphs[index].text}
        for step in (-gap, gap):
            j = index + step
            while 0 <= j < len(paragraphs) and paragraphs[j].text not in members and _card_headline(paragraphs, j):
                members.add(paragraphs[j].text)
                j += step
        if len(members) >= _CARD_LIST:
            return True
    return False


_TITLE_LENGTH = 100  # characters: a gallery's title, a slide's heading, date or credit
_TITLED_SLIDES = 5  # slides under the same title, each as many paragraphs long (fewer: a box of related stories)
_SLIDE_PARAGRAPHS = range(2, 5)  # a slide's paragraphs under its title: a heading or a date, its caption, a credit
_SLIDE_CAPTION_WORDS = range(6, _SLIDE_WORDS + 1)
_CLOSING_MARKS = "'’\"”"
_MARKUP = ("://", "](", "[", "#", "|")  # a link, Markdown, a menu's bar: a list of links, not a gallery's slides


def _titled_slides(paragraphs: list[Paragraph], lengths: list[int], credits: list[bool]) -> dict[int, int]:
    """A gallery that repeats its title (two words or more in sentence or title case, no date, no final stop) above
    each of five slides or more, every title the same number of paragraphs below the one before (two to four: a
    heading or a date, the caption, its credit), each slide a short line without a final stop (its heading, date or
    credit) and a caption (six to 120 words, a capital first, ending like a sentence or above its credit), no link or
    markup in either: the first paragraph of each slide with its last (the last slide as long as the others; a
    slide's date line is NL314's, left out). A page's marker between the story's paragraphs ('Story continues
    below') stands at uneven distances, over paragraphs that end like sentences; a box of related stories repeats
    a byline or a date over headlines and links."""
    short = list(compress(count(), map(_TITLE_LENGTH.__ge__, lengths)))
    texts = [paragraphs[i].text for i in short]
    if len(texts) - len(set(texts)) < _TITLED_SLIDES - 1:
        return {}  # (no short paragraph given five times: most texts)
    places: dict[str, list[int]] = {}
    for i, text in zip(short, texts):
        places.setdefault(text, []).append(i)
    slides = {}
    for title, at in places.items():
        if len(at) < _TITLED_SLIDES or " " not in title.strip() or not title[:1].isupper() \
                or _ends_stopped(title) or _holds_markup(title) or timestamp_line(title):
            continue
        for gap, run in groupby(zip(at, at[1:]), key=lambda pair: pair[1] - pair[0]):
            titles = [a for a, _ in run]
            if gap - 1 not in _SLIDE_PARAGRAPHS or len(titles) + 1 < _TITLED_SLIDES \
                    or titles[-1] + 2 * gap > len(paragraphs):
                continue
            spans = [range(t + 1, t + gap) for t in (*titles, titles[-1] + gap)]
            if all(_pandoc_picture(paragraphs[span[-1]].text) for span in spans[:-1]):
                spans[-1] = spans[-1][:-1]  # (each slide's picture over the next title: the last slide has none)
            if all(_slide(paragraphs, lengths, credits, span) for span in spans):
                for span in spans:
                    first = next((j for j in span if not timestamp_line(paragraphs[j].text)), None)
                    if first is not None:
                        slides[first] = span[-1]
    return slides


def _slide(paragraphs: list[Paragraph], lengths: list[int], credits: list[bool], span: range) -> bool:
    """Whether the paragraphs of ``span`` are a gallery's slide (see _titled_slides); the next slide's picture as
    Pandoc prints it (``_pandoc_picture``) may end it."""
    texts = [paragraphs[j].text for j in span]
    if texts and _pandoc_picture(texts[-1]):
        texts.pop()
    if any(map(_holds_markup, texts)) or not any(n <= _TITLE_LENGTH and not _ends_stopped(text)
                                                 for n, text in zip((lengths[j] for j in span), texts)):
        return False
    return any(len(text.split()) in _SLIDE_CAPTION_WORDS and text[:1].isupper()
               and (_ends_stopped(text) or j + 1 < len(credits) and credits[j + 1]) for j, text in zip(span, texts))


def _pandoc_picture(text: str) -> bool:
    """Whether the paragraph is only a picture as Pandoc's plain text prints it: its alt text in square brackets,
    alone or as a list's item ('-   [Rowers at dawn (dpa/J. Roe)]')."""
    text = text.removeprefix(_PANDOC_ITEM)
    return text[:1] == "[" and text[-1:] == "]" and text.count("[") == 1 and text.count("]") == 1


def _ends_stopped(text: str) -> bool:
    """Whether the text ends like a sentence (a stop, perhaps inside closing quotes)."""
    return text.rstrip().rstrip(_CLOSING_MARKS)[-1:] in (".", "!", "?")


def _holds_markup(text: str) -> bool:
    """Whether the text holds a link's or Markdown's mark (_MARKUP)."""
    return any(mark in text for mark in _MARKUP)


_GALLERY_RUN = 3  # unstopped caption lines in a row: a gallery's captions, prose near the run enough
_RUN_GAP = 2  # paragraphs: one other paragraph may stand between two lines of a run


def _runs(indexes: list[int]) -> dict[int, list[int]]:
    """Each index with the run it belongs to: indexes at most two apart (a gallery's caption of two sentences, which
    ends like a sentence, between two stopless ones does not break its run)."""
    runs: dict[int, list[int]] = {}
    run: list[int] = []
    for i in indexes:
        if run and i > run[-1] + _RUN_GAP:
            run = []
        run.append(i)
        runs[i] = run
    return runs


def _prose_near(article: Article, index: int, step: int) -> bool:
    """A paragraph of prose within four paragraphs above (``step`` -1) or below (1) ``index``."""
    reach = range(index - 1, max(-1, index - 1 - _UNSTOPPED_REACH), -1) if step < 0 else \
        range(index + 1, min(len(article.paragraphs), index + 1 + _UNSTOPPED_REACH))
    return any(_prose_paragraph(article, j) for j in reach)


# a bracket closing the line after a word: '… cheap imports (pictured, a poultry farm)': the line ends where it opens
_BRACKET_TAIL = regexcache.compile(r"(?<=[\w'’] )\([^()]{1,200}[^().!?]\)$")


def _ends_open(text: str) -> bool:
    """The line does not end like a sentence or a clause; a bracket after its last word aside ('… imports (pictured, a
    farm)')."""
    if text[-1] == ")" and (bracket := _BRACKET_TAIL.search(text)) is not None:
        text = text[:bracket.start()].rstrip()
    return text[-1] not in _ENDS_LIKE_A_CLAUSE


_EMBEDDED_POST_CREDIT = "A post shared by"  # what an embedded Instagram post prints under its text
_DASHES = (" -", " –", " —")  # how a heading cut off from the text it runs into ends
_EMBED_ADDRESS = regexcache.compile(r"https?://\S+")  # an embedded post's address on a line of its own
# a reading list's entry: another outlet's headline with its writer and outlet after it ('Why ports are slow (Jane
# Doe — Harbour Review)'); a caption's bracket names what it shows ('(left)') or its credit ('(Jane Doe/Agency)')
_CITED_PIECE = regexcache.compile(r"\([A-Z][^()/]{1,60} [—–] (?:\[\d+\])?[A-Z][^()/]{0,60}\)\Z")  # (lynx: '— [12]WSJ')


def _unstopped_shape(article: Article, index: int) -> bool:
    """The paragraph has the shape of a caption that lost its picture: a line of eight to sixty words in sentence case
    that does not end like a sentence (a bracket after its last word aside: '… imports (pictured, a farm)'); a paragraph
    a text browser or Pandoc wrapped is read as one line (a box of lines is none). A line opening with a pronoun,
    reporting what someone said, speaking to the reader ('you'), holding a colon, a bar, a question or a quotation mark
    at its start, or in title case (a headline) is the story's, or a heading; so is an embedded post's text (over 'A
    post shared by …'), a sentence broken over two lines (see _broken_sentence; or going on in lower case on the line
    right under it, no blank line between: a wrapped paragraph the parse split where a word joined by a no-break space
    fitted, an element a line), the text of a list's item under its heading cut off at a dash ('Secure your accounts –'
    / 'Change the passwords of your pages'), the line over an embedded post's address (its text, or the story's pointer
    to it), a live blog's entry heading and a reading list's entry ('… (Jane Doe — Harbour Review)', lynx's '… (Jane Doe
    — [12]Harbour Review)')."""
    paragraphs = article.paragraphs
    text = paragraphs[index].text.rstrip()
    if not text or text[-1] in _ENDS_LIKE_A_CLAUSE and text[-1] != ")" or len(text) > 400 or not text[:1].isupper():
        return False
    if "\n" in text:
        if box_pieces(article.text, paragraphs[index]):
            return False  # (a box of lines; a paragraph wrapped by a text browser or Pandoc is read as one line)
        text = " ".join(text.split())
    if not _ends_open(text) or any(c in text for c in "|?") or ": " in text \
            or text[-1] == ")" and _CITED_PIECE.search(text):
        return False
    words = article.paragraph_words[index]
    if not 8 <= len(words) <= 60 or words[0].lower() in _PRONOUN_STARTS or "said" in words \
            or sum(w[:1].isupper() for w in words) * 10 >= len(words) * 6 or not _ADDRESSED.isdisjoint(words):
        return False
    following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
    if following.startswith(_EMBEDDED_POST_CREDIT):
        return False  # (an embedded post's text: its own caption, the post's)
    if following[:1].islower() and article.text.startswith("\n", paragraphs[index].end) \
            and paragraphs[index + 1].start <= paragraphs[index].end + 1:
        return False  # (the sentence goes on in lower case on the line right under it: a paragraph the parse split)
    return not _broken_sentence(text, following) and not _goes_on_past_link(paragraphs, index) \
        and not paragraphs[index - 1].text.rstrip().endswith(_DASHES) \
        and not _EMBED_ADDRESS.fullmatch(following.strip()) \
        and index not in article.shared("lines.live-entry-headings", _live_entry_headings)


def _broken_sentence(text: str, following: str) -> bool:
    """The line is a sentence broken in two (a page's hard line break, or a whole page kept one element a line broke
    it at a link): it ends in a small word ('…is the', '…of'), or the next line goes on after a comma or a stop
    (', which …', '. These …'), or in lower case (not an address, 'jdoe@…') where that line, another piece, neither
    ends like a sentence nor opens with 'by' ('…, per' / 'a list compiled by Jane Doe' / '.'), or where the line has
    more than twenty words (under a headline, a teaser may open in lower case: 'by Jane Doe The unemployment
    rate…'). A caption ends in a noun or a name, and the story's next paragraph opens a sentence."""
    if text.rsplit(None, 1)[-1].lower() in _CAPTION_STOPWORDS or following[:1] in _CONTINUATION:
        return True
    if not following[:1].islower() or _ADDRESS.match(following):
        return False
    return text.count(" ") >= 20 or not following.startswith("by ") and not _ends_stopped(following)


_LINK_WORDS = 8  # words of a link's text a whole page sets on a line of its own inside a sentence
_CONTINUATION = frozenset(",.;:)’")  # a sentence's continuation after a link opens in lower case or with one of these
_LINK_CLOSERS = "\"”’)"  # after a link's last word ('Proposition 4 (tax relief)'): a sentence's end is a stop before them
_ADDRESS = regexcache.compile(r"\S*@|https?:|www\.")  # a line in lower case that is no sentence: an e-mail or web address


def _goes_on_past_link(paragraphs: list[Paragraph], index: int) -> bool:
    """The paragraph is a piece of a sentence that a whole page kept one element a line broke at a link: the line
    under it is short and does not end like a sentence ('Senate Bill 10'), and the one under that goes on with the
    sentence, in lower case or after a comma or a stop ('in May.', ', for which …'; not an address, 'jdoe@…')."""
    if index + 2 >= len(paragraphs):
        return False
    link, rest = paragraphs[index + 1].text.rstrip(), paragraphs[index + 2].text
    return bool(link) and len(link.split()) <= _LINK_WORDS and link.rstrip(_LINK_CLOSERS)[-1:] not in ".!?" \
        and (rest[:1].islower() or rest[:1] in _CONTINUATION) and not _ADDRESS.match(rest)


def _prose_paragraph(article: Article, index: int) -> bool:
    return len(article.paragraph_words[index]) > 15 and article.paragraphs[index].text.rstrip().endswith(_SENTENCE_ENDS + ("'",))


# labels of the story's own notes, never of a picture: 'NOTE: Quarter ends January 31.'
NOTE_LABELS = frozenset(("note", "notes", "nb", "editor's note", "editor’s note", "editors' note", "correction",
                          "clarification", "update"))

_WIDE_GAP = regexcache.compile(r"[ \t\xa0]{2,}|\n")
# a piece ending without a stop, then a capital (asked only whether one is there: led by the gap's first space, the
# letter before it looked behind, a search skips to each space, where a letter first was tried at nearly every character)
_UNSTOPPED_GAP = regexcache.compile(r"[ \t\xa0](?<=[a-z0-9][ \t\xa0])[ \t\xa0]+[A-Z\"“‘']")
_SPACED_BLOCK = 200  # characters: a shorter paragraph is no block of the story's prose
_SPACED_STOPS = 2  # sentences ending a piece ('.  '): fewer is a story with a stray double space, not a block of pieces
_SPACED_PROSE = 0.6  # of the pieces near a caption that end like a sentence: fewer is a menu or a list, not prose
_SPACED_REACH = 3  # pieces on each side read for that (a block may hold the story and a table after it)
_SPACED_WORDS = range(6, 61)  # a caption's words (a shorter piece is a subheading)


def _spaced_captions(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of the captions inside a block of prose whose pieces an extractor (readability) joined with wide
    spaces ('… the intrigue.     Oak barrels enhance the flavor  Perhaps no …'): a piece of six to sixty words that
    opens with a capital and does not end like a sentence, followed by another piece that opens with a capital or a
    quotation mark, where most of the other pieces among the three on each side end like sentences."""
    if text.count(".  ") < _SPACED_STOPS or _UNSTOPPED_GAP.search(text) is None:
        return  # (a story with a stray double space has no pieces; most blocks of pieces have no caption)
    pieces, at = [], 0
    for gap in _WIDE_GAP.finditer(text):
        if gap.start() > at:
            pieces.append((at, gap.start()))
        at = gap.end()
    if at < len(text):
        pieces.append((at, len(text)))
    if len(pieces) < 3:
        return
    candidates = [_ends_open(piece := text[start:end]) and piece[:1].isupper() and not piece.isupper()
                  and following < len(text) and text[following] in _OPENS_A_SENTENCE and len(piece.split()) in _SPACED_WORDS
                  for (start, end), (following, _) in zip(pieces, pieces[1:] + [(len(text), len(text))])]
    for k, (start, end) in enumerate(pieces):
        if candidates[k]:
            near = [text[pieces[j][1] - 1] in _SENTENCE_ENDS_CHARS
                    for j in range(max(0, k - _SPACED_REACH), min(len(pieces), k + 1 + _SPACED_REACH))
                    if j != k and not candidates[j]]
            if near and sum(near) >= _SPACED_PROSE * len(near):
                yield start, end


# where a page written without separators between its blocks (BeautifulSoup's get_text()) starts one: a line's start,
# a capital glued to the last word or bracket of the block before ('…whatsappThe island…', '…ProgrammeIt wasn’t…',
# '…Getty Images)The…') or to its stop ('…the airlift.Photograph by…')
_GLUED_BLOCK_START = regexcache.compile(r"\n[ \t]*|(?<=[a-z)])(?=[A-Z])|(?<=[a-z0-9)][.!?])(?=[A-Z(])")
_GLUED_CREDIT_HINTS = ("hoto", "ictur", "mage", "Pic", "ourtesy", "redit", "/")  # one is in every credit taken here
_GLUED_CAPTION_WORDS = range(4, 61)
_STOPS = frozenset(".!?")  # a glued block's last character that ends it like a caption's sentence
_GLUED_BLOCK = 60  # characters: a shorter paragraph is a caption and its credit alone (and one ending in its credit, the
# form of _caption_before_credit, is reported whole)


_GLUED_STOP = regexcache.compile(r"[a-z][.!?][A-Z][a-z]")  # a sentence glued to the one before
_GLUED_STOPS = 3  # such sentences in a text at least: its page was written without separators (a few are typing slips)
# three title-case words or more glued, a menu's links written without separators ('HomeNewsSport', 'PoliticsCultureBooks')
_MENU_RUN = regexcache.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){2,}")
_MENU_RUNS = 3  # such runs in a whole page's text at least (a one-line article scraped from its page has two at most)
_WHOLE_PAGE = 4000  # characters at least of a whole page's text (its menus, story and footer)
_PAGE_HEAD = 1000  # characters: a whole page's first menu run stands in its head (its site's menu)
_LETTER_CASES = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", b"A" * 26 + b"a" * 26)
# in the letter cases (_LETTER_CASES): a word's two case changes (a literal first: searched at C speed), and a menu run
# after a character that is no letter (a scraped article's share buttons are glued to the word before them: 'Share
# this withEmailFacebookMessenger…')
_CASE_CHANGED_TWICE = regexcache.compile(rb"aAa+Aa")
_HEAD_MENU_RUN = regexcache.compile(rb"(?<![Aa])Aa+Aa+Aa")


def _written_without_separators(article: Article) -> bool:
    """Whether the article is a whole page written without separators between its blocks: a menu run in its head after
    a character that is no letter and three in all ('HomeNewsSport'; a one-line article scraped from its page glues its
    sentences, not its menus), and three sentences or more glued to the one before ('…the airlift.Photograph…', '…in
    2009.The…'); asked only of a text of _WHOLE_PAGE characters or more where a paragraph in the head holds a case change (NL102's suspects, shared with it) and
    the head two (one translate of its bytes, a count and searches: the cheapest tests first)."""
    text = article.text
    if len(text) < _WHOLE_PAGE:
        return False
    segments = article.shared("extraction.glue-suspects", GlueSuspects).segments
    if not segments or segments[0][0] >= _PAGE_HEAD:  # (the first paragraph with a case change, after the head)
        return False
    cases = text[:_PAGE_HEAD].encode("utf-8", "surrogatepass").translate(_LETTER_CASES)
    return cases.count(b"aA") >= 2 and _CASE_CHANGED_TWICE.search(cases) is not None \
        and _HEAD_MENU_RUN.search(cases) is not None \
        and len(list(islice(_MENU_RUN.finditer(text), _MENU_RUNS))) == _MENU_RUNS \
        and text.count(".") - text.count(". ") - text.count(".\n") >= _GLUED_STOPS \
        and len(list(islice(_GLUED_STOP.finditer(text), _GLUED_STOPS))) == _GLUED_STOPS


def _captions_among_glued_blocks(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each caption among the blocks of a paragraph (one line, or lines no wrap made) whose page was
    written without separators between its blocks ('…the plateau.\nGoats on the island before the airlift.Photograph
    by Jane Doe, Example TrustThe first step…'): a block of four to sixty words, a capital first, a sentence or two,
    with the block after it a credit that names a picture (with that credit; a block without a stop over an
    illustration's credit is a heading), or ending in its credit (``_caption_before_credit``); none in a paragraph
    that is one block."""
    cuts = [0, *(m.end() for m in _GLUED_BLOCK_START.finditer(text)), len(text)]
    blocks = [(start, end) for start, end in zip(cuts, cuts[1:]) if end > start and not text[start:end].isspace()]
    if len(blocks) < 2:
        return
    for k, (start, end) in enumerate(blocks):
        block = text[start:end].rstrip()
        words = block.split()
        if not block[:1].isupper() or len(words) not in _GLUED_CAPTION_WORDS \
                or sum(map(str.islower, words)) < 2 or len(_SENTENCE_BREAK.findall(block)) > 1:
            continue
        after = text[blocks[k + 1][0]:blocks[k + 1][1]].strip() if k + 1 < len(blocks) else ""
        if after and len(after) <= _CREDIT_LENGTH and (block[-1] in _STOPS or not after.startswith(_ILLUSTRATION_LABELS)) \
                and _picture_credit(after):
            yield start, blocks[k + 1][0] + len(text[blocks[k + 1][0]:blocks[k + 1][1]].rstrip())
        elif _tail_may_credit(block) and _caption_before_credit(block) is not None:
            yield start, start + len(block)


_SENTENCE_ENDS_CHARS = frozenset(_SENTENCE_ENDS)
_OPENS_A_SENTENCE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ\"“‘'")


def _caption_lines(text: str, article: Article | None = None) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of the caption lines of a block whose line breaks an extractor kept between the page's
    paragraphs (a line too long to be a hard wrap): a line ending in a credit, a 'Label: caption.' line between
    two such long lines, or under one such line a portrait's caption or an artist's work (see _portrait_caption,
    _named_work) of someone of the story."""
    kept = _kept_lines(text)
    if kept is None:
        return
    lines, starts = kept
    for k, line in enumerate(lines):
        end = starts[k] + len(line.rstrip())
        if _caption_before_credit(line) is not None and len(line) <= 400:
            yield starts[k], end, "with its credit"
        elif 0 < k < len(lines) - 1 and len(lines[k - 1]) > _UNWRAPPED and len(lines[k + 1]) > _UNWRAPPED \
                and _label_caption(line):
            yield starts[k], end, "'label: caption' form"
        elif article is not None and 0 < k and len(lines[k - 1]) > _UNWRAPPED and line[:1].isupper() and (
                len(line) <= _PORTRAIT_LINE_MAX and _portrait_caption(article, line)
                or ": " in line and len(line) <= _NAMED_WORK_LENGTH and _named_work(article, line)):
            yield starts[k], end, "a portrait's caption or an artist's work"


_BOX_CAPTION_WORDS = range(6, 61)  # words of a caption above its credit in a text browser's box


def _box_captions(article: Article, paragraph: Paragraph) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of the captions inside a text browser's box of lines (a paragraph some of whose breaks no
    wrap made: a card's caption, its credit and its headline printed without a blank line between them; its pieces
    are ``text_browser.box_pieces``): a piece of six to sixty words, a capital first, one sentence or two, above a
    piece that credits a picture (:func:`_picture_credit`), with that credit; or a piece that ends in its credit
    (``_caption_before_credit``). Offsets in the paragraph's text."""
    pieces = box_pieces(article.text, paragraph)
    for k, (start, end, piece) in enumerate(pieces):
        after = pieces[k + 1] if k + 1 < len(pieces) else None
        if after and piece[:1].isupper() and piece[0] not in _QUOTE_OPENERS \
                and len(piece.split()) in _BOX_CAPTION_WORDS and len(_SENTENCE_BREAK.findall(piece)) <= 1 \
                and _picture_credit(after[2]):
            yield start - paragraph.start, after[1] - paragraph.start, "above its credit"
        elif _tail_may_credit(piece) and _caption_before_credit(piece) is not None:
            yield start - paragraph.start, end - paragraph.start, "with its credit"


def _picture_credit(text: str) -> bool:
    """Whether ``text`` is a credit line that says it credits a picture: a picture's or a credit's word, or a slash
    ('Photo: Jane Doe', 'Jane Doe/Valley Post'; not an agency or a name alone, a deck's byline)."""
    return (_CREDIT_WORD.search(text) is not None or "/" in text) and credit_only(text)


def _speaker_turn(paragraphs: list[Paragraph], i: int) -> bool:
    """Line ``i`` is a turn of a transcript or an interview ('CALDER: Thank you for coming.'): its label opens
    another line near it (a gallery's 'label: caption' lines each name another picture)."""
    opening = paragraphs[i].text.partition(": ")[0] + ": "
    return any(paragraphs[j].text.startswith(opening)
               for j in range(max(0, i - _TURN_REACH), min(len(paragraphs), i + _TURN_REACH + 1)) if j != i)


_TURN_REACH = 4  # lines either side of a speaker's turn searched for another of the speaker's


def _label_caption(text: str) -> bool:
    match = _LABEL_CAPTION.fullmatch(text.rstrip())
    if not match or len(text.split()) > MAX_WORDS // 2 or match.group("label").lower() in NOTE_LABELS:
        return False
    words = [w.lower() for w in match.group("text").split()]
    return sum(w in _PROSE for w in words) == 0 and text.rstrip()[-1] in ".)"
