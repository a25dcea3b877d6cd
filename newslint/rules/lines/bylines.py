"""NL315 and NL313: the author's lines kept in the body: a byline ('By Jane Doe, Reuters') in its name, role
and date forms, and an author's bio or contact line (at the end of the story, or in an author box above it).
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Iterable

from newslint import regexcache
from newslint.fixes import delete_paragraph
from newslint.furniture import FUNCTION_WORDS as _FUNCTION, WEB_WORDS as _WEB
from newslint.lineshapes import (AGENCY, BYLINE_LINE, ITEM_OPENINGS, _BYLINE_ROLE, _PERSON, _ROLE_LINE, _ROLE_NOUNS, _STAMP_WORDS,
                                 timestamp_line)
from newslint.model import Article, Paragraph, fits_after
from newslint.rule import Cues, Finding, Fix, Rule, Severity, Trigger, quote
from newslint.rules.boilerplate import NON_NAMES
from newslint.rules.boilerplate.metadata import whole_header_byline
from newslint.rules.boilerplate.one_line import _menu_runs
from newslint.rules.boilerplate.signoffs import trailing_byline
from newslint.rules.extraction.glue import GlueSuspects
from newslint.rules.lines._shared import (CLOSED, HOLDS_BY, LINE_BREAK, SOFT_HYPHEN, _AGENCY_LINE, _CAPS_NAME,
                                          _FOLDED_LETTERS, _IMAGE_BY_LINE, _LONE_BY, _REPORTED, _SENTENCE_ENDS,
                                          _UNWRAPPED, _kept_lines, _set_apart, in_menu, paragraph_forms)
from newslint.rules.lines.bulleted_menus import delete_line
from newslint.rules.lines.page_bios import author_name_lines, bios_after_story, titled_bios
from newslint.rules.lines.stamps import (_FLAT_PAGE, _LAID_OUT, _NOT_FIRST_NAMES, _STAMP_LABEL, _holds_flat_page,
                                         flat_page_bylines, lone_lines, spaced_bylines, unmarked_paragraphs)


# a role of several words in title case or in capitals ('Chief Political Correspondent', 'SENIOR BUSINESS EDITOR')
_LONG_ROLE = (r"(?:(?:[A-Z][a-z]+ |[A-Z]{2,4} ){1,3}(?:" + _ROLE_NOUNS + r"|Photographer)s?"
              r"|(?:[A-Z]+ ){1,3}(?:" + _ROLE_NOUNS.upper() + r"|PHOTOGRAPHER)S?)")
# a news outlet by its shape: capitalised words ending in a word news outlets are named by ('Valley News', 'The
# Northern Echo Times'), with a place after a comma ('BBC News, Brussels'); not an acronym alone ('Big Lou
# Holdings, LLC', 'Jane Doe, MD')
_OUTLET_WORDS = frozenset("""News Sport Sports Times Post Herald Journal Press Tribune Gazette Telegraph Guardian Observer
Mail Star Chronicle Magazine Online Media Radio Television TV Network Wire Today Daily Weekly Review Standard Independent
Express Mirror Record Courier Bulletin""".split())
# longest first, in one order in every process (a set's order changes with the process's hash seed, and a pattern
# that changes is compiled anew and stored again in the regex cache)
_OUTLET_ALTERNATIVES = "|".join(sorted(_OUTLET_WORDS, key=lambda word: (-len(word), word)))
_OUTLET = (r"(?:The )?(?:[A-Z][\w&.'’-]* ){0,3}(?:" + _OUTLET_ALTERNATIVES + ")"
           r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?")
_OUTLET_NAME = regexcache.deferred(_OUTLET)
_NAME_AND_OUTLET = regexcache.deferred(_PERSON + r"(?:(?:,| and| &) " + _PERSON + r")*(?:,| [-–—|/]) " + _OUTLET
                                       + r"\s*")  # 'Jane Doe, Valley News', 'Jane Doe and John Smith, The Courier'


# an agency or an outlet's staff as author, or the agencies: 'Reuters', 'The Associated Press', 'CNN Staff', 'Agencies'
_WIRE_OR_STAFF = r"(?:[Tt]he )?(?:" + AGENCY + r"|[A-Z]{2,6}|[Aa]gencies)(?: [Ss]taff| STAFF)?"
# a role in lower case after a byline's name: the desk's or the rank's words, none that a letter's signature or a
# list of signatories gives ('retired editor', 'former reporter', 'writer')
_LOWER_ROLE_QUALIFIERS = ("staff|senior|chief|deputy|associate|assistant|contributing|special|political|business|"
                          "foreign|national|local|sports?|health|science|technology|tech|education|economics|"
                          "diplomatic|security|legal|investigative|digital|entertainment|arts|culture|environment|"
                          "climate|world|news|royal|crime|transport|energy|markets|politics|features|data|video")
_LOWER_ROLE_NOUNS = r"(?:reporter|writer|correspondent|editor|columnist|contributor)s?"
# bylines in the other forms sites print, each a whole line: the agency or the staff as the author ('By Reuters', 'By
# The Associated Press', 'By CNN Staff', 'By AFP and CNN staff', 'Staff and wire reports'), a name and the outlet it writes for ('Jane Doe,
# Special to The Valley Post', 'Jane Doe And John Smith For The Valley Post'), a name and a role of several words
# ('Jane Doe, Chief Political Correspondent')
_OTHER_BYLINE = regexcache.deferred(
    r"By " + _WIRE_OR_STAFF + r"(?: (?:and|&) " + _WIRE_OR_STAFF + r")?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r"|(?:(?:By|From) )?(?:[Ss]taff and wire|[Ss]taff|STAFF|[Ww]ire) [Rr]eports?"
    r"|" + _PERSON + r"(?:(?:,| and| And| &) " + _PERSON + r")*(?:"
    r",? (?:[Ss]pecial to (?:the |The )?|[Ff]or (?:the |The ))[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|on|and|the)){0,4}"
    r"|(?:,| [-–—|]) (?:" + _LONG_ROLE + "|" + _BYLINE_ROLE + r"(?=,))(?:, [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})?"
    r"|, (?:[A-Z]{2,5} |[A-Z][a-z]+ ){1,2}(?:correspondent|reporter|editor|writer|columnist)s?"  # 'Jane Doe, Lisbon correspondent'
    r"|(?:,| [-–—|/]) (?:(?:" + _LOWER_ROLE_QUALIFIERS + r") ){1,2}" + _LOWER_ROLE_NOUNS  # 'Jane Doe, staff writer'
    + r"| ?/ ?(?:" + _LONG_ROLE + r")"  # 'Jane Doe / Chief Political Correspondent'
    r"|(?:,| [-–—|]) (?:[A-Z][A-Z&.'’-]* ){0,2}(?:" + _OUTLET_ALTERNATIVES.upper() + r"))")  # 'Jane Doe, USA TODAY'
_NAMES = regexcache.deferred(_PERSON + r"(?:(?:,| and| And| &) " + _PERSON + r")+")  # 'Jane Doe and John Smith'
# a name, a separator or a date's label, and the page's date or time ('Jane Doe, 2 hours ago', 'Jane Doe | May 3,
# 2021 | 4 min read', 'Jane Doe Published 3:41 PM EST, Mon March 2, 2020')
_NAME_THEN = regexcache.deferred(_PERSON + r"(?: (?:and|&) " + _PERSON + r")?(?:(?:,| ?[|•·/–—-]) ?| (?=" + _STAMP_LABEL
                                 + "))")


def _other_byline(text: str) -> bool:
    """A whole line of _STAFF_BYLINE or _OTHER_BYLINE, or a name followed only by the page's date or time; a name's first word is no
    function word, day, month or label of a date ('An Intelligence Test for The Ages' is a heading, 'Updated Monday,
    May 3' NL314's)."""
    first = text.split(None, 1)[0].lower().strip(",") if text else ""
    if any(map(text.__contains__, _STAFF_CUES)) and _STAFF_BYLINE.fullmatch(text):
        return True
    if first in _BYLINE_FIRST_WORDS:
        return _OTHER_BYLINE.fullmatch(text) is not None
    if first in _NOT_FIRST_NAMES or not text[:1].isupper() or _NAME_CUE.search(text) is None:
        return False  # (a name's line of these forms holds one of the cues)
    if _OTHER_BYLINE.fullmatch(text):
        return True
    if wire_dateline(text):
        return False  # its dash leads into the story
    name = _NAME_THEN.match(text) if any(map(str.isdigit, text)) else None  # (a date or time holds a figure)
    return name is not None and timestamp_line(text[name.end():].strip()) and not timestamp_line(text)


_SOURCE_MARKS = "/·"


def _source_line(text: str) -> bool:
    """A related story's source line in a box of links: an outlet, a slash or a middle dot, the story's age ('Valley
    Sports Weekly / 6 hours ago', 'Daily Planet · 3 hours ago'). Two or more make a box, none of them a byline; one
    alone may be a byline ('Jane Doe / 2 hours ago')."""
    if text.rstrip()[-3:].lower() not in ("ago", "now") or not any(map(text.__contains__, _SOURCE_MARKS)):
        return False
    name = _NAME_THEN.match(text)
    return name is not None and name.group().rstrip()[-1] in _SOURCE_MARKS \
        and timestamp_line(text[name.end():].strip())


# a wire story's dateline on a line of its own, its dash leading into the story (or a table of figures) below:
# 'NEW YORK, March 3 -', 'SAN FRANCISCO, Jan. 5, 2021 –', 'LONDON (Reuters) —', 'Rio de Janeiro, May 2 -'
_DATELINE = regexcache.compile(r"(?P<place>[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|del|da|do|es|el|la|al)){0,3})"
                               r"(?P<day>,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?P<agency> \([A-Z][\w ]{1,30}\))? ?[-–—]")


def wire_dateline(text: str) -> bool:
    """A line that is a wire dateline alone (see _DATELINE): a place, a day, the agency, the dash; never a byline. The
    place in capitals, or a day or an agency after it ('Share -', 'Jane Doe -', 'Updated March 3 -' are none)."""
    text = text.strip()
    match = _DATELINE.fullmatch(text) if len(text) <= 80 and text[-1:] in "-–—" else None
    return match is not None and match.group("place").split()[0].lower() not in _STAMP_WORDS \
        and bool(match.group("place").isupper() or match.group("day") or match.group("agency"))


_BYLINE_FIRST_WORDS = frozenset(("by", "from", "staff", "wire"))
_NAME_CUE = regexcache.compile(r"[,|/•·–—-]| [Ff]or | [Ss]pecial to | " + _STAMP_LABEL)  # what follows the name
# the staff, the agencies or the board as author, a whole line: 'By Staff', 'Valley Courier Staff', 'By Agencies',
# 'Staff and agencies', 'Guardian staff and agencies', 'The Editorial Board', 'By Our Correspondent'
_STAFF_BYLINE = regexcache.deferred(
    r"By (?:(?:[Tt]he )?(?:[A-Z][\w&.'’-]* ){0,3}(?:Staff|STAFF)|(?:[Ss]taff and )?[Aa]gencies|AGENCIES"
    r"|Our (?:Staff|Reporters?|Correspondents?))"
    r"|(?:The )?(?:[A-Z][\w&.'’-]* ){0,2}(?:" + _OUTLET_ALTERNATIVES + r") (?:Staff|STAFF)|[A-Z]{2,5} (?:[Ss]taff|STAFF)"
    r"|(?:By )?(?:[A-Z][\w&.'’-]* ){1,2}News Service"
    r"|(?:[A-Z][\w&.'’-]* )?[Ss]taff and [Aa]gencies|(?:By )?[Tt]he [Ee]ditorial [Bb]oard")  # ('Agencies' alone: a menu's)
_STAFF_CUES = ("taff", "TAFF", "gencies", "GENCIES", "ditorial", "News Service")


# a broadcaster's or agency's desk: its initials and the desk's name ('CNN Business', 'ABC Sport', 'AFP Fact Check'),
# a desk word every newsroom names its sections by
_DESK_WORDS = frozenset("""Business Politics Sport Sports Health Travel Tech Technology Money Entertainment Style World
Weather Digital Investigates Opinion Science Climate Culture Arts Markets Wellness Fact Check Español""".split())
_NAME_AND_DESK = regexcache.deferred(_PERSON + r"(?:,| [-–—|/]) [A-Z]{2,5}(?: (?:" + "|".join(sorted(_DESK_WORDS))
                                     + r")){1,2}\s*")  # 'Jane Doe, CNN Business'


def _name_and_outlet(text: str) -> bool:
    """'Jane Doe, Valley News' (_NAME_AND_OUTLET), asked only of a line holding a word outlets are named by, or 'Jane
    Doe, CNN Business' (_NAME_AND_DESK), only of a line holding a desk word."""
    words = text.replace(",", " ").split()
    return not _OUTLET_WORDS.isdisjoint(words) and _NAME_AND_OUTLET.fullmatch(text) is not None \
        or not _DESK_WORDS.isdisjoint(words) and _NAME_AND_DESK.fullmatch(text) is not None


# a line under a byline's name: its role, also in sentence case ('Political correspondent', 'Business reporter,
# BBC News'): read only beside a name line, where a headline ('Police arrest reporter') does not stand (an outlet
# alone is not enough: 'Safety Tracker' / 'Sports' in a menu)
_UNDER_NAME = regexcache.compile(
    r"(?:" + _ROLE_LINE + r"|(?!(?:Dear|Letters?|To|The|Of|For|From|And|An?|Our|Your|My|Former)\b)[A-Z][\w.'’-]+"
    r"(?: [a-z]+){0,2} (?:reporter|writer|correspondent|editor|columnist|contributor|photographer|producer|journalist)"
    r"s?(?:, [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})?)\s*")

# the shape of a byline whatever the site puts after the name: an opener ('By', 'Words by', 'Reporter:'), one or
# more names (particles and capitals too: 'Jane van der Berg', 'JANE DOE'), then only what a byline carries — the
# outlet, a role, a place, the date and time in any form, a reading time, separators — and no word of a sentence
_BYLINE_OPENER = regexcache.compile(
    r"(?:(?:Article|Story|Words|Written|Posted|Reported|Text|Contributed|Compiled|Reporting|Photos?|Interview|Opinion"
    r"|Analysis|Commentary|Review|Essay|Column|Produced|Edited) [Bb]y"
    r"|(?:Words|Story|Text|Photos?) and (?:pictures|photos|photographs|images|words|text)(?: by)?"
    r"|By|BY|Author|Authors|Reporter|Reporters|Reporting|Writer|Byline):? ")
_BYLINE_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|(?:de|van|von|der|den|da|di|del|della|dos|du|al|el|bin|le|la)(?![\w'’-]))"
_BYLINE_NAME = regexcache.compile(
    r"(?:(?:Dr|Prof|Professor|Sir|Dame)\.? )?[A-Z][\w'’-]*\.?(?: " + _BYLINE_NAME_WORD + r"){1,4}"
    r"(?:,? (?:Jr|Sr|III|II)\.?)?(?:(?:,| and| &) (?:[A-Z][\w'’-]*\.?)(?: " + _BYLINE_NAME_WORD + r"){1,4})*")
_BYLINE_TAIL_TOKEN = regexcache.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[^\W\d_][\w'’.&-]*|\d[\d:.,/]*|[^\w\s]")
# the lower-case words a byline's tail may hold besides the date's: an outlet's, a role's, a place's small words
_BYLINE_TAIL_WORDS = _STAMP_WORDS | frozenset("""and for in at of the to via with from special staff senior chief
reporter reporters writer writers correspondent correspondents editor editors contributor contributors columnist
columnists photographer photographers producer journalist analyst desk news read a.m. p.m. am. pm.""".split())
_BYLINE_TAIL_MAX = 14  # tokens after the name
# an editor's initials or the agencies in parentheses closing a byline: 'Author: Jane Doe (jd)', '(jd/dpa, AFP)'
_EDITOR_INITIALS = regexcache.compile(r" \((?:[a-z]{2,3}|[A-Z][A-Za-z]{1,5})(?:(?:/|, ?)(?:[a-z]{2,3}|[A-Z][A-Za-z]{1,5}))*\)$")


def _byline_shape(text: str) -> bool:
    """A line (up to 90 characters, see the caller) that opens as a byline and holds nothing else a byline does not
    carry: 'By Jane Doe for The Post', 'BY JANE DOE', 'By Jane Doe, Oct. 13, 2020 at 5:00 p.m.', 'Reporter: Jane
    Doe', 'By The Valley Press - May 3, 2020', 'Author: Jane Doe (jd)'. Its words after the name are capitalised
    (an outlet, a role, a place, a month), figures, separators, or the small words of a date, an outlet or a role,
    an author's address ('By Jane Doe | jdoe@example.com'), then the editor's initials or the agencies in
    parentheses (_EDITOR_INITIALS); a name's first word is no day or month ('By Tuesday …')."""
    opener = _BYLINE_OPENER.match(text)
    if not opener:
        return False
    name = _BYLINE_NAME.match(text, opener.end())
    if not name or name.group().split(None, 1)[0].lower().strip(".") in NON_NAMES:
        name = _OUTLET_NAME.match(text, opener.end())  # 'By The Valley Press'
        if not name:
            return False
    initials = _EDITOR_INITIALS.search(text, name.end())
    tail = _BYLINE_TAIL_TOKEN.findall(text, name.end(), initials.start() if initials else len(text))
    return len(tail) <= _BYLINE_TAIL_MAX \
        and all(not t[0].islower() or t.lower() in _BYLINE_TAIL_WORDS or "@" in t for t in tail) \
        and not (tail and tail[-1] == "." and len(tail) > 1 and tail[-2][:1].islower())
# a byline's label with its colon, a name of two to four words and an editor's initials ('… the talks.  Author: Jane
# Doe (jd)  The minister …', '… April 26, 2022 Written by: Jane Doe Photo: John Roe …'), after a sentence's end or a
# year, before a capital or the line's end: a page flattened to lines of its elements set apart by spaces
_RUN_IN_LABELLED_BYLINE = regexcache.compile(
    r"(?:[.!?\"”]|\d{4})[ \t]+((?:Author|Written by): [A-Z][\w'’-]+\.?"
    r"(?: (?![\w'’-]+:)(?:[A-Z][\w'’-]+\.?|de|van|von|da|di|del|al|bin|le|la)){1,3}(?: \([a-z]{2,3}(?:/[a-z]{2,3})*\))?)"
    r"(?=[ \t]+[A-Z“\"‘]|[ \t]*$)", re.MULTILINE)
_RUN_IN_LABELS = frozenset(("Author", "Written"))  # a word of every _RUN_IN_LABELLED_BYLINE match
_GLUED_COLON_BYLINE = regexcache.compile(r"By " + _PERSON + r":(?= [A-Z])")
# a byline left at the end of a headline or caption line: 'Candidates to contest top post  - by Kareem Smith',
# '… from the water in Las Croabas. By U.S. CUSTOMS AND BORDER PROTECTION' (the second form only where it ends the
# paragraph: a hard-wrapped line may end on 'By Friday')
_DASH_BYLINE_TAIL = regexcache.compile(r"[ \t][-–—|][ \t]*[Bb]y:? (" + _PERSON + r")[ \t]*$", re.M)
_SENTENCE_BYLINE_TAIL = regexcache.compile(r"(?<=[.!?\"”’])[ \t]+By:? (" + _PERSON + r"(?: [A-Z][\w'’.-]*)*)\s*\Z")
_ROLE = regexcache.compile(r"\b(?:Reporter|Writer|Correspondent|Contributor|Desk)$")


class BylineLine(Rule):
    code = "NL315"
    name = "byline-line"
    severity = Severity.WARNING
    summary = "A byline line in the body: 'By', 'Article by Jane Doe', 'Jane Doe | Outlet', '– Jane Doe', 'Staff Reporter'."
    bad = "Article by Kareem Smith\nThe Democratic Labour Party has formally announced…"
    good = "The article by Kareem Smith was widely shared."
    explanation = ("A whole line that is a byline (with or without 'By', 'Author:' or 'Contributed by', a role such "
                   "as Staff Reporter, 'Jane Doe, Staff Writer', 'Jane Doe, Reuters', 'By Jane Doe on March 3, 2021', "
                   "an outlet after a bar, a dash before the name, 'Jane Doe - Reporter', 'Words: Jane Doe', 'by Jane "
                   "Doe' not ending a broken sentence; 'Article by' or 'Author:' and the name on the next line, or "
                   "the name over a role line), 'By Jane Doe:' "
                   "glued before the first sentence, a name or agency alone beside the page's date at the top of the "
                   "body ('Jane Doe' / 'Oct 13, 2020'), a name over the author's e-mail address, or a byline ending "
                   "a headline or caption line ('… top post - by "
                   "Jane Doe', '… at the ramp. By JANE DOE'). Any line that opens as a byline and carries nothing a "
                   "byline does not ('By Jane Doe for The Post', 'BY JANE DOE', 'By Jane Doe in Brussels, Oct. 13, "
                   "2020 at 5:00 p.m.'), a name and its news outlet ('Jane Doe, Valley News'), a role in sentence case "
                   "under a name ('Political correspondent'), an agency or the staff as author ('By Reuters', 'By "
                   "CNN Staff', 'Staff and wire reports'), a name and the outlet it writes for ('Jane Doe, Special to "
                   "The Post'), a role of several words ('Jane Doe, Chief Political Correspondent'), a desk's or rank's role in "
                   "lower case ('Jane Doe, staff writer'), a role after a slash ('Jane Doe / Staff Writer'), a name and the "
                   "page's date or time ('Jane Doe, 2 hours ago'), and a role and name glued at both ends into a page "
                   "flattened to one line are bylines too. The 'By Jane Doe | Reuters' form at the very start of "
                   "the body is NL332, and a byline that is the last paragraph, after a sentence, NL340's. In a whole "
                   "page kept one element a line, a name under a lone 'By', a line of "
                   "a byline's shape and a name beside a date line are bylines, unless the line is a piece of a "
                   "sentence broken at a link; so is a line of a byline's shape in a short block of a page's "
                   "elements ('Features' / 'By Jane Doe' / 'published 9 May 2021'). A wire dateline alone on its "
                   "line ('NEW YORK, March 3 -', its dash "
                   "leading into the story or a table) is no byline, nor is a quotation's speaker under it ('- Mr Doe.') or a "
                   "name with an affiliation among names set one a line (an open letter's signatories). "
                   "A 'By Jane Doe' run into a line before the page's date ('… game. By Jane Doe 11 February 2020 "
                   "Comments …': a page flattened to one line) is a byline too, and so is a line of a laid-out page "
                   "read without lynx's reference markers ('By [12]Jane Doe'). In a page flattened to one line "
                   "(2,000 characters or more), 'by', 'by:' or 'Author:' and a name before a full date or a date's "
                   "label ('… harbour notes by Jane Doe October 12, 2022 in …') is a byline too, and so is 'By' and a "
                   "name after a word that ends no sentence and before a capital ('… fight against poverty By Jane "
                   "Doe Talks resume …': a list of headlines and their bylines), outside a menu's run of labels. "
                   "A byline glued to the block before it by an extraction without separators "
                   "('… the high street.ByJane Doe Thursday, …') is reported where NL343 does not report the seam. "
                   "A line that is only the name of an author whose bio the page prints (NL313's test, opening "
                   "with that name) is a byline: an author box's name lines ('[12]Jane Doe' / '+ FOLLOW'). A name "
                   "linked to its author's page ('[Jane Doe](/author/jane-doe)', '[Jane Doe](/jane-doe/)') beside a "
                   "line that is only the page's date is a byline anywhere in the body.")

    def check(self, article: Article) -> Iterable[Finding]:
        reported = list(self._bylines(article))
        yield from reported
        if not article.distinct_words.isdisjoint(_BIO_GATE):  # (a bio holds one of its words)
            for start, end in author_name_lines(article, _page_bio):
                if not any(f.start < end and start < f.end for f in reported):
                    yield self.finding(start, end, f"author's name line: {quote(article.text[start:end])}",
                                       delete_line(article.text, start, end))

    def _bylines(self, article: Article) -> Iterable[Finding]:
        yield from self._glued_name_headings(article)
        labelled = list(self._run_in_labelled_bylines(article)) \
            if not article.distinct_words.isdisjoint(_RUN_IN_LABELS) else []  # (a set's test: a labelled byline is rare)
        yield from labelled
        yield from self._flat_page_bylines(article, labelled)
        yield from self._headline_bylines(article)
        roles = _roles_held(article)  # a glued heading is looked for only where the text holds its role
        emails = None  # the article's '@', counted where a short paragraph first asks
        paragraphs = article.paragraphs
        marks = paragraph_forms(article)[3]  # (one compiled pass: most paragraphs are none of the forms)
        last = len(paragraphs) - 1
        unmarked = {paragraph.index: text for paragraph, text in unmarked_paragraphs(article)}
        candidates = range(len(paragraphs)) if roles else _byline_candidates(paragraphs, marks)
        for i in sorted({*candidates, *unmarked}) if unmarked else candidates:
            paragraph = paragraphs[i]
            text = paragraph.text
            if marks[i] & HOLDS_BY:
                yield from self._glued_bylines(paragraph)
                yield from self._spaced_bylines(paragraph)
            if marks[i] & SOFT_HYPHEN:
                text = text.replace("\xad", "")  # soft hyphens a page sets in names ('PE\xadTER')
            tail = _byline_tail(text) if len(text) <= _BYLINE_TAIL_MAX_LENGTH \
                and not text.rstrip().endswith(_SENTENCE_ENDS) else None
            if tail:
                start, end = paragraph.start + tail.start(1), paragraph.start + tail.end(1)
                yield self.finding(start, end, f"byline left at the end of a line: {quote(tail.group(1))}",
                                   Fix.replace(paragraph.start + tail.start(), end, "", safe=False,
                                               description="remove the byline"))
                continue
            if i in unmarked and len(unmarked[i]) <= _BYLINE_LINE_MAX \
                    and (_opens_byline(unmarked[i]) or text.count("](") == 1):  # (a row of links: a menu's)
                text = unmarked[i]  # 'By [Jane Doe](https://…)', '**By Jane Doe**': its words without their markup
            if "\n" in text and len(text) <= _BYLINE_LINE_MAX:
                joined = " ".join(text.split())  # 'Article by' / 'Kareem Smith': one byline broken over two lines
                if text is paragraph.text and not _whole_byline(joined):
                    found = list(self._lone_bylines(paragraph, _apart_lines(text, beside_date=True)))
                    if found:  # 'Features' / 'By Jane Doe' / 'published 9 August 2012': a byline among its lines
                        yield from found
                        continue
                text = joined
            if len(text) > _BYLINE_LINE_MAX:
                if "\n" in text and (kept := _kept_lines(text)) is not None:
                    for start, end in _byline_lines(*kept):
                        yield self.finding(paragraph.start + start, paragraph.start + end,
                                           f"byline line in the body: {quote(' '.join(text[start:end].split()))}",
                                           Fix.replace(paragraph.start + start, paragraph.start + end + 1, "",
                                                       safe=False, description="delete the byline"))
                elif "\n" in text:  # a text browser's or a converter's page: a byline among its wrapped paragraphs
                    lone = lone_lines(text) if max(map(len, text.split("\n"))) >= _LAID_OUT else _apart_lines(text)
                    yield from self._lone_bylines(
                        paragraph, chain(lone, _by_under_full_line(text)) if marks[i] & HOLDS_BY else lone)
                if roles:
                    yield from self._glued_headings(paragraph, roles)
                if i < 3 and text.startswith("By ") and (glued := _GLUED_COLON_BYLINE.match(text)):
                    end = paragraph.start + glued.end()
                    yield self.finding(paragraph.start, end, f"byline glued to the text: {quote(glued.group())}",
                                       Fix.replace(paragraph.start, end + 1, "", safe=False,
                                                   description="remove the byline"))
                continue
            if i == last and trailing_byline(article):
                continue  # a byline ending the article, 'By Jane Doe': NL340's (one defect, one finding)
            if len(text) <= 120 and _IMAGE_BY_LINE.fullmatch(text.strip()):
                yield self.finding(paragraph.start, paragraph.end, f"photo credit line in the body: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the credit"))
                continue
            if _after_lone_by(article, i):
                yield self.finding(paragraph.start, paragraph.end, f"byline name in the body: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the byline"))
                continue
            if _AUTHOR_LABEL.fullmatch(text.strip()) and i < last and _after_lone_by(article, i + 1):
                yield self.finding(paragraph.start, paragraph.end, f"byline's label in the body: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the byline's label"))
                continue
            if _agency_over_story(article.paragraphs, i):
                yield self.finding(paragraph.start, paragraph.end, f"agency byline over the story: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the byline"))
                continue
            if _name_beside_date(article.paragraphs, i) \
                    or i in unmarked and _author_link(paragraph.text, text) and _beside_date(article.paragraphs, i, text) \
                    and not _under_quotation(article.paragraphs, i):
                yield self.finding(paragraph.start, paragraph.end, f"byline beside the page's date: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the byline"))
                continue
            if emails is None:
                emails = article.text.count("@")
            if 0 < emails <= _BYLINE_EMAILS and _name_over_email(article.paragraphs, i):
                yield self.finding(paragraph.start, paragraph.end, f"byline above the author's e-mail: {quote(text)}",
                                   delete_paragraph(article, paragraph, "delete the byline"))
                continue
            candidate = text  # 'by Jane Doe' on a line of its own, not the end of a sentence broken over two lines
            if text.startswith("by: ") or text.startswith("by ") and (  # ('by:' never goes on with a sentence)
                    i == 0 or article.paragraphs[i - 1].text.rstrip().endswith(_SENTENCE_ENDS)):
                candidate = "B" + text[1:]
            if not (BYLINE_LINE.fullmatch(candidate) and (_opens_byline(candidate) or i not in unmarked
                                                         and not in_menu(paragraphs, i, unmarked=unmarked))
                    or _byline_shape(candidate) or _name_and_outlet(text) or _other_byline(candidate)
                    or _author_item(paragraph.text, article.text, paragraph.start)) \
                    or _quoted_list_item(article, i):
                continue
            if i < 2 and whole_header_byline(paragraph.text):
                continue  # NL332 reports it ('By The Associated Press' it leaves)
            if _source_line(text) \
                    and sum(_source_line(unmarked.get(j, p.text)) for j, p in enumerate(paragraphs)) > 1:
                continue  # a box of related stories, each headline over its outlet and age: no byline
            yield self.finding(paragraph.start, paragraph.end, f"byline line in the body: {quote(text)}",
                               delete_paragraph(article, paragraph, "delete the byline"))

    def _lone_bylines(self, paragraph: Paragraph, lines: Iterable[tuple[int, str]]) -> Iterable[Finding]:
        """The findings of the lines of ``paragraph`` (each where it starts in the paragraph, stripped) that are a
        byline of their own: _byline_shape or _other_byline, read without lynx's reference markers ('By [12]Jane
        Doe')."""
        for start, line in lines:
            words = _LYNX_MARKER.sub("", line) if "[" in line else line
            if _byline_shape(words) or _other_byline(words) or _author_item(words, paragraph.text, start):
                yield self.finding(paragraph.start + start, paragraph.start + start + len(line),
                                   f"byline line in the body: {quote(line)}",
                                   Fix.replace(paragraph.start + start, paragraph.start + start + len(line) + 1, "",
                                               safe=False, description="delete the byline"))

    def _glued_bylines(self, paragraph: Paragraph) -> Iterable[Finding]:
        """Bylines glued to the block before them by get_text() without a separator (see _GLUED_BYLINE). A word
        glued to 'By' and a name ('BerryessaByJ.R. Stone') is a seam NL343 or NL102 reports, and a finding here
        would hide NL343's."""
        text = paragraph.text
        for match in _GLUED_BYLINE.finditer(text):
            before = text[match.start() - 1] if match.start() else ""
            if before in _BEFORE_GLUED_BY and not (before.isalpha() and text[match.start() + 2:match.start() + 3] != " "):
                start, end = paragraph.start + match.start(), paragraph.start + match.end()
                yield self.finding(start, end, f"byline glued to the block before it: {quote(match.group())}",
                                   Fix.replace(start, end, "", safe=False, description="remove the byline"))

    def _spaced_bylines(self, paragraph: Paragraph) -> Iterable[Finding]:
        """A byline run into a line after a space and followed by the page's date (stamps.spaced_bylines): a page
        flattened to one line, or a byline set inline between a headline and the story (the date is NL314's)."""
        for match in spaced_bylines(paragraph.text):
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            yield self.finding(start, end, f"byline run into the line: {quote(match.group())}",
                               Fix.replace(start, end, "", safe=False, description="remove the byline"))


    def _glued_headings(self, paragraph: Paragraph, roles: tuple[str, ...]) -> Iterable[Finding]:
        """A box's byline heading glued into a page flattened to one line, at both its ends: '… the Derby
        trial.BBC Sport racing correspondent Jane DoeShutter Speed's …' (a role and a name between a sentence's
        stop and the next word's capital: in prose the name is followed by a space). ``roles``: _roles_held's."""
        text = paragraph.text
        seen = set()
        for role in roles:  # searched only around each role word: a search of the whole page is costly
            at = text.find(role)
            while at >= 0:
                window = max(0, at - _GLUED_HEADING_BEFORE)
                match = _GLUED_HEADING.search(text, window + 1, at + _GLUED_HEADING_AFTER)
                if match and match.start(1) <= at < match.end(1) and match.start(1) not in seen:
                    seen.add(match.start(1))
                    start, end = paragraph.start + match.start(1), paragraph.start + match.end(1)
                    yield self.finding(start, end, f"byline heading glued into the text: {quote(match.group(1))}",
                                       Fix.replace(start, end, "", safe=False, description="remove the byline"))
                at = text.find(role, at + len(role))

    def _flat_page_bylines(self, article: Article, labelled: list[Finding]) -> Iterable[Finding]:
        """A byline of another opening than 'By ' run into a page flattened to one line, a date after it
        (stamps.flat_page_bylines), where no labelled byline run into the line holds it (``labelled``)."""
        for paragraph, match in flat_page_bylines(article):
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            if not any(f.start < end and start < f.end for f in labelled):
                yield self.finding(start, end, f"byline run into the line: {quote(match.group())}",
                                   Fix.replace(start, end, "", safe=False, description="remove the byline"))

    def _headline_bylines(self, article: Article) -> Iterable[Finding]:
        """'By' and a name run into a page flattened to one line after a word that ends no sentence, before the next
        item's capital (see _HEADLINE_BYLINE): a list of headlines with their bylines, or the page's headline and
        its byline ('… against poverty By Jane Doe Talks resume …'), where no spaced byline (a date after it) is,
        nor a menu's run of labels (NL344's)."""
        if not _holds_flat_page(article):
            return
        for paragraph in article.paragraphs:
            text = paragraph.text
            if len(text) < _FLAT_PAGE or "By " not in text:
                continue
            spaced = menus = None  # the spaced bylines' starts and the line's menus (NL344's runs of labels: 'Life
            # By Design Fashion'), found where a headline's byline is
            for match in _headline_byline_matches(text):
                name = _name_up_to_function_word(match.group(1))
                if name.split(None, 1)[0].lower().rstrip(".") in _NOT_FIRST_NAMES or len(name.split()) < 2:
                    continue
                if spaced is None:
                    spaced = {byline.start() for byline in spaced_bylines(text)}
                    menus = [(start, end) for start, end, _ in _menu_runs(text, None)]
                if match.start() not in spaced and not any(start <= match.start() < end for start, end in menus):
                    start, end = paragraph.start + match.start(), paragraph.start + match.start(1) + len(name)
                    yield self.finding(start, end, f"byline run into the line: {quote(article.text[start:end])}",
                                       Fix.replace(start, end, "", safe=False, description="remove the byline"))

    def _run_in_labelled_bylines(self, article: Article) -> Iterable[Finding]:
        """A labelled byline run into a paragraph longer than a byline line after a sentence or a date (see
        _RUN_IN_LABELLED_BYLINE): a page flattened to lines of its elements set apart by spaces."""
        for paragraph in article.paragraphs:
            if len(paragraph.text) > _BYLINE_LINE_MAX and ": " in paragraph.text:
                for match in _RUN_IN_LABELLED_BYLINE.finditer(paragraph.text):
                    start, end = paragraph.start + match.start(1), paragraph.start + match.end(1)
                    yield self.finding(start, end, f"byline run into the line: {quote(match.group(1))}",
                                       Fix.replace(start, end, "", safe=False, description="remove the byline"))

    def _glued_name_headings(self, article: Article) -> Iterable[Finding]:
        """A box's byline heading that opens on the name, glued at both its ends into a page flattened to one line:
        '… in the capital.Analysis: Jane Doe, BBC Africa, NairobiThe talks …', '… the vote.By Jane Doe, Valley
        NewsThe result …' (see _GLUED_NAME_HEADING). Looked for back from the case changes inside a word that NL102
        finds (shared), never by a search of the whole page."""
        for offset, text, spans in article.shared("extraction.glue-suspects", GlueSuspects).runs():
            for run_start, run_end in spans:
                if text[run_start - 1:run_start] != " " or not (text[run_start].isupper() or text[run_start].islower()
                                                                 and text[run_start:run_end].startswith(_LOWER_ROLES)):
                    continue  # the heading's last word, after a space: a place, an outlet, a name or a role
                # 'NairobiThe', 'MailOnlineAs': the last word glued to a capitalised one, tried from the run's end
                # (a loop of its own: a generator, a partial and a filter for each run cost more than its few seams)
                for seam in range(run_end - 2, run_start, -1):
                    if text[seam].isupper() and text[seam - 1].islower() and text[seam + 1].islower() \
                            and (match := _name_heading_before(text, seam)):
                        start, end = offset + match.start(), offset + match.end()
                        yield self.finding(start, end, f"byline heading glued into the text: {quote(match.group())}",
                                           Fix.replace(start, end, "", safe=False, description="remove the byline"))
                        break


# in a page flattened to one line, 'By' and a name after a word that ends no sentence (a headline's last), before a
# capital (the next headline, a label) or a separator: '… against poverty By Jane Doe Talks resume …', '… in the
# Making By Jane Doe Last updated …', 'By JANE DOE Rivlin says …' (a name's last words given back to the capital
# after it where a lower-case word follows them); in prose 'By' opens a sentence after a stop
_HEADLINE_BYLINE = regexcache.compile(r"By (" + _PERSON + r"(?: (?:and|&) " + _PERSON + r")?)(?= [A-Z|•·–—-])")


def _headline_byline_matches(text: str) -> Iterable[re.Match[str]]:
    """Each _HEADLINE_BYLINE in ``text`` after a space and a lower-case letter, a figure or a ')', matched at each
    'By ' that str.find finds (a search by the pattern, a look-behind first, tried it at every character)."""
    at = text.find("By ", 2)
    while at > 0:
        match = _HEADLINE_BYLINE.match(text, at) if text[at - 1] == " " and _may_end_headline(text[at - 2]) else None
        at = text.find("By ", at + 3)
        if match:
            yield match


def _may_end_headline(character: str) -> bool:
    """Whether ``character`` may end a headline before its byline: a lower-case letter (ASCII), a figure or a ')'."""
    return "a" <= character <= "z" or "0" <= character <= "9" or character == ")"


def _name_up_to_function_word(name: str) -> str:
    """``name`` up to the first function word after its first word ('Jane Doe In New': the next headline's)."""
    words = name.split(" ")
    cut = next((i for i, word in enumerate(words[1:], 1) if word != "and" and word.lower() in _FUNCTION), len(words))
    return " ".join(words[:cut])


def _name_heading_before(text: str, seam: int) -> re.Match | None:
    """A _GLUED_NAME_HEADING that ends at ``seam``, matched from the last stop glued to a capital before it, or from
    a 'By' after a space (two starts at most: a search from every character of the reach cost 4 µs per article)."""
    window = max(0, seam - _GLUED_NAME_HEADING_REACH)
    stop = None
    for stop in _GLUED_STOP.finditer(text, window, seam):
        pass
    by = text.rfind("By ", window, seam)
    starts = ([stop.end()] if stop else []) + ([by] if by > 0 and text[by - 1] in " \xa0" else [])
    return next(filter(None, (_GLUED_NAME_HEADING.match(text, start, seam) for start in starts)), None)


# a byline heading that opens on the name (after 'By' or a box label), then (after a comma or not) its outlet or
# role and a place, glued at both ends: a sentence's stop before it (or a space before 'By'), the next sentence's
# first word after it (matched up to that word)
_GLUED_NAME_HEADING = regexcache.deferred(
    r"(?:(?:Analysis|Comment|Opinion|Viewpoint)(?::| by) |By )?" + _PERSON
    + r"(?: for (?:The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}\Z|,? (?:"  # 'By Jane Doe for Valley Online'
    r"(?:(?:[A-Z][\w&'’]*|[a-z]+) ){0,4}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Aa]nalyst|[Cc]olumnist|[Ww]riter)"  # role
    r"|(?:The )?(?:[A-Z][\w&.'’-]* ){0,3}(?:" + _OUTLET_ALTERNATIVES + r")"  # outlet
    r"|[A-Z]{2,5}(?: [A-Z][a-z]+){0,2})"  # a broadcaster's initials and a region or desk ('BBC Africa')
    r"(?:, [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)?\Z)")  # a place
# a sentence's stop glued to the next capital; the stop first, the letter before it looked behind from after it: a
# search then skips to each stop, where a look behind first is tried at every character (6 µs in a 120-character
# window)
_GLUED_STOP = regexcache.compile(r"[.!?\"”’](?<=[a-z\d][.!?\"”’])(?=[A-Z])")
_LOWER_ROLES = ("correspondent", "editor", "reporter", "analyst", "columnist", "writer")
_GLUED_NAME_HEADING_REACH = 120  # characters before the seam: the stop, a label, a name, a role and a place


_GLUED_HEADING_ROLES = frozenset(role for word in _LOWER_ROLES for role in (word, word.capitalize()))
_GLUED_HEADING_BEFORE = 80  # characters before the role word: up to four words, the stop before them
_GLUED_HEADING_AFTER = 60  # characters after it: the name and the capital glued to it
# (the stop first, the letter before it looked behind from after it, as _GLUED_STOP: a search skips to each stop, where
# a letter first was tried at nearly every character; searched from a character after the window's start, where the
# letter may stand)
_GLUED_HEADING = regexcache.compile(
    r"[.!?\"”’](?<=[a-z\d][.!?\"”’])((?:By )?(?:[A-Z][\w&'’]*\s){1,3}(?:[a-z]+\s){0,3}"
    r"(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Aa]nalyst|[Cc]olumnist|[Ww]riter)\s[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})"
    r"(?=[A-Z][a-z])")


def _roles_held(article: Article) -> tuple[str, ...]:
    """The words of _GLUED_HEADING_ROLES (in its order) that the article's text may hold: none where no word of the
    article is one (a glued heading's role is a word), else those whose letters after the first it holds ('ditor':
    'editor' and 'Editor', one scan of the text for the two)."""
    if article.distinct_words.isdisjoint(_GLUED_HEADING_ROLES):
        return ()
    stems = {role[1:] for role in _LOWER_ROLES if role[1:] in article.text}
    return tuple(role for role in _GLUED_HEADING_ROLES if role[1:] in stems)


# a byline glued to the block before it (get_text() without a separator) and followed by the page's date, a comma and
# no capital, or the line's end: '… lewd actByAlex Bozarjian Thursday, November 9, 2023', '… Lake BerryessaByJ.R.
# Stone Thursday', a list of headlines flattened to one line ('* Talks go onBy Jane Doe, * Schools shut …'; 'By Jane
# Doe, Valley NewsThe …' is _GLUED_NAME_HEADING's)
_GLUED_BYLINE = regexcache.compile(
    r"By ?" + _PERSON + r"(?:(?:,| and| &) " + _PERSON + r")*(?= (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\.? \d)|,(?= [^A-Z]|[ \t]*$)|[ \t]*$)", re.MULTILINE)  # (no comma before a capital: a date, an outlet)
_BEFORE_GLUED_BY = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.!?\"”’)")


def _byline_tail(text: str) -> re.Match | None:
    """A byline at the end of a headline or caption line of ``text`` (see _DASH_BYLINE_TAIL), looked for in a
    paragraph that does not end like a sentence (a name ends it, or a line after it) and says 'by'."""
    if "by" not in text and "By" not in text:
        return None
    return _DASH_BYLINE_TAIL.search(text) or _SENTENCE_BYLINE_TAIL.search(text)


_PERSON_LINE = regexcache.compile(_PERSON + r"\s*")


# a byline's label alone on the line over the name ('Author:' / 'Jane Doe'; 'Authors' heads a menu of a site's writers)
_AUTHOR_LABEL = regexcache.compile(r"(?:Author|AUTHOR):?")
# a list item of the page's metadata that names the author: 'Author' or 'Authors' and the name ('* Author Jane Doe',
# '-   Authors: Jane Doe and John Smith', a DW page's 'Date' / 'Author' / 'Keywords' list through lynx or Pandoc)
_AUTHOR_ITEM = regexcache.compile(r"[*+•-][ \t]+(?:Authors?|AUTHORS?):?[ \t]+")
_LIST_ITEM = regexcache.compile(r"[*+•-][ \t]+\S")
# the other items of a page's metadata list: its date, subjects, keywords, sharing
_METADATA_ITEM = regexcache.compile(r"[*+•-][ \t]+(?:Date|Published|Updated|Keywords|Tags|Topics"
                                    r"|(?:Related )?Subjects|Categor(?:y|ies)|Section|Source|Print|Permalink|Feedback"
                                    r"|Share)\b")


def _author_item(line: str, text: str, at: int) -> bool:
    """The (stripped) line, at ``at`` in ``text``, is a list item that is an author's label and a bare name or names,
    nothing else (not a writer in a list of them: 'Author Jane Doe, whose novel …'), alone or among the page's
    metadata items (_METADATA_ITEM): a list item above or below it is one ('- Poet Jane Doe' / '- Author John
    Smith' lists people by their trades)."""
    label = _AUTHOR_ITEM.match(line)
    if not label:
        return False
    name = line[label.end():].rstrip()
    if not (_bare_name(name) or _NAMES.fullmatch(name)):
        return False
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    above = text[:start].rstrip().rpartition("\n")[2].strip()
    below = text[end:].lstrip().partition("\n")[0].strip() if end >= 0 else ""
    return all(not _LIST_ITEM.match(item) or _METADATA_ITEM.match(item) for item in (above, below))


def _after_lone_by(article: Article, index: int) -> bool:
    """A name (or names) alone on the line after a lone 'by', 'Article by' or 'Author:', or above its role alone, or
    that role (the two halves of a byline an extractor split: 'by' / 'Jane Doe', 'Jane Doe' / 'Senior Editor' or
    'Political correspondent')."""
    paragraphs = article.paragraphs
    text = paragraphs[index].text
    if index > 0 and _UNDER_NAME.fullmatch(text) and _bare_name(paragraphs[index - 1].text.strip()):
        return True
    above = paragraphs[index - 1].text.strip() if index > 0 else ""
    if above and (_LONE_BY.fullmatch(above) or _AUTHOR_LABEL.fullmatch(above)):
        return _PERSON_LINE.fullmatch(text) is not None or _NAMES.fullmatch(text) is not None  # (one name or several)
    return index + 1 < len(paragraphs) and _PERSON_LINE.fullmatch(text) is not None and _bare_name(text.strip()) \
        and _UNDER_NAME.fullmatch(paragraphs[index + 1].text) is not None


def _byline_lines(lines: list[str], starts: list[int]) -> Iterable[tuple[int, int]]:
    """(start, end) of the byline lines of a block whose line breaks an extractor kept (_kept_lines: a whole page's
    text, one element a line): a name or names under a lone 'By' or 'Written by:' (the two lines together), a line of a
    byline's shape (_byline_shape, _name_and_outlet, _other_byline) or a name beside a line that is only a date, each standing
    apart from the lines around it (_set_apart: no piece of a sentence broken at a link)."""
    for k, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or len(stripped) > 90 or stripped[0].islower():
            continue
        start = starts[k] + len(line) - len(line.lstrip())
        below = lines[k + 1].lstrip()[:1] if k + 1 < len(lines) else ""
        if k and _LONE_BY.fullmatch(lines[k - 1].strip()) and lines[k - 1].strip()[:1].isupper() \
                and (_bare_name(stripped) or _CAPS_NAME.fullmatch(stripped) or _NAMES.fullmatch(stripped)
                     or _other_byline(stripped)) and not below.islower():
            yield starts[k - 1] + len(lines[k - 1]) - len(lines[k - 1].lstrip()), start + len(stripped)
        elif not _set_apart(lines, k):
            continue
        elif _byline_shape(stripped) or _name_and_outlet(stripped) or _other_byline(stripped) \
                or stripped.startswith(ITEM_OPENINGS) and _author_item(stripped, "\n".join(lines), start) \
                or len(stripped) <= _NAME_LINE_MAX \
                and _bare_name(stripped) and any(0 <= j < len(lines) and timestamp_line(lines[j].strip())
                                                 for j in (k - 1, k + 1)):
            yield start, start + len(stripped)


def _by_under_full_line(text: str) -> Iterable[tuple[int, str]]:
    """Where each line opening with 'By' starts, with the line stripped, in a block laid out at a width (see
    lone_lines) whose line above was full ('… shunned deeper ties with the' / 'By Jane Doe' / 'Honour guards carry
    …': a related story's headline wrapped over its lines) and which ends before it is full and stands apart
    (lone_lines asks the line above to end short too: a 'By' that opens a line is a wrap only inside a sentence)."""
    lines = text.split("\n")
    width = max(map(len, lines))
    if not _LAID_OUT <= width <= _UNWRAPPED:
        return
    at = len(lines[0]) + 1
    for k in range(1, len(lines)):
        line = lines[k]
        stripped = line.strip()
        if stripped.startswith("By ") and not fits_after(lines[k - 1], stripped, width) \
                and (k + 1 == len(lines) or fits_after(line, lines[k + 1], width)) and _set_apart(lines, k):
            yield at + len(line) - len(line.lstrip()), stripped
        at += len(line) + 1


def _whole_byline(text: str) -> bool:
    """The text (a short block's lines joined) is a byline of one of the forms a whole line is read for."""
    return bool(BYLINE_LINE.fullmatch(text) or _byline_shape(text) or _other_byline(text) or _name_and_outlet(text))


def _apart_lines(text: str, beside_date: bool = False) -> Iterable[tuple[int, str]]:
    """Where each line of a block of a page's elements, one a line (a short block, or one narrower than a layout's
    width: lone_lines reads those), starts, with the line stripped, for the lines that stand apart from the lines
    around them (_set_apart; a line below that is the page's date may open in lower case: 'Features' / 'By Jane
    Doe' / 'published 9 August 2012') and open as a byline does (_opens_byline: a name and a date without it is
    as often a letter's place and date) or as the author's item of the page's metadata list ('- Date …' / '- Author
    Jane Doe'); not a photo's credit ('Photo by Jane Doe / AFP': NL312's and NL320's).
    ``beside_date``: only a line directly above or below a line that is the page's date (a short block of two or
    three lines may be a story's paragraph)."""
    lines = text.split("\n")
    dates = [timestamp_line(line.strip()) for line in lines]
    at = 0
    for k, line in enumerate(lines):
        stripped = line.strip()
        below_date = k + 1 < len(lines) and dates[k + 1]
        if (_opens_byline(stripped) or _AUTHOR_ITEM.match(stripped)) and not _IMAGE_BY_LINE.fullmatch(stripped) \
                and (_set_apart(lines, k) or below_date and _set_apart(lines[:k + 1], k)) \
                and (not beside_date or below_date or k and dates[k - 1]):
            yield at + len(line) - len(line.lstrip()), stripped
        at += len(line) + 1


_LYNX_MARKER = regexcache.compile(r"\[\d+\](?=\S)")  # lynx's reference marker before a link's text
_BYLINE_LINE_MAX = 90  # characters: a longer paragraph is read only for a byline glued into it or ending it
_BYLINE_TAIL_MAX_LENGTH = 400  # characters: a longer paragraph has no byline at its end (_byline_tail)


def _byline_candidates(paragraphs: list[Paragraph], marks: bytes) -> list[int]:
    """The indexes of the paragraphs where BylineLine.check may find a byline when the text holds no glued heading's
    role (_roles_held): a line of up to 90 characters, a paragraph of up to 400 that does not end like a sentence
    (a byline may end it), or one that holds a line break, a soft hyphen or 'By' (``marks``: line_forms's). The
    others (most of a story's paragraphs) have none of its forms."""
    return [i for i, (mark, paragraph) in enumerate(zip(marks, paragraphs))
            if mark & _READ_WHATEVER_LENGTH or len(paragraph.text) <= _BYLINE_LINE_MAX
            or not mark & CLOSED and len(paragraph.text) <= _BYLINE_TAIL_MAX_LENGTH]


_READ_WHATEVER_LENGTH = LINE_BREAK | SOFT_HYPHEN | HOLDS_BY


_BYLINE_HEAD = 4  # paragraphs: a byline block opens the body
_NAME_LINE_MAX = 40  # characters


def _bare_name(text: str) -> bool:
    """The line is only a person's name: name words, none of them a function word or a word of the page ('Video
    Gallery'), no 'By'."""
    if not _PERSON_LINE.fullmatch(text) or text.startswith("By "):
        return False
    words = [word.lower() for word in text.split()]
    return _FUNCTION.isdisjoint(words) and _WEB.isdisjoint(words)


def _name_beside_date(paragraphs: list[Paragraph], index: int) -> bool:
    """A byline without 'By' in the block that opens the body: a line that is only a person's name ('Jane Doe') or
    an agency ('Reuters'), directly above or below a line that is only the page's date ('Oct 13, 2020')."""
    return index < _BYLINE_HEAD and _beside_date(paragraphs, index, paragraphs[index].text)


def _beside_date(paragraphs: list[Paragraph], index: int, text: str) -> bool:
    """The paragraph (its words ``text``: without their link markup where it is a link to an author's page, and so
    anywhere in the body, _author_link) is only a person's name or an agency, directly above or below a line that is
    only the page's date."""
    text = text.strip()
    if len(text) > _NAME_LINE_MAX or not (_AGENCY_LINE.fullmatch(text) or _bare_name(text)):
        return False
    return any(0 <= j < len(paragraphs) and timestamp_line(paragraphs[j].text) for j in (index - 1, index + 1))


_QUOTATION = regexcache.compile(r"(?:>\s*)?[\"“‘'][^\n]+[\"”’']")  # a paragraph that is a quotation whole


def _under_quotation(paragraphs: list[Paragraph], index: int) -> bool:
    """The paragraph above the name is a quotation whole ('"The lanes are here to stay."', a blockquote's '> "…"'):
    the name is a quote box's speaker, dated, not the page's byline."""
    return index > 0 and _QUOTATION.fullmatch(paragraphs[index - 1].text.strip()) is not None


_LINK_TARGET = regexcache.compile(r"\]\(([^()\s]+)\)")


def _author_link(text: str, name: str) -> bool:
    """The paragraph (``text``) is one Markdown link to an author's page: its target holds 'author' or the name's
    words (``name``: '[Jane Doe](/author/jane-doe/)', '[Jane Doe](/jane-doe/)'), as a page links its author's name;
    a menu's item or a section's label links elsewhere."""
    targets = _LINK_TARGET.findall(text) if "](" in text else ()
    if len(targets) != 1:
        return False
    target, words = targets[0].lower(), name.lower().split()
    return "author" in target or "-".join(words) in target or "".join(words) in target


# a news agency that writes the story, alone on a line ('Reuters', 'AP', 'The Associated Press', 'AFP'): not a
# picture agency, whose name alone is a credit
_WIRE_AGENCY_LINE = regexcache.compile(
    r"(?:[Tt]he )?(?:Reuters|REUTERS|AP|Associated Press|ASSOCIATED PRESS|AFP|Agence France-Presse|Bloomberg(?: News)?"
    r"|Xinhua|PA|Press Association|PA Media|DPA|dpa|UPI|EFE|ANSA|Kyodo(?: News)?|Yonhap|TASS|AAP|Canadian Press"
    r"|Anadolu Agency|PTI|IANS|ANI|CNN|CNN Wire)\s*")
_STORY_PARAGRAPH = 80  # characters: the story's first paragraph under the agency line


def _agency_over_story(paragraphs: list[Paragraph], index: int) -> bool:
    """A news agency alone on a line in the block that opens the body, directly over the story's first paragraph and
    under the title, a heading or a date (a line without a final stop), not under a caption, whose credit it is (a
    person's name alone there may be a section's title in title case: 'Our Town Today')."""
    if index >= _BYLINE_HEAD or index + 1 >= len(paragraphs) or not _WIRE_AGENCY_LINE.fullmatch(paragraphs[index].text):
        return False
    below = paragraphs[index + 1].text.rstrip()
    if len(below) < _STORY_PARAGRAPH or not below.endswith(_SENTENCE_ENDS):
        return False
    return index == 0 or not paragraphs[index - 1].text.rstrip().endswith(_SENTENCE_ENDS)


_BYLINE_EMAILS = 3  # '@' in a text: more is a list of names and addresses (a table of MPs), or a page's links


def _name_over_email(paragraphs: list[Paragraph], index: int) -> bool:
    """An author's name on a line of its own (in capitals or not) directly above or below an e-mail address whose
    local part holds the name's last word: 'Jane Doe' / 'jane.doe@example.com' (in a text of few '@': see the
    caller)."""
    text = paragraphs[index].text.replace("\xad", "").strip()
    if len(text) > _NAME_LINE_MAX or not (_PERSON_LINE.fullmatch(text) or _CAPS_NAME.fullmatch(text)):
        return False
    surname = text.split()[-1].lower()
    for j in (index - 1, index + 1):
        if 0 <= j < len(paragraphs) and "@" in (line := paragraphs[j].text.replace("\xad", "").strip()) \
                and " " not in line and len(surname) >= 3 and surname in line.partition("@")[0].lower():
            return True
    return False


def _opens_byline(text: str) -> bool:
    """The line opens as a byline does ('By', 'Written by', 'Author:'). Without it, a line of BYLINE_LINE's forms
    ('Reporter', 'Jane Doe | The Herald') is a byline neither inside a menu (in_menu) nor among links (a menu's
    'Local News | World News' read without its link markup)."""
    return text.startswith(("By", "by")) or _BYLINE_OPENER.match(text) is not None


def _quoted_list_item(article: Article, index: int) -> bool:
    """A line of a list of names (signatories, cast) rather than a lone byline: a neighbour has the same shape (a lone
    'By' above the line is its byline's opener, no name)."""
    text = article.paragraphs[index].text
    if text.startswith(("By", "Article", "Story", "Written", "Posted")) or _ROLE.search(text):
        return False
    neighbours = [article.paragraphs[j].text for j in (index - 1, index + 1) if 0 <= j < len(article.paragraphs)]
    return any(BYLINE_LINE.fullmatch(n) and not _LONE_BY.fullmatch(n.strip()) for n in neighbours) \
        or _among_names(article.paragraphs, index)


# a line of a list of people, one a line: a name alone or with an affiliation after a comma ('Jane Doe, Valley
# Magazine', 'John Roe, historian')
_LISTED_NAME = regexcache.deferred(_PERSON + r"(?:, [^\n]{1,60})?\s*")
_LISTED_NAME_MAX = 90  # characters


def _among_names(paragraphs: list[Paragraph], index: int) -> bool:
    """A name with an affiliation after a comma in a run of three lines or more that are each a person's name, with or
    without one (an open letter's signatories, a cast): the lines above and below it, or the two on one side. (A name
    of words of the page, 'Latest News', is none.)"""
    def listed(j: int) -> bool:
        text = paragraphs[j].text.strip() if 0 <= j < len(paragraphs) else ""
        return 0 < len(text) <= _LISTED_NAME_MAX and _LISTED_NAME.fullmatch(text) is not None \
            and _bare_name(text.partition(",")[0])

    return "," in paragraphs[index].text and (listed(index - 1) and (listed(index + 1) or listed(index - 2))
                                              or listed(index + 1) and listed(index + 2))


_BIO = regexcache.compile(r"(?:About the (?:[Aa]uthor|[Ww]riter|[Rr]eporter)s?:?\s+)?(?:" + _PERSON + r")?\s*" + _PERSON
                          + r"(?<![’']s) (?:[Ii]s (?:[Aa]|[Aa]n|[Tt]he)\b|writes\b|covers\b|has (?:been )?"
                  r"(?:writing|reporting|covering|written|reported)\b|has been (?:a|an|the)\b|was previously\b|joined\b)")
# what a bio that opens 'Jane Doe covers …' or 'Jane Doe writes …' says next: the outlet ('… politics for The Post')
_FOR_OUTLET = regexcache.compile(r"\b(?:for|at) (?:the |The )?[A-Z]")
_ROLE_WORDS = (r"reporter|editor|writer|correspondent|journalist|columnist|author|contributor|"
               r"freelance|producer|photographer|intern|founder|consultant|writing|covers|covering")
_BIO_ROLE = regexcache.compile(r"\b(?:" + _ROLE_WORDS + r")\b", re.I)
_BIO_GATE = frozenset(chain.from_iterable((word, word.capitalize(), word.upper()) for word in _ROLE_WORDS.split("|")))
_CONTACT = regexcache.compile(r"(?:To reach|To contact|Contact|Email|Reach) the (?:reporter|author|editor|writer|journalist)s?\b"
                              # a whole line with the handle: 'Follow her on Twitter @jdoe' (not 'Follow her on
                              # Instagram, the singer told fans'; the '@' is what the rule's trigger fires on)
                              r"|Follow (?:her|him|them) (?:on|at) (?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Mastodon"
                              r"|LinkedIn|TikTok):? @[\w.]+\.?\s*$")
# a contact line that names the author (asked only of a paragraph with an address in it)
_CONTACT_BY_NAME = regexcache.deferred(r"(?:Contact|Reach|Email|E-mail|Write to) " + _PERSON + r" (?:at|via|on) \S+@"
                                      r"|" + _PERSON + r" can be (?:reached|contacted|emailed|e-mailed) (?:at|via|on) \S+@")

_NAME_WORD_PARTICLES = ("de", "van", "von", "da", "di", "del", "al", "el", "bin", "le", "la")  # NAME_WORD's
# _BIO's verbs: a whole word ('is', 'has', 'was') or a word's start ('writes\b' may be 'writes,')
_BIO_VERBS = frozenset(("is", "Is", "has", "was"))
_BIO_VERB_STARTS = ("writes", "covers", "joined")
_BIO_VERB_REACH = 9  # words: two names of four words each, then the verb


def _may_open_bio(text: str) -> bool:
    """Whether ``_BIO`` may match at the start of ``text`` (a superset, asked first: the match tries every way of
    reading the opening capitalised words as one or two names, tens of thousands of instructions where a story's
    paragraph opens with a name). Unless the text opens with 'About the ', its words (split at white space, which
    no name word holds) start with a capital A-Z or one of NAME_WORD's particles up to a verb of _BIO, the third
    word at the earliest and the ninth at the latest."""
    if text.startswith("About the "):
        return True
    space = text.find(" ")  # (the second word, asked first: most paragraphs fail there)
    if space > 0 and not text[:1].isspace() \
            and not ("A" <= text[space + 1:space + 2] <= "Z" or text.startswith(_NAME_WORD_PARTICLES, space + 1)):
        return False
    for index, word in enumerate(text.split(None, _BIO_VERB_REACH)[:_BIO_VERB_REACH]):
        if index >= 2 and (word in _BIO_VERBS or word.startswith(_BIO_VERB_STARTS)):
            return True
        if not ("A" <= word[:1] <= "Z" or word.startswith(_NAME_WORD_PARTICLES)):
            return False
    return False


HONORIFIC = regexcache.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof|Professor)\.? ")
_HONORIFIC_INITIALS = "MDSLP"  # the first letter of every HONORIFIC match
_CONTACT_INITIALS = "TCERF"  # the first letter of every _CONTACT match
_NAME_OPENS = regexcache.compile(_PERSON + r"(?<![’']s) [a-z]")
_PRONOUN_BIO = regexcache.compile(r"[.!?] (?:He|She|They) (?:has (?:been )?(?:writing|reporting|covering|written|reported|worked)|"
                          r"is (?:a|an|the)|writes|covers|joined|was previously)\b")


def _bio_by_pronoun(text: str) -> bool:
    """'Alice Wu fell down the rabbit hole of politics aged 12 … She has been writing about local politics for the
    Post since 2008.': a name opens the paragraph and a later sentence says what he or she writes or is (the pronoun
    looked for first: every _PRONOUN_BIO holds 'He ', 'She ' or 'They ')."""
    if len(text) > 600 or "He " not in text and "She " not in text and "They " not in text \
            or not _NAME_OPENS.match(text) or _REPORTED.search(text):
        return False
    pronoun = _PRONOUN_BIO.search(text)
    return bool(pronoun) and bool(_BIO_ROLE.search(text, pronoun.start(), pronoun.end() + 120))


_JOURNALIST = regexcache.compile(r"\b(?:reporter|journalist|correspondent|columnist|editor|writer|freelance|contributor)s?\b",
                                 re.I)
_AUTHOR_BOX = 400  # characters: a longer paragraph is the story's
_BIO_HEAD = 60  # characters: a name opens the bio


def _author_box_above(article: Article, paragraph: Paragraph) -> bool:
    """A bio of the author in the first lines ('Jane Doe is a freelance journalist based in …'): a short paragraph
    that opens as a _BIO does, then calls the person a journalist of some kind, and names someone the rest of the
    text never names again (a story's lead about a reporter goes on speaking of her)."""
    text = paragraph.text
    opening = text[:_BIO_HEAD].split(None, 2)
    if len(text) > _AUTHOR_BOX or len(opening) < 3 or not opening[1][:1].isupper():
        return False  # (a name opens a bio: its second word has a capital)
    bio = _BIO.match(text) if _may_open_bio(text) else None
    if bio is None or "'s" in bio.group() or "’s" in bio.group() or not _JOURNALIST.search(text, bio.end()):
        return False
    surname = _PERSON_LINE.match(text).group().split()[-1]
    return len(surname) > 2 and not any(surname in p.text for p in article.paragraphs if p is not paragraph)


# every finding of AuthorBio holds a _BIO_ROLE word (which holds _JOURNALIST's and _CONTACT's words; a bio searched for
# it by Python's re with \b at both ends, but in a slice of the paragraph or up to an end position, which may cut a
# word: only its start is on a word's edge in the whole text) or an address ('@', _CONTACT_BY_NAME). RE2's \b is
# ASCII: beside an ASCII letter it is an edge wherever Python's is (a character that is no word character in Unicode
# is none in ASCII); the letters Python's re.I folds onto an ASCII letter and RE2's (?i) does not make it fire too.
_BIO_CUES = Cues(r"(?i:\b(?:" + _ROLE_WORDS + r"))|@|" + _FOLDED_LETTERS)  # (the letters outside (?i): 's' folds onto 'ſ')


class AuthorBio(Rule):
    code = "NL313"
    name = "author-bio"
    severity = Severity.WARNING
    summary = "An author's bio or contact line left at the end of the body, or after a whole page's story."
    bad = "…to the police.\n\nRamsey Khalifeh is a general assignment reporter on the NYC Accountability desk."
    good = "…to the police.\n\nKhalifeh, a reporter, said the desk would follow up."
    explanation = ("In the last four paragraphs: a paragraph that opens with a name followed by "
                   "'is a/the …' (or 'Is A …' in title case), 'writes', 'covers' and speaks of a reporter, editor, "
                   "writer, author…, with the name line above it that heads an author box; or a 'Contact the "
                   "author' / 'To reach the reporter' / 'Reach Jane Doe at jdoe@…' / 'Jane Doe can be reached at …' "
                   "line; or such a bio as the last line of a block whose line breaks an extractor kept. In the first two "
                   "paragraphs: a bio told through a pronoun, or a short bio of a journalist whom the rest of the text "
                   "never names again. Anywhere above the end: an author box's bio under its name line, opening with "
                   "the name or its first word and calling the person a journalist in its first sentence ('Jane Doe' / "
                   "'Jane joined the Post in 2010 as a reporter …'). After the story of a whole page (its author box "
                   "above the related stories and the footer): such a bio, alone or among a text browser's box of lines. "
                   "Anywhere in a whole page: a bio whose template writes its verb in title case after the name and "
                   "ends with a stop ('Jane Doe Is a Senior Reporter at the Post.').")

    trigger = Trigger(pattern=_BIO_CUES, group="words")  # a word list: judged with NL342's words (Triggers)

    def check(self, article: Article) -> Iterable[Finding]:
        reported = []
        for finding in self._bios_at_the_edges(article):
            reported.append(finding)
            yield finding
        for start, end in bios_after_story(article, _page_bio):  # (a whole page's author box, 46k)
            if not any(f.start < end and start < f.end for f in reported):
                reported.append(finding := self.finding(start, end,
                                                        f"author bio after the story: {quote(article.text[start:end])}",
                                                        delete_line(article.text, start, end)))
                yield finding
        for start, end in titled_bios(article, _page_bio):
            if not any(f.start < end and start < f.end for f in reported):
                yield self.finding(start, end, f"author bio in an author box: {quote(article.text[start:end])}",
                                   delete_line(article.text, start, end))

    def _bios_at_the_edges(self, article: Article) -> Iterable[Finding]:
        paragraphs = article.paragraphs
        # the end of the body: the last four paragraphs, or its last third where a page's menus follow the story
        first_edge = min(len(paragraphs) - 4, len(paragraphs) * 2 // 3)
        above = [p for p in paragraphs[:2] if _bio_by_pronoun(p.text) or _author_box_above(article, p)]  # above the story
        for paragraph in above:
            yield self.finding(paragraph.start, paragraph.end, f"author bio in the body: {quote(paragraph.text)}",
                               delete_paragraph(article, paragraph, "delete the author bio"))
        for i, paragraph in enumerate(paragraphs):
            if i < first_edge or i == 0 or above and paragraph in above:
                if 0 < i < first_edge and paragraph not in above and _bio_under_its_name(article, i):
                    yield self.finding(paragraph.start, paragraph.end, f"author bio in the body: {quote(paragraph.text)}",
                                       delete_paragraph(article, paragraph, "delete the author bio"))
                continue
            text = paragraph.text
            first = text[:1]  # (a letter tested before a match of each alternation)
            if first in _CONTACT_INITIALS and _CONTACT.match(text) or "@" in text and _CONTACT_BY_NAME.match(text):
                why = "contact line"
            elif first in _HONORIFIC_INITIALS and HONORIFIC.match(text):
                continue  # 'Mr Forsyth is a wonderful writer': a bio gives the full name
            elif _is_bio(text):
                why = "author bio"
            else:
                if "\n" in text and i == len(paragraphs) - 1:
                    yield from self._bio_line(paragraph)
                continue
            name = paragraphs[i - 1]
            if why == "author bio" and len(name.text) <= 40 and _PERSON_LINE.fullmatch(name.text) \
                    and text.startswith(name.text.strip()):  # the name heading an author box: 'Jane Doe' / 'Jane Doe is …'
                yield self.finding(name.start, name.end, f"author's name above the bio: {quote(name.text)}",
                                   delete_paragraph(article, name, "delete the author's name"))
            yield self.finding(paragraph.start, paragraph.end, f"{why} in the body: {quote(text)}",
                               delete_paragraph(article, paragraph, f"delete the {why}"))

    def _bio_line(self, paragraph: Paragraph) -> Iterable[Finding]:
        """The bio that ends the body as the last line of a block whose line breaks an extractor kept between the
        page's paragraphs (its other lines too long to be a hard wrap)."""
        body, _, last = paragraph.text.rstrip().rpartition("\n")
        if max(map(len, body.split("\n"))) > _UNWRAPPED and not HONORIFIC.match(last) and _is_bio(last):
            start = paragraph.start + len(body) + 1
            yield self.finding(start, start + len(last), f"author bio in the body: {quote(last)}",
                               Fix.replace(start - 1, start + len(last), "", safe=False,
                                           description="delete the author bio"))


_BIO_AFTER_NAME = regexcache.compile(r" (?:joined|is (?:an?|the)|has (?:been|worked|written|reported|covered)|covers"
                                     r"|writes|was previously|started)\b")
_NAME_ABOVE_BIO = 60  # characters: a longer line over a paragraph is no author box's name
# the person called a journalist in the bio's first sentence ('… in 2010 as a television news reporter')
_CALLED_A_JOURNALIST = regexcache.compile(r"\b(?:as|is|was|been) (?:an?|the|our|its)\b[^.]{0,60}?(?i:" + _JOURNALIST.pattern + ")")


def _bio_under_its_name(article: Article, index: int) -> bool:
    """An author box inside the page: a line that is only a name (a heading's or a link's markup aside: '### [Jane
    Doe](/author/jane-doe/)') over a paragraph that opens with that name or its first word, says what the person
    did or is ('Jane joined the Post in 2010 as a reporter …') and calls the person a journalist of some kind."""
    paragraphs = article.paragraphs
    text, name = paragraphs[index].text, paragraphs[index - 1].text
    first = text.partition(" ")[0]
    if len(name) > _NAME_ABOVE_BIO + 40 or len(text) > 900 or not first[:1].isupper() or first not in name:
        return False  # (most paragraphs: their first word is not on the line above)
    name = dict((p.index, unmarked) for p, unmarked in unmarked_paragraphs(article)).get(index - 1, name)
    name = name.lstrip("# ").strip()
    if len(name) > _NAME_ABOVE_BIO or not _bare_name(name) or name.split()[0] != first:
        return False
    opening = len(name) if text.startswith(name) else len(first)
    sentence = text.find(". ", opening)
    return _BIO_AFTER_NAME.match(text, opening) is not None \
        and _CALLED_A_JOURNALIST.search(text, opening, sentence if sentence > 0 else len(text)) is not None


def _page_bio(text: str) -> bool:
    """A bio of a whole page's author box (_is_bio) that opens with the full name, not an honorific: 'Mr Hale is a
    splendid writer …' is a reader's or the story's sentence about someone."""
    return not HONORIFIC.match(text) and _is_bio(text)


def _is_bio(text: str) -> bool:
    """A paragraph that opens with a name followed by 'is a/the …', 'writes', 'covers' … and speaks of a reporter,
    editor, writer, author …, or that a later sentence says so of the person it opens with (_bio_by_pronoun)."""
    return len(text) < 900 and _may_open_bio(text) and (bio := _BIO.match(text)) is not None \
        and not re.search(r"[’']s\b", bio.group()) \
        and (_BIO_ROLE.search(text[bio.end():bio.end() + 120]) is not None
             or bio.group().endswith(("covers", "writes")) and _FOR_OUTLET.search(text, bio.end(), bio.end() + 120)
             is not None and _REPORTED.search(text) is None) or _bio_by_pronoun(text)
